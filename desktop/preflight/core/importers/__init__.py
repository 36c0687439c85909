"""Reads a profile from any supported source; picks the importer from the path and its content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from preflight.core.errors import InputError, input_error
from preflight.core.importers.reading import display_path, file_kind, read_capped
from preflight.core.models import Profile
from preflight.core.notices import notice

EXPORT_PROFILE_FILES = {"profile.csv", "positions.csv", "skills.csv"}
# Far above any real profile (LinkedIn lists at most 100 skills); past these a hostile file would
# make the analysis, which reads every current position, take minutes.
MAX_POSITIONS = 100
MAX_SCHOOLS = 50
MAX_SKILLS = 300
MAX_WARNINGS = 20
# An open pipe is read whole into memory before its format is known: the largest file any importer
# takes from one (a PDF or a JSON Resume is capped at 20 MiB; an export ZIP is rarely bigger).
MAX_PIPE_BYTES = 64_000_000
# LinkedIn allows 220 characters; spaCy's tokenizer slows quadratically on a long run of emoji.
MAX_HEADLINE_CHARS = 2_000


def load_profile(path: Path | str, *, as_of: dt.date | None = None) -> Profile:
    """Loads a profile from ``path`` ("-" reads pasted text from standard input)."""
    # Importers are imported on demand: opening a JSON file never loads the PDF engine.
    from preflight.core.analysis.language import detect_language
    from preflight.core.analysis.other_languages import other_language

    as_of = as_of or dt.date.today()
    if str(path) == "-":
        import sys

        from preflight.core.importers import pasted

        profile = pasted.read_pasted_text(pasted.read_stdin(sys.stdin), as_of=as_of)
    else:
        source = Path(path)
        kind = file_kind(source)  # a FIFO, socket or device is refused here, before any read
        if kind == "missing":
            raise input_error("input.no_such_path", path=str(source))
        if kind == "pipe":
            # An open pipe (``<(cat profile.txt)``) can be read only once: read it whole, then
            # sniff and import from those bytes.
            data = read_capped(source, MAX_PIPE_BYTES, lambda: _pipe_too_big(source))
            profile = _read(source, sniff_bytes(source, data), as_of, data)
        else:
            profile = _read(source, sniff(source), as_of)
    profile = within_limits(profile)
    # The member's own words decide the language; the importer's guess (the UI's) is the fallback.
    text = profile.text_for_language_detection()
    language = detect_language(text, default=profile.source.language)
    update: dict[str, object] = {"language": language, "other_language": other_language(text) or ""}
    if profile.source.path:
        # Shown in the report; a file name that is not UTF-8 could not be written there.
        update["path"] = display_path(Path(profile.source.path))
    info = profile.source.model_copy(update=update)
    return profile.model_copy(update={"source": info})


def read_ahead(path: Path | str) -> None:
    """Starts now the part of reading ``path`` that can run beside the caller's own work.

    For a PDF that is PDFium in its child process: a caller that calls this, then loads the
    analysis, then ``load_profile``, gets both done at once on two cores. Anything unusual (a
    pipe, a missing or unreadable file) starts nothing: ``load_profile`` reports it as ever.
    """
    if str(path) == "-":
        return
    source = Path(path)
    try:
        if file_kind(source) != "file" or sniff(source) != "pdf":
            return
        from preflight.core.importers import pdf

        pdf.read_ahead(source)
    except (InputError, OSError):
        return


def within_limits(profile: Profile) -> Profile:
    """The profile with at most MAX_POSITIONS jobs (and so on), saying what was left out."""
    warnings = list(profile.warnings)
    update: dict[str, object] = {}
    if len(profile.headline) > MAX_HEADLINE_CHARS:
        update["headline"] = profile.headline[:MAX_HEADLINE_CHARS]
        warnings.append(notice("limits.headline", count=MAX_HEADLINE_CHARS))
    for field, limit, key in (
        ("positions", MAX_POSITIONS, "limits.positions"),
        ("education", MAX_SCHOOLS, "limits.schools"),
        ("skills", MAX_SKILLS, "limits.skills"),
    ):
        items = getattr(profile, field)
        if len(items) > limit:
            update[field] = items[:limit]
            warnings.append(notice(key, count=limit))
    if len(warnings) > MAX_WARNINGS:
        more = len(warnings) - MAX_WARNINGS + 1
        warnings = [*warnings[: MAX_WARNINGS - 1], notice("limits.more", count=more)]
    if not update and warnings == profile.warnings:
        return profile
    return profile.model_copy(update={**update, "warnings": warnings})


def _read(source: Path, kind: str, as_of: dt.date, data: bytes | None = None) -> Profile:
    """The profile in ``source`` read by importer ``kind``; ``data``: its content, if read."""
    if kind == "export-file":
        kind, source = "export", source.parent
    if kind == "export":
        from preflight.core.importers import export

        return export.read_export(source, data=data)
    if kind == "pdf":
        from preflight.core.importers import pdf

        return pdf.read_pdf(source, data=data)
    if kind == "json":
        from preflight.core.importers import jsonresume

        return jsonresume.read_json_resume(source, data=data)
    from preflight.core.importers import pasted

    return pasted.read_pasted_file(source, as_of=as_of, data=data)


def _pipe_too_big(source: Path) -> InputError:
    return input_error("input.pipe_too_big", name=str(source), mb=MAX_PIPE_BYTES // 1_000_000)


def sniff(path: Path) -> str:
    """Which importer handles ``path``: 'export', 'pdf', 'json' or 'text'."""
    if file_kind(path) == "folder":
        return "export"
    if path.name.lower().replace(" ", "_") in EXPORT_PROFILE_FILES:
        # A user who unzipped the export and picked its Profile.csv means the whole export.
        return "export-file"
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise input_error("file.cannot_read", name=path.name, reason=exc.strerror) from exc
    return sniff_bytes(path, head)


def sniff_bytes(path: Path, head: bytes) -> str:
    """Which importer handles a file starting with ``head`` and named ``path``."""
    if not head:
        raise input_error("input.empty", name=path.name)
    if head.startswith(b"PK"):
        return "export"
    if head.startswith(b"%PDF"):
        return "pdf"
    suffix = path.suffix.lower()
    if suffix == ".json" or head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "json"
    if suffix in {".zip"}:
        return "export"
    if suffix in {".pdf"}:
        return "pdf"
    return "text"
