"""Find every date and period an article mentions, as ISO 8601 values.

Rules find the candidates: numeric days (``26/5/2017``, ``21.03.2017``,
``26-5-2017``), wordy days (``ngày 16 tháng 5 năm 2024``, read by
dateparser), months (``tháng 10/2017``), days without a year after a date
cue (``Sáng 19/7``, ``(2.5)``, ``trưa nay 27-2``, ``vào 15-8``, ``trước
30/4``), lists of days sharing a cue, a month or a year (``các ngày 22, 23
và 27/7``, ``ngày 16-4, 17-4/2020``), day ranges (``từ ngày 2 - 7.5.2025``,
``từ 20 đến 25/6``, ``(11 đến 21-3)``, ``từ 26/12 đến 5/1/2025``) and year
periods (``giai đoạn 2017-2020``). Times and counts (``14 giờ``, ``8h30``,
``9-10 h``, ``3-8 lần``) are never dates. Every form is kept.

A day without a year takes its year by CONTRACT.md's rule: the publication
date; a year written with the same day, range or list, or "năm X" in its
clause; the article's reference year (``years.py``); failing all it stays
``--MM-DD`` (a range's end in ``yearless_end``) and says why. Each day
records where its year came from (``year_from``). Part of day goes on point
mentions only, never on a period that starts that day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

import dateparser

from ..models import DateMention, Doc, PartOfDay, Span
from .years import Years, YearFrom, clause_year, reference_years

_D = r"(?<![\d.,/])(?P<{0}>[0-3]?\d)"
_M = r"(?P<{0}>[01]?\d)"
_Y = r"(?P<{0}>(?:19|20)\d{{2}})"
_END = r"(?![\d]|[/.-]\d)"
# hours and counts: "từ 9-10 h", "3-8 lần" are no days
_NOT_A_DAY = r"(?!\s*(?:h\b|giờ|g\d|phút|ngày\b|tuần|tháng|năm\b(?!\s+nay)|lần|người|%|tuổi|km\b|kg\b|tấn|ha\b|triệu|tỷ|nghìn|đồng|USD))"
_DASH = r"\s*(?:-|–|—|đến|tới)\s*"

# Each pattern opens with a lookahead on the first characters it can start with: the same
# matches, but the engine leaves most positions of the text at once (two to three times faster).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day_list", re.compile(
        rf"(?<!\w)(?=(?:các|hai|ba|bốn|những|ngày|vào|trong)\s[\w\s]{{0,6}}?\d)(?P<cue>(?:(?:các|hai|ba|bốn|những)\s+)?(?:ngày|vào|trong)\s+)(?P<days>[0-3]?\d(?:\s*,\s*[0-3]?\d)*)\s*(?:,|và)\s*"
        rf"{_D.format('d')}(?P<s>[/.-]){_M.format('m')}(?:(?P=s){_Y.format('y')})?{_END}{_NOT_A_DAY}",
        re.IGNORECASE)),
    ("day_range", re.compile(
        rf"(?=[tn\d(])(?P<cue>(?:từ|ngày|\()\s*(?:ngày\s+)?)?{_D.format('d1')}(?:(?P<s1>[/.-]){_M.format('m1')}(?:(?P=s1){_Y.format('y1')})?)?"
        rf"{_DASH}(?:ngày\s+)?{_D.format('d2')}(?P<s2>[/.-]){_M.format('m2')}(?:(?P=s2){_Y.format('y2')})?{_END}{_NOT_A_DAY}",
        re.IGNORECASE)),
    ("day", re.compile(rf"(?=\d){_D.format('d')}(?P<s>[/.-]){_M.format('m')}(?P=s){_Y.format('y')}(?!\d)")),
    ("wordy_day", re.compile(
        rf"ngày\s+(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s*(?:năm|,)\s*{_Y.format('y')})?(?!\d)", re.IGNORECASE)),
    ("month", re.compile(rf"tháng\s+(?P<m>[01]?\d)(?:\s*[/.-]\s*|\s+năm\s+){_Y.format('y')}(?!\d)", re.IGNORECASE)),
    ("yearless_day", re.compile(
        rf"(?=[nhstcđqmv(])(?P<cue>(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|nay|qua|mùng|mồng|từ|đến|tới|vào|trước|sau|\()\s*"
        rf"(?:ngày\s+|nay\s+|qua\s+)?){_D.format('d')}(?P<s>[/.-]){_M.format('m')}{_END}{_NOT_A_DAY}",
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
@dataclass(frozen=True)
class _Found:
    """A candidate before its year is resolved; ``None`` where the text gives no part."""

    start: int
    end: int
    rule: str
    start_date: tuple[int | None, int | None, int | None]  # year, month, day
    end_date: tuple[int | None, int | None, int | None] | None = None
    year_from: YearFrom | None = None


def find_dates(doc: Doc, *, published: str | None = None) -> list[DateMention]:
    """Every date and period in ``doc``, in text order, each day with the year CONTRACT.md's rule gives it."""
    found = [_with_clause_year(doc, f) for f in _candidates(doc.text)]
    written = [(f.start, dt.date(*f.start_date)) for f in found if f.rule != "year_period" and None not in f.start_date]
    undated = [f.start for f in found if f.start_date[0] is None]
    years = reference_years(doc, written, published=published, undated=undated)
    return [_resolve(doc, f, years) for f in found]


def _with_clause_year(doc: Doc, f: _Found) -> _Found:
    """``f`` with the year its sentence writes as "năm X" for the occasion (rule 2), when it has none."""
    if f.start_date[0] is not None or f.rule == "year_period":
        return f
    year = clause_year(_clause(doc.text, f.start, f.end))
    if year is None or not _valid(year, *f.start_date[1:]):
        return f
    return replace(f, start_date=(year, *f.start_date[1:]), year_from="written")


_TIME_PHRASE = re.compile(r"\s*(?:trong|vào|dịp|nhân dịp|giữa|cuối|đầu)\s", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: up to the nearest comma, semicolon, colon or sentence end."""
    left = max(text.rfind(c, 0, start) for c in ",;:.!?\n") + 1
    before = max(text.rfind(c, 0, max(left - 1, 0)) for c in ",;:.!?\n") + 1
    if text[left - 1:left] == "," and _TIME_PHRASE.match(text, before):
        left = before  # "Trong chiến dịch ... năm 1968, ngày 11.2, ...": the phrase that sets the time
    rights = [i for i in (text.find(c, end) for c in ",;:!?\n") if i >= 0] + [_sentence_end(text, end)]
    return text[left:min(rights)]


def _sentence_end(text: str, offset: int) -> int:
    found = re.compile(r"\.(?:\s|$)").search(text, offset)
    return found.start() if found else len(text)


def _candidates(text: str) -> list[_Found]:
    taken: list[tuple[int, int]] = []
    found = []
    for rule, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("cue") if rule == "day_range" and match["cue"] else match.start(_first_group(rule))
            start, end = _trim(text, start, match.end())
            if any(s < end and start < e for s, e in taken):
                continue
            items = _list_items(match) if rule == "day_list" else [(start, end, _read(rule, match))]
            if not items or any(candidate is None for _, _, candidate in items):
                continue
            found += [_Found(a, b, rule, *candidate) for a, b, candidate in items]
            taken.append((start, end))
    return sorted(_with_list_tails(text, found, taken), key=lambda f: f.start)


def _list_items(m: re.Match[str]) -> list[tuple[int, int, tuple]]:
    """The days of "các ngày 22, 23 và 27/7(/2025)": each its own day, all of the month (and year) written last."""
    year, month = _int(m["y"]), int(m["m"])
    items = [(d.start() + m.start("days"), d.end() + m.start("days"), int(d.group())) for d in re.finditer(r"\d+", m["days"])]
    items.append((m.start("d"), m.end(), int(m["d"])))
    days = [day for _, _, day in items]
    if days != sorted(set(days)) or not all(_valid(year, month, day) for day in days):
        return []  # "trong 5, 3 và 1/2" is no list of days
    return [(a, b, ((year, month, day), None)) for a, b, day in items]


_TAIL = re.compile(rf"\s*(?:,|và)\s*{_D.format('d')}(?P<s>[/.-]){_M.format('m')}(?:[/.-]{_Y.format('y')})?{_END}{_NOT_A_DAY}")


def _with_list_tails(text: str, found: list[_Found], taken: list[tuple[int, int]]) -> list[_Found]:
    """``found`` and the days listed after a day ("ngày 16-4, 17-4/2020", "13.4 và 20.4"); a year written last is the list's."""
    out = []
    for head in found:
        if head.rule not in ("day", "yearless_day") or head.end_date is not None:
            out.append(head)
            continue
        group, end = [head], head.end
        while (m := _TAIL.match(text, end)) and not any(s < m.end() and m.start("d") < e for s, e in taken):
            date = (_int(m["y"]), int(m["m"]), int(m["d"]))
            if not _valid(*date):
                break
            group.append(_Found(m.start("d"), m.end(), "day_list", date))
            taken.append((m.start("d"), m.end()))
            end = m.end()
        out += _share_year(group, group[-1].start_date[0])
    return out


def _share_year(items: list[_Found], year: int | None) -> list[_Found]:
    return [replace(f, start_date=(year, *f.start_date[1:])) if f.start_date[0] is None and year and _valid(year, *f.start_date[1:])
            else f for f in items]


def _first_group(rule: str) -> str:
    return {"day_range": "d1", "year_period": "y1", "month": 0, "wordy_day": 0}.get(rule, "d")  # type: ignore[return-value]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "("):
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
        month_day = (_int(m["m1"]) or end[1], int(m["d1"]))
        crosses_year = month_day > end[1:] and month_day[0] >= 11 and end[1] <= 2  # "từ 26/12 đến 5/1/2025"
        start = (_int(m["y1"]) or (end[0] and end[0] - crosses_year), *month_day)
        if not (_valid(*start) and _valid(*end)):
            return None
        return (start, end) if start[1:] < end[1:] or crosses_year or (start[0] or 0) < (end[0] or 0) else None
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


def _resolve(doc: Doc, f: _Found, years: Years) -> DateMention:
    (year, month, day), end = f.start_date, f.end_date
    if f.rule == "year_period":
        return _mention(doc, f, str(year), str(end[0]), "year", "written")
    if day is None:
        return _mention(doc, f, _iso(year, month, None), None, "month", "written")
    year_from, note = f.year_from or ("written" if year is not None else None), None
    if year is None:
        year, year_from, note = years.year_for(month, day)
    if year is None:
        yearless_end = end and f"--{end[1]:02d}-{end[2]:02d}"
        return _mention(doc, f, f"--{month:02d}-{day:02d}", None, "day", None, note, yearless_end=yearless_end)
    end_value = end and _iso(end[0] or _end_year(year, (month, day), end[1:]), end[1], end[2])
    return _mention(doc, f, _iso(year, month, day), end_value, "day", year_from, note if year_from == "context" else None)


def _end_year(start_year: int, start: tuple[int, int], end: tuple[int, int]) -> int:
    """The year of a range's end: the start's, or the next when the range runs over the new year."""
    return start_year + (end < start)


def _iso(year: int, month: int | None, day: int | None) -> str:
    return "-".join([f"{year:04d}"] + [f"{p:02d}" for p in (month, day) if p])


def _mention(doc: Doc, f: _Found, value: str, end_value: str | None, precision, year_from: YearFrom | None,
             note: str | None = None, *, yearless_end: str | None = None) -> DateMention:
    period = bool(end_value or yearless_end)
    return DateMention(
        span=Span.of(doc.text, f.start, f.end),
        value=value,
        end_value=end_value,
        precision=precision,
        part_of_day=part_of_day(doc.text, f.start) if precision == "day" and not period else None,
        kind="period" if period else "point",
        year_from=year_from,
        year_note=note,
        yearless_end=yearless_end,
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
