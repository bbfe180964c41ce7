"""A batch killed at random points, by SIGTERM, SIGHUP or SIGKILL, ends like a run nobody interrupted.

Each test starts real ``extract run`` processes (two workers) over a small
mixed batch and kills each at a random point, seven times in a row: after
a random number of new records (0 to 3) and a random few milliseconds more,
so that kills land in start-up, between records and in the middle of
writing one; once all is written, a random moment of the no-op re-run.  A
last, undisturbed run then finishes the folder.  It must leave exactly the
records, manifest and error log of one uninterrupted run, and must not
rewrite any record the killed runs had already journaled.  The points come
from a seeded generator.
"""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from extract.cli import main
from extract.run.journal import JOURNAL_NAME, replay
from extract.run.manifest import MANIFEST_NAME
from weird_files import ARTICLE

from conftest import ROOT, default_stop_signals

KILLS_PER_SIGNAL = 7
ARTICLES = 16


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kills") / "in"
    folder.mkdir()
    for i in range(ARTICLES - 10):
        (folder / f"f{i}.txt").write_text(ARTICLE.replace("2023", str(1990 + i)), encoding="utf-8")
    lines = [json.dumps({"id": f"n{i}", "text": ARTICLE.replace("2023", str(1900 + i))}, ensure_ascii=False)
             for i in range(10)]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")  # a failure in every run
    return folder


@pytest.fixture(scope="module")
def uninterrupted(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("kills") / "whole"
    assert _run_here(folder, out) == 1
    return _snapshot(out)


def _run_here(folder, out):
    cwd = os.getcwd()
    os.chdir(ROOT)  # where the killed runs start, so that paths are shown alike
    try:
        return main(["run", str(folder), "--out", str(out), "--jobs", "1", "--no-progress"])
    finally:
        os.chdir(cwd)


def _snapshot(out):
    files = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir() if p.name not in (MANIFEST_NAME,)}
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    return files, manifest


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL], ids=lambda s: s.name)
def test_a_batch_killed_at_random_points_ends_like_an_uninterrupted_run(folder, uninterrupted, tmp_path, signum):
    rng, out = random.Random(int(signum)), tmp_path / "out"
    for _ in range(KILLS_PER_SIGNAL):
        status = _kill_a_run(folder, out, signum, more=rng.randint(0, 3), delay=rng.uniform(0, 0.05))
        assert status in (0, 1, -signum, 128 + signum)  # done before the kill, killed in start-up, stopped
        if status == 128 + signum:  # stopped cleanly: the journal is folded in, nothing is half written
            assert not [name for name in os.listdir(out) if name.endswith(".tmp") or name == JOURNAL_NAME]
    kept = _journaled_records(out)
    assert _run_here(folder, out) == 1
    assert _snapshot(out) == uninterrupted
    assert {name: (out / name).stat().st_mtime_ns for name in kept} == kept  # not extracted again


def _kill_a_run(folder, out, signum, *, more, delay):
    """Start a run, wait for ``more`` new records (or a moment of a run with nothing left) and ``delay``, kill it."""
    command = [sys.executable, "-m", "extract", "run", str(folder), "--out", str(out), "--jobs", "2", "--no-progress"]
    target = min(_records(out) + more, ARTICLES)
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True, preexec_fn=default_stop_signals)
    deadline = time.monotonic() + 120
    while _records(out) < target and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay if target < ARTICLES else delay * 20)
    if process.poll() is None:
        if signum == signal.SIGTERM:
            os.kill(process.pid, signum)  # as `timeout` or `kill` do: the main process only
        else:
            os.killpg(process.pid, signum)  # a closed terminal, or kill -9 of the whole group
    return process.wait(timeout=120)


def _records(out):
    return len(list(out.glob("[!_]*.json"))) if out.exists() else 0


def _journaled_records(out):
    """The records on disk that the manifest and journal say have landed, with their times."""
    if not out.exists():
        return {}
    try:
        manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["inputs"]
    except OSError:
        manifest = {}
    ids = {doc_id for entry in replay(manifest, out).values() for doc_id in entry["articles"]}
    return {f"{i}.json": (out / f"{i}.json").stat().st_mtime_ns for i in ids if (out / f"{i}.json").exists()}
