"""Findings marked in place: each quotes the words it marks and fixes only them."""

from __future__ import annotations

import pytest

from preflight.core.marks import apply_edit, find_marks
from preflight.core.settings import Settings

ABOUT = (
    "I am a results-driven, passionate logistics planner. Responsible for managing the night "
    "shift team. I plan weekly routes for sixty lorries across the north of England, and I talk "
    "to the carriers every single day about their loads, their drivers and their costs, which "
    "takes a long time to do well. I love my job. I love my job."
)


def marks(text: str, field: str = "summary", language: str = "en") -> dict[str, list]:
    found = find_marks(
        field,  # type: ignore[arg-type]
        text,
        text_language=language,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        settings=Settings(),
    )
    by_kind: dict[str, list] = {}
    for mark in found:
        by_kind.setdefault(mark.kind, []).append(mark)
    return by_kind


def test_each_finding_marks_the_words_it_quotes() -> None:
    found = marks(ABOUT)
    assert [ABOUT[m.start : m.end] for m in found["cliche"]] == ["results-driven", "passionate"]
    assert ABOUT[found["duty"][0].start : found["duty"][0].end] == "Responsible for"
    assert ABOUT[found["long_sentence"][0].start :].startswith("I plan weekly routes")
    assert [ABOUT[m.start : m.end] for m in found["repeated"]] == ["I love my job."]
    assert found["repeated"][0].start > ABOUT.index("I love my job.")
    assert "results-driven" in found["cliche"][0].finding


def test_removing_a_cliche_leaves_the_sentence_whole() -> None:
    cut = apply_edit(ABOUT, marks(ABOUT)["cliche"][0].fix)  # type: ignore[arg-type]
    assert cut.startswith("I am a passionate logistics planner.")
    cut = apply_edit(ABOUT, marks(ABOUT)["cliche"][1].fix)  # type: ignore[arg-type]
    assert cut.startswith("I am a results-driven logistics planner.")


def test_a_duty_becomes_an_action() -> None:
    duty = marks(ABOUT)["duty"][0]
    assert duty.fix is not None
    assert "Managed the night shift team. I plan" in apply_edit(ABOUT, duty.fix)
    assert "Managed the night shift team" in duty.fix_label
    noun = "Responsible for the budget of the depot."
    assert apply_edit(noun, marks(noun)["duty"][0].fix).startswith("Led the budget")  # type: ignore[arg-type]


def test_a_spanish_duty_becomes_a_first_person_past() -> None:
    text = "Encargado de organizar las rutas del almacén. Soy proactivo y puntual."
    found = marks(text, language="es")
    assert apply_edit(text, found["duty"][0].fix).startswith("Organicé las rutas")  # type: ignore[arg-type]
    assert apply_edit(text, found["cliche"][0].fix).endswith("Soy puntual.")  # type: ignore[arg-type]
    assert found["cliche"][0].fix_label == "Quitar «proactivo»"


def test_a_long_sentence_splits_at_its_join_and_a_repeat_is_cut() -> None:
    found = marks(ABOUT)
    split = apply_edit(ABOUT, found["long_sentence"][0].fix)  # type: ignore[arg-type]
    assert "north of England. I talk to the carriers" in split
    cut = apply_edit(ABOUT, found["repeated"][0].fix)  # type: ignore[arg-type]
    assert cut.endswith("do well. I love my job.")


@pytest.mark.parametrize(
    ("language", "text", "advice"),
    [
        (
            "en",
            "I have been studying Salesforce and building Apps, Custom Objects, Custom Fields, "
            "Workflow Rules, Process Builder, Flow Builder, Approval Processes, Validation Rules, "
            "Reports and Dashboards for the sales teams of three regional distributors over the "
            "last two years in the north of England.",
            "Most of it is a list",
        ),
        (
            "es",
            "Llevo dos años creando aplicaciones, objetos personalizados, campos personalizados, "
            "reglas de flujo, procesos de aprobación, reglas de validación, informes y paneles "
            "para los equipos comerciales de tres distribuidores regionales del norte de España "
            "durante los dos últimos años.",
            "Casi todo es una lista",
        ),
    ],
)
def test_a_long_sentence_that_is_mostly_a_list_gets_no_split(
    language: str, text: str, advice: str
) -> None:
    mark = marks(text, language=language)["long_sentence"][0]
    assert mark.fix is None and mark.fix_label == ""
    assert mark.advice.startswith(advice)


def test_a_cliche_that_needs_its_object_is_marked_without_a_fix() -> None:
    text = "Soy apasionado por la logística y las rutas de reparto de toda la región."
    cliche = marks(text, language="es")["cliche"][0]
    assert text[cliche.start : cliche.end] == "apasionado por"
    assert cliche.fix is None and cliche.fix_label == ""


@pytest.mark.parametrize(
    ("headline", "kind", "fixed"),
    [
        ("Logistics Planner | Open to work", "job_seeking", "Logistics Planner"),
        ("Team player | Logistics Planner", "cliche", "Logistics Planner"),
    ],
)
def test_headline_parts_go_with_their_separator(headline: str, kind: str, fixed: str) -> None:
    mark = marks(headline, field="headline")[kind][0]
    assert apply_edit(headline, mark.fix) == fixed  # type: ignore[arg-type]


def test_text_over_the_limit_is_marked_from_the_limit() -> None:
    text = "Logistics planner for freight teams. " * 8
    over = marks(text, field="headline")["over_limit"][0]
    assert (over.start, over.end) == (220, len(text))
    assert over.fix is None


def test_empty_text_has_no_marks() -> None:
    assert marks("   ") == {}
