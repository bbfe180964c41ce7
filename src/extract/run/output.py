"""Write records as JSON files, atomically: a reader sees the old file or the new one, never half.

Each file is written to a temporary file in the same folder and renamed
over the target.  The temporary names share one prefix, so that a run
after a crash (power cut, ``kill -9``) can remove what the crashed run left
behind without touching anything else in the folder.  Files get the mode
the umask allows (0644 under the usual 022), as ``open`` would give, so a
web server running as another user can read them.  The stop signals
(Ctrl-C, SIGTERM, SIGHUP) wait while a file is written: a stopped run
leaves no temporary file behind.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Article

TEMP_PREFIX = ".extract-tmp-"
STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


def write_article(article: Article, out_dir: Path) -> Path:
    """Write ``<out_dir>/<id>.json`` (UTF-8, not ASCII-escaped) and return its path."""
    path = out_dir / f"{article.id}.json"
    write_atomic(path, article.model_dump_json(indent=1) + "\n")
    return path


def write_json(path: Path, data: object, *, durable: bool = False) -> None:
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", durable=durable)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    write_atomic(path, "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def write_atomic(path: Path, content: str, *, durable: bool = False) -> None:
    """Replace ``path`` with ``content`` through a temporary file in the same folder.

    ``durable``: the content reaches the disk before the rename (fsync), for a file a power cut must not empty.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f"{TEMP_PREFIX}{path.name}.{secrets.token_hex(8)}.tmp"
    with signals_held():
        try:
            with open(tmp, "x", encoding="utf-8") as f:  # mode 0666 less the umask; mkstemp would give 0600
                f.write(content)
                if durable:
                    f.flush()
                    os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


@contextmanager
def signals_held():
    """Hold the stop signals back until the block is done (in the main thread; elsewhere they do not land anyway)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def remove_leftovers(out_dir: Path) -> int:
    """Remove the temporary files a crashed run left in ``out_dir``; how many there were."""
    removed = 0
    for path in out_dir.glob(f"{TEMP_PREFIX}*.tmp") if out_dir.is_dir() else ():
        path.unlink(missing_ok=True)
        removed += 1
    return removed
