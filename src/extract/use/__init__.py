"""Using the records: export to tables (JSONL, CSV, Parquet, SQLite) and a review page for people."""
