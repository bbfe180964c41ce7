"""Programmes, plans, memoranda and contracts the article reports as signed, adopted or launched.

A document word of ``agreement_cues.tsv`` ("chương trình phối hợp", "biên
bản ghi nhớ", "đề án", "hợp đồng" ...) is an agreement when a signing or
adoption verb governs it: just before it ("ký kết chương trình ...", "Lễ
ký kết ...", "phê duyệt Đề án ...") or just after its name ("... được ký
kết").  Drafts ("dự thảo"), plans to sign ("sẽ ký") and counts of many
("3.000 hợp đồng", "các thỏa thuận") are not.  Parties come from "giữa A
và B", the subject ("A và B ký kết", "A phối hợp với B tổ chức lễ ký
kết") and "ký ... với B"; the period is the "giai đoạn 2017-2020" after
the word; the signing day is the day of the sentence.  The headline,
headings and captions confirm an agreement of the body or add one it lacks.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from .. import lexicons
from ..models import Agreement, DateMention, Doc, Organization, Period, Person, Sentence, Span
from .roles import UPPER, bodies_before, bodies_listed, people_in

_SIGNED_BEFORE = re.compile(
    r"(?<!\w)(?:ký kết|(?<!đăng )ký|phê duyệt|ban hành|(?:đã|được|vừa|chính thức|nhất trí|biểu quyết)\s+thông qua|"
    r"công bố|ra mắt|trao)(?:\s+(?:và\s+)?(?:trao|công bố|triển khai|chắc chắn|chính thức))?\s+$", re.I)
_SIGNED_AFTER = re.compile(
    r"^\s*(?:giữa\s+[^,.;]+?\s+)?(?:\([^()]*\)\s*)?(?:đã\s+|cũng\s+|vừa\s+)*(?:được\s+)?(?:ký kết|ký|phê duyệt|ban hành|thông qua)(?!\w)", re.I)
_CEREMONY_BEFORE = re.compile(r"(?:lễ|buổi)\s+(?:ký kết|ký)\s+$", re.I)
_PLURAL = re.compile(r"(?<!\w)(?:các|những|nhiều|một số|hàng loạt|hàng chục|hàng trăm|tá|tất cả|mọi|\d[\d.,]*)\s+$", re.I)
# a plan to sign, a task ("tham mưu ban hành", "cần ký kết"), or a condition: not a document reported as signed
_NOT_YET = re.compile(r"(?<!\w)(?:sẽ|dự kiến|chuẩn bị|tiến tới|đề nghị|đề xuất|tham mưu|cần|phải|nên|yêu cầu|chưa|nếu|"
                      r"hoàn thành việc|mong muốn|kiến nghị)(?!\w)|^\W*(?:Đề nghị|Đề xuất|Kiến nghị|Yêu cầu|Cần|Phải)(?!\w)")
# lower case inside the sentence: "Trần Văn Cần" is a name
# a habit or a statement, not one signing: "hằng năm ký kết ...", "tiếp tục ký hợp đồng", "ký ... với nhiều tổ chức"
_HABIT = re.compile(r"(?<!\w)(?:hằng năm|hàng năm|thường xuyên|định kỳ|tiếp tục|vẫn|luôn)(?!\w)", re.I)
_MANY_PARTNERS = re.compile(r"[^.;]{0,40}?\s(?:với|giữa)\s+(?:nhiều|các|những|hàng loạt)\s+(?:tổ chức|đối tác|doanh nghiệp|"
                            r"đơn vị|địa phương|trường|bệnh viện|cơ sở|công ty|hãng|nước|quốc gia|ngân hàng)", re.I)
# what someone says ("..., ông A lý giải"): not a signing the article reports
_QUOTED = re.compile(r"[\"”]\s*,?\s*(?:ông|bà|anh|chị|TS|PGS)\b[^,.;]{0,40}(?:cho biết|lý giải|nói|nhấn mạnh|khẳng định)", re.I)
_GENERIC = re.compile(r"(?<!\w)(?:việc|khi|nếu|để|trình|đề nghị|xin|đang|chưa|không)(?!\w)[^,.;:]{0,40}$", re.I)
_DRAFT = re.compile(r"(?<!\w)(?:dự thảo|xây dựng|góp ý|hoàn thiện)(?:\s+\S+)?\s+$", re.I)
_NAME_STOP = re.compile(r"[.;:!?\n]|,\s|\s(?:giữa|với|trị giá|tại|được|đã|sẽ|nhằm|vào|do|cho|của|từ|dưới|trước|sau|là)(?=\s)")
_BETWEEN = re.compile(r"(?<!\w)giữa\s+(.+?)(?=\s+(?:giai đoạn|năm|trị giá|nhằm|tại|về|trong|theo|đã|được|vừa|diễn ra|ký)\s|[.;:!?(]|,\s|$)")
_WITH = re.compile(r"(?<!\w)với\s+((?:hãng\s+)?[A-ZĐ].+?)(?=\s+(?:giai đoạn|năm|trị giá|nhằm|tại|về|trong)\s|[.;:!?(]|,\s|$)")
_WITNESS = re.compile(r"(?<!\w)(?:chứng kiến|dự|tham dự)\s+(?:\S+\s+){0,2}$", re.I)
_ORGANISE = re.compile(r"(?<!\w)tổ chức\s+$", re.I)
_ANAPHORA = re.compile(r"\s(?:này|đó|trên|nói trên)$")
# "Chương trình hành động thực hiện Nghị quyết số 57 ngày 22/12/2024": that day is the resolution's
_OTHER_DOCUMENT = re.compile(r"(?i)(?:nghị quyết|quyết định|chỉ thị|thông tư|nghị định|luật|kết luận|công văn|thông báo)")
# "chứng kiến lễ ký kết các văn kiện: A; B; C": a list of documents signed on one occasion
# (no capital between the word and the colon: "văn kiện hợp tác Ảnh: ..." is a caption)
_DOCUMENT_LIST = re.compile(rf"(?<!\w)(?:[lL]ễ\s+)?(?:[kK]ý kết|[kK]ý|[tT]rao)\s+(?:các\s+|\d+\s+)?văn kiện[^:;.{UPPER}]{{0,40}}?:\s*")
_SIGNED_IN_LIST = re.compile(r"ký", re.I)
_ITEM_OWNER = re.compile(rf"(?<!\w)của\s+([{UPPER}][^,;]+?)(?=\s+về\s|[,;]|$)")
_ITEM_STOP = re.compile(r"\s(?=giữa\s)|,\s")
_LIST_TAIL = re.compile(r"(?:\.\.\.|…|\.)+\s*$")
_YEAR = re.compile(r"(?<!\w)(?:năm|từ năm|vào năm)\s+((?:19|20)\d\d)(?!\w)")
_REPRESENTING = re.compile(r"(?<!\w)(?:đại diện|thay mặt)\s+(.+?)\s+(?:đã\s+)?ký", re.I)


@dataclass
class _Found:
    kind: str
    name: str
    sentence: Sentence
    parties: list[str]
    signatories: list[str] = field(default_factory=list)
    signed_on: str | None = None
    period: Period | None = None


@cache
def _cue_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    rows = sorted(lexicons.rows("agreement_cues.tsv", columns=2), key=lambda r: len(r[1]), reverse=True)
    body = "|".join(f"(?P<a{i}>{pattern})" for i, (_, pattern) in enumerate(rows))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I), tuple(kind for kind, _ in rows)


def find_agreements(doc: Doc, dates: list[DateMention], people: list[Person], organizations: list[Organization]) -> list[Agreement]:
    """Every agreement ``doc`` reports as signed, adopted or launched, one per document."""
    order = ("body", "heading", "title", "caption")
    sentences = sorted((s for s in doc.sentences if s.kind in order), key=lambda s: order.index(s.kind))
    found: list[_Found] = []
    latest = max((int(d.value[:4]) for d in dates if not d.value.startswith("--")), default=None)
    for sentence in sentences:
        for item in _in_sentence(doc.text, sentence, dates, people, organizations):
            if not _long_ago(item, latest):
                _merge_or_add(found, item)
    return [_agreement(doc.text, f) for f in found]


def _long_ago(item: _Found, latest: int | None) -> bool:
    """Whether the document was signed years before the article's time ("năm 2013, Hà Nội đã ký ...")."""
    if latest is None:
        return False
    at = item.sentence.text.find(item.name)
    end = at + len(item.name) + 30 if at >= 0 else None  # "... đã ký kết năm 2017" after the name too
    years = [int(y) for y in _YEAR.findall(item.sentence.text, 0, end)]
    if item.signed_on and item.signed_on[:4] in item.sentence.text:  # a year written, not inferred
        years.append(int(item.signed_on[:4]))
    return bool(years) and max(years) < latest - 1


def _in_sentence(text: str, sentence: Sentence, dates: list[DateMention], people: list[Person],
                 organizations: list[Organization]) -> list[_Found]:
    pattern, kinds = _cue_pattern()
    listed, list_start = _listed(text, sentence, dates, people, organizations)
    out, covered, rejected_end = listed, 0, -1
    for m in pattern.finditer(sentence.text, 0, list_start):
        if m.start() < covered:
            continue
        name = _name_at(sentence.text, m.start())
        covered = m.start() + len(name)
        listed_after_rejected = rejected_end >= 0 and re.fullmatch(r"\s*(?:,|và|hoặc)\s*", sentence.text[rejected_end:m.start()])
        if listed_after_rejected or not _reported(sentence.text, m.start(), m.start() + len(name)):
            rejected_end = m.end()
            continue
        rejected_end = -1
        kind = kinds[int(m.lastgroup[1:])]
        out.append(_found(text, sentence, kind, name, m.start(), dates, people, organizations))
    return out


def _listed(text: str, sentence: Sentence, dates: list[DateMention], people: list[Person],
            organizations: list[Organization]) -> tuple[list[_Found], int]:
    """The documents of a list after "ký kết các văn kiện: A; B; C", and where the list starts (the sentence's end
    when it has none): each item is a document signed, of the kind its own word gives, "other" when none does."""
    local = sentence.text
    head = _DOCUMENT_LIST.search(local)
    if head is None or not _reported(local, head.start(), head.start()) and not _SIGNED_IN_LIST.search(head.group(0)):
        return [], len(local)
    pattern, kinds = _cue_pattern()
    out, cursor = [], head.end()
    for item in re.split(r";\s*", local[head.end():]):
        name = _LIST_TAIL.sub("", _ITEM_STOP.split(item, 1)[0]).strip()
        at = cursor + (len(item) - len(item.lstrip()))
        cursor += len(item) + 1 + (len(local) > cursor + len(item) + 1 and local[cursor + len(item) + 1] == " ")
        if len(name) < 4 or not name[0].isupper():
            continue
        cue = pattern.match(local, at)
        kind = kinds[int(cue.lastgroup[1:])] if cue else "other"
        item_end = at + len(item.strip())
        owner = _BETWEEN.search(local, at, item_end) or _ITEM_OWNER.search(local, at, item_end)
        parties = bodies_listed(text, sentence.start + owner.start(1), sentence.start + owner.end(1),
                                organizations) if owner else []
        out.append(_Found(kind=kind, name=name, sentence=sentence, parties=parties,
                          signed_on=_day(sentence, at, name, dates), period=_period(sentence, at, dates)))
    return out, head.start()


def _name_at(local: str, start: int) -> str:
    stop = _NAME_STOP.search(local, start + 1)
    return local[start: stop.start() if stop else len(local)].strip()[:160]


def _reported(local: str, start: int, name_end: int) -> bool:
    """Whether the document at ``local[start:]`` is reported as signed or adopted (not a draft or a plan)."""
    before = local[max(0, start - 60):start]
    if _PLURAL.search(before):
        return False
    signed = _SIGNED_BEFORE.search(before) or _SIGNED_AFTER.search(local[name_end:])
    return (bool(signed) and not _NOT_YET.search(local[: name_end + 20]) and not _DRAFT.search(before)
            and not _GENERIC.search(before) and not _QUOTED.search(local) and not _habit(local, start, name_end))


def _habit(local: str, start: int, name_end: int) -> bool:
    """Whether the signing is told as a habit or with many partners, not as one signing."""
    return bool(_HABIT.search(local, 0, start) or _MANY_PARTNERS.match(local, name_end))


def _found(text: str, sentence: Sentence, kind: str, name: str, at: int, dates: list[DateMention],
           people: list[Person], organizations: list[Organization]) -> _Found:
    return _Found(
        kind=kind, name=name, sentence=sentence,
        parties=_parties(text, sentence, at, organizations),
        signatories=_signatories(text, sentence, people),
        signed_on=_day(sentence, at, name, dates),
        period=_period(sentence, at, dates),
    )


def _parties(text: str, sentence: Sentence, at: int, organizations: list[Organization]) -> list[str]:
    """Parties: "giữa A và B" after the word, else the subject of the verb and "với B"."""
    local = sentence.text
    between = _BETWEEN.search(local, at)
    if between:
        return bodies_listed(text, sentence.start + between.start(1), sentence.start + between.end(1), organizations)
    before = local[:at]
    if _WITNESS.search(_strip_ceremony(before)):
        return []  # "chứng kiến lễ ký kết": the subject only looks on
    verb = _subject_end(before)
    out = bodies_before(text, sentence.start, sentence.end, verb, organizations) if verb else []
    partner = _WITH.search(local, at)
    if partner:
        out += [p for p in bodies_listed(text, sentence.start + partner.start(1), sentence.start + partner.end(1),
                                         organizations) if p not in out]
    return out


def _strip_ceremony(before: str) -> str:
    return _CEREMONY_BEFORE.sub("", before)


def _subject_end(before: str) -> int | None:
    """Where the subject of the signing ends: before "tổ chức lễ ký kết" or before the verb itself."""
    stripped = _strip_ceremony(before)
    if _ORGANISE.search(stripped):
        return _ORGANISE.search(stripped).start()
    verb = _SIGNED_BEFORE.search(before)
    return verb.start() if verb else None


def _signatories(text: str, sentence: Sentence, people: list[Person]) -> list[str]:
    """People who signed for a party ("Đại diện X, ông A ... ký")."""
    m = _REPRESENTING.search(sentence.text)
    if not m:
        return []
    return people_in(text, sentence.start + m.start(1), sentence.start + m.end(1), people)


def _day(sentence: Sentence, at: int, name: str, dates: list[DateMention]) -> str | None:
    """The day the document gives itself ("Kế hoạch số 5/KH ngày 2/3/2023"), else the first day of the sentence."""
    days = [d for d in dates if sentence.start <= d.span.start < sentence.end and d.precision == "day" and len(d.value) == 10]
    own = [d for d in days if sentence.start + at <= d.span.start < sentence.start + at + len(name)
           and not _OTHER_DOCUMENT.search(sentence.text, at + 1, d.span.start - sentence.start)]
    found = own or days
    return found[0].value if found else None


def _period(sentence: Sentence, at: int, dates: list[DateMention]) -> Period | None:
    """The first period given after the document word, in the same sentence."""
    for d in dates:
        if sentence.start + at <= d.span.start < sentence.end and d.end_value and not d.value.startswith("--"):
            return Period(start=d.value, end=d.end_value)
    return None


def _merge_or_add(found: list[_Found], item: _Found) -> None:
    # the headline, a caption or "chương trình này" names an agreement already reported
    confirming = item.sentence.kind in ("title", "heading", "caption") or _ANAPHORA.search(item.name)
    for old in found:
        if old.kind != item.kind or not _same_period(old, item):
            continue
        if confirming or _same_document(old, item):
            old.period = old.period or item.period
            old.signed_on = old.signed_on or item.signed_on
            old.parties = old.parties or item.parties
            return
    found.append(item)


def _same_period(a: _Found, b: _Found) -> bool:
    return not a.period or not b.period or (a.period.start, a.period.end) == (b.period.start, b.period.end)


def _same_document(a: _Found, b: _Found) -> bool:
    if a.parties and b.parties and not _same_parties(a.parties, b.parties):
        return False
    if not (b.parties or b.period or b.signed_on):
        return True  # a bare mention again ("Thỏa thuận khung được ký dưới sự chứng kiến ...")
    similar = difflib.SequenceMatcher(None, a.name.casefold(), b.name.casefold()).ratio() >= 0.6
    return similar or bool(a.period and b.period)


def _same_parties(a: list[str], b: list[str]) -> bool:
    """Whether every party of the shorter list is, loosely, one of the other ("Sở Y tế" and "Sở Y tế tỉnh")."""
    short, long = sorted((a, b), key=len)
    return all(any(fuzz.partial_ratio(x.casefold(), y.casefold()) >= 90 for y in long) for x in short)


def _agreement(text: str, f: _Found) -> Agreement:
    return Agreement(kind=f.kind, name=f.name or None, parties=f.parties, signatories=f.signatories,
                     signed_on=f.signed_on, period=f.period, span=Span.of(text, f.sentence.start, f.sentence.end))
