"""`extract eval` says when it scored nothing instead of printing a table of perfect scores."""

import json

import pytest

from extract.cli import main


def _gold(folder, doc_id):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.gold.json").write_text(json.dumps({"id": doc_id, "dates": []}), encoding="utf-8")


@pytest.mark.parametrize("golds, outputs, message", [
    pytest.param([], [], "no gold files", id="no-gold-folder"),
    pytest.param(["a", "b"], [], "none of the 2 gold articles has an output record", id="no-outputs"),
])
def test_eval_fails_when_it_scored_nothing(tmp_path, capsys, golds, outputs, message):
    for doc_id in golds:
        _gold(tmp_path / "gold", doc_id)
    assert main(["eval", str(tmp_path / "out"), str(tmp_path / "gold")]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_eval_scores_when_some_outputs_exist(tmp_path, capsys):
    _gold(tmp_path / "gold", "a")
    _gold(tmp_path / "gold", "b")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.json").write_text(json.dumps({"id": "a", "dates": []}), encoding="utf-8")
    assert main(["eval", str(tmp_path / "out"), str(tmp_path / "gold")]) == 0
    assert "over 2 articles" in capsys.readouterr().out
