"""Read one input file into a clean, normalised article text.

Decoding gives a ``str`` and the name of the encoding it came from;
:func:`normalise` then makes the one text every span points into: NFC,
``\\n`` line ends, no portal noise lines ("Trả lời", share buttons).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import lexicons
from .errors import InputError

MAX_BYTES = 5_000_000
"""Inputs larger than this are refused unless the caller raises the limit."""


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str
    sha256: str


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> Loaded:
    """The normalised text of the article in ``path``; :class:`InputError` if it is not one."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror or e}") from e
    if len(raw) > max_bytes:
        raise InputError(f"file is {len(raw):,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)")
    text, encoding = decode(raw)
    text = normalise(text)
    if not text.strip():
        raise InputError("file has no text")
    return Loaded(text=text, encoding=encoding, sha256=hashlib.sha256(raw).hexdigest())


def decode(raw: bytes) -> tuple[str, str]:
    """The text in ``raw`` and the encoding it was written in."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if b"\x00" in raw:
        raise InputError("binary data (NUL bytes), not a text article")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 at byte {e.start}") from e


def _noise_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in lexicons.words("noise_lines.txt"))
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t]*$\n?", re.MULTILINE | re.IGNORECASE)


_NOISE = _noise_pattern()


def normalise(text: str) -> str:
    """NFC text with ``\\n`` line ends and without portal noise lines.

    >>> normalise("Ho\\u0300a Bi\\u0300nh\\r\\nTrả lời\\r\\n")
    'Hòa Bình\\n'
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    return _NOISE.sub("", text)
