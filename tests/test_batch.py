"""Batches: a bad input never stops the others, outputs are atomic, and a re-run redoes only what changed."""

import json
import os
import subprocess
import sys
import time
import unicodedata

import pytest

from extract.run import batch
from extract.cli import main
from extract.run.manifest import MANIFEST_NAME
from weird_files import (ARTICLE, TITLE, as_html, lossy_mojibake, mojibake, to_cp1258, to_tcvn3, to_vni,
                         unknown_legacy_font)

from conftest import ROOT, default_stop_signals

GOOD = {
    # file name: bytes that hold ARTICLE, each recoverable
    "clean.txt": ARTICLE.encode(),
    "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode(),
    "utf16.txt": ARTICLE.encode("utf-16"),
    "cp1258.txt": to_cp1258(ARTICLE),
    "nfd.txt": unicodedata.normalize("NFD", ARTICLE).encode(),
    "crlf.txt": ARTICLE.replace("\n", "\r\n").encode(),
    "page.html": as_html(ARTICLE).encode(),
    "mojibake.txt": mojibake(ARTICLE),
    "tcvn3.txt": to_tcvn3(ARTICLE),
    "vni.txt": to_vni(ARTICLE),
}
BROKEN = {
    # file name: (bytes, kind written to _errors.jsonl)
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \r\n\t\n", "blank"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4, "binary"),
    "huge.txt": (ARTICLE.encode() * 40, "too_large"),
    "lossy-mojibake.txt": (lossy_mojibake(ARTICLE), "mojibake"),
    "english.txt": (b"The department held a meeting on jobs for young people this morning. " * 4, "not_vietnamese"),
    "legacy.txt": (unknown_legacy_font(ARTICLE), "legacy_font"),
}
LIMIT = 30_000
"""--max-bytes for these batches: the article fits, "huge.txt" does not."""


def write_files(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, raw in files.items():
        (folder / name).write_bytes(raw)


def run(*args):
    return main(["run", *map(str, args), "--jobs", "1", "--max-bytes", str(LIMIT)])


def record(out, doc_id):
    return json.loads((out / f"{doc_id}.json").read_text(encoding="utf-8"))


def people(rec):
    return sorted((p["name"], [t["text"] for t in p["titles"]]) for p in rec["participants"])


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A batch mixing every recoverable kind of file with every broken kind, run once for the module."""
    folder, out = tmp_path_factory.mktemp("mixed") / "in", tmp_path_factory.mktemp("mixed") / "out"
    write_files(folder, GOOD | {name: raw for name, (raw, _) in BROKEN.items()})
    stderr = folder.parent / "stderr.txt"
    with open(stderr, "w") as err:
        status = subprocess.run([sys.executable, "-m", "extract", "run", str(folder), "--out", str(out), "--jobs", "2",
                                 "--max-bytes", str(LIMIT)], stderr=err, stdout=subprocess.PIPE, text=True)
    return out, status.returncode, status.stdout, stderr.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(GOOD))
def test_recoverable_files_give_the_clean_records(mixed, name):
    out, *_ = mixed
    clean, rec = record(out, "clean"), record(out, name.rsplit(".", 1)[0])
    assert rec["text"] == clean["text"] == ARTICLE
    assert people(rec) == people(clean)
    assert rec["title"] == clean["title"] == TITLE
    assert {k: v for k, v in rec.items() if k not in ("id", "source", "warnings", "warning_records")} == \
           {k: v for k, v in clean.items() if k not in ("id", "source", "warnings", "warning_records")}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_named_and_get_no_record(mixed, name):
    out, _, _, stderr = mixed
    stem, kind = name.rsplit(".", 1)[0], BROKEN[name][1]
    assert not (out / f"{stem}.json").exists()
    assert sum(1 for line in stderr.splitlines() if line.startswith("error: ") and name in line) == 1
    errors = [json.loads(line) for line in (out / "_errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["kind"] for e in errors if e["path"].endswith(name)] == [kind]


def test_a_mixed_batch_fails_but_writes_every_good_record(mixed):
    out, status, stdout, _ = mixed
    assert status == 1
    assert f"{len(GOOD) + len(BROKEN)} articles read, {len(GOOD)} written, {len(BROKEN)} failed, 0 skipped" in stdout
    expected = {f"{name.rsplit('.', 1)[0]}.json" for name in GOOD} | {"_errors.jsonl", MANIFEST_NAME}
    assert set(os.listdir(out)) == expected


def test_a_rerun_on_unchanged_inputs_extracts_nothing(tmp_path, monkeypatch, capsys):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.replace("Thành", "Thắng").encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*.json") if p.name[0] != "_"}
    monkeypatch.setattr(batch, "extract_task", _no_extraction)
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert "2 articles read, 0 written, 0 failed, 2 skipped (unchanged)" in capsys.readouterr().out
    assert before == {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*.json") if p.name[0] != "_"}


def _no_extraction(task):
    raise AssertionError(f"{task.doc_id} was extracted again")


def test_a_rerun_redoes_only_new_and_changed_inputs(tmp_path, monkeypatch, capsys):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode(), "c.txt": ARTICLE.encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    write_files(tmp_path / "in", {"b.txt": ARTICLE.replace("Thành", "Thắng").encode(), "d.txt": ARTICLE.encode()})
    (tmp_path / "in" / "c.txt").touch()  # a new time but the same bytes: still unchanged
    os.utime(tmp_path / "in" / "c.txt", ns=(1, 1))
    extracted = _spy(monkeypatch)
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert sorted(extracted) == ["b", "d"]
    assert "Thắng" in record(tmp_path / "out", "b")["text"]
    assert "4 articles read, 2 written, 0 failed, 2 skipped (unchanged)" in capsys.readouterr().out


def _spy(monkeypatch):
    extracted, real = [], batch.extract_task

    def spy(task):
        extracted.append(task.doc_id)
        return real(task)

    monkeypatch.setattr(batch, "extract_task", spy)
    return extracted


def test_force_or_a_new_extractor_version_redoes_everything(tmp_path, monkeypatch):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    extracted = _spy(monkeypatch)
    assert run(tmp_path / "in", "--out", tmp_path / "out", "--force") == 0
    monkeypatch.setattr(batch, "extractor_version", lambda: "9.9.9+changed")
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert sorted(extracted) == ["a", "a", "b", "b"]


def test_a_no_op_rerun_of_300_articles_does_no_work_and_imports_no_pipeline(tmp_path, monkeypatch):
    """Its speed is measured by `make bench` (noop_rerun_s), not here."""
    write_files(tmp_path / "in", {f"{i:03}.txt": ARTICLE.replace("2023", str(1700 + i)).encode() for i in range(300)})
    monkeypatch.setattr(batch, "extract_task", _stub_record)  # the manifest does not depend on what was extracted
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    check = ("import sys, time; from extract.cli import main; "
             f"status = main(['run', {str(tmp_path / 'in')!r}, '--out', {str(tmp_path / 'out')!r}]); "
             "heavy = [m for m in ('underthesea', 'extract.pipeline', 'ftfy', 'selectolax', 'trafilatura') "
             "if m in sys.modules]; "
             "print(status, heavy)")
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.splitlines()[-1] == "0 []", result.stderr
    assert "300 articles read, 0 written, 0 failed, 300 skipped (unchanged)" in result.stdout


def _stub_record(task):
    sha = batch._sha256(batch.Path(task.path))
    return batch.Done(task, json.dumps({"id": task.doc_id}), sha)


def test_a_failing_input_loses_its_old_record_and_nothing_else(tmp_path, capsys):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    (tmp_path / "out" / "notes.json").write_text("{}")  # not ours: never touched
    write_files(tmp_path / "in", {"a.txt": b""})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 1
    assert sorted(os.listdir(tmp_path / "out")) == sorted([MANIFEST_NAME, "_errors.jsonl", "b.json", "notes.json"])
    assert "a.txt: empty file" in capsys.readouterr().err


def test_two_inputs_with_one_id_keep_the_first(tmp_path, capsys):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "a.html": as_html(ARTICLE).encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 1
    assert record(tmp_path / "out", "a")["source"]["path"].endswith("a.html")
    assert "a.txt: id 'a' already comes from" in capsys.readouterr().err
    errors = (tmp_path / "out" / "_errors.jsonl").read_text(encoding="utf-8")
    assert json.loads(errors)["kind"] == "duplicate_id"


JSONL_LINES = [
    json.dumps({"id": "one", "text": ARTICLE}, ensure_ascii=False),
    "",
    json.dumps({"id": "two", "title": "Tỉnh đoàn trao học bổng cho học sinh nghèo vượt khó",
                "text": "Chiều 19/5, Tỉnh đoàn trao 50 suất học bổng cho học sinh nghèo vượt khó trong tỉnh.",
                "url": "https://example.org/tin/2", "published": "2023-05-20T09:30:00+07:00"}, ensure_ascii=False),
    "{not json",
    json.dumps({"id": "three"}),
    json.dumps({"id": "one", "text": ARTICLE}, ensure_ascii=False),
    json.dumps({"id": "../etc/passwd", "text": ARTICLE}, ensure_ascii=False),
    json.dumps({"id": "four", "text": "Plain English text, not an article in Vietnamese."}),
    json.dumps({"id": 5, "text": ARTICLE}, ensure_ascii=False),
    json.dumps({"id": "6", "text": mojibake(ARTICLE).decode(), "published": "not-a-date"}),
]
JSONL_ERRORS = [(4, "bad_jsonl"), (5, "bad_jsonl"), (6, "duplicate_id"), (7, "bad_id"), (8, "not_vietnamese"),
                (9, "bad_id")]


def test_a_jsonl_batch_gives_one_record_per_good_line(tmp_path):
    write_files(tmp_path / "in", {"batch.jsonl": "\n".join(JSONL_LINES).encode() + b"\n"})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 1
    assert sorted(p.name for p in (tmp_path / "out").glob("[!_]*.json")) == ["6.json", "one.json", "two.json"]
    two = record(tmp_path / "out", "two")
    assert two["title"] == "Tỉnh đoàn trao học bổng cho học sinh nghèo vượt khó"
    assert two["published"] == "2023-05-20"
    assert [(d["value"], d["part_of_day"]) for d in two["dates"]] == [("2023-05-19", "afternoon")]
    assert two["source"] | {"sha256": "-"} == {"path": str(tmp_path / "in" / "batch.jsonl"), "line": 3,
                                                "url": "https://example.org/tin/2", "sha256": "-", "encoding": "utf-8"}
    six = record(tmp_path / "out", "6")
    assert six["text"] == ARTICLE and six["published"] is None and six["source"]["url"] is None
    assert any("published 'not-a-date' is not an ISO 8601 date" in w for w in six["warnings"])
    errors = [json.loads(line) for line in (tmp_path / "out" / "_errors.jsonl").read_text().splitlines()]
    assert [(e["line"], e["kind"]) for e in errors] == JSONL_ERRORS


def test_lines_added_to_a_jsonl_batch_are_the_only_ones_extracted(tmp_path, monkeypatch):
    lines = [json.dumps({"id": f"n{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(3)]
    write_files(tmp_path / "in", {"batch.jsonl": "\n".join(lines).encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    extracted = _spy(monkeypatch)
    write_files(tmp_path / "in", {"batch.jsonl": "\n".join(lines + [lines[0].replace("n0", "n3")]).encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert extracted == ["n3"]


def test_an_oversized_jsonl_line_is_refused_and_the_next_one_read(tmp_path):
    lines = [json.dumps({"id": "big", "text": ARTICLE * 50}, ensure_ascii=False),
             json.dumps({"id": "small", "text": ARTICLE}, ensure_ascii=False)]
    write_files(tmp_path / "in", {"batch.jsonl": "\n".join(lines).encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 1
    assert [p.name for p in (tmp_path / "out").glob("[!_]*.json")] == ["small.json"]


def test_ctrl_c_leaves_no_temporary_file_and_keeps_what_was_written(tmp_path, monkeypatch):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode(), "c.txt": ARTICLE.encode()})
    real, calls = batch.write_atomic, []

    def interrupted_write(path, content):
        calls.append(path.name)
        if len(calls) == 2:  # Ctrl-C in the middle of the second record
            raise KeyboardInterrupt
        real(path, content)

    monkeypatch.setattr(batch, "write_atomic", interrupted_write)
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 130
    assert sorted(os.listdir(tmp_path / "out")) == sorted([MANIFEST_NAME, "_errors.jsonl", "a.json"])
    monkeypatch.setattr(batch, "write_atomic", real)
    extracted = _spy(monkeypatch)
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert extracted == ["b", "c"]


def test_a_crashed_run_s_temporary_files_are_cleared(tmp_path):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode()})
    write_files(tmp_path / "out", {".extract-tmp-a.json.x1y2.tmp": b'{"id": "a", "te', "keep.tmp": b"mine"})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert sorted(os.listdir(tmp_path / "out")) == sorted([MANIFEST_NAME, "_errors.jsonl", "a.json", "keep.tmp"])


def test_a_writer_killed_during_the_run_leaves_no_temporary_file(tmp_path, monkeypatch):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode()})
    real = batch.write_atomic

    def killed_writer_beside(path, text, **options):  # a lost cluster worker's half-written file appears mid-run
        (path.parent / ".extract-tmp-b.json.dead.tmp").write_bytes(b'{"id": "b", "te')
        return real(path, text, **options)

    monkeypatch.setattr(batch, "write_atomic", killed_writer_beside)
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert sorted(os.listdir(tmp_path / "out")) == sorted([MANIFEST_NAME, "_errors.jsonl", "a.json"])


def test_an_output_folder_inside_the_input_folder_is_not_read(tmp_path):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), ".hidden.txt": b"", "notes.md": b"x"})
    assert run(tmp_path / "in", "--out", tmp_path / "in" / "out") == 0
    assert run(tmp_path / "in", "--out", tmp_path / "in" / "out") == 0  # _errors.jsonl is not taken for a batch
    assert sorted(os.listdir(tmp_path / "in" / "out")) == sorted([MANIFEST_NAME, "_errors.jsonl", "a.json"])


def test_worker_processes_write_the_same_records_as_one_process(tmp_path):
    write_files(tmp_path / "in", {f"{i}.txt": ARTICLE.replace("2023", str(2000 + i)).encode() for i in range(4)})
    one = batch.run([tmp_path / "in"], tmp_path / "one", jobs=1, progress=False)
    two = batch.run([tmp_path / "in"], tmp_path / "two", jobs=2, progress=True)
    assert (one.written, two.written) == (4, 4)
    for i in range(4):
        assert (tmp_path / "one" / f"{i}.json").read_text() == (tmp_path / "two" / f"{i}.json").read_text()


def test_a_missing_path_is_one_clear_line_as_given(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["run", "nowhere", "--out", "out", "--jobs", "1"]) == 1
    assert capsys.readouterr().err == "error: nowhere: no such file or folder\n"
    assert json.loads((tmp_path / "out" / "_errors.jsonl").read_text())["kind"] == "missing"


def test_paths_in_records_and_messages_are_as_given(tmp_path, monkeypatch, capsys):
    write_files(tmp_path / "in" / "sub", {"a.txt": ARTICLE.encode(), "b.txt": b""})
    monkeypatch.chdir(tmp_path / "in")
    assert main(["run", "sub", "--out", str(tmp_path / "out"), "--jobs", "1"]) == 1
    assert record(tmp_path / "out", "a")["source"]["path"] == "sub/a.txt"
    assert "error: sub/b.txt: empty file" in capsys.readouterr().err


def test_files_of_other_types_are_counted_in_the_summary(tmp_path, capsys):
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "notes.md": b"x", "scan.pdf": b"%PDF", ".hidden": b""})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert "1 articles read, 1 written, 0 failed, 0 skipped (unchanged), 2 other files passed over" \
           in capsys.readouterr().out


def test_a_moved_input_folder_is_not_extracted_again(tmp_path, monkeypatch, capsys):
    lines = [json.dumps({"id": f"n{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(2)]
    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "b.jsonl": "\n".join(lines).encode()})
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    (tmp_path / "in").rename(tmp_path / "renamed")
    extracted = _spy(monkeypatch)
    assert run(tmp_path / "renamed", "--out", tmp_path / "out") == 0
    assert extracted == [] and "3 articles read, 0 written, 0 failed, 3 skipped (unchanged)" in capsys.readouterr().out
    manifest = json.loads((tmp_path / "out" / MANIFEST_NAME).read_text())["inputs"]
    assert sorted(manifest) == [(tmp_path / "renamed" / name).as_posix() for name in ("a.txt", "b.jsonl")]
    assert run(tmp_path / "renamed", "--out", tmp_path / "out") == 0
    assert extracted == []


def test_a_crash_inside_the_extractor_fails_that_article_only(tmp_path, monkeypatch, capsys):
    from extract import pipeline

    write_files(tmp_path / "in", {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.replace("Thành", "Lỗi").encode()})
    real = pipeline.extract

    def fragile(text, **kwargs):
        if "Lỗi" in text:
            raise IndexError("a stage went past the end")
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "extract", fragile)
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 1
    assert "b.txt: the extractor failed: IndexError: a stage went past the end" in capsys.readouterr().err
    assert (tmp_path / "out" / "a.json").exists()


_EXTRACT_TASK = batch.extract_task


def _die_on_b(task):
    if task.doc_id == "b":
        os._exit(3)  # as a worker killed by the system would
    return _EXTRACT_TASK(task)


def test_a_dying_worker_process_does_not_stop_the_batch(tmp_path, monkeypatch):
    write_files(tmp_path / "in", {f"{name}.txt": ARTICLE.encode() for name in "abcdefgh"})
    monkeypatch.setattr(batch, "extract_task", _die_on_b)
    summary = batch.run([tmp_path / "in"], tmp_path / "out", jobs=2, progress=False)
    assert summary.written + len(summary.failed) == 8
    assert "b" in {f.doc_id for f in summary.failed}
    assert all("worker process failed" in f.reason for f in summary.failed)


def test_ctrl_c_on_a_real_pool_stops_cleanly(tmp_path):
    import signal

    lines = [json.dumps({"id": f"n{i}", "text": ARTICLE.replace("2023", str(1900 + i))}, ensure_ascii=False)
             for i in range(30)]
    write_files(tmp_path / "in", {"batch.jsonl": "\n".join(lines).encode()})
    command = [sys.executable, "-m", "extract", "run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=default_stop_signals)
    deadline = time.monotonic() + 60
    while not list((tmp_path / "out").glob("n*.json")) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole process group
    process.communicate(timeout=60)
    assert process.returncode == 130  # 30 articles take far longer than the one that was waited for
    assert not [name for name in os.listdir(tmp_path / "out") if name.endswith(".tmp")]
    kept = len(list((tmp_path / "out").glob("n*.json")))
    assert run(tmp_path / "in", "--out", tmp_path / "out") == 0
    assert len(list((tmp_path / "out").glob("n*.json"))) == 30
    assert json.loads((tmp_path / "out" / MANIFEST_NAME).read_text())["inputs"] and kept >= 1


def test_a_signal_the_caller_ignores_stays_ignored(tmp_path):
    """`nohup extract run ...`: a closed terminal must not stop the run."""
    import signal

    from extract.run.batch import _stop_signals

    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with _stop_signals():
            assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) != signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)


def test_the_readme_lists_every_error_kind():
    import re

    readers = [*(ROOT / "src" / "extract" / "read").glob("*.py"), *(ROOT / "src" / "extract" / "run").glob("*.py")]
    code = "\n".join(p.read_text(encoding="utf-8") for p in readers)
    kinds = set(re.findall(r'kind="(\w+)"', code))
    kinds |= set(re.findall(r'(?:Failure\(key, shown|_failure\(task), "(\w+)"', code))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(kinds) >= 12 and {kind for kind in kinds if f"`{kind}`" not in readme} == set()
