"""Every check is wired into every place it needs; a new check that misses one fails here.

The places, in the order README's "How to add a check" lists them: its id, its module and its
entry in ``scoring.CHECKS``, its weight, its title in both message catalogues, its section name
in the report, at least one report criterion in both languages, and its profile quote.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import tomllib

import pytest

from preflight.core import checks as checks_package
from preflight.core.assessment import CheckId
from preflight.core.importers import load_profile
from preflight.core.messages import messages
from preflight.core.models import Language
from preflight.core.report.profile_quotes import profile_quote
from preflight.core.report.wording import Wording
from preflight.core.resources import resource, resource_path
from preflight.core.scoring import CHECKS
from preflight.core.settings import Settings, Weights

LANGUAGES: tuple[Language, ...] = ("en", "es")
# Modules of core/checks that hold helpers, not a check of their own.
HELPERS = {"base", "language_gate", "photo_findings", "rewrite", "skill_terms", "wording"}
# The suggested rewrites and the proof that one helps, shared by the headline and About checks.
HELPERS |= {"about_rewrite", "guard", "impact", "units"}


def _criteria(language: Language) -> set[str]:
    raw = resource("report", language, "criteria.toml").read_text(encoding="utf-8")
    return {str(entry["check"]) for entry in tomllib.loads(raw)["criterion"]}


def test_every_check_module_is_registered_under_its_id() -> None:
    modules = {
        info.name
        for info in pkgutil.iter_modules(checks_package.__path__)
        if info.name not in HELPERS
    }
    assert modules == {c.value for c in CheckId}, "a module in core/checks needs a CheckId"
    for check_id in CheckId:
        module = importlib.import_module(f"preflight.core.checks.{check_id.value}")
        assert CHECKS[check_id] is module.check, f"scoring.CHECKS lacks {check_id}"
        assert list(inspect.signature(module.check).parameters) == ["ctx"]


@pytest.mark.parametrize("check_id", list(CheckId))
def test_every_check_has_a_weight_and_a_setting(check_id: CheckId) -> None:
    assert check_id.value in Weights.model_fields, f"settings.Weights lacks {check_id}"
    assert Settings().weights.model_dump()[check_id.value] > 0


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("check_id", list(CheckId))
def test_every_check_has_its_words_in_both_languages(check_id: CheckId, language: Language) -> None:
    msg = messages(language)
    assert msg.has(f"checks.{check_id.value}.title"), f"{language}: checks.{check_id}.title"
    assert msg.has(f"report.section.{check_id.value}"), f"{language}: report.section.{check_id}"
    assert check_id.value in _criteria(language), f"{language}: no report criterion"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("check_id", list(CheckId))
def test_every_check_has_a_profile_quote_in_the_report(
    check_id: CheckId, language: Language
) -> None:
    sample = load_profile(resource_path("sample", "linkedin-export"))
    # profile_quote raises KeyError for a check it has no quote for.
    assert isinstance(profile_quote(check_id, sample, Wording(language)), str)
