"""Policy areas the article's events and agreements centre on.

The cue phrases of ``focus_cues.tsv`` are looked for only where an article
says what it is about: the headline, the sentences that report its events
and agreements, and the sentences that discuss them ("Tại hội nghị, các đại
biểu thảo luận về ...", "Giai đoạn 2017-2020, với mục đích ...").  Passing
words elsewhere do not count, nor words inside the names of bodies ("Sở Y
tế"): a cue must be written in lower case unless it opens the sentence.
Matching ignores old/new tone placement and the commas and dashes between
words, so "phòng, chống tệ nạn xã hội" and "phòng chống tệ nạn xã hội" are
one cue.  One :class:`FocusArea` per label, at its first phrase.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .. import lexicons
from ..models import Agreement, Doc, Event, FocusArea, Sentence, Span

_REFERS_TO_EVENT = re.compile(
    r"(?:^|(?:tại|trong|của|qua)\s+)(?:buổi\s+|cuộc\s+)?(?:hội nghị|hội thảo|lễ|diễn đàn|tọa đàm|toạ đàm|"
    r"họp|làm việc|lớp tập huấn|lớp|hội thi|chương trình|phiên giao dịch|phiên|kỳ họp|ngày hội|hội chợ)(?!\w)", re.I)
_TOPIC = re.compile(
    r"(?<!\w)(?:vấn đề|nội dung|trọng tâm|xoay quanh|về công tác|lĩnh vực|mục đích|mục tiêu|chủ đề|"
    r"tập trung (?:vào|thảo luận)|thảo luận về|bàn về|đánh giá kết quả|kết quả công tác|tư vấn|truyền đạt|"
    r"tuyên truyền về|hướng dẫn về|trao đổi về|chia sẻ về|giới thiệu về)(?!\w)", re.I)
_ABOUT_AGREEMENT = re.compile(
    r"^\W*(?:theo|với|thông qua)\s+(?:quy chế|chương trình|kế hoạch|thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|đề án)"
    r"|(?:quy chế|chương trình|kế hoạch|thỏa thuận|thoả thuận|biên bản ghi nhớ|đề án)(?:\s+\S+){0,3}?\s+"
    r"(?:tập trung vào|gồm|bao gồm|với mục tiêu|hướng tới)(?!\w)", re.I)
_SHIFTED_TONE = re.compile(r"([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])")
_SEPARATOR = r"[\s,\-–]+"


def fold_tones(text: str) -> str:
    """``text`` with new-style tone placement moved to the old style, same length.

    >>> fold_tones("hoà thuỷ")
    'hòa thủy'
    """
    return _SHIFTED_TONE.sub(_shift, text)


def _shift(m: re.Match[str]) -> str:
    base, *marks = unicodedata.normalize("NFD", m.group(2))
    moved = unicodedata.normalize("NFC", m.group(1) + "".join(marks))
    return moved + base if len(moved) == 1 else m.group(0)


@cache
def _cue_pattern() -> tuple[re.Pattern[str], tuple[tuple[str, bool], ...]]:
    """One alternation of every cue (longest first) and, per group, its label and whether case must match."""
    rows = sorted(lexicons.rows("focus_cues.tsv", columns=2), key=lambda r: len(r[1]), reverse=True)
    parts = []
    for i, (_, cue) in enumerate(rows):
        words = _SEPARATOR.join(re.escape(w) for w in re.split(r"[\s,\-–]+", fold_tones(cue)) if w)
        parts.append(f"(?P<f{i}>(?-i:{words}))" if _exact(cue) else f"(?P<f{i}>{words})")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.I), tuple((label, _exact(cue)) for label, cue in rows)


def _exact(cue: str) -> bool:
    """Abbreviations and names ("TNXH", "SEA Games") match case exactly."""
    return cue[0].isupper()


def find_focus_areas(doc: Doc, events: list[Event], agreements: list[Agreement]) -> list[FocusArea]:
    """One focus area per label, from where the article says what its events and agreements are about."""
    found: dict[str, FocusArea] = {}
    for start, end in _zones(doc, events, agreements):
        for area in _areas_in(doc.text, start, end):
            found.setdefault(area.label, area)
    areas = sorted(found.values(), key=lambda a: a.span.start)
    if not areas and (events or agreements):
        areas = [_other((events or agreements)[0], doc.text)]
    return areas


def _other(record: Event | Agreement, text: str) -> FocusArea:
    """A clear focus outside the taxonomy: the name of the article's first event or agreement."""
    span = record.span
    at = span.text.find(record.name) if record.name else -1
    if at >= 0:
        span = Span.of(text, span.start + at, span.start + at + len(record.name))
    return FocusArea(label="other", text=span.text, span=span)


def _zones(doc: Doc, events: list[Event], agreements: list[Agreement]) -> list[tuple[int, int]]:
    """The stretches of text that say what the article is about, headline first."""
    zones = [(s.start, s.end) for s in doc.sentences if s.kind == "title"]
    zones += [(r.span.start, r.span.end) for r in [*events, *agreements]]
    periods = {(a.period.start, a.period.end) for a in agreements if a.period} if agreements else None
    zones += [(s.start, s.end) for s in doc.sentences if s.kind == "body" and _discusses(s, events, periods)]
    return zones


def _discusses(sentence: Sentence, events: list[Event], periods: set[tuple[str, str]] | None) -> bool:
    """Whether ``sentence`` discusses what an event or agreement of the article is about
    (``periods`` is None when the article reports no agreement)."""
    if periods is not None and _ABOUT_AGREEMENT.search(sentence.text):
        return True  # "Theo quy chế, hai bên phối hợp ...": what the agreement is about
    if not _TOPIC.search(sentence.text):
        return False
    if events and _REFERS_TO_EVENT.search(sentence.text):
        return True
    return any(re.search(rf"{start[:4]}\s*[-–]\s*{end[:4]}", sentence.text) for start, end in periods or ())


def _areas_in(text: str, start: int, end: int) -> list[FocusArea]:
    pattern, labels = _cue_pattern()
    folded = fold_tones(text[start:end])
    out = []
    for m in pattern.finditer(folded):
        label, exact = labels[int(m.lastgroup[1:])]
        if not exact and text[start + m.start()].isupper() and not _opens(text, start, start + m.start()):
            continue  # a capitalised cue is part of a name ("Sở Y tế", "Hội Người cao tuổi")
        out.append(FocusArea(label=label, text=text[start + m.start():start + m.end()],
                             span=Span.of(text, start + m.start(), start + m.end())))
    return out


def _opens(text: str, zone_start: int, at: int) -> bool:
    """Whether ``at`` opens its sentence or a list item, where any word is capitalised."""
    before = text[zone_start:at].rstrip()
    return not before or before[-1] in ".:;!?\"“(–-"
