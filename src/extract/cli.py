"""Command line: ``python -m extract run PATH... --out DIR`` and friends."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .read.load import MAX_BYTES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vn-extract", description="Structured JSON from Vietnamese news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="extract articles into JSON records")
    run.add_argument("paths", nargs="+", type=Path, help="article files or folders (walked recursively)")
    run.add_argument("--out", type=Path, default=Path("data/out"), help="output folder (default: data/out)")
    run.add_argument("--max-bytes", type=int, default=MAX_BYTES,
                     help=f"refuse larger inputs, a file or a JSONL line (default: {MAX_BYTES:,})")
    run.add_argument("--jobs", "-j", type=_positive, default=os.cpu_count() or 1,
                     help="worker processes (default: all cores; 1 runs in this process)")
    run.add_argument("--force", action="store_true", help="redo inputs the manifest says are unchanged")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="show a progress bar (default: when stderr is a terminal)")

    score = commands.add_parser("eval", help="per-field precision, recall and F1 against gold files")
    score.add_argument("out_dir", type=Path)
    score.add_argument("gold_dir", type=Path)
    score.add_argument("--json", action="store_true", help="print the figures as JSON")

    schema = commands.add_parser("schema", help="print the JSON Schema of the output records")
    schema.add_argument("--out", type=Path, help="write it to this file instead")

    args = parser.parse_args(argv)
    return {"run": _run, "eval": _eval, "schema": _schema}[args.command](args)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _run(args: argparse.Namespace) -> int:
    """Exit status 1 when any input failed (all others are still written), 128 + the signal when stopped:
    130 on Ctrl-C, 143 on SIGTERM, 129 on SIGHUP."""
    import signal

    from .run.batch import run

    try:
        summary = run(args.paths, args.out, max_bytes=args.max_bytes, jobs=args.jobs, force=args.force,
                      progress=args.progress)
    except KeyboardInterrupt as e:
        signum = getattr(e, "signum", signal.SIGINT)
        print(f"interrupted ({signal.Signals(signum).name}): records written so far are kept; "
              "a re-run goes on from there", file=sys.stderr)
        return 128 + signum
    print(summary.line())
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


def _schema(args: argparse.Namespace) -> int:
    from .models import Article
    from .run.output import write_json

    schema = Article.model_json_schema()
    if args.out:
        write_json(args.out, schema)
    else:
        json.dump(schema, sys.stdout, ensure_ascii=False, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
