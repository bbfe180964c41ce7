"""Records to files a data team loads without code: one JSONL, or tables as CSV, Parquet or SQLite.

Every table carries ``article_id``; people, bodies, events and agreements are joined by the ids the
records give them (``p1``, ``o1``, ``e1``, ``a1``, unique within an article). The tables and their
columns are declared once, in :data:`TABLES`; each writer only turns rows into its format.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..models import Article, Span
from .records import read_records

@dataclass(frozen=True)
class Table:
    columns: tuple[tuple[str, str], ...]
    """(name, SQL type: TEXT or INTEGER), in order."""
    key: tuple[str, ...] = ()
    refs: tuple[tuple[tuple[str, ...], str], ...] = ()
    """(columns, table): those columns are the key of that table."""


def _cols(spec: str) -> tuple[tuple[str, str], ...]:
    """``"a b:int"`` -> ``(("a", "TEXT"), ("b", "INTEGER"))``."""
    return tuple((c.split(":")[0], "INTEGER" if c.endswith(":int") else "TEXT") for c in spec.split())


SPAN = "span_start:int span_end:int span_text"
ARTICLE = (("article_id",), "articles")
TABLES = {
    "articles": Table(_cols("article_id title section published author source_path source_sha256 source_encoding "
                            "schema_version text"), key=("article_id",)),
    "dates": Table(_cols(f"article_id date_no:int value end_value precision part_of_day kind {SPAN}"),
                   key=("article_id", "date_no"), refs=(ARTICLE,)),
    "people": Table(_cols("article_id person_id name honorific gender mention_count:int first_start:int"),
                    key=("article_id", "person_id"), refs=(ARTICLE,)),
    "titles": Table(_cols("article_id person_id title_no:int text role organization"),
                    key=("article_id", "person_id", "title_no"), refs=((("article_id", "person_id"), "people"),)),
    "organizations": Table(_cols("article_id organization_id name aliases mention_count:int first_start:int"),
                           key=("article_id", "organization_id"), refs=(ARTICLE,)),
    "mentions": Table(_cols(f"article_id entity_id mention_no:int {SPAN}"),
                      key=("article_id", "entity_id", "mention_no"), refs=(ARTICLE,)),
    "events": Table(_cols(f"article_id event_id kind name date part_of_day location attendee_count:int "
                          f"attendee_qualifier {SPAN}"), key=("article_id", "event_id"), refs=(ARTICLE,)),
    "event_people": Table(_cols("article_id event_id person_id role name"),
                          refs=((("article_id", "event_id"), "events"), (("article_id", "person_id"), "people"))),
    "event_organizers": Table(_cols("article_id event_id organization_id name"),
                              refs=((("article_id", "event_id"), "events"),
                                    (("article_id", "organization_id"), "organizations"))),
    "agreements": Table(_cols(f"article_id agreement_id kind name signed_on period_start period_end {SPAN}"),
                        key=("article_id", "agreement_id"), refs=(ARTICLE,)),
    "agreement_parties": Table(_cols("article_id agreement_id organization_id name"),
                               refs=((("article_id", "agreement_id"), "agreements"),
                                     (("article_id", "organization_id"), "organizations"))),
    "agreement_signatories": Table(_cols("article_id agreement_id person_id name"),
                                   refs=((("article_id", "agreement_id"), "agreements"),
                                         (("article_id", "person_id"), "people"))),
    "focus_areas": Table(_cols(f"article_id label text {SPAN}"), key=("article_id", "label"), refs=(ARTICLE,)),
    "warnings": Table(_cols(f"article_id warning_no:int code message {SPAN}"),
                      key=("article_id", "warning_no"), refs=(ARTICLE,)),
}


def export(out_dir: Path, dest: Path, *, to: str) -> Path:
    """Write the records of ``out_dir`` under ``dest`` in format ``to``; the file or folder written."""
    articles = list(read_records(out_dir))
    if to == "jsonl":
        path = dest / "records.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8")
        return path
    tables = table_rows(articles)
    writer = {"csv": write_csv, "sqlite": write_sqlite, "parquet": write_parquet}[to]
    return writer(tables, dest)


def table_rows(articles: list[Article]) -> dict[str, list[tuple]]:
    """Every table's rows, each a tuple in the order of its columns."""
    return {name: [row for article in articles for row in rows(article)] for name, rows in _ROWS.items()}


def _span(span: Span | None) -> tuple:
    return (span.start, span.end, span.text) if span else (None, None, None)


def _articles(a: Article) -> Iterable[tuple]:
    yield (a.id, a.title, a.section, a.published, a.author, a.source.path, a.source.sha256, a.source.encoding,
           a.schema_version, a.text)


def _dates(a: Article) -> Iterable[tuple]:
    for no, d in enumerate(a.dates, 1):
        yield (a.id, no, d.value, d.end_value, d.precision, d.part_of_day, d.kind, *_span(d.span))


def _people(a: Article) -> Iterable[tuple]:
    for p in a.participants:
        yield a.id, p.id, p.name, p.honorific, p.gender, len(p.mentions), p.mentions[0].start


def _titles(a: Article) -> Iterable[tuple]:
    for p in a.participants:
        for no, t in enumerate(p.titles, 1):
            yield a.id, p.id, no, t.text, t.role, t.organization


def _organizations(a: Article) -> Iterable[tuple]:
    for o in a.organizations:
        yield (a.id, o.id, o.name, json.dumps(o.aliases, ensure_ascii=False), len(o.mentions),
               o.mentions[0].start)


def _mentions(a: Article) -> Iterable[tuple]:
    for entity in [*a.participants, *a.organizations]:
        for no, span in enumerate(entity.mentions, 1):
            yield (a.id, entity.id, no, *_span(span))


def _events(a: Article) -> Iterable[tuple]:
    for e in a.events:
        count = e.attendee_count
        yield (a.id, e.id, e.kind, e.name, e.date, e.part_of_day, e.location, count and count.value,
               count and count.qualifier, *_span(e.span))


def _event_people(a: Article) -> Iterable[tuple]:
    for e in a.events:
        yield from ((a.id, e.id, pid, "chair", name) for name, pid in zip(e.chairs, e.chair_ids))
        yield from ((a.id, e.id, pid, "participant", name) for name, pid in zip(e.participants, e.participant_ids))


def _event_organizers(a: Article) -> Iterable[tuple]:
    for e in a.events:
        yield from ((a.id, e.id, oid, name) for name, oid in zip(e.organizers, e.organizer_ids))


def _agreements(a: Article) -> Iterable[tuple]:
    for g in a.agreements:
        period = g.period
        yield (a.id, g.id, g.kind, g.name, g.signed_on, period and period.start, period and period.end,
               *_span(g.span))


def _agreement_parties(a: Article) -> Iterable[tuple]:
    for g in a.agreements:
        yield from ((a.id, g.id, oid, name) for name, oid in zip(g.parties, g.party_ids))


def _agreement_signatories(a: Article) -> Iterable[tuple]:
    for g in a.agreements:
        yield from ((a.id, g.id, pid, name) for name, pid in zip(g.signatories, g.signatory_ids))


def _focus_areas(a: Article) -> Iterable[tuple]:
    for f in a.focus_areas:
        yield (a.id, f.label, f.text, *_span(f.span))


def _warnings(a: Article) -> Iterable[tuple]:
    for no, w in enumerate(a.warning_records, 1):
        yield (a.id, no, w.code, w.message, *_span(w.span))


_ROWS = {
    "articles": _articles, "dates": _dates, "people": _people, "titles": _titles,
    "organizations": _organizations, "mentions": _mentions, "events": _events, "event_people": _event_people,
    "event_organizers": _event_organizers, "agreements": _agreements, "agreement_parties": _agreement_parties,
    "agreement_signatories": _agreement_signatories, "focus_areas": _focus_areas, "warnings": _warnings,
}


# --- writers ----------------------------------------------------------------------------------------------


def write_csv(tables: dict[str, list[tuple]], dest: Path) -> Path:
    """``dest/csv/<table>.csv``: UTF-8, a header line, empty cells for nulls."""
    folder = dest / "csv"
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(column for column, _ in TABLES[name].columns)
            writer.writerows(rows)
    return folder


def write_parquet(tables: dict[str, list[tuple]], dest: Path) -> Path:
    """``dest/parquet/<table>.parquet``, typed columns (strings and 64-bit integers)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = dest / "parquet"
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        schema = pa.schema([(c, pa.int64() if t == "INTEGER" else pa.string()) for c, t in TABLES[name].columns])
        columns = list(zip(*rows)) or [()] * len(schema)
        pq.write_table(pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)],
                                            schema=schema), folder / f"{name}.parquet")
    return folder


def write_sqlite(tables: dict[str, list[tuple]], dest: Path) -> Path:
    """``dest/records.sqlite``, made anew: the tables with their keys, foreign keys and indexes."""
    path = dest / "records.sqlite"
    dest.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        for name, table in TABLES.items():
            db.executescript(sqlite_ddl(name, table))
            marks = ", ".join("?" * len(table.columns))
            db.executemany(f"INSERT INTO {name} VALUES ({marks})", tables[name])
    db.close()
    return path


def sqlite_ddl(name: str, table: Table) -> str:
    """CREATE TABLE (with keys) and CREATE INDEX statements for one table."""
    lines = [f"{column} {kind}" for column, kind in table.columns]
    if table.key:
        lines.append(f"PRIMARY KEY ({', '.join(table.key)})")
    for columns, other in table.refs:
        lines.append(f"FOREIGN KEY ({', '.join(columns)}) REFERENCES {other} ({', '.join(TABLES[other].key)})")
    indexes = [f"CREATE INDEX {name}_{'_'.join(columns)} ON {name} ({', '.join(columns)});"
               for columns, _ in table.refs]
    return f"CREATE TABLE {name} (\n  " + ",\n  ".join(lines) + "\n);\n" + "\n".join(indexes)
