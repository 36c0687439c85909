"""The shipped lemma tables are spaCy's full tables trimmed to Preflight's verbs, nothing else."""

from __future__ import annotations

import random

import pytest

from preflight.core.analysis.lemma_tables import (
    LANGUAGES,
    full_table,
    kept_lemmas,
    shipped_table,
    trim,
)
from preflight.core.analysis.pipeline import get_nlp

REGENERATE = "regenerate them: python -m preflight.core.analysis.lemma_tables"


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_table_is_the_full_table_trimmed(language: str) -> None:
    keep = kept_lemmas(language)  # type: ignore[arg-type]
    assert shipped_table(language, keep) == trim(full_table(language), keep), REGENERATE


@pytest.mark.parametrize("language", LANGUAGES)
def test_pipeline_gives_the_full_tables_lemmas_on_a_large_word_list(language: str) -> None:
    """Every kept form and 20,000 random forms of the full table, run through the real pipeline."""
    keep = kept_lemmas(language)  # type: ignore[arg-type]
    full = full_table(language)
    forms = [f for f in full if f.isalpha() and f.islower()]
    words = sorted({*random.Random(7).sample(forms, 20_000), *trim(full, keep)})
    words = [w for w in words if w.isalpha() and w.islower()]
    nlp = get_nlp(language)  # type: ignore[arg-type]
    lemmatizer = nlp.get_pipe("preflight_lemmatizer")
    for start in range(0, len(words), 2_000):
        doc = lemmatizer(nlp.make_doc(" ".join(words[start : start + 2_000])))
        for token in doc:
            expected = full.get(token.lower_, token.lower_)
            expected = expected if expected in keep else token.lower_
            assert token.lemma_ == expected, token.text
