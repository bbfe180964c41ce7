"""Meetings, conferences, ceremonies, working sessions, trainings and contests the article reports.

Every sentence is searched once for the event cues of ``event_cues.tsv``.
A cue is an *anchor* when it introduces an event the sentence reports as
happening: a named event ("Hội nghị tổng kết ...") or a reporting verb
("tiếp", "hội đàm") in a sentence with a date or a happening verb ("tổ
chức", "diễn ra", "đã"), not a plan ("sẽ", "dự kiến") nor a plural series
("các hội thi").  An anchor opens an :class:`Event` unless it is the same
as one already open (same kind and day, or a similar name).  The other
cues are *references* ("Tại hội nghị", "Tham dự buổi lễ có ..."): they
point back at an open event and add its chairs, participants and count.
The headline and photo captions only confirm events, or add one whose
kind the body lacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from rapidfuzz import fuzz

from .. import lexicons
from ..models import AttendeeCount, DateMention, Doc, Event, Organization, Person, Sentence, Span
from .dates import PART_OF_DAY_NAMES
from .roles import UPPER, bodies_before, bodies_between, bodies_listed, people_in


@dataclass
class _Cue:
    """One event cue found in a sentence; offsets are into the article text."""

    kind: str
    form: str
    sentence: Sentence
    start: int
    end: int
    name: str
    first: bool = True
    """Whether it is the first cue of its sentence (the sentence's place and date are its own)."""
    joined: bool = False
    """Whether it follows the cue before it with only a comma or "và" between ("gặp mặt, trao quyết định")."""
    since: int = 0
    """Offset in the sentence where the name of the cue before it ends (0 for the first)."""


@dataclass
class _Draft:
    """An event being assembled from its anchor and the references to it."""

    cue: _Cue
    date: str | None
    part_of_day: str | None
    own_day: bool = False
    """Whether the anchor's own sentence dates it."""
    chaired_by: tuple[str, ...] = ()
    """Who chairs it by its anchor's sentence: another chair on the same day is another occasion."""
    merged: list[_Cue] = field(default_factory=list)
    location: str | None = None
    organizers: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    attendee_count: AttendeeCount | None = None


_NAME_STOP = re.compile(
    r"[.;:!?\n]|,\s|\s[-–]\s|\s\((?=tổ chức|diễn ra|khai mạc|từ ngày|ngày)|\s(?=(?:Ông|Bà|Đồng chí|Ảnh)\s)|\s(?=(?:ông|bà)\s+[A-ZĐ])|\s(?:tại|do|vào|với|nhằm|được|đã|diễn ra|có|sáng|chiều|tối|trưa|ngày|từ|để|cho|thu hút|"
    r"của|trước|sau|nhân dịp|lúc|hồi|khi|(?:được\s+)?tổ chức\s+(?:tại|ở|vào|từ)|bế mạc|khai mạc|bầu|kết thúc|khép lại|"
    r"thống nhất|hiệp thương|biểu quyết|nhấn mạnh|nêu|ghi nhận|yêu cầu|chính thức|là|nhưng|mà|cũng|đang|vẫn|về phía)"
    r"(?=\s|[,.;:!?]|$)"
)
_PLURAL = re.compile(r"(?<!\w)(?:(?:các|những|nhiều|mấy|hàng loạt|một số|chuỗi|loạt|mỗi|từng)\s+(?:\S+\s+){0,2}|\d+\s+(?:lần\s+)?(?:\S+\s+)?)$", re.I)
_PLANNED = re.compile(r"(?<!\w)(?:sẽ|dự kiến)\s+(?:được\s+)?(?:tổ chức|diễn ra|khai mạc|tiến hành)(?!\w)", re.I)
_COMING = re.compile(r"(?<!\w)(?:vào\s+)?(?:đầu|giữa|cuối)?\s*(?:tháng|tuần|năm|quý)\s+(?:\d+\s+|[IV]+\s+)?tới(?!\w)", re.I)
_COMING_AFTER = re.compile(r"\s*(?:tới|sắp tới)(?!\w)")
_PLANNED_BEFORE = re.compile(r"(?<!\w)(?:sẽ|dự kiến)(?!\w)[^.;!?]*$", re.I)
# "Đại hội Đảng bộ các cấp" (13 corpus articles): every congress of a level, not one
_EVERY_LEVEL = re.compile(r"(?<!\w)các cấp(?!\w)", re.I)
_HABIT = re.compile(r"(?<!\w)(?:(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)|thường xuyên|định kỳ)(?!\w)", re.I)
# "Hội nghị X diễn ra vào tháng 7 năm ngoái", "kỳ họp HĐND cuối năm ngoái": an occasion of an earlier year recalled
_LAST_YEAR = re.compile(r"[^.;!?]{0,70}?(?<!\w)(?:năm ngoái|năm trước|năm rồi)(?!\w)", re.I)
_RETROSPECT = re.compile(r"^\W*(?:trong\s+)?(?:giai đoạn|thời gian qua|những năm qua|nhiều năm qua|năm qua|qua \d+ năm|từ năm)", re.I)
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sắp|không thể|chưa|chuẩn bị|dự định|kế hoạch tổ chức|đề nghị|phấn đấu|tiến tới|cần|phải|"
                     r"yêu cầu|kêu gọi|mong muốn|hy vọng|dự thảo|nên|đề xuất|kiến nghị|nếu)(?!\w)", re.I)
# "dự" alone is attending; "dự án", "dự thảo", "dự kiến", "vinh dự" ... are other words
_DU = r"(?<!vinh )(?<!danh )dự(?!\s+(?:án|thảo|kiến|báo|toán|trữ|định|đoán|phòng|bị|luật|tính)(?!\w))"
_HAPPENED = re.compile(rf"(?<!\w)(?:diễn ra|khai mạc|bế mạc|tiến hành|long trọng|đã|vừa|chủ trì|tham {_DU}|{_DU}|chứng kiến|"
                       r"bầu(?!\s+cử))(?!\w)", re.I)
_ORGANISED_BEFORE = re.compile(r"(?:tổ chức|khai mạc|tiến hành|chứng kiến|long trọng|chủ trì|(?<!\w)có)\s+(?:buổi\s+|cuộc\s+)?$", re.I)
_CONNECTIVE_END = re.compile(r"(?<!\w)(?:đồng thời|cùng với đó|ngoài ra|bên cạnh đó|chủ động|tiếp tục|thường xuyên|"
                             r"định kỳ|hằng năm|hàng năm|để|nhằm|việc(?:\s+chủ trì)?|tập trung|tích cực|khẩn trương)$", re.I)
_ORGANISED_AFTER = re.compile(r"\s*(?:đã\s+)?(?:được\s+)?(?:tổ chức|diễn ra|khai mạc)(?!\w)", re.I)
_REFERENCE_BEFORE = re.compile(
    r"(?:tại|dự|ở|trong|sau|sau khi|trước khi|về|qua|của|với|được|bên lề|khuôn khổ|kết thúc|bắt đầu)\s+(?:buổi\s+|cuộc\s+)?$", re.I)
# "sau Kỳ họp thứ ba", "kết quả Hội nghị X": another event, already over, that the sentence only names
_ANOTHER_BEFORE = re.compile(r"(?<!\w)(?:(?:sau|sau khi|trước|trước khi)(?:\s+(?:diễn ra|kết thúc|bế mạc|khai mạc))?|"
                             r"trước thềm|kết quả|thành công của|tinh thần|theo dõi|"
                             r"phát biểu (?:khai mạc|bế mạc|chỉ đạo|tổng kết))\s+(?:buổi\s+|cuộc\s+)?$", re.I)
# "Tại hội nghị, ông A công bố quyết định ...": what happens at an event already named is part of it
_AT_EVENT = re.compile(r"^\W*(?:tại|trong|bên lề)\s+(?:buổi\s+|cuộc\s+)?(?:hội nghị|hội thảo|lễ|kỳ họp|phiên họp|cuộc họp|"
                       r"làm việc|đại hội|diễn đàn|tọa đàm|toạ đàm|chương trình|hội đàm|họp|gặp|gặp mặt|họp mặt|gặp gỡ|giao lưu|tiếp|"
                       r"tiếp xúc|tiếp xúc cử tri)(?:\s+(?:này|trên))?\s*,",
                       re.I)
# "Hội nghị Trung ương 8 đã khẳng định: ...", "Theo kết luận tại kỳ họp 20, ...": an event cited as an authority
_CITED_AFTER = re.compile(r"^\s*(?:đã\s+|cũng\s+)?(?:khẳng định|nêu|nêu rõ|chỉ rõ|chỉ ra|đề ra|xác định|nhận định|kết luận)(?!\w)",
                          re.I)
# "Hội nghị Trung ương tháng 10 đã thống nhất ...": outside the lead, an occasion named for what it decided
_OUTCOME_AFTER = re.compile(r"\s*(?:đã|cũng đã|vừa)\s+(?:thống nhất|quyết định|thông qua|bầu|kết luận)(?!\w)", re.I)
_ACCORDING_TO = re.compile(r"^\W*theo\s+(?!đó|kế hoạch|dự kiến|chương trình)", re.I)
_REPORTED_SPEECH = re.compile(r"(?<!\w)(?:cho biết|cho hay|nói|kể|chia sẻ|nhớ lại|khẳng định|nhấn mạnh)\s*(?:[,:]|rằng(?!\w))",
                              re.I)
_HEARSAY = re.compile(r"(?<!\w)(?:cho biết|cho hay|nói|kể|chia sẻ|nhớ lại|khẳng định|nhấn mạnh|phát biểu|theo)(?!\w)", re.I)
_FRESH = re.compile(r"^\W*(?:cùng ngày|cũng trong|trước đó|sau đó|tiếp đó|cùng dịp|nhân dịp này|(?:sáng|chiều|tối) cùng ngày)", re.I)
# "Cùng ngày, tại buổi làm việc với Sở Tài chính, ...": an occasion of its own on a day already told
_FRESH_AT = re.compile(r"^\W*(?:cùng ngày|cũng trong ngày|trước đó|sau đó|tiếp đó|(?:sáng|chiều|tối) cùng ngày)\s*,\s*"
                       r"(?:tại|trong)\s+(?:buổi\s+|cuộc\s+)?$", re.I)
# whom a meeting is with: "làm việc với Sở Tài chính", "tiếp Đại sứ Nhật Bản", "cuộc gặp các tướng lĩnh ..."
_COUNTERPART = re.compile(r"\s+(?:với\s+)?(?!(?:về|tại|để|nhằm|vào|sáng|chiều|tối|ngày|cùng|của|do|được|đã|và|lần|thứ)\s)"
                          r"([^,;:.()]+?)(?=\s+(?:về|tại|để|nhằm|vào|sáng|chiều|tối|ngày)\s|[,;:.(]|$)")
_DAY_WRITTEN = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}(?![\d])")
_JOINED = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_SAME_DAY = re.compile(r"^\W*(?:cùng ngày|cũng trong ngày|trong ngày|(?:sáng|chiều|tối|trưa) cùng ngày)", re.I)
_CLAUSE_BREAK = re.compile(r"\.\.\.|…|\s\*\s")
_DOCUMENT_OF = re.compile(r"(?:nghị quyết|văn kiện|kết luận|chỉ thị|tinh thần|báo cáo chính trị|quy chế|nội quy|dự thảo)"
                          r"\s+(?:của\s+)?$", re.I)
# "Chủ tịch Diễn đàn APPF", "Ban Tổ chức Hội thi": a position in, or the board of, a standing body named like an occasion
_POST_OF = re.compile(r"(?<!\w)(?:(?:Phó\s+)?Chủ tịch|Tổng thư ký|Ban tổ chức|Ban Tổ chức|thành viên)\s+$")
_TODAY = re.compile(r"(?<!\w)(?:(sáng|trưa|chiều|tối|đêm)\s+nay|hôm nay|ngày hôm nay)(?!\w)", re.I)
# the day of a numbered document ("Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013") dates no event
_DOCUMENT_DAY = re.compile(r"(?<!\w)(?:số\s+\d+[\w./-]*|\d+[\w.-]*/[\w./-]+)(?:\s+của\s+[^,;.]{1,50}?)?\s+(?:ban hành\s+)?(?:ngày\s+)?$")
_YEAR_NAMED = re.compile(r"(?<!\w)năm\s+(\d{4})(?![\d\s]*[-–])")
_REGULAR = re.compile(r"(?<!\w)thường kỳ\s+tháng", re.I)
_SESSION = re.compile(r"(?:phiên|ngày làm việc|buổi)(?!\w)", re.I)
# "Hội thảo X do Bộ A tổ chức", "Giải Y khởi tranh ngày 5/4, do Liên đoàn A phối hợp với Sở B tổ chức",
# "Hội nghị Z được Bộ A tổ chức ngày 19/10"
_HELD_BY_AFTER = re.compile(r"(?<!\w)(?:do|được)\s+([A-ZĐ][^;.]{1,200}?)\s+(?:đồng\s+)?tổ chức(?!\w)")
_PLACED_AT = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:buổi\s+|cuộc\s+)?$", re.I)
_ANAPHORA = re.compile(r"\s(?:này|đó|nói trên|trên)$")
_TITLE_LEAD = re.compile(r"(?<!\w)(?:tổ chức|khai mạc|bế mạc|chủ trì|dự|tham dự|tại)\s+(?:buổi\s+|cuộc\s+)?$", re.I)
_VIEW_OF = re.compile(r"(?:quang cảnh|toàn cảnh|khai mạc|bế mạc)", re.I)
_LONG_QUOTE = re.compile(r"[\"“][^\"“”]{60,}[\"”]")
_ATTENDING = re.compile(rf"(?<!\w)(?:tham {_DU}|tham gia|{_DU}|có mặt|thu hút|đến từ)(?!\w)", re.I)
_COUNT = re.compile(
    r"(?<![\w/.,])(hơn|trên|gần|khoảng|chừng|xấp xỉ|ước|)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:/\d+)?\s+"
    r"(?:\w+\s+)?(?:đại biểu|người|doanh nghiệp|khách mời|cán bộ|học viên|vận động viên|VĐV|thí sinh|đội|đơn vị|"
    r"học sinh|sinh viên|thanh niên|đoàn viên|hội viên|công nhân|chuyên gia|nhà khoa học|cử tri|nghệ nhân|em|"
    r"lao động|người lao động|hộ|khách|nhà đầu tư|phóng viên)(?!\w)",
    re.I,
)
# "có 133 cổ đông tham dự", "gần 500 DN tham gia": any one or two words counted right before attending
_COUNT_ATTENDING = re.compile(r"(?<![\w/.,])(?<!năm )(hơn|trên|gần|khoảng|chừng|xấp xỉ|ước|)\s*(\d{1,3}(?:\.\d{3})+|\d+)\s+"
                              r"(?:(?!(?:đã|đang|sẽ|cũng|và|với|sự|của|nước|năm|lần|người)\s)\w+\s+){1,2}"
                              r"(?:tham dự|tham gia|có mặt|về dự|đến dự)(?!\w)", re.I)
_QUALIFIER = {"hơn": "more_than", "trên": "more_than", "gần": "nearly", "khoảng": "about", "chừng": "about",
              "xấp xỉ": "about", "ước": "about", "": "exact"}
_PLACE = re.compile(
    r"(?:(?<!\w)tại|(?<=tổ chức )ở|(?<=diễn ra )ở)\s+(?!(?i:buổi|cuộc|lễ|hội nghị|hội thảo|diễn đàn|phiên|kỳ họp|đây|chỗ|"
    r"địa phương|cơ sở|đại hội|chương trình|sự kiện)(?!\w))"
    r"(.+?)(?=,\s(?!(?:thành phố|TP\.?|tỉnh|huyện|quận|thị xã|thị trấn|xã|phường)\s)|(?<!TP)\.(?=\s|$)|[;:!?]|\s(?:tổ chức|do|từ|vào|với|để|"
    r"nhằm|nhân|nằm|sáng|chiều|tối|ngày|đã|diễn ra|cho|được|và(?=\s+[^\s" + UPPER + r"]))\s|$)"
)
# lower-case words that open a place ("tại xã Chiềng Đen", "tại trụ sở UBND")
_PLACE_WORDS = frozenset({"sân", "hội", "trụ", "khu", "thành", "tỉnh", "huyện", "xã", "phường", "quận", "thị", "thôn", "bản",
                          "ấp", "nhà", "trường", "cung"})
_ORGANISE_VERB = re.compile(r"(?<!\w)(?:(?:đã|long trọng|chính thức|vừa|cùng)\s+)*tổ chức(?!\w)")
# "Hội nghị tổng kết năm 2022 của Sở Nội vụ": the body whose event it is
_OF_BODY = re.compile(r"\s*(?:năm \d{4}\s+)?của\s+([A-ZĐ][^,;.()]*?)(?=\s+(?:tổ chức|diễn ra|đã|được|vào|tại|do|khai mạc|"
                      r"với|năm|về|sáng|chiều|tối|ngày|khóa|khoá|nhiệm kỳ|lần)\s|[,;.(]|$)")
_WITH_A_GUEST = re.compile(r"(?:tiếp|làm việc|gặp|hội đàm|hội kiến)(?!\w)", re.I)  # "buổi tiếp Đoàn ... của X": X visits
_OPENS_WITH_AT = re.compile(r"\W*(?:\w+\W+){0,3}?(?:tại|trong)\s+(?:buổi\s+|cuộc\s+)?", re.I)
# "UBND tỉnh đã có buổi tiếp ...", "hai Bộ trưởng có cuộc hội đàm" (34 corpus articles): the subject holds it
_HAS_A_SESSION = re.compile(r"(?:\s+(?:đã|cũng|vừa|chính thức))*\s+có\s+$")
_CHAIRED_BY = re.compile(r"(?<!\w)(?:do\s+(.+?)\s+(?:đồng\s+)?chủ trì|dưới sự (?:đồng\s+)?chủ trì của\s+"
                         r"(.+?)(?=\s+(?:đã|đang|sẽ|với|tại|về|để|cùng)\s|[,;:.]|$))", re.I)
_CHAIRS = re.compile(r"(?<!\w)(?:đồng\s+)?chủ trì(?!\w)(?!\s+tổ chức)", re.I)  # "chủ trì tổ chức": hosts


@cache
def _body_in_name_pattern() -> re.Pattern[str]:
    """A body kind of ``event_holders.txt`` and the rest of its name, up to the occasion's term or year."""
    kinds = "|".join(map(re.escape, sorted(lexicons.words("event_holders.txt"), key=len, reverse=True)))
    return re.compile(rf"\s+((?:{kinds})\s.+?)(?=\s+(?:lần thứ|khóa|khoá|nhiệm kỳ|năm|tháng|giai đoạn|về|\()|$)")


@cache
def _cue_pattern() -> tuple[re.Pattern[str], tuple[tuple[str, str, re.Pattern[str]], ...]]:
    """One alternation of every cue (longest first), and each cue's kind, form and own pattern.

    The alternation has no group per cue (with them the search took four times as long): the cue
    that matched is the first whose own pattern matches where the alternation did (:func:`_cue_at`).
    """
    rows = sorted(lexicons.rows("event_cues.tsv", columns=3), key=lambda r: len(r[2]), reverse=True)
    body = "|".join(f"(?:{pattern})" for _, _, pattern in rows)
    cues = tuple((kind, form, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)) for kind, form, pattern in rows)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I), cues


def _cue_at(searched: str, start: int) -> tuple[str, str]:
    """The (kind, form) of the cue the alternation of :func:`_cue_pattern` matched at ``start``: the
    first in its order, as a regex alternation picks."""
    return next((kind, form) for kind, form, own in _cue_pattern()[1] if own.match(searched, start))


def find_events(doc: Doc, dates: list[DateMention], people: list[Person], organizations: list[Organization]) -> list[Event]:
    """Every event ``doc`` reports as happening, one per real event."""
    dates = [d for d in dates if not _DOCUMENT_DAY.search(doc.text, max(0, d.span.start - 80), d.span.start)]
    cues = [cue for s in doc.sentences if s.kind in ("title", "body", "caption", "heading") for cue in _cues(doc.text, s)]
    headline = " ".join(s.text for s in doc.sentences if s.kind == "title").casefold()
    anchors, references = _sort(cues, dates, headline)
    drafts = _open_events(anchors, dates, doc, people)
    if not anchors:  # anchors that were all of historical events: the lead is not about a new one
        drafts = _from_lead(doc, references, dates)
    _add_details(doc, drafts, references, people, organizations)
    return [_event(doc.text, d) for d in drafts]


def _from_lead(doc: Doc, references: list[_Cue], dates: list[DateMention]) -> list[_Draft]:
    """An event the lead only refers to ("Tại hội nghị, ông A cho biết ..."): the article is about it."""
    lead = [s.start for s in doc.sentences if s.kind == "body"][:3]
    first = next((c for c in references if c.sentence.start in lead and c.form == "noun" and _points_back(c)), None)
    if first is None:
        return []
    dated, date, part = _sentence_date(first, dates)
    return [_Draft(first, date if dated else _article_day(doc, dates), part)]


def _points_back(cue: _Cue) -> bool:
    """Whether the cue names an event as known ("Tại hội nghị", "Hội nghị đã ...") rather than as a task."""
    before = cue.sentence.text[_clause_start(cue): cue.start - cue.sentence.start]
    if _cited(cue, before) or _ANOTHER_BEFORE.search(before) or _REPORTED_SPEECH.search(before):
        return False
    return not before.strip() or bool(_REFERENCE_BEFORE.search(before))


def _article_day(doc: Doc, dates: list[DateMention]) -> str | None:
    """The first full day the body gives that is not a historical one: the day the article reports; None when the
    body's first day has no year ("Chiều 19/4, ..."): the article's day is that one, its year unknown."""
    latest = _latest_year(dates)
    body = [(s.start, s.end) for s in doc.sentences if s.kind == "body"]
    for d in dates:
        if d.precision != "day" or d.kind != "point" or not any(a <= d.span.start < b for a, b in body):
            continue
        if d.value.startswith("--"):
            return None
        recent = latest is None or int(d.value[:4]) >= latest - 1
        if recent and not _day_to_come(doc.text, d):
            return d.value
    return None


def _day_to_come(text: str, day: DateMention) -> bool:
    """Whether the day is set for a plan: "dự kiến diễn ra vào ngày 9/12 tới đây", "sẽ khai mạc ngày 5/3"."""
    return bool(_COMING_AFTER.match(text, day.span.end) or _PLANNED_BEFORE.search(text, max(0, day.span.start - 40),
                                                                                  day.span.start))


def _cues(text: str, sentence: Sentence) -> list[_Cue]:
    """The event cues of ``sentence``, skipping cues inside the name of an earlier one."""
    pattern = _cue_pattern()[0]
    searched = _LONG_QUOTE.sub(lambda m: " " * len(m.group(0)), sentence.text)
    out: list[_Cue] = []
    for m in pattern.finditer(searched):
        if out and out[-1].form == "noun" and sentence.start + m.start() < out[-1].start + len(out[-1].name):
            continue  # part of the name of the event before it
        kind, form = _cue_at(searched, m.start())
        name = _name_at(sentence.text, m.start(), m.end(), form)
        joined = bool(out) and bool(_JOINED.fullmatch(text, out[-1].end, sentence.start + m.start()))
        since = out[-1].start - sentence.start + len(out[-1].name) if out else 0
        out.append(_Cue(kind, form, sentence, sentence.start + m.start(), sentence.start + m.end(), name, not out,
                        joined, since))
    return out


def _name_at(sentence: str, start: int, end: int, form: str) -> str:
    """The event's own name as written from its cue on (the whole clause for a reporting verb)."""
    if form == "verb":
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
        stop = _CLAUSE_BREAK.search(sentence, end)
        return sentence[breaks[-1] if breaks else 0: stop.start() if stop else len(sentence)].strip()[:160]
    stop = _NAME_STOP.search(sentence, end)
    return sentence[start:stop.start() if stop else len(sentence)].strip()[:160]


def _named(cue: _Cue) -> bool:
    """Whether the cue is followed by words of a name ("Hội nghị tổng kết ..." but not "hội nghị")."""
    rest = cue.name[cue.end - cue.start:].split()
    return len(rest) >= 2 or (len(rest) == 1 and (rest[0][0].isupper() or rest[0][0].isdigit()))


def _sort(cues: list[_Cue], dates: list[DateMention], headline: str) -> tuple[list[_Cue], list[_Cue]]:
    """Split the cues into anchors and references; cues of plans and series are dropped."""
    anchors, references = [], []
    lead = {c.sentence.start for c in cues if c.sentence.kind == "body"}
    lead = set(sorted(lead)[:1])  # the first body sentence with a cue tells the article's own event
    for cue in cues:
        own = cue.sentence.start in lead or _in_headline(cue, headline)
        role = _decide(_read(cue, _dates_in(cue, dates), own))
        if role == "anchor":
            anchors.append(cue)
        elif role == "reference" and cue.sentence.kind in ("body", "heading"):
            references.append(cue)
    return anchors, references


def _in_headline(cue: _Cue, headline: str) -> bool:
    """Whether the headline names the cue's occasion by a word of its own ("RCEP", "ASEAN")."""
    rest = cue.name[cue.end - cue.start:].split()
    return any(len(w) > 2 and (w[0].isupper() or w[0].isdigit()) and w.casefold() in headline.split() for w in rest)


@dataclass
class _Reading:
    """What the sentence around a cue says about it; :func:`_decide` judges from this alone."""

    cue: _Cue
    headline: bool
    """In the headline or a caption, where only a cue at the start names the article's event."""
    at_start: bool
    """Nothing but a lead-in ("Quang cảnh", "tổ chức") before the cue in a headline or caption."""
    named: bool
    """A noun cue followed by words of a name, or a reporting verb."""
    not_an_occasion: bool
    """One of many ("các hội thi"), a habit ("hằng tháng ... đã họp"), part of a document ("nghị quyết hội nghị"), a
    post in a body ("Chủ tịch Diễn đàn X"), an occasion of last year or a retrospective."""
    told_by_someone: bool
    """Inside what someone recounts ("ông A cho biết đã làm việc với ...")."""
    step_of_another: bool
    """A step of an event already named ("Tại hội nghị, ông A tiếp ...")."""
    another_or_cited: bool
    """Another event the sentence only names ("sau Kỳ họp thứ ba") or cites as an authority."""
    pointing_back: bool
    """Written as a reference ("tại hội nghị", "hội nghị này"), or named after "tại" with no day or holder of its own
    ("tại Kỳ họp thứ 5 đã thông qua ..."), outside the lead and the headline: an occasion the sentence only cites."""
    held: bool
    """The clause dates it, has a happening verb ("diễn ra", "đã") or someone holds it."""
    organised: bool
    """ "tổ chức <cue>" with the event held, or "<cue> được tổ chức"."""
    planned: bool
    """A plan or wish rather than a happening ("sẽ", "dự kiến", "cần")."""
    fresh: bool
    """Introduced after "Cùng ngày, tại ..." with whom it was held: a further occasion, not a reference."""


def _read(cue: _Cue, found: list[DateMention], own: bool) -> _Reading:
    """Gather what the sentence says about ``cue`` (``found``: the dates of its clause)."""
    has_date = bool(found)
    clause = _clause(cue)
    rel = cue.start - cue.sentence.start
    before = clause[: rel - _clause_start(cue)]
    after = cue.sentence.text[rel + len(cue.name):]
    headline = cue.sentence.kind in ("title", "caption")
    title = cue.sentence.kind == "title"
    named = cue.form == "verb" or _named(cue)
    held = bool(has_date or _HAPPENED.search(clause) or _held_by_someone(clause))
    return _Reading(
        cue=cue, headline=headline,
        at_start=bool(not before.strip() or (cue.form == "verb" and title) or _VIEW_OF.fullmatch(before.strip())
                      or (title and _TITLE_LEAD.search(before))),
        named=named,
        not_an_occasion=bool(_PLURAL.search(before) or _DOCUMENT_OF.search(before) or _HABIT.search(before)
                             or _POST_OF.search(before) or _LAST_YEAR.match(cue.sentence.text, rel)
                             or _EVERY_LEVEL.search(cue.name)
                             or (_RETROSPECT.search(cue.sentence.text) and cue.sentence.kind == "body")),
        told_by_someone=_told_by_someone(cue, before, found),
        step_of_another=bool(cue.form == "verb" and (_AT_EVENT.match(before) or _session_of_named(cue, before))),
        another_or_cited=bool(_ANOTHER_BEFORE.search(before) or (cue.form == "noun" and _cited(cue, before))
                              or (cue.form == "noun" and not own and _OUTCOME_AFTER.match(after))),
        pointing_back=bool(_REFERENCE_BEFORE.search(before) and (cue.form == "verb" or not _named(cue))
                           or _ANAPHORA.search(cue.name)
                           or (_PLACED_AT.search(before) and not (has_date or own or _held_by_someone(after)))),
        held=held,
        organised=bool((_ORGANISED_BEFORE.search(before) and held) or _ORGANISED_AFTER.match(after)),
        planned=_future(cue),
        fresh=bool(_FRESH_AT.match(before) and _counterpart(cue)),
    )


def _decide(r: _Reading) -> str | None:
    """``anchor`` (an event the article reports), ``reference`` (points at one) or None (no event of its own)."""
    if r.cue.form == "verb" and r.cue.joined:
        return "reference"  # "tổ chức gặp mặt, trao quyết định nghỉ hưu ...": one event told by two cues
    if r.not_an_occasion:
        return None
    if r.headline:
        return "anchor" if r.at_start and r.named and not r.planned else None
    if r.told_by_someone or r.step_of_another or r.another_or_cited:
        return "reference"
    if not (r.organised or r.fresh or (not r.pointing_back and r.named and r.held)):
        return "reference"
    return None if r.planned else "anchor"


def _told_by_someone(cue: _Cue, before: str, found: list[DateMention]) -> bool:
    """Whether the cue is inside what someone recounts ("ông A cho biết đã làm việc với ..."), unless the account
    gives the occasion a day of its own ("ông A cho biết, ngày 2/10, Chính phủ đã họp ...")."""
    told = [*_REPORTED_SPEECH.finditer(before), *(_HEARSAY.finditer(before) if cue.form == "verb" else [])]
    if not told:
        return False
    told_at = cue.sentence.start + _clause_start(cue) + max(m.end() for m in told)
    return not any(d.precision == "day" and told_at <= d.span.start < cue.start for d in found)


def _counterpart(cue: _Cue) -> frozenset[str]:
    """The capitalised words (past the first) of whom a meeting is with ("với Sở Tài chính" gives {"Tài"})."""
    at = cue.end - cue.sentence.start
    if cue.kind != "meeting" or (cue.form == "noun" and not cue.sentence.text.startswith(" với ", at)):
        return frozenset()  # a "kỳ họp" is with no one
    m = _COUNTERPART.match(cue.sentence.text, at)
    words = m.group(1).split()[1:] if m else []
    return frozenset(w for w in words if w[0].isupper())


def _with_others(one: _Cue, other: _Cue) -> bool:
    """Whether two meetings are with different people: neither sentence names whom the other one is with
    ("làm việc với Hiệp hội Doanh nghiệp" and "làm việc với Sở Tài chính", but not "A làm việc với B" and
    "B làm việc với A")."""
    sides = _counterpart(one), _counterpart(other)
    if one.sentence is other.sentence or not all(sides):
        return False
    return not sides[0] & set(other.sentence.text.split()) and not sides[1] & set(one.sentence.text.split())


def _session_of_named(cue: _Cue, before: str) -> bool:
    """ "Đại hội X ... đã họp phiên thứ nhất": the verb "họp" tells a sitting of the occasion the clause named."""
    return _head(cue) == "họp" and bool(_cue_pattern()[0].search(before))


def _held_by_others(one: _Cue, other: _Cue) -> bool:
    """Whether two occasions are named for different bodies: "Đại hội Đảng bộ thành phố Hải Phòng" and "Đại hội
    Đảng bộ tỉnh Tuyên Quang" (the capitalised words of neither body are all in the other's name)."""
    bodies = [_body_in_name_pattern().match(c.name, c.end - c.start) if c.form == "noun" else None for c in (one, other)]
    if not all(bodies):
        return False
    words = [{w for w in m.group(1).split() if w[0].isupper()} for m in bodies]
    names = [set(c.name.split()) for c in (one, other)]
    return not words[0] <= names[1] and not words[1] <= names[0]


def _cited(cue: _Cue, before: str) -> bool:
    """Whether the named event is only cited: "X đã khẳng định: ...", "Theo kết luận tại X, ..."."""
    after = cue.sentence.text[cue.start - cue.sentence.start + len(cue.name):]
    return bool(_CITED_AFTER.match(after) or _ACCORDING_TO.match(before))


def _held_by_someone(clause: str) -> bool:
    """Whether a "tổ chức" of the clause has a holder: "Sở Y tế tổ chức ..." but not "Đồng thời, tổ chức ..." (a task)."""
    for m in _ORGANISE_VERB.finditer(clause):
        lead = clause[:m.start()].rstrip()
        if lead and lead[-1].isalnum() and not _CONNECTIVE_END.search(lead):
            return True
    return False


def _clause_start(cue: _Cue) -> int:
    """Offset in the sentence where the clause holding the cue starts (after "...", ";", ": ", " * ")."""
    local = cue.sentence.text
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(local, 0, cue.start - cue.sentence.start)]
    return starts[-1] if starts else 0


def _clause(cue: _Cue) -> str:
    """The clause of the sentence that holds the cue."""
    local = cue.sentence.text
    start = _clause_start(cue)
    stop = _CLAUSE_BREAK.search(local, cue.end - cue.sentence.start)
    return local[start: stop.start() if stop else len(local)]


def _future(cue: _Cue) -> bool:
    """Whether the clause up to the cue (and just after a noun's name) speaks of a plan rather than a happening."""
    start = _clause_start(cue)
    rel = cue.start - cue.sentence.start
    end = rel if cue.form == "verb" else rel + len(cue.name) + 25
    if cue.first and cue.form == "noun" and _PLANNED.search(cue.sentence.text, start, end + 40):
        return True  # "Hội nghị X, “Hội nghị Y” sẽ được tổ chức vào ..."
    if _COMING.search(cue.sentence.text, rel, rel + len(cue.name) + 60):
        return True  # "tổ chức một cuộc gặp ... vào cuối tháng 8 tới": a time still to come
    return bool(_FUTURE.search(_LONG_QUOTE.sub("", cue.sentence.text[start:end])))


def _dates_in(cue: _Cue, dates: list[DateMention]) -> list[DateMention]:
    """Dates at day or month precision in the clause of ``cue``."""
    start = cue.sentence.start + _clause_start(cue)
    regular = cue.form == "noun" and _REGULAR.search(cue.name)
    named = (cue.start, cue.start + len(cue.name)) if regular else (0, 0)
    # the month of "phiên họp thường kỳ tháng 6" is the month reviewed, not the one it is held in
    return [d for d in dates if start <= d.span.start < cue.sentence.end and d.precision != "year"
            and not (d.precision == "month" and named[0] <= d.span.start < named[1])]


def _own_text(cue: _Cue) -> str:
    """The sentence from the start of the cue's clause on."""
    return cue.sentence.text[_clause_start(cue):]


def _sentence_date(cue: _Cue, dates: list[DateMention]) -> tuple[bool, str | None, str | None]:
    """(whether the cue's clause dates itself, its date or None when the year is unknown, part of day)."""
    found = _dates_in(cue, dates)
    ranked = sorted(found, key=lambda d: (d.precision != "day", d.kind != "point", d.span.start))
    if not ranked:
        return False, None, None
    best = ranked[0]
    return True, (None if best.value.startswith("--") else best.value), best.part_of_day


def _open_events(anchors: list[_Cue], dates: list[DateMention], doc: Doc, people: list[Person]) -> list[_Draft]:
    """One draft per real event: body anchors first, then the headline's and the captions'."""
    latest = _latest_year(dates)
    today = _article_day(doc, dates)
    drafts: list[_Draft] = []
    for cue in sorted(anchors, key=lambda c: ("body", "heading", "title", "caption").index(c.sentence.kind)):
        dated, date, part = _sentence_date(cue, dates)
        if not dated:
            date, part = _undated(cue, drafts, dates, doc)
        if date and today and date[:4] > today[:4]:
            continue  # "... tổ chức Hội nghị X vào tháng 1/2018" in a report of May 2017: a plan
        if date and latest and int(date[:4]) < latest - 1 and (drafts or _year_written(cue, date, dates)):
            continue  # a historical event recalled (unless the lead's, its year only inferred), not the one reported
        named = _YEAR_NAMED.search(cue.name) if cue.form == "noun" else None
        if named and latest and int(named.group(1)) < latest - 1 and drafts:
            continue  # "Đại hội Đảng bộ tỉnh Yên Bái năm 2015" recalled in a later year
        chairs = tuple(_chairs(doc.text, cue.sentence, people)) if cue.sentence.kind == "body" else ()
        _merge_or_open(drafts, _Draft(cue, date, part, dated, chairs))
    return _fold_bare(drafts)


def _year_written(cue: _Cue, date: str, dates: list[DateMention]) -> bool:
    """Whether the clause writes the year of ``date`` itself (a year the dates stage inferred may be wrong)."""
    return any(date[:4] in d.span.text for d in _dates_in(cue, dates))


def _undated(cue: _Cue, drafts: list[_Draft], dates: list[DateMention], doc: Doc) -> tuple[str | None, str | None]:
    """The date of an anchor whose sentence gives none: the previous event's ("Cùng ngày"), else the first
    event day found, else the article's day."""
    if drafts and _SAME_DAY.search(_own_text(cue)):
        return drafts[-1].date, None
    today = _TODAY.search(_own_text(cue))
    if today and _published(doc, dates):
        return _published(doc, dates), PART_OF_DAY_NAMES.get((today.group(1) or "").lower())
    known = [d.date for d in drafts if d.date and len(d.date) == 10]
    return (known[0] if known else _article_day(doc, dates)), None


def _published(doc: Doc, dates: list[DateMention]) -> str | None:
    """The day of the publication line, which "sáng nay" and "hôm nay" mean."""
    lines = [(s.start, s.end) for s in doc.sentences if s.kind == "dateline"]
    found = [d.value for d in dates if d.precision == "day" and any(a <= d.span.start < b for a, b in lines)]
    return found[0] if found and not found[0].startswith("--") else None


def _latest_year(dates: list[DateMention]) -> int | None:
    years = [int(d.value[:4]) for d in dates if not d.value.startswith("--")]
    return max(years) if years else None


def _merge_or_open(drafts: list[_Draft], new: _Draft) -> None:
    """Fold the anchor of ``new`` into the draft of the same event, or open ``new``."""
    cue, date = new.cue, new.date
    confirming = cue.sentence.kind in ("title", "caption")  # they add an event only of a kind the body lacks
    for draft in drafts:
        if draft.cue.kind != cue.kind:
            continue
        if confirming or _same_event(draft, new):
            if date and not draft.date and not confirming:
                draft.cue, cue = cue, draft.cue  # the sentence that dates the event is the one that reports it
                draft.own_day = new.own_day
            draft.merged.append(cue)
            draft.date = draft.date or date
            draft.part_of_day = draft.part_of_day or new.part_of_day
            draft.chaired_by = draft.chaired_by or new.chaired_by
            return
    drafts.append(new)


def _fold_bare(drafts: list[_Draft]) -> list[_Draft]:
    """Events opened by a bare head word ("đại hội") that an event's full name starts with ("Đại hội đồng cổ đông
    ..."): the bare word means that kind of occasion here; with no day of its own, it is that very event."""
    out = list(drafts)
    for draft in drafts:
        cue = draft.cue
        if cue.form != "noun" or _distinctive(cue) or cue.sentence.kind not in ("body", "heading"):
            continue
        head = _head(cue)
        named = [d for d in out if d is not draft and d.cue.name.casefold().startswith(head)
                 and (_distinctive(d.cue) or d.cue.end - d.cue.start > len(head))]
        if not named:
            continue
        if not (draft.own_day or _FRESH.search(_own_text(cue))):
            named[0].merged += [cue, *draft.merged]
            out.remove(draft)
        else:
            draft.cue = replace(cue, kind=named[0].cue.kind)  # another sitting of the same kind of occasion
    return out


def _same_event(draft: _Draft, new: _Draft) -> bool:
    cue, date, part = new.cue, new.date, new.part_of_day
    if _SESSION.match(cue.name[cue.end - cue.start:].strip()):
        return True  # "Đại hội phiên thứ nhất": a session of the event already open
    if draft.chaired_by and new.chaired_by and not set(draft.chaired_by) & set(new.chaired_by):
        return False  # "Chiều 2/10, ông A chủ trì họp báo ..., dưới sự chủ trì của ông B, Chính phủ đã họp ...": two
    if _with_others(draft.cue, cue) or any(_held_by_others(told, cue) for told in [draft.cue, *draft.merged]):
        return False  # a working session with the Hiệp hội, the same day another with the Sở Tài chính
    similar = _similarity(draft.cue.name, cue.name) >= 0.75
    own = _own_text(cue)
    if _FRESH.search(own) and (not similar or _DAY_WRITTEN.search(own)):
        return False  # "Trước đó, sáng 10/5, ... Hội nghị công bố ...": another day, another event however named
    if draft.date and date:
        return draft.date == date and (not draft.part_of_day or not part or draft.part_of_day == part)
    if draft.cue.form == cue.form == "verb" and not draft.date and not date and part:
        return draft.part_of_day == part  # "Sáng 13/5, A tiếp xúc cử tri ..." told twice, the year unknown
    return similar or not _distinctive(draft.cue) or not _distinctive(cue)


def _distinctive(cue: _Cue) -> bool:
    """Whether the name carries words of its own (a capital or a number), not just "kỳ họp ngày hôm đó"."""
    rest = cue.name[cue.end - cue.start:].split()
    return any(w[0].isupper() or w[0].isdigit() for w in rest) if cue.form == "noun" else True


def _similarity(a: str, b: str) -> float:
    """How alike two event names are; a short name that starts a longer one counts as alike."""
    a, b = a.casefold(), b.casefold()
    return max(fuzz.ratio(a, b), fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 15 else 0) / 100


def _add_details(doc: Doc, drafts: list[_Draft], references: list[_Cue], people: list[Person],
                 organizations: list[Organization]) -> None:
    """Read place, organisers, chairs, participants and count from each event's sentences."""
    for draft in drafts:
        for cue in [draft.cue, *draft.merged]:
            _from_anchor(doc.text, draft, cue, people, organizations)
    if not drafts:
        return
    for cue in references:
        draft = _pointed_at(drafts, cue)
        if _head(cue) == _head(draft.cue):  # "Diễn đàn X ... Diễn đàn do A tổ chức", not "Tọa đàm do A tổ chức"
            draft.organizers = draft.organizers or _held_by(doc.text, cue, organizations)
        _from_reference(doc.text, draft, cue.sentence, people)
    for sentence, draft in _following(doc, drafts, references):
        _from_reference(doc.text, draft, sentence, people)


def _head(cue: _Cue) -> str:
    """The cue word as written, case folded ("diễn đàn")."""
    return cue.sentence.text[cue.start - cue.sentence.start: cue.end - cue.sentence.start].casefold()


def _pointed_at(drafts: list[_Draft], cue: _Cue) -> _Draft:
    """The event a reference points at: the latest one before it of its kind, else the latest before it."""
    before = [d for d in drafts if d.cue.start <= cue.start] or drafts
    same_kind = [d for d in before if d.cue.kind == cue.kind]
    return (same_kind or before)[-1]


def _following(doc: Doc, drafts: list[_Draft], references: list[_Cue]):
    """Cue-less body sentences right after an event's sentence, with that event ("Đồng chí X chủ trì.")."""
    owner: dict[int, _Draft] = {c.sentence.start: d for d in drafts for c in [d.cue, *d.merged] if c.sentence.kind == "body"}
    for cue in references:
        owner.setdefault(cue.sentence.start, _pointed_at(drafts, cue))
    body = [s for s in doc.sentences if s.kind == "body"]
    for i, sentence in enumerate(body):
        if sentence.start in owner:
            continue
        previous = [owner[s.start] for s in body[max(0, i - 1):i] if s.start in owner]
        if previous:
            yield sentence, previous[-1]


def _from_anchor(text: str, draft: _Draft, cue: _Cue, people: list[Person], organizations: list[Organization]) -> None:
    """Place, organisers and the rest from a sentence that reports the event; the first that tells wins."""
    sentence = cue.sentence
    if sentence.kind not in ("body", "heading"):
        return
    rel = cue.start - sentence.start
    # a later cue's place is after it, else a phrase of its own between it and the name before it ("Nằm trong
    # chương trình Hội nghị X, tối 11/5, tại Hội trường Y đã diễn ra Lễ Z")
    if cue.first:
        draft.location = draft.location or _location(sentence.text, 0)
    else:
        draft.location = (draft.location or _location(sentence.text, rel)
                          or _location(sentence.text, cue.since, rel, opening=True))
    draft.organizers = draft.organizers or _organizers(text, cue, organizations)
    _from_reference(text, draft, sentence, people)
    if cue.form == "verb":
        draft.participants += [n for n in people_in(text, sentence.start, sentence.end, people)
                               if n not in draft.participants]


def _from_reference(text: str, draft: _Draft, sentence: Sentence, people: list[Person]) -> None:
    """Chairs, participants and attendee count that ``sentence`` gives for ``draft``."""
    chairs = _chairs(text, sentence, people)
    draft.chairs += [n for n in chairs if n not in draft.chairs]
    if chairs or _ATTENDING.search(sentence.text):
        names = people_in(text, sentence.start, sentence.end, people)
        draft.participants += [n for n in names if n not in draft.participants]
    if draft.attendee_count is None and _ATTENDING.search(sentence.text):
        draft.attendee_count = _attendee_count(sentence.text)


def _location(sentence: str, start: int, end: int | None = None, *, opening: bool = False) -> str | None:
    """The place of the event: the first "tại ..." from ``start`` on (up to ``end``) that is not "tại hội nghị";
    with ``opening``, only a "tại ..." that opens a phrase (", tại X, ...")."""
    for m in _PLACE.finditer(sentence, start, len(sentence) if end is None else end):
        if opening and not sentence[:m.start()].endswith(", "):
            continue
        if re.search(r"(?:biểu|quy định|nêu|ghi)\s*$", sentence[max(0, m.start() - 12):m.start()], re.I):
            continue  # "phát biểu tại", "quy định tại Nghị định ...": no place
        place = m.group(1).strip(" ,")
        if place.endswith(")") and "(" not in place:
            place = place[:-1].rstrip()  # "(tổ chức ngày 20/8 tại Hà Nội)"
        if place and _cue_pattern()[0].match(place):
            continue  # "tại Giải vô địch ...": an event, not a place
        if place and (place[0].isupper() or (place.split(" ")[0] in _PLACE_WORDS and " " in place)):
            return place  # not a bare "tại tỉnh" ("các cá nhân tại tỉnh")
    return None


def _organizers(text: str, cue: _Cue, organizations: list[Organization]) -> list[str]:
    """The bodies that hold the event: "X phối hợp với Y tổ chức <cue>", "X và Y hội đàm", "Hội nghị <body> lần thứ ..."."""
    sentence, local = cue.sentence, cue.sentence.text
    rel = cue.start - sentence.start
    # only the first event of a sentence has the subject of its "tổ chức"
    verbs = [m for m in _ORGANISE_VERB.finditer(local, 0, rel + len(cue.name)) if m.start() <= rel] if cue.first else []
    if verbs and not local[:verbs[-1].start()].rstrip().endswith("được"):
        return bodies_before(text, sentence.start, sentence.end, verbs[-1].start(), organizations)
    held_by = _held_by(text, cue, organizations)
    if held_by:
        return held_by
    if cue.form == "verb" and cue.kind in ("meeting", "signing_ceremony"):
        return bodies_before(text, sentence.start, sentence.end, _verb_phrase_start(local, rel), organizations)
    has_one = _HAS_A_SESSION.search(local[:rel]) if cue.kind == "meeting" else None
    if has_one:  # "A đã có buổi làm việc với B", "A có cuộc gặp B": A hosts it
        return bodies_before(text, sentence.start, sentence.end, has_one.start(), organizations)
    if cue.form == "verb":
        return []
    if _WITH_A_GUEST.search(cue.name):
        return []  # the name holds the guest ("buổi tiếp Đoàn công tác của X"), not the host
    owner = _OF_BODY.match(local, rel + len(cue.name))
    if owner:
        return bodies_listed(text, sentence.start + owner.start(1), sentence.start + owner.end(1), organizations)
    return _body_in_name(text, cue, organizations) or _subject_after(text, cue, organizations)


def _held_by(text: str, cue: _Cue, organizations: list[Organization]) -> list[str]:
    """The bodies of "<cue> do A phối hợp với B tổ chức" when no other occasion is named in between."""
    local, rel = cue.sentence.text, cue.start - cue.sentence.start
    held_by = _HELD_BY_AFTER.search(local, rel + len(cue.name))
    if held_by is None or _cue_pattern()[0].search(local, rel + len(cue.name), held_by.start()):
        return []
    start = cue.sentence.start
    return bodies_between(text, start + held_by.start(1), start + held_by.end(1), organizations)


def _body_in_name(text: str, cue: _Cue, organizations: list[Organization]) -> list[str]:
    """The body an event's name holds ("Đại hội đại biểu Hội Nông dân Việt Nam khóa VII"): the first the
    organisation stage read inside the name, else the name's own body words."""
    start, end = cue.end, cue.start + len(cue.name)
    inside = sorted((m.start, -m.end, o.name) for o in organizations for m in o.mentions if start <= m.start and m.end <= end)
    if inside:
        return [inside[0][2]]
    named = _body_in_name_pattern().match(cue.name, cue.end - cue.start)
    if named is None:
        return []
    at = cue.start + named.start(1)
    return bodies_before(text, at, at + len(named.group(1)), len(named.group(1)), organizations)


def _subject_after(text: str, cue: _Cue, organizations: list[Organization]) -> list[str]:
    """ "Tại hội nghị ..., Ban Chỉ đạo tỉnh cho biết ...": the body speaking at an occasion the sentence opens with."""
    local = cue.sentence.text
    rel = cue.start - cue.sentence.start
    if not _OPENS_WITH_AT.fullmatch(local[:rel]):
        return []
    comma = local.find(", ", rel + len(cue.name))
    said = _HEARSAY.search(local, rel + len(cue.name))
    if said:  # the speaker is right before the verb: "Tại hội nghị X, gian lận ..., Ban Chỉ đạo Y cho biết"
        comma = local.rfind(", ", 0, said.start())
    if comma < rel + len(cue.name):
        return []
    at = cue.sentence.start + comma + 2
    first = sorted((m.start, -m.end, o.name) for o in organizations for m in o.mentions if at <= m.start <= at + 1)
    return [first[0][2]] if first else []


def _verb_phrase_start(local: str, rel: int) -> int:
    """Where the adverbs before a reporting verb start ("đã tiến hành hội đàm" starts at "đã")."""
    m = re.search(r"(?:\s+(?:đã|cũng|vừa|chính thức|tiến hành|có cuộc|có buổi|cùng nhau))+\s*$", local[:rel])
    return m.start() if m else rel


def _chairs(text: str, sentence: Sentence, people: list[Person]) -> list[str]:
    """People who chair: "do X chủ trì", "dưới sự chủ trì của X", "X (đồng) chủ trì"."""
    m = _CHAIRED_BY.search(sentence.text)
    if m:
        group = 1 if m.group(1) else 2
        return people_in(text, sentence.start + m.start(group), sentence.start + m.end(group), people)
    m = _CHAIRS.search(sentence.text)
    if m:
        return people_in(text, sentence.start, sentence.start + m.start(), people)
    return []


def _attendee_count(sentence: str) -> AttendeeCount | None:
    """ "hơn 60 đại biểu" gives 60, more_than; "150 đại biểu" gives 150, exact."""
    m = _COUNT.search(sentence) or _COUNT_ATTENDING.search(sentence)
    if not m:
        return None
    return AttendeeCount(value=int(m.group(2).replace(".", "")), qualifier=_QUALIFIER[m.group(1).lower()])


def _event(text: str, draft: _Draft) -> Event:
    sentence = draft.cue.sentence
    return Event(
        kind=draft.cue.kind, name=draft.cue.name or None, date=draft.date, part_of_day=draft.part_of_day,
        location=draft.location, organizers=draft.organizers, chairs=draft.chairs,
        participants=draft.participants, attendee_count=draft.attendee_count,
        span=Span.of(text, sentence.start, sentence.end),
    )
