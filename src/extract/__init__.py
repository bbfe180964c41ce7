"""Structured, validated records from Vietnamese government news articles.

``extract(text, doc_id=..., source=...)`` runs every stage on one text;
``extract_file(path)`` reads, decodes and normalises a file first.
"""

__all__ = ["extract", "extract_file"]


def __getattr__(name: str):
    # Imported on first use: the batch runner and the CLI must not pay for underthesea
    # when a re-run has nothing to extract.
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
