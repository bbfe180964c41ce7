"""Rewrite tests/golden/<id>.json and the README's example record from the current pipeline: `make golden`,
then read the diff."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import SEEDS  # noqa: E402
from extract import extract_file  # noqa: E402
from extract.run.output import write_json  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
README = Path(__file__).parent.parent / "README.md"
README_SEED = "000_6802fb13855332be"
README_SHOWS = {"dates": slice(1, 3), "events": slice(None), "participants": slice(0, 1),
                "organizations": slice(1, 4), "agreements": slice(None), "focus_areas": slice(0, 1)}
"""The README shows these items of the seed's record (whole items, so their offsets hold)."""


def comparable(record: dict) -> dict:
    """The record without what depends on where it was run from."""
    return {**record, "source": {k: v for k, v in record["source"].items() if k != "path"}}


def main() -> None:
    for path in SEEDS:
        record = json.loads(extract_file(path).model_dump_json())
        write_json(GOLDEN / f"{path.stem}.json", comparable(record))
        print(f"wrote {GOLDEN / path.stem}.json")
        if path.stem == README_SEED:
            write_readme_record(record)


def write_readme_record(record: dict) -> None:
    """Replace the JSON block under the README's "## Output" with an abridged ``record``."""
    shown = {k: v for k, v in record.items() if k != "text"}
    shown.update({field: record[field][cut] for field, cut in README_SHOWS.items()})
    head, rest = README.read_text(encoding="utf-8").split("## Output\n", 1)
    before, _, after = rest.partition("```json\n")
    after = after.split("```\n", 1)[1]
    README.write_text(f"{head}## Output\n{before}```json\n{readable(shown)}\n```\n{after}", encoding="utf-8")
    print(f"wrote the example record in {README}")


def readable(record: dict) -> str:
    """JSON with one top-level field a line and one field of each list item a line."""
    def compact(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    lines = []
    for key, value in record.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            items = ["  {\n" + ",\n".join(f'   "{k}": {compact(v)}' for k, v in item.items()) + "\n  }"
                     for item in value]
            lines.append(f' "{key}": [\n' + ",\n".join(items) + "\n ]")
        else:
            lines.append(f' "{key}": {compact(value)}')
    return "{\n" + ",\n".join(lines) + "\n}"


if __name__ == "__main__":
    main()
