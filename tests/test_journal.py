"""The journal: what a run did, appended as it happens and folded into the manifest on load."""

import json
import os
import stat

import pytest

from extract.run.journal import JOURNAL_NAME, Journal, read_events, replay
from extract.run.output import write_atomic

ENTRY = {"extractor": "1+abc", "size": 10, "mtime_ns": 5, "sha256": None}


def events(tmp_path, *calls):
    journal = Journal(tmp_path)
    for name, *args in calls:
        getattr(journal, name)(*args)
    journal.close()
    return replay({}, tmp_path)


@pytest.mark.parametrize("calls, expected", [
    pytest.param([("begin", "a", ENTRY), ("landed", "a", "x", "s1"), ("complete", "a")],
                 {"a": {**ENTRY, "complete": True, "articles": {"x": "s1"}}}, id="one-input-done"),
    pytest.param([("begin", "a", ENTRY), ("landed", "a", "x", "s1")],
                 {"a": {**ENTRY, "complete": False, "articles": {"x": "s1"}}}, id="killed-before-complete"),
    pytest.param([("begin", "a", ENTRY), ("landed", "a", "x", "s1"), ("begin", "a", ENTRY)],
                 {"a": {**ENTRY, "complete": False, "articles": {}}}, id="a-new-begin-starts-over"),
    pytest.param([("begin", "a", ENTRY), ("begin", "b", ENTRY), ("drop", "a")],
                 {"b": {**ENTRY, "complete": False, "articles": {}}}, id="dropped"),
    pytest.param([("landed", "a", "x", "s1")], {}, id="landed-without-begin-is-ignored"),
])
def test_replay_folds_the_events_in_order(tmp_path, calls, expected):
    assert events(tmp_path, *calls) == expected


def test_a_torn_last_line_is_passed_over(tmp_path):
    events(tmp_path, ("begin", "a", ENTRY), ("landed", "a", "x", "s1"))
    with open(tmp_path / JOURNAL_NAME, "a") as f:
        f.write('{"landed": "a", "id": "y", "sha')
    assert replay({}, tmp_path)["a"]["articles"] == {"x": "s1"}
    assert len(read_events(tmp_path / JOURNAL_NAME)) == 2


def test_a_run_after_a_torn_line_starts_its_events_on_a_line_of_their_own(tmp_path):
    events(tmp_path, ("begin", "a", ENTRY))
    with open(tmp_path / JOURNAL_NAME, "a") as f:
        f.write('{"landed": "a", "id": "y", "sha')
    assert events(tmp_path, ("begin", "b", ENTRY), ("landed", "b", "z", "s2"))["b"]["articles"] == {"z": "s2"}


def test_replaying_a_journal_over_the_manifest_that_holds_it_changes_nothing(tmp_path):
    folded = events(tmp_path, ("begin", "a", ENTRY), ("landed", "a", "x", "s1"), ("complete", "a"))
    assert replay(folded, tmp_path) == folded  # a kill between writing the manifest and removing the journal


def test_compact_writes_the_manifest_then_removes_the_journal(tmp_path):
    journal = Journal(tmp_path)
    journal.begin("a", ENTRY)
    journal.compact(lambda: (tmp_path / "m").write_text("saved"))
    assert not (tmp_path / JOURNAL_NAME).exists() and (tmp_path / "m").read_text() == "saved"


def test_a_journal_that_was_never_written_to_leaves_no_file(tmp_path):
    Journal(tmp_path).close()
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_get_the_mode_the_umask_allows(tmp_path, umask, mode):
    before = os.umask(umask)
    try:
        write_atomic(tmp_path / "a.json", "{}\n")
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == mode
    assert json.loads((tmp_path / "a.json").read_text()) == {}
