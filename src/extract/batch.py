"""Run the pipeline over files and folders: one record per article, one error line per refusal."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ExtractError
from .load import MAX_BYTES
from .output import write_article
from .pipeline import extract_file

INPUT_SUFFIXES = (".txt",)


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    failed: list[tuple[Path, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.read} articles read, {self.written} written, "
                f"{len(self.failed)} failed, {self.seconds:.1f} s")


def find_inputs(paths: list[Path]) -> list[Path]:
    """The article files named by ``paths``: files as given, folders walked recursively."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES))
        else:
            found.append(path)
    return found


def run(paths: list[Path], out_dir: Path, *, max_bytes: int = MAX_BYTES) -> Summary:
    """Extract every input into ``out_dir``; a bad file is reported and the batch goes on."""
    started = time.perf_counter()
    summary = Summary()
    for path in find_inputs(paths):
        summary.read += 1
        try:
            write_article(extract_file(path, max_bytes=max_bytes), out_dir)
        except ExtractError as e:
            summary.failed.append((path, str(e)))
            print(f"error: {path}: {e}", file=sys.stderr)
        else:
            summary.written += 1
    summary.seconds = time.perf_counter() - started
    return summary
