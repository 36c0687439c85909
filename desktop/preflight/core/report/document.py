"""The readiness report as one HTML document, and the standalone HTML file made from it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from preflight import __version__
from preflight.core.assessment import Assessment
from preflight.core.models import Language, Profile
from preflight.core.output_guard import user_output
from preflight.core.report import sections
from preflight.core.report.criteria import load_criteria
from preflight.core.report.glyphs import PLACEHOLDER, replace_missing_glyphs
from preflight.core.report.wording import Wording, esc
from preflight.core.resources import resource
from preflight.core.settings import Settings

_GLYPH_NOTE_MARK = "<!--glyph-note-->"
_SCREEN_STYLE_MARK = "<!--screen-style-->"


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
        return self.html.replace(_SCREEN_STYLE_MARK, f"<style>\n{screen}</style>")

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
) -> Report:
    """The whole report for one assessment, in ``language``; every piece of profile text escaped."""
    w = Wording(language)
    name = assessment.name or profile.name
    title = w("document_title", name=name) if name else w("title")
    criteria = load_criteria(language, settings or Settings(), w.number)
    css = resource("report", "report.css").read_text(encoding="utf-8")
    body = "".join(
        (
            sections.header(profile, assessment, generated, w, _photo_uri(profile)),
            sections.verdict(assessment, w),
            sections.checklist(assessment, w),
            sections.fix_first(assessment, w),
            sections.details(profile, assessment, w),
            _GLYPH_NOTE_MARK,
            sections.criteria(criteria, w),
            f'<p class="note">Preflight {esc(__version__)}</p>',
        )
    )
    html = (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f'<meta name="generator" content="Preflight {esc(__version__)}">'
        f"<title>{esc(title)}</title><style>\n{css}</style>{_SCREEN_STYLE_MARK}</head>"
        f"<body>{body}</body></html>\n"
    )
    return Report(
        html=html,
        title=title,
        language=language,
        footer=w("footer", name=name) if name else "Preflight",
        page_label=w("page"),
        glyph_note=w("glyph_note"),
        verdict=sections.verdict_text(assessment, w),
        file_stem=_file_stem(w("file_name", name=name) if name else w("title")),
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
