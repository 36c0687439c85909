"""The pipelines: built once per language, shared between threads, with Preflight's components."""

from __future__ import annotations

import threading

import pytest

from preflight.core.analysis import pipeline
from preflight.core.analysis.pipeline import build_nlp, get_nlp, warm_up


def test_pipeline_is_built_once_and_shared() -> None:
    assert get_nlp("en") is get_nlp("en")
    assert get_nlp("es") is get_nlp("es")
    assert get_nlp("en") is not get_nlp("es")


@pytest.mark.parametrize("language", ["en", "es"])
def test_pipeline_is_blank_with_preflight_components(language: str) -> None:
    nlp = get_nlp(language)  # type: ignore[arg-type]
    assert nlp.lang == language
    assert nlp.pipe_names == [
        "sentencizer",
        "preflight_line_breaks",
        "preflight_lemmatizer",
        "preflight_fold_accents",
        "preflight_phrases",
        "preflight_achievements",
        "preflight_quantities",
        "preflight_form",
        "preflight_voice",
    ]


def test_threads_asking_at_once_get_one_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_pipelines", {})
    builds: list[str] = []
    real_build = pipeline.build_nlp

    def counting_build(language: pipeline.Language) -> object:
        builds.append(language)
        return real_build(language)

    monkeypatch.setattr(pipeline, "build_nlp", counting_build)
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(get_nlp("es"))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == ["es"]
    assert len({id(r) for r in results}) == 1


def test_warm_up_builds_the_requested_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_pipelines", {})
    warm_up(["en"])
    assert set(pipeline._pipelines) == {"en"}


def test_unknown_language_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="en and es"):
        build_nlp("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "es"])
def test_lemma_table_is_trimmed_to_the_verbs_preflight_reads(language: str) -> None:
    from preflight.core.analysis.lexicons import lexicon_words

    lemmatizer = get_nlp(language).get_pipe("preflight_lemmatizer")  # type: ignore[arg-type]
    table = lemmatizer.lookups.get_table("lemma_lookup")
    lists = ("achievement_verbs", "help_verbs", "contact_verbs")
    verbs = frozenset().union(*(lexicon_words(language, n) for n in lists))  # type: ignore[arg-type]
    assert 0 < len(table) < 30_000
    assert set(table.values()) <= verbs
