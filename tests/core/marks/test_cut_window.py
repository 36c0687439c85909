"""Cutting a phrase looks back only as far as a joiner can reach, with the same result."""

from __future__ import annotations

import random

from preflight.core.marks import rewrites

PIECES = ["a", "b", ",", ";", " ", "\t", "and", "y", "sand", "X", ".", "\n", "  "]


def test_the_bounded_look_back_finds_what_a_search_from_the_start_finds() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
        for start in range(len(text) + 1):
            whole = rewrites._HEAD_JOINER.search(text, 0, start)
            bounded = rewrites._HEAD_JOINER.search(text, rewrites._head_window(text, start), start)
            assert (whole and whole.span()) == (bounded and bounded.span()), (text, start)


def test_a_cut_far_into_a_long_text_is_the_cut_at_its_start() -> None:
    sentence = "I am a passionate, results-driven planner and a team player. "
    text = sentence * 400
    start = text.rindex("passionate")
    edit = rewrites.remove_phrase(text, start, start + len("passionate"))
    first = rewrites.remove_phrase(sentence, 7, 7 + len("passionate"))
    offset = len(sentence) * 399
    assert (edit.start - offset, edit.end - offset, edit.replacement) == (
        first.start,
        first.end,
        first.replacement,
    )
