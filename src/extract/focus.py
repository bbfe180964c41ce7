"""Policy areas the article's events and agreements centre on."""

from __future__ import annotations

from .models import Agreement, Doc, Event, FocusArea


def find_focus_areas(doc: Doc, events: list[Event], agreements: list[Agreement]) -> list[FocusArea]:
    """One focus area per label. Not built yet: see issue 4."""
    return []
