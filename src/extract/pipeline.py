"""The whole extraction, stage by stage, for one article."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Sequence

from .find.agreements import find_agreements
from .find.dates import find_dates
from .find.events import find_events
from .find.focus import find_focus_areas
from .find.links import link
from .find.metadata import find_metadata
from .find.organizations import find_organizations
from .find.people import find_people
from .models import Article, DateMention, Source, WarningRecord
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
    linked = link(text, people, organizations, events, agreements)
    notes = [*map(_input_warning, [*warnings, *_form_warnings(text)]), *_year_warnings(dates)]
    return Article(
        id=doc_id,
        source=source,
        text=text,
        title=meta.title,
        section=meta.section,
        published=published,
        author=meta.author,
        dates=dates,
        events=linked.events,
        participants=linked.people,
        organizations=linked.organizations,
        agreements=linked.agreements,
        focus_areas=focus_areas,
        warnings=[note.message for note in notes],
        warning_records=notes,
    )


def extract_text(text: str, *, doc_id: str = "text", title: str | None = None,
                 published: str | None = None) -> Article:
    """The record of one article given as a string, read exactly as the CLI reads a file or a JSONL line.

    The text is repaired and normalised first (NFD to NFC, mojibake, legacy font text pasted in, portal
    noise); ``title`` heads it unless it already starts with it; ``published`` (ISO 8601 day or timestamp)
    is used when the text states no publication day. :class:`InputError` when it is blank or not Vietnamese.
    """
    sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    loaded = read_text(text, sha256=sha256, title=title)
    return _extract_loaded(loaded, doc_id=doc_id, path="<text>", published=_iso_day(published))


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


def _input_warning(message: str) -> WarningRecord:
    """A note from reading the input (a repaired or converted encoding): about the whole text, no span."""
    return WarningRecord(code="input", message=message)


def _form_warnings(text: str) -> list[str]:
    """A text not in NFC matches none of the lexicons: said, not silently extracted as nothing."""
    if unicodedata.is_normalized("NFC", text):
        return []
    return ["the text is not in Unicode NFC form, so little or nothing is found in it: "
            "pass it through extract_text, which normalises it"]


def _year_warnings(dates: list[DateMention]) -> list[WarningRecord]:
    return [
        WarningRecord(code="no_year", span=d.span,
                      message=f"no year for the day {d.span.text!r} at {d.span.start}: nothing in the article gives it")
        for d in dates if d.value.startswith("--")
    ]
