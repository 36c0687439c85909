"""The team summary: one row per profile (name, score, verdict, top fix) on one page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from preflight import __version__
from preflight.core.assessment import Assessment
from preflight.core.checks.wording import shorten
from preflight.core.models import Language, Profile
from preflight.core.plan import build_plan
from preflight.core.report.document import CONTENT_SECURITY_POLICY, Report
from preflight.core.report.plan_section import action, verdict_text
from preflight.core.report.wording import Wording, esc
from preflight.core.resources import resource

TOP_FIX_CHARS = 110


@dataclass(frozen=True)
class SummaryRow:
    """One profile's line: a few short strings, so a team of hundreds stays small in memory."""

    label: str
    score: int | None
    ready: bool
    blocked_by_failures: bool
    verdict: str
    top_fix: str


def summary_row(
    profile: Profile, assessment: Assessment, path: str, language: Language
) -> SummaryRow:
    """The row for an assessed profile: its first planned gain is its top fix."""
    w = Wording(language)
    plan = build_plan(assessment)
    top = ""
    if plan.steps:
        step = plan.steps[0]
        result = assessment.check(step.check)
        points = w("plan_gain_one" if step.points == 1 else "plan_gain", points=step.points)
        top = f"{w.section(step.check.value)} ({points}): {action(result, w)}"
    return SummaryRow(
        label=assessment.name or profile.name or _file_name(path),
        score=assessment.score,
        ready=assessment.ready,
        blocked_by_failures=not assessment.ready and not plan.only_confirmations,
        verdict=verdict_text(assessment, plan, w),
        top_fix=shorten(top, TOP_FIX_CHARS),
    )


def failed_row(path: str, message: str, language: Language) -> SummaryRow:
    """The row for an input that could not be read: the file, and why."""
    w = Wording(language)
    return SummaryRow(
        label=_file_name(path),
        score=None,
        ready=False,
        blocked_by_failures=True,
        verdict=w("summary_unreadable"),
        top_fix=shorten(message, TOP_FIX_CHARS),
    )


def build_summary(rows: list[SummaryRow], generated: dt.datetime, language: Language) -> Report:
    """The team summary as a report document (PDF or HTML, like a single profile's report)."""
    w = Wording(language)
    ready = sum(1 for row in rows if row.ready)
    title = w("summary_title")
    body_rows = "".join(_row(number, row, w) for number, row in enumerate(rows, start=1))
    css = resource("report", "report.css").read_text(encoding="utf-8")
    checked = w.date(generated.date())
    counts = w("summary_counts", ready=ready, total=len(rows))
    body = (
        "<!--header-->"
        f'<p class="kicker">{w.html("title")}</p><h1>{esc(title)}</h1>'
        f'<p class="meta">{esc(w("generated", date=checked, time=generated.strftime("%H:%M")))}</p>'
        "<!--/header--><!--main-->"
        f'<p class="projection">{esc(counts)}</p>'
        '<table class="grid summary" width="100%" cellspacing="0" cellpadding="4">'
        f'<tr><th scope="col" width="4%" class="num">#</th>'
        f'<th scope="col" width="24%">{w.html("summary_col_name")}</th>'
        f'<th scope="col" width="9%" class="num">{w.html("summary_col_score")}</th>'
        f'<th scope="col" width="22%">{w.html("summary_col_verdict")}</th>'
        f'<th scope="col" width="41%">{w.html("summary_col_fix")}</th></tr>{body_rows}</table>'
        "<!--/main--><!--version-->"
    )
    html = (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="Preflight {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>\n{css}</style><!--screen-style--></head>"
        f"<body>{body}</body></html>\n"
    )
    return Report(
        html=html,
        title=title,
        language=language,
        footer=w("summary_footer", date=checked),
        page_label=w("page"),
        glyph_note=w("glyph_note"),
        verdict=counts,
        file_stem=title,
        subject=counts,
    )


def _row(number: int, row: SummaryRow, w: Wording) -> str:
    if row.score is None:
        score, css = "–", "fail"
    else:
        css = "pass" if row.ready else "fail" if row.blocked_by_failures else "warn"
        score = w("summary_score", score=row.score)
    return (
        f'<tr><td class="num">{number}</td><td><b>{esc(row.label)}</b></td>'
        f'<td class="num">{esc(score)}</td><td><span class="{css}">{esc(row.verdict)}</span></td>'
        f'<td class="small">{esc(row.top_fix)}</td></tr>'
    )


def _file_name(path: str) -> str:
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or path
