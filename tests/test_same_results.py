"""The optimised pipeline gives exactly the straightforward pipeline's results on every input.

Optimised: a registered tokenizer built once with Preflight's suffixes, and the trimmed lemma tables
shipped in resources/lemmas. Straightforward: ``spacy.blank`` with spaCy's tokenizer whose suffix
rule is reassigned afterwards, and the full spacy-lookups-data tables trimmed at run time. The whole
``check --json`` output of every fixture and public sample must be identical.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from preflight.cli import main
from preflight.core.analysis import lemmas, pipeline
from preflight.core.analysis.lemma_tables import full_table
from tests.conftest import FIXTURES, PUBLIC_SAMPLES

AS_OF = "2026-11-01"


def _inputs() -> list[Path]:
    found = [*sorted((FIXTURES / "export").iterdir())]
    for folder, pattern in (("pdf", "*.pdf"), ("pasted", "*.txt"), ("jsonresume", "*.json")):
        found += sorted((FIXTURES / folder).glob(pattern))
    found += sorted((FIXTURES / "gui").iterdir())
    if PUBLIC_SAMPLES.is_dir():
        found += sorted(p for p in PUBLIC_SAMPLES.rglob("*") if p.suffix in {".pdf", ".json"})
        found += sorted(p for p in PUBLIC_SAMPLES.iterdir() if p.is_dir())
    return [p for p in found if p.name != "make_fixtures.py"]


def _outputs(capsys: pytest.CaptureFixture[str], paths: list[Path]) -> dict[str, Any]:
    pipeline._pipelines.clear()
    results: dict[str, Any] = {}
    for path in paths:
        code = main(["check", str(path), "--json", "--as-of", AS_OF, "--lang", "en"])
        out, err = capsys.readouterr()
        results[str(path)] = (code, json.loads(out) if code in (0, 1) else err)
    pipeline._pipelines.clear()
    return results


def _straightforward_blank(language: str, config: dict[str, Any] | None = None) -> Any:
    nlp = spacy.util.get_lang_class(language)()
    suffixes = [*pipeline._EXTRA_SUFFIXES, *(nlp.Defaults.suffixes or ())]
    prefixes = [*pipeline._EXTRA_PREFIXES, *(nlp.Defaults.prefixes or ())]
    infixes = [*pipeline._EXTRA_INFIXES, *(nlp.Defaults.infixes or ())]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def _trimmed_at_run_time(language: str, keep: frozenset[str]) -> dict[str, str]:
    return {form: lemma for form, lemma in full_table(language).items() if lemma in keep}


@pytest.mark.slow
def test_every_input_gives_the_same_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _inputs()
    assert len(paths) > 20
    optimised = _outputs(capsys, paths)
    monkeypatch.setattr(pipeline.spacy, "blank", _straightforward_blank)
    monkeypatch.setattr(lemmas, "shipped_table", _trimmed_at_run_time)
    reference = _outputs(capsys, paths)
    assert sum(code in (0, 1) for code, _ in reference.values()) > 15
    for path in paths:
        assert optimised[str(path)] == reference[str(path)], path


def _generated_texts(count: int) -> list[str]:
    """Profile-like sentences with amounts, percentages and acronyms at sentence ends."""
    import random

    rng = random.Random(11)
    words = ["Closed", "Aumenté", "reduced", "ventas", "revenue", "B2B", "SaaS", "equipo", "team"]
    words += ["Lideré", "grew", "the", "de", "y", "and", "ARR", "churn", "costes", "Q4"]
    amounts = ["$1.4M", "2M€", "14%", "6 %", "£300k", "128%", "3x", "B2B", "¥5", "10-15"]
    ends = [".", "!", "?", "...", ";", ",", ""]
    texts = []
    for _ in range(count):
        parts = [rng.choice(words + amounts) for _ in range(rng.randint(3, 14))]
        texts.append(" ".join(parts) + rng.choice(ends) + " " + rng.choice(amounts) + ".")
    return texts


@pytest.mark.parametrize("language", ["en", "es"])
def test_tokens_lemmas_and_sentences_match_on_generated_texts(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _generated_texts(5_000)
    optimised = pipeline.build_nlp(language)  # type: ignore[arg-type]
    monkeypatch.setattr(pipeline.spacy, "blank", _straightforward_blank)
    monkeypatch.setattr(lemmas, "shipped_table", _trimmed_at_run_time)
    reference = pipeline.build_nlp(language)  # type: ignore[arg-type]
    for ours, theirs in zip(optimised.pipe(texts), reference.pipe(texts), strict=True):
        assert [(t.text, t.lemma_, t.is_sent_start) for t in ours] == [
            (t.text, t.lemma_, t.is_sent_start) for t in theirs
        ], ours.text
