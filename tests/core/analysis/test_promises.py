"""A number in a promise, plan, offer or question to the reader is no result; a deed is."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, has_result
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Send me your signup page and I'll send back three quick fixes.", False),
        ("If you want, I will share 2 templates I use with every client.", False),
        ("Book a 15-minute call through the link below.", False),
        ("We can do a 30-minute review of your floor plan.", False),
        ("Happy to share the 5 questions I ask every new client.", False),
        ("I'm going to publish 10 short guides on dbt this year.", False),
        ("We are looking to hire 25 forklift drivers before Christmas.", False),
        ("Try these 3 stretches before your next long run.", False),
        ("Grab a free 30-minute session with me.", False),
        ("Would a 20-minute review of your outreach help?", False),
        ("Last year I reviewed 40 floor plans for distributors.", True),
        ("I'll show you how we grew the list to 40,000 subscribers.", True),
        ("It can now handle 3,000 orders a day.", True),
        ("Call 60 clients a day and log every one.", True),
        ("So how do we keep 300 vans on the road? Planned maintenance.", True),
        ("Message me and I'll share the 3 emails that doubled our replies.", True),
        ("I'd say my biggest win was cutting our cloud bill by 38%.", True),
        ("Would you believe we shipped 2 million parcels last year?", True),
        ("Take our Leeds clinic: waiting times fell from 14 weeks to 5.", True),
        ("Ask any of my 40 clients.", True),
    ],
)
def test_numbers_on_offer_are_no_results(text: str, result: bool) -> None:
    assert has_result(analyze_text(text, "en")) is result


@pytest.mark.parametrize(
    ("text", "next_step", "reader_value"),
    [
        ("I run hotels. Q: What do I do? A: I keep 11 hotels full.", False, False),
        ("I run a kitchen. What's my secret? Boring checklists.", False, False),
        ("I teach chemistry. Why chemistry? Because it explains bread.", False, False),
        ("I restore motorbikes. Do I still get grease under my nails? Every day.", False, False),
        ('Photographer. My favourite question? "Will you be in the way?" Never.', False, False),
        ("I help founders keep customers. Struggling with churn? Let's talk.", True, True),
        ("I built a hiring scorecard. Want the template?", True, True),
        ("I speed up slow Shopify stores. How can I help?", True, False),
    ],
)
def test_questions_the_member_answers_invite_no_one(
    text: str, next_step: bool, reader_value: bool
) -> None:
    analysis = analyze_text(text, "en")
    assert ABOUT_DETECTORS["next_step"](analysis, "") is next_step
    assert ABOUT_DETECTORS["reader_value"](analysis, "") is reader_value


@pytest.mark.parametrize(
    ("text", "next_step", "reader_value"),
    [
        ("I can tell you that we cut defects by 60% once we started pairing.", False, True),
        ("I'll walk you through the audit.", True, True),
        ("When Maria, our longest-serving client, opened a cafe, we ran it.", False, False),
        ("I serve clients across Kent.", False, True),
    ],
)
def test_reported_speech_and_compounds(text: str, next_step: bool, reader_value: bool) -> None:
    analysis = analyze_text(text, "en")
    assert ABOUT_DETECTORS["next_step"](analysis, "") is next_step
    assert ABOUT_DETECTORS["reader_value"](analysis, "") is reader_value


def test_the_deeds_before_a_number_follow_the_mentions_as_they_grow() -> None:
    from spacy.tokens import Span

    from preflight.core.analysis import promises
    from preflight.core.analysis.components import add_mentions
    from preflight.core.analysis.pipeline import get_nlp

    doc = get_nlp("en")("Last year I grew bookings by 40% and will send 3 fixes.")
    number = next(t for t in doc if t.text == "40")
    first = promises._achievement_verbs(doc)
    assert promises._achievement_verbs(doc) is first  # worked out once per state of the mentions
    grew = next(t for t in doc if t.text == "grew")
    assert grew.i in promises._deeds(number)
    add_mentions(doc, [Span(doc, 0, 1, label="achievement_verb")])  # "Last", a later mention
    assert promises._achievement_verbs(doc) is not first
    assert promises._achievement_verbs(doc)[0][0] == 0
