"""Rewrite tests/golden/<id>.json from the current pipeline: `make golden`, then read the diff."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import SEEDS  # noqa: E402
from extract import extract_file  # noqa: E402
from extract.run.output import write_json  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"


def comparable(record: dict) -> dict:
    """The record without what depends on where it was run from."""
    return {**record, "source": {k: v for k, v in record["source"].items() if k != "path"}}


def main() -> None:
    for path in SEEDS:
        record = json.loads(extract_file(path).model_dump_json())
        write_json(GOLDEN / f"{path.stem}.json", comparable(record))
        print(f"wrote {GOLDEN / path.stem}.json")


if __name__ == "__main__":
    main()
