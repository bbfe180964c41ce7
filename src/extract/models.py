"""Every record type of the pipeline, owned by no stage.

Two families live here:

* the output records (Pydantic v2, ``extra="forbid"``) that follow
  ``CONTRACT.md``; ``schemas/article.schema.json`` is generated from them;
* the internal document model (frozen dataclasses) that the stages pass
  along: a normalised text cut into lines, sentences and words, all with
  character offsets into that one text.

An :class:`Article` refuses any span whose ``text`` is not
``article.text[start:end]``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

SCHEMA_VERSION = "1.0"

IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
"""A calendar date at day, month or year precision."""

MentionedDate = Annotated[str, StringConstraints(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")]
"""An :data:`IsoDate`, or ``--MM-DD`` for a day whose year the article does not give."""

PartOfDay = Literal["morning", "noon", "afternoon", "evening", "night"]
Precision = Literal["day", "month", "year"]
EventKind = Literal["conference", "signing_ceremony", "ceremony", "meeting", "training", "contest", "other"]
AgreementKind = Literal["cooperation_programme", "memorandum", "plan", "contract", "other"]
FocusLabel = Literal[
    "employment", "vocational_training", "labour_export", "meritorious_people", "child_protection",
    "gender_equality", "social_evils_prevention", "social_protection", "poverty_reduction",
    "occupational_safety", "labour_relations", "legal_education", "youth_work", "entrepreneurship",
    "health", "education", "culture_sports", "party_building", "public_administration", "elected_bodies",
    "foreign_affairs", "economy_investment", "agriculture_rural", "infrastructure_transport",
    "environment_resources", "security_defence", "science_technology", "tourism", "emulation_awards", "other",
]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _require(*names: str):
    """Schema hook: ``names`` are required in every written record, though the stages build the model without them."""
    def hook(schema: dict) -> None:
        schema["required"] = [*schema.get("required", []), *names]
    return hook


class Span(Record):
    """A piece of the article text: ``article.text[start:end] == text``.

    Offsets count Unicode code points of the NFC text (Python string indices), not bytes or UTF-16 units.
    """

    start: int = Field(ge=0, description="Offset of the first character, in code points from the start of `text`.")
    end: int = Field(ge=0, description="Offset just past the last character, in code points (exclusive).")
    text: str = Field(description="The characters between `start` and `end`, exactly as in the article text.")

    @model_validator(mode="after")
    def _consistent(self) -> "Span":
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} cannot hold {self.text!r}")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span of ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])


class Source(Record):
    """The input the record was extracted from."""

    path: str = Field(description="The input as it was named (the folder given on the command line, then the path "
                                  "under it); `-` for stdin, `<text>` for a string given to `extract_text`.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the input's raw bytes (of the JSONL line "
                                                                 "for a batch line, of the UTF-8 text for a string).")
    encoding: str = Field(description="The encoding the input was decoded from: `utf-8`, `utf-8-sig`, `utf-16`, "
                                      "`windows-1258`, `tcvn3`, `vni`, `utf-8+tcvn3`, ...")
    line: int | None = Field(default=None, ge=1, description="The line of a JSONL batch that held the article; null "
                                                             "for a whole file.")
    url: str | None = Field(default=None, description="The `url` a JSONL line gave, as given.")


class DateMention(Record):
    """A date or period written in the article."""

    span: Span = Field(description="Where the date is written.")
    value: MentionedDate = Field(description="The date (its start for a period): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; "
                                             "`--MM-DD` (ISO 8601 without a year) when nothing in the article gives "
                                             "the year of a day, and `warnings` says so.")
    end_value: IsoDate | None = Field(default=None, description="The end of a period ('giai đoạn 2017-2020'), "
                                                                "else null.")
    precision: Precision = Field(description="How much of `value` is known: `day`, `month` or `year`.")
    part_of_day: PartOfDay | None = Field(default=None, description="From 'sáng', 'trưa', 'chiều', 'tối', 'đêm' "
                                                                    "written with the date, else null.")
    kind: Literal["point", "period"] = Field(default="point", description="`point` for one day, month or year; "
                                                                          "`period` for a range.")
    year_from: Literal["written", "published", "context"] | None = Field(
        default=None, description="Where the year comes from: `written` with the day (or its range, list or "
                                  "clause), `published` (the publication date), `context` (the article's reference "
                                  "year, see `year_note`); null when the value has no year (`--MM-DD`) or is no day.")
    year_note: str | None = Field(default=None, description="For a year from context, its evidence; for a day "
                                                            "left without a year, why.")
    yearless_end: str | None = Field(default=None, pattern=r"^--\d{2}-\d{2}$",
                                     description="The end `--MM-DD` of a range whose year nothing gives "
                                                 "(`end_value` holds full dates only).")


class Title(Record):
    """A position a person holds, as the article gives it."""

    text: str = Field(description="The title as written, e.g. 'Phó Giám đốc Sở'.")
    role: str | None = Field(default=None, description="The position alone, e.g. 'Phó Giám đốc'.")
    organization: str | None = Field(default=None, description="The full name of the body the position is in, "
                                                               "resolved from context; null when unknown.")


class Person(Record):
    """One person named in the article, however often."""

    model_config = ConfigDict(json_schema_extra=_require("id"))

    id: str = Field(default="", pattern=r"^p\d+$",
                    description="`p1`, `p2`, ...: unique within the article, in the order of `participants`; "
                                "events and agreements point to it.")
    name: str = Field(description="The full name, NFC, with the article's diacritics, without honorifics.")
    honorific: str | None = Field(default=None, description="'ông', 'bà', 'đồng chí', ... as written, "
                                                            "lower-cased.")
    gender: Literal["male", "female"] | None = Field(
        default=None, description="From the honorific ('ông'/'anh' male, 'bà'/'chị' female).")
    titles: list[Title] = Field(default_factory=list, description="The positions the article gives the person.")
    mentions: list[Span] = Field(min_length=1, description="Every place the person is named.")


class Organization(Record):
    """One body (ministry, department, union, company, ...) named in the article."""

    model_config = ConfigDict(json_schema_extra=_require("id"))

    id: str = Field(default="", pattern=r"^o\d+$",
                    description="`o1`, `o2`, ...: unique within the article, in the order of `organizations`; "
                                "events and agreements point to it.")
    name: str = Field(description="The fullest form the article gives or the abbreviation table expands.")
    aliases: list[str] = Field(default_factory=list, description="Other forms of the name in the article "
                                                                 "(abbreviations, short forms).")
    mentions: list[Span] = Field(min_length=1, description="Every place the body is named.")


class AttendeeCount(Record):
    """How many took part ('hơn 60 đại biểu' -> 60, more_than)."""

    value: int = Field(description="The number written.")
    qualifier: Literal["exact", "more_than", "about", "nearly"] = Field(
        description="`exact`, `more_than` ('hơn', 'trên'), `about` ('khoảng'), `nearly` ('gần').")


def _body_ids(names: str) -> str:
    return (f"The `Organization.id` of each of `{names}`, in the same order; null for a name that is no one body "
            "(a list of bodies, a common noun such as 'Đoàn công tác').")


def _person_ids(names: str) -> str:
    return f"The `Person.id` of each of `{names}`, in the same order; null for a name that is a place."


class Event(Record):
    """A meeting, conference, ceremony or other occasion the article reports."""

    model_config = ConfigDict(json_schema_extra=_require("id", "organizer_ids", "chair_ids", "participant_ids"))

    id: str = Field(default="", pattern=r"^e\d+$", description="`e1`, `e2`, ...: unique within the article.")
    kind: EventKind = Field(description="conference, signing_ceremony, ceremony, meeting, training, contest or "
                                        "other (see CONTRACT.md).")
    name: str | None = Field(default=None, description="The event's own name as the article gives it.")
    date: IsoDate | None = Field(default=None, description="The day (or month, year) it took place.")
    part_of_day: PartOfDay | None = Field(default=None, description="As in a date mention.")
    location: str | None = Field(default=None, description="The place ('tại ...').")
    organizers: list[str] = Field(default_factory=list, description="Names of the organising bodies.")
    chairs: list[str] = Field(default_factory=list, description="Names of the people who chaired it (chủ trì).")
    participants: list[str] = Field(default_factory=list, description="Names of the people present.")
    organizer_ids: list[str | None] = Field(default_factory=list, description=_body_ids("organizers"))
    chair_ids: list[str | None] = Field(default_factory=list, description=_person_ids("chairs"))
    participant_ids: list[str | None] = Field(default_factory=list,
                                             description=_person_ids("participants"))
    attendee_count: AttendeeCount | None = Field(default=None, description="How many attended, when written.")
    span: Span = Field(description="The sentence that reports it.")


class Period(Record):
    """The years or days an agreement runs."""

    start: IsoDate = Field(description="First year (or day, month).")
    end: IsoDate = Field(description="Last year (or day, month).")


class Agreement(Record):
    """A programme, plan, memorandum or contract signed or launched."""

    model_config = ConfigDict(json_schema_extra=_require("id", "party_ids", "signatory_ids"))

    id: str = Field(default="", pattern=r"^a\d+$", description="`a1`, `a2`, ...: unique within the article.")
    kind: AgreementKind = Field(description="By the document's own word: cooperation_programme, memorandum, plan, "
                                            "contract or other (see CONTRACT.md).")
    name: str | None = Field(default=None, description="The document's name as written.")
    parties: list[str] = Field(default_factory=list, description="Names of the bodies that are party to it.")
    signatories: list[str] = Field(default_factory=list, description="Names of the people who signed it.")
    party_ids: list[str | None] = Field(default_factory=list, description=_body_ids("parties"))
    signatory_ids: list[str | None] = Field(default_factory=list, description=_person_ids("signatories"))
    signed_on: IsoDate | None = Field(default=None, description="The day it was signed.")
    period: Period | None = Field(default=None, description="The period it runs ('giai đoạn 2017-2020').")
    span: Span = Field(description="The sentence that reports it.")


class FocusArea(Record):
    """A policy area the events and agreements centre on (one per label)."""

    label: FocusLabel = Field(description="The area's id (see CONTRACT.md).")
    text: str = Field(description="The phrase as written.")
    span: Span = Field(description="Where the phrase is written.")


WarningCode = Literal["input", "no_year", "year_from_context"]


class WarningRecord(Record):
    """One entry of `warnings`, with a code a tool can filter on."""

    code: WarningCode = Field(description="`input`: how the input was decoded (converted from a legacy encoding, "
                                          "mojibake repaired or suspected); `no_year`: a day whose year nothing in "
                                          "the article gives (its span is the day); `year_from_context`: a day "
                                          "whose year was taken from the article's context, the message giving "
                                          "the evidence.")
    message: str = Field(description="The same words as the matching entry of `warnings`.")
    span: Span | None = Field(default=None, description="The text it is about, when it is about one place.")


class Article(Record):
    """One extracted article (contract v1.1, CONTRACT.md)."""

    schema_version: str = Field(default=SCHEMA_VERSION, pattern=r"^1\.", description="The version of this format.")
    id: str = Field(description="The input's id: the file stem, or the `id` of a JSONL line.")
    source: Source = Field(description="The input it was read from.")
    text: str = Field(description="The normalised article text (NFC, `\\n` line ends) every span points into.")
    title: str | None = Field(default=None, description="The headline.")
    section: str | None = Field(default=None, description="The portal's section line, e.g. 'Tin tức 2017'.")
    published: IsoDate | None = Field(default=None, description="The publication day the article states (or its "
                                                                "JSONL line gives).")
    author: str | None = Field(default=None, description="The byline.")
    dates: list[DateMention] = Field(default_factory=list, description="Every date or period mentioned.")
    events: list[Event] = Field(default_factory=list, description="The occasions reported.")
    participants: list[Person] = Field(default_factory=list, description="The people named.")
    organizations: list[Organization] = Field(default_factory=list, description="The bodies named.")
    agreements: list[Agreement] = Field(default_factory=list, description="The documents signed or launched.")
    focus_areas: list[FocusArea] = Field(default_factory=list, description="The policy areas.")
    warnings: list[str] = Field(default_factory=list, description="What the extractor could not resolve or had "
                                                                  "to repair, in plain words.")
    warning_records: list[WarningRecord] = Field(default_factory=list, description="The same warnings, in the same "
                                                                                   "order, with a code and a span.")

    @model_validator(mode="after")
    def _grounded(self) -> "Article":
        for span in _spans(self):
            if self.text[span.start:span.end] != span.text or span.end > len(self.text):
                raise ValueError(f"span {span.start}:{span.end} {span.text!r} is not in the text")
        return self

    @model_validator(mode="after")
    def _linked(self) -> "Article":
        """Ids are unique, and every id an event or agreement gives is a person's or a body's of this article."""
        people, bodies = _ids(self.participants), _ids(self.organizations)
        for item in [*self.events, *self.agreements]:
            for names, ids, known in _links(item, people, bodies):
                if ids and len(ids) != len(names) or not set(ids) - {None} <= known:
                    raise ValueError(f"{item.id or type(item).__name__}: ids {ids} do not name {names}")
        return self


def _ids(entities: list[Person] | list[Organization]) -> set[str]:
    ids = [entity.id for entity in entities if entity.id]
    if len(set(ids)) != len(ids):
        raise ValueError(f"ids are not unique: {ids}")
    return set(ids)


def _links(item: Event | Agreement, people: set[str], bodies: set[str]) -> list[tuple[list, list, set[str]]]:
    """Each name list of ``item`` with its ids and the ids they may take."""
    if isinstance(item, Event):
        return [(item.organizers, item.organizer_ids, bodies), (item.chairs, item.chair_ids, people),
                (item.participants, item.participant_ids, people)]
    return [(item.parties, item.party_ids, bodies), (item.signatories, item.signatory_ids, people)]


SCHEMA_ID = "urn:vn-news-extract:article:1"


def article_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a written record, as ``schemas/article.schema.json`` holds it."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            **Article.model_json_schema()}


def _spans(node: object) -> Iterator[Span]:
    if isinstance(node, Span):
        yield node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _spans(getattr(node, name))
    elif isinstance(node, list):
        for item in node:
            yield from _spans(item)


# --- internal document model -------------------------------------------------

LineKind = Literal["title", "section", "dateline", "heading", "caption", "byline", "body"]


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    kind: LineKind
    tokens: tuple[Token, ...] = field(default=(), hash=False)
    """The words (not hashed: stages cache per sentence, and the offsets and text already tell sentences apart)."""


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    kind: LineKind = "body"


@dataclass(frozen=True)
class Doc:
    """A normalised article text, cut into lines, sentences and words."""

    text: str
    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    credits: tuple[Span, ...] = field(default=())
    """Photo credits and bylines: names there are not participants."""

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset``, found by bisection (sentences are in text order)."""
        at = bisect_right(self._sentence_starts, offset) - 1
        if at >= 0 and offset < self.sentences[at].end:
            return self.sentences[at]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]
