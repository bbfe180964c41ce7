"""The whole extraction, stage by stage, for one article."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
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
from .read.load import MAX_BYTES, Loaded, read_article, read_text
from .read.segment import segment


def extract(text: str, *, doc_id: str, source: Source, published: str | None = None, author: str | None = None,
            warnings: Sequence[str] = ()) -> Article:
    """The structured record of one normalised article text.

    ``published`` and ``author`` are known from outside the text (a JSONL
    field, a web page's markup), used when the text states none; ``warnings``
    come from reading it.
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
        author=meta.author or author,
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


def extract_file(path: Path, *, doc_id: str | None = None, max_bytes: int = MAX_BYTES,
                 shown: str | None = None) -> Article:
    """The record of the article in ``path`` (id: its stem; ``source.path``: ``shown``, else ``path`` as given);
    :class:`InputError` when it is not one.  A cluster's worker reads by the absolute path and names the
    path the run was given, so that it writes what a local run would."""
    return _extract_loaded(read_article(path, max_bytes=max_bytes), doc_id=doc_id or path.stem,
                           path=shown or path.as_posix())


def extract_fields(fields: dict, *, path: str, sha256: str, line: int | None = None) -> Article:
    """The record of one JSONL article (``id``, ``text``; optional ``title``, ``url``, ``published``).

    An optional field that cannot be used is left out with a warning, never silently.
    """
    title, url, published = (fields.get(name) for name in ("title", "url", "published"))
    warnings = [f"{name} {value!r} is not a string: left out" for name, value in (("title", title), ("url", url))
                if value is not None and not isinstance(value, str)]
    day = _iso_day(published)
    if published is not None and day is None:
        warnings.append(f"published {published!r} is not an ISO 8601 date (2023-03-12, 2023-03-12T08:00:00+07:00): "
                        "left out")
    loaded = read_text(fields["text"], sha256=sha256, title=title if isinstance(title, str) else None)
    return _extract_loaded(loaded, doc_id=fields["id"], path=path, published=day, line=line,
                           url=url if isinstance(url, str) else None, warnings=warnings)


def _extract_loaded(loaded: Loaded, *, doc_id: str, path: str, published: str | None = None,
                    line: int | None = None, url: str | None = None, warnings: Sequence[str] = ()) -> Article:
    source = Source(path=path, sha256=loaded.sha256, encoding=loaded.encoding, line=line, url=url)
    return extract(loaded.text, doc_id=doc_id, source=source, published=published or loaded.published,
                   author=loaded.author, warnings=[*loaded.warnings, *warnings])


def _iso_day(value: object) -> str | None:
    """The day of an ISO 8601 date or timestamp, if it is a real day.

    >>> _iso_day("2023-03-12T08:00:00+07:00"), _iso_day("2023-02-30"), _iso_day("not-a-date"), _iso_day(20230312)
    ('2023-03-12', None, None, None)
    """
    match = re.match(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])", value) if isinstance(value, str) else None
    try:
        return date.fromisoformat(match.group(1)).isoformat() if match else None
    except ValueError:
        return None


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
    """A note for each day whose year was taken from context (with its evidence) or left out (with why)."""
    out = []
    for d in dates:
        if d.value.startswith("--"):
            out.append(WarningRecord(code="no_year", span=d.span,
                                     message=f"no year for the day {d.span.text!r} at {d.span.start}: {d.year_note}"))
        elif d.year_from == "context":
            out.append(WarningRecord(code="year_from_context", span=d.span,
                                     message=f"year {d.value[:4]} for {d.span.text!r} at {d.span.start} "
                                             f"from {d.year_note}"))
    return out
