"""Benchmarks: each ``bench_*.py`` module measures against a baseline timed in the same run."""
