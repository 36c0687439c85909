"""The InMail templates: both languages, every placeholder filled or left visible as [Label]."""

from __future__ import annotations

import re

import pytest

from preflight.core.draft.model import Recipient
from preflight.core.draft.templates import (
    fill,
    labels,
    strongest_result,
    templates,
    topic_of,
    values_for,
)
from preflight.core.models import Position, Profile, SourceFormat, SourceInfo

PLACEHOLDER = re.compile(r"\{\w+\}")
RECIPIENT = Recipient(
    name="Maria Lopez",
    company="Northwind Retail",
    role="Head of Logistics",
    post="Half-empty lorries are the real cost of same-day delivery. We measured it.",
)
ABOUT = (
    "I plan routes for freight teams. I like maps. "
    "In 2025 I cut empty miles by 18% with a shared load board. I have 12 years in logistics."
)


def _profile() -> Profile:
    return Profile(
        source=SourceInfo(format=SourceFormat.PASTED_TEXT),
        headline="Logistics Planner | Fewer empty miles",
        summary=ABOUT,
        positions=[Position(title="Logistics Planner", company="Harbourline Freight")],
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_template_fills_every_placeholder(language: str) -> None:
    found = templates(language)  # type: ignore[arg-type]
    assert len(found) >= 3
    for template in found:
        assert len(template.subject) < 60
        draft = fill(template, values_for(RECIPIENT, _profile()))
        assert not PLACEHOLDER.search(draft.subject + draft.body), template.id
        assert "Maria" in draft.body and "[" not in draft.body
        assert "18%" in draft.body  # the About's strongest result, from the sender's profile


@pytest.mark.parametrize("language", ["en", "es"])
def test_an_unknown_value_stays_visible_as_its_label(language: str) -> None:
    template = templates(language)[0]  # type: ignore[arg-type]
    draft = fill(template, values_for(Recipient(), None))
    name = labels(language)["recipient_name"]  # type: ignore[arg-type]
    assert f"[{name}]" in draft.body


def test_the_strongest_result_prefers_a_percentage_and_the_topic_is_short() -> None:
    assert strongest_result(ABOUT) == "In 2025 I cut empty miles by 18% with a shared load board."
    assert strongest_result("No figures here. None at all.") == ""
    assert topic_of(RECIPIENT.post) == "Half-empty lorries are the real cost…"
    assert topic_of("   ") == ""
