"""The whole extraction, stage by stage, for one article."""

from __future__ import annotations

import os
from pathlib import Path

from .agreements import find_agreements
from .dates import find_dates
from .events import find_events
from .focus import find_focus_areas
from .load import MAX_BYTES, read_article
from .metadata import find_metadata
from .models import Article, DateMention, Source
from .organizations import find_organizations
from .people import find_people
from .segment import segment


def extract(text: str, *, doc_id: str, source: Source) -> Article:
    """The structured record of one normalised article text."""
    doc = segment(text)
    meta = find_metadata(doc)
    dates = find_dates(doc, published=meta.published)
    organizations = find_organizations(doc)
    people = find_people(doc, organizations)
    events = find_events(doc, dates, people, organizations)
    agreements = find_agreements(doc, dates, people, organizations)
    focus_areas = find_focus_areas(doc, events, agreements)
    return Article(
        id=doc_id,
        source=source,
        text=text,
        title=meta.title,
        section=meta.section,
        published=meta.published,
        author=meta.author,
        dates=dates,
        events=events,
        participants=people,
        organizations=organizations,
        agreements=agreements,
        focus_areas=focus_areas,
        warnings=_warnings(dates),
    )


def extract_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """The record of the article in ``path``; :class:`InputError` when it is not one."""
    loaded = read_article(path, max_bytes=max_bytes)
    source = Source(path=_display_path(path), sha256=loaded.sha256, encoding=loaded.encoding)
    return extract(loaded.text, doc_id=path.stem, source=source)


def _display_path(path: Path) -> str:
    """``path`` relative to the working directory (the project root under ``make``) when below it."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def _warnings(dates: list[DateMention]) -> list[str]:
    return [
        f"no year for the day {d.span.text!r} at {d.span.start}: nothing in the article gives it"
        for d in dates if d.value.startswith("--")
    ]
