"""Running: many inputs to records on disk, with workers, a manifest and an error log; nothing half-written."""
