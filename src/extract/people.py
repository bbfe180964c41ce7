"""People named in the article, with honorifics, gender and titles."""

from __future__ import annotations

from .models import Doc, Organization, Person


def find_people(doc: Doc, organizations: list[Organization]) -> list[Person]:
    """Every person named in ``doc``. Not built yet: see issue 3."""
    return []
