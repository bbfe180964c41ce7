"""A Dask cluster writes the records of a local run, byte for byte, and a worker that dies loses nothing.

The clusters here are ``LocalCluster``s of two worker processes on the
loopback.  Skipped when the ``[dask]`` extra is not installed.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

distributed = pytest.importorskip("distributed")

from extract.cli import main  # noqa: E402
from extract.run import batch  # noqa: E402
from extract.run.cluster import start_local  # noqa: E402
from weird_files import ARTICLE  # noqa: E402

from conftest import ROOT, SEEDS  # noqa: E402

DEV = sorted((ROOT.parent / "shared" / "gold" / "dev").glob("*.txt"))[2:5]
"""A few dev articles, read in place (none when the shared folder is not there)."""


def made_up_batch(folder, count):
    """A JSONL batch of ``count`` articles made from ours, one line that is no article, and an empty file."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"n{i}", "text": ARTICLE.replace("2023", str(1990 + i)),
                         "published": f"{1990 + i}-12-16T08:00:00+07:00"}, ensure_ascii=False)
             for i in range(count)]
    (folder / "batch.jsonl").write_text("\n".join([*lines[:2], "{not json", *lines[2:]]) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def outputs(folder):
    """Every record of an output folder as bytes; the error log and the manifest as what they say,
    in any order (results come back from the workers in any order)."""
    files = {path.name: path.read_bytes() for path in folder.iterdir()}
    files["_errors.jsonl"] = sorted(files["_errors.jsonl"].splitlines())
    files["_manifest.json"] = json.loads(files["_manifest.json"])
    return files


@pytest.fixture(scope="module")
def cluster():
    """The cluster of ``--scheduler local:2``: two worker processes on the loopback."""
    cluster = start_local(2)
    yield cluster
    cluster.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return [*SEEDS, *DEV, made_up_batch(tmp_path_factory.mktemp("cluster") / "in", 6)]


@pytest.fixture(scope="module")
def local(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("cluster") / "local"
    batch.run(inputs, out, jobs=1, progress=False)
    return out


def test_the_cluster_writes_the_records_of_a_local_run_byte_for_byte(cluster, inputs, local, tmp_path):
    summary = batch.run(inputs, tmp_path, progress=False, scheduler=cluster.scheduler_address)
    assert summary.written == len(SEEDS) + len(DEV) + 6
    assert {(f.path.rsplit("/", 1)[-1], f.line, f.kind) for f in summary.failed} == {
        ("batch.jsonl", 3, "bad_jsonl"), ("empty.txt", None, "empty")}
    assert outputs(tmp_path) == outputs(local)


def test_a_rerun_on_the_cluster_skips_unchanged_inputs(cluster, inputs, tmp_path):
    batch.run(inputs, tmp_path, progress=False, scheduler=cluster.scheduler_address)
    (tmp_path / "n0.json").unlink()
    again = batch.run(inputs, tmp_path, progress=False, scheduler=cluster.scheduler_address)
    assert again.written == 1 and again.skipped == len(SEEDS) + len(DEV) + 5


def test_a_local_run_never_imports_dask(tmp_path):
    script = ("import sys\nfrom pathlib import Path\nfrom extract.run import batch\n"
              f"batch.run([Path({str(SEEDS[0])!r})], Path({str(tmp_path)!r}), jobs=1, progress=False)\n"
              "print(sorted(name for name in sys.modules if name.split('.')[0] in ('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert (tmp_path / f"{SEEDS[0].stem}.json").exists()


@pytest.mark.parametrize("value", ["local:0", "local:", "local:two"])
def test_a_local_cluster_needs_a_number_of_workers(value, capsys):
    with pytest.raises(SystemExit):
        main(["run", str(SEEDS[0]), "--scheduler", value])
    assert "local:N needs a number" in capsys.readouterr().err


def test_a_worker_with_another_extractor_version_refuses_its_partition(tmp_path):
    from extract.errors import ExtractError
    from extract.run.cluster import extract_partition

    task = batch.Task(key=str(SEEDS[0]), path=str(SEEDS[0]), doc_id="x")
    with pytest.raises(ExtractError, match=r"this worker runs extractor \S+, the run needs 0\+older"):
        extract_partition([task], max_bytes=batch.MAX_BYTES, out_dir=str(tmp_path), version="0+older")
    assert not list(tmp_path.iterdir())


def test_an_unreachable_scheduler_is_an_error_not_a_crash(tmp_path, capsys):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status = main(["run", str(SEEDS[0]), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"])
    assert status == 2
    assert "cannot reach the Dask scheduler 'tcp://127.0.0.1:9'" in capsys.readouterr().err


# --- a worker killed mid-run ---------------------------------------------------------

@pytest.fixture(scope="module")
def long_batch(tmp_path_factory):
    """Enough made-up articles for four partitions, and a local run of them."""
    folder = made_up_batch(tmp_path_factory.mktemp("killed") / "in", 32)
    batch.run([folder], folder.parent / "local", jobs=1, progress=False)
    return folder, folder.parent / "local"


def kill_a_busy_worker(client) -> None:
    """SIGKILL the process of a worker that is running a partition, as the system's OOM killer would."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        busy = [worker for worker, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            return
        time.sleep(0.05)
    raise AssertionError("no worker got a partition")


@pytest.mark.parametrize("allowed_failures, completes", [(3, True), (0, False)],
                         ids=["dask runs the partition again", "a re-run does what failed"])
def test_a_worker_killed_mid_run_loses_no_record(cluster, long_batch, tmp_path, allowed_failures, completes):
    folder, local = long_batch
    scheduler, default = cluster.scheduler, cluster.scheduler.allowed_failures
    scheduler.allowed_failures = allowed_failures  # how many dead workers a partition may see before it fails
    try:
        with distributed.Client(cluster) as client:
            summaries = []
            runner = threading.Thread(target=lambda: summaries.append(
                batch.run([folder], tmp_path, progress=False, scheduler=cluster.scheduler_address)))
            runner.start()
            kill_a_busy_worker(client)
            runner.join(timeout=300)
    finally:
        scheduler.allowed_failures = default
    failed = {f.kind for f in summaries[0].failed}
    if completes:
        assert failed == {"bad_jsonl", "empty"}
    else:
        assert "extractor_failed" in failed and failed <= {"bad_jsonl", "empty", "extractor_failed"}
        assert any("KilledWorker" in f.reason for f in summaries[0].failed)
        again = batch.run([folder], tmp_path, progress=False, scheduler=cluster.scheduler_address)
        assert {f.kind for f in again.failed} == {"bad_jsonl", "empty"}
    assert outputs(tmp_path) == outputs(local)
