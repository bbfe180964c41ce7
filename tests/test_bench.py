"""The non-timing parts of ``make bench``: statistics, corpus discovery, memory, the result record.

Timing itself is measured by ``make bench``, never by a test.
"""

import json
import math

import pytest

from extract.check import bench

PERCENTILES = [
    ("median of odd", [3.0, 1.0, 2.0], 50, 2.0),
    ("median of even", [1.0, 2.0, 3.0, 4.0], 50, 2.5),
    ("p95 interpolated", [float(i) for i in range(1, 21)], 95, 19.05),
    ("max", [1.0, 5.0], 100, 5.0),
    ("min", [1.0, 5.0], 0, 1.0),
    ("single value", [7.0], 95, 7.0),
]


@pytest.mark.parametrize("values, q, expected", [p[1:] for p in PERCENTILES], ids=[p[0] for p in PERCENTILES])
def test_percentile(values, q, expected):
    assert bench.percentile(values, q) == pytest.approx(expected)


def test_percentile_of_nothing_is_nan():
    assert math.isnan(bench.percentile([], 50))


def test_summarize():
    assert bench.summarize([0.01, 0.02, 0.03, 0.04]) == {
        "articles": 4, "total_s": 0.1, "articles_per_s": 40.0, "median_ms": 25.0, "p95_ms": 38.5}


def _folder(root, name, count):
    folder = root / name
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i:02d}.txt").write_text("Tiêu đề\nNội dung.\n", encoding="utf-8")
    return folder


CORPORA = [
    ("corpus used as is", 5, 3, 5, "corpus", False),
    ("no corpus: own articles cycled", None, 2, 5, "own", True),
    ("empty corpus: own articles", 0, 2, 5, "own", True),
]


@pytest.mark.parametrize("in_corpus, own, minimum, source, repeated", [c[1:] for c in CORPORA], ids=[c[0] for c in CORPORA])
def test_find_corpus(tmp_path, in_corpus, own, minimum, source, repeated):
    corpus = _folder(tmp_path, "corpus", in_corpus) if in_corpus is not None else tmp_path / "missing"
    fallback = _folder(tmp_path, "own", own)
    paths, described = bench.find_corpus(corpus, fallback, minimum=minimum)
    assert len(paths) == max(minimum, in_corpus or 0)
    assert described["path"].endswith(source) and described["repeated"] is repeated
    assert all(p.parent.name == source for p in paths)


def test_worker_memory_peak_and_growth():
    results = [(1, 0.1, 100 * 1024, None), (2, 0.1, 120 * 1024, None), (1, 0.1, 150 * 1024, None), (2, 0.1, 120 * 1024, None)]
    assert bench.worker_memory(results) == {"worker_peak_mb": [150.0, 120.0], "max_worker_peak_mb": 150.0, "max_growth_mb": 50.0}


def _result(parallel_wall=0.8, startup=0.5, rerun=0.3):
    parallel = {"workers": 2, "wall_s": parallel_wall, "articles_per_s": 5.0, "errors": 0, "worker_peak_mb": [150.0],
                "max_worker_peak_mb": 150.0, "max_growth_mb": 1.0}
    corpus = {"path": "corpus", "distinct": 4, "articles": 4, "repeated": False}
    batch = {"workers": 2, "wall_s": 0.9, "articles_per_s": 4.4, "written": 4, "noop_rerun_s": rerun}
    cluster = {"workers": 2, "start_s": 2.0, "wall_s": 1.1, "articles_per_s": 3.6, "per_worker_articles_per_s": 1.8,
               "written": 4, "worker_peak_mb": [160.0, 170.0], "max_worker_peak_mb": 170.0}
    return bench.build_result(corpus, [0.25] * 4, [0.3] * 4, {"segment": 1.0}, parallel, {"wall_s": startup},
                              batch=batch, cluster=cluster)


def test_result_record_shape_and_targets():
    result = _result()
    assert {"when", "machine", "corpus", "floor", "extraction", "stage_s", "single_ratio", "parallel",
            "parallel_ratio", "startup", "targets"} <= result.keys()
    assert (result["single_ratio"], result["parallel_ratio"]) == (1.2, 0.8)
    assert result["stage_s"] == {"segment": 1.0, "other": 0.2}
    assert result["targets"] == {"single_ratio": True, "parallel_ratio": True, "startup_s": True, "worker_peak_mb": True,
                                 "noop_rerun_s": True}
    json.dumps(result)


def test_missed_and_unmeasured_targets():
    result = _result(parallel_wall=1.5, startup=2.5, rerun=2.5)
    result["parallel"] = None
    assert bench.check_targets(result) == {"single_ratio": True, "parallel_ratio": False, "startup_s": False,
                                           "worker_peak_mb": None, "noop_rerun_s": False}


def test_table_and_files(tmp_path):
    result = _result()
    assert "MISSED" not in bench.format_table(result) and "single_ratio" in bench.format_table(result)
    assert "extraction, 2 Dask workers" in bench.format_table(result)
    assert "per worker 1.8 art/s, peak 170.0 MB" in bench.format_table(result)
    written = bench.write_result(result, tmp_path)
    assert written.name.startswith("bench-") and json.loads((tmp_path / "latest.json").read_text()) == result


@pytest.mark.parametrize("count, flags, status", [
    pytest.param(3, [], 2, id="three-articles-refused"),
    pytest.param(0, [], 2, id="no-corpus-and-no-fallback-refused"),
])
def test_bench_refuses_a_corpus_too_small_to_mean_anything(tmp_path, capsys, count, flags, status):
    corpus = _folder(tmp_path, "corpus", count)
    assert bench.main(["--corpus", str(corpus), "--fallback", str(tmp_path / "none"), "--out", str(tmp_path), *flags]) \
        == status
    assert "bench:" in capsys.readouterr().err and not (tmp_path / "latest.json").exists()


def test_a_small_corpus_timed_anyway_says_so():
    result = _result()
    result["corpus"] = {"path": "own", "distinct": 2, "articles": 300, "repeated": True}
    assert bench.format_table(result).startswith("SMALL CORPUS: only 2 distinct articles")


def test_a_rerun_that_wrote_records_is_no_no_op(tmp_path):
    folder = _folder(tmp_path, "corpus", 1)
    (folder / "a00.txt").write_text("Hội nghị tổng kết\n\nSáng 3/4/2019, Sở Y tế tổ chức hội nghị tổng kết.\n")
    seconds, written = bench._timed_rerun(sorted(folder.glob("*.txt")), tmp_path / "out")
    assert written == 1 and seconds > 0
