"""The report's parts in Qt's rich-text HTML subset: header, verdict, checklist, details."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from preflight.core.assessment import Assessment, CheckId, CheckResult
from preflight.core.messages import messages
from preflight.core.models import Profile, Status
from preflight.core.report.criteria import Criterion
from preflight.core.report.profile_quotes import profile_quote
from preflight.core.report.wording import STATUS_ICONS, Wording, esc, quote_box

PHOTO_DISPLAY_PX = 88


def header(
    profile: Profile, assessment: Assessment, generated: dt.datetime, w: Wording, photo_uri: str
) -> str:
    """Name, headline, source, as-of date and generation date, with the photo beside them."""
    name = assessment.name or profile.name
    headline = assessment.headline or profile.headline
    source_name = w(f"format.{assessment.source.format.value}")
    file_name = PurePath(assessment.source.path).name if assessment.source.path else ""
    source = (
        w("source_file", format=source_name, file=file_name)
        if file_name
        else w("source", format=source_name)
    )
    meta = "<br>".join(
        esc(line)
        for line in (
            source,
            w("as_of", date=w.date(assessment.as_of)),
            w("generated", date=w.date(generated.date()), time=generated.strftime("%H:%M")),
        )
    )
    text_cell = (
        f'<p class="kicker">{w.html("title")}</p>'
        f"<h1>{esc(name) if name else w.html('unnamed')}</h1>"
        f'<p class="headline">{esc(headline) if headline else w.html("no_headline")}</p>'
        f'<p class="meta">{meta}</p>'
        f"{_import_notes(profile, w)}"
    )
    photo_cell = ""
    if photo_uri:
        photo_cell = (
            f'<td class="photo" width="{PHOTO_DISPLAY_PX + 16}" valign="top">'
            f'<img src="{photo_uri}" width="{PHOTO_DISPLAY_PX}" height="{PHOTO_DISPLAY_PX}" '
            f'alt="{w.html("photo_caption")}"></td>'
        )
    return (
        '<table class="layout" width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'{photo_cell}<td valign="top">{text_cell}</td></tr></table>'
    )


def _import_notes(profile: Profile, w: Wording) -> str:
    """What the source could not show (a PDF's photo and posts), so an Unknown has its reason."""
    if not profile.warnings:
        return ""
    msg = messages(w.language)
    items = "".join(f"<li>{esc(note.text(msg))}</li>" for note in profile.warnings)
    heading = esc(msg("shown_notices.report_heading"))
    return f'<p class="meta"><b>{heading}</b></p><ul class="meta">{items}</ul>'


def verdict_text(assessment: Assessment, w: Wording) -> str:
    """ "Ready to send InMail" or "Not ready: N blockers"."""
    if assessment.ready:
        return w("verdict_ready")
    count = len(assessment.blockers)
    return w("verdict_not_ready_one" if count == 1 else "verdict_not_ready_other", count=count)


def verdict(assessment: Assessment, w: Wording) -> str:
    """The one-line verdict with the score, on a coloured band, and what it means."""
    if assessment.ready:
        note, css, icon = w("verdict_ready_note"), "ready", STATUS_ICONS[Status.PASS]
    else:
        note, css, icon = w("verdict_not_ready_note"), "not-ready", STATUS_ICONS[Status.FAIL]
    line = verdict_text(assessment, w)
    score = w("score", score=assessment.score)
    return (
        f'<table class="verdict {css}" width="100%" cellspacing="0" cellpadding="10"><tr><td>'
        f'<p class="verdict-line">{icon} {esc(line)} <span class="score">· {esc(score)}</span></p>'
        f'<p class="verdict-note">{esc(note)}</p></td></tr></table>'
    )


def status_html(result: CheckResult, w: Wording) -> str:
    """The status icon and word, coloured by status."""
    status = result.status
    word = f"{STATUS_ICONS[status]} {w.status(status)}"
    extra = (
        f'<br><span class="small">{w.html("confirmed")}</span>' if result.confirmed_by_user else ""
    )
    return f'<span class="{status.value}">{esc(word)}</span>{extra}'


def checklist(assessment: Assessment, w: Wording) -> str:
    """The checklist as a table: section, status, points of max, and the total."""
    rows = "".join(
        f"<tr><td>{esc(w.section(r.id.value))}</td><td>{status_html(r, w)}</td>"
        f'<td class="num">{w.html("points_of", points=r.points, max=r.max_points)}</td></tr>'
        for r in assessment.checks
    )
    total = sum(r.points for r in assessment.checks)
    total_max = sum(r.max_points for r in assessment.checks)
    return (
        f"<h2>{w.html('checklist')}</h2>"
        '<table class="grid" width="100%" cellspacing="0" cellpadding="5">'
        f'<tr><th width="40%">{w.html("col_section")}</th>'
        f'<th width="35%">{w.html("col_status")}</th>'
        f'<th width="25%" class="num">{w.html("col_points")}</th></tr>{rows}'
        f'<tr class="total"><td><b>{w.html("total")}</b></td><td></td>'
        f'<td class="num"><b>{w.html("points_of", points=total, max=total_max)}</b></td></tr>'
        "</table>"
    )


def fix_first(assessment: Assessment, w: Wording) -> str:
    """The blockers, most points to gain first, each with its first suggestion."""
    blocking = [r for r in assessment.checks if r.id in assessment.blockers]
    blocking.sort(key=lambda r: r.points_to_gain, reverse=True)
    if not blocking:
        return f"<h2>{w.html('fix_first')}</h2><p>{w.html('fix_first_none')}</p>"
    items = "".join(
        f"<li><b>{esc(w.section(r.id.value))}</b> "
        f"({w.html('fix_first_item', points=r.points_to_gain)})"
        + (f": {esc(r.suggestions[0])}" if r.suggestions else "")
        + "</li>"
        for r in blocking
    )
    return f"<h2>{w.html('fix_first')}</h2><p>{w.html('fix_first_intro')}</p><ol>{items}</ol>"


def details(profile: Profile, assessment: Assessment, w: Wording) -> str:
    """Per section: its verdict, the profile's own words, what was found and what to change."""
    parts = [f"<h2>{w.html('details')}</h2>"]
    for result in assessment.checks:
        title = result.title or w.section(result.id.value)
        points = w("points_of", points=result.points, max=result.max_points)
        parts.append(
            f'<h3>{esc(title)} <span class="h3-status">· {status_html(result, w)} · '
            f"{esc(points)}</span></h3>"
        )
        parts.append(profile_quote(CheckId(result.id), profile, w))
        parts.append(f"<h4>{w.html('found')}</h4>")
        parts.append(_bullets(result.evidence) or f'<p class="none">{w.html("no_findings")}</p>')
        parts.append(f"<h4>{w.html('suggestions')}</h4>")
        fixes = "".join(
            f"<h5>{w.html('fix_' + fix.field)}</h5>"
            + quote_box(f'<p class="quoted">{esc(fix.text)}</p>')
            for fix in result.fixes
        )
        suggestions = _bullets(result.suggestions)
        parts.append(suggestions + fixes or f'<p class="none">{w.html("no_suggestions")}</p>')
    return "".join(parts)


def criteria(items: list[Criterion], w: Wording) -> str:
    """The criteria table: section, the rule in words, and its source."""
    rows = "".join(
        f'<tr><td><b>{esc(w.section(c.check))}</b></td><td>{esc(c.text)}</td><td class="source">'
        f"{esc(c.source)}"
        + (f'<br><span class="url">{esc(c.url)}</span>' if c.url else "")
        + "</td></tr>"
        for c in items
    )
    return (
        f'<h2 class="new-page">{w.html("criteria")}</h2><p>{w.html("criteria_intro")}</p>'
        '<table class="grid criteria" width="100%" cellspacing="0" cellpadding="4">'
        f'<tr><th width="18%">{w.html("col_section")}</th>'
        f'<th width="50%">{w.html("col_criterion")}</th>'
        f'<th width="32%">{w.html("criteria_source")}</th></tr>{rows}</table>'
    )


def _bullets(lines: list[str]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"
