"""Cut a normalised text into lines, sentences and words, with offsets.

underthesea does the cutting (``sent_tokenize`` per line, then its word
segmenter per sentence, with the lexicon's multi-word names as fixed words so
that "Tỉnh ủy" or "Ban Thường vụ" stay whole); every piece is then located
back in the text so that ``text[start:end]`` is exactly the piece.

Word segmentation is the cost floor of the whole pipeline, so it is done
here once per sentence, with underthesea's own steps but without the work its
``word_tokenize(..., fixed_words=...)`` repeats on every call (rebuilding its
token regex, normalising the same short tokens again), and with its CRF run by
:mod:`extract.wordcrf` from the same model file: see :func:`words`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import joblib

_ROOT_HANDLERS = list(logging.root.handlers)
import underthesea.pipeline.word_tokenize as _uts_words  # noqa: E402
from underthesea import sent_tokenize, word_tokenize  # noqa: E402
from underthesea.pipeline.text_normalize import token_normalize  # noqa: E402
from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text  # noqa: E402
from underthesea.pipeline.word_tokenize import regex_tokenize  # noqa: E402

# underthesea's classification module calls logging.basicConfig() on import. The root logger is the
# application's: with a handler there, every library's INFO lines that propagate get printed (Dask's
# scheduler logs each client and worker it sees during `make bench` and `extract run --scheduler`).
logging.root.handlers[:] = _ROOT_HANDLERS

from .. import lexicons
from ..models import Doc, Line, Sentence, Token
from . import wordcrf
from .layout import classify_lines, find_credits, split_lines


@cache
def _fixed_words() -> list[str]:
    return list(lexicons.words("fixed_words.txt"))


@cache
def _token_pattern() -> re.Pattern[str]:
    """underthesea's token regex with our fixed words first, built as its ``tokenize`` builds it, once.

    underthesea leaves this pattern in its module after a ``fixed_words``
    call, so its own ``pos_tag`` and ``ner`` then cut words the same way;
    installing it here keeps that behaviour.  Ours opens with ``(?=\\S)``:
    no alternative can start on white space, and without it the engine
    tries them all at every space between two tokens (a third of its time).
    """
    fixed = [re.sub(" ", r"\\ ", word) for word in _fixed_words()]
    alternatives = ["(?P<fixed_words>\\b" + "\\b|\\b".join(fixed) + "\\b)", *regex_tokenize.regex_patterns]
    source = "(" + "|".join(alternatives) + ")"
    regex_tokenize.patterns = re.compile(source, re.VERBOSE | re.UNICODE)
    regex_tokenize.recompile_regex_patterns = True
    return re.compile(r"(?=\S)" + source, re.VERBOSE | re.UNICODE)


@cache
def _word_model():
    """underthesea's word segmentation CRF, loaded once (by its own first call)."""
    if _uts_words.word_tokenize_model is None:
        word_tokenize("Hà Nội")
    return _uts_words.word_tokenize_model


@cache
def _word_tagger() -> Callable[[list[str]], list[str]]:
    """``B-W``/``I-W`` per token: :mod:`extract.wordcrf` on underthesea's model file, else underthesea itself."""
    model_dir = Path(_uts_words.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"  # as word_tokenize has it
    try:
        crf = wordcrf.load(model_dir, joblib.load(model_dir / "features.bin"), joblib.load(model_dir / "dictionary.bin"))
    except (OSError, ValueError, EOFError):
        crf = None
    if crf is not None:
        return crf.tags
    return lambda tokens: _word_model().predict([[token] for token in tokens])


_normal_token = lru_cache(maxsize=65536)(token_normalize)
"""Tokens repeat a lot; their normalised form is a pure function of the token."""


def words(sentence: str) -> list[str]:
    """The words of ``sentence``: exactly ``word_tokenize(sentence, fixed_words=<fixed_words.txt>)``.

    The same steps (character normalisation, token regex, token
    normalisation, CRF tags, joining ``I-W`` tokens) with the regex built
    once, token normalisation cached, and the CRF of :func:`_word_tagger`.
    """
    text = normalize_characters_in_text(sentence)
    tokens = [_normal_token(m.group()) for m in _token_pattern().finditer(text)]
    if not tokens:
        return []
    tags = _word_tagger()(tokens)
    out = [tokens[0]]
    for tag, token in zip(tags[1:], tokens[1:]):
        if tag == "I-W":
            out[-1] += " " + token
        else:
            out.append(token)
    return out


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
    found = locate(piece, words(piece))
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
