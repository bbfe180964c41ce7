"""Cut a normalised text into lines, sentences and words, with offsets.

underthesea does the cutting (``sent_tokenize`` per line, ``word_tokenize``
per sentence, with the lexicon's multi-word names as ``fixed_words`` so that
"Tỉnh ủy" or "Ban Thường vụ" stay whole); every piece is then located back
in the text so that ``text[start:end]`` is exactly the piece.
"""

from __future__ import annotations

import re
from functools import cache

from underthesea import sent_tokenize, word_tokenize

from . import lexicons
from .layout import classify_lines, find_credits, split_lines
from .models import Doc, Line, Sentence, Token


@cache
def _fixed_words() -> list[str]:
    return list(lexicons.words("fixed_words.txt"))


def segment(text: str, *, words: bool = True) -> Doc:
    """The lines, sentences and (unless ``words=False``) words of ``text``."""
    lines = classify_lines(split_lines(text))
    sentences = [s for line in lines for s in _sentences(text, line, words=words)]
    return Doc(text=text, lines=tuple(lines), sentences=tuple(sentences), credits=tuple(find_credits(text, lines)))


def _sentences(text: str, line: Line, *, words: bool) -> list[Sentence]:
    out = []
    for start, end in locate(line.text, sent_tokenize(line.text)):
        start, end = line.start + start, line.start + end
        tokens = _tokens(text, start, end) if words else ()
        out.append(Sentence(start, end, text[start:end], line.kind, tokens))
    return out


def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    piece = text[start:end]
    found = locate(piece, word_tokenize(piece, fixed_words=_fixed_words()))
    return tuple(Token(start + s, start + e, text[start + s:start + e]) for s, e in found)


def locate(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """The offsets of ``pieces`` found in order in ``text``; pieces not found are skipped.

    Tokenisers may change the spacing inside a piece, so white space matches
    any run of white space.

    >>> locate("Tỉnh  ủy họp.", ["Tỉnh ủy", "họp", "."])
    [(0, 8), (9, 12), (12, 13)]
    """
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at >= 0:
            spans.append((at, at + len(piece)))
            cursor = at + len(piece)
            continue
        pattern = r"\s+".join(map(re.escape, piece.split()))
        match = re.compile(pattern).search(text, cursor)
        if match:
            spans.append(match.span())
            cursor = match.end()
    return spans
