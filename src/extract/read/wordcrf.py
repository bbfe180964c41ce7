"""underthesea's word-segmentation CRF, run from its own model file in plain Python.

Word segmentation is the cost floor of the pipeline, and most of it is not
the CRF arithmetic but underthesea's plumbing: its Rust featurizer turns every
token into 43 feature strings, hands them to Python, and its tagger converts
them back.  Here the same 43 features (the templates of the model's
``features.bin``, with the Rust featurizer's exact quirks) are looked up
straight in a dict of the model's weights and decoded with the same Viterbi,
so the tags are underthesea's, at a fraction of the cost.

The model is underthesea's bundled CRFsuite file (``lCRF``/``FOMC``): a
feature table and two CQDB string tables (labels, attributes).  When the
file or the templates are not what this module knows, :func:`load` returns
None and the caller falls back to underthesea itself.
"""

from __future__ import annotations

import re
import struct
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

TEMPLATES = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]", "T[0,2]",
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle",
    "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict", "T[2].is_in_dict",
    "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)
"""The feature templates this module computes, in the order underthesea's featurizer emits them."""

_TEMPLATE = re.compile(r"T\[(-?\d)(?:,(-?\d))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
_INT32 = re.compile(r"[+-]?[0-9]+")
_NO_WEIGHT = (0.0, 0.0)
_FIRSTS = {1: (-2, -1, 0, 1, 2), 2: (-2, -1, 0, 1), 3: (-2, -1, 0)}
"""Where, relative to a position, the unigram, bigram and trigram templates start."""
_ATTRIBUTES = ("", "lower", "isdigit", "istitle", "is_in_dict")
_TRIGRAM_TEXT = ("T[-2,0]=", "T[-1,1]=", "T[0,2]=")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


class WordCRF:
    """The two-label (``B-W``, ``I-W``) word-segmentation CRF with its dictionary.

    A feature's weight depends only on its template and its value, and a
    value only on the one, two or three tokens the template reads.  So the
    summed weights of all templates reading the same n-gram at the same
    relative position are computed once per distinct n-gram (and cached),
    and a position's emission is the sum of twelve such pieces: five
    unigrams, four bigrams and three trigrams around it.
    """

    def __init__(self, weights: dict[str, tuple[float, float]], transitions, dictionary: frozenset[str]):
        self._weights = weights
        self._transitions = transitions
        self._dictionary = dictionary
        groups: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for name, first, last, attribute in map(_parse_template, TEMPLATES):
            groups.setdefault((last - first + 1, first), []).append((name + "=", attribute))
        self._groups = {width: [groups.get((width, first), []) for first in _FIRSTS[width]] for width in (1, 2, 3)}
        self._pads = {width: [self._weigh(width, dict.fromkeys(_ATTRIBUTES, pad)) for pad in ("BOS", "EOS")]
                      for width in (1, 2, 3)}
        # Unigrams and bigrams repeat a lot from sentence to sentence; most trigrams do not, and most
        # are no feature of the model either: for those only the two yes/no templates weigh.
        self._unigram = lru_cache(maxsize=1 << 16)(self._unigram_weights)
        self._bigram = lru_cache(maxsize=1 << 16)(self._bigram_weights)
        self._trigram_texts = frozenset(a.split("=", 1)[1] for a in weights if a.startswith(_TRIGRAM_TEXT))
        self._trigram_flags = {(in_dict, title): self._weigh(3, {"": "\0", "is_in_dict": in_dict, "istitle": title})
                               for in_dict in ("True", "False") for title in ("True", "False")}

    def tags(self, tokens: list[str]) -> list[str]:
        """``B-W`` or ``I-W`` for each token: the labels underthesea's tagger gives."""
        return [("B-W", "I-W")[label] for label in self._viterbi(self.emissions(tokens))]

    def emissions(self, tokens: list[str]) -> list[tuple[float, float]]:
        """The summed state weights (``B-W``, ``I-W``) of every feature at each position."""
        n = len(tokens)
        unigrams = list(map(self._unigram, tokens))
        grams = {
            1: unigrams,
            2: list(map(self._bigram, tokens, tokens[1:])),
            3: list(map(self._trigram_weights, unigrams, unigrams[1:], unigrams[2:])),
        }
        columns_b, columns_i = [], []
        for width in (1, 2, 3):
            bos, eos = self._pads[width]
            padded = [bos, bos, *map(_SECOND, grams[width]), eos, eos, eos]  # index j + 2: the gram starting at j
            weights_b, weights_i = list(map(_FIRST, padded)), list(map(_SECOND, padded))
            for slot, first in enumerate(_FIRSTS[width]):
                columns_b.append(map(itemgetter(slot), weights_b[first + 2:first + 2 + n]))
                columns_i.append(map(itemgetter(slot), weights_i[first + 2:first + 2 + n]))
        return list(zip(map(sum, zip(*columns_b)), map(sum, zip(*columns_i))))

    def _unigram_weights(self, token: str) -> tuple[dict[str, str], tuple]:
        """The token's feature values, and the unigram templates' weights at each relative position."""
        lower = token.lower()
        values = {"": token, "lower": lower, "isdigit": str(_is_int32(token)),
                  "istitle": str(_is_title(token)), "is_in_dict": str(lower in self._dictionary)}
        return values, self._weigh(1, values)

    def _bigram_weights(self, first: str, second: str) -> tuple[None, tuple]:
        joined = _joined(self._unigram(first)[0], self._unigram(second)[0], self._dictionary)
        return None, self._weigh(2, joined)

    def _trigram_weights(self, first: tuple, second: tuple, third: tuple) -> tuple[None, tuple]:
        """The trigram templates' weights; ``first`` ... are the tokens' (values, weights) from :meth:`_unigram`."""
        a, b, c = first[0], second[0], third[0]
        in_dict = "True" if f'{a["lower"]} {b["lower"]} {c["lower"]}' in self._dictionary else "False"
        title = "True" if a["istitle"] == b["istitle"] == c["istitle"] == "True" else "False"
        text = f'{a[""]} {b[""]} {c[""]}'
        if text in self._trigram_texts:
            return None, self._weigh(3, {"": text, "is_in_dict": in_dict, "istitle": title})
        return None, self._trigram_flags[in_dict, title]

    def _weigh(self, width: int, values: dict[str, str]) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """(B-W, I-W) weights summed over each template group of ``width``, one per relative position."""
        get, out_b, out_i = self._weights.get, [], []
        for templates in self._groups[width]:
            score_b = score_i = 0.0
            for prefix, attribute in templates:
                weight_b, weight_i = get(prefix + values[attribute], _NO_WEIGHT)
                score_b += weight_b
                score_i += weight_i
            out_b.append(score_b)
            out_i.append(score_i)
        return tuple(out_b), tuple(out_i)

    def _viterbi(self, emissions: list[tuple[float, float]]) -> list[int]:
        """The best label path; ties go to the lower label, as in underthesea_core."""
        if not emissions:
            return []
        (bb, bi), (ib, ii) = self._transitions
        score_b, score_i = emissions[0]
        back = []
        for emission_b, emission_i in emissions[1:]:
            from_b, from_i = score_b + bb, score_i + ib  # into B-W
            to_b = (from_i, 1) if from_i > from_b else (from_b, 0)
            from_b, from_i = score_b + bi, score_i + ii  # into I-W
            to_i = (from_i, 1) if from_i > from_b else (from_b, 0)
            score_b, score_i = to_b[0] + emission_b, to_i[0] + emission_i
            back.append((to_b[1], to_i[1]))
        path = [1 if score_i > score_b else 0]
        for pointers in reversed(back):
            path.append(pointers[path[-1]])
        return path[::-1]


def _joined(first: dict[str, str], second: dict[str, str], dictionary: frozenset[str]) -> dict[str, str]:
    """The feature values of two adjacent tokens read as one bigram."""
    lower = first["lower"] + " " + second["lower"]
    return {"": first[""] + " " + second[""], "lower": lower, "is_in_dict": str(lower in dictionary),
            "istitle": "True" if first["istitle"] == second["istitle"] == "True" else "False"}


def _parse_template(template: str) -> tuple[str, int, int, str]:
    first, last, attribute = _TEMPLATE.fullmatch(template).groups()
    return template, int(first), int(last if last is not None else first), attribute or ""


def _is_int32(token: str) -> bool:
    """underthesea_core's ``isdigit``: the token parses as a 32-bit signed integer."""
    return bool(_INT32.fullmatch(token)) and -2**31 <= int(token) < 2**31


def _is_title(text: str) -> bool:
    """underthesea_core's ``istitle``: every space-separated part starts with a non-lower-case character."""
    return all(part[:1] == part[:1].upper() for part in text.split(" "))


# --- the model file ----------------------------------------------------------

def load(model_dir: Path, features: list[str], dictionary: set[str]) -> WordCRF | None:
    """The CRF in ``model_dir/models.bin``, or None when its format or templates are not the known ones."""
    if tuple(features) != TEMPLATES:
        return None
    try:
        labels, attributes, state, transitions = read_crfsuite((model_dir / "models.bin").read_bytes())
    except (OSError, ValueError, struct.error, UnicodeDecodeError):
        return None
    if labels != ["B-W", "I-W"]:
        return None
    weights: dict[str, list[float]] = {}
    for attribute, label, weight in state:
        weights.setdefault(attributes[attribute], [0.0, 0.0])[label] += weight
    return WordCRF({a: (w[0], w[1]) for a, w in weights.items()}, transitions, frozenset(dictionary))


def read_crfsuite(data: bytes):
    """Labels, attributes, state features (attribute, label, weight) and the transition matrix of a CRFsuite model."""
    magic, _, kind, _, _, n_labels, _, off_features, off_labels, off_attributes = struct.unpack_from("<4sI4s7I", data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError("not a CRFsuite first-order model")
    labels, attributes = _cqdb(data, off_labels), _cqdb(data, off_attributes)
    chunk, _, count = struct.unpack_from("<4sII", data, off_features)
    if chunk != b"FEAT" or len(labels) != n_labels:
        raise ValueError("unexpected CRFsuite layout")
    state, transitions = [], [[0.0] * n_labels for _ in range(n_labels)]
    for kind_id, source, target, weight in struct.iter_unpack("<IIId", data[off_features + 12:off_features + 12 + 20 * count]):
        if kind_id == 0:
            state.append((source, target, weight))
        else:
            transitions[source][target] += weight
    return labels, attributes, state, transitions


def _cqdb(data: bytes, base: int) -> list[str]:
    """The strings of a CQDB table, by id (its backward array gives each record's offset)."""
    magic, _, _, _, count, backward = struct.unpack_from("<4s5I", data, base)
    if magic != b"CQDB":
        raise ValueError("not a CQDB table")
    out = []
    for offset in struct.unpack_from(f"<{count}I", data, base + backward):
        _, size = struct.unpack_from("<II", data, base + offset)
        out.append(data[base + offset + 8:base + offset + 7 + size].decode("utf-8"))
    return out
