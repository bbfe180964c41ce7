"""Named bodies (Sở, Bộ, UBND, Tỉnh đoàn ...), one entry per body with its aliases.

A body name opens with a kind from ``body_kinds.txt`` ("Sở", "Ủy ban",
"Tỉnh ủy" ...) and runs on over a known field ("Lao động – Thương binh và
Xã hội"), capitalised words, nested kinds ("Ban Tuyên giáo Tỉnh ủy") and
lower-case words that bridge to more of the name, and ends after a locality
("tỉnh Bình Định", bare "tỉnh"), at punctuation, a verb or preposition from
``body_stops.txt``, a position or a person's name.  The mentions are then
grouped: same kind and field after abbreviations are written out
(``names.expand``), localities compatible.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import names
from .models import Doc, Organization, Sentence, Span
from .names import DASHES, Word, fold

LOCALITY_WORDS = ("tỉnh", "huyện", "thành phố", "tp", "quận", "thị xã", "tx", "xã", "phường", "thị trấn")
_LOCALITIES = names.PhraseTable({w: w for w in LOCALITY_WORDS})
_GENERIC = frozenset({"các", "những", "mọi", "từng", "nhiều", "hai", "ba"})
_MAX_LOWER = 4
_NAMED_AFTER_PEOPLE = frozenset({"trường", "bệnh viện", "học viện", "nhà văn hóa", "thư viện", "quỹ"})
_LEVELS = frozenset({"thpt", "thcs", "tiểu", "học", "mầm", "non", "trung", "phổ", "thông", "cơ", "sở", "đại",
                     "cao", "đẳng", "chuyên", "đa", "khoa", "dân", "lập", "tư", "thục", "quân", "y", "viện",
                     "mẫu", "giáo", "mn", "th", "tiểu học"})
_LOWER_KINDS = frozenset({"sở", "phòng", "văn", "ban", "bộ", "cục", "chi", "trung", "hội", "viện"})


@dataclass(frozen=True)
class Mention:
    """One written form of a body, with its comparison parts."""

    start: int
    end: int
    text: str
    core: str
    level: str
    place: str


def find_organizations(doc: Doc) -> list[Organization]:
    """Every body named in ``doc``, fullest form first, other written forms as aliases."""
    found = [m for sentence in doc.sentences for m in body_spans(sentence)]
    found += _brand_spans(doc, found)
    found = [m for m in found if not any(c.start <= m[0] < c.end for c in doc.credits)]
    mentions = [_mention(doc.text, s, e) for s, e in found]
    mentions += _acronym_mentions(doc.text, mentions)
    groups = _group(sorted(set(mentions), key=lambda m: m.start))
    groups = sorted(_absorb_short(_absorb_bare(groups)), key=lambda g: min(m.start for m in g))
    return [_organization(doc.text, group) for group in groups]


def body_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every body name in ``sentence``, outermost only."""
    seq, spans, i = names.sentence_words(sentence), [], 0
    while i < len(seq):
        stop = _body_at(seq, i)
        if stop is None:
            i += 1
            continue
        spans.append((seq[i].start, seq[stop - 1].end))
        i = stop
    return spans


def _body_at(seq: Sequence[Word], i: int) -> int | None:
    """The index just past the body name opening at ``seq[i]``, or None."""
    kind = kind_at(seq, i)
    if kind is None or (i and seq[i - 1].key in _GENERIC):
        return None
    n, mode = kind
    if _known_place(seq, i) or any(_known_place_length(seq, i - k) > k for k in (1, 2) if i >= k):
        return None  # "Hội An", "Tây Ban Nha"
    if i and not seq[i - 1].cap and _locality_at(seq, i - 1):
        return None  # "phường Sở Dầu": a place named like a body
    if _position_length(seq, i) > n:
        return None  # "Bộ trưởng", "Cục trưởng": a position that starts with a kind word
    if _glued_after(seq, i + n):
        return None  # "Hội nghị", "Bộ tiêu chí": the kind word is only part of a longer word
    if not seq[i].cap and not _lower_kind_ok(seq, i, n):
        return None
    if mode == "national":
        return i + n + _known_place_length(seq, i + n)
    if mode != "whole" and _person_at(seq, i + n) and seq[i].key not in _NAMED_AFTER_PEOPLE:
        return None  # "vụ Trịnh Xuân Thanh": a case named after a person, not a body
    return _extend(seq, i + n, has_name=mode == "whole", free=mode == "free")


def _glued_after(seq: Sequence[Word], k: int) -> bool:
    return k < len(seq) and seq[k].glued and seq[k].text[:1].islower()


def _lower_kind_ok(seq: Sequence[Word], i: int, n: int) -> bool:
    """A kind written in lower case names a body only as "phòng Lao động-TB&XH" or
    "Trưởng ban Tổ chức Trung ương": one word, a capitalised name after it."""
    after = i + (n if seq[i].key == "văn" else 1)  # "Chánh văn phòng UBND tỉnh"
    if seq[i].key not in _LOWER_KINDS or not (after < len(seq) and seq[after].cap):
        return False
    if i and (kind_at(seq, i - 1) or (0, ""))[0] > 1:
        return False  # "Chánh văn phòng UBND": the body is "văn phòng UBND", one word earlier
    kind_end = after if seq[i].key == "văn" else i + 1
    ends = {k + _position_length(seq, k) for k in range(max(0, i - 3), i)}
    if any(end > kind_end for end in ends):
        return False  # "Phó trưởng ban Thường trực": the kind word is inside a longer position
    return not seq[i].glued or kind_end in ends  # "Trưởng ban Tổ chức": the position ends with it


def _position_length(seq: Sequence[Word], k: int) -> int:
    found = names.table("positions.txt", columns=2).match(seq, k)
    return found[0] if found else 0


def kind_at(seq: Sequence[Word], i: int) -> tuple[int, str] | None:
    """``(words, mode)`` of a body kind at ``seq[i]``: the kind must be written with its capital
    unless a capitalised name follows it."""
    return names.table("body_kinds.txt", columns=2).match(seq, i)


def _extend(seq: Sequence[Word], j: int, *, has_name: bool, free: bool) -> int | None:
    """Past the last word of the body name whose kind ends before ``seq[j]``; None when no
    name follows a kind that needs one."""
    end = j if has_name else None
    tail_ok, lower = free and not has_name, 0
    while j < len(seq):
        if end == j and _glued_tail(seq, j):
            j = end = j + 1  # the rest of a word whose first syllable is in the name: "Tổ quốc"
            continue
        step = _name_step(seq, j, has_name)
        if step == "locality":
            return _locality_end(seq, j)
        if step == "place":
            return _place_end(seq, j)
        if step:
            j += step
            end, has_name, tail_ok, lower = j, True, False, 0
            continue
        lead = 0 if (tail_ok or has_name) else _lead_in(seq, j)
        if lead:
            j += lead  # "Công ty luật Vietthink": a common noun before the proper name
            continue
        if not (tail_ok or has_name) or not _bridge_ok(seq, j, tail_ok, lower):
            break
        j, lower = j + 1, lower + 1
        if tail_ok:
            end = j
    return end


def _glued_tail(seq: Sequence[Word], j: int) -> bool:
    word, before = seq[j], seq[j - 1]
    return word.glued and word.text[:1].islower() and before.text[:1].isalpha() \
        and names.vietnamese_syllable(before.text) and not _stop_at(seq, j)


def _name_step(seq: Sequence[Word], j: int, has_name: bool) -> int | str:
    """How many words at ``seq[j]`` surely belong to the name (0: none); "locality" or "place"
    when what follows ends it."""
    field = names.table("fields.txt").match(seq, j)
    if field and (seq[j].cap or field[0] >= 4):  # "Sở lao động – Thương binh ..." as written
        return field[0]
    kind = kind_at(seq, j) if seq[j].cap else None
    if kind and not _glued_after(seq, j + kind[0]):
        return kind[0]
    place = _known_place_length(seq, j)
    if place and (seq[j].cap or place > 1) and not _glued_after(seq, j + place):  # not "Anh quốc"
        return "place"
    if _locality_at(seq, j):
        return "locality"
    word = seq[j]
    if word.text in DASHES or word.key == "và":
        nxt = seq[j + 1] if j + 1 < len(seq) else None
        if nxt and nxt.cap and not _opens_other(seq, j + 1) and not kind_at(seq, j + 1) \
                and not _person_at(seq, j + 1) and has_name \
                and not (word.text.isalpha() and word.key == "và" and _loose(seq, j + 2)):
            return 2
        return 0
    if word.text == "(":
        return _parenthesis(seq, j)
    if word.text.isdigit() and not has_name:
        return 1
    if not word.cap or _opens_other(seq, j) or names.table("name_stops.txt").match(seq, j):
        return 0
    if names.table("honorifics.txt", columns=2).match(seq, j) and _person_at(seq, j + 1):
        return 0  # "... Trung ương Ông Nguyễn Văn A"
    if has_name and (_person_at(seq, j) or names.foreign_name_at(seq, j)) and not _school_level(seq, j):
        return 0
    return 1


def _loose(seq: Sequence[Word], k: int) -> bool:
    """A lower-case word that starts a new word at ``seq[k]``: after "và X" it means X is
    not part of a name ("và Đoàn đại biểu")."""
    return k < len(seq) and seq[k].text[:1].islower() and not seq[k].glued


def _school_level(seq: Sequence[Word], j: int) -> bool:
    """The name so far is a school or hospital level, and a person's name is its proper name:
    "Trường THCS Trần Quang Diệu"."""
    k = j - 1
    while k >= 0 and seq[k].key not in _NAMED_AFTER_PEOPLE and j - k <= 5:
        k -= 1
    if k < 0 or seq[k].key not in _NAMED_AFTER_PEOPLE:
        return False
    p = k + 1
    while p < j and seq[p].key in _LEVELS:
        p += 1
    return p > k + 1 and (p == j or (_person_at(seq, p) and all(seq[x].cap for x in range(p, j + 1))))


def _opens_other(seq: Sequence[Word], j: int) -> bool:
    """A position ("Phó Giám đốc") or an honorific opens at ``seq[j]``: the name has ended."""
    position = names.table("positions.txt", columns=2).match(seq, j)
    return bool(position and position[1] != "trade"
                or (not seq[j].cap and names.table("honorifics.txt", columns=2).match(seq, j)))


def _parenthesis(seq: Sequence[Word], j: int) -> int:
    """An abbreviation in brackets inside a name, "Mặt trận Tổ quốc (MTTQ) Việt Nam"."""
    if j + 3 < len(seq) and names.is_abbreviation(seq[j + 1].text) and seq[j + 2].text == ")" \
            and seq[j + 3].cap and not _opens_other(seq, j + 3):
        return 3
    return 0


def _lead_in(seq: Sequence[Word], j: int) -> int:
    """One or two lower-case words between a kind and a proper name that completes it."""
    for n in (1, 2):
        k = j + n
        if k >= len(seq) or not seq[k - 1].text[:1].islower() or _stop_at(seq, k - 1):
            return 0
        if _name_word(seq, k):
            return n
    return 0


def _bridge_ok(seq: Sequence[Word], j: int, free: bool, lower: int) -> bool:
    """A lower-case word that may continue the name: not a stop word, and (unless the kind
    takes free words) followed soon by more of the name."""
    word = seq[j]
    if word.cap or not word.text[:1].isalpha() or lower >= _MAX_LOWER or _stop_at(seq, j):
        return False
    if free:
        return True
    if lower == 0 and j + 1 < len(seq) and _name_word(seq, j + 1):
        return True  # one lower-case syllable inside the name: "Ban Tư tưởng – Văn hoá Trung ương"
    for k in range(j + 1, min(j + _MAX_LOWER - lower + 1, len(seq))):
        if _locality_at(seq, k) or (seq[k].cap and place_length(seq, k) and _known_place(seq, k)):
            return True
        if not seq[k].text[:1].isalpha() or seq[k].cap or _stop_at(seq, k):
            return False
    return False


def _name_word(seq: Sequence[Word], k: int) -> bool:
    """A capitalised word that can go on a body name: not a kind, position, person or time word."""
    return seq[k].cap and seq[k].text[:1].isalpha() and not kind_at(seq, k) and not _opens_other(seq, k) \
        and not _person_at(seq, k) and not names.table("name_stops.txt").match(seq, k)


def _locality_at(seq: Sequence[Word], j: int) -> bool:
    """A locality word ("tỉnh", "huyện" ...) at ``seq[j]``, but not the "xã" of "xã hội"."""
    if not _LOCALITIES.match(seq, j):
        return False
    return not (seq[j].key == "xã" and j + 1 < len(seq) and seq[j + 1].key in ("hội", "viên"))


def _known_place(seq: Sequence[Word], k: int) -> bool:
    return bool(_known_place_length(seq, k))


def _known_place_length(seq: Sequence[Word], k: int) -> int:
    """How many words from ``seq[k]`` name a place of ``places.txt`` (0: none)."""
    for n in (4, 3, 2, 1):
        if k + n <= len(seq) and fold(" ".join(w.text for w in seq[k:k + n])) in names.word_set("places.txt"):
            return n
    return 0


def _stop_at(seq: Sequence[Word], j: int) -> bool:
    return bool(names.table("body_stops.txt").match(seq, j))


def _place_end(seq: Sequence[Word], j: int) -> int:
    """Past a known place, and a second one after a dash ("Hội Hữu nghị Việt Nam – Lào"):
    a name ends at its country or province."""
    j += _known_place_length(seq, j)
    if j + 1 < len(seq) and seq[j].text in DASHES and _known_place_length(seq, j + 1):
        j += 1
    return j + _known_place_length(seq, j)  # "Anh quốc Việt Nam"


def _locality_end(seq: Sequence[Word], j: int) -> int:
    """Past "tỉnh Bình Định", "TP Hồ Chí Minh" or a bare "tỉnh"."""
    n, _ = _LOCALITIES.match(seq, j)
    j += n
    if j < len(seq) and seq[j].text == ".":
        j += 1
    if j < len(seq) and seq[j].text.isdigit():
        return j + 1  # "UBND quận 2"
    return j + place_length(seq, j)


def place_length(seq: Sequence[Word], j: int) -> int:
    """How many capitalised words from ``seq[j]`` name a place: a known one, else up to three,
    leaving a following person's name alone ("huyện Tuy Phước Huỳnh Nam")."""
    run = 0
    while j + run < len(seq) and seq[j + run].cap and not kind_at(seq, j + run) and not _opens_other(seq, j + run):
        run += 1
    known = _known_place_length(seq, j)
    if known and (known >= run or _person_at(seq, j + known)):
        return known
    if run >= 3 and _person_at(seq, j):
        return 0  # "UBND tỉnh Phạm Anh Tuấn": the person after a bare "tỉnh"
    for n in range(1, min(run, 4)):
        if _person_at(seq, j + n) and _person_length(seq, j + n) == run - n:
            return n
    return min(run, 3)


def _person_length(seq: Sequence[Word], j: int) -> int:
    run = 0
    while j + run < len(seq) and seq[j + run].cap and seq[j + run].text[:1].isalpha():
        run += 1
    return run


def _person_at(seq: Sequence[Word], j: int) -> bool:
    """A person's name (surname, then one to four capitalised syllables) opens at ``seq[j]``."""
    if j >= len(seq) or not seq[j].cap or seq[j].key not in names.surnames():
        return False
    run = 1
    while j + run < len(seq) and seq[j + run].cap and seq[j + run].text[:1].isalpha():
        run += 1
    if not 2 <= run <= 5 or (run == 2 and names.surnames()[seq[j].key] == "rare"):
        return False  # "Vận tải Đa Phương Thức": a rare surname in two words is not enough
    return fold(" ".join(w.text for w in seq[j:j + run])) not in names.word_set("places.txt")


def _brand_spans(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Companies, airlines and agencies named after a cue ("hãng Boeing", "hãng tin Reuters"),
    and every later use of those names alone."""
    brands = {doc.text[s:e] for sentence in doc.sentences for s, e in _cued_brands(names.sentence_words(sentence))}
    out = []
    for brand in brands:
        for m in re.finditer(rf"(?<![\w]){re.escape(brand)}(?![\w])", doc.text):
            if not any(s <= m.start() < e for s, e in found):
                out.append(m.span())
    return out


def _cued_brands(seq: Sequence[Word]) -> list[tuple[int, int]]:
    out = []
    for i in range(len(seq)):
        cue = names.table("brand_cues.txt").match(seq, i)
        if not cue or i + cue[0] >= len(seq):
            continue
        j = k = i + cue[0]
        while k < len(seq) and k - j < 3 and seq[k].cap and seq[k].text[:1].isalpha() \
                and not kind_at(seq, k) and not _opens_other(seq, k) and not _person_at(seq, k):
            k += 1
        word = seq[j].text
        common = k == j + 1 and (not word.isascii() or names.vietnamese_syllable(word) and _glued_after(seq, k))
        if k > j and not common and not _known_place_length(seq, j):  # not "tờ Quốc ...", "hãng May mặc"
            out.append((seq[j].start, seq[k - 1].end))
    return out


def _acronym_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Acronyms given in brackets after a body, "(VCCI)", and their later uses alone, as
    mentions of that body."""
    hosts = {}
    for host in mentions:
        m = re.match(r"\s*\(([A-ZĐ][A-ZĐ&\-]{1,9})\)", text[host.end:])
        if m:
            hosts.setdefault(m.group(1), host)
        brand = host.text.split()[-1]
        if len(host.text.split()) > 2 and _brand_word(brand):
            hosts.setdefault(brand, host)  # "Công ty Xây dựng Coteccons", then "Coteccons" alone
    out = []
    for acronym, host in hosts.items():
        for m in re.finditer(rf"(?<![\w]){re.escape(acronym)}(?![\w])", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                out.append(Mention(m.start(), m.end(), acronym, host.core, host.level, host.place))
    return out


def _brand_word(word: str) -> bool:
    """A trade name: capitalised, Latin letters only, and no Vietnamese syllable ("Coteccons")."""
    return len(word) >= 4 and word.isascii() and word.isalpha() and word[0].isupper() \
        and not word.isupper() and not names.vietnamese_syllable(word)


def _mention(text: str, start: int, end: int) -> Mention:
    written = text[start:end]
    core, level, place = split_locality(names.expand(written))
    return Mention(start, end, written, core, level, place)


def split_locality(name: str) -> tuple[str, str, str]:
    """``(core, level, place)`` of a body name, folded: "UBND tỉnh Bình Định" gives
    ("ủy ban nhân dân", "tỉnh", "bình định"); a known place at the end is a place too.

    >>> split_locality("Sở Y tế tỉnh")
    ('sở y tế', 'tỉnh', '')
    >>> split_locality("Huyện ủy Sa Pa")
    ('huyện ủy', '', 'sa pa')
    """
    seq = names.phrase_words(name)
    k = len(seq)
    while k > 1 and seq[k - 1].cap:
        k -= 1
    for p in range(k - 1, max(k - 3, 0), -1):
        found = _LOCALITIES.match(seq, p)
        if found and p + found[0] == k:
            return fold(name[:seq[p].start]), fold(" ".join(w.text for w in seq[p:k])), _tail(name, seq, k)
    for n in range(len(seq) - k, 0, -1):
        if fold(_tail(name, seq, len(seq) - n)) in names.word_set("places.txt"):
            return fold(name[:seq[len(seq) - n].start]), "", _tail(name, seq, len(seq) - n)
    return fold(name), "", ""


def _tail(name: str, seq: Sequence[Word], k: int) -> str:
    return fold(name[seq[k].start:]) if k < len(seq) else ""


def _group(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions of one body together: same core, compatible localities."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        home = next((g for g in groups if _same_body(g, mention)), None)
        if home is None:
            groups.append([mention])
        else:
            home.append(mention)
    return groups


def _absorb_bare(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A body named by its kind alone ("Đảng đoàn") is the one body of that kind the article
    names in full, when there is exactly one."""
    out = [g for g in groups if not _bare(g)]
    for group in groups:
        if not _bare(group):
            continue
        fuller = [g for g in out if g[0].core.startswith(group[0].core + " ")]
        if len(fuller) == 1:
            fuller[0].extend(group)
        else:
            out.append(group)
    return out


def _absorb_short(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A short form is the one body of its kind whose full name ends the same way:
    "Công ty Trung An" is "Công ty Cổ phần Nông nghiệp Công nghệ cao Trung An"."""
    out = list(groups)
    for group in groups:
        kind = kind_at(names.phrase_words(group[0].core), 0)
        parts = group[0].core.split()
        first, rest = " ".join(parts[:kind[0]]) if kind else "", " ".join(parts[kind[0]:]) if kind else ""
        if not rest or any(m.level or m.place for m in group):
            continue
        fuller = [g for g in out if g is not group and g[0].core.startswith(first + " ")
                  and g[0].core.endswith(" " + rest) and len(g[0].core) > len(group[0].core)]
        if len(fuller) == 1:
            fuller[0].extend(group)
            out.remove(group)
    return out


def _bare(group: list[Mention]) -> bool:
    """Every mention is a kind word alone, with no locality."""
    return all(not m.level and not m.place and kind_at(names.phrase_words(m.text), 0) == (len(names.phrase_words(m.text)), "whole")
               for m in group)


def _same_body(group: list[Mention], mention: Mention) -> bool:
    if not any(names.similar(m.core, mention.core) >= 0.95 for m in group):
        return False
    levels = {m.level for m in group if m.level} | ({mention.level} - {""})
    places = {m.place for m in group if m.place} | ({mention.place} - {""})
    return len(levels) <= 1 and len(places) <= 1


def _organization(text: str, group: list[Mention]) -> Organization:
    written = list(dict.fromkeys(" ".join(m.text.split()) for m in group))
    name = _canonical_fields(max((names.expand(w) for w in written), key=_fullness))
    aliases = [w for w in written if w.casefold() != name.casefold()]  # not the name again in another case
    return Organization(name=name, aliases=aliases, mentions=[Span.of(text, m.start, m.end) for m in group])


@cache
def _field_pattern() -> tuple[re.Pattern, dict[str, str]]:
    fields = names.lexicons.words("fields.txt")
    canonical: dict[str, str] = {}
    for f in fields:
        canonical.setdefault(fold(f), f)  # the first spelling in the lexicon is the canonical one
    alternation = "|".join(r"\s*[–—-]\s*".join(re.escape(p) for p in re.split(r"\s*[–—-]\s*", f))
                           for f in sorted(fields, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE), canonical


def _canonical_fields(name: str) -> str:
    """Fields written as the lexicon writes them: "Thương binh và xã hội" -> "Thương binh và Xã hội"."""
    pattern, canonical = _field_pattern()
    return pattern.sub(lambda m: canonical.get(fold(m.group()), m.group()), name)


def _fullness(name: str) -> tuple[int, int]:
    """Rank forms: a named locality first, then length."""
    return (int(bool(split_locality(name)[2])), len(name))
