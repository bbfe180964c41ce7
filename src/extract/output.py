"""Write records as JSON files, atomically: a reader sees the old file or the new one, never half."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .models import Article


def write_article(article: Article, out_dir: Path) -> Path:
    """Write ``<out_dir>/<id>.json`` (UTF-8, not ASCII-escaped) and return its path."""
    path = out_dir / f"{article.id}.json"
    write_atomic(path, article.model_dump_json(indent=1) + "\n")
    return path


def write_json(path: Path, data: object) -> None:
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def write_atomic(path: Path, content: str) -> None:
    """Replace ``path`` with ``content`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
