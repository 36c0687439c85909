"""The checks' and CLI's English and Spanish text: same keys and placeholders, keys in use."""

from __future__ import annotations

import re
import string
from pathlib import Path

from preflight.core.assessment import CheckId
from preflight.core.messages import messages
from preflight.core.models import SourceFormat, Status

OWNED = ("checks.", "cli.")
SOURCES = Path(__file__).resolve().parents[3] / "desktop" / "preflight"


def _owned(language: str) -> dict[str, str]:
    catalogue = messages(language)
    return {key: catalogue(key) for key in sorted(catalogue.keys()) if key.startswith(OWNED)}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_english_and_spanish_have_the_same_keys() -> None:
    assert set(_owned("en")) == set(_owned("es"))


def test_placeholders_match_between_languages() -> None:
    english, spanish = _owned("en"), _owned("es")
    mismatched = {k for k in english if _placeholders(english[k]) != _placeholders(spanish[k])}
    assert mismatched == set()


def test_every_check_status_and_source_has_a_title() -> None:
    for language in ("en", "es"):
        catalogue = messages(language)
        for check_id in CheckId:
            assert catalogue.has(f"checks.{check_id.value}.title")
        for status in Status:
            assert catalogue.has(f"checks.status.{status.value}")
        for source in SourceFormat:
            assert catalogue.has(f"checks.source.{source.value}")


def test_every_literal_key_used_in_the_code_exists() -> None:
    code = "".join(
        path.read_text(encoding="utf-8")
        for folder in ("core/checks", "core/scoring.py", "cli/check.py")
        for path in sorted(
            (SOURCES / folder).rglob("*.py") if (SOURCES / folder).is_dir() else [SOURCES / folder]
        )
    )
    used = set(re.findall(r'"((?:checks|cli)\.[a-z_]+\.[a-z_]+)"', code))
    assert used
    assert used - set(_owned("en")) == set()
