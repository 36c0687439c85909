"""Past charges that brought something about, duty nouns after a possessive, repeats shortened or
in pairs, frames that describe the member, and keyword lists judged by their structure."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text


def _about(text: str, detector: str) -> bool:
    return ABOUT_DETECTORS[detector](analyze_text(text, "en"), "")


def _headline(text: str) -> bool:
    return HEADLINE_DETECTORS["keyword_dump"](analyze_text(text, "en"))


@pytest.mark.parametrize(
    ("text", "duties"),
    [
        ("I was responsible for getting our new booking app off the ground.", False),
        ("I was tasked with bringing the backlog under control within six months.", False),
        ("I was responsible for getting our study from sign-off to first dose in 14 weeks.", False),
        ("I was responsible for getting quotes from suppliers.", True),
        ("I was responsible for processing invoices for 3 weeks.", True),
        ("My job responsibilities are:\n- Monitoring calls\n- Weekly QA reports", True),
        ("My day-to-day tasks include triage and rota planning.", True),
        ("My favourite tasks are the messy ones.", False),
        ("My team and their tasks change every sprint.", False),
        ("My role covers recruitment, onboarding and employee relations.", True),
        ("Day-to-day I handle supplier invoices and expense claims.", True),
        ("I handle a team of 18 agents on a healthcare account.", False),
        ("Currently tasked with keeping 40 delivery vans on the road.", True),
    ],
)
def test_duties_told_and_charges_that_brought_something_about(text: str, duties: bool) -> None:
    assert _about(text, "duties") is duties


@pytest.mark.parametrize(
    ("text", "repeats"),
    [
        (
            "I AM A HARDWORKING AND GOAL ORIENTED INSURANCE AGENT WITH A LEADING INSURER. I SELL "
            "LIFE COVER IN NAIROBI.\nI AM A HARDWORKING AND GOAL ORIENTED INSURANCE AGENT.",
            True,
        ),
        (
            "No drama. Just results.\nI run a removals firm in Glasgow.\nNo drama. Just results.",
            True,
        ),
        (
            "Motivated translator with a strong can-do attitude.\nI translate manuals.\n"
            "I manage terminology.\nI work with agencies.\n"
            "Motivated translator with a strong can-do attitude.",
            True,
        ),
        (
            "Measure twice, cut once.\nI'm a joiner in Hexham.\nMost jobs come through "
            "architects.\nI still work by hand.\nMeasure twice, cut once.",
            False,
        ),
        (
            "In 2019 I opened our first bakery in Leeds, in a railway arch off Kirkgate. In 2022 I "
            "opened our second bakery in York, in a railway arch off Micklegate.",
            False,
        ),
        (
            "Hablo quechua, aimara, español e inglés, y he interpretado en 60 congresos.\n"
            "Languages: Quechua, Aymara, Spanish, English",
            False,
        ),
        (
            " ".join(
                f"Project {i} taught me something about budgets and people." for i in range(9)
            ),
            False,
        ),
    ],
)
def test_repeats_shortened_in_pairs_or_framing_the_member(text: str, repeats: bool) -> None:
    assert _about(text, "repetition") is repeats


@pytest.mark.parametrize(
    ("text", "dump"),
    [
        ("USMC VETERAN. SECURITY / EMT / FIREARMS INSTRUCTOR / CDL CLASS A. OPEN TO WORK.", True),
        (
            "Court interpreter (Polish/Russian/Ukrainian) in Manchester. I work in family courts.",
            False,
        ),
        ("Data engineer in Bristol.\nTools (Python, SQL, Airflow, dbt)", True),
    ],
)
def test_keyword_lines_in_an_about(text: str, dump: bool) -> None:
    assert _about(text, "keyword_dump") is dump


@pytest.mark.parametrize(
    ("text", "dump"),
    [
        ("CEO & Co-founder, Synergy Health Partners | ex-NHS, KPMG", False),
        ("USMC veteran | HR generalist, SHRM-CP | Learning Python 3", False),
        ("Medical interpreter (Hindi/Marathi/English) for hospitals and courts in Mumbai", False),
        ("Helping clinics fix their booking | UX designer | Figma, Maze, Notion", False),
        ("Product Manager | Roadmaps, discovery, analytics | Fintech", True),
        ("Visionary | Dynamic | Go-getter | Team player | Innovator | Strategist", True),
        ("Passionate, driven and curious product designer", False),
        ("Visionary founder | Thought leader | Keynote speaker | Author", False),
        ("Finance Director, Kestrel Homes | ACCA | Ex-KPMG | Trustee, Shelter Cymru", False),
        ("Nurse educator | Simulation | ICU | Helping new grads stay calm", False),
        ("SEO • PPC • Content • Email • Analytics • CRO", True),
    ],
)
def test_headline_lists_judged_by_their_parts(text: str, dump: bool) -> None:
    assert _headline(text) is dump
