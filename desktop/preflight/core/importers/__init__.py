"""Reads a profile from any supported source; picks the importer from the path and its content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from preflight.core.errors import input_error
from preflight.core.models import Profile
from preflight.core.notices import notice

EXPORT_PROFILE_FILES = {"profile.csv", "positions.csv", "skills.csv"}
# Far above any real profile (LinkedIn lists at most 100 skills); past these a hostile file would
# make the analysis, which reads every current position, take minutes.
MAX_POSITIONS = 100
MAX_SCHOOLS = 50
MAX_SKILLS = 300
MAX_WARNINGS = 20
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
        if not source.exists():
            raise input_error("input.no_such_path", path=str(source))
        profile = _read(source, sniff(source), as_of)
    profile = within_limits(profile)
    # The member's own words decide the language; the importer's guess (the UI's) is the fallback.
    text = profile.text_for_language_detection()
    language = detect_language(text, default=profile.source.language)
    other = other_language(text) or ""
    info = profile.source.model_copy(update={"language": language, "other_language": other})
    return profile.model_copy(update={"source": info})


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


def _read(source: Path, kind: str, as_of: dt.date) -> Profile:
    if kind == "export-file":
        kind, source = "export", source.parent
    if kind == "export":
        from preflight.core.importers import export

        return export.read_export(source)
    if kind == "pdf":
        from preflight.core.importers import pdf

        return pdf.read_pdf(source)
    if kind == "json":
        from preflight.core.importers import jsonresume

        return jsonresume.read_json_resume(source)
    from preflight.core.importers import pasted

    return pasted.read_pasted_file(source, as_of=as_of)


def sniff(path: Path) -> str:
    """Which importer handles ``path``: 'export', 'pdf', 'json' or 'text'."""
    if path.is_dir():
        return "export"
    if path.name.lower().replace(" ", "_") in EXPORT_PROFILE_FILES:
        # A user who unzipped the export and picked its Profile.csv means the whole export.
        return "export-file"
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise input_error("file.cannot_read", name=path.name, reason=exc.strerror) from exc
    if not head:
        raise input_error("input.empty", name=path.name)
    if head.startswith(b"PK"):
        return "export"
    if head.startswith(b"%PDF"):
        return "pdf"
    suffix = path.suffix.lower()
    if suffix == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "json"
    if suffix in {".zip"}:
        return "export"
    if suffix in {".pdf"}:
        return "pdf"
    return "text"
