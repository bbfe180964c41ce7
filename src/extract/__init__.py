"""Structured, validated records from Vietnamese government news articles.

``extract(text, doc_id=..., source=...)`` runs every stage on one text;
``extract_file(path)`` reads, decodes and normalises a file first.
"""

from .pipeline import extract, extract_file

__all__ = ["extract", "extract_file"]
