"""Shared tools for the organisation and people stages: words, folding, phrase tables.

Both stages read a sentence as a list of :class:`Word` (syllables, dashes and
punctuation with their offsets), look lexicon phrases up at a word with a
:class:`PhraseTable`, compare names with :func:`fold` / :func:`similar`, and
expand abbreviations with :func:`expand`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Iterator, Sequence

from rapidfuzz import fuzz

from .. import lexicons
from ..models import Sentence, Token

_WORD = re.compile(r"[^\W_](?:[\w&']|\.(?=[^\W\d_]))*|[–—‐‑-]|[^\w\s]")
_TONE_FOLD = re.compile(r"([oOuU])([aeyAEY])([\u0300\u0301\u0303\u0309\u0323])")
_DASH = re.compile(r"\s*[–—‐‑-]\s*")
DASHES = frozenset("–—‐‑-")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    glued: bool = False
    """Inside one word of underthesea's segmentation with the syllable before it ("Tổ quốc")."""

    @property
    def cap(self) -> bool:
        """Starts with a capital letter (a proper-name syllable or an abbreviation)."""
        return self.text[:1].isupper()

    key: str = field(init=False, repr=False, compare=False)
    """The folded text, for lexicon look-ups ("&" reads as "và")."""

    def __post_init__(self) -> None:
        # set once here: a cached_property takes a lock at every first read, a tenth of the stage
        object.__setattr__(self, "key", "và" if self.text == "&" else fold(self.text))


def words(text: str, offset: int = 0, tokens: Sequence[Token] = ()) -> list[Word]:
    """The syllables, dashes and punctuation marks of ``text``, offsets shifted by ``offset``;
    ``tokens`` (underthesea words) tell which syllables are glued to the one before.

    >>> [w.text for w in words("Sở LĐ-TB&XH, TP.HCM")]
    ['Sở', 'LĐ', '-', 'TB&XH', ',', 'TP.HCM']
    """
    compounds = [(t.start, t.end) for t in tokens if " " in t.text]
    out, k = [], 0
    for m in _WORD.finditer(text):
        start = offset + m.start()
        while k < len(compounds) and compounds[k][1] <= start:
            k += 1
        glued = k < len(compounds) and compounds[k][0] < start
        out.append(Word(start, offset + m.end(), m.group(), glued))
    return out


def syllables(text: str) -> Iterator[str]:
    """The texts of :func:`words` of ``text``, one at a time, for a caller that may stop early."""
    return (m.group() for m in _WORD.finditer(text))


def join(seq: Sequence[Word]) -> str:
    """The words as written, a space only where the text had one ("đ/c", "Lao động-TB&XH")."""
    return "".join(w.text if k == 0 or w.start == seq[k - 1].end else " " + w.text for k, w in enumerate(seq))


@lru_cache(maxsize=1024)
def sentence_words(sentence: Sentence) -> tuple[Word, ...]:
    """The words of a sentence, read once for both the organisation and the people stage."""
    return tuple(words(sentence.text, sentence.start, sentence.tokens))


@lru_cache(maxsize=4096)
def phrase_words(phrase: str) -> tuple[Word, ...]:
    """The words of a short phrase (a title, an honorific, a body name), cached."""
    return tuple(words(phrase))


@lru_cache(maxsize=1 << 16)  # bounded: a batch of millions of articles meets ever new words
def fold(text: str) -> str:
    """A comparison key: NFC, old-style tone placement, case-folded, dashes and spaces unified.

    >>> fold("Uỷ ban  Hoà") == fold("Ủy ban hòa")
    True
    """
    text = unicodedata.normalize("NFD", text)
    text = _TONE_FOLD.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)
    text = unicodedata.normalize("NFC", text).casefold()
    text = _DASH.sub(" - ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> float:
    """Similarity of two names in [0, 1], blind to case, tone placement and dashes."""
    return fuzz.ratio(fold(a), fold(b)) / 100


def is_abbreviation(word: str) -> bool:
    """Two or more capitals, as in "UBND", "TB&XH", "VIAC"."""
    return sum(c.isupper() for c in word) >= 2


class PhraseTable:
    """Lexicon phrases looked up at a word position, longest first, on folded syllables."""

    def __init__(self, entries: dict[str, str]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for phrase, value in entries.items():
            keys = tuple(w.key for w in words(phrase))
            self._by_first.setdefault(keys[0], []).append((keys, value, phrase))
        for options in self._by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def match(self, seq: list[Word], i: int) -> tuple[int, str] | None:
        """``(number of words, value)`` of the longest phrase starting at ``seq[i]``, or None."""
        if i >= len(seq):
            return None
        for keys, value, _ in self._by_first.get(seq[i].key, ()):
            n = len(keys)
            if i + n <= len(seq) and all(seq[i + k].key == keys[k] for k in range(1, n)):
                return n, value
        return None


@cache
def table(name: str, *, columns: int = 1) -> PhraseTable:
    """The phrase table of lexicon ``name`` (value: second column, or the phrase itself)."""
    rows = lexicons.rows(name, columns=columns)
    return PhraseTable({row[0]: row[-1] for row in rows})


@cache
def word_set(name: str) -> frozenset[str]:
    """The folded single entries of lexicon ``name``."""
    return frozenset(fold(w) for w in lexicons.words(name))


@cache
def surnames() -> dict[str, str]:
    """Folded family name -> "common" or "rare"."""
    return {fold(name): kind for name, kind in lexicons.rows("surnames.txt", columns=2)}


@cache
def _abbreviation_pattern() -> tuple[re.Pattern, dict[str, str]]:
    full = dict(lexicons.rows("abbreviations.txt", columns=2))
    alternation = "|".join(re.escape(a) for a in sorted(full, key=len, reverse=True))
    return re.compile(rf"(?<![\w&.])(?:{alternation})(?![\w&])"), full


def expand(name: str) -> str:
    """``name`` with its abbreviations written out and dashes spaced.

    >>> expand("Sở Lao động-TB&XH")
    'Sở Lao động – Thương binh và Xã hội'
    >>> expand("Ủy ban MTTQ VN tỉnh")
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'
    """
    pattern, full = _abbreviation_pattern()
    name = re.sub(r"\s*\([^()]*\)", "", name)
    name = re.sub(r"(?<=[A-ZĐ])\s*&\s*(?=[A-ZĐ])", "&", name)  # "GD & ĐT" is "GD&ĐT"
    name = pattern.sub(lambda m: full[m.group()], name)
    name = re.sub(r"(?<!\w)(\w+ \w+) \1(?!\w)", r"\1", name)  # "Tập đoàn VNPT": the kind not written twice
    name = re.sub(r"\s*[–—‐‑]\s*|\s+-\s*|\s*-\s+|(?<=\w)-(?=\w)(?!\d)", " – ", name)  # not "COVID-19"
    name = re.sub(r"\s+", " ", name).strip()
    return name[:1].upper() + name[1:]


_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?")


def vietnamese_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable? ("Nguyễn" yes, "Denis" no).

    >>> vietnamese_syllable("Nguyễn"), vietnamese_syllable("Manturov")
    (True, False)
    """
    return bool(_VIET_SYLLABLE.fullmatch(word.lower()))


def foreign_name_at(seq: Sequence[Word], j: int) -> bool:
    """Two or three capitalised words at ``seq[j]``, then a lower-case word or punctuation, of
    which one cannot be Vietnamese: a foreign person's name ("Denis Manturov cho biết"); or a
    name in Vietnamese spelling, syllables joined by dashes ("Xa-bơ Chau-hơ-ry", "Pu-tin")."""
    if transliteration_at(seq, j):
        return True
    run = 0
    while j + run < len(seq) and seq[j + run].cap and seq[j + run].text.isalpha() and seq[j + run].text[1:].islower() \
            and not table("name_stops.txt").match(seq, j + run):
        run += 1
    if not 2 <= run <= 3 or (j + run < len(seq) and seq[j + run].cap and not table("name_stops.txt").match(seq, j + run)):
        return False
    found = seq[j:j + run]
    if any(fold(" ".join(w.text for w in found[-k:])) in word_set("places.txt") for k in (1, 2)):
        return False  # "Bigsun Việt Nam": a company of a country
    if any(w.key in word_set("company_words.txt") for w in found):
        return False  # "Clime Capital", "Nafoods Group": a company
    return any(not vietnamese_syllable(w.text) for w in found)


def joined(seq: Sequence[Word], k: int) -> bool:
    """A dash at ``seq[k]`` written without spaces between two syllables of one name part."""
    return seq[k].text in DASHES and k + 1 < len(seq) and seq[k].start == seq[k - 1].end \
        and seq[k + 1].start == seq[k].end and seq[k + 1].text[:1].isalpha()


def transliteration_at(seq: Sequence[Word], j: int) -> bool:
    """A capitalised word with lower-case syllables joined to it by dashes, no place's name: a
    foreign name written the Vietnamese way ("Xa-bơ", "Na-ca-xon"; not "Bê-la-rút")."""
    k = j + 1
    while k + 1 < len(seq) and seq[k].text in DASHES and seq[k].start == seq[k - 1].end \
            and seq[k + 1].start == seq[k].end and seq[k + 1].text[:1].islower():
        k += 2
    return k > j + 1 and seq[j].cap and fold(" ".join(w.text for w in seq[j:k])) not in word_set("places.txt")
