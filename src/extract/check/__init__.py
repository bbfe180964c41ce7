"""Checking: scoring against gold annotations and benchmarking speed."""
