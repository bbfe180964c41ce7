"""Using the records: the Python call, stdin and stdout, the export's tables, and the README's examples."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import unicodedata

import pandas as pd
import pytest

from extract import Article, extract_text
from extract.cli import main
from extract.run.output import write_article
from extract.use.export import TABLES, export

from conftest import ROOT, spans
from weird_files import mojibake

MADE_UP = ("Hội nghị tổng kết công tác y tế năm 2022\n\n"
           "Sáng 5/1/2023, Sở Y tế tỉnh Bình Định tổ chức hội nghị tổng kết công tác y tế năm 2022. "
           "Ông Nguyễn Văn An, Giám đốc Sở Y tế chủ trì hội nghị. Dự hội nghị có bà Trần Thị Bình, "
           "Phó Chủ tịch UBND tỉnh.\n")


@pytest.fixture(scope="module")
def records(seed_articles, tmp_path_factory):
    """A folder of records: the two seeds and one made-up article."""
    folder = tmp_path_factory.mktemp("records")
    for article in [*seed_articles.values(), extract_text(MADE_UP, doc_id="made_up")]:
        write_article(article, folder)
    return folder


def articles_in(folder) -> list[Article]:
    return [Article.model_validate_json(p.read_bytes()) for p in sorted(folder.glob("*.json"))]


# --- the Python call and the command line ----------------------------------------------------------------


def test_extract_text_reads_nfd_as_the_cli_reads_a_file():
    nfd = extract_text(unicodedata.normalize("NFD", MADE_UP), doc_id="a")
    nfc = extract_text(MADE_UP, doc_id="a")
    assert nfd.model_dump(exclude={"source"}) == nfc.model_dump(exclude={"source"})
    assert [p.name for p in nfd.participants] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert nfd.events[0].chair_ids == ["p1"] and nfd.source.path == "<text>"


def test_stdin_to_stdout_is_one_json_line(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(MADE_UP.encode("utf-8"))))
    assert main(["run", "-", "--out", "-", "--id", "from_stdin"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = Article.model_validate_json(line)
    assert (record.id, record.source.path, record.events[0].kind) == ("from_stdin", "-", "conference")


def test_stdin_to_a_folder_writes_its_record(monkeypatch, tmp_path):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(MADE_UP.encode("utf-16"))))
    assert main(["run", "-", "--out", str(tmp_path)]) == 0
    assert Article.model_validate_json((tmp_path / "stdin.json").read_bytes()).source.encoding == "utf-16"


def test_a_folder_to_stdout_is_one_json_line_per_record(capsys):
    assert main(["run", str(ROOT / "data" / "raw"), "--out", "-", "--jobs", "1", "--no-progress"]) == 0
    out = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.out.splitlines()] == ["000_6802fb13855332be",
                                                                         "002_ad5d0bc4d9f3a55f"]
    assert "2 written" in out.err


# --- the export ------------------------------------------------------------------------------------------


def expected_counts(articles: list[Article]) -> dict[str, int]:
    """How many rows each table must have, counted from the records themselves."""
    def total(f):
        return sum(f(a) for a in articles)

    return {
        "articles": len(articles), "dates": total(lambda a: len(a.dates)),
        "people": total(lambda a: len(a.participants)), "organizations": total(lambda a: len(a.organizations)),
        "titles": total(lambda a: sum(len(p.titles) for p in a.participants)),
        "mentions": total(lambda a: sum(len(e.mentions) for e in [*a.participants, *a.organizations])),
        "events": total(lambda a: len(a.events)),
        "event_people": total(lambda a: sum(len(e.chairs) + len(e.participants) for e in a.events)),
        "event_organizers": total(lambda a: sum(len(e.organizers) for e in a.events)),
        "agreements": total(lambda a: len(a.agreements)),
        "agreement_parties": total(lambda a: sum(len(g.parties) for g in a.agreements)),
        "agreement_signatories": total(lambda a: sum(len(g.signatories) for g in a.agreements)),
        "focus_areas": total(lambda a: len(a.focus_areas)), "warnings": total(lambda a: len(a.warnings)),
    }


def test_every_name_an_event_or_agreement_uses_has_its_person_or_body(records):
    for article in articles_in(records):
        people = {p.id: p.name for p in article.participants}
        bodies = {o.id: [o.name, *o.aliases] for o in article.organizations}
        for event in article.events:
            assert [people[i] for i in event.chair_ids + event.participant_ids if i] == [
                n for n, i in zip(event.chairs + event.participants, event.chair_ids + event.participant_ids) if i]
            assert all(i is None or name in bodies[i] for name, i in zip(event.organizers, event.organizer_ids))
        for agreement in article.agreements:
            assert all(i is None or name in bodies[i] for name, i in zip(agreement.parties, agreement.party_ids))


def test_jsonl_holds_every_record(records, tmp_path):
    lines = export(records, tmp_path, to="jsonl").read_text(encoding="utf-8").splitlines()
    assert [Article.model_validate_json(line) for line in lines] == articles_in(records)
    assert len(pd.read_json(io.StringIO("\n".join(lines)), lines=True)) == 3


@pytest.mark.parametrize("to", ["csv", "parquet"])
def test_csv_and_parquet_tables_have_a_row_per_value(records, tmp_path, to):
    folder = export(records, tmp_path, to=to)
    read = {"csv": lambda p: pd.read_csv(p, keep_default_na=False), "parquet": pd.read_parquet}[to]
    tables = {name: read(folder / f"{name}.{to}") for name in TABLES}
    assert {name: len(t) for name, t in tables.items()} == expected_counts(articles_in(records))
    assert all(list(t.columns) == [c for c, _ in TABLES[name].columns] for name, t in tables.items())
    joined = tables["event_people"].merge(tables["people"], on=["article_id", "person_id"], suffixes=("", "_p"))
    assert len(joined) == len(tables["event_people"]) and (joined["name"] == joined["name_p"]).all()


def test_sqlite_has_keys_that_hold_and_joins(records, tmp_path):
    db = sqlite3.connect(export(records, tmp_path, to="sqlite"))
    counts = {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES}
    assert counts == expected_counts(articles_in(records))
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchone()[0] > 10
    chairs = db.execute("SELECT p.name FROM event_people ep JOIN people p USING (article_id, person_id) "
                        "WHERE ep.article_id = 'made_up' AND ep.role = 'chair'").fetchall()
    assert chairs == [("Nguyễn Văn An",)]


# --- the README ------------------------------------------------------------------------------------------


README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_blocks(heading: str, language: str) -> list[str]:
    """The ``language`` code blocks of the README's section ``heading``."""
    section = README.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{language}\n(.*?)```", section, re.S)


def test_the_readme_consuming_examples_run(records, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for to in ("parquet", "sqlite"):
        export(records, tmp_path / "build" / "export", to=to)
    for code in readme_blocks("Consuming the output", "python"):
        exec(code, {})
    db = sqlite3.connect(tmp_path / "build" / "export" / "records.sqlite")
    (sql,) = readme_blocks("Consuming the output", "sql")
    assert ("made_up", "2023-01-05", "conference", "Nguyễn Văn An") in db.execute(sql).fetchall()
    assert "Nguyễn Văn An" in capsys.readouterr().out


def test_the_readme_record_is_a_real_one(seed_articles):
    shown = json.loads(readme_blocks("Output", "json")[0])
    article = seed_articles[shown["id"]]
    assert (shown["title"], shown["section"]) == (article.title, article.section)
    for span in spans(shown):
        assert article.text[span["start"]:span["end"]] == span["text"]
    record = json.loads(article.model_dump_json())
    for field in ("participants", "organizations", "events", "agreements", "dates"):
        assert all(item in record[field] for item in shown.get(field, [])), field



def test_records_written_before_ids_are_exported_with_them(records, tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    for path in records.glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        for item in [*record["participants"], *record["organizations"], *record["events"], *record["agreements"]]:
            for key in [k for k in item if k == "id" or k.endswith("_ids")]:
                del item[key]
        del record["warning_records"]
        (old / path.name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (old / "_manifest.json").write_text("{}", encoding="utf-8")
    db = sqlite3.connect(export(old, tmp_path / "export", to="sqlite"))
    assert db.execute("SELECT count(*) FROM event_people").fetchone()[0] == expected_counts(articles_in(records))[
        "event_people"]
    assert db.execute("SELECT count(*) FROM event_people WHERE person_id IS NULL").fetchone()[0] == 0


def test_a_repaired_input_and_a_day_without_a_year_are_coded_warnings():
    garbled = mojibake("Hội nghị về y tế\n\nSáng 5/6, Sở Y tế tỉnh Bình Định tổ chức hội nghị. Ông Nguyễn Văn An "
                       "chủ trì hội nghị.\n").decode("utf-8")
    record = extract_text(garbled, doc_id="a")
    assert [w.code for w in record.warning_records] == ["input", "no_year"]
    assert [w.message for w in record.warning_records] == record.warnings
    assert record.warning_records[1].span.text == "5/6"
