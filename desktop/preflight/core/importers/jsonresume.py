"""Reads a JSON Resume file (jsonresume.org schema, including the pre-2017 field names)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, TypeAlias

from pydantic import ValidationError

from preflight.core.errors import InputError, input_error
from preflight.core.importers.reading import read_capped
from preflight.core.models import (
    Education,
    PartialDate,
    PhotoEvidence,
    Position,
    Profile,
    SourceFormat,
    SourceInfo,
)
from preflight.core.notices import Notice, notice

# A résumé is a few KB; this leaves room for an inline photo and refuses anything absurd.
MAX_RESUME_BYTES = 20 * 1024 * 1024
# The schema's iso8601: 2014-06-29, 2023-04 or 2023 (a time after the day is tolerated).
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ].*)?)?)?")
# A résumé has at least one of these, not empty.
_RESUME_KEYS = (("basics", dict), ("work", list), ("skills", list))
# The note for an unreadable date, and the names in it of the job or school the date belongs to.
Whose: TypeAlias = tuple[str, dict[str, str]]
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Entries read per list: the dispatcher keeps far fewer; this bounds the work before it does.
MAX_ENTRIES = 1_000


def read_json_resume(path: Path, *, data: bytes | None = None) -> Profile:
    """The profile in the JSON Resume file at ``path`` (or in ``data``, its content, if given)."""
    data = _load(path, data)
    if not isinstance(data, dict):
        raise input_error("resume.no_object", name=path.name)
    if _is_schema(data):
        raise input_error("resume.schema_itself", name=path.name)
    if not any(data.get(key) and isinstance(data[key], kind) for key, kind in _RESUME_KEYS):
        raise input_error("resume.no_resume_keys", name=path.name)
    warnings: list[Notice] = []
    basics = _table(data.get("basics"))
    # "picture" is what resumes written before the 1.0 schema call the photo.
    image = _text(basics.get("image")) or _text(basics.get("picture"))
    return Profile(
        name=_text(basics.get("name")),
        headline=_text(basics.get("label")),
        summary=_text(basics.get("summary")),
        location=_location(basics.get("location")),
        positions=[_position(job, warnings) for job in _tables(data.get("work"))],
        skills=_skills(data.get("skills")),
        education=[_education(school, warnings) for school in _tables(data.get("education"))],
        posts=None,
        photo=PhotoEvidence(kind="image-url", url=image) if image else None,
        source=SourceInfo(format=SourceFormat.JSON_RESUME, path=str(path)),
        warnings=warnings,
    )


def _load(path: Path, raw: bytes | None) -> Any:
    def too_big() -> InputError:
        return input_error("resume.too_big", name=path.name, mb=MAX_RESUME_BYTES // (1024 * 1024))

    if raw is None:
        raw = read_capped(path, MAX_RESUME_BYTES, too_big)
    elif len(raw) > MAX_RESUME_BYTES:
        raise too_big()
    if not raw.strip():
        raise input_error("resume.empty", name=path.name)
    try:
        # Bytes let json pick UTF-8, UTF-16 or UTF-32 itself; a UTF-8 BOM is accepted too.
        return json.loads(raw)
    except UnicodeDecodeError as exc:
        raise input_error("resume.not_unicode", name=path.name) from exc
    except json.JSONDecodeError as exc:
        raise input_error(
            "resume.invalid", name=path.name, detail=exc.msg, line=exc.lineno, column=exc.colno
        ) from exc
    except RecursionError as exc:
        raise input_error("resume.too_deep", name=path.name) from exc
    except ValueError as exc:
        raise input_error("resume.unreadable", name=path.name, detail=exc) from exc


def _is_schema(data: dict[str, Any]) -> bool:
    """True for a JSON Schema document (such as the JSON Resume schema.json)."""
    marker = data.get("$schema")
    return (
        isinstance(marker, str)
        and "json-schema.org" in marker
        and isinstance(data.get("properties"), dict)
    )


def _text(value: Any) -> str:
    # JSON may spell half a surrogate pair ("\\ud800"), which no output can encode: replaced.
    return _LONE_SURROGATE.sub("\ufffd", value.strip()) if isinstance(value, str) else ""


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _tables(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else []
    return [item for item in items if isinstance(item, dict)][:MAX_ENTRIES]


def _location(place: Any) -> str:
    """City, region and country code; a plain string is taken as written."""
    if isinstance(place, str):
        return place.strip()
    parts = (_text(_table(place).get(key)) for key in ("city", "region", "countryCode"))
    return ", ".join(part for part in parts if part)


def _date(value: Any, what: Whose, warnings: list[Notice]) -> PartialDate | None:
    """The date in ``value``; None, with a note naming ``what`` it belongs to, when unreadable."""
    text = _text(value)
    if not text:
        return None
    match = _ISO_DATE.fullmatch(text)
    if match is not None:
        year, month, day = match.groups()
        try:
            return PartialDate(
                year=int(year),
                month=int(month) if month else None,
                day=int(day) if day else None,
            )
        except ValidationError:
            pass
    key, names = what
    warnings.append(notice(key, date=text[:40], **names))
    return None


def _position(job: dict[str, Any], warnings: list[Notice]) -> Position:
    title = _text(job.get("position"))
    # "company" is the field's name before the 2016 schema renamed it "name".
    company = _text(job.get("name")) or _text(job.get("company"))
    what: Whose = (
        ("resume.bad_date.job_at", {"title": title, "company": company})
        if title and company
        else ("resume.bad_date.job", {"job": title or company})
        if title or company
        else ("resume.bad_date.job_unnamed", {})
    )
    about = _text(job.get("summary")) or _text(job.get("description"))
    highlights = [f"• {h}" for h in (_text(h) for h in _list(job.get("highlights"))) if h]
    return Position(
        title=title,
        company=company,
        description="\n".join(part for part in (about, *highlights) if part),
        location=_text(job.get("location")),
        start=_date(job.get("startDate"), what, warnings),
        end=_date(job.get("endDate"), what, warnings),
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _skills(value: Any) -> list[str]:
    """Skill names in order, each once; a skill's keywords are details, not skills."""
    names: list[str] = []
    seen: set[str] = set()
    for skill in _tables(value):
        name = _text(skill.get("name"))
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def _education(school: dict[str, Any], warnings: list[Notice]) -> Education:
    name = _text(school.get("institution"))
    what: Whose = (
        ("resume.bad_date.school", {"school": name})
        if name
        else ("resume.bad_date.school_unnamed", {})
    )
    return Education(
        school=name,
        degree=_text(school.get("studyType")),
        field=_text(school.get("area")),
        start=_date(school.get("startDate"), what, warnings),
        end=_date(school.get("endDate"), what, warnings),
    )
