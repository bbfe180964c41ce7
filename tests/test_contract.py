"""Every record the pipeline writes follows the contract, our schema, and points into its text."""

import json

import jsonschema
import pytest
from pydantic import ValidationError

from extract.cli import main
from extract.models import Article, Source, Span, article_schema

from conftest import ROOT, spans

CONTRACT = ROOT.parent / "shared" / "contract.schema.json"
SCHEMA = ROOT / "schemas" / "article.schema.json"


def test_committed_schema_matches_the_models():
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == article_schema(), "run `make schema`"


def _undescribed(schema):
    """(type, field) for every type (field None) and field of ``schema`` that has no description."""
    for name, node in [("Article", schema), *schema["$defs"].items()]:
        if "properties" not in node:
            continue
        if not node.get("description"):
            yield name, None
        yield from ((name, field) for field, prop in node["properties"].items() if not prop.get("description"))


def test_the_schema_describes_every_type_and_field():
    schema = article_schema()
    assert schema["$schema"].endswith("2020-12/schema") and schema["$id"]
    assert list(_undescribed(schema)) == []
    jsonschema.Draft202012Validator.check_schema(schema)


def test_outputs_validate_and_are_grounded(seed_articles, tmp_path):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for article in seed_articles.values():
        record = json.loads(article.model_dump_json())
        jsonschema.validate(record, schema)
        for span in spans(record):
            assert record["text"][span["start"]:span["end"]] == span["text"]


@pytest.mark.skipif(not CONTRACT.exists(), reason=f"no shared contract schema at {CONTRACT}: "
                    "the contract check needs ../shared beside the repository")
def test_outputs_validate_against_the_shared_contract(seed_articles):
    contract = json.loads(CONTRACT.read_text(encoding="utf-8"))
    for article in seed_articles.values():
        jsonschema.validate(json.loads(article.model_dump_json()), contract)


def test_an_ungrounded_span_is_refused():
    source = Source(path="a.txt", sha256="0" * 64, encoding="utf-8")
    good = {"span": Span(start=0, end=3, text="Sở "), "value": "2020", "precision": "year"}
    Article(id="a", source=source, text="Sở Y tế", dates=[good])
    with pytest.raises(ValidationError, match="not in the text"):
        Article(id="a", source=source, text="Sở Y tế", dates=[{**good, "span": Span(start=3, end=6, text="Sở ")}])


def test_a_span_of_the_wrong_length_is_refused():
    with pytest.raises(ValidationError):
        Span(start=0, end=5, text="Sở")


def test_cli_writes_one_record_per_article(tmp_path, capsys):
    assert main(["run", str(ROOT / "data" / "raw"), "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.glob("*.json") if not p.name.startswith("_"))
    assert written == ["000_6802fb13855332be.json", "002_ad5d0bc4d9f3a55f.json"]
    assert "2 articles read, 2 written, 0 failed" in capsys.readouterr().out
    record = json.loads((tmp_path / "000_6802fb13855332be.json").read_text(encoding="utf-8"))
    assert "Lễ ký kết" in record["title"]  # written as UTF-8, not \\u escapes
    assert "Lễ ký kết" in (tmp_path / "000_6802fb13855332be.json").read_text(encoding="utf-8")
