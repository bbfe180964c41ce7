"""Who is named in a piece of text: people and bodies, as the event and agreement stages need them.

The people and organisation stages give canonical records; when they have
found something inside a piece, their names are used.  When they give
nothing (or not for that piece), a cheap fallback reads names from the text
itself: a person is a run of capitalised words after an honorific ("ông",
"bà", "đồng chí") or starting with a common family name; a body is the piece
as written, with "UBND"-style abbreviations spelled out.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process

from .. import lexicons
from ..models import Organization, Person
from .names import expand, fold, word_set

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_CAP_WORD = rf"[{UPPER}][^\s,;:.()\"“”/–-]*"
_HONORIFIC = r"(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[đĐ]ồng chí|[đĐ]/c|Đ/C)"
_BY_HONORIFIC = re.compile(rf"(?<!\w){_HONORIFIC}\s+({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,5}})")

_DELEGATION = re.compile(r"^(?:các\s+)?[đĐ]oàn\s+(?:đại biểu|công tác)\s+(?:cấp cao\s+)?(?:của\s+)?(?=\S)")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|từ|về|đến|tới|tỉnh|thành phố|TP\.?|huyện|quận|xã|phường|thị xã|nước|Thủ đô|thủ đô)\s+$")
_CREDIT_BEFORE = re.compile(r"(?:Ảnh|Nguồn|Theo)\s*:?\s*$")
# words that never occur inside a body's name: a piece holding one is a clause that overran the name
_JUNK = re.compile(r"(?<!\w)(?:đã|đang|sẽ|là|có các|có buổi|công bố|báo cáo|xác định|đăng cai|về việc|cũng|"
                   r"được|nhằm|để|một số|trên địa bàn|tổ chức|thăm|làm việc)(?!\w)")
_BARE_KINDS = frozenset({"Ban", "Sở", "Bộ", "Hội", "Phòng", "Cục", "Viện", "Đoàn", "Trung tâm", "Công ty", "Tỉnh", "Huyện"})
_JOINER = re.compile(r"[\s,;]*(?:(?:và|với|cùng|cùng với|phối hợp với|phối hợp cùng)\s*)?")
_PLACE_LEVEL = re.compile(r"(?:Thành phố|Tỉnh|Thủ đô|Huyện|Quận|Thị xã|Xã|Phường)\s")
_TRAILING_ABBREVIATION = re.compile(r"\s*\([^()]{1,25}\)\s*$")


@cache
def _by_surname() -> re.Pattern[str]:
    surnames = (name for name, _ in lexicons.rows("surnames.txt", columns=2))
    names = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{names})(?:\s+{_CAP_WORD}){{1,4}}")


def people_in(text: str, start: int, end: int, people: list[Person]) -> list[str]:
    """Names of the people mentioned in ``text[start:end]``, in order, without repeats."""
    if people:  # the people stage has read the article: its records, and nothing that only looks like a name
        found = [(m.start, p.name) for p in people for m in p.mentions if start <= m.start and m.end <= end]
        return _unique(name for _, name in sorted(found))
    return _unique(_names_by_shape(text[start:end]))


def _names_by_shape(piece: str) -> list[str]:
    """Person names recognised by their shape alone (see module docstring)."""
    hits = [(m.start(1), m.group(1)) for m in _BY_HONORIFIC.finditer(piece)]
    covered = [(s, s + len(n)) for s, n in hits]
    for m in _by_surname().finditer(piece):
        if _PLACE_BEFORE.search(piece, 0, m.start()):
            continue  # "tại Hà Nội", "tỉnh Lâm Đồng": a place, not a person
        if not any(m.start() < e and s < m.end() for s, e in covered):
            hits.append((m.start(), m.group(0)))
    return [name for at, name in sorted(hits) if not _CREDIT_BEFORE.search(piece, 0, at)]


def body_name(text: str, start: int, end: int, organizations: list[Organization]) -> str | None:
    """The canonical name of the body written in ``text[start:end]`` (the cleaned text when unknown)."""
    piece = _TRAILING_ABBREVIATION.sub("", text[start:end]).strip(" ,;:.–-")
    if len(piece) < 2 or piece in _BARE_KINDS:
        return None  # "Ban" alone names no body
    known = _record_at(start, end, organizations)
    if fold(piece) in word_set("places.txt") and not (known and _PLACE_LEVEL.match(known[0])):
        return piece  # a country as a party ("giữa Việt Nam và Belarus"), not a body of it named nearby
    if known is not None and known[1] >= 0.7 * len(piece):
        return known[0]  # the organisation stage read the same body here
    if _JUNK.search(piece):
        # words of a clause, not of a name ("Bộ X đã có các buổi làm việc"): the record read inside it, or nothing
        return known[0] if known is not None else None
    if organizations and known is None:
        flat = [(o.name, alias) for o in organizations for alias in [o.name, *o.aliases]]
        best = process.extractOne(piece, [a for _, a in flat], scorer=fuzz.ratio, score_cutoff=85)
        if best:
            return flat[best[2]][0]
    return expand(_DELEGATION.sub("", piece))


def _record_at(start: int, end: int, organizations: list[Organization]) -> tuple[str, int] | None:
    """The organisation with the longest mention inside ``[start, end)``, or opening at ``start``
    and running past ``end`` (the piece was cut inside its name: "của Ủy ban X | về hợp tác
    ..."), and that mention's length."""
    found = [(m.end - m.start, o.name) for o in organizations for m in o.mentions
             if start <= m.start and m.end <= end + 1 or m.start == start < end < m.end]
    if not found:
        return None
    length, name = max(found)
    return name, length


def bodies_before(text: str, start: int, end: int, verb: int, organizations: list[Organization]) -> list[str]:
    """The bodies that are the subject of the verb at ``start + verb`` in the sentence ``text[start:end]``.

    "Ngày 5/3, Sở A phối hợp với Sở B tổ chức ..." gives Sở A and Sở B.
    """
    local = text[start:end]
    subject_start = _subject_start(local, verb)
    out: list[str] = []
    for a, b in _pieces(local, subject_start, verb):
        out += [n for n in _piece_bodies(text, start + a, start + b, organizations) if n not in out]
    return out


def bodies_between(text: str, start: int, end: int, organizations: list[Organization]) -> list[str]:
    """The bodies of a whole subject ``text[start:end]`` ("do A phối hợp với B tổ chức": from A to before the verb)."""
    out: list[str] = []
    for a, b in _pieces(text, start, end, split=_SPLIT_ALL):
        out += [n for n in _piece_bodies(text, a, b, organizations) if n not in out]
    return out


def _piece_bodies(text: str, start: int, end: int, organizations: list[Organization]) -> list[str]:
    """The bodies of one piece: each record the organisation stage read when they fill it ("A và B"), else one name."""
    inside = sorted((m.start, m.end, o.name) for o in organizations for m in o.mentions if start <= m.start and m.end <= end)
    kept = [x for i, x in enumerate(inside) if not any(y[0] <= x[0] and x[1] <= y[1] and y != x for y in inside)]
    if len(kept) >= 2:
        gaps = [text[a[1]:b[0]] for a, b in zip(kept, kept[1:])]
        tail = text[kept[-1][1]:end]
        if all(_JOINER.fullmatch(g) for g in gaps) and not _JUNK.search(tail):
            return _unique(name for _, _, name in kept)
    name = body_name(text, start, end, organizations)
    return [name] if name else []


def bodies_listed(text: str, start: int, end: int, organizations: list[Organization]) -> list[str]:
    """The bodies of a list such as "A và B" or "A, B": split where a new body starts."""
    out: list[str] = []
    for a, b in _pieces(text, start, end, split=_SPLIT_LIST):
        out += [n for n in _piece_bodies(text, a, b, organizations) if n not in out]
    return out


_BODY_START = (r"(?:Tổ chức(?=\s+[A-ZĐ])|Sở|Bộ|Ban|Hội|Tỉnh|Thành|Huyện|UBND|HĐND|Ủy ban|Uỷ ban|Trung tâm|Công ty|Tổng|Tập đoàn|Đoàn|Liên|Viện|"
               r"Trường|Ngân hàng|Cục|Chi cục|Phòng|Hãng|hãng|Quỹ|Mặt trận|Công an|Bệnh viện|Hiệp hội|Câu lạc bộ|Báo|Đài|"
               r"TP|Chính phủ|Học viện|Đại học|Quân khu|Bộ Tư lệnh|Vụ|Văn phòng|Đảng|Ủy|Uỷ|Quận|Xã(?!\s+hội)|Phường|Thị|Nhà|Hợp tác xã|"
               r"Kho bạc|Cảnh sát|Bộ đội|Tòa|Toà|Thanh tra|Kiểm toán|Hải quan|Tổng cục|Cụm|Khu|Trạm|Chi nhánh|Chi hội|"
               r"Nhà máy|Ngành|Lực lượng|Binh đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Đồn|Bộ chỉ huy|Ban chỉ huy|các|[^\W\d_]+(?=\s*(?:[,.;)]|$)))")
_BODY_WORD = (r"(?:Sở|Bộ|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội|Trung tâm|Công ty|Tập đoàn|Đoàn|Liên đoàn|Viện|Trường|"
              r"Ngân hàng|Cục|Tổng cục|Chi cục|Quỹ|Mặt trận|Công an|Bệnh viện|Hiệp hội|Tỉnh đoàn|Tỉnh ủy|Tỉnh uỷ|Đảng|"
              r"Hội đồng|Văn phòng|Học viện|Đại học|Hãng|hãng|Báo|Đài|Tạp chí|Tổng công ty|Tỉnh|Thành ủy|Thành uỷ|"
              r"Huyện|Chi hội|Hợp tác xã|Bảo hiểm|Kho bạc|Cảnh sát|Bộ đội|Thanh tra|Tòa án|Viện kiểm sát)\s")
_SPLIT_BODIES = re.compile(
    rf"\s+phối hợp(?:\s+(?:với|cùng))?(?:\s+|$)|\s+cùng với\s+|\s+cùng\s+|\s+với\s+|;\s*|\s+và\s+(?={_BODY_WORD})")
_SPLIT_LIST = re.compile(rf"\s+(?:và|với)\s+(?={_BODY_START})|,\s+(?={_BODY_START})|;\s*")
_SPLIT_ALL = re.compile(f"{_SPLIT_BODIES.pattern}|{_SPLIT_LIST.pattern}")
_TITLE_START = re.compile(
    r"(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Phó|Giám đốc|Tổng Giám đốc|Trưởng|Bí thư|Tổng Bí thư|Tổng bí thư|Thủ tướng|"
    r"Đại sứ|Tổng thống|Ủy viên|Uỷ viên|Chánh|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đồng chí|Ông|Bà|Anh|Chị|Lãnh đạo|"
    r"Đại diện|Thay mặt)(?!\w)")
# capitalised words that open a sentence or an event, never a body's name
_NOT_BODY = re.compile(r"(?:Lễ|Buổi|Đối|Theo|Trong|Tại|Cùng|Sau|Trước|Ngày|Sáng|Chiều|Tối|Hai|Ba|Các|Những|Mới|Với|Về|"
                       r"Đồng thời|Ngoài ra|Hiện|Nhờ|Khi|Nếu|Để|Thỏa thuận|Thoả thuận|Hợp đồng|Chương trình|Kế hoạch|"
                       r"Quy chế|Biên bản|Hội nghị|Đại diện|Thay mặt)(?!\w)")
_CARRIER = re.compile(r"[hH]ãng(?:\s+bay|\s+hàng không)?\s+(?=[A-ZĐ])")
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:đã|cũng|vừa|chính thức|long trọng|mới đây|cùng nhau))+\s*$", re.I)


def _subject_start(local: str, end: int) -> int:
    """Where the subject ending at ``end`` starts: the latest comma chunk that opens with a capital."""
    do = local.rfind(" do ", 0, end)
    if do >= 0 and "," not in local[do:end]:
        return do + 4
    start = 0
    for m in re.finditer(r",\s+|\)\s*[–-]\s+", local[:end]):
        if m.end() < end and local[m.end()].isupper():
            start = m.end()
    return start


def _pieces(local: str, start: int, end: int, *, split: re.Pattern[str] = _SPLIT_BODIES) -> list[tuple[int, int]]:
    """The bodies of a subject, split at "phối hợp với", "cùng" and the like."""
    out, cursor = [], start
    for m in list(split.finditer(local, start, end)) + [None]:
        stop = m.start() if m else end
        piece = _TRAILING_ADVERBS.sub("", local[cursor:stop])
        lead = len(piece) - len(piece.lstrip())
        carrier = _CARRIER.match(piece, lead)
        lead = carrier.end() if carrier else lead
        if _looks_like_body(piece[lead:].strip()):
            out.append((cursor + lead, cursor + len(piece.rstrip())))
        cursor = m.end() if m else end
    return out


def _looks_like_body(piece: str) -> bool:
    """Whether ``piece`` reads as a body's name: it opens with a body word, or is a short capitalised name."""
    if not piece or not piece[0].isupper():
        return False
    if _TITLE_START.match(piece) or _NOT_BODY.match(piece):
        return False  # "Bộ trưởng Bộ Công Thương ...": a person's position; "Lễ ký kết", "Đối với": no body
    if re.match(_BODY_START, piece) and not piece.startswith("các"):
        return True
    words = piece.split()
    return len(words) <= 4 and all(w[0].isupper() or not w[0].isalpha() for w in words)


def _unique(names) -> list[str]:
    out: list[str] = []
    for name in names:
        name = name.strip()
        if name and name not in out:
            out.append(name)
    return out
