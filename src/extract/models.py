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


class Span(Record):
    """A piece of the article text: ``article.text[start:end] == text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

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
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    encoding: str


class DateMention(Record):
    span: Span
    value: MentionedDate
    end_value: IsoDate | None = None
    precision: Precision
    part_of_day: PartOfDay | None = None
    kind: Literal["point", "period"] = "point"


class Title(Record):
    text: str
    role: str | None = None
    organization: str | None = None


class Person(Record):
    name: str
    honorific: str | None = None
    gender: Literal["male", "female"] | None = None
    titles: list[Title] = Field(default_factory=list)
    mentions: list[Span] = Field(min_length=1)


class Organization(Record):
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(min_length=1)


class AttendeeCount(Record):
    value: int
    qualifier: Literal["exact", "more_than", "about", "nearly"]


class Event(Record):
    kind: EventKind
    name: str | None = None
    date: IsoDate | None = None
    part_of_day: PartOfDay | None = None
    location: str | None = None
    organizers: list[str] = Field(default_factory=list)
    chairs: list[str] = Field(default_factory=list)
    participants: list[str] = Field(default_factory=list)
    attendee_count: AttendeeCount | None = None
    span: Span


class Period(Record):
    start: IsoDate
    end: IsoDate


class Agreement(Record):
    kind: AgreementKind
    name: str | None = None
    parties: list[str] = Field(default_factory=list)
    signatories: list[str] = Field(default_factory=list)
    signed_on: IsoDate | None = None
    period: Period | None = None
    span: Span


class FocusArea(Record):
    label: FocusLabel
    text: str
    span: Span


class Article(Record):
    schema_version: str = Field(default=SCHEMA_VERSION, pattern=r"^1\.")
    id: str
    source: Source
    text: str
    title: str | None = None
    section: str | None = None
    published: IsoDate | None = None
    author: str | None = None
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    participants: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    focus_areas: list[FocusArea] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _grounded(self) -> "Article":
        for span in _spans(self):
            if self.text[span.start:span.end] != span.text or span.end > len(self.text):
                raise ValueError(f"span {span.start}:{span.end} {span.text!r} is not in the text")
        return self


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
