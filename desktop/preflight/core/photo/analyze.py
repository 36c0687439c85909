"""Judging a photo file as LinkedIn's guidance does: size, shape, face, framing, light, focus."""

from __future__ import annotations

from pathlib import Path

from preflight.core.models import Box, PhotoAnalysis, PhotoFinding, Status
from preflight.core.photo import framing
from preflight.core.photo.decode import DecodedPhoto, decode_for_analysis
from preflight.core.photo.faces import find_faces
from preflight.core.photo.haar_model import CascadeMissingError
from preflight.core.photo.measures import MIN_SHARPNESS, measure_light, measure_sharpness, region
from preflight.core.settings import PhotoSettings

MEGABYTE = 1024 * 1024


def analyze_photo(path: Path, settings: PhotoSettings) -> PhotoAnalysis:
    """Measures the photo file; each finding carries its numbers. Bad files raise InputError."""
    photo = decode_for_analysis(path)
    try:
        faces: list[Box] | None = find_faces(photo.grey, photo.scale)
    except CascadeMissingError:
        faces = None  # a broken install: say the face cannot be checked rather than crash
    findings = [_size(photo, settings)]
    if photo.file_bytes > settings.max_file_bytes:
        findings.append(_finding("file_too_big", Status.WARN, _file_values(photo, settings)))
    findings += _shape(photo, faces or [], settings)
    if faces is None:
        findings.append(_finding("face_unknown", Status.UNKNOWN, {}))
    else:
        findings += _face(photo, faces, settings)
    main_face = faces[0] if faces else None
    findings.append(_light(photo, main_face))
    if main_face is not None:
        findings.append(_focus(photo, main_face))
    return PhotoAnalysis(
        width=photo.width,
        height=photo.height,
        file_bytes=photo.file_bytes,
        image_format=photo.image_format,
        faces=faces or [],
        suggested_crop=_suggested_crop(photo, main_face, findings, settings),
        findings=findings,
    )


def _finding(code: str, status: Status, values: dict[str, float | int | str]) -> PhotoFinding:
    return PhotoFinding(code=code, status=status, values=values)


def _size(photo: DecodedPhoto, settings: PhotoSettings) -> PhotoFinding:
    values: dict[str, float | int | str] = {
        "width": photo.width,
        "height": photo.height,
        "min_px": settings.min_px,
        "recommended_px": settings.recommended_px,
    }
    shorter = min(photo.width, photo.height)
    if shorter < settings.min_px:
        return _finding("too_small", Status.FAIL, values)
    if shorter < settings.recommended_px:
        return _finding("small", Status.WARN, values)
    return _finding("size_ok", Status.PASS, values)


def _file_values(photo: DecodedPhoto, settings: PhotoSettings) -> dict[str, float | int | str]:
    return {
        "size_mb": round(photo.file_bytes / MEGABYTE, 1),
        "max_mb": round(settings.max_file_bytes / MEGABYTE, 1),
    }


def _shape(photo: DecodedPhoto, faces: list[Box], settings: PhotoSettings) -> list[PhotoFinding]:
    width, height = photo.width, photo.height
    found: list[PhotoFinding] = []
    aspect = max(width, height) / min(width, height)
    if aspect > settings.max_aspect_ratio:
        longer = max(width, height)
        side = min(width, height)
        values: dict[str, float | int | str] = {
            "aspect": round(aspect, 2),
            "max_aspect": settings.max_aspect_ratio,
            "shown_pct": round(100 * side / longer),
            "cut_px": (longer - side) // 2,
        }
        code = "shape_wide" if width > height else "shape_tall"
        found.append(_finding(code, Status.WARN, values))
    if faces and not framing.contains(framing.shown_square(width, height), faces[0]):
        found.append(_finding("face_cut", Status.WARN, {}))
    return found


def _face(photo: DecodedPhoto, faces: list[Box], settings: PhotoSettings) -> list[PhotoFinding]:
    if not faces:
        return [_finding("no_face", Status.FAIL, {})]
    found: list[PhotoFinding] = []
    if len(faces) > 1:
        found.append(_finding("several_faces", Status.WARN, {"count": len(faces)}))
    ratio = framing.face_ratio(faces[0], photo.width, photo.height)
    values: dict[str, float | int | str] = {
        "face_pct": round(100 * ratio),
        "min_pct": round(100 * settings.face_ratio_min),
        "target_pct": round(100 * settings.face_ratio_target),
    }
    values["max_pct"] = round(100 * settings.face_ratio_max)
    if ratio < settings.face_ratio_min:
        crop = framing.framing_crop(faces[0], photo.width, photo.height, settings.face_ratio_target)
        values["crop_side"] = crop.width
        values["recommended_px"] = settings.recommended_px
        found.append(_finding("face_small", Status.WARN, values))
    elif ratio > settings.face_ratio_max:
        found.append(_finding("face_close", Status.WARN, values))
    else:
        found.append(_finding("framing_ok", Status.PASS, values))
    return found


def _light(photo: DecodedPhoto, face: Box | None) -> PhotoFinding:
    light = measure_light(region(photo.grey, face, photo.scale))
    values: dict[str, float | int | str] = {
        "region": "face" if face is not None else "photo",
        "luminance": round(light.mean),
        "clipped_pct": round(100 * light.clipped_share),
    }
    if light.too_dark:
        return _finding("too_dark", Status.WARN, values)
    if light.washed_out:
        return _finding("washed_out", Status.WARN, values)
    return _finding("light_ok", Status.PASS, values)


def _focus(photo: DecodedPhoto, face: Box) -> PhotoFinding:
    sharpness = measure_sharpness(region(photo.grey, face, photo.scale))
    values: dict[str, float | int | str] = {
        "sharpness": round(sharpness, 1),
        "min_sharpness": MIN_SHARPNESS,
    }
    if sharpness < MIN_SHARPNESS:
        return _finding("blurry", Status.WARN, values)
    return _finding("sharp", Status.PASS, values)


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
