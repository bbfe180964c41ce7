"""Load the lexicon data files shipped in ``extract/lexicons/``.

Every file starts with ``#`` header lines saying what it holds and where it
came from; the rest is one entry per line, tab-separated columns.  A file
that is missing, has no entries, or has a row with the wrong number of
columns raises :class:`LexiconError` at load time.  Files are read once per
process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .errors import LexiconError


@cache
def rows(name: str, *, columns: int = 1) -> tuple[tuple[str, ...], ...]:
    """The entries of lexicon ``name``, each a tuple of ``columns`` fields."""
    try:
        raw = resources.files(__package__).joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as e:
        raise LexiconError(f"lexicon {name}: cannot read it ({e})") from e
    lines = raw.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise LexiconError(f"lexicon {name}: the file must start with a '#' header")
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if len(fields) != columns or not all(fields):
            raise LexiconError(f"lexicon {name}, line {number}: expected {columns} non-empty column(s), got {line!r}")
        out.append(fields)
    if not out:
        raise LexiconError(f"lexicon {name}: no entries")
    return tuple(out)


def words(name: str) -> tuple[str, ...]:
    """The single-column entries of lexicon ``name``."""
    return tuple(row[0] for row in rows(name))
