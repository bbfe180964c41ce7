"""The output folder's journal: one line per thing a run has done, appended as it happens.

``<out>/_journal.jsonl`` is the single record of what is done between two
manifests.  A run appends an event when it starts on an input (``begin``),
when a record of that input has landed on disk (``landed``), when the input
gave all its records without a failure (``complete``), and when an input's
entry is given up (``drop``).  Each line reaches the operating system as
it is written, so a killed process (SIGKILL included) loses nothing
written before; lines are fsync'd in batches, for power cuts.

:func:`replay` folds the journal into the manifest's entries; a torn last
line (a kill in the middle of a write) is passed over.  A run that ends,
normally or on a signal, writes the folded state to ``_manifest.json`` and
then removes the journal (:func:`Journal.compact`).  Replaying a journal
over a manifest that already holds it gives the same manifest, so a kill
between those two steps loses nothing either.

A runner other than :mod:`extract.run.batch` keeps the same contract: call
:meth:`Journal.landed` after each record's atomic rename, never before.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

JOURNAL_NAME = "_journal.jsonl"
SYNC_EVERY = 2.0
"""Seconds between fsyncs of the journal (every line is written to the system at once)."""


class Journal:
    """Appends events to ``<out>/_journal.jsonl``; opened lazily, so a run that does nothing writes nothing."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / JOURNAL_NAME
        self._file = None
        self._synced_at = time.monotonic()

    def begin(self, key: str, entry: dict) -> None:
        """Input ``key`` (re)starts with ``entry`` (extractor, size, mtime_ns, sha256) and no records yet."""
        self._append({"begin": key, **{k: v for k, v in entry.items() if k not in ("articles", "complete")}})

    def landed(self, key: str, doc_id: str, sha256: str) -> None:
        """Record ``doc_id`` of input ``key`` is on disk, made from an article whose bytes hash to ``sha256``."""
        self._append({"landed": key, "id": doc_id, "sha256": sha256})

    def complete(self, key: str) -> None:
        """Input ``key`` gave every record it has, without a failure."""
        self._append({"complete": key})

    def drop(self, key: str) -> None:
        """Input ``key`` is forgotten (it moved, and its records now belong to its new path)."""
        self._append({"drop": key})

    def sync(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
        self._synced_at = time.monotonic()

    def close(self) -> None:
        if self._file is not None:
            self.sync()
            self._file.close()
            self._file = None

    def compact(self, write_manifest) -> None:
        """Close the journal, call ``write_manifest()`` (which must write the folded state), then remove it."""
        self.close()
        write_manifest()
        self.path.unlink(missing_ok=True)

    def _append(self, event: dict) -> None:
        if self._file is None:
            self._file = open(self.path, "a", encoding="utf-8")
            if not _ends_a_line(self.path):
                self._file.write("\n")  # a killed run's torn last line stays alone, not glued to this one
        self._file.write(json.dumps(event, ensure_ascii=False) + "\n")
        self._file.flush()
        if time.monotonic() - self._synced_at > SYNC_EVERY:
            self.sync()


def _ends_a_line(path: Path) -> bool:
    """Whether ``path`` is empty or ends with a new line."""
    with open(path, "rb") as f:
        if f.seek(0, os.SEEK_END) == 0:
            return True
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"


def replay(inputs: dict[str, dict], out_dir: Path) -> dict[str, dict]:
    """``inputs`` (a manifest's entries) with the events of ``<out>/_journal.jsonl`` applied in order."""
    state = {key: dict(entry, articles=dict(entry.get("articles", {}))) for key, entry in inputs.items()}
    for event in read_events(out_dir / JOURNAL_NAME):
        _apply(state, event)
    return state


def read_events(path: Path) -> list[dict]:
    """The journal's events; a line that is not a whole JSON object (a torn write) is passed over."""
    try:
        lines = path.read_bytes().splitlines()
    except OSError:
        return []
    events = []
    for line in lines:
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if isinstance(event, dict):
            events.append(event)
    return events


def _apply(state: dict[str, dict], event: dict) -> None:
    if "begin" in event:
        entry = {k: v for k, v in event.items() if k != "begin"}
        state[event["begin"]] = {**entry, "complete": False, "articles": {}}
    elif "landed" in event and event["landed"] in state:
        state[event["landed"]]["articles"][event.get("id")] = event.get("sha256")
    elif "complete" in event and event["complete"] in state:
        state[event["complete"]]["complete"] = True
    elif "drop" in event:
        state.pop(event["drop"], None)
