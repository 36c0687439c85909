"""The photo check's verdict from a photo file's analysis: worst finding, numbers, what to do."""

from __future__ import annotations

from pathlib import Path

from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.importers.reading import display_name
from preflight.core.models import PhotoAnalysis, PhotoFinding, Status

# A finding that could not be measured outranks a warning: the gate must not open on a guess.
_SEVERITY = {Status.PASS: 0, Status.WARN: 1, Status.UNKNOWN: 2, Status.FAIL: 3}
# Problems whose advice another finding's advice already covers: cropping around the face fixes
# the shape and a face cut by the centred square, and reframing crops to a square anyway.
_ADVICE_COVERED_BY = {
    "shape_wide": {"face_cut", "face_small"},
    "shape_tall": {"face_cut", "face_small"},
    "face_cut": {"face_small"},
}


def photo_file_verdict(analysis: PhotoAnalysis, ctx: CheckContext) -> Verdict:
    """Status of the worst finding; evidence worst first; one suggestion per problem."""
    findings = sorted(analysis.findings, key=lambda f: -_SEVERITY[f.status])
    status = findings[0].status if findings else Status.PASS
    evidence = [_file_line(analysis, ctx)]
    evidence += [ctx.msg(f"photo.{f.code}.evidence", **_values(f, ctx)) for f in findings]
    codes = {f.code for f in findings}
    suggestions: list[str] = []
    for finding in findings:
        if finding.status is Status.PASS or _ADVICE_COVERED_BY.get(finding.code, set()) & codes:
            continue
        text = ctx.msg(_suggestion_key(finding), **_values(finding, ctx))
        if text not in suggestions:
            suggestions.append(text)
    return Verdict(status, evidence, suggestions)


def _file_line(analysis: PhotoAnalysis, ctx: CheckContext) -> str:
    photo = ctx.profile.photo
    name = display_name(Path(photo.path)) if photo is not None and photo.path else ""
    key = "photo.file.named" if name else "photo.file.unnamed"
    return ctx.msg(key, name=name, format=analysis.image_format)


def _suggestion_key(finding: PhotoFinding) -> str:
    """The suggestion for a finding; a face too small for a usable crop asks for a new photo."""
    values = finding.values
    if finding.code == "face_small" and int(values["crop_side"]) < int(values["recommended_px"]):
        return "photo.face_small.suggestion_retake"
    return f"photo.{finding.code}.suggestion"


def _values(finding: PhotoFinding, ctx: CheckContext) -> dict[str, str | int]:
    """The finding's numbers written the reader's way (decimal comma in Spanish), region named."""
    out: dict[str, str | int] = {}
    for key, value in finding.values.items():
        if key == "region":
            out[key] = ctx.msg(f"photo.region.{value}")
        elif isinstance(value, float):
            text = f"{value:g}"
            out[key] = text.replace(".", ",") if ctx.msg.language == "es" else text
        else:
            out[key] = value
    return out
