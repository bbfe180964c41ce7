"""Policy areas an article is about, read from where it says what it is about.

Every cue phrase of ``focus_cues.tsv`` found in the article is a vote for
its label, weighted by the zone it stands in (:data:`ZONES`): the headline
counts most; then the lead (the first sentence of the first paragraph), the
names of the reported events and agreements, and their agendas (sentences
that discuss what an event or agreement is about, explicit lists of fields,
"hợp tác trên nhiều lĩnh vực như y tế, văn hoá, giáo dục", and topics,
"hội nghị ... về công tác cán bộ"); then the rest of the sentences that
report them; least, a word anywhere else in the body.  A label is kept when its votes reach :data:`THRESHOLD`, so one
passing word ("học sinh" among the performers) makes no label, while a
topic the body keeps coming back to does.  A cue of weight below 1 in the
lexicon is a word often met in passing and needs a stronger zone or company.

Words inside the names of bodies ("Sở Y tế") count only in the headline and
in the names of events, and then weakly (:data:`IN_NAME`): a lower-case cue
written with a capital that does not open its sentence is part of a name.
Matching ignores old/new tone placement and the commas and dashes between
words, so "phòng, chống tệ nạn xã hội" and "phòng chống tệ nạn xã hội" are
one cue.  One :class:`FocusArea` per label, at its strongest (then first)
phrase; ``other`` alone, at the headline, when no label reaches the threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicons
from ..models import Agreement, Doc, Event, FocusArea, Sentence, Span
from ..read.load import tone_key

THRESHOLD = 2.0
"""The votes a label needs: one cue in the headline, lead or an event's name; several elsewhere."""

ZONES = {"title": 3.0, "name": 2.0, "lead": 2.0, "agenda": 2.0, "report": 1.0, "body": 0.5}
"""Zone weights, strongest first; a cue counts in the first zone around it.  An agenda is a sentence that
discusses what an event or agreement is about, or a list of fields or a topic in the lead or a report."""
NAMING_ZONES = ("title", "name")
"""Where a cue inside the name of a body still says what the article is about ("... Hội Nông dân ...")."""
BODY_SHARE, BODY_CAP = 0.2, 0.5
"""The body's votes count in full for a label that has at least this share of them, else up to the cap."""
IN_NAME = 0.5
"""A cue inside the name of a body, in the headline or an event's name, counts at this share of its weight."""

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
_AGENDA = re.compile(r"(?<!\w)(?:lĩnh vực(?:\s+(?:như|gồm|là|về))?\s*:?\s+[^.;!?]*(?:,|\svà\s)"
                     r"|(?:bàn|thảo luận|về) (?:công tác|việc|tình hình|vấn đề)\s|với chủ đề\s|chuyên đề\s)[^.;!?]*", re.I)
"""What a report or lead says its occasion is about, to the end of the clause: a list of fields ("hợp tác
trên nhiều lĩnh vực như y tế, văn hoá, giáo dục") or a topic ("hội nghị ... về công tác cán bộ")."""
_SEPARATOR = r"[\s,\-–]+"


@dataclass(frozen=True)
class Vote:
    """One cue phrase found in the article, and what it counts for."""

    label: str
    span: Span
    weight: float
    zone: str


def find_focus_areas(doc: Doc, events: list[Event], agreements: list[Agreement]) -> list[FocusArea]:
    """One focus area per label whose cues, weighted by where they stand, reach :data:`THRESHOLD`."""
    votes = _votes(doc, events, agreements)
    totals = _totals(votes)
    areas = [_area(label, votes) for label, total in totals.items() if total >= THRESHOLD]
    if not areas:
        return [_other(doc, events, agreements)] if doc.text.strip() else []
    return sorted(areas, key=lambda a: (a.span.start, a.label))  # one phrase can cue two labels: by label then


def _totals(votes: list[Vote]) -> dict[str, float]:
    """Each label's votes.  The body's count in full for a label the body keeps coming back to (at least
    :data:`BODY_SHARE` of all the body's votes), and up to :data:`BODY_CAP` for any other."""
    strong: dict[str, float] = {}
    body: dict[str, float] = {}
    for vote in votes:
        into = body if vote.zone == "body" else strong
        into[vote.label] = into.get(vote.label, 0.0) + vote.weight
    all_body = sum(body.values())
    return {label: strong.get(label, 0.0) + _body_votes(body.get(label, 0.0), all_body)
            for label in {*strong, *body}}


def _body_votes(votes: float, all_body: float) -> float:
    return votes if votes >= BODY_SHARE * all_body else min(votes, BODY_CAP)


def _votes(doc: Doc, events: list[Event], agreements: list[Agreement]) -> list[Vote]:
    """Every cue phrase of the article with its weight (the cue's own times its zone's)."""
    zones = _zones(doc, events, agreements)
    votes = []
    for sentence in doc.sentences:
        if sentence.kind in ("title", "body", "caption", "heading"):
            for label, cue_weight, span, in_name in _cues_in(doc.text, sentence):
                zone = _zone(zones, span)
                if in_name:
                    if zone not in NAMING_ZONES:
                        continue
                    cue_weight *= IN_NAME
                votes.append(Vote(label, span, cue_weight * ZONES[zone], zone))
    return votes


def _area(label: str, votes: list[Vote]) -> FocusArea:
    """The label at its phrase of highest weight, the first of those."""
    best = max((v for v in votes if v.label == label), key=lambda v: (v.weight, -v.span.start))
    return FocusArea(label=label, text=best.span.text, span=best.span)


def _other(doc: Doc, events: list[Event], agreements: list[Agreement]) -> FocusArea:
    """No label fits: ``other`` at the headline, else the first event or agreement, else the first sentence."""
    title = next((s for s in doc.sentences if s.kind == "title"), None)
    if title is not None:
        return FocusArea(label="other", text=title.text, span=Span.of(doc.text, title.start, title.end))
    record = next(iter([*events, *agreements]), None)
    span = _name_span(doc.text, record) if record else None
    if span is None:
        first = doc.sentences[0] if doc.sentences else None
        start, end = (first.start, first.end) if first else _stripped(doc.text)
        span = Span.of(doc.text, start, end)
    return FocusArea(label="other", text=span.text, span=span)


def _stripped(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    return start, len(text.rstrip())


# Zones: (start, end, zone) stretches of the text; a cue counts in the strongest zone around it.

def _zones(doc: Doc, events: list[Event], agreements: list[Agreement]) -> list[tuple[int, int, str]]:
    """The stretches of text that say what the article is about, each with its zone."""
    records = [*events, *agreements]
    zones = [(s.start, s.end, "title") for s in doc.sentences if s.kind == "title"]
    lead = _lead(doc)
    zones += [(s.start, s.end, "lead") for s in lead]
    names = [_name_span(doc.text, record) for record in records]
    zones += [(span.start, span.end, "name") for span in names if span]
    reports = [(r.span.start, r.span.end) for r in records]
    zones += [(start, end, "report") for start, end in reports]
    periods = {(a.period.start, a.period.end) for a in agreements if a.period} if agreements else None
    zones += [(s.start, s.end, "agenda") for s in doc.sentences if s.kind == "body" and _discusses(s, events, periods)]
    for start, end in [*reports, *((s.start, s.end) for s in lead)]:
        zones += [(start + m.start(), start + m.end(), "agenda") for m in _AGENDA.finditer(doc.text[start:end])]
    return zones


def _zone(zones: list[tuple[int, int, str]], span: Span) -> str:
    """The strongest zone around ``span``."""
    around = {zone for start, end, zone in zones if start <= span.start and span.end <= end}
    return next((zone for zone in ZONES if zone in around), "body")


def _lead(doc: Doc) -> list[Sentence]:
    """The lead: the first sentence of the first body paragraph (the rest of it already tells details)."""
    line = next((ln for ln in doc.lines if ln.kind == "body"), None)
    if line is None:
        return []
    return [s for s in doc.sentences if line.start <= s.start < line.end][:1]


def _name_span(text: str, record: Event | Agreement) -> Span | None:
    """Where the record's own name is written inside the sentence that reports it."""
    at = record.span.text.find(record.name) if record.name else -1
    if at < 0:
        return None
    start = record.span.start + at
    return Span.of(text, start, start + len(record.name))


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


# Cues

@dataclass(frozen=True)
class Cue:
    """One row of ``focus_cues.tsv``."""

    label: str
    words: str
    """The phrase, tone-folded, its words joined by single spaces."""
    weight: float

    @property
    def exact(self) -> bool:
        """Abbreviations and names ("TNXH", "SEA Games") match case exactly."""
        return self.words[0].isupper()


def _words(phrase: str) -> str:
    return " ".join(w for w in re.split(_SEPARATOR, tone_key(phrase)) if w)


@cache
def _cues() -> tuple[re.Pattern[str], dict[str, tuple[Cue, ...]]]:
    """One alternation of every phrase (longest first), and the cues of each phrase by its lower-case words."""
    by_key: dict[str, list[Cue]] = {}
    for label, phrase, weight in lexicons.rows("focus_cues.tsv", columns=3):
        cue = Cue(label, _words(phrase), float(weight))
        by_key.setdefault(cue.words.lower(), []).append(cue)
    pattern = re.compile(rf"(?<!\w)(?:{_trie([key.split(' ') for key in by_key])})(?!\w)", re.I)
    return pattern, {key: tuple(cues) for key, cues in by_key.items()}


def _trie(phrases: list[list[str]]) -> str:
    """One alternation of word sequences, shared first words written once, the longer phrase tried first.

    A flat alternation of some 500 phrases is tried phrase by phrase at every word; this one is
    tried word by word, and matches what the flat one sorted longest first matches.

    >>> words = [["an", "ninh"], ["an", "toàn"], ["an", "toàn", "lao", "động"], ["y", "tế"]]
    >>> [m.group() for m in re.finditer(_trie(words), "an toàn lao động, an ninh, y tế, an toàn")]
    ['an toàn lao động', 'an ninh', 'y tế', 'an toàn']
    """
    by_first: dict[str, list[list[str]]] = {}
    for words in phrases:
        by_first.setdefault(words[0], []).append(words[1:])
    after: dict[str, str] = {}
    for first in sorted(by_first, key=len, reverse=True):
        rests = [rest for rest in by_first[first] if rest]
        if not rests:
            after[first] = ""
            continue
        tail = f"{_SEPARATOR}{_trie(rests)}(?!\\w)"
        after[first] = f"(?:{tail})?" if len(rests) < len(by_first[first]) else tail
    return _letters(after)


def _letters(after: dict[str, str]) -> str:
    """An alternation of words, each followed by its own pattern, written letter by letter.

    Some 280 first words would be tried one by one at every word of the text (under re.I no word is
    skipped at its first letter); branching on the letters tries about 30.  A word that ends where a
    longer one goes on is tried after it, as in the longest-first alternation.

    >>> _letters({"anh": "A", "an": "B", "y": ""})
    '(?:a(?:n(?:h(?:A)|B))|y(?:))'
    """
    by_letter: dict[str, dict[str, str]] = {}
    for word, pattern in after.items():
        if word:
            by_letter.setdefault(word[0], {})[word[1:]] = pattern
    branches = [re.escape(letter) + _letters(rest) for letter, rest in by_letter.items()]
    if "" in after:
        branches.append(after[""])
    return "(?:" + "|".join(branches) + ")"


def _cues_in(text: str, sentence: Sentence) -> list[tuple[str, float, Span, bool]]:
    """The cues written in ``sentence``: label, the cue's weight, where it stands and whether it is part of a
    name (a lower-case cue written with a capital, not opening the sentence: "Sở Y tế", "Hội Nông dân")."""
    pattern, cues = _cues()
    out = []
    for m in pattern.finditer(tone_key(sentence.text)):
        written = _words(m.group(0))
        in_name = written[0].isupper() and not _opens(sentence.text[:m.start()])
        span = Span.of(text, sentence.start + m.start(), sentence.start + m.end())
        out += [(cue.label, cue.weight, span, in_name and not cue.exact) for cue in cues[written.lower()]
                if _written_as(cue, written)]
    return out


def _written_as(cue: Cue, written: str) -> bool:
    """Whether the words matched are written as ``cue``: an exact cue in its own case; a lower-case one in
    lower case or opening with a capital (a name), not with a capital inside ("toàn quốc Hội ...")."""
    if cue.exact or not written[0].isupper():
        return written == cue.words
    return True


def _opens(before: str) -> bool:
    """Whether a word after ``before`` opens its sentence or a list item, where any word is capitalised."""
    before = before.rstrip()
    return not before or before[-1] in ".:;!?\"“(–-"
