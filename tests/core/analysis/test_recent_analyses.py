"""A text analysed recently is answered from memory, per language, without changing the answer."""

from __future__ import annotations

import threading

from preflight.core.analysis import text as text_module
from preflight.core.analysis.text import _analyze_uncached, analyze_text, analyze_texts

ABOUT = "I help clinic owners cut no-shows. In 2025 I cut them by 30%. Message me."


def test_a_repeated_text_gets_the_same_analysis_as_a_fresh_one() -> None:
    first = analyze_text(ABOUT, "en")
    assert analyze_text(ABOUT, "en") is first  # from memory: the marks reuse the verdict's
    assert first == _analyze_uncached([ABOUT], "en")[0]


def test_the_same_text_in_another_language_is_analysed_again() -> None:
    english, spanish = analyze_text(ABOUT, "en"), analyze_text(ABOUT, "es")
    assert english.language == "en" and spanish.language == "es"


def test_a_batch_mixing_known_new_and_repeated_texts_keeps_its_order() -> None:
    known = analyze_text("Backend engineer at Finlo", "en")
    new = "A new line about payments."
    texts = [new, "Backend engineer at Finlo", new]
    found = analyze_texts(texts, "en")
    assert [a.text for a in found] == texts
    assert found[1] is known and found[0] is found[2]


def test_memory_keeps_only_the_newest_texts() -> None:
    recent = text_module._RecentAnalyses(2)
    analyses = _analyze_uncached(["One.", "Two.", "Three."], "en")
    for analysis in analyses:
        recent.put(("en", analysis.text), analysis)
    assert recent.get(("en", "One.")) is None
    assert recent.get(("en", "Three.")) is analyses[2]


def test_memory_holds_a_bounded_number_of_characters() -> None:
    recent = text_module._RecentAnalyses(48, chars=10)
    analyses = _analyze_uncached(["Six c.", "Seven c.", "Eight ch."], "en")
    for analysis in analyses:
        recent.put(("en", analysis.text), analysis)
    assert recent.get(("en", "Six c.")) is None and recent.get(("en", "Seven c.")) is None
    assert recent.get(("en", "Eight ch.")) is analyses[2]  # the newest stays, even if large


def test_threads_analysing_at_once_all_get_the_right_answer() -> None:
    texts = [f"I shipped {n} releases for hospital teams." for n in range(12)]
    results: dict[int, str] = {}

    def work(n: int) -> None:
        results[n] = analyze_text(texts[n], "en").text

    threads = [threading.Thread(target=work, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == dict(enumerate(texts))
