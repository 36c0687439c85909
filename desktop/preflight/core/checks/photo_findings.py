"""The photo check's judgement of a measured photo file: each finding, its status, its numbers.

Every threshold the photo check applies lives here: size, file size, shape, faces, framing, light
and focus. The photo module only measures (``core/photo``); it calls this module to record what
the file showed when it was attached, and the check calls it again with the current settings.
"""

from __future__ import annotations

from preflight.core.models import PhotoAnalysis, PhotoFinding, PhotoMeasures, Status
from preflight.core.photo import framing
from preflight.core.settings import PhotoSettings

MEGABYTE = 1024 * 1024
# Luminance is the 0-255 grey value. Thresholds come from the astronaut portrait: its face
# averages 158; darkened to 30% it averages 47 and looks underexposed; brightened by +100, 56% of
# the face is pure white. The dark limit is kept low so a well-lit darker skin tone is not
# mistaken for a dark photo.
DARK_MEAN = 55
BRIGHT_MEAN = 215
CLIPPED_SHARE = 0.20
# The sharp astronaut face scores about 30; blurred with a 1 px Gaussian 9, with 2 px 2.5.
MIN_SHARPNESS = 5.0

Values = dict[str, float | int | str]


def photo_findings(
    analysis: PhotoAnalysis, measures: PhotoMeasures, settings: PhotoSettings
) -> list[PhotoFinding]:
    """Every finding for the measured file, in the order the checks run."""
    findings = [_size(analysis, settings)]
    if analysis.file_bytes > settings.max_file_bytes:
        values: Values = {
            "size_mb": round(analysis.file_bytes / MEGABYTE, 1),
            "max_mb": round(settings.max_file_bytes / MEGABYTE, 1),
        }
        findings.append(_finding("file_too_big", Status.WARN, values))
    findings += _shape(analysis, settings)
    if not measures.face_detection:
        findings.append(_finding("face_unknown", Status.UNKNOWN, {}))
    else:
        findings += _face(analysis, settings)
    findings.append(_light(measures))
    if measures.sharpness is not None:
        findings.append(_focus(measures.sharpness))
    return findings


def _finding(code: str, status: Status, values: Values) -> PhotoFinding:
    return PhotoFinding(code=code, status=status, values=values)


def _size(analysis: PhotoAnalysis, settings: PhotoSettings) -> PhotoFinding:
    values: Values = {
        "width": analysis.width,
        "height": analysis.height,
        "min_px": settings.min_px,
        "recommended_px": settings.recommended_px,
    }
    shorter = min(analysis.width, analysis.height)
    if shorter < settings.min_px:
        return _finding("too_small", Status.FAIL, values)
    if shorter < settings.recommended_px:
        return _finding("small", Status.WARN, values)
    return _finding("size_ok", Status.PASS, values)


def _shape(analysis: PhotoAnalysis, settings: PhotoSettings) -> list[PhotoFinding]:
    width, height = analysis.width, analysis.height
    found: list[PhotoFinding] = []
    aspect = max(width, height) / min(width, height)
    if aspect > settings.max_aspect_ratio:
        longer, side = max(width, height), min(width, height)
        values: Values = {
            "aspect": round(aspect, 2),
            "max_aspect": settings.max_aspect_ratio,
            "shown_pct": round(100 * side / longer),
            "cut_px": (longer - side) // 2,
        }
        code = "shape_wide" if width > height else "shape_tall"
        found.append(_finding(code, Status.WARN, values))
    faces = analysis.faces
    if faces and not framing.contains(framing.shown_square(width, height), faces[0]):
        found.append(_finding("face_cut", Status.WARN, {}))
    return found


def _face(analysis: PhotoAnalysis, settings: PhotoSettings) -> list[PhotoFinding]:
    faces = analysis.faces
    if not faces:
        return [_finding("no_face", Status.FAIL, {})]
    found: list[PhotoFinding] = []
    if len(faces) > 1:
        found.append(_finding("several_faces", Status.WARN, {"count": len(faces)}))
    width, height = analysis.width, analysis.height
    ratio = framing.face_ratio(faces[0], width, height)
    values: Values = {
        "face_pct": round(100 * ratio),
        "min_pct": round(100 * settings.face_ratio_min),
        "target_pct": round(100 * settings.face_ratio_target),
        "max_pct": round(100 * settings.face_ratio_max),
    }
    if ratio < settings.face_ratio_min:
        crop = framing.framing_crop(faces[0], width, height, settings.face_ratio_target)
        values["crop_side"] = crop.width
        values["recommended_px"] = settings.recommended_px
        found.append(_finding("face_small", Status.WARN, values))
    elif ratio > settings.face_ratio_max:
        found.append(_finding("face_close", Status.WARN, values))
    else:
        found.append(_finding("framing_ok", Status.PASS, values))
    return found


def _light(measures: PhotoMeasures) -> PhotoFinding:
    values: Values = {
        "region": measures.light_region,
        "luminance": round(measures.luminance),
        "clipped_pct": round(100 * measures.clipped_share),
    }
    if measures.luminance < DARK_MEAN:
        return _finding("too_dark", Status.WARN, values)
    if measures.luminance > BRIGHT_MEAN or measures.clipped_share > CLIPPED_SHARE:
        return _finding("washed_out", Status.WARN, values)
    return _finding("light_ok", Status.PASS, values)


def _focus(sharpness: float) -> PhotoFinding:
    values: Values = {"sharpness": round(sharpness, 1), "min_sharpness": MIN_SHARPNESS}
    if sharpness < MIN_SHARPNESS:
        return _finding("blurry", Status.WARN, values)
    return _finding("sharp", Status.PASS, values)
