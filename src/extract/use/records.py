"""The records of an output folder, read back as :class:`Article` models for export and review."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from ..find.links import link
from ..models import Article


def record_paths(out_dir: Path) -> list[Path]:
    """The ``<id>.json`` records of ``out_dir`` in id order (``_errors.jsonl``, ``_manifest.json`` left out)."""
    if not out_dir.is_dir():
        raise FileNotFoundError(f"{out_dir}: no such folder of records")
    return sorted(p for p in out_dir.glob("*.json") if not p.name.startswith(("_", ".")))


def read_records(out_dir: Path) -> Iterator[Article]:
    """Every record of ``out_dir``, validated; a record written before ids existed gets them here."""
    for path in record_paths(out_dir):
        try:
            article = Article.model_validate_json(path.read_bytes())
        except ValidationError as e:
            raise ValueError(f"{path}: not a record: {e}") from e
        yield with_ids(article)


def with_ids(article: Article) -> Article:
    """``article`` with the ids the links step gives (already there in records of this version)."""
    if all(p.id for p in article.participants) and all(o.id for o in article.organizations) \
            and all(e.id for e in article.events) and all(a.id for a in article.agreements):
        return article
    linked = link(article.text, article.participants, article.organizations, article.events, article.agreements)
    return article.model_copy(update={"participants": linked.people, "organizations": linked.organizations,
                                      "events": linked.events, "agreements": linked.agreements})
