"""Where a body's name starts and ends in a sentence.

A body name opens with a kind from ``body_kinds.txt`` ("Sở", "Ủy ban",
"Tỉnh ủy" ...) and runs on over a known field ("Lao động – Thương binh và
Xã hội"), capitalised words, nested kinds ("Ban Tuyên giáo Tỉnh ủy") and
lower-case words that bridge to more of the name, and ends after a locality
("tỉnh Bình Định", bare "tỉnh") or a known place, at punctuation, at a verb
or preposition from ``body_stops.txt``, a position or a person's name.
Companies named after a cue ("hãng Boeing") are found here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..models import Sentence
from ..read import postag
from . import names
from .names import DASHES, Word, fold

LOCALITY_WORDS = ("tỉnh", "huyện", "thành phố", "tp", "quận", "thị xã", "tx", "xã", "phường", "thị trấn")
LOCALITIES = names.PhraseTable({w: w for w in LOCALITY_WORDS})
_GENERIC = frozenset({"các", "những", "mọi", "từng", "nhiều", "hai", "ba"})
_MAX_LOWER = 4
_MAX_BRIDGE = 8  # lower-case words a name still being read may run on over to more of itself
_MAX_TAIL = 6
_MAX_SUBJECT = 10  # words of what a body deals with, after "về"
_WORDS_ENDING_IN_KINDS = frozenset({"xã hội", "cán bộ", "đại hội", "toàn bộ", "nội bộ"})
_NAMED_AFTER_PEOPLE = frozenset({"trường", "bệnh viện", "học viện", "nhà văn hóa", "thư viện", "quỹ", "công ty"})
# A company's legal form: the capitalised words after it are its name even when they read as a
# person's ("Công ty TNHH Nguyễn Hưng").
_LEGAL_FORMS = frozenset({"tnhh", "cp", "phần", "mtv"})
_LEVELS = frozenset({"thpt", "thcs", "tiểu", "học", "mầm", "non", "trung", "phổ", "thông", "cơ", "sở", "đại",
                     "cao", "đẳng", "chuyên", "đa", "khoa", "dân", "lập", "tư", "thục", "quân", "y", "viện",
                     "mẫu", "giáo", "mn", "th", "tiểu học"})
_LOWER_KINDS = frozenset({"sở", "phòng", "văn", "ban", "bộ", "cục", "chi", "trung", "hội", "viện", "khoa", "trạm"})
# Words after which a capitalised run is a street or an address, not a body ("đường Trường Chinh").
# Villages and hamlets likewise ("thôn Hội Nhơn", "khu phố Hội Phú").
_STREETS = frozenset({"đường", "phố", "ngõ", "hẻm", "ngách", "kiệt", "số", "lộ", "đại lộ", "quốc lộ",
                      "thôn", "ấp", "bản", "làng", "xóm", "khóm", "buôn", "sóc", "khối"})
# Words before a body that is also a place ("ASEAN") that make it the place.
_REGION_WORDS = frozenset(fold(w) for w in ("vực", "nước", "vùng", "khối"))
# Units after a number that make it a quantity, not the number of a body ("công tác Hội 6 tháng",
# "giám đốc Sở 30 tuổi", "Vụ 1 triệu viên").
_UNITS = frozenset({"tháng", "năm", "ngày", "tuần", "quý", "giờ", "người", "lần", "%", "tuổi",
                    "triệu", "nghìn", "ngàn", "tỷ", "trăm"})


def body_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every body name in ``sentence``, outermost only."""
    return [(seq[i].start, seq[end - 1].end) for seq, i, end in _names(sentence)]


def inner_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the body whose governing organ a name is: the "Tập đoàn X" of
    "HĐQT Tập đoàn X", "Đoàn Chủ tịch Ủy ban Trung ương ..." (not the "Tỉnh ủy" of "Ban Tuyên
    giáo Tỉnh ủy", which the annotation leaves inside its department's name)."""
    out = []
    for seq, i, end in _names(sentence):
        organ = kind_at(seq, i)
        if not organ or fold(" ".join(w.text for w in seq[i:i + organ[0]])) not in _ORGANS:
            continue
        k = i + organ[0]  # the body follows its organ at once ("HĐQT Tập đoàn X")
        if k < end - 1 and seq[k].cap and kind_at(seq, k) and _body_at(seq, k) == end:
            out.append((seq[k].start, seq[end - 1].end))
    return out


_SHARED_KINDS = frozenset({"bộ", "sở"})  # kinds whose bodies are named by their field alone
_LIST_MARKS = frozenset({",", "và", ";"})


def shared_kind_spans(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Bodies that share one kind written before a list of fields: "các sở Tài chính, Nội vụ",
    "các Bộ: Công an, Quốc phòng và Ngoại giao". ``(start, end, name)`` for each field (the span
    is the field as written, the name has the kind), except the first when :func:`body_spans`
    reads it whole ("Sở Tài chính, Nội vụ"). A field a kind of its own opens ends the list."""
    seq, out = names.sentence_words(sentence), []
    for i, word in enumerate(seq):
        if word.key not in _SHARED_KINDS or _glued_after(seq, i + 1):
            continue
        items = _field_list(seq, i + 1 + (i + 1 < len(seq) and seq[i + 1].text == ":"))
        if len(items) < 2 or seq[items[0][1]].text != ",":
            continue  # "Bộ Văn hóa và Du lịch": two fields joined by "và" alone are one body's
        named_whole = seq[i].cap or _lower_kind_ok(seq, i, 1)
        first_found = named_whole and not (i and seq[i - 1].key in _GENERIC) and seq[i + 1].text != ":"
        kind = word.text[:1].upper() + word.text[1:]
        for k, end in items[1 if first_found else 0:]:
            start, stop = seq[k].start, seq[end - 1].end
            out.append((start, stop, f"{kind} {sentence.text[start - sentence.start:stop - sentence.start]}"))
    return out


def _field_list(seq: Sequence[Word], k: int) -> list[tuple[int, int]]:
    """``(first, past last)`` of each field of a list opening at ``seq[k]``, read while each field
    ends at a list mark or a lower-case word and the next item is a field, not a body. A field
    before a capital or a dash makes the whole run one body's name ("Bộ Ngoại giao, Thương mại
    và Tôn giáo Argentina"): no list."""
    items: list[tuple[int, int]] = []
    while k < len(seq):
        found = names.table("fields.txt").match(seq, k) or names.table("ministry_fields.txt").match(seq, k)
        end = k + found[0] if found else k
        if found and items and kind_at(seq, k) and end < len(seq) and seq[end].text[:1].isalnum():
            break  # "Bộ Công an, Công an huyện": a body of its own
        if found and end < len(seq) and (seq[end].cap or seq[end].text in DASHES):
            return []
        if not found:
            if items and seq[k].cap and not (kind_at(seq, k) or _position_length(seq, k) or person_at(seq, k)):
                return []  # "..., Thương mại và Tôn giáo": the run goes on with more of one name
            break
        items.append((k, end))
        if end >= len(seq) or seq[end].key not in _LIST_MARKS:
            break
        k = end + 1 + (end + 1 < len(seq) and seq[end].text == "," and seq[end + 1].key == "và")
    return items


@lru_cache(maxsize=1024)
def _names(sentence: Sentence) -> tuple[tuple[Sequence[Word], int, int], ...]:
    """``(words, first, past last)`` of every outermost body name in ``sentence`` (kept: both
    :func:`body_spans` and :func:`inner_spans` read them)."""
    seq, found, i = names.sentence_words(sentence), [], 0
    while i < len(seq):
        stop = _body_at(seq, i, lambda start: postag.tags(sentence).get(start, ""))
        if stop is None:
            i += 1
            continue
        end = stop
        while end - 1 > i and not seq[end - 1].text[:1].isalnum() and seq[end - 1].text != ")":
            end -= 1  # a name never ends with punctuation: "UBND tỉnh." is "UBND tỉnh"
        found.append((seq, i, end))
        i = stop
    return tuple(found)


def _body_at(seq: Sequence[Word], i: int, tag: Callable[[int], str] = lambda start: "") -> int | None:
    """The index just past the body name opening at ``seq[i]``, or None; ``tag`` gives the word
    class of the word starting at an offset (asked only about a lower-case tail)."""
    kind = kind_at(seq, i)
    if kind is None or (i and seq[i - 1].key in _GENERIC):
        return None
    n, mode = kind
    if i and (seq[i - 1].key in _STREETS or seq[i - 1].text.isdigit() and i > 1 and seq[i - 2].key in _STREETS):
        return None  # "đường Trường Chinh", "số 12 Hội Vũ": an address
    if seq[i].key == "trường" and not names.table("school_types.txt").match(seq, i + n):
        return None  # "Trường Sơn", "Tổng Bí thư Trường Chinh": a given name, not a school
    if n == 1 and seq[i].key == "bộ" and not _field_head(seq, i + 1):
        return None  # "Bộ Quy tắc ứng xử", "cán bộ Thành ủy": a ministry is named by its field
    if _word_end(seq, i):
        return None  # "cán bộ Nhà nước", "kinh tế-xã hội Việt Nam": the kind word ends a longer word
    if known_place_length(seq, i) > n or any(known_place_length(seq, i - k) > k for k in (1, 2) if i >= k):
        return None  # "Hội An", "Tây Ban Nha"
    if known_place_length(seq, i) == n:  # "Liên Hợp Quốc", "APEC": a body, but "khu vực ASEAN" is a region
        return None if i and seq[i - 1].key in _REGION_WORDS else i + n
    if i and seq[i - 1].key == fold("luật"):
        return None  # "Luật Tổ chức Quốc hội": a law's name
    if i and not seq[i - 1].cap and _locality_at(seq, i - 1):
        return None  # "phường Sở Dầu": a place named like a body
    if _kind_repeated(seq, i, n):
        return None  # "Công ty Công ty CP ...", "Ban Ban Dân tộc": the name opens at the second kind
    if _position_length(seq, i) > n:
        return None  # "Bộ trưởng", "Cục trưởng": a position that starts with a kind word
    if _glued_after(seq, i + n):
        return None  # "Hội nghị", "Bộ tiêu chí": the kind word is only part of a longer word
    if not seq[i].cap and not _lower_kind_ok(seq, i, n):
        return None
    if mode == "national":  # "Chính phủ Lào", "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"
        return i + n + (country_length(seq, i + n) or known_place_length(seq, i + n))
    if mode != "whole" and person_at(seq, i + n) and not _people_kind_length(seq, i) \
            and seq[i + n - 1].key not in _LEGAL_FORMS:
        return None  # "vụ Trịnh Xuân Thanh": a case named after a person, not a body
    end = _extend(seq, i + n, has_name=mode == "whole", free=mode == "free", titled=_after_position(seq, i), tag=tag)
    if end == i + n and end + 1 < len(seq) and (seq[end].key, seq[end + 1].key) == ("các", "cấp"):
        return None  # "HĐND các cấp": the bodies of every level; not "MTTQ Việt Nam các cấp", a named body's
    return end + _subject_length(seq, i, end, tag) if end else end


def _subject_length(seq: Sequence[Word], i: int, end: int, tag: Callable[[int], str]) -> int:
    """Words of "về" and the subject that name the body read at ``seq[i:end]`` ("Ủy ban liên
    Chính phủ Việt Nam – Séc về hợp tác kinh tế"): a kind of ``subject_bodies.txt`` and only
    scope words, places and numbers before "về". The subject is a noun phrase: it ends at
    punctuation, a word that ends names, a preposition, another body, or a verb after its
    noun ("... về hợp tác kinh tế diễn ra tại"); 0: none."""
    table = names.table("subject_bodies.txt", columns=2)
    kind = table.match(seq, i)
    if end >= len(seq) or seq[end].key != "về" or not kind or kind[1] != "kind":
        return 0
    k = i + kind[0]
    while k < end:
        scope = table.match(seq, k)
        step = scope[0] if scope and scope[1] == "scope" else known_place_length(seq, k) \
            or int(seq[k].text.isdigit() or seq[k].text in DASHES)
        if not step:
            return 0  # "Ủy ban nhân dân tỉnh X về ...": a complete name, "về" opens its object
        k += step
    k, noun = end + 1, False
    while k < min(len(seq), end + 1 + _MAX_SUBJECT):
        word, word_tag = seq[k], tag(seq[k].start)
        if _comma_inside(seq, k):
            k, noun = k + 1, False
            continue
        if word.glued and word.text[:1].islower():
            k += 1  # the rest of a word: the "mới" of "đổi mới"
            continue
        if not (word.text[:1].isalnum() or word.text in DASHES) or _function_stop(seq, k) or word_tag == "E" \
                or word.cap and kind_at(seq, k) or noun and word_tag == "V" and not word.cap:
            break
        noun = noun or word_tag in ("N", "Np", "A")
        k += 1
    while k > end + 1 and not seq[k - 1].text[:1].isalnum():
        k -= 1
    return k - end if k > end + 1 else 0


def _word_end(seq: Sequence[Word], i: int) -> bool:
    """The lower-case kind word at ``seq[i]`` ends a two-syllable word: the tokenizer glued it to
    the syllable before (not to a post: "Giám đốc sở", "trưởng đoàn"), or the two are a common
    word the tokenizer may miss after a dash ("kinh tế-xã hội")."""
    if not i or seq[i].cap or not seq[i - 1].text[:1].islower():
        return False
    if fold(f"{seq[i - 1].text} {seq[i].text}") in _WORDS_ENDING_IN_KINDS:
        return True
    return seq[i].glued and not seq[i - 1].glued and not office_at(seq, i - 1)


def _comma_inside(seq: Sequence[Word], j: int) -> bool:
    """The comma of "phòng, chống" at ``seq[j]``: one word written with a comma inside a name."""
    return seq[j].text == "," and j > 0 and seq[j - 1].key == "phòng" and j + 1 < len(seq) and seq[j + 1].key == "chống"


def _kind_repeated(seq: Sequence[Word], i: int, n: int) -> bool:
    """The kind word at ``seq[i]`` opens a kind again right after its own ``n`` words ("Công ty
    Công ty CP", "Ban Thường trực Ban Dân vận"): the name opens at the second. Not so when the
    second is a body by itself that only starts with the same word ("Bộ Tư lệnh Bộ đội Biên
    phòng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")."""
    again = kind_at(seq, i + n)
    return bool(again) and seq[i + n].key == seq[i].key and again[1] != "whole" \
        and seq[i + n].cap  # not the "ban" of "Ban Bí thư Trung ương Đảng ban hành"


def _field_head(seq: Sequence[Word], k: int) -> bool:
    """A ministry's field opens at ``seq[k]`` ("Tài chính", "Thương mại"), or its abbreviation
    ("GD&ĐT", "NN&PTNT")."""
    if k >= len(seq):
        return False
    if names.is_abbreviation(seq[k].text) and len(seq[k].text) <= 8:
        return True
    return bool(names.table("fields.txt").match(seq, k) or names.table("ministry_fields.txt").match(seq, k))


def _glued_after(seq: Sequence[Word], k: int) -> bool:
    return k < len(seq) and seq[k].glued and seq[k].text[:1].islower()


def _lower_kind_ok(seq: Sequence[Word], i: int, n: int) -> bool:
    """A kind written in lower case names a body only as "phòng Lao động-TB&XH" or
    "Trưởng ban Tổ chức Trung ương": one word, a capitalised name after it."""
    after = i + (n if seq[i].key == "văn" else 1)  # "Chánh văn phòng UBND tỉnh"
    capital = next((k for k in range(i + 1, i + n)  # not "thành Uỷ ban", but "đoàn ĐBQH tỉnh"
                    if seq[k].cap and (k > i + 1 or names.is_abbreviation(seq[k].text))), None)
    if capital is not None:
        after = capital  # "Phó trưởng đoàn đại biểu Quốc hội tỉnh": a capital inside the kind itself
    elif seq[i].key not in _LOWER_KINDS or not (after < len(seq) and seq[after].cap):
        return False
    if seq[i].key != "văn" and kind_at(seq, after) and (seq[after].key == seq[i].key or seq[after].text.isupper()):
        return False  # "Trưởng ban Ban Dân tộc", "hội HĐND tỉnh": the body opens at the next word
    if i and (kind_at(seq, i - 1) or (0, ""))[0] > 1:
        return False  # "Chánh văn phòng UBND": the body is "văn phòng UBND", one word earlier
    kind_end = after if seq[i].key == "văn" else i + 1
    ends = {k + _position_length(seq, k) for k in range(max(0, i - 3), i)}
    if any(end > kind_end for end in ends):
        return False  # "Phó trưởng ban Thường trực": the kind word is inside a longer position
    return not seq[i].glued or kind_end in ends or i in ends  # "Trưởng ban Tổ chức", "Cục trưởng cục Hải quan"


def office_at(seq: Sequence[Word], k: int) -> bool:
    """An office or a rank opens at ``seq[k]`` ("trưởng đoàn"; not "Cán bộ", "Đại biểu", "Đại
    diện", which also name staff or bodies)."""
    position = names.table("positions.txt", columns=2).match(seq, k)
    return bool(position) and position[1] in ("office", "rank")


def _position_length(seq: Sequence[Word], k: int) -> int:
    found = names.table("positions.txt", columns=2).match(seq, k)
    return found[0] if found else 0


def kind_at(seq: Sequence[Word], i: int) -> tuple[int, str] | None:
    """``(words, mode)`` of a body kind at ``seq[i]``: the kind must be written with its capital
    unless a capitalised name follows it."""
    return names.table("body_kinds.txt", columns=2).match(seq, i)


def _after_position(seq: Sequence[Word], i: int) -> bool:
    """A position ends right before ``seq[i]``: the body is where someone serves ("Phó Giám
    đốc Ủy ban ..."), an object, not the subject a verb follows."""
    return any(k + _position_length(seq, k) in (i, i + 1) for k in range(max(0, i - 4), i))  # "Trưởng khoa X"


def _extend(seq: Sequence[Word], j: int, *, has_name: bool, free: bool, titled: bool = False,
            tag: Callable[[int], str] = lambda start: "") -> int | None:
    """Past the last word of the body name whose kind ends before ``seq[j]``; None when no
    name follows a kind that needs one. After a position the name also runs on over lower-case
    words up to the end of the clause."""
    end = j if has_name else None
    tail_ok, lower = free and not has_name, 0
    while j < len(seq):
        if _comma_inside(seq, j):
            j, lower = j + 1, lower + 1
            continue
        if end == j and _glued_tail(seq, j):
            j = end = j + 1  # the rest of a word whose first syllable is in the name: "Tổ quốc"
            continue
        step = _name_step(seq, j, has_name)
        if step == "locality":
            return _locality_end(seq, j) if end is not None else None  # not "Trung tâm thành phố"
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
        if not (tail_ok or has_name) or not _bridge_ok(seq, j, tail_ok, lower, lambda: tag(seq[j - lower].start) == "V"):
            if lower and _short_form(seq, j):
                end = j  # "Trung tâm Khoa học và Giáo dục liên ngành (ICISE)": its short form closes the name
            elif titled and (has_name or end is None) and not lower and not _complete(seq, j) \
                    and tag(seq[j].start) != "V":  # "Chủ tịch Hội đồng thi,": a bare kind and its tail
                tail = _tail_to_boundary(seq, j)
                end = j + tail if tail else end  # "Khoa Chẩn đoán hình ảnh, ...", not "... phân tích, ..."
            break
        j, lower = j + 1, lower + 1
        if tail_ok:
            end = j
    return end


def _glued_tail(seq: Sequence[Word], j: int) -> bool:
    word, before = seq[j], seq[j - 1]
    return word.glued and word.text[:1].islower() and before.text[:1].isalpha() \
        and names.vietnamese_syllable(before.text) and (before.cap or not _stop_at(seq, j))  # "Hàng không"


def _name_step(seq: Sequence[Word], j: int, has_name: bool) -> int | str:
    """How many words at ``seq[j]`` surely belong to the name (0: none); "locality" or "place"
    when what follows ends it."""
    field = names.table("fields.txt").match(seq, j)
    if field and (seq[j].cap or field[0] >= 4 or not has_name and not _stop_at(seq, j)):  # "Bộ tài chính"
        return field[0]
    tail = names.table("body_tails.txt").match(seq, j) if has_name and not seq[j].cap else None
    if tail and not _glued_after(seq, j + tail[0]):
        return tail[0]  # "Tòa án nhân dân tối cao", "Quỹ Tiền tệ quốc tế"
    kind = kind_at(seq, j) if seq[j].cap else None
    if kind and not _glued_after(seq, j + kind[0]):
        return kind[0]
    place = known_place_length(seq, j)
    if place and (seq[j].cap or place > 1) and not (place == 1 and _glued_after(seq, j + 1)):  # not "Anh quốc"
        return "place"
    if _locality_at(seq, j):
        return "locality"
    word = seq[j]
    if word.text in DASHES and j + 1 < len(seq) and seq[j + 1].text.isdigit() and seq[j - 1].end == word.start \
            and word.end == seq[j + 1].start and seq[j - 1].text.isalpha():
        return 2  # "COVID-19": a number joined to the word before it
    if word.text in DASHES or word.key == "và":
        return _joined(seq, j) if has_name else 0
    if word.text == "(":
        return _parenthesis(seq, j)
    if word.key == "số" and j + 1 < len(seq) and seq[j + 1].text.isdigit() and (has_name or _numbered_kind_before(seq, j)) \
            and not (j + 2 < len(seq) and (seq[j + 2].text in DASHES or seq[j + 2].text == "/" or seq[j + 2].key == "năm")):
        return 2  # "Cụm thi đua số 6", "Công ty Xây dựng số 1"; not an issue "Tạp chí X số 11-12 năm 1956"
    if word.text.isdigit() and not (j + 1 < len(seq) and seq[j + 1].key in _UNITS):
        if not has_name or (j + 1 < len(seq) and _name_word(seq, j + 1)) or _numbered_kind_before(seq, j):
            return 1  # "Tổng cục 2", "HTX Nông nghiệp 1 Nhơn Lộc", "Bộ Tư lệnh Quân khu 7"; not "Hội 6 tháng"
    return int(_proper_word(seq, j, has_name))


def _joined(seq: Sequence[Word], j: int) -> int:
    """2 when a dash or "và" joins one more capitalised word of the same name ("Lao động –
    Thương binh", "Văn hóa và Thể thao"), not a new body or person ("và Sở Y tế")."""
    nxt = j + 1
    if nxt < len(seq) and seq[j].key == "và" and seq[nxt].text[:1].islower():
        return 0 if _kind_ends_at(seq, j) else _lower_join(seq, nxt)  # not "Đảng bộ và nhân dân X"
    if nxt >= len(seq) or not seq[nxt].cap or _opens_other(seq, nxt) or kind_at(seq, nxt) or person_at(seq, nxt) \
            or names.table("name_stops.txt").match(seq, nxt) or seq[j].text == "và" and _trade_name_end(seq, nxt) > nxt:
        return 0  # "và Sở Y tế", "và Lãnh đạo ...", "và Petronas": not the same name
    field = names.table("fields.txt").match(seq, nxt)
    if field:
        return 1 + field[0]  # "Vật tư – Thiết bị y tế"
    if seq[j].text.lower() == "và" and names.is_abbreviation(seq[nxt].text):
        return 0  # "Tổng cục Hải quan và DN Nhật Bản", "Đoàn Chủ tịch và UBTƯ ...": another party
    if seq[j].text.isalpha() and _loose(seq, nxt + 1):
        return 0
    return 2


def _lower_join(seq: Sequence[Word], k: int) -> int:
    """Words from "và" to a capitalised word of the same name when one to three lower-case
    words, none a stop word, lie between ("Tư vấn và đầu tư SDP", "Nghiên cứu và ứng dụng
    KHCN"); 0 when another body, person or the clause follows instead."""
    for n in range(k, min(k + 3, len(seq) - 1)):
        if not seq[n].text[:1].islower() or not seq[n].text.isalpha() or _function_stop(seq, n) or kind_at(seq, n) \
                or _locality_at(seq, n):
            return 0
        if seq[n + 1].cap:
            return n + 2 - (k - 1) if _name_word(seq, n + 1) and not names.foreign_name_at(seq, n + 1) else 0
    return 0


def _numbered_kind_before(seq: Sequence[Word], j: int) -> bool:
    """A kind that needs a name ends right before ``seq[j]``: a number there is that name
    ("Bộ Tư lệnh Quân khu 7", "Sở Chỉ huy Sư đoàn 3"), not a count ("HĐND 2 cấp")."""
    kinds = ((k, kind_at(seq, k)) for k in range(max(0, j - 4), j))
    return any(kind and kind[0] == j - k and kind[1] in ("cap", "free") for k, kind in kinds)


def _kind_ends_at(seq: Sequence[Word], j: int) -> bool:
    """A body kind ends right before ``seq[j]``: nothing of a proper name follows it yet."""
    return any((kind_at(seq, k) or (0,))[0] == j - k for k in range(max(0, j - 4), j))


def _proper_word(seq: Sequence[Word], j: int, has_name: bool) -> bool:
    """A capitalised word that goes on the name: not a position, time word, honorific before
    a person, nor a person's or foreign name after a complete body name."""
    if not seq[j].cap or _opens_other(seq, j) or names.table("name_stops.txt").match(seq, j):
        return False
    if names.table("honorifics.txt", columns=2).match(seq, j) and person_at(seq, j + 1):
        return False  # "... Trung ương Ông Nguyễn Văn A"
    if has_name and (person_at(seq, j) or names.foreign_name_at(seq, j)):
        return _school_level(seq, j)
    return True


def _loose(seq: Sequence[Word], k: int) -> bool:
    """A lower-case word that starts a new word at ``seq[k]``: after "và X" it means X is
    not part of a name ("và Đoàn đại biểu")."""
    return k < len(seq) and seq[k].text[:1].islower() and not seq[k].glued


def _school_level(seq: Sequence[Word], j: int) -> bool:
    """The name so far is a school or hospital level, and a person's name is its proper name:
    "Trường THCS Trần Quang Diệu"."""
    for k in range(j - 1, max(j - 5, -1), -1):
        if seq[k].key in _LEGAL_FORMS:
            return True  # "Công ty CP Nguyễn Kim", "Công ty TNHH Trần Anh Khoa"
        if not seq[k].cap:
            break
    kind = next(((k, n) for k in range(j - 1, max(j - 7, -1), -1) if (n := _people_kind_length(seq, k))), None)
    if kind is None:
        return False
    first = p = kind[0] + kind[1]
    while p < j and seq[p].key in _LEVELS:
        p += 1
    return p > first and (p == j or (person_at(seq, p) and all(seq[x].cap for x in range(p, j + 1))))


def _people_kind_length(seq: Sequence[Word], k: int) -> int:
    """Words of a kind often named after a person at ``seq[k]`` ("Bệnh viện", "Trường"); 0: none."""
    return next((n for n in (3, 2, 1) if k + n <= len(seq)
                 and fold(" ".join(w.text for w in seq[k:k + n])) in _NAMED_AFTER_PEOPLE), 0)


def _opens_other(seq: Sequence[Word], j: int) -> bool:
    """A position ("Phó Giám đốc") or an honorific opens at ``seq[j]``: the name has ended."""
    position = names.table("positions.txt", columns=2).match(seq, j)
    return bool(position and position[1] in ("office", "rank")
                or (not seq[j].cap and names.table("honorifics.txt", columns=2).match(seq, j)))


def _parenthesis(seq: Sequence[Word], j: int) -> int:
    """An abbreviation in brackets inside a name, "Mặt trận Tổ quốc (MTTQ) Việt Nam"."""
    if j + 3 < len(seq) and names.is_abbreviation(seq[j + 1].text) and seq[j + 2].text == ")" \
            and (seq[j + 3].cap or _locality_at(seq, j + 3)) and not _opens_other(seq, j + 3):
        return 3  # also "Sở Kế hoạch và Đầu tư (KHĐT) tỉnh Yên Bái"
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


def _bridge_ok(seq: Sequence[Word], j: int, free: bool, lower: int, verb: Callable[[], bool]) -> bool:
    """A lower-case word that may continue the name: one that can stand inside it, and
    (unless the kind takes free words) followed soon by more of the name. ``free``: no
    proper name has been read yet; ``verb``: the lower-case run opens with a verb, so after
    a proper name only a place ends it ("Bộ Y tế chứng kiến Lễ ký kết" is no name)."""
    word = seq[j]
    if word.cap or not word.text[:1].isalpha() or lower >= _MAX_BRIDGE or not _may_go_on(seq, j, free):
        return False
    plain = not _content_at(seq, j) and word.key != "và"
    if free and plain and lower < _MAX_LOWER:
        return True
    if plain and lower == 0 and j + 1 < len(seq) and _name_word(seq, j + 1):
        return True  # one lower-case syllable inside the name: "Ban Tư tưởng – Văn hoá Trung ương"
    proof = _name_ahead(seq, j + 1, (_MAX_BRIDGE if free else _MAX_LOWER) - lower, free)
    return proof == "place" or proof == "name" and (free or not verb())


def _may_go_on(seq: Sequence[Word], k: int, free: bool) -> bool:
    """The lower-case word at ``seq[k]`` can stand inside a name: not a stop word; a content
    word ("đầu tư") or a "và" before a capitalised word only while no proper name has been
    read ("Ban Quản lý dự án đầu tư xây dựng và Phát triển ..."), for after one it opens
    the clause ("Sở Y tế tổ chức ...")."""
    if _function_stop(seq, k):
        return free and seq[k].key == "và" and k + 1 < len(seq) and _name_word(seq, k + 1)
    return free or not _content_at(seq, k)


def _short_form(seq: Sequence[Word], k: int) -> bool:
    """An abbreviation in brackets at ``seq[k]``, "(ICISE)": the name before it is complete."""
    return k + 2 < len(seq) and seq[k].text == "(" and seq[k + 2].text == ")" and names.is_abbreviation(seq[k + 1].text)


def _name_ahead(seq: Sequence[Word], k: int, budget: int, free: bool) -> str | None:
    """What more of the name follows within ``budget`` words from ``seq[k]``: "place" (a
    locality, a known place, its short form in brackets), "name" (a capitalised word of the
    name: "Trung tâm Điều dưỡng thương binh Thuận Thành"), or None."""
    for k in range(k, min(k + budget, len(seq))):
        if _locality_at(seq, k) or (seq[k].cap and place_length(seq, k) and _known_place(seq, k)) or _short_form(seq, k):
            return "place"
        if _name_word(seq, k) and not names.foreign_name_at(seq, k):
            return "name"
        if not seq[k].text[:1].isalpha() or seq[k].cap or not _may_go_on(seq, k, free):
            return None
    return None


# Kinds that name the governing organ of another body, which is then a body of its own too.
_ORGANS = frozenset(fold(k) for k in ("Hội đồng quản trị", "HĐQT", "Hội đồng thành viên", "HĐTV", "Ban Giám đốc",
                                      "Ban Tổng Giám đốc", "Ban Kiểm soát", "Đoàn Chủ tịch"))
_BOUNDARY = frozenset({",", ";", ".", ")", "?", "!"})  # not ":", which opens reported speech ("nêu rõ:")


def _complete(seq: Sequence[Word], j: int) -> bool:
    """The name before ``seq[j]`` ends with a body that needs nothing more ("... Thành ủy")."""
    return any(kind_at(seq, k) == (j - k, "whole") or known_place_length(seq, k) == j - k for k in range(max(0, j - 4), j))


def _tail_to_boundary(seq: Sequence[Word], j: int) -> int:
    """How many lower-case words at ``seq[j]`` end a name where the clause ends: a name runs
    on over lower-case words when punctuation, the sentence's end or the name of the person
    who holds the post follows them, with no verb or preposition of ``body_stops.txt`` among
    them ("Phòng Tài chính kế toán,", "Cục Giám sát quản lý Nguyễn Văn A"); 0: none."""
    k = j
    while k < len(seq) and k - j < _MAX_TAIL:
        word = seq[k]
        if word.text in DASHES and k > j and k + 1 < len(seq) and seq[k + 1].text[:1].islower():
            k += 1  # "hình ảnh – xét nghiệm"
            continue
        if not word.text[:1].islower() or not word.text.isalpha() or _stop_at(seq, k) or _locality_at(seq, k) \
                or kind_at(seq, k):
            break  # "Ủy viên Ban Chấp hành Trung ương hội": a kind in lower case refers to another body
        k += 1
    holder = person_at(seq, k) and not _named_after_people(seq, j)
    return k - j if k > j and (k == len(seq) or seq[k].text in _BOUNDARY or holder) else 0


def _named_after_people(seq: Sequence[Word], j: int) -> bool:
    """The name before ``seq[j]`` opens with a kind often named after a person ("Bệnh viện tư
    nhân X"): a person's name after it may be its own."""
    return any(fold(" ".join(w.text for w in seq[k:j])).startswith(kind) for k in range(max(0, j - 6), j)
               for kind in _NAMED_AFTER_PEOPLE if seq[k].cap)


def _name_word(seq: Sequence[Word], k: int) -> bool:
    """A capitalised word that can go on a body name: not a kind, position, person or time word."""
    return seq[k].cap and seq[k].text[:1].isalpha() and not kind_at(seq, k) and not _opens_other(seq, k) \
        and not person_at(seq, k) and not names.table("name_stops.txt").match(seq, k)


def _locality_at(seq: Sequence[Word], j: int) -> bool:
    """A locality word ("tỉnh", "huyện" ...) at ``seq[j]``, but not the "xã" of "xã hội"."""
    if not LOCALITIES.match(seq, j):
        return False
    return not (seq[j].key == "xã" and j + 1 < len(seq) and seq[j + 1].key in ("hội", "viên"))


def _known_place(seq: Sequence[Word], k: int) -> bool:
    return bool(known_place_length(seq, k))


def known_place_length(seq: Sequence[Word], k: int) -> int:
    """How many words from ``seq[k]`` name a place of ``places.txt`` (0: none)."""
    for n in (5, 4, 3, 2, 1):  # "Bà Rịa - Vũng Tàu" is five words
        if k + n <= len(seq) and fold(" ".join(w.text for w in seq[k:k + n])) in names.word_set("places.txt"):
            return n
    return 0


def spelled_place_length(seq: Sequence[Word], j: int) -> int:
    """Words of the place of ``places.txt`` named at ``seq[j]``: up to three parts, a part's
    syllables joined by dashes or not ("Hà Nội", "Bê-la-rút", "Bà Rịa-Vũng Tàu")."""
    ends, k = [], j
    while k < len(seq) and len(ends) < 3:
        k += 1
        while k + 1 < len(seq) and names.joined(seq, k):
            k += 2
        ends.append(k)
    places = names.word_set("places.txt")
    return next((end - j for end in reversed(ends) if fold(" ".join(w.text for w in seq[j:end])) in places), 0)


def country_length(seq: Sequence[Word], j: int) -> int:
    """Words of a country named with its form of state, "nước" before it or not ("Cộng hòa
    Fiji", "nước Cộng hòa Dân chủ Nhân dân Lào", "Vương quốc Bỉ"): the form of
    ``state_forms.txt``, then a known place or one capitalised word that no lower-case word
    follows; 0 when no such country is named at ``seq[j]``."""
    start = j + 1 if j < len(seq) and seq[j].key == "nước" else j
    form = names.table("state_forms.txt").match(seq, start)
    if not form or start + form[0] >= len(seq):
        return 0
    k = start + form[0]
    known = spelled_place_length(seq, k)
    if known:
        return k + known - j
    country, after = seq[k], seq[k + 1] if k + 1 < len(seq) else None
    one = country.cap and country.text.isalpha() and fold(country.text) not in names.surnames() \
        and not names.transliteration_at(seq, k)  # "Quốc hội Cộng hòa Ru-vơ-ni Na-đa-lô": a person
    return k + 1 - j if one and not (after and after.text[:1].islower()) else 0


def _stop_at(seq: Sequence[Word], j: int) -> bool:
    """A word that ends a name after it is complete: a stop word, or a content word of
    ``body_verbs.txt`` written as a word of its own."""
    return _function_stop(seq, j) or _content_at(seq, j)


def _function_stop(seq: Sequence[Word], j: int) -> bool:
    """A word of ``body_stops.txt`` at ``seq[j]``: it ends every name ("và", "đã", "phát biểu")."""
    return bool(names.table("body_stops.txt").match(seq, j))


def _content_at(seq: Sequence[Word], j: int) -> bool:
    """A content word of ``body_verbs.txt`` at ``seq[j]``, written as a word of its own: the
    "dự" of "dự án" and the "cấp" of "cấp cứu" are only syllables of longer words."""
    found = names.table("body_verbs.txt").match(seq, j)
    return bool(found) and not _glued_after(seq, j + found[0])


def _place_end(seq: Sequence[Word], j: int) -> int:
    """Past a known place, and a second one after a dash ("Hội Hữu nghị Việt Nam – Lào"):
    a name ends at its country or province, or at the locality of a branch after its country
    ("Ủy ban MTTQ Việt Nam tỉnh Bình Định"). A known place with more of a name after it is a
    longer place ("Huyện ủy Ý Yên", "Huyện ủy Đức Phổ")."""
    known = known_place_length(seq, j)
    longer = place_length(seq, j) if known == 1 else known
    more = range(j + known, j + longer)  # after a one-syllable country: "Ý Yên", not "Anh Boris Johnson"
    if more and all(names.vietnamese_syllable(seq[k].text) and not _function_stop(seq, k) for k in more) \
            and not names.foreign_name_at(seq, j + known) and not _glued_after(seq, j + longer):
        known = longer  # (not "Lào Xây" of "Lào Xây dựng đất nước")
    j += known
    if j + 1 < len(seq) and seq[j].text in DASHES and known_place_length(seq, j + 1):
        j += 1
    j += known_place_length(seq, j)  # "Anh quốc Việt Nam"
    return _locality_end(seq, j) if _locality_at(seq, j) else j


def _locality_end(seq: Sequence[Word], j: int) -> int:
    """Past "tỉnh Bình Định", "TP Hồ Chí Minh" or a bare "tỉnh"."""
    n, _ = LOCALITIES.match(seq, j)
    j += n
    if j + 1 < len(seq) and seq[j].text == "." and seq[j + 1].cap:
        j += 1  # "TP. Hồ Chí Minh", not the full stop after "UBND tỉnh."
    if j < len(seq) and seq[j].text.isdigit():
        return j + 1  # "UBND quận 2"
    return j + place_length(seq, j)


def place_length(seq: Sequence[Word], j: int) -> int:
    """How many capitalised words from ``seq[j]`` name a place: a known one, else up to three,
    leaving a following person's name alone ("huyện Tuy Phước Huỳnh Nam")."""
    run = 0
    while j + run < len(seq) and seq[j + run].cap and not kind_at(seq, j + run) and not _opens_other(seq, j + run):
        run += 1
    known = known_place_length(seq, j)
    if known and (known >= run or person_at(seq, j + known)):
        return known
    if j < len(seq) and names.is_abbreviation(seq[j].text):
        return 1  # "TP HCM Tất Thành Cang": a place written short is one word
    if run >= 3 and person_at(seq, j):
        return 0  # "UBND tỉnh Phạm Anh Tuấn": the person after a bare "tỉnh"
    for n in range(1, min(run, 4)):
        if person_at(seq, j + n) and _person_length(seq, j + n) == run - n:
            return n
    return min(run, 3)


def _person_length(seq: Sequence[Word], j: int) -> int:
    run = 0
    while j + run < len(seq) and seq[j + run].cap and seq[j + run].text[:1].isalpha():
        run += 1
    return run


def person_at(seq: Sequence[Word], j: int) -> bool:
    """A person's name (surname, then one to four capitalised syllables) opens at ``seq[j]``."""
    if j >= len(seq) or not seq[j].cap or seq[j].key not in names.surnames():
        return False
    run = 1
    while j + run < len(seq) and seq[j + run].cap and seq[j + run].text[:1].isalpha():
        run += 1
    if not 2 <= run <= 5 or (run == 2 and names.surnames()[seq[j].key] == "rare"):
        return False  # "Vận tải Đa Phương Thức": a rare surname in two words is not enough
    return fold(" ".join(w.text for w in seq[j:j + run])) not in names.word_set("places.txt")


def cued_brands(seq: Sequence[Word]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of names after a brand cue ("hãng Boeing", "hãng tin Reuters") and
    of trade names after a company position ("Tổng Giám đốc Petrovietnam")."""
    out = []
    for i in range(len(seq)):
        cue = names.table("brand_cues.txt", columns=2).match(seq, i)
        if not cue or i + cue[0] >= len(seq):
            continue
        j = i + cue[0]
        k = _trade_name_end(seq, j) if cue[1] == "position" else _cued_name_end(seq, j)
        if k > j:
            out.append((seq[j].start, seq[k - 1].end))
    return out


def _cued_name_end(seq: Sequence[Word], j: int) -> int:
    """Past up to three capitalised words after a common noun cue; ``j`` when none name a brand."""
    k = j
    while k < len(seq) and k - j < 3 and seq[k].cap and seq[k].text[:1].isalpha() \
            and not kind_at(seq, k) and not _opens_other(seq, k) and not person_at(seq, k):
        k += 1
    word = seq[j].text
    common = k == j + 1 and (not word.isascii() or names.vietnamese_syllable(word) and _glued_after(seq, k))
    return j if common or known_place_length(seq, j) else k  # not "tờ Quốc ...", "hãng May mặc"


def _trade_name_end(seq: Sequence[Word], j: int) -> int:
    """Past a trade name after a position, and the country it serves ("PwC Việt Nam"); ``j``
    when the word is no trade name (Latin letters that cannot be one Vietnamese syllable, or
    an abbreviation) or another capitalised word follows it (a foreign person, a longer name)."""
    word = seq[j]
    if not (word.cap and word.text.isascii() and word.text.isalpha()) or kind_at(seq, j) \
            or not (names.is_abbreviation(word.text) or not names.vietnamese_syllable(word.text)):
        return j
    k = j + 1 + known_place_length(seq, j + 1)
    if k < len(seq) and seq[k].cap and seq[k].text[:1].isalpha() and not person_at(seq, k):
        return j  # "Vina T&T", "John Smith"
    return k
