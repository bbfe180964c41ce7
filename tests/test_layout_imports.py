"""The package's folders follow the path of the data, and imports only point down it."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "extract"

# Lower ranks are lower steps; a module may import its own rank or a lower one.
RANKS = {
    "errors": 0, "lexicons": 0, "models": 0,
    "read": 1,
    "find": 2,
    "pipeline": 3,
    "run": 4,
    "use": 5, "check": 5,
    "cli": 6, "__init__": 6, "__main__": 6,
}


def place(path: Path) -> str:
    """The top-level name a module sits under: its folder, or its own stem at the top."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def imported(path: Path) -> set[str]:
    """The package's top-level names that the module at ``path`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = path.relative_to(PACKAGE).parent.parts
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = own[: len(own) - (node.level - 1)]
            target = (*base, *(node.module.split(".") if node.module else ()))
            if target:
                names.add(target[0])
            else:
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("extract."):
            names.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            names.update(a.name.split(".")[1] for a in node.names if a.name.startswith("extract."))
    return names


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_rank():
    assert {place(p) for p in MODULES} <= set(RANKS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path):
    rank = RANKS[place(path)]
    upward = {name for name in imported(path) if RANKS.get(name, 0) > rank}
    assert not upward, f"{path.relative_to(PACKAGE)} imports from above its step: {sorted(upward)}"


ROWS = [
    ("read/load.py", "from ..find import dates", {"find"}),
    ("find/dates.py", "from ..models import Span\nfrom . import names", {"models", "find"}),
    ("run/batch.py", "from .. import pipeline", {"pipeline"}),
    ("cli.py", "from .run.batch import run", {"run"}),
    ("check/bench.py", "import extract.run.batch", {"run"}),
]


@pytest.mark.parametrize("where, source, expected", ROWS, ids=[r[1].split("\n")[0] for r in ROWS])
def test_imports_are_read_as_top_level_names(tmp_path, monkeypatch, where, source, expected):
    fake = tmp_path / "extract"
    (fake / where).parent.mkdir(parents=True, exist_ok=True)
    (fake / where).write_text(source)
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    assert imported(fake / where) == expected
