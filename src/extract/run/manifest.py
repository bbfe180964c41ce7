"""The output folder's memory of what it holds, so that a re-run redoes only what changed.

``<out>/_manifest.json`` records, for every input file (by absolute path):
the extractor version that read it, its size, modification time and sha256, the
ids of the records it gave with the sha256 of each article's own bytes (the
file, or its line of a JSONL batch), and whether every article of it was
written.  An input is unchanged when the extractor's version is the same
and its size and time (or, failing those, its sha256) are; then its records
are left as they are.

The extractor's version is the package version plus a hash of the
package's code and lexicon files, so any change to the code or to a
lexicon makes every record stale.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

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
    """What an earlier run wrote (``old``) and what this run has done so far (``new``)."""

    path: Path
    version: str
    force: bool = False
    """Reuse nothing (``--force``)."""
    old: dict[str, dict] = field(default_factory=dict)
    new: dict[str, dict] = field(default_factory=dict)
    _owners: dict[str, str] | None = None

    @classmethod
    def load(cls, out_dir: Path, *, version: str, force: bool = False) -> "Manifest":
        path = out_dir / MANIFEST_NAME
        try:
            old = {key: dict(entry) for key, entry in json.loads(path.read_text(encoding="utf-8"))["inputs"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            old = {}  # no manifest, or an unreadable one: redo everything
        return cls(path=path, version=version, force=force, old=old)

    def previous(self, key: str) -> dict:
        """The entry an earlier run left for input ``key`` (empty if none)."""
        return self.old.get(key) or {}

    def reusable(self, key: str) -> dict | None:
        """The earlier entry for ``key`` if its records may be kept: same extractor, no ``--force``."""
        entry = self.previous(key)
        return entry if entry and not self.force and entry.get("extractor") == self.version else None

    def owner(self, doc_id: str) -> str | None:
        """The input that an earlier run wrote record ``doc_id`` for."""
        if self._owners is None:
            self._owners = {i: key for key, entry in self.old.items() for i in entry.get("articles", {})}
        return self._owners.get(doc_id)

    def begin(self, key: str, *, size: int, mtime_ns: int, sha256: str | None) -> dict:
        """Start this run's entry for input ``key``; articles are added as they are written."""
        entry = {"extractor": self.version, "size": size, "mtime_ns": mtime_ns, "sha256": sha256,
                 "complete": False, "articles": {}}
        self.new[key] = entry
        return entry

    def save(self, *, complete: set[str] = frozenset()) -> None:
        """Write the manifest: earlier entries updated by this run's; ``complete`` inputs had no failure."""
        for key in complete:
            if key in self.new:
                self.new[key]["complete"] = True
        inputs = {**self.old, **self.new}
        write_json(self.path, {"inputs": dict(sorted(inputs.items()))})
