"""Shared fixtures: small factories that run one stage on a sentence of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SEEDS = sorted(RAW.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_articles():
    """The two seed articles, extracted once for the whole session."""
    from extract import extract_file

    return {path.stem: extract_file(path) for path in SEEDS}
