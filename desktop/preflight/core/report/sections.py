"""The report's parts in Qt's rich-text HTML subset: header, checklist, details, criteria."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from preflight.core.assessment import Assessment, CheckId, CheckResult
from preflight.core.messages import messages
from preflight.core.models import Profile, SourceFormat, Status
from preflight.core.report.criteria import Criterion
from preflight.core.report.marks import Flag, flagged_numbers, flags_for, marker
from preflight.core.report.plan_section import confirm_how
from preflight.core.report.profile_quotes import photo_in_words, profile_quote
from preflight.core.report.tidy import in_few_words, tidy
from preflight.core.report.wording import STATUS_ICONS, Wording, esc, quote_box

PHOTO_DISPLAY_PX = 88


def header(
    profile: Profile, assessment: Assessment, generated: dt.datetime, w: Wording, photo_uri: str
) -> str:
    """Name, headline, source, as-of date and generation date, with the photo beside them."""
    name = assessment.name or profile.name
    headline = assessment.headline or profile.headline
    source_name = w(f"format.{assessment.source.format.value}")
    path = PurePath(assessment.source.path) if assessment.source.path else None
    if path is None or not path.name:
        source = w("source", format=source_name)
    elif _is_folder(assessment):
        source = w("source_folder", format=source_name, file=path.name)
    else:
        source = w("source_file", format=source_name, file=path.name)
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
        '<table role="presentation" class="layout" width="100%" cellspacing="0" cellpadding="0">'
        "<tr>"
        f'{photo_cell}<td valign="top">{text_cell}</td></tr></table>'
    )


def _is_folder(assessment: Assessment) -> bool:
    """An unzipped export is read from a folder: its path has no file suffix such as .zip."""
    path = PurePath(assessment.source.path)
    return assessment.source.format is SourceFormat.LINKEDIN_EXPORT and not path.suffix


def _import_notes(profile: Profile, w: Wording) -> str:
    """What the source could not show (a PDF's photo and posts), so an Unknown has its reason."""
    if not profile.warnings:
        return ""
    msg = messages(w.language)
    items = "".join(f"<li>{esc(note.text(msg))}</li>" for note in profile.warnings)
    heading = esc(msg("shown_notices.report_heading"))
    return f'<p class="meta"><b>{heading}</b></p><ul class="meta">{items}</ul>'


def status_html(result: CheckResult, w: Wording) -> str:
    """The status icon and word, coloured by status."""
    status = result.status
    word = f"{STATUS_ICONS[status]} {w.status(status)}"
    extra = (
        f' <span class="small">({w.html("confirmed_short")})</span>'
        if result.confirmed_by_user
        else ""
    )
    return f'<span class="{status.value}">{esc(word)}</span>{extra}'


def checklist(profile: Profile, assessment: Assessment, w: Wording) -> str:
    """The checklist: section, status, points of max, and what was found in a few words.

    A passing section is folded to this one line; the others have their details further on.
    """
    rows = "".join(
        f"<tr><td><b>{esc(w.section(r.id.value))}</b></td><td>{status_html(r, w)}</td>"
        f'<td class="num">{w.html("points_of", points=r.points, max=r.max_points)}</td>'
        f'<td class="small">{esc(few_words(profile, assessment, r, w))}</td></tr>'
        for r in assessment.checks
    )
    total = sum(r.points for r in assessment.checks)
    total_max = sum(r.max_points for r in assessment.checks)
    return (
        f"<h2>{w.html('checklist')}</h2>"
        '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
        f'<tr><th scope="col" width="17%">{w.html("col_section")}</th>'
        f'<th scope="col" width="18%">{w.html("col_status")}</th>'
        f'<th scope="col" width="12%" class="num">{w.html("col_points")}</th>'
        f'<th scope="col" width="53%">{w.html("col_in_short")}</th></tr>{rows}'
        f'<tr class="total"><td><b>{w.html("total")}</b></td><td></td>'
        f'<td class="num"><b>{w.html("points_of", points=total, max=total_max)}</b></td><td></td>'
        "</tr></table>"
    )


def few_words(profile: Profile, assessment: Assessment, result: CheckResult, w: Wording) -> str:
    """A section's evidence in a few words: the photo as people describe it, what the user
    confirmed, else the first finding that does not repeat the headline."""
    if result.id == CheckId.PHOTO:
        described = photo_in_words(profile, w)
        if described:
            return described
    if result.confirmed_by_user and result.evidence:
        return in_few_words(result.evidence[-1:], "", w)
    return in_few_words(result.evidence, assessment.headline, w)


def details(profile: Profile, assessment: Assessment, w: Wording, *, full: bool = False) -> str:
    """Per section not passing (every section when ``full``): the profile's words, marked, what
    was found and what to change."""
    shown = [r for r in assessment.checks if full or r.status is not Status.PASS]
    if not shown:
        return f'<p class="note">{w.html("all_pass_note")}</p>'
    parts = [f"<h2>{w.html('details_full' if full else 'details')}</h2>"]
    for result in shown:
        title = result.title or w.section(result.id.value)
        points = w("points_of", points=result.points, max=result.max_points)
        parts.append(
            f'<h3>{esc(title)} <span class="h3-status">· {status_html(result, w)} · '
            f"{esc(points)}</span></h3>"
        )
        flags = _flags(result, profile, w)
        parts.append(profile_quote(CheckId(result.id), profile, w, flags, as_of=assessment.as_of))
        parts.append(f"<h4>{w.html('found')}</h4>")
        numbered = flagged_numbers(flags)
        findings = [
            (marker(n) + " " if n in numbered else "") + tidy(line, w)
            for n, line in enumerate(result.evidence, start=1)
        ]
        parts.append(_bullets(findings) or f'<p class="none">{w.html("no_findings")}</p>')
        parts.append(f"<h4>{w.html('suggestions')}</h4>")
        fixes = "".join(
            f"<h5>{w.html('fix_' + fix.field)}</h5>"
            + quote_box(f'<p class="quoted">{esc(fix.text)}</p>')
            for fix in result.fixes
        )
        advice = [tidy(line, w) for line in result.suggestions]
        if result.status is Status.UNKNOWN:
            advice.append(confirm_how(result, w))
        suggestions = _bullets(advice)
        parts.append(suggestions + fixes or f'<p class="none">{w.html("no_suggestions")}</p>')
    return "".join(parts)


def _flags(result: CheckResult, profile: Profile, w: Wording) -> list[Flag]:
    """The flagged phrases of the headline or About, the two texts a finding quotes words from."""
    if result.id == CheckId.HEADLINE:
        return flags_for(result, profile.headline, w.language)
    if result.id == CheckId.SUMMARY:
        return flags_for(result, profile.summary, w.language)
    return []


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
        f"<h2>{w.html('criteria')}</h2><p>{w.html('criteria_intro')}</p>"
        '<table class="grid criteria" width="100%" cellspacing="0" cellpadding="4">'
        f'<tr><th scope="col" width="18%">{w.html("col_section")}</th>'
        f'<th scope="col" width="50%">{w.html("col_criterion")}</th>'
        f'<th scope="col" width="32%">{w.html("criteria_source")}</th></tr>{rows}</table>'
    )


def _bullets(lines: list[str]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"
