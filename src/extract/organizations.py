"""Named bodies (Sở, Bộ, UBND, Tỉnh đoàn ...), one entry per body with its aliases."""

from __future__ import annotations

from .models import Doc, Organization


def find_organizations(doc: Doc) -> list[Organization]:
    """Every body named in ``doc``. Not built yet: see issue 3."""
    return []
