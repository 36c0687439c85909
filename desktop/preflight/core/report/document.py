"""The readiness report as one HTML document, and the standalone HTML file made from it."""

from __future__ import annotations

import datetime as dt
import html as html_module
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from preflight import __version__
from preflight.core.assessment import Assessment
from preflight.core.draft.model import Draft, DraftAssessment
from preflight.core.models import Language, Profile
from preflight.core.output_guard import user_output
from preflight.core.plan import build_plan
from preflight.core.report import plan_section, sections
from preflight.core.report.criteria import load_criteria
from preflight.core.report.draft_section import draft_section
from preflight.core.report.gauge import GAUGE_URL, gauge_svg
from preflight.core.report.glyphs import PLACEHOLDER, replace_missing_glyphs
from preflight.core.report.history import TREND_URL, ScorePoint, change_line, trend, trend_svg
from preflight.core.report.wording import Wording, esc
from preflight.core.resources import resource
from preflight.core.settings import Settings

_GLYPH_NOTE_MARK = "<!--glyph-note-->"
_SCREEN_STYLE_MARK = "<!--screen-style-->"
# The version closes the HTML file; on paper it would be a page of its own, and the PDF's
# Creator field carries it.
_VERSION_MARK = "<!--version-->"
# Landmarks for the HTML file only: Qt's rich text would treat these elements as unknown tags.
_LANDMARKS = {
    "<!--header-->": "<header>",
    "<!--/header-->": "</header>",
    "<!--main-->": "<main>",
    "<!--/main-->": "</main>",
    _VERSION_MARK: f'<footer><p class="note">Preflight {esc(__version__)}</p></footer>',
}
# The HTML file loads nothing: styles and images are inline, scripts and connections refused.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True)
class Report:
    """The report's HTML and the words a renderer needs around it (footer, page label)."""

    html: str
    title: str
    language: Language
    footer: str
    page_label: str
    glyph_note: str
    verdict: str
    file_stem: str
    score: int = 0
    ready: bool = False
    author: str = ""
    subject: str = ""
    trend: tuple[int, ...] = ()

    def page_text(self, page: int, pages: int) -> str:
        """The footer's page label, e.g. "Page 2 of 5"."""
        return self.page_label.format(page=page, pages=pages)

    def for_font(self, supports: Callable[[str], bool]) -> Report:
        """The report with characters the font lacks replaced, and a note saying so if any were."""
        html = replace_missing_glyphs(self.html, supports)
        if html != self.html:
            note = f'<p class="note">{esc(self.glyph_note)}</p>'
            html = html.replace(_GLYPH_NOTE_MARK, note)
        return replace(
            self,
            html=html,
            title=replace_missing_glyphs(self.title, supports),
            footer=replace_missing_glyphs(self.footer, supports),
        )

    def standalone_html(self) -> str:
        """The document with a little extra style for web browsers."""
        screen = resource("report", "screen.css").read_text(encoding="utf-8")
        page_label = self.page_label.replace('"', "").replace("{page}", '" counter(page) "')
        page_label = page_label.replace("{pages}", '" counter(pages) "')
        screen = screen.replace("/*page-label*/", f'"{page_label}"')
        html = self.html.replace(_SCREEN_STYLE_MARK, f"<style>\n{screen}</style>")
        alt = re.search(r'<img src="' + GAUGE_URL + r'"[^>]*alt="([^"]*)"[^>]*>', html)
        if alt:
            html = html.replace(alt[0], gauge_svg(self.score, alt[1], self.ready))
        line = re.search(
            r'<img src="' + TREND_URL + r'"[^>]*alt="([^"]*)" data-scores="([\d,]+)">', html
        )
        if line:
            scores = [int(score) for score in line[2].split(",")]
            html = html.replace(line[0], trend_svg(scores, html_module.unescape(line[1])))
        for mark, tag in _LANDMARKS.items():
            html = html.replace(mark, tag)
        return html

    def write_html(self, path: Path) -> None:
        """Writes the standalone HTML file (UTF-8) all or nothing; a failed write is an InputError.

        On any failure (full disk, read-only folder) a file already at ``path`` stays as it was.
        """
        payload = self.standalone_html().encode("utf-8")
        with user_output("report", path) as temporary, temporary.open("wb") as stream:
            stream.write(payload)
            stream.flush()


def build_report(
    profile: Profile,
    assessment: Assessment,
    generated: dt.datetime,
    language: Language,
    *,
    settings: Settings | None = None,
    full: bool = False,
    history: Sequence[ScorePoint] = (),
    draft: tuple[Draft, DraftAssessment] | None = None,
) -> Report:
    """The whole report for one assessment, in ``language``; every piece of profile text escaped.

    Page 1 is the plan (verdict, gauge, ranked gains, projection); passing sections fold to one
    line of the checklist unless ``full`` asks for every section's details. ``history`` holds
    earlier scores of the same profile, shown as the change since the last one and a trend line.
    ``draft`` adds the InMail draft and its checks as the last section.
    """
    w = Wording(language)
    name = assessment.name or profile.name
    title = w("document_title", name=name) if name else w("title")
    criteria = load_criteria(language, settings or Settings(), w.number)
    css = resource("report", "report.css").read_text(encoding="utf-8")
    plan = build_plan(assessment)
    verdict = plan_section.verdict_text(assessment, plan, w)
    points = trend(history, ScorePoint(assessment.as_of, assessment.score))
    body = "".join(
        (
            "<!--header-->",
            sections.header(profile, assessment, generated, w, _photo_uri(profile)),
            "<!--/header--><!--main-->",
            plan_section.verdict(assessment, plan, w),
            change_line(points, w),
            plan_section.plan_section(assessment, plan, w),
            sections.checklist(profile, assessment, w),
            sections.details(profile, assessment, w, full=full),
            draft_section(*draft, w) if draft else "",
            _GLYPH_NOTE_MARK,
            sections.criteria(criteria, w),
            "<!--/main-->",
            _VERSION_MARK,
        )
    )
    checked = w.date(assessment.as_of)
    html = (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="Preflight {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>\n{css}</style>{_SCREEN_STYLE_MARK}</head>"
        f"<body>{body}</body></html>\n"
    )
    return Report(
        html=html,
        title=title,
        language=language,
        footer=w("footer", name=name, date=checked) if name else w("footer_unnamed", date=checked),
        page_label=w("page"),
        glyph_note=w("glyph_note"),
        verdict=verdict,
        file_stem=_file_stem(w("file_name", name=name) if name else w("title")),
        score=assessment.score,
        ready=assessment.ready,
        author=name,
        subject=w("subject", verdict=verdict, score=assessment.score),
        trend=tuple(p.score for p in points) if len(points) > 1 else (),
    )


def _file_stem(text: str) -> str:
    """``text`` without characters file systems refuse, for a suggested file name."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(cleaned.split())[:120] or "report"


__all__ = ["PLACEHOLDER", "Report", "build_report"]


def _photo_uri(profile: Profile) -> str:
    """The round photo thumbnail; Pillow is imported only when a report is built."""
    from preflight.core.report.thumbnail import photo_data_uri

    return photo_data_uri(profile.photo)
