"""Part-of-speech tags of a sentence's words, from underthesea's shipped CRF, on demand.

Few decisions need a word class (whether the lower-case words after a body
name go on the name or start the clause's verb), so a sentence is tagged only
when first asked, over the words the segmenter already cut, and kept.
"""

from __future__ import annotations

from functools import lru_cache

from ..models import Sentence


@lru_cache(maxsize=256)
def tags(sentence: Sentence) -> dict[int, str]:
    """The tag of each word of ``sentence`` ("N", "V", "Np" ...), keyed by the word's start."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    if not sentence.tokens:
        return {}
    tagged = CRFPOSTagPredictor.Instance().predict([t.text for t in sentence.tokens])
    return {token.start: tag for token, (_, tag) in zip(sentence.tokens, tagged)}
