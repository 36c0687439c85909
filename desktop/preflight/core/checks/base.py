"""What every check module receives and returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from preflight.core.assessment import TextFix
from preflight.core.messages import Messages
from preflight.core.models import Profile, Status
from preflight.core.settings import Settings

if TYPE_CHECKING:
    from preflight.core.analysis.profile import ProfileAnalysis


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may look at: profile, analysis, settings, the day and the language."""

    profile: Profile
    analysis: ProfileAnalysis
    settings: Settings
    as_of: dt.date
    msg: Messages
    # Off while a rewrite is being proven: its verdict alone decides, no rewrite of it is built.
    offer_rewrites: bool = True


@dataclass
class Verdict:
    """A check's finding before it is turned into points."""

    status: Status
    evidence: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    fixes: list[TextFix] = field(default_factory=list)


Check = Callable[[CheckContext], Verdict]
