"""Structured, validated records from Vietnamese government news articles.

``extract_text(text)`` reads one article given as a string (normalised as the CLI does) and returns its
record; ``extract_file(path)`` does the same for a file. ``extract(text, doc_id=..., source=...)`` runs
the stages on a text already normalised. Records are :class:`Article` models (``extract.models``).
"""

from importlib import import_module

__all__ = ["Article", "InputError", "extract", "extract_file", "extract_text"]

_HOMES = {"Article": "models", "InputError": "errors", "extract": "pipeline", "extract_file": "pipeline",
          "extract_text": "pipeline"}


def __getattr__(name: str):
    # Imported on first use: the batch runner and the CLI must not pay for underthesea
    # when a re-run has nothing to extract.
    if name in _HOMES:
        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
