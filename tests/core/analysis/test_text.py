"""One text's analysis: sentences, words, emoji, and the phrases of every list in both languages."""

from __future__ import annotations

import pytest

from preflight.core.analysis.emoji import count_emoji
from preflight.core.analysis.text import Mention, TextAnalysis, analyze_text


def texts(mentions: tuple[Mention, ...]) -> list[str]:
    return [m.text for m in mentions]


def test_mentions_keep_the_profile_words_and_offsets() -> None:
    text = "Senior Data Engineer. Responsible for the nightly batch."
    analysis = analyze_text(text, "en")
    duty = analysis.duties[0]
    assert duty == Mention("Responsible for", "duty", 22, 37)
    assert text[duty.start : duty.end] == duty.text


@pytest.mark.parametrize(
    ("language", "text", "field", "expected"),
    [
        ("en", "Senior Software Engineer at Initech", "roles", ["Software Engineer"]),
        ("es", "Ingeniera de datos en Initech", "roles", ["Ingeniera de datos"]),
        ("en", "Open to work | Looking for new opportunities", "job_seeking",
         ["Open to work", "Looking for new opportunities"]),
        ("es", "Buscando nuevas oportunidades", "job_seeking", ["Buscando nuevas oportunidades"]),
        ("en", "A results-driven team player.", "buzzwords", ["results-driven", "team player"]),
        ("es", "Profesional apasionada y proactiva.", "buzzwords", ["apasionada", "proactiva"]),
        ("en", "I was responsible for payroll.", "duties", ["responsible for"]),
        ("es", "Encargado de la nómina.", "duties", ["Encargado de"]),
        ("en", "I help founders hire so you can focus.", "reader_value", ["I help", "so you can"]),
        ("es", "Ayudo a pymes a vender para que tu equipo crezca.", "reader_value",
         ["Ayudo a", "tu equipo"]),
        ("en", "Message me or book a call.", "calls_to_action", ["Message me", "book a call"]),
        ("es", "Escríbeme o hablemos.", "calls_to_action", ["Escríbeme", "hablemos"]),
        ("en", "Python, SQL and B2B sales.", "skills", ["Python", "SQL", "B2B sales"]),
        ("es", "Negociación y ventas B2B.", "skills", ["Negociación", "ventas B2B"]),
    ],
)  # fmt: skip
def test_each_list_is_found_in_both_languages(
    language: str, text: str, field: str, expected: list[str]
) -> None:
    analysis = analyze_text(text, language)  # type: ignore[arg-type]
    assert texts(getattr(analysis, field)) == expected


def test_matching_ignores_case() -> None:
    analysis = analyze_text("DATA SCIENTIST. LET'S TALK.", "en")
    assert texts(analysis.roles) == ["DATA SCIENTIST"]
    assert texts(analysis.calls_to_action) == ["LET'S TALK"]


@pytest.mark.parametrize(
    ("language", "text", "field", "expected"),
    [
        ("es", "Gestion de proyectos y analisis de datos", "skills",
         ["Gestion de proyectos", "analisis de datos"]),
        ("es", "En busqueda de nuevas oportunidades", "job_seeking",
         ["En busqueda de nuevas oportunidades"]),
        ("es", "Disenadora UX. Contactame.", "calls_to_action", ["Contactame"]),
        ("en", "Let’s talk, or let's chat.", "calls_to_action", ["Let’s talk", "let's chat"]),
    ],
)  # fmt: skip
def test_matching_forgives_missing_accents_and_curly_apostrophes(
    language: str, text: str, field: str, expected: list[str]
) -> None:
    analysis = analyze_text(text, language)  # type: ignore[arg-type]
    assert texts(getattr(analysis, field)) == expected


def test_acronym_roles_match_only_in_capitals() -> None:
    analysis = analyze_text("IT student. It is late.", "en")
    assert texts(analysis.roles) == ["IT", "student"]
    assert texts(analyze_text("PM at Initech, home by 5 pm.", "en").roles) == ["PM"]
    assert texts(analyze_text("Ing. en Sistemas", "es").roles) == ["Ing."]


@pytest.mark.parametrize(
    ("language", "text", "role"),
    [
        ("es", "Trabajadora social", "Trabajadora social"),
        ("en", "Creative director", "Creative director"),
    ],
)
def test_a_cliche_inside_a_job_title_is_not_a_cliche(language: str, text: str, role: str) -> None:
    analysis = analyze_text(text, language)  # type: ignore[arg-type]
    assert texts(analysis.roles) == [role]
    assert analysis.buzzwords == ()


def test_longest_phrase_of_a_list_wins() -> None:
    analysis = analyze_text("Software engineer", "en")
    assert texts(analysis.roles) == ["Software engineer"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Increased revenue, grew the team, led the launch, won 3 deals, doubled sign-ups.",
         ["Increased", "grew", "led", "won", "doubled"]),
        ("en", "I lead a team. We cut churn. Helped grow sales.", ["lead", "cut", "grow"]),
        ("es", "Aumenté las ventas, lideré el equipo, reduje costes y logramos duplicar pedidos.",
         ["Aumenté", "lideré", "reduje", "logramos", "duplicar"]),
        ("es", "Conseguí 3 clientes. Ahorré tiempo. Lanzamos la app.",
         ["Conseguí", "Ahorré", "Lanzamos"]),
        ("es", "Redujo costes, obtuve la certificación y el proyecto fue liderado por mí.",
         ["Redujo", "obtuve", "liderado"]),
    ],
)  # fmt: skip
def test_achievement_verbs_match_any_inflection_and_case(
    language: str, text: str, expected: list[str]
) -> None:
    analysis = analyze_text(text, language)  # type: ignore[arg-type]
    assert texts(analysis.achievement_verbs) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Building teams and optimizing costs."),
        ("en", "She drives growth and leads sales."),
        ("en", "A data-driven, AI-powered approach."),
        ("en", "Driven professional."),
        ("es", "Liderando equipos y aumentando ventas."),
        ("es", "Diseño UX, mejora continua, ahorro de costes y aumento de ventas."),
        ("es", "Lidero un equipo que lanza productos."),
    ],
)
def test_descriptions_and_cliches_are_not_achievements(language: str, text: str) -> None:
    analysis = analyze_text(text, language)  # type: ignore[arg-type]
    assert analysis.achievement_verbs == ()


def test_english_nouns_that_look_like_verbs_are_not_achievements() -> None:
    analysis = analyze_text("Tech lead and a budget cut owner.", "en")
    assert analysis.achievement_verbs == ()


def test_sentences_split_on_full_stops_and_line_breaks() -> None:
    text = "I build data tools. They save time!\n• Cut costs by 30%\n• Grew users to 2,000"
    analysis = analyze_text(text, "en")
    assert analysis.sentences == (
        "I build data tools.",
        "They save time!",
        "• Cut costs by 30%",
        "• Grew users to 2,000",
    )
    assert analysis.sentence_word_counts == (4, 3, 4, 4)
    assert analysis.word_count == 15
    assert analysis.longest_sentence_words() == 4


def test_sentence_offsets_point_into_the_text() -> None:
    text = "  Led sales.\n\n  Cut costs by 30%  "
    analysis = analyze_text(text, "en")
    assert [text[s:e] for s, e in analysis.sentence_offsets] == list(analysis.sentences)
    quantity = analysis.quantities[0]
    assert analysis.sentence_containing(quantity) == "Cut costs by 30%"


def test_empty_text_has_no_sentences_or_words() -> None:
    analysis = analyze_text("", "es")
    assert isinstance(analysis, TextAnalysis)
    assert analysis.sentences == ()
    assert analysis.word_count == 0
    assert analysis.longest_sentence_words() == 0
    assert analysis.roles == analysis.quantities == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Plain words, no emoji → none", 0),
        ("🚀 Growth | 📈 Sales | ✅ Results", 3),
        ("👍🏽 skin tone counts once", 1),
        ("👩‍💻 a joined sequence counts once", 1),
        ("🇪🇸🇲🇽 two flags", 2),
        ("❤️ with a variation selector", 1),
        ("➡️ an arrow drawn as emoji", 1),
    ],
)
def test_emoji_count_is_what_a_reader_sees(text: str, expected: int) -> None:
    assert count_emoji(text) == expected
    assert analyze_text(text, "en").emoji_count == expected


def test_the_longer_reading_of_overlapping_phrases_wins() -> None:
    duty = analyze_text("Responsable de la facturación de 40 clientes.", "es")
    assert [m.text for m in duty.duties] == ["Responsable de"]
    assert "Responsable" not in [m.text for m in duty.roles]
    title = analyze_text("Responsable de marketing en Acme", "es")
    assert [m.text for m in title.roles] == ["Responsable de marketing"]
    assert title.duties == ()
    cliche = analyze_text("Soy responsable y proactivo.", "es")
    assert cliche.roles == ()
    assert cliche.buzzwords


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Results-driven seller with a passion for people."),
        ("en", "Our leads come from referrals and trade shows."),
        ("en", "Named accounts include building-supply distributors."),
        ("es", "Tengo muchas ganas de aprender y de crecer."),
    ],
)
def test_words_that_only_look_like_deeds_are_not_achievements(language: str, text: str) -> None:
    assert analyze_text(text, language).achievement_verbs == ()  # type: ignore[arg-type]


def test_a_cliche_word_as_the_tail_of_a_compound_is_not_a_cliche() -> None:
    assert [m.text for m in analyze_text("We ship AI-driven forecasts.", "en").buzzwords] == []
    assert [m.text for m in analyze_text("I am driven.", "en").buzzwords] == ["driven"]


@pytest.mark.parametrize(
    ("language", "text", "skills"),
    [
        ("en", "I report to leadership. I coach leadership and SEO.", ["leadership", "SEO"]),
        ("es", "Coordino el equipo de ventas. Experta en ventas B2B.", ["ventas B2B"]),
    ],
)
def test_a_skill_name_that_means_something_else_is_not_a_skill(
    language: str, text: str, skills: list[str]
) -> None:
    found = analyze_text(text, language)  # type: ignore[arg-type]
    assert [m.text for m in found.skills] == skills
    assert found.skills[0].start > text.index(".")


def test_thinking_outside_the_box_in_any_form_is_a_cliche() -> None:
    found = analyze_text("A team player who thinks outside the box.", "en")
    assert "outside the box" in [m.text for m in found.buzzwords]
