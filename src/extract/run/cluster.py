"""Extraction on a Dask cluster: the same records as a local run, from as many machines as the cluster has.

``run(..., scheduler=ADDRESS)`` plans the batch in this process exactly as
a local run does (what is unchanged, what is refused, which id is whose)
and sends the articles to extract to the cluster in partitions: a few
files, or a run of consecutive lines of one JSONL batch.  A worker loads the
pipeline once (the same cached loader as a local worker process), extracts
each article of a partition with the same :func:`~extract.run.batch.extract_task`,
and writes the record atomically into the output folder itself; only the
outcome (which id, which sha256, or why there is no record) comes back,
and is journaled here (:mod:`extract.run.journal`: after the record's
rename, as its contract asks).  The journal, the manifest and
``_errors.jsonl`` are kept here, so a re-run on the cluster, or not,
skips unchanged inputs as a local one does.

The workers must see the inputs and the output folder at the same absolute
paths as this process (shared storage), and run the same extractor version:
a partition sent to a worker with another version fails, with both named.
The lines of a JSONL batch travel with their partition (this process reads
them anyway to plan).

A worker that dies under a partition: the scheduler runs it again on
another worker, up to its ``distributed.scheduler.allowed-failures``; past
that, the partition's articles fail like those of a dead local worker, and
a re-run does them.

``local:N`` starts a cluster of N worker processes on this machine, on the
loopback only.  Nothing here is imported by a local run.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from ..errors import ExtractError
from .batch import Done, Failure, Task, _failure, _init_worker, extract_task, tune_collector
from .manifest import extractor_version
from .output import write_atomic

PARTITION = 8
"""Articles per partition: seconds of work each, so that the scheduler's cost per partition stays small."""
NO_PROFILE = {"distributed.worker.profile.enabled": False}
"""Dask settings for workers that run us (``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False`` for ``dask worker``)."""


class ClusterWorkers:
    """Extraction on the Dask cluster at ``scheduler``, fed like the local workers of :mod:`extract.run.batch`.

    The client connects on the first task, so a run with nothing to
    extract never does.  At most two partitions per worker thread are in
    flight: memory stays flat however many articles the batch holds.
    """

    def __init__(self, scheduler: str, *, max_bytes: int, out_dir: Path, partition: int = PARTITION) -> None:
        self.scheduler, self.max_bytes, self.out_dir, self.partition = scheduler, max_bytes, out_dir, partition
        self.client = self.cluster = None
        self.version = extractor_version()
        self.waiting: list[Task] = []
        self.pending: dict = {}
        self.limit = 2

    def submit(self, task: Task) -> list[Done | Failure]:
        """Hand ``task`` over; the results that are ready by now."""
        self.waiting.append(task)
        if len(self.waiting) < self.partition:
            return []
        self._send()
        return self._collect(block=len(self.pending) >= self.limit)

    def drain(self):
        if self.waiting:
            self._send()
        while self.pending:
            yield from self._collect(block=True)

    def _send(self) -> None:
        if self.client is None:
            self._connect()
        tasks, self.waiting = self.waiting, []
        future = self.client.submit(extract_partition, tasks, max_bytes=self.max_bytes, out_dir=str(self.out_dir),
                                    version=self.version, pure=False)
        self.pending[future] = tasks

    def _connect(self) -> None:
        try:
            from distributed import Client
        except ImportError as e:
            raise ExtractError("--scheduler needs Dask: pip install 'vn-news-extract[dask]'") from e
        try:
            if self.scheduler.startswith("local:"):
                self.cluster = start_local(int(self.scheduler.removeprefix("local:")))
            self.client = Client(self.cluster or self.scheduler)
        except (OSError, ValueError) as e:
            raise ExtractError(f"cannot reach the Dask scheduler {self.scheduler!r}: {e}") from e
        self.limit = 2 * max(sum(self.client.nthreads().values()), 1)

    def _collect(self, *, block: bool) -> list[Done | Failure]:
        from distributed import wait

        done = wait(list(self.pending), return_when="FIRST_COMPLETED").done if block else \
            [f for f in self.pending if f.done()]
        return [result for future in done for result in self._results(future, self.pending.pop(future))]

    def _results(self, future, tasks: list[Task]) -> list[Done | Failure]:
        try:
            return future.result()
        except Exception as e:  # workers kept dying under it (KilledWorker), or one runs another version
            return [_failure(task, "extractor_failed", f"the cluster failed: {type(e).__name__}: {e}")
                    for task in tasks]
        finally:
            future.release()

    def cancel(self) -> None:
        for future in self.pending:
            future.cancel()
        self.pending, self.waiting = {}, []

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


def start_local(workers: int):
    """A cluster of ``workers`` processes of one thread each, all on this machine's loopback (any free ports).

    Its own logs are silenced: what goes wrong with an article is in the
    run's errors, and closing it logs harmless lost heartbeats.  Its
    workers do not sample their threads' stacks every 10 ms for the
    dashboard's profile, which costs pure-Python work like ours dearly.
    """
    import logging

    import dask
    from distributed import LocalCluster

    with dask.config.set(NO_PROFILE):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL)


# --- on the worker ---------------------------------------------------------------

def extract_partition(tasks: list[Task], *, max_bytes: int, out_dir: str, version: str) -> list[Done | Failure]:
    """Extract ``tasks`` on a worker and write their records into ``out_dir``; what became of each."""
    if _worker_version() != version:
        raise ExtractError(f"this worker runs extractor {_worker_version()}, the run needs {version}")
    _init_worker(max_bytes, in_process=True)
    _tune_once()
    return [_written(extract_task(task), Path(out_dir)) for task in tasks]


@functools.cache
def _worker_version() -> str:
    return extractor_version()


@functools.cache
def _tune_once() -> None:
    """The collector tuned as in a local worker, once the pipeline is loaded (so that its models are frozen)."""
    tune_collector()


def _written(result: Done | Failure, out_dir: Path) -> Done | Failure:
    """Write a record where the run reads it; what goes back holds neither the record nor the article."""
    if isinstance(result, Failure):
        return result
    write_atomic(out_dir / f"{result.task.doc_id}.json", result.record)
    return dataclasses.replace(result, task=dataclasses.replace(result.task, fields=None), record=None)
