"""The app's report commands: the readiness report to a printer, a print preview or a PDF file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from preflight.core.assessment import Assessment
from preflight.core.models import Profile
from preflight.core.report import Report, build_report
from preflight.core.report.history import ScorePoint
from preflight.core.settings import Settings
from preflight.printing import dialogs


def print_report(
    parent: QWidget | None,
    assessment: Assessment,
    profile: Profile | None = None,
    *,
    settings: Settings | None = None,
    inputs: Iterable[Path | str | None] = (),
) -> bool:
    """File → Print…: asks for a printer and prints (to a file never over ``inputs``)."""
    report = report_for(parent, assessment, profile, settings)
    return dialogs.print_report(parent, report, inputs)


def preview_report(
    parent: QWidget | None,
    assessment: Assessment,
    profile: Profile | None = None,
    *,
    settings: Settings | None = None,
    inputs: Iterable[Path | str | None] = (),
) -> None:
    """File → Print Preview… and the banner's Report button."""
    report = report_for(parent, assessment, profile, settings)
    dialogs.preview_report(parent, report, inputs)


def export_pdf(
    parent: QWidget | None,
    assessment: Assessment,
    profile: Profile | None = None,
    *,
    settings: Settings | None = None,
    inputs: Iterable[Path | str | None] = (),
) -> Path | None:
    """File → Export PDF…: asks where and writes the PDF (never over ``inputs``); None if not."""
    report = report_for(parent, assessment, profile, settings)
    return dialogs.export_pdf(parent, report, inputs)


def report_for(
    parent: Any, assessment: Assessment, profile: Profile | None, settings: Settings | None
) -> Report:
    """The report in the assessment's language, for the profile as judged (edits, photo)."""
    # Without a profile the window's open session supplies it; failing that, the report is made
    # from the assessment alone (verdict and checklist, no quotes from the profile).
    profile = profile or _session_profile(parent) or _bare_profile(assessment)
    window_settings = getattr(parent, "settings", None)
    if settings is None and isinstance(window_settings, Settings):
        settings = window_settings
    return build_report(
        profile,
        assessment,
        dt.datetime.now(),
        assessment.language,
        settings=settings,
        history=_history(parent),
    )


def _history(parent: Any) -> list[ScorePoint]:
    """The open profile's earlier scores, from the app's history store (none if unreadable)."""
    recorder = getattr(parent, "history", None)
    store, key = getattr(recorder, "store", None), getattr(recorder, "profile_key", None)
    if store is None or key is None:
        return []
    from preflight.core.report.history import recorded_history

    return recorded_history(store.path, key())


def _session_profile(parent: Any) -> Profile | None:
    session = getattr(parent, "session", None)
    judge = getattr(session, "profile_to_judge", None)
    profile = judge() if callable(judge) else None
    return profile if isinstance(profile, Profile) else None


def _bare_profile(assessment: Assessment) -> Profile:
    return Profile(name=assessment.name, headline=assessment.headline, source=assessment.source)
