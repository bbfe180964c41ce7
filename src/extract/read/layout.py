"""Recognise the parts of a news page, line by line.

A scraped article is a headline, perhaps a portal section line ("Tin tức
2017") and a publication line ("Ngày: 21.03.2017"), then paragraphs mixed
with photo captions ("Quang cảnh hội nghị. Ảnh - Mini") and sub-headings,
and often a byline at the end ("Kiều Diễm", "(Theo Lê Thúy/NLĐO)").
:func:`classify_lines` gives each line its kind so that later stages read
body sentences as body sentences; :func:`find_credits` finds photo credits
and bylines, whose names are not participants.
"""

from __future__ import annotations

import re

from .. import lexicons
from ..models import Line, LineKind, Span

_UPPER = "A-ZĐÀ-ỸÁÂĂÊÔƠƯ"
_NAME_WORD = rf"[{_UPPER}][\w'’]*\.?"

_SECTION = re.compile(
    r"^(?:%s)(?:\s*[-–:/|»>]?\s*[\w ]{0,30})?(?:\s+\d{4})?$" % "|".join(map(re.escape, lexicons.words("sections.txt"))),
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?:(?:Ngày(?: đăng| cập nhật)?|Đăng ngày|Cập nhật|Thời gian|Ngày xuất bản|Posted)\s*:?\s*)?"
    r"(?:(?:Thứ\s+\w+|Chủ nhật|CN|T[2-7])\s*,?\s*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?\s*[,|-]?\s*)?"
    r"(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH|\(GMT[+-]\d+\))?)?\s*$",
    re.IGNORECASE,
)
# "Tin, ảnh: X" closing a paragraph credits the report, not a photo: the paragraph stays body
_CREDIT_CUE = re.compile(r"(?:^|(?<!Tin,)(?<!Bài,)(?<!Tin và)(?<!Bài và)[\s.(\-–—])(?:Ảnh|Photo|Nguồn ảnh)\s*"
                         r"(?:minh họa|minh hoạ|tư liệu)?\s*(?::|-|–|—)", re.IGNORECASE)
_REPORT_CREDIT = re.compile(r"[.!?…]\s+(?:Tin|Bài)(?:,| và) ảnh\s*:\s*[^.!?]{1,40}$")
_CREDIT = re.compile(
    rf"(?<![\w])(?:Ảnh|Photo|Nguồn ảnh)[ \t]*(?:minh họa|minh hoạ|tư liệu)?[ \t]*[:\-–—][ \t]*"
    rf"(?P<who>[{_UPPER}][\w'’]*(?:\.[ ]?[{_UPPER}][\w'’]*|[ ][{_UPPER}][\w'’]*){{0,4}}(?:[ ]?/[ ]?[\w.]*\w)?)",
)
_BYLINE = re.compile(
    rf"^\(?(?:Theo\s+|Tác giả\s*:\s*|Bài(?:,| và) ảnh\s*:\s*|Bài\s*:\s*|PV\s*:\s*)?"
    rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
    r"(?:\s*(?:/|-|–|\()\s*[\w.]+\)?)?\)?\.?$"
)
_TAIL_BYLINE = re.compile(
    rf"(?<=[.!?…”\"])[ \t]+(?P<who>[{_UPPER}][\w'’]*(?:[ \t]+[{_UPPER}][\w'’]*){{1,3}})"
    r"[ \t]*(?:\([A-ZĐ]{2,}[\w/ ]*\)|/[ \t]*[A-ZĐ][\w.]*(?:[ \t][A-ZĐ][\w.]*)?)?[ \t]*$"
)
_HONORIFIC_START = re.compile(r"^(?:Ông|Bà|Anh|Chị|Đồng chí|Theo|Nhóm)\s", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_NOT_A_NAME = frozenset(lexicons.words("byline_stopwords.txt"))


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, with offsets, all of kind ``body``."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            lines.append(Line(start, start + len(stripped), stripped))
    return lines


def classify_lines(lines: list[Line]) -> list[Line]:
    """The same lines, each with its kind: title, section, dateline, caption, heading, byline or body."""
    kinds: list[LineKind] = [_kind_by_shape(line.text) for line in lines]
    if len(lines) > 1:  # a text of one line (a snippet given to extract_text) is all body, no headline
        kinds[0] = "title"
    for i in range(1, min(4, len(lines))):
        if _SECTION.match(lines[i].text) and len(lines[i].text.split()) <= 6 and "section" not in kinds:
            kinds[i] = "section"
        elif _DATELINE.match(lines[i].text):
            kinds[i] = "dateline"
    byline = _byline_index(lines, kinds)
    if byline is not None:
        kinds[byline] = "byline"
    return [Line(line.start, line.end, line.text, kind) for line, kind in zip(lines, kinds)]


def _kind_by_shape(text: str) -> LineKind:
    if _REPORT_CREDIT.search(text):
        return "body"
    if _CREDIT_CUE.search(text) and (len(text) < 400 or _CREDIT_CUE.search(text[-80:])):
        return "caption"
    if not _TERMINAL.search(text) and len(text) < 200:
        return "heading"
    return "body"


def _byline_index(lines: list[Line], kinds: list[LineKind]) -> int | None:
    """The index of the byline among the last three lines, if there is one."""
    for i in range(len(lines) - 1, max(len(lines) - 4, 0), -1):
        if kinds[i] in ("caption", "title") or len(lines[i].text) > 60:
            continue
        match = _BYLINE.match(lines[i].text)
        if match and _looks_like_name(match["who"]):
            return i
    return None


def byline_author(line: str) -> str | None:
    """The author named in a byline line, or at the end of a closing paragraph.

    >>> byline_author("(Theo Lê Thúy/NLĐO)")
    'Lê Thúy'
    >>> byline_author("... sẽ diễn ra tại Campuchia. Phúc Hằng (TTXVN)")
    'Phúc Hằng'
    >>> byline_author("... thời gian tới./. Vũ Dũng/VOV")
    'Vũ Dũng'
    """
    match = _BYLINE.match(line) if len(line) <= 60 else None
    if match and _looks_like_name(match["who"]):
        return match["who"].rstrip(".")
    match = _TAIL_BYLINE.search(line)
    if match and _looks_like_name(match["who"]):
        return match["who"]
    return None


def _looks_like_name(words: str) -> bool:
    if _HONORIFIC_START.match(words):
        return False  # "Ông Lê Văn A" closing a page is a caption, not the author
    parts = words.rstrip(".").split()
    if not 1 <= len(parts) <= 5 or any(any(c.isdigit() for c in p) for p in parts):
        return False
    if len(parts) == 1 and not parts[0].isupper():
        return False
    return not any(p.casefold() in _NOT_A_NAME for p in parts)


def find_credits(text: str, lines: list[Line]) -> list[Span]:
    """Photo credits ("Ảnh: Nguyễn Dân/TTXVN") and the byline, as spans of ``text``."""
    spans = [Span.of(text, m.start("who"), m.end("who")) for m in _CREDIT.finditer(text)]
    for line in lines:
        if line.kind == "byline" or line is lines[-1]:
            author = byline_author(line.text)
            if author:
                start = line.start + line.text.rindex(author)
                spans.append(Span.of(text, start, start + len(author)))
    return spans
