"""English probes: contact channels and greetings that invite, helpers "to" an audience,
hashtag lines, emoji bullets and bare word lines as lists, tasks after "Duties:", lists inside
a sentence, and named stretches of time."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text


def _about(text: str, detector: str) -> bool:
    return ABOUT_DETECTORS[detector](analyze_text(text, "en"), "Jane Ross")


@pytest.mark.parametrize(
    ("text", "invites"),
    [
        ("I keep books for sole traders. DMs are open.", True),
        ("I design warehouses. My door is always open.", True),
        ("I run workshops for product teams. My calendar link is below.", True),
        ("Illustrator of picture books. Say hi 👋", True),
        ("Data engineer in retail analytics. Open to a chat.", True),
        (
            "I rebuild sales processes. If that sounds like your team, I'd like to hear about it.",
            True,
        ),
        ("I run a bakery. My diary is not open until May.", False),
        ("I built our booking system. The link below the photo shows the old one.", False),
        ("I help pharmacies run flu clinics. Booking link in my Featured section.", True),
        ("I run a bakery. Our new shop is open on Sundays.", False),
        ("Economist at a regional bank. I like to talk about housing.", False),
        ("I restore bikes. Open to commissions and the odd chat about Raleighs.", True),
        ("I run a gym. The gym is open to members who book a class.", False),
        ("I run a gym. Open to new roles where I can help teams grow.", False),
    ],
)
def test_closing_invitations(text: str, invites: bool) -> None:
    assert _about(text, "next_step") is invites


@pytest.mark.parametrize(
    ("text", "serves"),
    [
        ("Coach to first-time managers", True),
        ("Adviser to family-run manufacturers", True),
        ("Guide to the galaxy | Sci-fi author", False),
        ("Road to Net Zero | Energy analyst", False),
        ("Author of The Field Guide to Product Teams", False),
        ("Tutor to GCSE and A-level students", True),
    ],
)
def test_helper_to_audience(text: str, serves: bool) -> None:
    assert HEADLINE_DETECTORS["reader_value"](analyze_text(text, "en")) is serves


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("Sales director.\n\n#leadership #sales #packaging #b2b", True),
        ("I write about #leadership and #sales every week.", False),
        ("Cloud engineer:\n🔹 AWS\n🔹 Terraform\n🔹 Kubernetes\n🔹 Python", True),
        ("Brand strategist.\nStrategy\nNaming\nIdentity\nPackaging", True),
        ("Brand strategist.\nListen.\nPlan.\nDeliver.\nRepeat.", False),
        (
            "Office manager.\n\nDuties: managing the diary, ordering supplies, running payroll.",
            False,
        ),
        ("Bookkeeper. VAT returns, payroll and year-end, done without fuss.", False),
        (
            "Historian.\n\nInterests: credit and debt, merchant letters, archives, palaeography",
            True,
        ),
    ],
)
def test_list_shapes(text: str, lists: bool) -> None:
    assert _about(text, "keyword_dump") is lists


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("We work on the first 90 days: one-to-ones, feedback, hiring.", False),
        ("Over the next 12 weeks we build your plan together.", False),
        ("I cut the month-end close from 12 days to 4.", True),
        ("I closed £2M in the first 6 months.", True),
    ],
)
def test_named_periods(text: str, result: bool) -> None:
    assert _about(text, "result") is result


def test_hyphenated_cliche() -> None:
    assert _about("Out-of-the-box thinker who loves a challenge.", "cliches")


@pytest.mark.parametrize(
    ("name", "text", "third"),
    [
        ("Robert Hale", "Bob has been fixing boilers in Bristol since 1998.", True),
        ("Thomas Reid", "Tom runs the night shift at a Leeds depot.", True),
        ("Robert Hale", "I fix boilers. Bob, my apprentice, drives the van.", False),
        ("Kate Moss", "I trained with Bill Evans for a year.", False),
    ],
)
def test_short_forms_of_the_name(name: str, text: str, third: bool) -> None:
    assert ABOUT_DETECTORS["third_person"](analyze_text(text, "en"), name) is third
