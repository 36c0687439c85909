"""Importer for text copied from a LinkedIn profile page (English or Spanish interface)."""

from preflight.core.importers.pasted.page import read_pasted_text
from preflight.core.importers.pasted.reader import read_pasted_file, read_stdin

__all__ = ["read_pasted_file", "read_pasted_text", "read_stdin"]
