"""Ids inside a record: people and bodies numbered, events and agreements pointing to them.

Runs once, after every stage. Each name an event or agreement uses (organisers, chairs, participants,
parties, signatories) gets the id of the person or body of that name; a name that no list holds is added
to its list with its mentions in the text, so a table of people or bodies joins every event and
agreement. Only a name that is no one person or body keeps a null id: a place ('Hà Nội'), a list
('A, B và C') or a common noun ('Đoàn công tác', 'Chính phủ hai nước') that the stages rightly left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Callable, TypeVar

from .. import lexicons
from ..models import Agreement, Event, Organization, Person, Span
from ..read.load import tone_key

Entity = TypeVar("Entity", Person, Organization)


@dataclass(frozen=True)
class Linked:
    people: list[Person]
    organizations: list[Organization]
    events: list[Event]
    agreements: list[Agreement]


def link(text: str, people: list[Person], organizations: list[Organization], events: list[Event],
         agreements: list[Agreement]) -> Linked:
    """The stages' results with ids on every person, body, event and agreement, and ids beside every name list."""
    persons = _Registry(text, people, prefix="p", make=lambda name, spans: Person(name=name, mentions=spans),
                        admits=lambda name: name not in _places())
    bodies = _Registry(text, organizations, prefix="o",
                       make=lambda name, spans: Organization(name=name, mentions=spans), admits=one_named_body)
    events = [event.model_copy(update={
        "id": f"e{at}",
        "organizer_ids": bodies.ids(event.organizers, event.span),
        "chair_ids": persons.ids(event.chairs, event.span),
        "participant_ids": persons.ids(event.participants, event.span),
    }) for at, event in enumerate(events, 1)]
    agreements = [agreement.model_copy(update={
        "id": f"a{at}",
        "party_ids": bodies.ids(agreement.parties, agreement.span),
        "signatory_ids": persons.ids(agreement.signatories, agreement.span),
    }) for at, agreement in enumerate(agreements, 1)]
    return Linked(persons.numbered(), bodies.numbered(), events, agreements)


def one_named_body(name: str) -> bool:
    """Whether ``name`` can be one body of its own: no list, no bare place, and a proper name in it.

    >>> [one_named_body(n) for n in ["Hội Luật gia tỉnh", "JETRO", "Đoàn công tác", "Sở A, Sở B", "Bình Định"]]
    [True, True, False, False, False]
    """
    words = name.split()
    proper = any(w[:1].isupper() for w in words[1:]) or any(c.isupper() for c in words[0][1:])
    return proper and "," not in name and name not in _places()


@cache
def _places() -> frozenset[str]:
    return frozenset(lexicons.words("places.txt"))


def name_key(name: str) -> str:
    """One form of a name however its case, tone marks, dashes and spaces are written.

    >>> name_key("UBND tỉnh Bà Rịa – Vũng Tàu") == name_key("UBND Tỉnh Bà Rịa-Vũng  Tàu")
    True
    """
    return " ".join(re.sub(r"\s*[-–—]\s*", " - ", tone_key(name).casefold()).split())


class _Registry:
    """The people (or bodies) of one article, found by name, growing when a name is new."""

    def __init__(self, text: str, entities: list[Entity], *, prefix: str,
                 make: Callable[[str, list[Span]], Entity], admits: Callable[[str], bool]):
        self.text, self.prefix, self.make, self.admits = text, prefix, make, admits
        self.entities = list(entities)
        self.by_key = {}
        for at, entity in enumerate(self.entities):
            self._index(entity, at)

    def _index(self, entity: Entity, at: int) -> None:
        for name in [entity.name, *getattr(entity, "aliases", [])]:
            self.by_key.setdefault(name_key(name), at)

    def ids(self, names: list[str], near: Span) -> list:
        return [self._id(self._find(name, near)) for name in names]

    def _id(self, at: int | None) -> str | None:
        return None if at is None else f"{self.prefix}{at + 1}"

    def _find(self, name: str, near: Span) -> int | None:
        key = name_key(name)
        if key in self.by_key:
            return self.by_key[key]
        if not self.admits(name):
            return None
        spans = _mentions(self.text, name)
        if not spans:
            at = _containing(key, self.by_key)
            if at is not None:
                return at
            spans = [near]  # named only in a form no list holds: the sentence that names it
        self.entities.append(self.make(name, spans))
        self._index(self.entities[-1], len(self.entities) - 1)
        return len(self.entities) - 1

    def numbered(self) -> list[Entity]:
        return [entity.model_copy(update={"id": self._id(at)}) for at, entity in enumerate(self.entities)]


def _mentions(text: str, name: str) -> list[Span]:
    """Every place ``name`` is written as whole words."""
    pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
    return [Span.of(text, m.start(), m.end()) for m in re.finditer(pattern, text)]


def _containing(key: str, by_key: dict[str, int]) -> int | None:
    """The entity whose name holds ``key`` as whole words, or is held by it: the longest such name."""
    def holds(a: str, b: str) -> bool:
        return f" {b} " in f" {a} "

    related = [k for k in by_key if holds(k, key) or holds(key, k)]
    return by_key[max(related, key=len)] if related else None
