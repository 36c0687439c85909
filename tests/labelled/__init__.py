"""Labelled About and headline passages, and how the detectors are scored on them."""
