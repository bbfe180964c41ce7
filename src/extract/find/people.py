"""People named in the article, with honorifics, gender and titles.

Each sentence is read left to right as a list of words (``names.words``).  A
person's name is a run of capitalised syllables that either follows an
honorific ("đồng chí", "bà"), follows a title ("Phó Thủ tướng", "Chủ tịch
UBND tỉnh"), or opens with a Vietnamese surname.  Titles are a position from
``positions.txt`` plus the body named right after it (an organisation mention,
a bare "Sở", a place, a short qualifier); a chain of titles split by commas or
dashes in front of a name or after it ("..., Ủy viên BTV Tỉnh ủy, Trưởng Ban
Tuyên giáo") belongs to that name.  Mentions are then merged: the same name
up to tone placement and small variants, and short references ("ông Dũng",
"Phó Giám đốc Linh") to the full name they end.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Doc, Organization, Person, Span, Title
from . import names
from .bodies import LOCALITIES, country_length, office_at, spelled_place_length
from .names import DASHES, Word, fold

_MAX_NAME = 6
_PREFIXES = frozenset({"nguyên", "quyền", "phó"})
_GENDER = {"male": "male", "female": "female"}
_COUNTS = frozenset({"các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})
_LIST_GLUE = frozenset({",", "và", ":", "cùng"})
# Surnames that, capitalised at the head of an unannounced run, are a street or a landmark.
_KINSHIP = frozenset({"ông", "bà", "anh", "chị", "bác", "cụ", "đồng", "đ", "các"})
_PLACE_OPENERS = frozenset({"đường", "phố", "cầu", "chợ"})
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_STREETS = frozenset({"đường", "phố", "ngõ", "hẻm"})


@dataclass
class Found:
    """One mention of a person in the text, with what the sentence says about them."""

    start: int
    end: int
    name: str
    honorific: str | None = None
    titles: list[Title] = field(default_factory=list)


@dataclass
class _Context:
    """What the people stage needs to know about the whole article."""

    text: str
    orgs: dict[int, tuple[int, str]]
    kinds: dict[str, str]
    credits: tuple[Span, ...]

    def org_at(self, word: Word) -> tuple[int, str] | None:
        """``(end, organisation name)`` of the body mention starting at ``word``."""
        return self.orgs.get(word.start)


def find_people(doc: Doc, organizations: list[Organization]) -> list[Person]:
    """Every person named in ``doc``, one entry per person, every mention kept."""
    ctx = _context(doc, organizations)
    found = [f for sentence in doc.sentences
             for f in _sentence_people(ctx, names.sentence_words(sentence))]
    found = [f for f in found if not any(c.start < f.end and f.start < c.end for c in doc.credits)]
    bylines = [line for line in doc.lines if _names_only(line.text)]
    bylines += [s for s in _last_sentences(doc) if _names_only(s.text)]
    found = [f for f in found if not any(b.start <= f.start < b.end for b in bylines)]
    return [_person(doc.text, group) for group in _merge(found)]


def _context(doc: Doc, organizations: list[Organization]) -> _Context:
    orgs = {m.start: (m.end, o.name) for o in organizations for m in o.mentions}
    kinds: dict[str, str] = {}
    for org in sorted(organizations, key=lambda o: len(o.mentions)):
        kinds[names.phrase_words(org.name)[0].key] = org.name  # the most mentioned body of each kind wins
    return _Context(doc.text, orgs, kinds, doc.credits)


def _last_sentences(doc: Doc) -> list:
    """The last sentence of every line: where a byline closes a paragraph ("... y tế. Mai Anh")."""
    last = {}
    for sentence in doc.sentences:
        line = next((ln for ln in doc.lines if ln.start <= sentence.start < ln.end), None)
        if line is not None:
            last[line.start] = sentence
    return list(last.values())


_BYLINE_MARKS = frozenset({"-", "–", "/", ",", "(", ")", "&", "và"})


def _names_only(line: str) -> bool:
    """A short line of capitalised names and separators only: a byline ("Hoàng Thuỳ - Võ Hải",
    "Vũ Dũng/VOV", "Nguyễn Quốc (thực hiện)"), whose names are not participants."""
    line = line.replace("(thực hiện)", "").replace("(lược ghi)", "").strip(" .")
    count = 0
    for text in names.syllables(line):  # most lines are prose: stop at their first lower-case word
        if text in _BYLINE_MARKS:
            continue
        if not text[:1].isupper() or count == 10:
            return False
        count += 1
    return count > 0


# --- reading one sentence ------------------------------------------------------

def _sentence_people(ctx: _Context, seq: Sequence[Word]) -> list[Found]:
    """The people named in one sentence, left to right."""
    reader = _Reader(ctx, seq)
    while reader.i < len(seq):
        reader.step()
    return reader.out


@dataclass
class _Reader:
    """Reads one sentence word by word, keeping what the words so far announce."""

    ctx: _Context
    seq: Sequence[Word]
    i: int = 0
    out: list[Found] = field(default_factory=list)
    chain: list[Title] = field(default_factory=list)  # titles waiting for the name they precede
    honorific: str | None = None
    listing: bool = False  # "các đồng chí: A, B và C"
    career: list[Found] = field(default_factory=list)  # a cue like "giữ chức" handed the next titles to these
    past: bool = False  # a cue like "từng giữ" made the next titles a career history, nobody's title now
    streets: bool = False  # "các tuyến đường Lê Lợi, Trần Phú ...": the runs are not people
    shared: Title | None = None  # "các Phó Thủ tướng: A, B", "tân Bí thư lần lượt là A và B": each one's

    def step(self) -> None:
        """Read what stands at ``self.i`` and move past it."""
        org = self.ctx.org_at(self.seq[self.i])
        if org:
            self.i, self.chain = _skip_to(self.seq, self.i, org[0]), []
            return
        self._cue()
        if not (self._honorific() or self._title() or self._name()):
            self._other()

    def _cue(self) -> None:
        cue = names.table("appointment_cues.txt", columns=2).match(self.seq, self.i) if self.out else None
        if cue and self.seq[self.i].glued and self.seq[self.i - 1].text[:1].islower():
            return  # inside a common word: "tiếp nhận chức ..." is no "nhận chức"
        if cue and cue[1] == "past":
            self.career, self.past, self.i = [], True, self.i + cue[0]  # "ông X từng giữ chức A, B": neither is X's now
        elif cue and (cue[1] == "far" or _title_at(self.ctx, self.seq, self.i + cue[0])):
            self.career, self.past = _listed(self.ctx.text, self.out), False  # "ông X hiện là ..., Bí thư ...": X's

    def _honorific(self) -> bool:
        hon = _honorific_at(self.seq, self.i)
        if hon:
            self.listing = hon[1].startswith("các ")
            self.honorific, self.i = hon[1].removeprefix("các ") if self.listing else hon[1], self.i + hon[0]
        return bool(hon)

    def _title(self) -> bool:
        title = _title_at(self.ctx, self.seq, self.i)
        if not title:
            return False
        end, found = _stretch_to_name(self.ctx, self.seq, self.i, *title)
        in_turn = [w.key for w in self.seq[end:end + 2]] == ["lần", "lượt"]
        listed = _plural(self.seq, self.i) and _list_opener(self.seq, end)
        if self.i and self.seq[self.i - 1].key == "các" or in_turn or listed:
            self.shared, end = found, end + 2 * in_turn + (listed or 0)
        if any(fold(t.role or "") == fold(found.role or "") != fold(t.text) for t in self.chain):
            self.chain = []  # "Thủ tướng Lào và Thủ tướng X": the first is someone else's
        named_next = _name_run(self.ctx, self.seq, end)
        if self.past and not named_next:
            pass  # a position held before, not a title
        elif self.career and not named_next:
            for person in self.career:  # "... được bầu giữ chức Chủ tịch HĐND tỉnh"; "là luật sư" is no title
                person.titles += [found] if _position_class(found.role) != "occupation" else []
        else:
            self.chain.append(found)
        self.i = _after_title_glue(self.seq, end)
        return True

    def _name(self) -> bool:
        run = _name_run(self.ctx, self.seq, self.i)
        place = _place_length(self.seq, self.i) if run > 2 else 0
        if not place and self.chain:
            place = _place_prefix(self.seq, self.i, run)  # "Bí thư huyện ủy Thạch Thành Đỗ Minh Quý"
        if place and run - place >= 2 and (not _common_surname(self.seq[self.i].text)
                                           or _common_surname(self.seq[self.i + place].text)):  # "Hà Nội Nguyễn ..."
            self._place_ends_title(place)
            self.i, run = self.i + place, run - place  # "... nước Lào Bounnhang Vorachith"
        styled = _style_length(self.seq, self.i)
        styled = styled if run - styled >= 2 else 0
        if styled:
            self.honorific = names.join(self.seq[self.i:self.i + styled]).lower()
            self.i, run = self.i + styled, run - styled  # "Thủ tướng Campuchia Samdech Techo Hun Sen"
        announced = "title" if self.chain and not styled else "honorific" if self.honorific or self.listing else None
        if run:
            listed = _blocked(self.seq, self.i) and _list_opens(self.seq, self.i)
            self.streets = not announced and (listed or self.streets)
        honoured = bool(self.honorific and self.chain)  # "đồng chí Tổng Bí thư Trường Chinh"
        if not run or self.streets or not _is_person(self.ctx, self.seq, self.i, run, announced, honoured):
            return False
        found, self.i = _mention(self.ctx, self.seq, self.i, run, self.honorific, self.chain)
        self.out.append(found)
        self.career, self.chain, self.past = [], [], False
        if self.shared and self.i + 1 < len(self.seq) and self.seq[self.i].text in _LIST_GLUE \
                and (self.seq[self.i + 1].cap or _honorific_at(self.seq, self.i + 1)):
            self.chain, self.i = [self.shared], self.i + 1  # the list goes on: the next member shares it
            self.honorific = self.honorific if self.listing else None
            return True
        if not (self.listing and _list_goes_on(self.seq, self.i)):
            self.honorific = None
        elif self.seq[self.i].text in _LIST_GLUE:
            self.i += 1
        return True

    def _place_ends_title(self, place: int) -> None:
        """The place between a title and a name ends the title written right before it."""
        if not self.chain:
            return
        last = self.chain[-1]
        if self.ctx.text[:self.seq[self.i].start].rstrip().endswith(last.text):
            where = names.join(self.seq[self.i:self.i + place])
            self.chain[-1] = Title(text=f"{last.text} {where}", role=last.role, organization=last.organization)

    def _other(self) -> None:
        """Anything else ends what was announced; a capitalised run that is no person is
        skipped whole ("phường Trần Phú")."""
        run = _name_run(self.ctx, self.seq, self.i)
        self.chain, self.honorific, self.listing, self.shared = [], None, False, None
        self.i += max(run, 1)
        if not run and self.seq[self.i - 1].text in {";", ":", "."}:
            self.streets = False  # a street list ends with its clause


def _plural(seq: Sequence[Word], i: int) -> bool:
    """A title counted or made plural ("các", "ba", "4" before it): a title of many people."""
    return i > 0 and (seq[i - 1].key in _COUNTS or seq[i - 1].text.isdigit())


def _list_opener(seq: Sequence[Word], j: int) -> int:
    """Words of ", gồm (có):" or "là:" opening the list of holders after a plural title
    ("ba Phó Bí thư, gồm ông A, ông B và bà C"; "4 Phó Chủ tịch là A, B, C và D")."""
    k = j + (j < len(seq) and seq[j].text == ",")
    if k < len(seq) and seq[k].key in ("gồm", "là"):
        k += 1 + (k + 1 < len(seq) and seq[k + 1].key == "có")
        k += k < len(seq) and seq[k].text == ":"
        return k - j
    return 0


def _listed(text: str, out: list[Found]) -> list[Found]:
    """The last person named and those listed right before them ("Các ông A, B, C được bầu
    làm ...", "bà A và ông B được bầu ..."): only commas, "và" and honorifics between."""
    listed = out[-1:]
    for before in reversed(out[:-1]):
        between = text[before.end:listed[0].start].strip().lower().split()
        if not between or between[0] not in (",", "và") and not between[0].startswith(",") \
                or any(w.strip(",") not in ("", "và", "ông", "bà", "anh", "chị") for w in between):
            break
        listed.insert(0, before)
    return listed


def _skip_to(seq: Sequence[Word], i: int, end: int) -> int:
    while i < len(seq) and seq[i].start < end:
        i += 1
    return i


def _honorific_at(seq: Sequence[Word], i: int) -> tuple[int, str] | None:
    """``(words, honorific as written, lower-cased)`` when one stands at ``seq[i]`` before a name."""
    found = names.table("honorifics.txt", columns=2).match(seq, i)
    if not found:
        return None
    n = found[0]
    if seq[i].cap and i > 0 and seq[i - 1].cap and not seq[i - 1].text.isupper():
        return None  # "Anh", "Ông" inside a name or a body, not an honorific
    if _place_length(seq, i) > n:
        return None  # "Bà Rịa"
    nxt = i + n + (1 if i + n < len(seq) and seq[i + n].text == ":" else 0)
    if nxt >= len(seq) or not seq[nxt].cap:
        return None
    return nxt - i, names.join(seq[i:i + n]).lower()


def _style_length(seq: Sequence[Word], i: int) -> int:
    """Words of a foreign style of address opening a capitalised run ("Samdech Techo"); the
    Vietnamese "Anh", "Ông" at the head of a run are left to the name."""
    found = names.table("honorifics.txt", columns=2).match(seq, i)
    return found[0] if found and seq[i].key not in _KINSHIP else 0


def _after_title_glue(seq: Sequence[Word], j: int) -> int:
    """Past a comma, dash, "là" or "kiêm" that chains a title to the next title or name
    ("và" only to another title: "Bí thư Tỉnh đoàn và đồng chí X" are two people)."""
    if j + 1 >= len(seq):
        return j
    if seq[j].text in {",", ":"} | DASHES or seq[j].key in {"là", "kiêm", "rồi"}:
        return j + 1
    if seq[j].key == "và" and names.table("positions.txt", columns=2).match(seq, j + 1):
        return j + 1
    return j


def _list_goes_on(seq: Sequence[Word], i: int) -> bool:
    return i + 1 < len(seq) and seq[i].text in _LIST_GLUE and seq[i + 1].cap


# --- titles --------------------------------------------------------------------

def _title_at(ctx: _Context, seq: Sequence[Word], i: int) -> tuple[int, Title] | None:
    """``(index past it, title)`` of a position opening at ``seq[i]``; none right after "ban",
    whose members it names ("cuộc họp ban giám đốc bệnh viện", "Ban Thư ký")."""
    if i and seq[i - 1].key == "ban":
        return None
    start, position = _position_at(seq, i)
    if not position:
        return None
    n, kind = position
    role_end = start + n
    inner = next((k for k in range(start + 1, role_end) if ctx.org_at(seq[k])), None)
    if inner is not None:  # "Trưởng Ban Tuyên giáo ...": the position's last word opens the body
        org = ctx.org_at(seq[inner])
        end, organization = _skip_to(seq, inner, org[0]), org[1]
    else:
        end, organization = _title_body(ctx, seq, role_end, kind)
    if kind == "body" and organization is None and not _bare_kind(ctx, seq, role_end):
        return None  # "Trưởng", "Cán bộ" alone are not positions
    end = _title_tail(ctx, seq, end)
    text = ctx.text[seq[i].start:seq[end - 1].end]
    role_start = i if seq[i].key == "phó" else start  # "Phó" changes the position; "nguyên" does not
    role = ctx.text[seq[role_start].start:seq[role_end - 1].end]
    return end, Title(text=text, role=role, organization=organization)


def _title_tail(ctx: _Context, seq: Sequence[Word], end: int) -> int:
    """Past "của" and the body a title's body belongs to ("Ủy ban Kinh tế của Quốc hội"), or
    "tại" and the country an envoy serves in ("Đại sứ Lào tại Việt Nam")."""
    state = country_length(seq, end)
    if state:
        return end + state  # "Phó Chủ tịch Quốc hội Cộng hòa Fiji"
    if end + 1 >= len(seq) or seq[end].key not in ("của", "tại"):
        return end
    org = ctx.org_at(seq[end + 1])
    if org and seq[end].key == "của":
        return _skip_to(seq, end + 1, org[0])
    place = spelled_place_length(seq, end + 1)
    return end + 1 + place if place and seq[end].key == "tại" else end


def _position_at(seq: Sequence[Word], i: int) -> tuple[int, tuple[int, str] | None]:
    """Where the position proper starts and ``(words, class)``, past a "nguyên", "Quyền" or a
    "Phó" that the lexicon does not spell out ("Phó Trưởng Công an huyện")."""
    positions = names.table("positions.txt", columns=2)
    position = positions.match(seq, i)
    if seq[i].key in _PREFIXES and (not position or position == (1, "body")):
        return i + 1, positions.match(seq, i + 1)
    return i, position


def _stretch_to_name(ctx: _Context, seq: Sequence[Word], i: int, end: int, title: Title) -> tuple[int, Title]:
    """A title whose body name runs on in words we did not take ("Cục trưởng Cục phòng chống
    tham nhũng Phạm Văn A"): when a full name follows within a few words of the same clause,
    those words belong to the title."""
    if end < len(seq) and _name_run(ctx, seq, end) and not names.table("body_kinds.txt", columns=2).match(seq, end):
        return end, title  # the name follows right away
    for k in range(end, min(end + 9, len(seq))):
        word = seq[k]
        if not word.text[:1].isalnum() or _stops(seq, k) or _honorific_at(seq, k) \
                or k > end and word.cap and office_at(seq, k):
            break  # "Tổng thống X mời Chủ tịch nước Y": the next title is another's
        if k > end and _surname(word.text) and _full(ctx.text[word.start:seq[k + _name_run(ctx, seq, k) - 1].end]) \
                and spelled_place_length(seq, k) != _name_run(ctx, seq, k) and not _inside_place(seq, k):
            text = ctx.text[seq[i].start:seq[k - 1].end]
            return k, Title(text=text, role=title.role, organization=title.organization)
    return end, title


def _inside_place(seq: Sequence[Word], k: int) -> bool:
    """``seq[k]`` ends a place's name ("tỉnh Bắc Ninh Nguyễn ...": no name opens at "Ninh")."""
    return any(s + spelled_place_length(seq, s) > k for s in range(max(0, k - 2), k))


def _title_body(ctx: _Context, seq: Sequence[Word], j: int, kind: str) -> tuple[int, str | None]:
    """Where the body part of a title ends, and the body's full name."""
    j = _qualifier_end(ctx, seq, j)
    if j < len(seq):
        org = ctx.org_at(seq[j])
        if org:
            return _skip_to(seq, j, org[0]), org[1]
        bare = _bare_kind(ctx, seq, j)
        again = ctx.org_at(seq[j + bare[0]]) if bare and j + bare[0] < len(seq) else None
        if again and seq[j + bare[0]].key == seq[j].key:
            return _skip_to(seq, j, again[0]), again[1]  # "Giám đốc Công ty Công ty CP ...": a kind written twice
        if bare:
            return j + bare[0], bare[1]
        field = names.table("fields.txt").match(seq, j) if seq[j].cap and kind != "body" else None
        if field:  # "Thứ trưởng Tài chính"
            return j + field[0], None
        place = _place_length(seq, j)
        if place and kind != "body" and not (place >= 3 and _surname(seq[j].text)):
            return j + place + _abbreviation_locality(seq, j, place), None
    return j, None


def _abbreviation_locality(seq: Sequence[Word], j: int, n: int) -> int:
    """Words of the locality after a body written as an abbreviation we do not know
    ("Chủ tịch UBDN tỉnh", "Phó Chủ tịch UBMTTQ tỉnh Long An"): its level, then a known place."""
    k = j + n
    if spelled_place_length(seq, j) or k >= len(seq) or not names.is_abbreviation(seq[j].text):
        return 0
    level = LOCALITIES.match(seq, k) if seq[k].text[:1].islower() else None
    if not level:
        return 0
    after = k + level[0]
    place = spelled_place_length(seq, after)
    if not place and after < len(seq) and seq[after].cap:
        return 0  # "huyện Thanh Bình", a place we do not know: where it ends is unknown
    return level[0] + place


def _qualifier_end(ctx: _Context, seq: Sequence[Word], j: int) -> int:
    """Past one or two lower-case words that qualify a position ("Huấn luyện viên quốc gia",
    "Giám đốc pháp chế"), when what follows them ends the title or opens a body."""
    k = j
    while k < len(seq) and k - j < 3 and seq[k].text[:1].islower() and not (_stops(seq, k) and not seq[k].glued):
        k += 1  # a stop word inside a compound stops nothing ("danh dự")
    if k == j:
        return j
    if k >= len(seq) or seq[k].text in {",", ";", ".", ")"} | DASHES or ctx.org_at(seq[k]) \
            or (seq[k].cap and _surname(seq[k].text)) or _abbreviation_after(seq, j, k):
        return k
    return j


def _abbreviation_after(seq: Sequence[Word], j: int, k: int) -> bool:
    """An abbreviation after qualifiers that name no kind of body: "Chủ tịch danh dự APPF" (not
    "Giám đốc sở NN & PTNT", whose "sở" opens the body)."""
    kinds = names.table("body_kinds.txt", columns=2)
    return names.is_abbreviation(seq[k].text) and not any(kinds.match(seq, x) for x in range(j, k))


def _bare_kind(ctx: _Context, seq: Sequence[Word], j: int) -> tuple[int, str | None] | None:
    """A kind word alone after a position ("Phó Giám đốc Sở"): the body of that kind the
    article is about."""
    if j >= len(seq) or not seq[j].cap:
        return None
    kind = names.table("body_kinds.txt", columns=2).match(seq, j)
    after = j + kind[0] if kind else j
    if not kind or (after < len(seq) and seq[after].text[:1].islower() and not _stops(seq, after)):
        return None  # "Công ty cổ phần ..." goes on: not a bare kind
    if seq[j].key == "trường" and after < len(seq) and seq[after].cap and not _surname(seq[after].text):
        return None  # "Tổng Bí thư Trường Chinh": a given name, not a school
    return kind[0], ctx.kinds.get(seq[j].key)


def _place_length(seq: Sequence[Word], j: int) -> int:
    state = country_length(seq, j)
    if state:
        return state
    known = spelled_place_length(seq, j)
    if known:
        return known
    if not names.is_abbreviation(seq[j].text) or _surname(seq[j].text) or _initialled(seq[j].text):
        return 0
    if j + 2 < len(seq) and seq[j + 1].text in DASHES and seq[j + 1].start == seq[j].end \
            and seq[j + 2].start == seq[j + 1].end and names.is_abbreviation(seq[j + 2].text):
        return 3  # "KH-ĐT", "VH-TT": one abbreviation written with a dash
    return 1


def _stops(seq: Sequence[Word], k: int) -> bool:
    return bool(names.table("body_stops.txt").match(seq, k) or names.table("body_verbs.txt").match(seq, k))


# --- names ---------------------------------------------------------------------

def _name_run(ctx: _Context, seq: Sequence[Word], i: int) -> int:
    """How many words from ``seq[i]`` make a capitalised name (0: none)."""
    n = parts = 0
    while i + n < len(seq) and parts < _MAX_NAME:
        word = seq[i + n]
        if n and names.joined(seq, i + n):
            n += 2  # "Jong-un", "Ru-vơ-ni": syllables of one part
            continue
        if not n and _initial(seq, i):
            n, parts = 2, 1  # "A. Lukashenko"
            continue
        if not (word.cap and word.text[:1].isalpha()) or (n and _opens_other(ctx, seq, i + n)):
            break
        if n and names.table("name_stops.txt").match(seq, i + n) and not _ends_clause(seq, i + n + 1):
            break  # "... Lý Khắc Cường Chiều nay": a time word, not a syllable of the name ("Vũ Xuân Sáng," is)
        if len(word.text) > 1 and word.text.isupper():
            break  # "UBND", "VIAC": abbreviations are not name syllables
        n, parts = n + 1, parts + 1
    return n


def _initial(seq: Sequence[Word], i: int) -> bool:
    """A capital and a full stop before a name written out ("A. Lukashenko", "V. Putin")."""
    if i + 2 >= len(seq) or len(seq[i].text) != 1 or not seq[i].text.isupper():
        return False
    dot, name = seq[i + 1], seq[i + 2]
    return dot.text == "." and dot.start == seq[i].end and name.start > dot.end and name.cap \
        and name.text[1:].islower() and not names.table("name_stops.txt").match(seq, i + 2)


def _initialled(word: str) -> bool:
    """A name written after its initial in one word ("V.Pu" of "V.Pu-tin"), not an abbreviation."""
    last = word.rsplit(".", 1)[-1]
    return "." in word and len(last) > 1 and last[0].isupper() and last[1:].islower()


def _transliterated(seq: Sequence[Word], i: int, n: int) -> bool:
    """A foreign name written as Vietnamese syllables joined by dashes ("Ru-vơ-ni Na-đa-lô",
    "Pu-tin"), or opened by an initial ("A. Lukashenko")."""
    return _initial(seq, i) or _initialled(seq[i].text) or any(names.joined(seq, k) and seq[k + 1].text[:1].islower() for k in range(i + 1, i + n))


def _ends_clause(seq: Sequence[Word], k: int) -> bool:
    """Punctuation or the sentence's end at ``seq[k]``: a time word there opens nothing."""
    return k >= len(seq) or seq[k].text in {",", ";", ".", ")", "("} | DASHES


def _person_follows(ctx: _Context, seq: Sequence[Word], k: int) -> bool:
    """A person's name (a surname first, or a foreign name) opens at ``seq[k]``."""
    run = _name_run(ctx, seq, k) if k < len(seq) else 0
    return bool(run) and (_surname(seq[k].text) or names.foreign_name_at(seq, k) or _transliterated(seq, k, run))


def _opens_other(ctx: _Context, seq: Sequence[Word], k: int) -> bool:
    """A position, body or honorific opens at ``seq[k]``: a name before it has ended."""
    if ctx.org_at(seq[k]):
        return True
    return bool(names.table("positions.txt", columns=2).match(seq, k))


def _is_person(ctx: _Context, seq: Sequence[Word], i: int, n: int, announced: str | None,
               honoured: bool = False) -> bool:
    """A capitalised run is a person when something announces it, or it opens with a
    surname (or has a position in apposition), is two to five syllables long and is not a
    place or named thing."""
    text = " ".join(w.text for w in seq[i:i + n])
    if i + n < len(seq) and seq[i + n].text == ":" and announced != "title":
        return False  # "Ảnh:", "Nguồn:" (but "Thứ trưởng Lê Văn A: ..." heads an interview)
    if n > 1 and fold(text) in names.word_set("places.txt"):
        return announced == "title" and n >= 3 and _surname(seq[i].text)  # "Chủ tịch Hồ Chí Minh"
    if announced == "title" and not (_surname(seq[i].text) or names.foreign_name_at(seq, i) or n == 1
                                     or _transliterated(seq, i, n)
                                     or _after_country(seq, i, n) or honoured):
        return False  # "Giám đốc Khối Khách hàng": a title before capitalised words that are no name
    if announced:
        return True
    glued = _glued_after(seq, i + n) and not (n >= 3 and _common_surname(seq[i].text))  # "Đinh Vũ Khuynh hỏi"
    if fold(text) in names.word_set("not_persons.txt") or _quoted(seq, i, n) or glued:
        return False  # "Tết Đinh Dậu", "“Trà Gò Loi”", "Đoàn Nghi lễ"
    if names.table("name_stops.txt").match(seq, i):
        return False  # "Từ Mậu Thân 1968 ...": a sentence opener, not a surname
    if any(fold(" ".join(w.text for w in seq[k:i + n])) in names.word_set("places.txt") for k in range(i + 1, i + n - 1)):
        return False  # "Đoàn Việt Nam": a delegation of a country
    if not (2 <= n <= 5 and (_surname(seq[i].text) or _apposition(ctx, seq, i, n))):
        return False
    if n == 2 and names.surnames().get(seq[i].key) == "rare" or seq[i].key in _PLACE_OPENERS:
        return False  # "Sơn Trà", "Chu Lai", "Đường Xoài": with no cue, mostly a place
    if i + n < len(seq) and seq[i + n].text.isdigit():
        return False  # "nhà máy Sơn Mỹ 3", "Hà Nội 1": a numbered thing
    return not _blocked(seq, i)


def _after_country(seq: Sequence[Word], i: int, n: int) -> bool:
    """A title, a country, then two to four syllables: a foreign leader whose name reads like
    Vietnamese syllables ("Chủ tịch Trung Quốc Tập Cận Bình")."""
    return 2 <= n <= 4 and any(spelled_place_length(seq, k) == i - k for k in range(max(0, i - 9), i))


def _apposition(ctx: _Context, seq: Sequence[Word], i: int, n: int) -> bool:
    """A foreign or three-syllable name with a position after a comma: "Nhem Valy, Phó Chủ
    tịch ..." (two Vietnamese syllables there are mostly a place: "cảng Cát Lái, ...")."""
    k = i + n
    if k + 1 >= len(seq) or seq[k].text != "," or not (n >= 3 or names.foreign_name_at(seq, i)):
        return False
    position = names.table("positions.txt", columns=2).match(seq, k + 1)
    return bool(position) and position[1] in ("office", "rank") and bool(_title_at(ctx, seq, k + 1))


def _blocked(seq: Sequence[Word], i: int) -> bool:
    """The run at ``seq[i]`` follows a word that makes it a street, place or thing
    ("đường Trần Phú", "số 8 Phạm Hùng", "giải thưởng Lê Văn Thiêm", "các tuyến đường chính
    như Lê Lợi")."""
    if i and seq[i - 1].text == ":":
        i -= 1  # "- ảnh: Hoàng Lực": the word before the colon decides
    if i and seq[i - 1].key == "như":
        return any(w.key in _STREETS for w in seq[max(0, i - 4):i - 1])
    return bool(i) and (seq[i - 1].key.isdigit() or _blocker(seq, i - 1))


def _list_opens(seq: Sequence[Word], i: int) -> bool:
    """A street, a colon, or "các", "những", "như" shortly before ``seq[i]``: a list of streets
    or places opens there ("đường A ra B", "các xã A, B và C", "tỉnh, thành phố: A, B"); an
    address does not, its parts each have their word ("xã A, huyện B và C, sinh năm ...")."""
    if i and seq[i - 1].text == ":":
        return True
    return i > 0 and seq[i - 1].key in _STREETS or any(w.key in ("các", "những", "như") for w in seq[max(0, i - 4):i])


def _blocker(seq: Sequence[Word], k: int) -> bool:
    """``seq[k]`` ends a word that names streets, places or things; the tail of a compound
    counts only when the compound's head does ("đường bộ"; not "đối tượng", "cán bộ")."""
    blockers = names.word_set("name_blockers.txt")
    if k > 0 and f"{seq[k - 1].key} {seq[k].key}" in blockers:
        return True
    return seq[k].key in blockers and (not seq[k].glued or k > 0 and seq[k - 1].key in blockers)


def _quoted(seq: Sequence[Word], i: int, n: int) -> bool:
    return 0 < i and i + n < len(seq) and seq[i - 1].text in "“\"‘" and seq[i + n].text in "”\"’"


def _glued_after(seq: Sequence[Word], k: int) -> bool:
    """A lower-case syllable glued to the run's last one: the run ends inside a common word."""
    return k < len(seq) and seq[k].glued and seq[k].text[:1].islower()


def _place_prefix(seq: Sequence[Word], i: int, run: int) -> int:
    """Two words of an unknown place before a person's name in one run after a title: "Bí thư
    huyện ủy Thạch Thành Đỗ Minh Quý" (a common surname opens the name)."""
    prefix = seq[i:i + 2]
    if run >= 4 and _common_surname(seq[i + 2].text) and not any(
            _common_surname(w.text) or w.key in ("văn", "thị") for w in prefix):
        return 2
    return 0


def _common_surname(word: str) -> bool:
    return names.surnames().get(fold(word)) == "common" and word[:1].isupper()


def _surname(word: str) -> bool:
    return fold(word) in names.surnames() and word[:1].isupper()


def _mention(ctx: _Context, seq: Sequence[Word], i: int, n: int, honorific: str | None,
             chain: list[Title]) -> tuple[Found, int]:
    """The mention of the name ``seq[i:i+n]`` with the titles before and after it."""
    start, end = seq[i].start, seq[i + n - 1].end
    titles, j = _titles_after(ctx, seq, i + n, prefixed=any(_position_class(t.role) != "rank" for t in chain))
    rank = next((t.role.lower() for t in chain if _position_class(t.role) == "rank"), None)
    kept = [t for t in chain + titles if _position_class(t.role) != "occupation"]  # "TS.", "nhà báo": no title
    found = Found(start, end, ctx.text[start:end], honorific or rank, kept)
    return found, j


def _position_class(role: str | None) -> str | None:
    found = names.table("positions.txt", columns=2).match(names.phrase_words(role or ""), 0)
    return found[1] if found else None


def _titles_after(ctx: _Context, seq: Sequence[Word], j: int, *, prefixed: bool = False) -> tuple[list[Title], int]:
    """The titles written right after a name: ", Giám đốc Sở Y tế", " – Phó Bí thư",
    " (Phó Giám đốc ...)", " là Trưởng ban ..."; not those of a chain that ends in the next
    name after a semicolon, or after a name whose titles were written before it ("Thủ tướng
    A, Tổng Bí thư, Chủ tịch nước B": both are B's)."""
    titles: list[Title] = []
    k = j
    bracket = k < len(seq) and seq[k].text == "("
    while k < len(seq):
        at = _glue_before_title(seq, k, first=not titles)
        if at is None:
            break
        title = _title_at(ctx, seq, at)
        if not title or _person_follows(ctx, seq, title[0]):
            break  # a title right before a name is that name's: "..., Trưởng ban X Phạm Văn Y"
        if (prefixed or seq[k].text == ";") and _chain_to_name(ctx, seq, at):
            break
        titles.append(title[1])
        j = title[0]
        k = _past_term(seq, j)  # "Ủy viên Trung ương Đảng khóa XII, Bí thư Tỉnh ủy": the chain goes on
    if bracket and j < len(seq) and seq[j].text == ")":
        j += 1
    return titles, j


def _chain_to_name(ctx: _Context, seq: Sequence[Word], k: int) -> bool:
    """The titles chained from ``seq[k]`` end right before a person's name."""
    while (title := _title_at(ctx, seq, k)) is not None:
        if _person_follows(ctx, seq, title[0]):
            return True
        end = _past_term(seq, title[0])
        if end >= len(seq) or seq[end].text == ";":
            return False  # "A, T1, T2; T3 B": T1 and T2 are A's
        k = _glue_before_title(seq, end, first=False)
        if k is None:
            return False
    return False


def _past_term(seq: Sequence[Word], k: int) -> int:
    """Past the term written after a title ("khóa XII", "khóa XI, XII", "nhiệm kỳ 2015 - 2020"),
    which is no part of it (gold/GUIDE.md); ``k`` when none follows."""
    if k + 1 < len(seq) and seq[k].key == fold("khóa") and _term_number(seq[k + 1].text):
        k += 2
        while k + 1 < len(seq) and seq[k].key in (",", "và") and _term_number(seq[k + 1].text) \
                and seq[k + 1].text.isupper():
            k += 2  # "khóa X, XI và XII"
        return k
    if k + 2 < len(seq) and (seq[k].key, seq[k + 1].key) == ("nhiệm", "kỳ") and seq[k + 2].text.isdigit():
        k += 3
        while k + 1 < len(seq) and seq[k].text in DASHES and seq[k + 1].text.isdigit():
            k += 2
    return k


def _term_number(text: str) -> bool:
    return text.isdigit() or bool(text) and set(text) <= set("IVXL")


def _glue_before_title(seq: Sequence[Word], k: int, *, first: bool) -> int | None:
    """Where a title may open after ``seq[k]``: right there, or past a comma, dash, bracket,
    "là" or "kiêm" ("và" only between two titles)."""
    word = seq[k]
    glue = {",", "("} | DASHES
    if word.text in glue or word.key in {"là", "kiêm", "rồi"} or (word.key == "và" and not first):
        return k + 1 if k + 1 < len(seq) else None
    return k if first else None  # not past ";", which separates the people of a list


# --- one entry per person --------------------------------------------------------

def _merge(found: list[Found]) -> list[list[Found]]:
    """Mentions grouped by person: full names by similarity, then short references to the
    nearest full name they end."""
    groups: list[list[Found]] = []
    for f in sorted(found, key=lambda f: (not _full(f.name), -len(f.name.split()), f.start)):
        home = _home(groups, f)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    groups = [g for g in groups if any(len(f.name.replace("-", " ").split()) > 1 for f in g)]  # "ông Dũng" alone: unsure
    return sorted(groups, key=lambda g: min(f.start for f in g))


def _full(name: str) -> bool:
    """A full name: a surname and at least one more syllable, or three syllables or more."""
    parts = name.split()
    return len(parts) >= 3 or (len(parts) == 2 and _surname(parts[0]))


def _home(groups: list[list[Found]], f: Found) -> list[Found] | None:
    key = fold(f.name)
    for group in groups:
        if names.similar(group[0].name, f.name) >= 0.9 and _given(f.name) == _given(group[0].name):
            return group  # the same name up to a syllable, not the given name ("Thanh Long", "Thanh Phong")
    short = [g for g in groups if fold(g[0].name).endswith(" " + key)]
    if not short:
        cut = [g for g in groups if fold(g[0].name).startswith(key + " ")]
        return cut[0] if len(cut) == 1 and len(key.split()) >= 2 else None  # "Phạm Quang" cut off
    before = [g for g in short if g[0].start < f.start]
    return max(before, key=lambda g: g[0].start) if before else short[0]


def _given(name: str) -> str:
    """The given name (the last syllable) without its tone mark: "Thành" and "Thanh" are one
    name misspelt, "Long" and "Phong" two."""
    last = unicodedata.normalize("NFD", fold(name).split()[-1])
    return "".join(c for c in last if c not in _TONE_MARKS)


def _person(text: str, group: list[Found]) -> Person:
    full = max(group, key=lambda f: (len(f.name.split()), -f.start))
    honorific = next((f.honorific for f in sorted(group, key=lambda f: f.start) if f.honorific), None)
    gender = next((_gender(f.honorific) for f in group if _gender(f.honorific)), None)
    titles = _distinct_titles([t for f in sorted(group, key=lambda f: f.start) for t in f.titles])
    mentions = [Span.of(text, f.start, f.end) for f in sorted(group, key=lambda f: f.start)]
    return Person(name=" ".join(full.name.split()), honorific=honorific, gender=gender,
                  titles=titles, mentions=mentions)


def _distinct_titles(titles: list[Title]) -> list[Title]:
    """One title per position in a body: the fullest plain form; a position without a body
    is dropped when the same position is also given with one."""
    best: dict[tuple[str, str], Title] = {}
    for t in titles:
        key = (fold(names.expand(t.role or t.text)), fold(t.organization or names.expand(t.text)))
        old = best.get(key)
        if old is None or _plainer(t, old):
            best[key] = t
    with_body = {fold(t.role or "") for t in best.values() if t.organization}
    kept = [t for t in best.values() if t.organization or fold(t.role or "") not in with_body]
    texts = [fold(t.text) for t in kept]
    kept = [t for t in kept if not any(x != fold(t.text) and x.startswith(fold(t.text) + " ") for x in texts)]
    kept = [t for t in kept if not any(_shorter_form(t, x) for x in kept)]
    return list({fold(names.expand(t.text)): t for t in reversed(kept)}.values())[::-1]


def _shorter_form(short: Title, full: Title) -> bool:
    """``short`` is ``full`` with words left out, its first kept ("Phó Chủ tịch Quốc hội" of
    "Phó Chủ tịch Thường trực Quốc hội", "... Quân đội Việt Nam" of "... Quân đội nhân dân
    Việt Nam"): the position once, in its fullest form (GUIDE)."""
    a, b = fold(names.expand(short.text)).split(), fold(names.expand(full.text)).split()
    if len(a) >= len(b) or a[0] != b[0] or "(" in full.text and "(" not in short.text:
        return False  # "Bí thư" is not "Phó Bí thư"; a plain form is kept beside a bracketed one
    rest = iter(b)
    return all(w in rest for w in a)


def _plainer(new: Title, old: Title) -> bool:
    """Prefer forms without brackets, then longer ones."""
    return ("(" in old.text, len(new.text)) > ("(" in new.text, len(old.text))


def _gender(honorific: str | None) -> str | None:
    if not honorific:
        return None
    found = names.table("honorifics.txt", columns=2).match(names.phrase_words(honorific), 0)
    return _GENDER.get(found[1]) if found else None
