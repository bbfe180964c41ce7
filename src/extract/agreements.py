"""Programmes, plans, memoranda and contracts reported as signed or launched."""

from __future__ import annotations

from .models import Agreement, DateMention, Doc, Organization, Person


def find_agreements(doc: Doc, dates: list[DateMention], people: list[Person], organizations: list[Organization]) -> list[Agreement]:
    """Every agreement ``doc`` reports. Not built yet: see issue 4."""
    return []
