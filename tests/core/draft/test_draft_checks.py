"""Each draft check on drafts with one fault, in English and Spanish, and the composer's gate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from preflight.core.assessment import Assessment
from preflight.core.draft.assess import assess_draft
from preflight.core.draft.model import Draft, DraftCheckId, Recipient, parse_message
from preflight.core.importers import load_profile
from preflight.core.models import Language, Profile, Status
from preflight.core.scoring import assess
from preflight.core.settings import Settings
from tests.conftest import FIXTURES

AS_OF = dt.date(2026, 11, 17)  # a Tuesday
GOOD = {
    lang: parse_message((FIXTURES / "drafts" / f"good_{lang}.txt").read_text("utf-8"))
    for lang in ("en", "es")
}
RECIPIENT = {
    "en": Recipient(
        name="Ana Ruiz",
        company="Northwind",
        role="VP Customer Success",
        post="Onboarding churn: what the first 30 days tell you",
    ),
    "es": Recipient(
        name="Lucía Rivera",
        company="Transportes Rivera",
        role="Directora de operaciones",
        post="La rotación de conductores empieza el primer mes: turnos fijos",
    ),
}


def _profile(language: Language) -> tuple[Profile, Assessment]:
    profile = load_profile(FIXTURES / "pasted" / f"profile_{language}.txt", as_of=AS_OF)
    return profile, assess(profile, as_of=AS_OF, language=language, settings=Settings())


def _status(draft: Draft, language: Language, check: DraftCheckId, **recipient: str) -> Status:
    profile, assessment = _profile(language)
    who = RECIPIENT[language].model_copy(update=recipient)
    result = assess_draft(
        draft, who, profile=profile, profile_assessment=assessment, as_of=AS_OF, language=language
    )
    return result.check(check).status


def _with_body(language: Language, old: str, new: str) -> Draft:
    good = GOOD[language]
    assert old in good.body
    return good.model_copy(update={"body": good.body.replace(old, new)})


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_good_drafts_pass_every_check(language: Language) -> None:
    profile, assessment = _profile(language)
    result = assess_draft(
        GOOD[language],
        RECIPIENT[language],
        profile=profile,
        profile_assessment=assessment,
        as_of=AS_OF,
        language=language,
    )
    assert {c.id: c.status for c in result.checks if c.status != Status.PASS} == {}
    assert result.language == language


@pytest.mark.parametrize(
    ("language", "subject", "expected"),
    [
        ("en", "", Status.FAIL),
        ("en", "Quick question", Status.WARN),
        ("en", "Hi Ana", Status.WARN),
        ("en", "x" * 201, Status.FAIL),
        (
            "en",
            "Your post on onboarding churn and what we learned from 40 trial cohorts last year",
            Status.WARN,
        ),
        ("es", "Pregunta rápida", Status.WARN),
        ("es", "Hola", Status.WARN),
        ("es", "Hola Lucía, una consulta", Status.WARN),
        ("es", "Turnos fijos para conductores nuevos", Status.PASS),
    ],
)
def test_subject(language: Language, subject: str, expected: Status) -> None:
    draft = GOOD[language].model_copy(update={"subject": subject})
    assert _status(draft, language, DraftCheckId.SUBJECT) == expected


@pytest.mark.parametrize("language", ["en", "es"])
def test_length_limits(language: Language) -> None:
    good = GOOD[language]
    long_body = good.body + ("\n\n" + good.body) * 4
    huge = good.body + " palabra" * 400
    assert (
        _status(good.model_copy(update={"body": long_body}), language, DraftCheckId.LENGTH)
        == Status.WARN
    )
    assert (
        _status(good.model_copy(update={"body": huge}), language, DraftCheckId.LENGTH)
        == Status.FAIL
    )
    short = good.model_copy(update={"body": "¿Hablamos?" if language == "es" else "Can we talk?"})
    assert _status(short, language, DraftCheckId.LENGTH) == Status.WARN


@pytest.mark.parametrize(
    ("language", "old", "new"),
    [
        (
            "en",
            "I read your post last week about onboarding churn at Northwind, and your point about "
            "the first 30 days stuck with me.",
            "I came across your profile and wanted to reach out.",
        ),
        (
            "es",
            "Leí tu publicación sobre la rotación de conductores en Transportes Rivera y me quedé "
            "con tu idea de los turnos fijos el primer mes.",
            "Vi tu perfil y quería ponerme en contacto contigo.",
        ),
    ],
)
def test_only_a_name_and_a_generic_opener_is_not_personal(
    language: Language, old: str, new: str
) -> None:
    draft = _with_body(language, old, new)
    assert _status(draft, language, DraftCheckId.PERSONAL) == Status.FAIL


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_generic_opener_beside_a_real_fact_warns(language: Language) -> None:
    opener = (
        "I hope this message finds you well. " if language == "en" else "Espero que estés bien. "
    )
    good = GOOD[language]
    first_line_end = good.body.index("\n\n") + 2
    draft = good.model_copy(
        update={"body": good.body[:first_line_end] + opener + good.body[first_line_end:]}
    )
    assert _status(draft, language, DraftCheckId.PERSONAL) == Status.WARN


@pytest.mark.parametrize(
    ("language", "ask", "expected"),
    [
        ("en", "Thanks for reading.", Status.FAIL),
        ("en", "Would you be open to a one-hour workshop with your team next month?", Status.WARN),
        (
            "en",
            "Could we book a 60-minute demo? Would you also share the deck? "
            "Can you send me your pricing?",
            Status.WARN,
        ),
        ("en", "Would you share your opinion in a short reply?", Status.PASS),
        ("es", "Gracias por leerme.", Status.FAIL),
        ("es", "¿Le parece una reunión de dos horas con su equipo?", Status.WARN),
        ("es", "Si le encaja, escríbame y lo hablamos en 10 minutos.", Status.PASS),
    ],
)
def test_one_small_ask(language: Language, ask: str, expected: Status) -> None:
    old = (
        "Would you be open to a 15-minute call next Tuesday to compare notes?"
        if language == "en"
        else "¿Te parece una llamada de 15 minutos el martes para comparar notas?"
    )
    assert _status(_with_body(language, old, ask), language, DraftCheckId.ASK) == expected


@pytest.mark.parametrize("language", ["en", "es"])
def test_placeholders_fail_in_subject_or_body(language: Language) -> None:
    good = GOOD[language]
    for subject, body in (
        ("[Topic] idea", good.body),
        (good.subject, good.body + " {{company}}"),
        (good.subject, good.body.replace("Ana", "<FirstName>").replace("Lucía", "[Nombre]")),
    ):
        draft = Draft(subject=subject, body=body)
        assert _status(draft, language, DraftCheckId.PLACEHOLDERS) == Status.FAIL


@pytest.mark.parametrize("language", ["en", "es"])
def test_hype_caps_and_exclamations_warn(language: Language) -> None:
    good = GOOD[language]
    for extra in ("!!!", " THIS IS A GUARANTEED WIN", " 100% garantizado"):
        draft = good.model_copy(update={"body": good.body + extra})
        assert _status(draft, language, DraftCheckId.TONE) == Status.WARN


@pytest.mark.parametrize(
    ("language", "claim"),
    [
        ("en", "\n\nAt Contoso I cut onboarding time by 40% in two quarters."),
        ("es", "\n\nReduje la rotación un 35% en Logística Sur en seis meses."),
    ],
)
def test_a_claim_the_profile_does_not_show_warns_and_says_where_to_add_it(
    language: Language, claim: str
) -> None:
    profile, assessment = _profile(language)
    draft = GOOD[language].model_copy(update={"body": GOOD[language].body + claim})
    result = assess_draft(
        draft,
        RECIPIENT[language],
        profile=profile,
        profile_assessment=assessment,
        as_of=AS_OF,
        language=language,
    )
    coherence = result.check(DraftCheckId.COHERENCE)
    assert coherence.status == Status.WARN
    assert "%" in coherence.evidence[0]
    assert coherence.marks and coherence.marks[0].field == "body"


def test_a_claim_the_profile_shows_passes() -> None:
    profile, assessment = _profile("es")
    claim = "\n\nEn Clínicas Albufera bajé las llamadas al soporte un 38 % en seis meses."
    draft = GOOD["es"].model_copy(update={"body": GOOD["es"].body + claim})
    result = assess_draft(
        draft,
        RECIPIENT["es"],
        profile=profile,
        profile_assessment=assessment,
        as_of=AS_OF,
        language="es",
    )
    coherence = result.check(DraftCheckId.COHERENCE)
    assert coherence.status == Status.PASS, coherence.evidence
    assert "1" in coherence.evidence[0]


def test_self_centred_draft_warns_on_focus() -> None:
    body = (
        GOOD["en"].body
        + "\n\nI founded my firm in 2015. I lead my team. We grow our clients. I love my work."
        + " We ship our tools."
    )
    assert (
        _status(Draft(subject=GOOD["en"].subject, body=body), "en", DraftCheckId.FOCUS)
        == Status.WARN
    )


def test_the_gate_opens_only_when_profile_and_draft_are_ready() -> None:
    profile, assessment = _profile("en")
    ready_profile = assessment.model_copy(update={"ready": True, "blockers": []})
    kwargs = {"profile": profile, "as_of": AS_OF, "language": "en"}
    blocked_by_profile = assess_draft(
        GOOD["en"], RECIPIENT["en"], profile_assessment=assessment, **kwargs
    )  # type: ignore[arg-type]
    assert assessment.ready is False
    assert blocked_by_profile.ready is False
    assert blocked_by_profile.profile_blockers
    bad_draft = GOOD["en"].model_copy(update={"subject": ""})
    blocked_by_draft = assess_draft(
        bad_draft, RECIPIENT["en"], profile_assessment=ready_profile, **kwargs
    )  # type: ignore[arg-type]
    assert blocked_by_draft.ready is False
    assert blocked_by_draft.draft_blockers == [DraftCheckId.SUBJECT]
    open_gate = assess_draft(
        GOOD["en"], RECIPIENT["en"], profile_assessment=ready_profile, **kwargs
    )  # type: ignore[arg-type]
    assert open_gate.ready is True


def test_friday_gets_a_send_day_note() -> None:
    profile, assessment = _profile("en")
    friday = dt.date(2026, 11, 20)
    result = assess_draft(
        GOOD["en"],
        RECIPIENT["en"],
        profile=profile,
        profile_assessment=assessment,
        as_of=friday,
        language="en",
    )
    assert "Friday" in result.send_day_note


@pytest.mark.parametrize(
    ("text", "subject", "body"),
    [
        ("Subject: Hi\n\nBody here", "Hi", "Body here"),
        ("\ufeffAsunto:  Hola \r\n\r\nCuerpo", "Hola", "Cuerpo"),
        ("No subject line\nat all", "", "No subject line\nat all"),
        ("", "", ""),
    ],
)
def test_message_files(text: str, subject: str, body: str) -> None:
    assert parse_message(text) == Draft(subject=subject, body=body)


def test_drafts_fixtures_are_plain_text() -> None:
    for path in Path(FIXTURES / "drafts").iterdir():
        assert path.read_text("utf-8").startswith(("Subject:", "Asunto:"))
