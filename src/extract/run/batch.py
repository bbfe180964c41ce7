"""Run the pipeline over files and folders: one record per article, one error line per refusal.

Inputs are ``.txt``, ``.html``/``.htm`` and ``.jsonl`` files, named one by
one or found by walking folders (hidden names and the output folder are
passed over).  A ``.jsonl`` file is a batch: one JSON object per line with
``id`` and ``text`` and optionally ``title``, ``url`` and ``published``;
each line is one article.  A record's id is the file's stem, or the line's
``id``.

The output folder holds only ``<id>.json`` records, ``_errors.jsonl`` (one
JSON line per refused input of the last run: path, line, id, kind, reason)
and ``_manifest.json`` (see :mod:`extract.run.manifest`), with ``_journal.jsonl``
between a run's start and its end (see :mod:`extract.run.journal`).  Two inputs that give
the same id (``a.txt`` and ``a.html``, two lines of a batch, or a file and
the record an earlier run wrote for another file that still exists): the
first in sorted path order keeps the id, the other is refused as
``duplicate_id``.  Ids starting with ``.`` or ``_`` (kept for the folder's
own files) or holding a path separator are refused as ``bad_id``.

Work is spread over worker processes that import the pipeline once and
receive articles a few at a time; records are written by this process as
they come back, each atomically, and each is journaled as it lands.  Ctrl-C,
SIGTERM and SIGHUP stop the batch the same way (:class:`Stopped`): the
records written are kept and the manifest saved; after a SIGKILL the
journal keeps them.  Nothing heavy is imported until an
article actually needs extracting, so a re-run with nothing to do takes
well under a second.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..read.load import MAX_BYTES
from .manifest import ERRORS_NAME, Manifest, extractor_version
from .output import remove_leftovers, signals_held, write_atomic, write_jsonl

INPUT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_SAFE_ID = re.compile(r"[^./\\_\x00-\x1f][^/\\\x00-\x1f]{0,199}")


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, taken like Ctrl-C: the batch stops and keeps what it wrote."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass(frozen=True)
class Task:
    """One article to extract: a whole file, or one line of a JSONL batch (``fields`` then holds it)."""

    key: str
    path: str
    doc_id: str
    line: int | None = None
    fields: dict | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Failure:
    key: str
    path: str
    kind: str
    reason: str
    doc_id: str | None = None
    line: int | None = None

    def message(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"error: {where}: {self.reason}"

    def row(self) -> dict:
        return {"path": self.path, "line": self.line, "id": self.doc_id, "kind": self.kind, "reason": self.reason}


@dataclass(frozen=True)
class Skipped:
    key: str
    doc_id: str
    sha256: str


@dataclass(frozen=True)
class Done:
    """A record the worker made: its JSON text, ready to write (None: the worker wrote it itself)."""

    task: Task
    record: str | None
    sha256: str


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False
    passed_over: int = 0
    """Files of other types found in the folders walked."""

    def line(self) -> str:
        others = f", {self.passed_over} other files passed over (not {', '.join(INPUT_SUFFIXES)})" \
            if self.passed_over else ""
        return (f"{self.read} articles read, {self.written} written, {len(self.failed)} failed, "
                f"{self.skipped} skipped (unchanged){others}, {self.seconds:.1f} s")


def find_inputs(paths: list[Path], *, exclude: Path | None = None) -> tuple[list[Path], list[Path]]:
    """The input files named by ``paths`` (files as given, folders walked recursively, each once), and the
    files of other types the walk passed over.  Paths keep the form they were given in."""
    found: dict[Path, Path] = {}
    others: list[Path] = []
    skip = exclude.resolve() if exclude else None
    for path in paths:
        for candidate in sorted(_walk(path, skip)) if path.is_dir() else [path]:
            if path.is_dir() and not candidate.name.lower().endswith(INPUT_SUFFIXES):
                others.append(candidate)
            else:
                found.setdefault(candidate.resolve(), candidate)
    return list(found.values()), others


def _walk(folder: Path, skip: Path | None) -> Iterator[Path]:
    """Every file under ``folder`` but hidden ones and those under ``skip``."""
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = [d for d in dirs if not d.startswith(".") and (here / d).resolve() != skip]
        yield from (here / name for name in files if not name.startswith("."))


def run(paths: list[Path], out_dir: Path, *, max_bytes: int = MAX_BYTES, jobs: int | None = None,
        force: bool = False, progress: bool | None = None, scheduler: str | None = None) -> Summary:
    """Extract every input into ``out_dir``; a bad input is reported and the batch goes on.

    ``jobs`` worker processes (default: all cores; 1 runs in this process),
    ``force`` redoes inputs the manifest says are unchanged, ``progress``
    shows a progress bar (default: when stderr is a terminal), ``scheduler``
    extracts on a Dask cluster instead (see :mod:`extract.run.cluster`).
    """
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out_dir)
    inputs, others = find_inputs(paths, exclude=out_dir)
    batch = _Batch(out_dir, Manifest.load(out_dir, version=extractor_version(), force=force), max_bytes,
                   _Progress(inputs, enabled=sys.stderr.isatty() if progress is None else progress))
    batch.summary.passed_over = len(others)
    workers = _workers(scheduler, jobs, max_bytes, out_dir)
    with _stop_signals():
        try:
            batch.process(inputs, workers)
        except KeyboardInterrupt:
            batch.summary.interrupted = True
            workers.cancel()
            raise
        finally:
            try:
                workers.close()
            finally:
                with signals_held():  # a signal during the last writes waits: they are quick, and make the state whole
                    batch.finish()
                remove_leftovers(out_dir)  # a worker killed mid-write (a lost Dask worker) left its temporary file
                batch.summary.seconds = time.perf_counter() - started
    return batch.summary


@contextmanager
def _stop_signals():
    """SIGTERM and SIGHUP raise :class:`Stopped` while the batch runs (only the main thread can catch signals).

    A signal the caller ignores stays ignored: ``nohup`` means the run outlives its terminal.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    taken = [s for s in (signal.SIGTERM, signal.SIGHUP) if signal.getsignal(s) != signal.SIG_IGN]
    before = {signum: signal.signal(signum, _raise_stopped) for signum in taken}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


def _raise_stopped(signum: int, frame) -> None:
    raise Stopped(signum)


class _Batch:
    """The bookkeeping of one run: plans the inputs, writes what comes back, keeps the manifest."""

    def __init__(self, out_dir: Path, manifest: Manifest, max_bytes: int, progress: "_Progress") -> None:
        self.out_dir, self.manifest, self.max_bytes, self.progress = out_dir, manifest, max_bytes, progress
        self.summary = Summary()
        self.claims: dict[str, str] = {}
        self.failed_keys: set[str] = set()

    def process(self, inputs: list[Path], workers: "_Workers") -> None:
        for item in self._plan(inputs):
            if isinstance(item, Task):
                for done in workers.submit(item):
                    self._take(done)
            else:
                self._take(item)
        for done in workers.drain():
            self._take(done)

    def finish(self) -> None:
        """Save the manifest and the error log, whatever happened."""
        touched = set(self.manifest.new)
        complete = set() if self.summary.interrupted else touched - self.failed_keys
        self.manifest.save(complete=complete)
        write_jsonl(self.out_dir / ERRORS_NAME, [f.row() for f in self.summary.failed])
        self.progress.close()

    # --- planning: what to skip, what to refuse, what to extract -------------

    def _plan(self, inputs: list[Path]) -> Iterator[Task | Failure | Skipped]:
        for path in inputs:
            key, shown = _key(path), path.as_posix()
            try:
                stat = path.stat()
            except FileNotFoundError:
                yield Failure(key, shown, "missing", "no such file or folder")
                continue
            except OSError as e:
                yield Failure(key, shown, "unreadable", f"cannot read: {e.strerror or e}")
                continue
            if path.suffix.lower() == ".jsonl":
                yield from self._plan_jsonl(path, key, shown, stat)
            else:
                yield from self._plan_file(path, key, shown, stat)

    def _plan_file(self, path: Path, key: str, shown: str, stat: os.stat_result) -> Iterator[Task | Failure | Skipped]:
        doc_id = path.stem
        refusal = self._claim(doc_id, key, shown)
        if refusal:
            yield refusal
            return
        old = self.manifest.reusable(key)
        if old and self._same_file(old, stat) and self._written(old):
            self.manifest.begin(key, size=stat.st_size, mtime_ns=stat.st_mtime_ns, sha256=old["sha256"])
            yield Skipped(key, doc_id, old["sha256"])
            return
        sha = _sha256(path) if stat.st_size <= self.max_bytes else None
        self.manifest.begin(key, size=stat.st_size, mtime_ns=stat.st_mtime_ns, sha256=sha)
        if old and sha and old.get("sha256") == sha and self._written(old):
            yield Skipped(key, doc_id, sha)  # touched but unchanged
        elif sha and self._moved(doc_id, sha):
            yield Skipped(key, doc_id, sha)
        else:
            yield Task(key, shown, doc_id)

    def _plan_jsonl(self, path: Path, key: str, shown: str, stat: os.stat_result) -> Iterator[Task | Failure | Skipped]:
        old = self.manifest.reusable(key) or {}
        if old and self._same_file(old, stat) and self._written(old):
            self.manifest.begin(key, size=stat.st_size, mtime_ns=stat.st_mtime_ns, sha256=old.get("sha256"))
            for doc_id, sha in old["articles"].items():
                yield self._claim(doc_id, key, shown) or Skipped(key, doc_id, sha)
            return
        self.manifest.begin(key, size=stat.st_size, mtime_ns=stat.st_mtime_ns, sha256=None)
        known = old.get("articles", {})
        try:
            for number, raw in _lines(path, self.max_bytes):
                yield self._plan_line(raw, number, key, shown, known)
        except OSError as e:
            yield Failure(key, shown, "unreadable", f"cannot read: {e.strerror or e}")

    def _plan_line(self, raw: bytes | None, number: int, key: str, shown: str, known: dict) -> Task | Failure | Skipped:
        if raw is None:
            return Failure(key, shown, "too_large", f"line is over the limit of {self.max_bytes:,} bytes "
                           "(raise it with --max-bytes)", line=number)
        try:
            fields = _article_fields(raw)
        except InputError as e:
            return Failure(key, shown, e.kind, str(e), line=number)
        doc_id, sha = fields["id"], hashlib.sha256(raw).hexdigest()
        refusal = self._claim(doc_id, key, shown, line=number)
        if refusal:
            return refusal
        if known.get(doc_id) == sha and (self.out_dir / f"{doc_id}.json").exists() or self._moved(doc_id, sha):
            return Skipped(key, doc_id, sha)
        return Task(key, shown, doc_id, line=number, fields=fields, sha256=sha)

    def _claim(self, doc_id: str, key: str, shown: str, *, line: int | None = None) -> Failure | None:
        """Refuse ``doc_id`` when it is unsafe or another input has it; else take it for ``key``."""
        if not _SAFE_ID.fullmatch(doc_id):
            return Failure(key, shown, "bad_id", f"id {doc_id!r} cannot name a record file "
                           "(empty, too long, a path, or starting with '.' or '_')", doc_id, line)
        holder = self.claims.get(doc_id)
        if holder is None:
            owner = self.manifest.owner(doc_id)
            if owner and owner != key and Path(owner).exists():
                holder = owner
        if holder is not None:
            return Failure(key, shown, "duplicate_id", f"id {doc_id!r} already comes from {holder}", doc_id, line)
        self.claims[doc_id] = shown if line is None else f"{shown}:{line}"
        return None

    def _moved(self, doc_id: str, sha: str) -> bool:
        """Whether an earlier run wrote ``doc_id`` from these bytes for a path now gone (the folder moved)."""
        return (self.out_dir / f"{doc_id}.json").exists() and self.manifest.moved_from(doc_id, sha) is not None

    def _same_file(self, old: dict, stat: os.stat_result) -> bool:
        return old.get("complete") and old.get("size") == stat.st_size and old.get("mtime_ns") == stat.st_mtime_ns

    def _written(self, old: dict) -> bool:
        articles = old.get("articles") or {}
        return bool(articles) and all((self.out_dir / f"{doc_id}.json").exists() for doc_id in articles)

    # --- results ---------------------------------------------------------------

    def _take(self, item: Done | Failure | Skipped) -> None:
        self.summary.read += 1
        if isinstance(item, Skipped):
            self.summary.skipped += 1
            self._record(item.key, item.doc_id, item.sha256)
        elif isinstance(item, Done):
            with signals_held():  # the record and its journal line land together
                if item.record is not None:  # else a cluster's worker wrote it
                    write_atomic(self.out_dir / f"{item.task.doc_id}.json", item.record)
                self._record(item.task.key, item.task.doc_id, item.sha256)
            self.summary.written += 1
        else:
            self._fail(item)
        self.progress.update()

    def _record(self, key: str, doc_id: str, sha: str) -> None:
        self.manifest.landed(key, doc_id, sha)

    def _fail(self, failure: Failure) -> None:
        self.summary.failed.append(failure)
        self.failed_keys.add(failure.key)
        self.progress.note(failure.message())
        gave = self.manifest.previous(failure.key).get("articles", {})
        if failure.doc_id in gave and failure.kind != "duplicate_id":
            # The record this input gave before no longer stands for it. Only ever remove a record this input gave.
            (self.out_dir / f"{failure.doc_id}.json").unlink(missing_ok=True)


def _workers(scheduler: str | None, jobs: int | None, max_bytes: int, out_dir: Path):
    """Local worker processes, or a Dask cluster (imported only when asked for)."""
    if scheduler is None:
        return _Workers(jobs or os.cpu_count() or 1, max_bytes)
    from .cluster import ClusterWorkers

    return ClusterWorkers(scheduler, max_bytes=max_bytes, out_dir=out_dir.resolve())


def _key(path: Path) -> str:
    return path.resolve().as_posix()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _lines(path: Path, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """The non-blank lines of a JSONL file with their numbers; ``None`` for a line over ``max_bytes``."""
    with path.open("rb") as f:
        number = 0
        while True:
            raw = f.readline(max_bytes + 1)
            if not raw:
                return
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = f.readline(1 << 20)  # pass over the rest of the oversized line
                yield number, None
            elif raw.strip():
                yield number, raw.rstrip(b"\r\n")


def _article_fields(raw: bytes) -> dict:
    """The fields of one JSONL line: ``id`` and ``text`` required, ``title``, ``url``, ``published`` optional."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        raise InputError(f"not a JSON object: {e}", kind="bad_jsonl") from e
    if not isinstance(data, dict):
        raise InputError("not a JSON object", kind="bad_jsonl")
    if "id" in data and not isinstance(data["id"], str):
        raise InputError(f'"id" must be a string, not {json.dumps(data["id"])}', kind="bad_id")
    if not isinstance(data.get("id"), str) or not isinstance(data.get("text"), str):
        raise InputError('needs a string "id" and a string "text"', kind="bad_jsonl")
    return {name: data[name] for name in ("id", "text", "title", "url", "published") if data.get(name) is not None}


# --- workers -------------------------------------------------------------------

class _Workers:
    """Extraction in worker processes fed a few tasks at a time (or in this process when ``jobs`` is 1).

    The pool starts on the first task, so a run with nothing to extract
    never starts it.  At most ``4 * jobs`` tasks are in flight: memory
    stays flat however many articles the batch holds.  A worker that dies
    (killed, out of memory) fails the articles it had; a new pool takes
    the rest.
    """

    def __init__(self, jobs: int, max_bytes: int) -> None:
        self.jobs, self.max_bytes = max(1, jobs), max_bytes
        self.pool = None
        self.pending: dict = {}

    def submit(self, task: Task) -> list[Done | Failure]:
        """Hand ``task`` over; the results that are ready by now."""
        if self.jobs == 1:
            _init_worker(self.max_bytes, in_process=True)
            return [extract_task(task)]
        if self.pool is None:
            self.pool = _start_pool(self.jobs, self.max_bytes)
        self.pending[self.pool.submit(extract_task, task)] = task
        return self._collect(block=len(self.pending) >= 4 * self.jobs)

    def drain(self) -> Iterator[Done | Failure]:
        while self.pending:
            yield from self._collect(block=True)

    def _collect(self, *, block: bool) -> list[Done | Failure]:
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(self.pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        return [self._result(future, self.pending.pop(future)) for future in done]

    def _result(self, future, task: Task) -> Done | Failure:
        try:
            return future.result()
        except Exception as e:  # the worker process died under this task
            from concurrent.futures.process import BrokenProcessPool

            if isinstance(e, BrokenProcessPool) and self.pool is not None:
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = None
            return _failure(task, "extractor_failed", f"the worker process failed: {type(e).__name__}: {e}")

    def cancel(self) -> None:
        for future in self.pending:
            future.cancel()
        self.pending = {}

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _start_pool(jobs: int, max_bytes: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if multiprocessing.get_start_method() == "fork":
        _init_worker(max_bytes, in_process=True)  # forked workers inherit the loaded pipeline: it loads once, not once each
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(max_bytes,))


_WORKER: dict = {}


def _init_worker(max_bytes: int, *, in_process: bool = False) -> None:
    """Import the pipeline once per process; workers leave the stop signals to the main process."""
    if not in_process:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        _die_with_parent()
        tune_collector()
    if "pipeline" not in _WORKER:
        from .. import pipeline
        from ..models import Source

        try:  # one small article loads the underthesea models and the lexicons before the first real one
            pipeline.extract("Hội nghị\n\nSáng 3/4/2019, Sở Y tế tổ chức hội nghị.\n", doc_id="warm-up",
                             source=Source(path="warm-up", sha256="0" * 64, encoding="utf-8"))
        except Exception:
            pass  # a stage that fails here fails on real articles too, where it is reported
        _WORKER["pipeline"] = pipeline
    _WORKER["max_bytes"] = max_bytes


def tune_collector() -> None:
    """Models and lexicons live for the whole worker: keep the collector off them, and collect
    less often (each article makes many short-lived objects, few cycles).  A third faster."""
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 50, 50)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the main process dies (a SIGKILL leaves it no time to say so)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the worker ends when it finds its queue gone


def extract_task(task: Task) -> Done | Failure:
    """The record of one article as JSON text, or why there is none (never an exception)."""
    pipeline = _WORKER["pipeline"]
    try:
        if task.fields is None:
            article = pipeline.extract_file(Path(task.key), doc_id=task.doc_id, max_bytes=_WORKER["max_bytes"],
                                            shown=task.path)
        else:
            article = pipeline.extract_fields(task.fields, path=task.path, sha256=task.sha256, line=task.line)
        return Done(task, article.model_dump_json(indent=1) + "\n", article.source.sha256)
    except InputError as e:
        return _failure(task, e.kind, str(e))
    except Exception as e:  # a bug in one stage must not stop the batch; the message names it
        return _failure(task, "extractor_failed", f"the extractor failed: {type(e).__name__}: {e}")


def _failure(task: Task, kind: str, reason: str) -> Failure:
    return Failure(task.key, task.path, kind, " ".join(reason.split()), task.doc_id, task.line)


# --- progress ------------------------------------------------------------------

class _Progress:
    """A progress bar on a terminal (tqdm, on stderr); silence elsewhere. Error lines go through it."""

    def __init__(self, inputs: list[Path], *, enabled: bool) -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked after the bar starts
            batches = any(p.suffix.lower() == ".jsonl" for p in inputs)
            self.bar = tqdm(total=None if batches else len(inputs), unit="article", file=sys.stderr,
                            dynamic_ncols=True, leave=False)

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update()

    def note(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
