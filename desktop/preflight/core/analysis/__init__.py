"""spaCy analysis of profile text, English and Spanish: roles, deeds, clichés, calls to action."""

from preflight.core.analysis.spacy_import import import_spacy_lean

# Before any submodule imports spaCy: keep spaCy's command-line package (HTTP, TLS, CLI) out.
import_spacy_lean()
