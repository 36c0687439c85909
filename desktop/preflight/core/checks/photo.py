"""Photo: does the source show a profile photo, and, given the file, is it a good one?

Without a file, evidence of a photo (an export row, a résumé's image URL) passes and a source that
cannot show one is unknown. With a file, the photo module measures it (size, shape, face,
framing, light, focus) and this check turns those findings into the verdict: the worst finding
decides, so no finding that names a shortfall sits under a pass, and each problem gets one piece
of advice. Shares and scores are told in words ("about a third of the circle", "sharp").
"""

from __future__ import annotations

from pathlib import Path

from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.wording import quote
from preflight.core.importers.reading import display_name
from preflight.core.messages import Messages
from preflight.core.models import PhotoAnalysis, PhotoEvidence, PhotoFinding, Status

# A finding that could not be measured outranks a warning: the gate must not open on a guess.
_SEVERITY = {Status.PASS: 0, Status.WARN: 1, Status.UNKNOWN: 2, Status.FAIL: 3}
# Problems whose advice another finding's advice already covers: cropping around the face fixes
# the shape and a face cut by the centred square, and reframing crops to a square anyway.
_ADVICE_COVERED_BY = {
    "shape_wide": {"face_cut", "face_small", "face_close"},
    "shape_tall": {"face_cut", "face_small", "face_close"},
    "face_cut": {"face_small", "face_close"},
}
# Shares of the circle a person can picture, for "your face fills about a third of it".
_SHARES = (
    (0.1, "tenth"),
    (0.25, "quarter"),
    (1 / 3, "third"),
    (0.5, "half"),
    (2 / 3, "two_thirds"),
    (0.75, "three_quarters"),
    (0.9, "nearly_all"),
    (1.0, "all"),
)
_FRAMING = frozenset({"face_small", "face_close", "framing_ok"})


def check(ctx: CheckContext) -> Verdict:
    """Pass on evidence of a photo, unknown when the source cannot show one; judge a given file."""
    msg, photo = ctx.msg, ctx.profile.photo
    if photo is None:
        source = msg(f"checks.source.{ctx.profile.source.format.value}")
        return Verdict(
            Status.UNKNOWN,
            [msg("checks.photo.not_shown", source=source)],
            [msg("checks.photo.suggest_unknown")],
        )
    if photo.analysis is not None:
        return photo_file_verdict(photo.analysis, ctx)
    return Verdict(Status.PASS, [_seen(ctx, photo)])


def _seen(ctx: CheckContext, photo: PhotoEvidence) -> str:
    """Where the photo was seen, in words."""
    msg = ctx.msg
    if photo.kind == "export-row":
        if photo.date is not None:
            return msg("checks.photo.export_row_dated", date=str(photo.date))
        return msg("checks.photo.export_row")
    if photo.kind == "image-url":
        return msg("checks.photo.image_url", url=quote(msg, photo.url, 80))
    name = display_name(Path(photo.path))  # escaped when the name is not UTF-8
    return msg("checks.photo.file", name=quote(msg, name, 80))


def photo_file_verdict(analysis: PhotoAnalysis, ctx: CheckContext) -> Verdict:
    """Status of the worst finding; evidence worst first; one suggestion per problem."""
    # Judged again with today's settings; an analysis without measures keeps its own findings.
    from preflight.core.checks.photo_findings import photo_findings  # loads the photo package

    judged = analysis.findings
    if analysis.measures is not None:
        judged = photo_findings(analysis, analysis.measures, ctx.settings.photo)
    findings = sorted(judged, key=lambda f: -_SEVERITY[f.status])
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
    if finding.code in _FRAMING:
        out["face_share"] = share_in_words(ctx.msg, int(finding.values["face_pct"]) / 100)
        out["target_share"] = share_in_words(ctx.msg, int(finding.values["target_pct"]) / 100)
    return out


def share_in_words(msg: Messages, share: float) -> str:
    """The nearest share a person can picture: "a third", "two thirds", "nearly all"."""
    nearest = min(_SHARES, key=lambda item: abs(item[0] - share))[1]
    return msg(f"photo.share.{nearest}")
