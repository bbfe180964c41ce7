"""Meetings, conferences and ceremonies the article reports."""

from __future__ import annotations

from .models import DateMention, Doc, Event, Organization, Person


def find_events(doc: Doc, dates: list[DateMention], people: list[Person], organizations: list[Organization]) -> list[Event]:
    """Every event ``doc`` reports as happening. Not built yet: see issue 4."""
    return []
