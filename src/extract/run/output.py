"""Write records as JSON files, atomically: a reader sees the old file or the new one, never half.

Each file is written to a temporary file in the same folder and renamed
over the target.  The temporary names share one prefix, so that a run
after a crash (power cut, ``kill -9``) can remove what the crashed run left
behind without touching anything else in the folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Article

TEMP_PREFIX = ".extract-tmp-"


def write_article(article: Article, out_dir: Path) -> Path:
    """Write ``<out_dir>/<id>.json`` (UTF-8, not ASCII-escaped) and return its path."""
    path = out_dir / f"{article.id}.json"
    write_atomic(path, article.model_dump_json(indent=1) + "\n")
    return path


def write_json(path: Path, data: object) -> None:
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    write_atomic(path, "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def write_atomic(path: Path, content: str) -> None:
    """Replace ``path`` with ``content`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_leftovers(out_dir: Path) -> int:
    """Remove the temporary files a crashed run left in ``out_dir``; how many there were."""
    removed = 0
    for path in out_dir.glob(f"{TEMP_PREFIX}*.tmp") if out_dir.is_dir() else ():
        path.unlink(missing_ok=True)
        removed += 1
    return removed
