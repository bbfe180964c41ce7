"""Read one input into a clean, normalised article text, or refuse it with a reason.

An input is a ``.txt`` or ``.html``/``.htm`` file, or one article of a
``.jsonl`` batch (see :mod:`extract.batch`).  :mod:`extract.charset` finds
the encoding and repairs mojibake and legacy font text; a web page is cut
down to its article (:mod:`extract.htmltext`); :func:`normalise` then makes
the one text every span points into: NFC, ``\\n`` line ends, no portal noise
lines ("Trả lời", share buttons).  What is not a Vietnamese article (empty,
blank, binary, too large, another language) raises :class:`InputError`
with a one-line reason and a ``kind``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import lexicons
from ..errors import InputError
from . import charset
from .htmltext import html_to_text, looks_like_html, read_page

MAX_BYTES = 5_000_000
"""Inputs (a file, or one JSONL line) larger than this are refused unless the caller raises the limit.

A long government article is 20-50 kB; 5 MB is a dump, not an article, and
would hold a worker for minutes."""

HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str
    sha256: str
    warnings: tuple[str, ...] = ()
    published: str | None = None
    """The publication day a web page's markup gives."""
    author: str | None = None
    """The author a web page's markup gives."""


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> Loaded:
    """The normalised text of the article in ``path``; :class:`InputError` if it is not one."""
    raw = read_bytes(path, max_bytes=max_bytes)
    decoded = charset.decode(raw)
    sha = hashlib.sha256(raw).hexdigest()
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(decoded.text):
        page = read_page(decoded.text)
        return Loaded(article_text(page.text), decoded.encoding, sha, decoded.warnings, page.published, page.author)
    return Loaded(article_text(decoded.text), decoded.encoding, sha, decoded.warnings)


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, refused before reading when there are too many."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)",
                             kind="too_large")
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read file: {e.strerror or e}", kind="unreadable") from e


def read_text(text: str, *, sha256: str, title: str | None = None) -> Loaded:
    """An article that arrives as a ``str`` (a JSONL field): repaired, normalised and checked like a file.

    A separate ``title`` heads the text, as the headline heads a scraped page, unless the text starts with it.
    """
    repaired = charset.repair(text)
    body = article_text(repaired.text, html=looks_like_html(repaired.text))
    headline = _headline(title)
    if headline and not body.startswith(headline):
        body = f"{headline}\n\n{body}"
    return Loaded(body, "utf-8", sha256, repaired.warnings)


def _headline(title: str | None) -> str | None:
    """``title`` repaired and normalised to one line; None when there is none worth keeping."""
    try:
        text = charset.repair(title).text if title and title.strip() else ""
    except InputError:
        return None  # a broken title does not spoil a good text
    return " ".join(normalise(text).split()) or None


def article_text(text: str, *, html: bool = False) -> str:
    """The normalised article in decoded ``text``; :class:`InputError` when it is blank or not Vietnamese."""
    if html:
        text = html_to_text(text)
    text = normalise(text)
    if not text.strip():
        raise InputError("blank: no text, only white space", kind="blank")
    if not charset.looks_vietnamese(text):
        raise InputError("not Vietnamese text: too few Vietnamese letters", kind="not_vietnamese")
    return text


@cache
def _noise_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in lexicons.words("noise_lines.txt"))
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t]*$\n?", re.MULTILINE | re.IGNORECASE)


def normalise(text: str) -> str:
    """NFC text with ``\\n`` line ends and without portal noise lines.

    >>> normalise("Ho\\u0300a Bi\\u0300nh\\r\\nTrả lời\\r\\n")
    'Hòa Bình\\n'
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    return _noise_pattern().sub("", text)


_NEW_STYLE_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])")


def tone_key(text: str) -> str:
    """``text`` with the tone of "oa", "oe", "uy" at the end of a syllable on the first vowel.

    Old and new tone placement spell the same word two ways ("hoà"/"hòa",
    "thuỷ"/"thủy"); comparing ``tone_key`` forms matches them.  The result
    has the length of ``text``, so offsets found in it point into ``text``.

    >>> tone_key("Hoà Bình, thuỷ sản, Quý, hoàng")
    'Hòa Bình, thủy sản, Quý, hoàng'
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _NEW_STYLE_TONE.sub(r"\1\3\2", decomposed))
