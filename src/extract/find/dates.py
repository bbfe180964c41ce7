"""Find every date and period an article mentions, as ISO 8601 values.

Rules find the candidates: numeric days (``26/5/2017``, ``21.03.2017``,
``26-5-2017``), wordy days (``ngày 16 tháng 5 năm 2024``, read by
dateparser), months (``tháng 10/2017``), days without a year after a date
cue (``Sáng 19/7``, ``(2.5)``, ``trưa nay 27-2``), day ranges (``từ ngày 2 -
7.5.2025``, ``từ 20 đến 25/6``) and year periods (``giai đoạn 2017-2020``).
Times (``14 giờ``, ``8h30``) are never dates.

A day without a year takes the year of the publication date, else the year
the article's context makes clear (the one year its sentence names, or the
one year the article names most); failing both it stays ``--MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import dateparser

from ..models import DateMention, Doc, PartOfDay, Span

_D = r"(?<![\d.,/])(?P<{0}>[0-3]?\d)"
_M = r"(?P<{0}>[01]?\d)"
_Y = r"(?P<{0}>(?:19|20)\d{{2}})"
_END = r"(?![\d]|[/.-]\d)"
_DASH = r"\s*(?:-|–|—|đến|tới)\s*"

# Each pattern opens with a lookahead on the first characters it can start with: the same
# matches, but the engine leaves most positions of the text at once (two to three times faster).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day_range", re.compile(
        rf"(?=[tn\d])(?P<cue>(?:từ|ngày)\s+(?:ngày\s+)?)?{_D.format('d1')}(?:(?P<s1>[/.-]){_M.format('m1')}(?:(?P=s1){_Y.format('y1')})?)?"
        rf"{_DASH}(?:ngày\s+)?{_D.format('d2')}(?P<s2>[/.-]){_M.format('m2')}(?:(?P=s2){_Y.format('y2')})?{_END}",
        re.IGNORECASE)),
    ("day", re.compile(rf"(?=\d){_D.format('d')}(?P<s>[/.-]){_M.format('m')}(?P=s){_Y.format('y')}(?!\d)")),
    ("wordy_day", re.compile(
        rf"ngày\s+(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s*(?:năm|,)\s*{_Y.format('y')})?(?!\d)", re.IGNORECASE)),
    ("month", re.compile(rf"tháng\s+(?P<m>[01]?\d)(?:\s*[/.-]\s*|\s+năm\s+){_Y.format('y')}(?!\d)", re.IGNORECASE)),
    ("yearless_day", re.compile(
        rf"(?=[nhstcđqm(])(?P<cue>(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|nay|qua|mùng|mồng|từ|đến|tới|\()\s*(?:ngày\s+|nay\s+|qua\s+)?)"
        rf"{_D.format('d')}(?P<s>[/.-]){_M.format('m')}{_END}",
        re.IGNORECASE)),
    ("year_period", re.compile(
        rf"(?=[12])(?<![\d.,/]){_Y.format('y1')}\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?{_Y.format('y2')}(?![\d]|[.,]\d)", re.IGNORECASE)),
]

_PART_OF_DAY = re.compile(
    r"(?P<pod>sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay|qua|mai|hôm nay|hôm qua|cùng ngày|hôm))?"
    r"(?:\s+(?:ngày|hôm|mùng|mồng))?\s*$",
    re.IGNORECASE,
)
PART_OF_DAY_NAMES: dict[str, PartOfDay] = {"sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "night"}
_PERIOD = dict(_PATTERNS)["year_period"]
_PAST_CONTEXT = re.compile(
    r"(?:sinh|SN|thành lập|từ|trước|sau|đến|tới|khoảng)\s*(?:ngày|năm|tháng)?\s*(?:\d{1,2}[/.-]){0,2}$", re.IGNORECASE)
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?![\d]|[.,]\d)")


@dataclass(frozen=True)
class _Found:
    """A candidate before its year is resolved; ``None`` where the text gives no part."""

    start: int
    end: int
    rule: str
    start_date: tuple[int | None, int | None, int | None]  # year, month, day
    end_date: tuple[int | None, int | None, int | None] | None = None


def find_dates(doc: Doc, *, published: str | None = None) -> list[DateMention]:
    """Every date and period in ``doc``, in text order."""
    found = _candidates(doc.text)
    default_year = _default_year(doc, found)
    mentions = []
    for f in found:
        mention = _resolve(doc, f, published=published, default_year=default_year)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _candidates(text: str) -> list[_Found]:
    taken: list[tuple[int, int]] = []
    found = []
    for rule, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("cue") if rule == "day_range" and match["cue"] else match.start(_first_group(rule))
            start, end = _trim(text, start, match.end())
            if any(s < end and start < e for s, e in taken):
                continue
            candidate = _read(rule, match)
            if candidate is not None:
                found.append(_Found(start, end, rule, *candidate))
                taken.append((start, end))
    return sorted(found, key=lambda f: f.start)


def _first_group(rule: str) -> str:
    return {"day_range": "d1", "year_period": "y1", "month": 0, "wordy_day": 0}.get(rule, "d")  # type: ignore[return-value]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _read(rule: str, m: re.Match[str]):
    """(start, end) parts of a match, or None when it is not a real date."""
    if rule == "day_range":
        if not m["cue"] and not m["m1"]:
            return None  # "10-15/8" without "từ"/"ngày" may be anything
        end = (_int(m["y2"]), int(m["m2"]), int(m["d2"]))
        start = (_int(m["y1"]) or end[0], _int(m["m1"]) or end[1], int(m["d1"]))
        if not (_valid(*start) and _valid(*end)):
            return None
        crosses_year = start[0] is not None and end[0] is not None and start[0] < end[0]
        return (start, end) if start[1:] < end[1:] or crosses_year else None
    if rule == "year_period":
        y1, y2 = int(m["y1"]), int(m["y2"])
        return ((y1, None, None), (y2, None, None)) if y1 < y2 <= y1 + 100 else None
    if rule == "wordy_day" and m["y"]:
        parsed = _parse_wordy(m.group(0))
        return ((parsed.year, parsed.month, parsed.day), None) if parsed else None
    if rule == "month":
        month = int(m["m"])
        return ((int(m["y"]), month, None), None) if 1 <= month <= 12 else None
    if rule == "yearless_day" and m["cue"].startswith("(") and not m.string.startswith(")", m.end()):
        return None
    date = (_int(m.groupdict().get("y")), int(m["m"]), int(m["d"]))
    return (date, None) if _valid(*date) else None


@cache
def _parse_wordy(phrase: str) -> dt.datetime | None:
    return dateparser.parse(phrase, languages=["vi"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        dt.date(year or 2000, month or 1, day or 1)  # 2000 is a leap year: 29/2 stays possible
    except ValueError:
        return False
    return True


def _default_year(doc: Doc, found: list[_Found]) -> int | None:
    """The year the headline names, else the year of most of the article's own written dates.

    Bare years in the body do not count: they are as often targets, laws and
    anniversaries ("Công ước năm 1982", "đến năm 2030") as the current year.
    """
    title = next((line.text for line in doc.lines if line.kind == "title"), "")
    ranked = Counter(f.start_date[0] for f in found if f.rule != "year_period" and f.start_date[0]).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return _one_year(title) or ranked[0][0]
    return _one_year(title)


def _sentence_year(doc: Doc, f: _Found) -> int | None:
    sentence = doc.sentence_at(f.start)
    return _one_year(sentence.text) if sentence else None


def _one_year(text: str) -> int | None:
    """The year ``text`` names, if it names exactly one outside periods, births and bounds."""
    periods = [m.span() for m in _PERIOD.finditer(text)]
    years = {
        int(m.group()) for m in _YEAR_WORD.finditer(text)
        if not any(s <= m.start() < e for s, e in periods) and not _is_past_context(text, m.start())
    }
    return years.pop() if len(years) == 1 else None


def _is_past_context(text: str, offset: int) -> bool:
    """Whether the year or date at ``offset`` is a birth, a founding or a bound ("từ năm 2008")."""
    return bool(_PAST_CONTEXT.search(text[max(0, offset - 25):offset]))


def _resolve(doc: Doc, f: _Found, *, published: str | None, default_year: int | None) -> DateMention | None:
    (year, month, day), end = f.start_date, f.end_date
    if f.rule == "year_period":
        return _mention(doc, f, str(year), str(end[0]), "year")
    if year is None:
        year = _year_from_publication(published, month, day) or _sentence_year(doc, f) or default_year
    if end is not None:
        end_year = end[0] or year
        if year is None or end_year is None:
            return None  # a range without any year: nothing reliable to say
        return _mention(doc, f, _iso(year, month, day), _iso(end_year, end[1], end[2]), "day")
    if day is None:
        return _mention(doc, f, _iso(year, month, None), None, "month")
    value = _iso(year, month, day) if year else f"--{month:02d}-{day:02d}"
    return _mention(doc, f, value, None, "day")


def _year_from_publication(published: str | None, month: int | None, day: int | None) -> int | None:
    """The publication year, or the year before for a day far after publication (news looks back)."""
    if not published or not month:
        return None
    pub = dt.date.fromisoformat(published[:10]) if len(published) == 10 else None
    year = int(published[:4])
    if pub and _valid(year, month, day) and (dt.date(year, month, day or 1) - pub).days > 183:
        return year - 1
    return year


def _iso(year: int, month: int | None, day: int | None) -> str:
    return "-".join([f"{year:04d}"] + [f"{p:02d}" for p in (month, day) if p])


def _mention(doc: Doc, f: _Found, value: str, end_value: str | None, precision) -> DateMention:
    return DateMention(
        span=Span.of(doc.text, f.start, f.end),
        value=value,
        end_value=end_value,
        precision=precision,
        part_of_day=part_of_day(doc.text, f.start) if precision == "day" else None,
        kind="period" if end_value else "point",
    )


def part_of_day(text: str, offset: int) -> PartOfDay | None:
    """The part of day ("sáng", "chiều" ...) written just before ``offset``.

    >>> part_of_day("Chiều ngày 26/5/2017", 11)
    'afternoon'
    >>> part_of_day("lúc 10h35 sáng 27-2", 15)
    'morning'
    """
    match = _PART_OF_DAY.search(text[max(0, offset - 30):offset])
    return PART_OF_DAY_NAMES[match["pod"].lower()] if match else None
