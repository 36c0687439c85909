"""Load a fixture the way the app does and judge it: the whole path from file to Assessment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from preflight.core.assessment import Assessment, CheckId
from preflight.core.importers import load_profile
from preflight.core.models import Language
from preflight.core.scoring import assess
from preflight.core.settings import Settings


def judge(
    path: Path,
    as_of: dt.date,
    *,
    output: Language = "en",
    confirmed: frozenset[CheckId] = frozenset(),
) -> Assessment:
    """The assessment of the profile at ``path`` on ``as_of``, advice in ``output``."""
    profile = load_profile(path, as_of=as_of)
    return assess(profile, as_of=as_of, language=output, settings=Settings(), confirmed=confirmed)


def text(assessment: Assessment, check: CheckId) -> str:
    """One check's evidence and suggestions as the user reads them."""
    result = assessment.check(check)
    return "\n".join([*result.evidence, *result.suggestions])
