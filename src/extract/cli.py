"""Command line: ``python -m extract run PATH... --out DIR`` and friends."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from .read.load import MAX_BYTES

FORMATS = ("jsonl", "csv", "sqlite", "parquet")
STDIO = Path("-")
"""`-` as an input or output: stdin or stdout."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vn-extract", description="Structured JSON from Vietnamese news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="extract articles into JSON records")
    run.add_argument("paths", nargs="+", type=Path,
                     help="article files or folders (walked recursively); `-` reads one article from stdin")
    run.add_argument("--out", type=Path, default=Path("data/out"),
                     help="output folder (default: data/out); `-` writes JSON lines to stdout")
    run.add_argument("--id", default="stdin", help="the id of the article read from stdin (default: stdin)")
    run.add_argument("--max-bytes", type=int, default=MAX_BYTES,
                     help=f"refuse larger inputs, a file or a JSONL line (default: {MAX_BYTES:,})")
    run.add_argument("--jobs", "-j", type=_positive, default=os.cpu_count() or 1,
                     help="worker processes (default: all cores; 1 runs in this process)")
    run.add_argument("--force", action="store_true", help="redo inputs the manifest says are unchanged")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="show a progress bar (default: when stderr is a terminal)")
    run.add_argument("--scheduler", type=_scheduler, metavar="ADDRESS",
                     help="extract on the Dask cluster of this scheduler (tcp://host:8786), or on local:N, "
                          "N worker processes here; needs the [dask] extra; --jobs is then unused")

    score = commands.add_parser("eval", help="per-field precision, recall and F1 against gold files")
    score.add_argument("out_dir", type=Path)
    score.add_argument("gold_dir", type=Path)
    score.add_argument("--json", action="store_true", help="print the figures as JSON")

    schema = commands.add_parser("schema", help="print the JSON Schema of the output records")
    schema.add_argument("--out", type=Path, help="write it to this file instead")

    export = commands.add_parser("export", help="the records of a folder as JSONL, CSV, SQLite or Parquet tables")
    export.add_argument("out_dir", type=Path, help="a folder of records (`extract run --out`)")
    export.add_argument("--to", choices=FORMATS, default="jsonl", help="the format (default: jsonl)")
    export.add_argument("--dest", type=Path, default=Path("build/export"),
                        help="where to write (default: build/export)")

    review = commands.add_parser("review", help="a self-contained HTML page per record, with an index")
    review.add_argument("out_dir", type=Path, help="a folder of records (`extract run --out`)")
    review.add_argument("--dest", type=Path, default=Path("build/review"),
                        help="where to write (default: build/review)")

    args = parser.parse_args(argv)
    return {"run": _run, "eval": _eval, "schema": _schema, "export": _export, "review": _review}[args.command](args)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _scheduler(value: str) -> str:
    workers = value.removeprefix("local:")
    if workers != value and not (workers.isdigit() and int(workers) >= 1):
        raise argparse.ArgumentTypeError("local:N needs a number of worker processes, e.g. local:4")
    return value


def _run(args: argparse.Namespace) -> int:
    """Exit status 1 when any input failed (all others are still written), 2 when the run could not go on
    (a cluster out of reach), 128 + the signal when stopped: 130 on Ctrl-C, 143 on SIGTERM, 129 on SIGHUP."""
    if STDIO in args.paths:
        return _run_stdin(args)
    if args.out == STDIO:
        return _run_to_stdout(args)
    return _run_batch(args)


def _run_batch(args: argparse.Namespace) -> int:
    import signal

    from .errors import ExtractError
    from .run.batch import run

    try:
        summary = run(args.paths, args.out, max_bytes=args.max_bytes, jobs=args.jobs, force=args.force,
                      progress=args.progress, scheduler=args.scheduler)
    except KeyboardInterrupt as e:
        signum = getattr(e, "signum", signal.SIGINT)
        print(f"interrupted ({signal.Signals(signum).name}): records written so far are kept; "
              "a re-run goes on from there", file=sys.stderr)
        return 128 + signum
    except ExtractError as e:
        print(f"error: {e}; records written so far are kept", file=sys.stderr)
        return 2
    print(summary.line())
    return 1 if summary.failed else 0


def _run_stdin(args: argparse.Namespace) -> int:
    """One article from stdin, decoded like a file, to ``--out`` (a folder, or stdout as one JSON line)."""
    from .errors import InputError
    from .pipeline import extract_file
    from .run.output import write_article

    if args.paths != [STDIO]:
        print("`-` (stdin) cannot be mixed with other inputs", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stdin.txt"
        path.write_bytes(sys.stdin.buffer.read())
        try:
            article = extract_file(path, doc_id=args.id, max_bytes=args.max_bytes, shown="-")
        except InputError as e:
            print(f"-: {e.kind}: {e}", file=sys.stderr)
            return 1
    if args.out == STDIO:
        print(article.model_dump_json())
    else:
        write_article(article, args.out)
    return 0


def _run_to_stdout(args: argparse.Namespace) -> int:
    """The batch, written to a scratch folder, then every record as one JSON line on stdout (summary on stderr)."""
    from .run.batch import run

    with tempfile.TemporaryDirectory() as tmp:
        summary = run(args.paths, Path(tmp), max_bytes=args.max_bytes, jobs=args.jobs, force=True,
                      progress=args.progress)
        for path in sorted(Path(tmp).glob("*.json")):
            if not path.name.startswith("_"):
                sys.stdout.write(json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False) + "\n")
    print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0


def _eval(args: argparse.Namespace) -> int:
    from .check.evaluate import evaluate, format_table, nothing_scored

    result = evaluate(args.out_dir, args.gold_dir)
    problem = nothing_scored(result)
    if problem:
        print(f"eval: {problem} (gold: {args.gold_dir.as_posix()}, outputs: {args.out_dir.as_posix()})", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_table(result))
    return 0


def _export(args: argparse.Namespace) -> int:
    from .use.export import export

    return _written(lambda: export(args.out_dir, args.dest, to=args.to))


def _review(args: argparse.Namespace) -> int:
    from .use.review import review

    return _written(lambda: review(args.out_dir, args.dest))


def _written(write) -> int:
    """Print the path ``write()`` wrote; a missing folder or a record that is not one is a message, status 1."""
    try:
        print(write())
    except (FileNotFoundError, ValueError) as e:
        print(f"cannot read the records: {e}", file=sys.stderr)
        return 1
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .models import article_schema
    from .run.output import write_json

    schema = article_schema()
    if args.out:
        write_json(args.out, schema)
    else:
        json.dump(schema, sys.stdout, ensure_ascii=False, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
