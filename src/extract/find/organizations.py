"""Named bodies (Sở, Bộ, UBND, Tỉnh đoàn ...), one entry per body with its aliases.

``bodies`` finds where each body's name is written; here those mentions, the
acronyms given in brackets ("(VCCI)") and trade names used alone later are
grouped into bodies: same kind and field once abbreviations are written out
(``names.expand``), localities compatible, a bare kind or a short form joined
to the one full name it stands for.  The fullest form is the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..models import Doc, Organization, Span
from . import names
from .bodies import LOCALITIES, body_spans, country_length, cued_brands, inner_spans, kind_at, shared_kind_spans
from .names import Word, fold

@dataclass(frozen=True)
class Mention:
    """One written form of a body, with its comparison parts."""

    start: int
    end: int
    text: str
    core: str
    level: str
    place: str


def find_organizations(doc: Doc) -> list[Organization]:
    """Every body named in ``doc``, fullest form first, other written forms as aliases."""
    found = [m for sentence in doc.sentences for m in body_spans(sentence)]
    found += _brand_spans(doc, found)
    found += [m for sentence in doc.sentences for m in inner_spans(sentence)]
    found = [m for m in found if not any(c.start <= m[0] < c.end for c in doc.credits)]
    shared = [m for sentence in doc.sentences for m in shared_kind_spans(sentence)]
    found = [m for m in found if m not in {(s, e) for s, e, _ in shared}]  # "các bộ: Công an, ...": Bộ Công an
    mentions = [_mention(doc.text, s, e) for s, e in found]
    mentions += [_mention(doc.text, s, e, name) for s, e, name in shared if not any(a <= s < b for a, b in found)]
    hosts = _acronym_hosts(doc.text, mentions)
    mentions = [_as_host(m, hosts) for m in mentions] + _acronym_mentions(doc.text, mentions, hosts)
    # in a fixed order, not the set's: that follows the hash seed
    groups = _group(sorted(set(mentions), key=lambda m: (m.start, m.end, m.core, m.level, m.place)))
    groups = sorted(_absorb_bare(_absorb_short(groups)), key=lambda g: min(m.start for m in g))
    return [_organization(doc.text, group) for group in groups]


def _brand_spans(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Companies, airlines and agencies named after a cue ("hãng Boeing", "hãng tin Reuters"),
    and every later use of those names alone."""
    brands = {doc.text[s:e] for sentence in doc.sentences for s, e in cued_brands(names.sentence_words(sentence))}
    out = []
    for brand in sorted(brands):
        for m in re.finditer(rf"(?<![\w]){re.escape(brand)}(?![\w])", doc.text):
            if not any(s <= m.start() < e for s, e in found):
                out.append(m.span())
    return out


def _acronym_hosts(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """The body each short name stands for: an acronym or a trade name given in brackets after
    a body, "(VCCI)", "(Petrovietnam)", or the trade name that ends a company's name."""
    hosts = {}
    for host in mentions:
        m = re.match(r"\s*\(([A-ZĐ][A-ZĐ&\-]{1,9}|[A-Z][A-Za-z]{3,15})\)", text[host.end:])
        if m and (m.group(1).isupper() or _brand_word(m.group(1))):
            hosts.setdefault(m.group(1), host)
        brand = host.text.split()[-1]
        if len(host.text.split()) > 2 and _brand_word(brand):
            hosts.setdefault(brand, host)  # "Công ty Xây dựng Coteccons", then "Coteccons" alone
    return hosts


def _as_host(mention: Mention, hosts: dict[str, Mention]) -> Mention:
    """A mention written as a short name ("Petronas" after "hãng", a position) compares as its body."""
    host = hosts.get(mention.text)
    if host is None or host.start == mention.start:
        return mention
    return Mention(mention.start, mention.end, mention.text, host.core, host.level, host.place)


def _acronym_mentions(text: str, mentions: list[Mention], hosts: dict[str, Mention]) -> list[Mention]:
    """The later uses alone of the short names of ``hosts``, as mentions of their bodies."""
    out = []
    for acronym, host in hosts.items():
        for m in re.finditer(rf"(?<![\w]){re.escape(acronym)}(?![\w])", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                out.append(Mention(m.start(), m.end(), acronym, host.core, host.level, host.place))
    return out


def _brand_word(word: str) -> bool:
    """A trade name: capitalised, Latin letters only, and no Vietnamese syllable ("Coteccons")."""
    return len(word) >= 4 and word.isascii() and word.isalpha() and word[0].isupper() \
        and not word.isupper() and not names.vietnamese_syllable(word) \
        and fold(word) not in names.word_set("places.txt")  # not the "Malaysia" of "... Quốc gia Malaysia"


def _mention(text: str, start: int, end: int, name: str = "") -> Mention:
    """The body written at ``text[start:end]``; ``name`` when the text gives only part of it (the
    field of "các sở Tài chính, Nội vụ")."""
    written = name or text[start:end]
    core, level, place = split_locality(names.expand(written))
    return Mention(start, end, written, _loose(core), level, place)


def _loose(core: str) -> str:
    """``core`` without the "và", dashes and commas that join a field's parts, which the same
    body is written with or without ("Sở Giáo dục Đào tạo", "Sở Giáo dục và Đào tạo")."""
    return " ".join(w for w in core.split() if w not in _JOINERS)


_JOINERS = frozenset({"và", ",", "&"}) | names.DASHES


def split_locality(name: str) -> tuple[str, str, str]:
    """``(core, level, place)`` of a body name, folded: "UBND tỉnh Bình Định" gives
    ("ủy ban nhân dân", "tỉnh", "bình định"); a known place at the end is a place too.

    >>> split_locality("Sở Y tế tỉnh")
    ('sở y tế', 'tỉnh', '')
    >>> split_locality("Huyện ủy Sa Pa")
    ('huyện ủy', '', 'sa pa')
    >>> split_locality("Hội Liên hiệp Phụ nữ Việt Nam huyện")
    ('hội liên hiệp phụ nữ', 'huyện', '')
    """
    seq = names.phrase_words(name)
    k = len(seq)
    while k > 1 and seq[k - 1].cap:
        k -= 1
    for p in range(k - 1, max(k - 3, 0), -1):
        found = LOCALITIES.match(seq, p)
        if found and p + found[0] == k:
            core = fold(name[:seq[p].start]).removesuffix(" " + _HOME)  # "MTTQ Việt Nam tỉnh X" is "MTTQ tỉnh X"
            return core, fold(" ".join(w.text for w in seq[p:k])), _tail(name, seq, k)
    for n in range(len(seq) - k, 0, -1):
        if fold(_tail(name, seq, len(seq) - n)) in names.word_set("places.txt"):
            state = next((p for p in range(len(seq) - n) if country_length(seq, p) == len(seq) - p), len(seq) - n)
            return fold(name[:seq[state].start]), "", _tail(name, seq, len(seq) - n)  # "Quốc hội Cộng hòa Fiji" is Fiji's
    return fold(name), "", ""


def _tail(name: str, seq: Sequence[Word], k: int) -> str:
    return fold(name[seq[k].start:]) if k < len(seq) else ""


def _group(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions of one body together: same core, compatible localities."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        home = next((g for g in groups if _same_body(g, mention)), None)
        if home is None:
            groups.append([mention])
        else:
            home.append(mention)
    return groups


def _absorb_bare(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A body named by its kind alone ("Đảng đoàn") is the one body of that kind the article
    names in full, when there is exactly one."""
    out = [g for g in groups if not _bare(g)]
    for group in groups:
        if not _bare(group):
            continue
        national = _national(group[0].core)  # a bare "Quốc hội" is never "Quốc hội Lào"
        fuller = [g for g in out if g[0].core.startswith(group[0].core + " ") and not (national and any(m.place for m in g))]
        if len(fuller) == 1:
            fuller[0].extend(group)
        else:
            out.append(group)
    return out


def _absorb_short(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A short form is the one body of its kind whose full name ends or starts the same way:
    "Công ty Trung An" is "Công ty Cổ phần Nông nghiệp Công nghệ cao Trung An", "Vụ Thanh
    toán" is "Vụ Thanh toán NHNN"; a name that ends the same way ends with the same capitals
    ("Báo Nhân Dân" is not "Báo Quân đội nhân dân")."""
    out = list(groups)
    for group in groups:
        kind = kind_at(names.phrase_words(group[0].core), 0)
        parts = group[0].core.split()
        first, rest = " ".join(parts[:kind[0]]) if kind else "", " ".join(parts[kind[0]:]) if kind else ""
        if not rest or any(m.level or m.place for m in group):
            continue
        core = group[0].core
        written = " ".join(names.expand(group[0].text).split()[-len(rest.split()):])  # its proper name as written
        fuller = [g for g in out if g is not group and g[0].core.startswith(first + " ") and len(g[0].core) > len(core)
                  and (g[0].core.startswith(core + " ")
                       or g[0].core.endswith(" " + rest) and any(written in names.expand(m.text) for m in g))]
        if len(fuller) == 1:
            fuller[0].extend(group)
            out.remove(group)
    return out


def _bare(group: list[Mention]) -> bool:
    """Every mention is a kind word alone, with no locality ("Đảng đoàn", "Ban Bí thư")."""
    return all(not m.level and not m.place and _kind_alone(m.text) for m in group)


def _kind_alone(written: str) -> bool:
    seq = names.phrase_words(written)
    kind = kind_at(seq, 0)
    return bool(kind) and kind[0] == len(seq) and kind[1] in ("whole", "national")


def _same_body(group: list[Mention], mention: Mention) -> bool:
    if not any(names.similar(m.core, mention.core) >= 0.95 for m in group):
        return False
    levels = {m.level for m in group if m.level} | ({mention.level} - {""})
    if _national(mention.core):
        # a bare "Quốc hội", "Chính phủ" is Viet Nam's own, never "Quốc hội Lào" named nearby
        return {m.place or _HOME for m in group} == {mention.place or _HOME} and len(levels) <= 1
    places = {m.place for m in group if m.place} | ({mention.place} - {""})
    return len(levels) <= 1 and len(places) <= 1


_HOME = "việt nam"


def _national(core: str) -> bool:
    """The body is a national one ("Quốc hội", "Chính phủ", "Bộ Chính trị")."""
    seq = names.phrase_words(core)
    kind = kind_at(seq, 0)
    return bool(kind and kind[1] == "national" and kind[0] == len(seq))


def _organization(text: str, group: list[Mention]) -> Organization:
    written = list(dict.fromkeys(" ".join(m.text.split()) for m in group))
    name = _canonical_fields(_single_kind(max((names.expand(w) for w in written), key=_fullness)))
    aliases = [w for w in written if w.casefold() != name.casefold()]  # not the name again in another case
    return Organization(name=name, aliases=aliases, mentions=[Span.of(text, m.start, m.end) for m in group])


def _single_kind(name: str) -> str:
    """A kind written once: "Tập đoàn VNPT" written out is "Tập đoàn Bưu chính Viễn thông Việt
    Nam", not "Tập đoàn Tập đoàn ..."."""
    seq = names.phrase_words(name)
    kind = kind_at(seq, 0)
    if kind and len(seq) > 2 * kind[0] and [w.key for w in seq[:kind[0]]] == [w.key for w in seq[kind[0]:2 * kind[0]]]:
        return name[seq[kind[0]].start:]
    return name


@cache
def _field_pattern() -> tuple[re.Pattern, dict[str, str]]:
    fields = names.lexicons.words("fields.txt")
    canonical: dict[str, str] = {}
    for f in fields:
        canonical.setdefault(fold(f), f)  # the first spelling in the lexicon is the canonical one
    alternation = "|".join(r"\s*[–—-]\s*".join(re.escape(p) for p in re.split(r"\s*[–—-]\s*", f))
                           for f in sorted(fields, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE), canonical


def _canonical_fields(name: str) -> str:
    """Fields written as the lexicon writes them: "Thương binh và xã hội" -> "Thương binh và Xã hội";
    not a field's words inside a lower-case run ("dự án đầu tư xây dựng")."""
    pattern, canonical = _field_pattern()
    seq = names.phrase_words(name)
    kind = kind_at(seq, 0)
    head = seq[kind[0] - 1].end if kind else 0  # "Ủy ban kiểm tra": the field right after the kind

    def spelt(m: re.Match) -> str:
        before = name[:m.start()].split()
        if before and not before[-1][:1].isupper() and name[head:m.start()].strip():
            return m.group()
        return _capitalised(m.group(), canonical.get(fold(m.group()), m.group()))
    return pattern.sub(spelt, name)


def _capitalised(written: str, lexicon: str) -> str:
    """The lexicon's spelling only where it adds capitals: the article's own capitals are kept
    ("Doanh nghiệp Nhỏ và Vừa" stays as written)."""
    return lexicon if sum(c.isupper() for c in lexicon) > sum(c.isupper() for c in written) else written


def _fullness(name: str) -> tuple[int, int]:
    """Rank forms: a named locality first, then length."""
    return (int(bool(split_locality(name)[2])), len(name))
