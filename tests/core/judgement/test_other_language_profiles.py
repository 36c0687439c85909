"""Profiles in French, Portuguese, German or Italian: named, and their words left unjudged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from preflight.core.assessment import CheckId
from preflight.core.importers import load_profile
from preflight.core.models import Language, Status
from tests.core.judgement.helpers import judge, text

AS_OF = dt.date(2026, 11, 26)
PROFILES = [
    ("fr-export", "fr", "French", "francés"),
    ("pt.json", "pt", "Portuguese", "portugués"),
    ("de.json", "de", "German", "alemán"),
    ("it.json", "it", "Italian", "italiano"),
]


@pytest.mark.parametrize(("name", "code", "english", "spanish"), PROFILES)
def test_language_is_named_and_word_checks_are_unknown(
    fixtures: Path, name: str, code: str, english: str, spanish: str
) -> None:
    path = fixtures / "languages" / name
    assert load_profile(path, as_of=AS_OF).source.other_language == code
    outputs: list[tuple[Language, str]] = [("en", english), ("es", spanish)]
    for output, language in outputs:
        result = judge(path, AS_OF, output=output)
        assert not result.ready
        for check in (CheckId.HEADLINE, CheckId.SUMMARY):
            assert result.check(check).status is Status.UNKNOWN
            said = text(result, check)
            assert language in said
            assert ("English and Spanish" if output == "en" else "inglés y en español") in said
            assert not result.check(check).fixes


def test_a_strong_french_profile_is_not_ready_but_its_other_checks_still_run(
    fixtures: Path,
) -> None:
    result = judge(fixtures / "languages" / "fr-export", AS_OF)
    statuses = {r.id: r.status for r in result.checks}
    assert statuses[CheckId.EXPERIENCE] is Status.PASS
    assert statuses[CheckId.SKILLS] is Status.PASS
    assert statuses[CheckId.POSTS] is Status.PASS
    assert set(result.blockers) == {CheckId.HEADLINE, CheckId.SUMMARY}
    # No English or Spanish word list is run over French text.
    assert "Named elsewhere" not in text(result, CheckId.SKILLS)


@pytest.mark.parametrize(
    "path",
    [
        "pasted/profile_en.txt",
        "pasted/profile_es.txt",
        "checks/en-strong.json",
        "checks/es-weak.json",
        "export/2026-complete",
        "export/utf8-bom",
        "pdf/linkedin_es.pdf",
    ],
)
def test_english_and_spanish_profiles_are_judged_as_before(fixtures: Path, path: str) -> None:
    assert load_profile(fixtures / path, as_of=AS_OF).source.other_language == ""
