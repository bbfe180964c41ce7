"""``make bench``: how fast the extractor runs, against the floor of any underthesea pipeline.

The floor is one underthesea pass over each article: ``sent_tokenize`` on the
normalised text, then ``word_tokenize`` on each sentence, timed per article in
one warm process.  The extraction is ``extract_file(path)`` per article in the
same process, timed article by article right after the floor of that article,
so that a slow moment of the machine weighs on both alike.  Then the same
articles go through a pool of one worker per core (each loads the pipeline
once and streams articles), through the batch runner with as many jobs, and
through the batch runner on a local Dask cluster of as many worker processes
(when the ``[dask]`` extra is installed); a fresh interpreter measures
start-up: import plus the first article.

Results are printed as a table and written as JSON to ``build/bench/`` (one
file per run and ``latest.json``) for comparison over time.  Timing belongs
here, never in the tests.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import math
import multiprocessing
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

MIN_ARTICLES = 300
"""The corpus is cycled up to this many articles when it holds fewer."""
MIN_DISTINCT = 100
"""Fewer distinct articles than this time a handful of texts, not a corpus: refused unless ``--small``."""

TARGETS = {
    "single_ratio": 1.5,  # extraction time / floor time, one process
    "parallel_ratio": 0.9,  # wall time with all cores / single-process floor time
    "startup_s": 2.0,
    "worker_peak_mb": 400.0,
    "noop_rerun_s": 2.0,  # a fresh `extract run` over the same, unchanged folder (issue 5)
}

STAGES = ("read_article", "segment", "find_metadata", "find_dates", "find_organizations", "find_people",
          "find_events", "find_agreements", "find_focus_areas")
"""Names that ``pipeline`` calls, timed one by one; the rest of ``extract_file`` is record building."""


# --- corpus ------------------------------------------------------------------

def find_corpus(corpus: Path | None, fallback: Path, *, minimum: int = MIN_ARTICLES) -> tuple[list[Path], dict]:
    """The article paths to time, and a description of where they come from.

    ``corpus`` when it is a folder with articles, else the ``.txt`` files
    under ``fallback`` (the repository's own); cycled up to ``minimum`` paths
    when there are fewer, which the description says.
    """
    source = corpus if corpus is not None and _articles(corpus) else fallback
    distinct = _articles(source)
    paths = list(distinct)
    while distinct and len(paths) < minimum:
        paths.extend(distinct[: minimum - len(paths)])
    return paths, {"path": str(source), "distinct": len(distinct), "articles": len(paths),
                   "repeated": len(paths) > len(distinct)}


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.txt") if p.is_file()) if folder.is_dir() else []


# --- statistics --------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, by linear interpolation; NaN for none."""
    if not values:
        return math.nan
    ranked = sorted(values)
    at = (len(ranked) - 1) * q / 100
    low, high = math.floor(at), math.ceil(at)
    return ranked[low] + (ranked[high] - ranked[low]) * (at - low)


def summarize(seconds: list[float]) -> dict:
    """Articles, total seconds, articles per second, median and 95th percentile in ms."""
    total = sum(seconds)
    return {
        "articles": len(seconds),
        "total_s": round(total, 4),
        "articles_per_s": round(len(seconds) / total, 2) if total else None,
        "median_ms": round(statistics.median(seconds) * 1000, 2) if seconds else None,
        "p95_ms": round(percentile(seconds, 95) * 1000, 2) if seconds else None,
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    return round(numerator / denominator, 3) if numerator and denominator else None


# --- the floor and the extraction, one process -------------------------------

@contextmanager
def _plain_underthesea() -> Iterator[None]:
    """underthesea's own token regex while timing the floor.

    A ``fixed_words`` call (ours included) leaves a bigger regex in
    underthesea's module; the floor is plain ``word_tokenize``.
    """
    from underthesea.pipeline.word_tokenize import regex_tokenize

    saved = regex_tokenize.patterns
    regex_tokenize.patterns = re.compile(regex_tokenize.regex_patterns_combine, re.VERBOSE | re.UNICODE)
    try:
        yield
    finally:
        regex_tokenize.patterns = saved


def floor_pass(text: str) -> None:
    """The least any pipeline on underthesea does: sentences, then the words of each."""
    from underthesea import sent_tokenize, word_tokenize

    for sentence in sent_tokenize(text):
        word_tokenize(sentence)


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def time_single(paths: list[Path], *, warmup: int = 3) -> tuple[list[float], list[float], dict[str, float], list[str]]:
    """Per-article floor and extraction seconds in this process, the seconds each stage took, and the failures.

    An article that fails (a refusal or a crash) is timed all the same and
    named in the failures: the bench reports it and goes on.
    """
    from .. import pipeline
    from ..read.load import read_article

    texts = [_text(read_article, path) for path in paths]
    for path, text in zip(paths[:warmup], texts):
        with _plain_underthesea():
            floor_pass(text)
        _extract_or_error(pipeline.extract_file, path)
    floor, extraction, failures = [], [], []
    with _stage_clock(pipeline) as stages:
        for path, text in zip(paths, texts):
            with _plain_underthesea():
                floor.append(_timed(lambda: floor_pass(text)))
            started = time.perf_counter()
            error = _extract_or_error(pipeline.extract_file, path)
            extraction.append(time.perf_counter() - started)
            if error:
                failures.append(f"{path.name}: {error}")
    return floor, extraction, stages, failures


def _text(read_article: Callable, path: Path) -> str:
    try:
        return read_article(path).text
    except Exception:  # noqa: BLE001 - a refused file has no floor: it costs nothing to segment
        return ""


def _extract_or_error(extract_file: Callable, path: Path) -> str | None:
    """None when ``path`` is extracted, else what went wrong (a crash is a finding, not a reason to stop)."""
    try:
        extract_file(path)
    except Exception as e:  # noqa: BLE001
        return f"{type(e).__name__}: {e}"
    return None


@contextmanager
def _stage_clock(module) -> Iterator[dict[str, float]]:
    """Wrap the stage functions ``module`` calls so that each adds its seconds to the yielded dict."""
    seconds: dict[str, float] = {}
    saved = {name: getattr(module, name) for name in STAGES if callable(getattr(module, name, None))}
    for name, fn in saved.items():
        setattr(module, name, _clocked(fn, name, seconds))
    try:
        yield seconds
    finally:
        for name, fn in saved.items():
            setattr(module, name, fn)


def _clocked(fn: Callable, name: str, seconds: dict[str, float]) -> Callable:
    def clocked(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started
    return clocked


# --- all cores ---------------------------------------------------------------

def _worker_start(warmup: Path) -> None:
    """Load the pipeline and its models once per worker: extracting one article loads them all."""
    from ..pipeline import extract_file

    try:
        extract_file(warmup)
    except Exception:  # noqa: BLE001 - a failing warm-up must not make the pool respawn workers forever
        pass


def _worker_extract(path: Path) -> tuple[int, float, int, str | None]:
    """(worker pid, seconds, worker peak RSS in KiB, error) for one article."""
    from ..pipeline import extract_file

    started = time.perf_counter()
    error = _extract_or_error(extract_file, path)
    seconds = time.perf_counter() - started
    return os.getpid(), seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, error


def time_parallel(paths: list[Path], workers: int) -> dict:
    """Wall time of all ``paths`` through ``workers`` processes, start-up included, and their memory."""
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers, initializer=_worker_start, initargs=(paths[0],)) as pool:
        results = list(pool.imap_unordered(_worker_extract, paths, chunksize=4))
    wall = time.perf_counter() - started
    return {"workers": workers, "wall_s": round(wall, 3), "articles_per_s": round(len(paths) / wall, 2),
            "errors": sum(1 for r in results if r[3]), **worker_memory(results)}


def worker_memory(results: Iterable[tuple[int, float, int, str | None]]) -> dict:
    """Peak RSS per worker in MB, and how much it grew from a worker's first article to its last."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for pid, _, rss_kib, _ in results:
        first.setdefault(pid, rss_kib)
        last[pid] = max(last.get(pid, 0), rss_kib)
    peaks = [round(kib / 1024, 1) for kib in last.values()]
    growth = [round((last[pid] - first[pid]) / 1024, 1) for pid in last]
    return {"worker_peak_mb": peaks, "max_worker_peak_mb": max(peaks, default=None),
            "max_growth_mb": max(growth, default=None)}


def time_batch(paths: list[Path], workers: int) -> dict | None:
    """Wall time of the real batch runner (``batch.run``, records written) over the folder of ``paths``.

    None when the articles do not all sit in one folder or repeat (a cycled
    corpus): the runner would not see the same batch.
    """
    import tempfile

    from ..run import batch

    folders = {path.parent for path in paths}
    if len(folders) != 1 or len(set(paths)) != len(paths):
        return None
    with tempfile.TemporaryDirectory(prefix="bench-") as out:
        started = time.perf_counter()
        summary = batch.run(sorted(paths), Path(out), jobs=workers, force=True, progress=False)
        wall = time.perf_counter() - started
        rerun, done = _timed_rerun(sorted(paths), Path(out))
    return {"workers": workers, "wall_s": round(wall, 3), "articles_per_s": round(len(paths) / wall, 2),
            "written": summary.written, "noop_rerun_s": round(rerun, 3) if done == 0 else None}


def _timed_rerun(paths: list[Path], out: Path) -> tuple[float, int | None]:
    """Seconds of a fresh ``extract run`` over exactly ``paths`` again, and how many records it wrote (None: unknown).

    A re-run that wrote anything was no no-op: its time is not reported as one.
    """
    command = [sys.executable, "-m", "extract", "run", *map(str, paths), "--out", str(out), "--no-progress"]
    started = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    match = re.search(r"(\d+) written", finished.stdout)
    return seconds, int(match.group(1)) if match else None


def time_cluster(paths: list[Path], workers: int) -> dict | None:
    """The batch runner on a local Dask cluster of ``workers`` processes, over the folder of ``paths``.

    The cluster's start is timed apart (a real cluster outlives many runs);
    the run's wall time includes each worker loading the pipeline.  None
    when Dask is not installed, or the articles are no one batch (as in
    :func:`time_batch`).
    """
    import importlib.util
    import tempfile

    from ..run import batch

    if importlib.util.find_spec("distributed") is None or len({p.parent for p in paths}) != 1 \
            or len(set(paths)) != len(paths):
        return None
    from ..run.cluster import start_local

    started = time.perf_counter()
    cluster = start_local(workers)
    start = time.perf_counter() - started
    try:
        with tempfile.TemporaryDirectory(prefix="bench-") as out:
            started = time.perf_counter()
            summary = batch.run(sorted(paths), Path(out), force=True, progress=False,
                                scheduler=cluster.scheduler_address)
            wall = time.perf_counter() - started
        peaks = _cluster_peaks(cluster)
    finally:
        cluster.close()
    return {"workers": workers, "start_s": round(start, 3), "wall_s": round(wall, 3),
            "articles_per_s": round(len(paths) / wall, 2), "per_worker_articles_per_s": round(len(paths) / wall / workers, 2),
            "written": summary.written, "worker_peak_mb": peaks, "max_worker_peak_mb": max(peaks, default=None)}


def _cluster_peaks(cluster) -> list[float]:
    """Peak RSS of each worker process of ``cluster``, in MB."""
    from distributed import Client

    with Client(cluster) as client:
        kib = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return [round(k / 1024, 1) for k in kib.values()]


def _spin(seconds: float) -> int:
    """Pure Python work for about ``seconds``: the unit of the machine's parallel capacity."""
    end, count = time.perf_counter() + seconds, 0
    while time.perf_counter() < end:
        count += sum(range(200))
    return count


def parallel_capacity(workers: int, seconds: float = 1.0) -> float:
    """How many cores' worth of pure-Python work ``workers`` processes really get (``workers`` at best).

    Some virtual machines show two CPUs and give about one: then no pool can
    beat one process by much, and the all-cores figures must be read so.
    """
    alone = _spin(seconds)
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        together = sum(pool.map(_spin, [seconds] * workers))
    return round(together / alone, 2)


class LoadMeter:
    """How many cores' worth of CPU other processes used while the bench ran (Linux ``/proc/stat``).

    The machine may be shared: timings taken while something else runs
    are slower, the all-cores ones most.  The record says how busy it was.
    """

    def __init__(self) -> None:
        self.started, self.busy, self.ours = time.monotonic(), _machine_busy(), _own_cpu()

    def others(self) -> float | None:
        busy = _machine_busy()
        if busy is None or self.busy is None:
            return None
        elapsed = time.monotonic() - self.started
        return round(max((busy - self.busy) - (_own_cpu() - self.ours), 0.0) / elapsed, 2) if elapsed else None


def _machine_busy() -> float | None:
    """CPU seconds all processes have used since boot (user, nice, system, irq, softirq)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _, _, irq, softirq = (int(f) for f in fields[:7])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    """CPU seconds used by this process and its finished children."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


# --- start-up ----------------------------------------------------------------

_STARTUP = """
import json, sys, time
started = time.perf_counter()
import extract
from pathlib import Path
imported = time.perf_counter()
extract.extract_file(Path(sys.argv[1]))
done = time.perf_counter()
print(json.dumps({"import_s": imported - started, "first_article_s": done - imported}))
"""


def time_startup(path: Path, *, runs: int = 3) -> dict:
    """Median over ``runs`` fresh interpreters: wall time to the first article extracted, and its parts."""
    measured = []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _STARTUP, str(path)], capture_output=True, text=True, check=True)
        measured.append({"wall_s": time.perf_counter() - started, **json.loads(out.stdout.strip().splitlines()[-1])})
    return {key: round(statistics.median(m[key] for m in measured), 3) for key in measured[0]}


# --- the report --------------------------------------------------------------

def build_result(corpus: dict, floor: list[float], extraction: list[float], stages: dict[str, float],
                 parallel: dict | None, startup: dict | None, failures: list[str] = (), *,
                 batch: dict | None = None, cluster: dict | None = None, capacity: float | None = None,
                 others: float | None = None) -> dict:
    """The JSON record of one run."""
    floor_total, extraction_total = sum(floor), sum(extraction)
    stage_rows = {name: round(s, 4) for name, s in stages.items()}
    stage_rows["other"] = round(max(extraction_total - sum(stages.values()), 0.0), 4)
    result = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "parallel_capacity": capacity, "other_load_cores": others,
                    "python": sys.version.split()[0], "platform": sys.platform},
        "commit": _commit(),
        "corpus": corpus,
        "floor": summarize(floor),
        "extraction": summarize(extraction),
        "stage_s": stage_rows,
        "single_ratio": ratio(extraction_total, floor_total),
        "parallel": parallel,
        "parallel_ratio": ratio(parallel["wall_s"], floor_total) if parallel else None,
        "batch": batch,
        "batch_ratio": ratio(batch["wall_s"], floor_total) if batch else None,
        "cluster": cluster,
        "startup": startup,
        "failures": {"count": len(failures), "first": list(failures[:10])},
    }
    result["targets"] = check_targets(result)
    return result


def check_targets(result: dict) -> dict[str, bool | None]:
    """Each target of issue 6: met (True), missed (False) or not measured (None)."""
    measured = {
        "single_ratio": result["single_ratio"],
        "parallel_ratio": result["parallel_ratio"],
        "startup_s": (result["startup"] or {}).get("wall_s"),
        "worker_peak_mb": (result["parallel"] or {}).get("max_worker_peak_mb"),
        "noop_rerun_s": (result["batch"] or {}).get("noop_rerun_s"),
    }
    return {name: None if value is None else value <= TARGETS[name] for name, value in measured.items()}


def format_table(result: dict) -> str:
    """A compact human summary of ``result``."""
    c, f, e = result["corpus"], result["floor"], result["extraction"]
    small = c["distinct"] < MIN_DISTINCT
    lines = [*([f"SMALL CORPUS: only {c['distinct']} distinct articles, cycled; these figures do not describe a real "
                "corpus"] if small else []),
             f"corpus: {c['articles']} articles from {c['path']}" + (" (cycled)" if c["repeated"] else ""),
             f"{'':24}{'art/s':>8}{'median ms':>11}{'p95 ms':>9}{'total s':>9}"]
    for name, row in (("floor (underthesea)", f), ("extraction, 1 process", e)):
        lines.append(f"{name:24}{row['articles_per_s']:>8}{row['median_ms']:>11}{row['p95_ms']:>9}{row['total_s']:>9}")
    for name, p in (("workers", result["parallel"]), ("jobs, batch.run", result.get("batch")),
                    ("Dask workers", result.get("cluster"))):
        if p:
            lines.append(f"{'extraction, ' + str(p['workers']) + ' ' + name:24}{p['articles_per_s']:>8}{'':>11}{'':>9}"
                         f"{p['wall_s']:>9}  (wall, start-up included)")
    if result.get("cluster"):
        k = result["cluster"]
        lines.append(f"Dask cluster: started in {k['start_s']} s (not in its wall time, pipeline loading is); "
                     f"per worker {k['per_worker_articles_per_s']} art/s, peak {k['max_worker_peak_mb']} MB")
    machine = result["machine"]
    if machine.get("parallel_capacity") is not None:
        lines.append(f"machine: {machine['cpus']} CPUs, worth {machine['parallel_capacity']} cores of pure Python "
                     "when all are busy")
    lines.append(f"other processes kept {machine.get('other_load_cores')} cores busy during the run")
    lines.append("stages, 1 process: " + ", ".join(
        f"{name} {s / max(c['articles'], 1) * 1000:.1f} ms" for name, s in result["stage_s"].items()))
    if result["failures"]["count"]:
        lines.append(f"failed articles: {result['failures']['count']}, e.g. {result['failures']['first'][0]}")
    lines += [f"{name:16}{_value(result, name)!s:>10}  target <= {limit:<5} {_verdict(result['targets'][name])}"
              for name, limit in TARGETS.items()]
    return "\n".join(lines)


def _value(result: dict, name: str):
    if name == "startup_s":
        return (result["startup"] or {}).get("wall_s")
    if name == "worker_peak_mb":
        return (result["parallel"] or {}).get("max_worker_peak_mb")
    if name == "noop_rerun_s":
        return (result["batch"] or {}).get("noop_rerun_s")
    return result[name]


def _verdict(met: bool | None) -> str:
    return {True: "ok", False: "MISSED", None: "not measured"}[met]


def write_result(result: dict, out_dir: Path) -> Path:
    """``result`` as ``bench-<timestamp>.json`` and ``latest.json`` in ``out_dir``; the first path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = result["when"].replace(":", "").replace("-", "").replace("+0000", "Z")
    body = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    path = out_dir / f"bench-{stamp}.json"
    path.write_text(body, encoding="utf-8")
    (out_dir / "latest.json").write_text(body, encoding="utf-8")
    return path


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def profile(paths: list[Path], top: int = 30) -> str:
    """cProfile of one extraction pass over ``paths``: the ``top`` functions by cumulative time."""
    from ..pipeline import extract_file

    extract_file(paths[0])
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [extract_file(path) for path in paths])
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# --- command line ------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    paths, corpus = find_corpus(args.corpus, args.fallback)
    if not paths:
        print(f"bench: no articles in {args.corpus} nor {args.fallback}", file=sys.stderr)
        return 2
    if corpus["distinct"] < MIN_DISTINCT and not args.small:
        print(f"bench: refused: {corpus['path']} holds {corpus['distinct']} distinct articles, fewer than "
              f"{MIN_DISTINCT}; timing them says little about a corpus. Give --corpus DIR (make bench CORPUS=DIR), "
              "or add --small to time these few anyway, marked as such.", file=sys.stderr)
        return 2
    paths = paths[: args.limit] if args.limit else paths
    corpus["articles"] = len(paths)
    if args.profile:
        print(profile(paths))
        return 0
    meter = LoadMeter()
    many = args.jobs > 1 and not args.quick
    startup = time_startup(paths[0]) if not args.quick else None
    capacity = parallel_capacity(args.jobs) if many else None
    parallel = time_parallel(paths, args.jobs) if many else None
    batch = time_batch(paths, args.jobs) if many else None
    cluster = time_cluster(paths, args.jobs) if many else None
    floor, extraction, stages, failures = time_single(paths)
    result = build_result(corpus, floor, extraction, stages, parallel, startup, failures, batch=batch,
                          cluster=cluster, capacity=capacity, others=meter.others())
    print(format_table(result))
    print(f"written: {write_result(result, args.out)}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extract.check.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"), help="folder of articles")
    parser.add_argument("--fallback", type=Path, default=Path("data/raw"), help="used when --corpus has none")
    parser.add_argument("--out", type=Path, default=Path("build/bench"), help="where the JSON results go")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the all-cores run")
    parser.add_argument("--limit", type=int, help="time only the first N articles")
    parser.add_argument("--quick", action="store_true", help="single process only: no start-up, no pool")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one pass instead")
    parser.add_argument("--small", action="store_true",
                        help=f"time a corpus of fewer than {MIN_DISTINCT} distinct articles anyway (marked SMALL)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
