"""Turn the raw bytes of an article into Vietnamese text, or say why they are not.

Articles arrive as UTF-8 (with or without a BOM), UTF-16, Windows-1258
(base letters followed by combining tone marks), the 1990s font encodings
TCVN3/ABC and VNI-Windows, and UTF-8 that was once read as Windows-1252
and saved again ("Ä‘á»“ng chÃ­" for "đồng chí").  :func:`decode` tries
them in that order with strict decoders and keeps the first reading that
looks Vietnamese; :func:`repair` does the text-level half (NFC, mojibake,
legacy fonts) for text that is already a ``str``, such as a JSONL field.

"Looks Vietnamese" is a simple, explainable test: among the letters, a
share of letters that only Vietnamese uses (ă ơ ư đ and the vowels with a
hook, tilde or dot below: "ộ", "ẩ", "ữ") and few letters outside the
Vietnamese alphabet.  Real articles have 16-25 % such letters; English,
French and garbled legacy text have next to none.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .. import lexicons
from ..errors import InputError

_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_VOWELS = frozenset(unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONES)
_ALPHABET = _VOWELS | frozenset("bcdđghklmnpqrstvx") | frozenset("fjwz")
_LATIN1 = frozenset("àáâãèéêìíòóôõùúý")
_ACCENTED = frozenset(c for c in _ALPHABET if not c.isascii())
_ONLY_VIETNAMESE = _ACCENTED - _LATIN1
_MIN_VIETNAMESE = 0.04
"""Share of Vietnamese-only letters a text needs; real articles have 0.16 and more."""
_MAX_FOREIGN = 0.10
"""Share of letters outside the Vietnamese alphabet a text may have (names, English terms)."""
_MAX_CONTROL = 0.02
"""Share of control characters above which the data is binary, not text."""

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ue000-\uf8ff]")
"""Control characters (not tab, line ends, form feed), lone surrogates and private-use characters.
(Not the C1 controls U+0080-U+009F: mojibake keeps the bytes Windows-1252 leaves undefined as those.)"""
_SUSPECT = re.compile("[\x80-\xbf\xc4-\xc7\xcb\xce-\xd1\xd6-\xd8\xdb\xdc\xde-\xdf\xe4-\xe7\xeb"
                      "\xee-\xf1\xf6-\xf8\xfb\xfc\xfe\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u20ac\u2122]")
"""Latin-1 and Windows-1252 characters that are not Vietnamese letters: what mojibake is made of.
Only text that has some is given to ftfy's (slower) mojibake test."""
_TONE_MARKS = frozenset(_TONES[1:])
_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>|&#?\w+;", re.IGNORECASE | re.DOTALL)
"""Tags, scripts, styles and entities: left out when judging a web page's language."""
_NUCLEI = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ôô ua uâ uê ui uô uơ uy "
           "ưa ưi ươ ưu yê iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu").split()
_SYLLABLE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:%s)?(?:ch|ng|nh|[cmnpt])?"
    % "|".join(sorted(_NUCLEI, key=len, reverse=True))
)
"""One toneless Vietnamese syllable: an onset, a vowel nucleus from the language's inventory, a coda.
(The nucleus is optional only for "gi" and "qu" words such as "gì" and "gìn", checked loosely.)"""
_LEGACY_LOOK = re.compile("[^\\W\\d_][\xa1-\xbf]|[\xa1-\xbf][^\\W\\d_]|[aeiouyAEIOUY][\xc0-\xc5\xc8-\xcb\xcf\xd5\xd8-\xdc"
                          "\xe0-\xe5\xe8-\xeb\xef\xf5\xf8-\xfc]")
"""What legacy font text looks like in a Western editor: symbols inside words (TCVN3 "Hµ", "®éng"), or
mark letters straight after a vowel (VNI "Haø", "Noäi")."""
_MIN_LEGACY_WORDS = 0.1
"""Share of words with that look above which unreadable text is called legacy font text."""
_PUNCTUATION = "\"'()[]{}<>,.;:!?…–—-‘’“”«»/\\|*•"
_DIGIT = re.compile(r"\d")
_MIN_SYLLABLES = 0.75
"""Share of words a reading must have as well-formed syllables (real articles: 0.88 and more)."""

_MARKS = {"circumflex": "\u0302", "breve": "\u0306", "acute": "\u0301", "grave": "\u0300",
          "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(raw: bytes) -> Decoded:
    """The NFC text in ``raw`` and the encoding it was written in; :class:`InputError` if none fits."""
    if not raw:
        raise InputError("empty file (0 bytes)", kind="empty")
    codec = _bom(raw) or _bomless_utf16(raw)
    if codec:
        return _checked(*_strict(raw, codec))
    if b"\x00" in raw:
        raise InputError("binary data (NUL bytes), not a text article", kind="binary")
    try:
        decoded = _strict(raw, "utf-8")
    except InputError:
        return _eight_bit(raw)
    return _checked(*decoded)


def repair(text: str, *, encoding: str = "utf-8") -> Decoded:
    """``text`` in NFC with mojibake repaired and legacy font text converted."""
    return _checked(text, encoding)


def looks_vietnamese(text: str) -> bool:
    """Whether ``text`` has enough Vietnamese-only letters (or, when short, well-formed accented syllables)
    and few foreign ones.

    >>> looks_vietnamese("Sở Lao động tổ chức hội nghị"), looks_vietnamese("Thông báo"), looks_vietnamese("The fox")
    (True, True, False)
    """
    text = _prose(text)
    only, accented, foreign = _letter_shares(text)
    if foreign > _MAX_FOREIGN:
        return False
    # Short texts may use only the accents Vietnamese shares with French ("Thông báo"): their syllables decide.
    return only >= _MIN_VIETNAMESE or (accented >= _MIN_VIETNAMESE and _score(text) >= _MIN_SYLLABLES)


def _prose(text: str) -> str:
    """``text`` without its markup, if it has any (so that a page's scripts and styles do not count)."""
    return _MARKUP.sub(" ", text) if "<" in text else text


def _bom(raw: bytes) -> str | None:
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return codec
    return None


def _bomless_utf16(raw: bytes) -> str | None:
    """``utf-16-le``/``-be`` when most characters have a zero high byte on one side (ASCII-heavy UTF-16)."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    pairs = len(raw) // 2
    if raw[1::2].count(0) > 0.4 * pairs and raw[0::2].count(0) < 0.05 * pairs:
        return "utf-16-le"
    if raw[0::2].count(0) > 0.4 * pairs and raw[1::2].count(0) < 0.05 * pairs:
        return "utf-16-be"
    return None


def _strict(raw: bytes, codec: str) -> tuple[str, str, tuple[str, ...]]:
    """``raw`` decoded, its codec and warnings; a file cut inside its last character loses that character."""
    payload, decoder = (raw[3:], "utf-8") if codec == "utf-8-sig" else (raw, codec)
    try:
        return payload.decode(decoder), codec, ()
    except UnicodeDecodeError as e:
        if e.end == len(payload) and ("end of data" in e.reason or "truncated" in e.reason):
            note = "the file ends inside a character (cut off); that character is dropped"
            return payload[:e.start].decode(decoder), codec, (note,)
        raise InputError(f"not valid {codec} at byte {e.start} (corrupt)", kind="encoding") from e


def _eight_bit(raw: bytes) -> Decoded:
    """Bytes that are not UTF-8: Windows-1258, or text in a legacy Vietnamese font encoding."""
    latin = _latin(raw)
    if _binary(latin):
        raise InputError("binary data (control characters), not a text article", kind="binary")
    try:
        readings = [Decoded(raw.decode("cp1258"), "windows-1258")]
    except UnicodeDecodeError:
        readings = []
    best = _best(readings + _legacy_readings(latin, "")) or _best(readings, strict=False)
    if best:
        return _checked(best.text, best.encoding, best.warnings)
    _refuse_legacy(latin)
    if not readings:
        raise InputError("neither UTF-8, UTF-16, Windows-1258 nor a Vietnamese legacy font encoding", kind="encoding")
    return Decoded(unicodedata.normalize("NFC", readings[0].text), "windows-1258")  # not Vietnamese: refused later


def _checked(text: str, encoding: str, warnings: tuple[str, ...] = ()) -> Decoded:
    """NFC ``text``, repaired if it is mojibake or legacy font text; refused if binary or beyond repair."""
    text = unicodedata.normalize("NFC", text)
    if _binary(text):
        raise InputError("binary data (control characters), not a text article", kind="binary")
    mojibake = _looks_mojibake(text)
    if looks_vietnamese(text) and not mojibake:
        return Decoded(text, encoding, warnings)
    repairs = [_unmojibake(text, encoding)] if mojibake else []
    if _encodable(text):
        repairs += _legacy_readings(text, f"{encoding}+")
    best = _best([r for r in repairs if r])
    if best:
        return best
    if mojibake and not looks_vietnamese(text):
        raise InputError("mojibake (UTF-8 read as Windows-1252 or similar) that cannot be repaired", kind="mojibake")
    if _encodable(text):
        _refuse_legacy(text)
    if mojibake:  # mostly good Vietnamese with a little mojibake ftfy could not undo
        warnings += ("some characters look like mojibake that could not be repaired",)
    return Decoded(text, encoding, warnings)


def _looks_mojibake(text: str) -> bool:
    if not _SUSPECT.search(text):
        return False
    from ftfy.badness import is_bad  # loaded lazily: a re-run with nothing to do never needs ftfy

    return is_bad(text)


def _unmojibake(text: str, encoding: str) -> Decoded | None:
    """``text`` with its mojibake undone, if ftfy can undo all of it."""
    from ftfy import fix_encoding

    fixed = unicodedata.normalize("NFC", fix_encoding(text))
    if fixed == text or _looks_mojibake(fixed) or "\ufffd" in fixed:  # U+FFFD: bytes were lost on the way
        return None
    return Decoded(fixed, encoding, ("mojibake repaired: the text had been decoded with a wrong encoding and saved again",))


def _legacy_readings(latin: str, prefix: str) -> list[Decoded]:
    """``latin`` (legacy font bytes as a Western editor shows them) read as TCVN3 and as VNI."""
    return [Decoded(unicodedata.normalize("NFC", convert(latin)), prefix + name,
                    (f"converted from the {label} legacy font encoding",))
            for name, label, convert in (("tcvn3", "TCVN3 (ABC)", _from_tcvn3), ("vni", "VNI", _from_vni))]


def _best(readings: list[Decoded], *, strict: bool = True) -> Decoded | None:
    """The reading that looks most Vietnamese, if any does (``strict``: mostly well-formed syllables too)."""
    scored = [(_score(r.text), r) for r in readings if looks_vietnamese(r.text)]
    fitting = [(score, r) for score, r in scored if score >= _MIN_SYLLABLES or not strict]
    return max(fitting, key=lambda pair: pair[0], default=(0, None))[1]


def _refuse_legacy(latin: str) -> None:
    """Refuse text that has the look of a legacy font encoding that no table here reads well."""
    words = _prose(latin).split()
    marked = sum(1 for word in words if _LEGACY_LOOK.search(word))
    if marked >= _MIN_LEGACY_WORDS * max(len(words), 1):
        raise InputError("text in a legacy Vietnamese font encoding that cannot be converted reliably (not "
                         "TCVN3/ABC or VNI as far as can be told: perhaps VISCII or VPS); convert it to Unicode first",
                         kind="legacy_font")


def _score(text: str) -> float:
    """Share of words that are well-formed Vietnamese syllables, less the share of foreign letters.

    A word is what stands between spaces, less the punctuation around it: a symbol inside it ("H¿i")
    makes it ill-formed, as it should for a misread encoding.
    """
    text = _prose(text)
    words = [w for w in (t.strip(_PUNCTUATION) for t in text.lower().split()) if w and not _DIGIT.search(w)]
    syllables = sum(1 for w in words if w.isalpha() and _tones(w) <= 1 and _SYLLABLE.fullmatch(_toneless(w)))
    return syllables / max(len(words), 1) - _letter_shares(text)[2]


def _toneless(word: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in _TONE_MARKS))


def _tones(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONE_MARKS)


def _letter_shares(text: str) -> tuple[float, float, float]:
    """Shares of Vietnamese-only letters, of accented Vietnamese letters and of letters outside the alphabet."""
    counts = Counter(text.lower())  # counting distinct characters once is much faster than a loop over the text
    letters = only = accented = foreign = 0
    for char, n in counts.items():
        if char.isalpha():
            letters += n
            only += n if char in _ONLY_VIETNAMESE else 0
            accented += n if char in _ACCENTED else 0
            foreign += 0 if char in _ALPHABET else n
    return (only / letters, accented / letters, foreign / letters) if letters else (0.0, 0.0, 0.0)


def _binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > _MAX_CONTROL * max(len(text), 1)


def _encodable(text: str) -> bool:
    """Whether every character of ``text`` is one byte in Windows-1252 or Latin-1 (as legacy font text is)."""
    return all(ord(c) < 0x100 or c in _CP1252_BYTES for c in text)


def _latin(raw: bytes) -> str:
    """``raw`` read one character per byte, as a legacy font file opened in a Western editor shows it."""
    return raw.decode("latin-1").translate(_C1_AS_CP1252)


# Windows-1252 draws most of 0x80-0x9F as printable characters where Latin-1 has controls.
_CP1252_BYTES = {bytes([b]).decode("cp1252", errors="ignore"): b for b in range(0x80, 0xA0)}
_CP1252_BYTES.pop("", None)
_C1_AS_CP1252 = {b: c for c, b in _CP1252_BYTES.items()}


@cache
def _tcvn3_table() -> dict[int, str]:
    # Every TCVN3 code is above 0xA0, where the byte and its Latin-1 character share a number.
    return {int(code, 16): letter for code, letter in lexicons.rows("tcvn3.tsv", columns=2)}


@cache
def _vni_table() -> dict[int, str]:
    table = {}
    for code, meaning in lexicons.rows("vni.tsv", columns=2):
        names = meaning.split()
        table[int(code, 16)] = "".join(_MARKS[n] for n in names) if all(n in _MARKS for n in names) else meaning
    return table


def _from_tcvn3(latin: str) -> str:
    return latin.translate(_tcvn3_table())


def _from_vni(latin: str) -> str:
    """VNI text: a mark byte adds its combining marks to the vowel before it; a letter byte stands alone."""
    table = _vni_table()
    out: list[str] = []
    for char in latin:
        value = table.get(ord(char))
        if value is None or (unicodedata.combining(value[0]) and not _after_vowel(out)):
            out.append(char)
        else:
            out.append(value)
    return "".join(out)


def _after_vowel(out: list[str]) -> bool:
    if not out:
        return False
    return unicodedata.normalize("NFD", out[-1])[:1].lower() in ("a", "e", "i", "o", "u", "y")
