"""Part-of-speech tags of a sentence's words, from underthesea's shipped CRF, on demand.

Few decisions need a word class (whether the lower-case words after a body
name go on the name or start the clause's verb), so a sentence is tagged only
when first asked, over the words the segmenter already cut, and kept.

underthesea's own path spends nearly all its time building the features in
Python (for every word and template it re-reads the whole sentence and
re-parses the template); :func:`features` builds the same 22 strings per word
directly, and the same shipped CRF tags them, so the tags are underthesea's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from ..models import Sentence

TEMPLATES = (
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[0].istitle", "T[-1].istitle", "T[1].istitle",
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]",
    "T[-3][1]", "T[-2][1]", "T[-1][1]",
    "T[-3,-2][1]", "T[-2,-1][1]",
)
"""The templates of underthesea's POS tagger, in its order: :func:`features` computes exactly these."""


@lru_cache(maxsize=256)
def tags(sentence: Sentence) -> dict[int, str]:
    """The tag of each word of ``sentence`` ("N", "V", "Np" ...), keyed by the word's start."""
    if not sentence.tokens:
        return {}
    tagged = _tagger()([t.text for t in sentence.tokens])
    return {token.start: tag for token, tag in zip(sentence.tokens, tagged)}


@cache
def _tagger() -> Callable[[list[str]], list[str]]:
    """The tag of each word: underthesea's CRF on :func:`features`, or underthesea itself when its
    templates are not the ones :func:`features` knows."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    predictor = CRFPOSTagPredictor.Instance()
    if tuple(predictor.transformer.template) == TEMPLATES:
        return lambda words: predictor.model.tag(features(words))
    return lambda words: [tag for _, tag in predictor.predict(words)]


def features(words: list[str]) -> list[list[str]]:
    """The feature strings of each word, as underthesea's ``TaggedTransformer`` makes them.

    The second column of underthesea's input holds the placeholder tag "X"
    for every word, so the ``[1]`` templates read "X" (or ``BOS``).
    """
    n = len(words)
    lower = [w.lower() for w in words]
    title = [str(_is_title(w)) for w in words]

    def at(column: list[str], j: int) -> str:
        return "BOS" if j < 0 else "EOS" if j >= n else column[j]

    def pair(j: int) -> str:
        return "BOS" if j < 0 else "EOS" if j + 1 >= n else words[j] + " " + words[j + 1]

    return [[
        "T[-2].lower=" + at(lower, i - 2), "T[-1].lower=" + at(lower, i - 1), "T[0].lower=" + lower[i],
        "T[1].lower=" + at(lower, i + 1), "T[2].lower=" + at(lower, i + 2),
        "T[0].istitle=" + title[i], "T[-1].istitle=" + at(title, i - 1), "T[1].istitle=" + at(title, i + 1),
        "T[-2]=" + at(words, i - 2), "T[-1]=" + at(words, i - 1), "T[0]=" + words[i],
        "T[1]=" + at(words, i + 1), "T[2]=" + at(words, i + 2),
        "T[-2,-1]=" + pair(i - 2), "T[-1,0]=" + pair(i - 1), "T[0,1]=" + pair(i), "T[1,2]=" + pair(i + 1),
        "T[-3][1]=" + ("BOS" if i < 3 else "X"), "T[-2][1]=" + ("BOS" if i < 2 else "X"),
        "T[-1][1]=" + ("BOS" if i < 1 else "X"),
        "T[-3,-2][1]=" + ("BOS" if i < 3 else "X X"), "T[-2,-1][1]=" + ("BOS" if i < 2 else "X X"),
    ] for i in range(n)]


def _is_title(word: str) -> bool:
    """underthesea's ``text_istitle``: every space-separated part starts with a title-case character."""
    return bool(word) and all(part[:1].istitle() for part in word.split(" "))
