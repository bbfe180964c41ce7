"""The whole extraction, stage by stage, for one article."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from .find.agreements import find_agreements
from .find.dates import find_dates
from .find.events import find_events
from .find.focus import find_focus_areas
from .find.metadata import find_metadata
from .find.organizations import find_organizations
from .find.people import find_people
from .models import Article, DateMention, Source
from .read.load import MAX_BYTES, Loaded, display_path, read_article, read_text
from .read.segment import segment


def extract(text: str, *, doc_id: str, source: Source, published: str | None = None,
            warnings: Sequence[str] = ()) -> Article:
    """The structured record of one normalised article text.

    ``published`` is the publication day known from outside the text (a JSONL
    field), used when the text states none; ``warnings`` come from reading it.
    """
    doc = segment(text)
    meta = find_metadata(doc)
    published = meta.published or published
    dates = find_dates(doc, published=published)
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
        published=published,
        author=meta.author,
        dates=dates,
        events=events,
        participants=people,
        organizations=organizations,
        agreements=agreements,
        focus_areas=focus_areas,
        warnings=[*warnings, *_warnings(dates)],
    )


def extract_file(path: Path, *, doc_id: str | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """The record of the article in ``path`` (id: its stem); :class:`InputError` when it is not one."""
    return _extract_loaded(read_article(path, max_bytes=max_bytes), doc_id=doc_id or path.stem,
                           path=display_path(path))


def extract_fields(fields: dict, *, path: str, sha256: str) -> Article:
    """The record of one JSONL article (``id``, ``text``, optional ``title`` and ``published``)."""
    loaded = read_text(fields["text"], sha256=sha256, title=fields.get("title"))
    return _extract_loaded(loaded, doc_id=fields["id"], path=path, published=_iso_day(fields.get("published")))


def _extract_loaded(loaded: Loaded, *, doc_id: str, path: str, published: str | None = None) -> Article:
    source = Source(path=path, sha256=loaded.sha256, encoding=loaded.encoding)
    return extract(loaded.text, doc_id=doc_id, source=source, published=published, warnings=loaded.warnings)


def _iso_day(value: str | None) -> str | None:
    """The day of an ISO 8601 date or timestamp ("2023-03-12T08:00:00+07:00" -> "2023-03-12")."""
    match = re.match(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])", value or "")
    return match.group(1) if match else None


def _warnings(dates: list[DateMention]) -> list[str]:
    """A line for each day whose year was taken from context (with its evidence) or left out (with why)."""
    out = []
    for d in dates:
        if d.value.startswith("--"):
            out.append(f"no year for the day {d.span.text!r} at {d.span.start}: {d.year_note}")
        elif d.year_from == "context":
            out.append(f"year {d.value[:4]} for {d.span.text!r} at {d.span.start} from {d.year_note}")
    return out
