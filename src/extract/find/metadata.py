"""Article metadata from the page layout: headline, section, publication date, byline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Doc
from ..read.layout import byline_author

_NUMERIC_DATE = re.compile(r"(?<!\d)([0-3]?\d)[/.-]([01]?\d)[/.-]((?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    section: str | None = None
    published: str | None = None
    author: str | None = None


def find_metadata(doc: Doc) -> Metadata:
    """The headline, section line, publication date and byline of ``doc``, where it has them."""
    by_kind = {}
    for line in doc.lines:
        by_kind.setdefault(line.kind, line.text)
    author = None
    if "byline" in by_kind:
        author = byline_author(by_kind["byline"])
    elif doc.lines:
        author = byline_author(doc.lines[-1].text)
    return Metadata(
        title=by_kind.get("title"),
        section=by_kind.get("section"),
        published=_date(by_kind.get("dateline")),
        author=author,
    )


def _date(line: str | None) -> str | None:
    """The ISO day written in a publication line such as "Ngày: 21.03.2017".

    >>> _date("Ngày: 21.03.2017")
    '2017-03-21'
    """
    match = _NUMERIC_DATE.search(line or "")
    if not match:
        return None
    day, month, year = map(int, match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
