"""Reads the profile PDF LinkedIn makes with "Save to PDF", in its English or Spanish interface.

The steps: ``document`` opens the file within size and page limits, refuses any PDF LinkedIn did
not make, and reads text runs with positions (with PDFium, chosen by measurement, see there);
``layout`` splits the two columns by x-position and drops "Page N of M" footers; ``sections``
cuts each column at its headings; ``experience`` reads jobs and schools.
"""

from __future__ import annotations

from pathlib import Path

from preflight.core.errors import input_error
from preflight.core.importers.pdf import document
from preflight.core.importers.pdf.document import read_spans
from preflight.core.importers.pdf.experience import read_education, read_positions
from preflight.core.importers.pdf.layout import Span, join_wrapped, split_columns
from preflight.core.importers.pdf.lexicon import pdf_lexicon
from preflight.core.importers.pdf.sections import read_header, sidebar_items, split_sections
from preflight.core.models import Language, Profile, SourceFormat, SourceInfo
from preflight.core.notices import notice

__all__ = ["profile_from_spans", "read_ahead", "read_pdf"]

# LinkedIn's PDF lists at most three skills.
TOP_SKILLS = 3


def read_pdf(path: Path, *, data: bytes | None = None) -> Profile:
    """The profile in a LinkedIn "Save to PDF" file; InputError for any other or damaged PDF.

    ``data`` is the file's content when the caller has read it already (from a pipe).
    """
    path = Path(path)
    lexicon = pdf_lexicon()
    return profile_from_spans(read_spans(path, lexicon, data), path)


def read_ahead(path: Path) -> None:
    """Starts reading the PDF at ``path`` in its child process; ``read_pdf`` collects it."""
    document.read_ahead(Path(path), pdf_lexicon())


def profile_from_spans(spans: list[Span], path: Path) -> Profile:
    """The profile laid out by ``spans`` (the text runs of every page of a LinkedIn PDF)."""
    lexicon = pdf_lexicon()
    columns = split_columns(spans, lexicon)
    main = split_sections(columns.main, lexicon)
    sidebar = split_sections(columns.sidebar, lexicon)
    header = read_header(main.header)
    if not header.name:
        raise input_error("pdf.no_text", name=path.name)
    skills = sidebar_items(sidebar.by_kind.get("top_skills", []))[:TOP_SKILLS]
    languages = main.languages + sidebar.languages
    language: Language = languages[0] if languages else "en"
    return Profile(
        name=header.name,
        headline=header.headline,
        location=header.location,
        summary=join_wrapped(main.by_kind.get("summary", [])),
        positions=read_positions(main.by_kind.get("experience", []), lexicon),
        education=read_education(main.by_kind.get("education", [])),
        skills=skills,
        photo=None,
        posts=None,
        source=SourceInfo(format=SourceFormat.LINKEDIN_PDF, path=str(path), language=language),
        warnings=[notice("pdf.limits", count=TOP_SKILLS)],
    )
