"""Photo: does the source show a profile photo (and, given the file, is it a good one)?"""

from __future__ import annotations

from pathlib import Path

from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.wording import quote
from preflight.core.importers.reading import display_name
from preflight.core.models import PhotoAnalysis, PhotoEvidence, Status


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
        return _judge_file(ctx, photo.analysis)
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


def _judge_file(ctx: CheckContext, analysis: PhotoAnalysis) -> Verdict:
    """The photo module's verdict on the analysed file (imported here: it loads OpenCV)."""
    from preflight.core.photo.verdict import photo_file_verdict

    return photo_file_verdict(analysis, ctx)
