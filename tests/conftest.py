"""Shared fixtures: small factories that run one stage on a sentence of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SEEDS = sorted(RAW.glob("*.txt"))


def spans(node):
    """Every span (a dict with start, end and text) anywhere in a JSON record."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


@pytest.fixture(scope="session")
def seed_articles():
    """The two seed articles, extracted once for the whole session."""
    from extract import extract_file

    return {path.stem: extract_file(path) for path in SEEDS}


def default_stop_signals() -> None:
    """For ``preexec_fn``: the child gets the stop signals as a terminal leaves them (a background test run
    ignores SIGINT, ``nohup`` SIGHUP, and a child keeps what it inherits)."""
    import signal

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
