"""The year of a day written without one ("Chiều 21.4", "ngày 6-3"), resolved once per article.

CONTRACT.md, "The year of a day written without one": the publication date
first; else the article's reference year, the year the article itself
presents as the present of the occasions it reports.  :func:`reference_years`
gathers that evidence once, each piece with the days it can date:

* a review of a period ("tổng kết năm 2017": October to April; "quý I/2025":
  January to July) and the tasks of a year ("triển khai nhiệm vụ năm 2018":
  November to June), anywhere in the article;
* in the headline, the lead or the sentence of a day without a year: an
  occasion named with its year ("Hội nghị xúc tiến đầu tư 2025"), occasions
  placed in a year ("trong năm 2025"), a congress opening a term ("Đại hội
  ... nhiệm kỳ 2020-2025": 2020), an anniversary whose year the text gives
  ("kỷ niệm 50 năm ... (1975 - 2025)"), "năm nay (2025)";
* failing those, the full dates of other reported occasions within about
  three months (not documents, deadlines, plans or births); where they
  disagree the latest wins, older ones being background.

Never evidence: target years and plan ends, years in names and document
numbers, births, the current date.  :meth:`Years.year_for` says which year a
day takes and why; where the evidence disagrees or is missing it says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal, Sequence

from .. import lexicons
from ..models import Doc

YearFrom = Literal["written", "published", "context"]

_Y = r"((?:19|20)\d{2})(?![\d]|[.,/]\d|\s*[-–—]\s*(?:19|20)\d{2})"  # not the first year of a period
_TERM_START = r"(?P<y>(?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}"
_ROMAN_QUARTER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_FULL_DATE_REACH = 92  # "within about three months"

# a review of a period, its year and the months it covers: (period, year) -> window
# a review of a period: the period and its year, then the review word looked for before it (fewer places to try)
_REVIEWED = re.compile(
    rf"(?=[69sqtnSQTN])(?:(?P<half>(?:6|sáu) tháng(?: đầu)? năm|(?:9|chín) tháng(?: đầu)? năm)\s+|quý\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|-|năm\s+)\s*"
    rf"|(?<!\S)tháng\s+(?P<m>1[0-2]|0?[1-9])\s*[/-]\s*|(?<!\S)năm\s+)" + _Y.replace("(", "(?P<y>", 1), re.IGNORECASE)
_REVIEW_WORD = re.compile(
    r"(?:tổng kết|sơ kết|tình hình|đánh giá|kiểm điểm|kết quả|thường kỳ)\b(?:(?!nhiệm vụ|phương hướng)[^.;:!?\n]){0,90}?$", re.IGNORECASE)
# the tasks a meeting or a report sets out for a year, or for its end ("triển khai nhiệm vụ năm 2018")
_TASKS = re.compile(
    rf"nhiệm vụ\b[^.;:!?\n]{{0,50}}?(?<!\S)(?P<late>(?:6|sáu) tháng cuối\s+|cuối\s+)?năm\s+" + _Y.replace("(", "(?P<y>", 1),
    re.IGNORECASE)
_TASK_SETTER = re.compile(r"(?:triển khai|phương hướng|hội nghị|báo cáo|kế hoạch|tổng kết|sơ kết|đề ra)\b[^.;:!?\n]{0,80}$", re.IGNORECASE)
_TERM = re.compile(
    rf"(?:đại hội|bầu|chuyển giao|ra mắt)\b[^.;!?\n]{{0,150}}?nhiệm kỳ\s+(?:mới\s+)?(?:[IVXL]+\s*)?\(?\s*"
    + _TERM_START, re.IGNORECASE)
_THIS_YEAR = re.compile(rf"năm nay\s*\(\s*(?:năm\s+)?{_Y}\s*\)|năm\s+{_Y}\s+này\b", re.IGNORECASE)
_IN_YEAR = re.compile(rf"\b(?:trong|dịp)\s+năm\s+{_Y}", re.IGNORECASE)
_CITED = re.compile(r"(?:của|theo|nghị quyết|mục tiêu|nhiệm vụ)\s+$", re.IGNORECASE)  # "mục tiêu của Đại hội ..."
_ANNIVERSARY = re.compile(r"kỷ niệm\s+(?P<n>\d{1,3})\s+năm\b", re.IGNORECASE)
_FOUNDED = re.compile(rf"(?:thành lập|ra đời|truyền thống)[^.;!?\n]{{0,40}}?(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*|năm\s+){_Y}", re.IGNORECASE)
_YEAR_PAIR = re.compile(rf"(?<!\d)((?:19|20)\d{{2}})\s*[-–—]\s*(?:\d{{1,2}}\s*[/.]\s*\d{{1,2}}\s*[/.]\s*)?{_Y}")
# years and days after these words are never the present of the article: targets, plan ends,
# deadlines, bounds, births, foundings, documents
_NOT_PRESENT = re.compile(
    r"(?:đến|tới|tầm nhìn|giai đoạn|kế hoạch|mục tiêu|phấn đấu|chỉ tiêu|dự toán|dự kiến|định hướng|sinh|SN|"
    r"kể từ|trước|sau|hạn|hiệu lực|ký ngày|ban hành|thành lập|cách đây|từ trần|qua đời|hy sinh|so với|cùng kỳ)(?!\w)[^.;,()\n\d]{0,25}"
    r"(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*){0,2}(?:năm\s+)?$", re.IGNORECASE)
_LONE_YEAR = re.compile(r"(?<![\d/.-])(?<![\d/.-]\s)((?:19|20)\d{2})(?![\d]|[.,/-]\d)")
_BOUND = re.compile(r"(?<!\w)từ\s+(?:năm\s+)?$", re.IGNORECASE)
_DOCUMENT_DAY = re.compile(
    r"(?<!\w)(?:số\s+\d+[\w./-]*|\d+[\w.-]*/[\w./-]+)(?:\s+của\s+[^,;.]{1,50}?)?,?\s+(?:ban hành\s+)?(?:ngày\s+)?$")
_LABELLED = re.compile(r":\s*(?:ngày\s*)?$", re.IGNORECASE)  # "Ngày vào Đảng: 25-8-1982", a record's field
_PLANNED = re.compile(r"\b(?:dự kiến|sẽ|kế hoạch|chuẩn bị)\b", re.IGNORECASE)
_ADOPTED = re.compile(r"thông qua\s+(?:vào\s+)?(?:ngày\s+)?$", re.IGNORECASE)  # a law's or a document's day


@dataclass(frozen=True)
class Evidence:
    """One reason to date days: ``year`` for every day from ``first`` to ``last``."""

    year: int
    what: str  # where the year comes from, in plain words, for warnings
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class Years:
    """An article's year evidence, gathered once; :meth:`year_for` dates a day written without a year."""

    published: dt.date | None = None
    framing: tuple[Evidence, ...] = ()
    """The article's own framing: reviews, tasks, occasions with their year, terms, anniversaries."""
    placing: tuple[Evidence, ...] = ()
    """The headline or lead placing what it reports in a year ("trong năm 2025"): weaker than framing."""
    nearby: tuple[Evidence, ...] = ()
    """Full dates of other reported occasions, each reaching about three months either side."""

    def year_for(self, month: int, day: int) -> tuple[int | None, YearFrom | None, str]:
        """(year, where it comes from, why) for the day ``day``/``month``; year None when nothing settles it."""
        if self.published:
            return _nearest_to_publication(self.published, month, day), "published", "the publication date"
        for evidence, choose in ((self.framing, _one), (self.placing, _one), (self.nearby, _latest)):
            covering = [(year, e) for e in evidence if (year := _year_in(e, month, day))]
            if covering:
                return choose(covering, month, day)
        return None, None, "nothing in the article gives it"


def reference_years(doc: Doc, days: Sequence[tuple[int, dt.date]], *, published: str | None = None,
                    undated: Sequence[int] = ()) -> Years:
    """The year evidence of ``doc``.

    ``days`` are the days whose year the text writes, with their offsets;
    ``undated`` the offsets of days written without a year (their sentences
    may frame them).
    """
    pub = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    framing = [*_reviews(doc.text), *_framing(doc, undated)]
    placing = [_window(year, f"the {where}'s {words!r}", (1, 1), (12, 1)) for where, year, words in _placing(doc)]
    reported = [(offset, day) for offset, day in days if _reported(doc.text, offset)]
    present = _present_year(doc.text, [day for _, day in reported])
    nearby = [_around(doc.text, offset, day) for offset, day in reported if day.year >= present - 1]
    return Years(published=pub, framing=tuple(framing), placing=tuple(placing), nearby=tuple(nearby))


def clause_year(text: str) -> int | None:
    """The one year ``text`` (a sentence holding a day) writes as "năm X", if it is the present's.

    >>> clause_year("Giải bóng ném năm 2022 tổ chức tại Bangkok từ 23.4 - 1.5")
    2022
    >>> clause_year("Ngày 3.6, huyện đạt 16% kế hoạch năm 2025") is None
    True
    """
    if _reviewed(text) or _tasks(text):
        return None  # the year of a review or of tasks is not the meeting's own
    years = {int(m.group(1)) for m in re.finditer(rf"(?<!\S)năm\s+{_Y}", text, re.IGNORECASE)
             if not _not_present(text, m.start()) and not _in_period(text, m.start(1))}
    return years.pop() if len(years) == 1 else None


def _not_present(text: str, offset: int) -> bool:
    start = max(0, offset - 40)
    return bool(_NOT_PRESENT.search(text, start, offset) or _BOUND.search(text, start, offset))


def _in_period(text: str, offset: int) -> bool:
    return any(m.start() <= offset < m.end() for m in _YEAR_PAIR.finditer(text, max(0, offset - 12), offset + 20))


def _nearest_to_publication(pub: dt.date, month: int, day: int) -> int:
    """The year that puts the day nearest the publication day, from ten months before to two after."""
    fits = [y for y in (pub.year - 1, pub.year, pub.year + 1)
            if _valid(y, month, day) and -305 <= (dt.date(y, month, day) - pub).days <= 61]
    return min(fits, key=lambda y: abs((dt.date(y, month, day) - pub).days)) if fits else pub.year


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _year_in(e: Evidence, month: int, day: int) -> int | None:
    """The year that puts the day inside the window of ``e``, if one does."""
    for year in range(e.first.year, e.last.year + 1):
        if _valid(year, month, day) and e.first <= dt.date(year, month, day) <= e.last:
            return year
    return None


def _one(covering: list[tuple[int, Evidence]], month: int, day: int) -> tuple[int | None, YearFrom | None, str]:
    years = sorted({year for year, _ in covering})
    if len(years) > 1:
        said = "; ".join(e.what for _, e in covering)
        return None, None, f"the article gives it several years ({said})"
    return years[0], "context", covering[0][1].what


def _latest(covering: list[tuple[int, Evidence]], month: int, day: int) -> tuple[int | None, YearFrom | None, str]:
    year, evidence = max(covering, key=lambda c: c[0])
    return year, "context", evidence.what


def _window(year: int, what: str, first: tuple[int, int], last: tuple[int, int]) -> Evidence:
    """Evidence for ``year`` over months ``first`` to ``last`` (months past 12 run into the next year)."""
    (m1, y1), (m2, y2) = _month(year, first[0]), _month(year, last[0])
    end = dt.date(y2 + (m2 == 12), 1 if m2 == 12 else m2 + 1, 1) - dt.timedelta(days=1)
    return Evidence(year, what, dt.date(y1, m1, first[1]), end)


def _month(year: int, month: int) -> tuple[int, int]:
    return (month - 1) % 12 + 1, year + (month - 1) // 12


def _reviewed(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, year, last month) of each period a review word reviews ("tổng kết công tác năm 2017": December)."""
    out = []
    for m in _REVIEWED.finditer(text):
        word = _REVIEW_WORD.search(text, max(0, m.start() - 100), m.start())
        if word and not _not_present(text, m.start("y")):  # not "so với năm 2019", "đến năm 2030"
            end = int(m["m"]) if m["m"] else 3 * _ROMAN_QUARTER[m["q"].lower()] if m["q"] else 12
            end = (6 if m["half"][0] in "6s" else 9) if m["half"] else end
            out.append((word.start(), m.end(), int(m["y"]), end))
    return out


def _tasks(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, year, whether for the year's end) of each year's tasks a meeting or report sets out."""
    reviewed = [(a, b) for a, b, _, _ in _reviewed(text)]
    out = []
    for m in _TASKS.finditer(text):
        setter = _TASK_SETTER.search(text, max(0, m.start() - 90), m.start())
        if setter and not any(a <= m.start("y") < b for a, b in reviewed):  # "kết quả thực hiện nhiệm vụ năm 2020" reviews
            out.append((setter.start(), m.end(), int(m["y"]), bool(m["late"])))
    return out


def _reviews(text: str) -> list[Evidence]:
    out = [_window(year, f"the review of {text[a:b][-40:]!r}", (end - 2, 1), (end + 4, 1)) for a, b, year, end in _reviewed(text)]
    for a, b, year, late in _tasks(text):
        first, last = ((6, 1), (12, 1)) if late else ((-1, 1), (6, 1))  # -1: November of the year before
        out.append(_window(year, f"the tasks of {text[a:b][-40:]!r}", first, last))
    return out


def _framing(doc: Doc, undated: Sequence[int]) -> list[Evidence]:
    """Evidence from the headline, the lead and the sentences of days written without a year."""
    out = []
    for where, text in _framing_texts(doc, undated):
        whole = [(int(m["y"]), m.group(0)) for m in _TERM.finditer(text) if not _CITED.search(text, max(0, m.start() - 20), m.start())]
        whole += [(int(m.group(1) or m.group(2)), m.group(0)) for m in _THIS_YEAR.finditer(text)]
        whole += _anniversaries(doc.text, text)
        if where != "sentence":
            whole += _occasion_years(text)
        out += [_window(year, f"the {where}'s {words.strip()!r}", (1, 1), (12, 1)) for year, words in whole]
    return out


def _placing(doc: Doc) -> list[tuple[str, int, str]]:
    return [(where, int(m.group(1)), m.group(0)) for where, text in _framing_texts(doc, ())
            for m in _IN_YEAR.finditer(text) if not _not_present(text, m.start(1))]


def _framing_texts(doc: Doc, undated: Sequence[int]) -> list[tuple[str, str]]:
    texts = [("headline", line.text) for line in doc.lines if line.kind == "title"][:1]
    body = [s for s in doc.sentences if s.kind == "body"]
    texts += [("lead", s.text) for s in body[:1]]
    seen = {s.start for s in body[:1]}
    for offset in undated:
        sentence = doc.sentence_at(offset)
        if sentence and sentence.start not in seen:
            seen.add(sentence.start)
            texts.append(("sentence", sentence.text))
    return texts


def _occasion_years(text: str) -> list[tuple[int, str]]:
    """Years written right after the name of an occasion ("Lễ hội ... 2025", "Hội nghị ... năm 2025")."""
    reviewed = [(a, b) for a, b, *_ in [*_reviewed(text), *_tasks(text)]]
    return [(int(m["y"]), m.group(0)) for m in _occasion_pattern().finditer(text)
            if not _not_present(text, m.start("y")) and not any(a <= m.start("y") < b for a, b in reviewed)]


@cache
def _occasion_pattern() -> re.Pattern[str]:
    nouns = sorted({row[2] for row in lexicons.rows("event_cues.tsv", columns=3) if row[1] == "noun"}, key=len, reverse=True)
    # the year of the occasion itself, not of its topic ("hội thảo về Luật Đất đai 2024")
    between = r"(?:(?!\b(?:về|của|theo|với|cho)\b)[^.;:,!?\n“”\"()]){0,60}?"
    return re.compile(rf"(?:{'|'.join(nouns)})\b{between}(?<!\S)(?:năm\s+)?" + _Y.replace("(", "(?P<y>", 1), re.IGNORECASE)


def _anniversaries(article: str, text: str) -> list[tuple[int, str]]:
    """"kỷ niệm N năm" whose year follows from years the text writes: a pair N years apart, or a founding."""
    out = []
    for m in _ANNIVERSARY.finditer(text):
        n = int(m["n"])
        pairs = [int(p.group(2)) for p in _YEAR_PAIR.finditer(text, m.end()) if int(p.group(2)) - int(p.group(1)) == n]
        founded = [int(f.group(1)) + n for f in _FOUNDED.finditer(article)]
        year = (pairs or founded or [None])[0]
        if year:
            out.append((year, m.group(0)))
    return out


def _present_year(text: str, days: Sequence[dt.date]) -> int:
    """The latest year the article writes, outside targets, bounds and the ends of periods.

    Full dates more than a year before it date background (a war, a founding, a career), not the present.
    """
    years = [day.year for day in days]
    years += [int(m.group(1)) for m in _LONE_YEAR.finditer(text) if not _not_present(text, m.start())]
    return max(years, default=0)


def _reported(text: str, offset: int) -> bool:
    """Whether the full date at ``offset`` dates a reported occasion (not a document, deadline, plan or birth)."""
    clause_start = max(text.rfind(c, 0, offset) for c in ".;\n")
    before = max(0, offset - 80)
    return not (_NOT_PRESENT.search(text, offset - 40 if offset > 40 else 0, offset) or _DOCUMENT_DAY.search(text, before, offset)
                or _PLANNED.search(text, clause_start + 1, offset) or _LABELLED.search(text, before, offset)
                or _ADOPTED.search(text, before, offset))


def _around(text: str, offset: int, day: dt.date) -> Evidence:
    reach = dt.timedelta(days=_FULL_DATE_REACH)
    return Evidence(day.year, f"the full date {day.isoformat()} nearby", day - reach, day + reach)
