"""Input errors in the user's language: one catalogue in English and Spanish, values filled in."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from preflight.core.errors import InputError, hint_key_for, input_error
from preflight.core.messages import messages

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "preflight"
CORE = PACKAGE / "core"


def _raised_keys() -> dict[str, set[str]]:
    """Every ``input_error("key", name=...)`` call (core, printing, GUI): key -> its value names."""
    calls: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "input_error"
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path.name}: the key must be a literal"
                names = {k.arg for k in node.keywords}
                assert None not in names, f"{path.name}: pass values by name, not **mapping"
                calls.setdefault(str(first.value), set()).update(n for n in names if n)
    return calls


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _error_keys(language: str) -> set[str]:
    every_key = messages(language).keys()
    return {key for key in every_key if key.startswith("errors.")}


def _texts(language: str, key: str) -> tuple[str, str]:
    """The raw message and (possibly inherited) hint templates of ``errors.<key>``."""
    catalogue = messages(language)
    hint_key = hint_key_for(catalogue, key)
    return catalogue(f"errors.{key}.message"), catalogue(hint_key) if hint_key else ""


def test_the_core_raises_its_input_errors_by_key() -> None:
    raised = _raised_keys()
    assert len(raised) > 50
    for path in sorted(CORE.rglob("*.py")):
        assert "raise InputError(" not in path.read_text(encoding="utf-8"), path


def test_english_and_spanish_have_the_same_error_keys() -> None:
    assert _error_keys("en") == _error_keys("es")


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_raised_key_has_its_text_and_gets_exactly_its_values(language: str) -> None:
    for key, given in _raised_keys().items():
        message, hint = _texts(language, key)
        assert _placeholders(message) | _placeholders(hint) == given, (language, key)


def test_placeholders_match_between_languages() -> None:
    keys = {k.removeprefix("errors.").removesuffix(".message") for k in _error_keys("en")}
    for key in (k for k in keys if messages("en").has(f"errors.{k}.message")):
        english, spanish = _texts("en", key), _texts("es", key)
        assert _placeholders(english[0]) == _placeholders(spanish[0]), key
        assert _placeholders(english[1]) == _placeholders(spanish[1]), key


def test_every_catalogue_entry_is_raised_somewhere() -> None:
    raised = set(_raised_keys())
    messages_in_catalogue = {
        k.removeprefix("errors.").removesuffix(".message")
        for k in _error_keys("en")
        if k.endswith(".message")
    }
    assert messages_in_catalogue == raised


def test_error_by_key_carries_english_text_and_the_key() -> None:
    error = input_error("pdf.empty", name="Profile.pdf")
    assert error.message == "Profile.pdf is empty."
    assert error.hint.startswith("To save one: open your profile on LinkedIn")  # the group's hint
    assert error.key == "pdf.empty"
    assert error.values == {"name": "Profile.pdf"}
    assert str(error) == f"{error.message}\n{error.hint}"


def test_localized_gives_spanish_with_the_values_filled_in() -> None:
    error = input_error("pdf.too_many_pages", name="cv.pdf", pages=900, max_pages=50)
    message, hint = error.localized(messages("es"))
    assert message == (
        "cv.pdf tiene 900 páginas; un PDF de perfil de LinkedIn tiene muchas menos "
        "(Preflight lee hasta 50)."
    )
    assert hint.startswith("Para guardarlo: abre tu perfil en LinkedIn")


def test_an_explicitly_empty_hint_is_not_replaced_by_the_groups() -> None:
    error = input_error("paste.stdin_unreadable", reason="Bad file descriptor")
    assert error.hint == ""
    assert error.localized(messages("es"))[1] == ""


def test_errors_without_a_known_key_stay_in_english() -> None:
    plain = InputError("Attach a photo file first.", "Use the Photo button.")
    assert plain.localized(messages("es")) == (
        "Attach a photo file first.",
        "Use the Photo button.",
    )
    unknown = InputError("Something new.", key="nothing.like.this")
    assert unknown.localized(messages("es")) == ("Something new.", "")


def test_an_importer_error_reads_in_spanish(tmp_path: Path) -> None:
    from preflight.core.importers import load_profile

    path = tmp_path / "cv.json"
    path.write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_profile(path)
    message, hint = caught.value.localized(messages("es"))
    assert message == "cv.json es JSON, pero no un currículum: no tiene basics, work ni skills."
    assert hint.startswith("Preflight lee currículums en formato JSON Resume")
