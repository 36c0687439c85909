"""Measuring a photo file: size, faces, light and focus, and the crop that frames the face."""

from __future__ import annotations

from pathlib import Path

from preflight.core.models import Box, PhotoAnalysis, PhotoFinding, PhotoMeasures
from preflight.core.photo import framing
from preflight.core.photo.decode import DecodedPhoto, decode_for_analysis
from preflight.core.photo.faces import find_faces
from preflight.core.photo.haar_model import CascadeMissingError
from preflight.core.photo.measures import measure_light, measure_sharpness, region
from preflight.core.settings import PhotoSettings


def analyze_photo(path: Path, settings: PhotoSettings) -> PhotoAnalysis:
    """Measures the photo file; the photo check judges it. Bad files raise InputError.

    The findings judged with ``settings`` are recorded with the measures, so a caller that shows
    the analysis (the suggested crop) needs no check run.
    """
    # Imported here: the check module imports this package for its framing geometry.
    from preflight.core.checks.photo_findings import photo_findings

    photo = decode_for_analysis(path)
    try:
        faces: list[Box] | None = find_faces(photo.grey, photo.scale)
    except CascadeMissingError:
        faces = None  # a broken install: say the face cannot be checked rather than crash
    main_face = faces[0] if faces else None
    light = measure_light(region(photo.grey, main_face, photo.scale))
    measures = PhotoMeasures(
        face_detection=faces is not None,
        light_region="face" if main_face is not None else "photo",
        luminance=light.mean,
        clipped_share=light.clipped_share,
        sharpness=(
            measure_sharpness(region(photo.grey, main_face, photo.scale))
            if main_face is not None
            else None
        ),
    )
    analysis = PhotoAnalysis(
        width=photo.width,
        height=photo.height,
        file_bytes=photo.file_bytes,
        image_format=photo.image_format,
        faces=faces or [],
        measures=measures,
    )
    findings = photo_findings(analysis, measures, settings)
    crop = _suggested_crop(photo, main_face, findings, settings)
    return analysis.model_copy(update={"findings": findings, "suggested_crop": crop})


def _suggested_crop(
    photo: DecodedPhoto, face: Box | None, findings: list[PhotoFinding], settings: PhotoSettings
) -> Box | None:
    """A square that fixes the framing, else one that keeps the face when cropping to square."""
    if face is None:
        return None
    codes = {f.code for f in findings}
    if "face_small" in codes:
        return framing.framing_crop(face, photo.width, photo.height, settings.face_ratio_target)
    if codes & {"shape_wide", "shape_tall", "face_cut"}:
        side = min(photo.width, photo.height)
        return framing.square_around_face(face, photo.width, photo.height, side)
    return None
