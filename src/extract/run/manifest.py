"""The output folder's memory of what it holds, so that a re-run redoes only what changed.

``<out>/_manifest.json`` records, for every input file (by absolute path):
the extractor version that read it, its size, modification time and sha256, the
ids of the records it gave with the sha256 of each article's own bytes (the
file, or its line of a JSONL batch), and whether every article of it was
written.  An input is unchanged when the extractor's version is the same
and its size and time (or, failing those, its sha256) are; then its records
are left as they are.  An input that moved (its folder renamed) is
recognised by its records: an article whose id and sha256 an earlier run
wrote, for a path that no longer exists, is not extracted again.

Between two manifests, what a run does goes to the journal
(:mod:`extract.run.journal`) as it happens; loading replays it, so a run
killed in any way is followed by one that redoes only what is missing.

The extractor's version is the package version plus a hash of the
package's code and lexicon files, so any change to the code or to a
lexicon makes every record stale.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .journal import Journal, replay
from .output import write_json

MANIFEST_NAME = "_manifest.json"
ERRORS_NAME = "_errors.jsonl"
_PACKAGE = Path(__file__).resolve().parent.parent


def extractor_version() -> str:
    """``<package version>+<hash of the package's .py and lexicon files>``."""
    digest = hashlib.sha256()
    files = sorted([*_PACKAGE.rglob("*.py"), *(p for p in (_PACKAGE / "lexicons").rglob("*") if p.is_file())])
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{_package_version()}+{digest.hexdigest()[:16]}"


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vn-news-extract")
    except PackageNotFoundError:
        return "0"


@dataclass
class Manifest:
    """What earlier runs did (``old``: the manifest and the journal) and what this run has done so far (``new``)."""

    path: Path
    version: str
    journal: Journal
    force: bool = False
    """Reuse nothing (``--force``)."""
    old: dict[str, dict] = field(default_factory=dict)
    new: dict[str, dict] = field(default_factory=dict)
    moved: set[str] = field(default_factory=set)
    """Earlier keys whose records a moved input has taken over: forgotten on save."""
    _owners: dict[str, str] | None = None

    @classmethod
    def load(cls, out_dir: Path, *, version: str, force: bool = False) -> "Manifest":
        path = out_dir / MANIFEST_NAME
        try:
            old = {key: dict(entry) for key, entry in json.loads(path.read_text(encoding="utf-8"))["inputs"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            old = {}  # no manifest, or an unreadable one: redo everything (the journal may still hold some)
        return cls(path=path, version=version, journal=Journal(out_dir), force=force, old=replay(old, out_dir))

    def previous(self, key: str) -> dict:
        """The entry an earlier run left for input ``key`` (empty if none)."""
        return self.old.get(key) or {}

    def reusable(self, key: str) -> dict | None:
        """The earlier entry for ``key`` if its records may be kept: same extractor, no ``--force``."""
        entry = self.previous(key)
        return entry if entry and self._current(entry) else None

    def owner(self, doc_id: str) -> str | None:
        """The input that an earlier run wrote record ``doc_id`` for."""
        if self._owners is None:
            self._owners = {i: key for key, entry in self.old.items() for i in entry.get("articles", {})}
        return self._owners.get(doc_id)

    def moved_from(self, doc_id: str, sha256: str) -> str | None:
        """The gone input that gave record ``doc_id`` from these same bytes, by this extractor; None if none."""
        key = self.owner(doc_id)
        entry = self.old.get(key) if key else None
        if not entry or not self._current(entry) or entry["articles"].get(doc_id) != sha256 or Path(key).exists():
            return None
        self.moved.add(key)
        return key

    def begin(self, key: str, *, size: int, mtime_ns: int, sha256: str | None) -> dict:
        """Start this run's entry for input ``key``; articles are added as they land."""
        entry = {"extractor": self.version, "size": size, "mtime_ns": mtime_ns, "sha256": sha256,
                 "complete": False, "articles": {}}
        self.new[key] = entry
        self.journal.begin(key, entry)
        return entry

    def landed(self, key: str, doc_id: str, sha256: str) -> None:
        """Record ``doc_id`` of input ``key`` is on disk (call it after the record's rename)."""
        self.new[key]["articles"][doc_id] = sha256
        self.journal.landed(key, doc_id, sha256)

    def save(self, *, complete: set[str] = frozenset()) -> None:
        """Write the manifest: earlier entries updated by this run's; ``complete`` inputs had no failure."""
        for key in sorted(complete & self.new.keys()):
            self.new[key]["complete"] = True
            self.journal.complete(key)
        gone = self.moved - self.new.keys()
        for key in sorted(gone):
            self.journal.drop(key)  # noted, so that a kill before the manifest is written still forgets it
        inputs = {key: entry for key, entry in {**self.old, **self.new}.items() if key not in gone}
        self.journal.compact(lambda: write_json(self.path, {"inputs": dict(sorted(inputs.items()))}, durable=True))

    def _current(self, entry: dict) -> bool:
        return not self.force and entry.get("extractor") == self.version
