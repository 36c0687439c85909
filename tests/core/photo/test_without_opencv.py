"""The photo check runs without OpenCV itself (the desktop build ships only its cascade XML)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from preflight.core.models import Status
from preflight.core.photo import analyze_photo
from preflight.core.photo.haar_model import CascadeMissingError
from preflight.core.settings import PhotoSettings

Save = Callable[..., Path]

_ANALYSE_WITHOUT_CV2 = """
import builtins, json, sys
real_import = builtins.__import__
def no_opencv(name, *args, **kwargs):
    if name == "cv2" or name.startswith("cv2."):
        raise ImportError("OpenCV is not part of the desktop build")
    return real_import(name, *args, **kwargs)
builtins.__import__ = no_opencv  # finding the package's files still works; importing it fails
from pathlib import Path
from preflight.core.photo import analyze_photo
from preflight.core.settings import PhotoSettings
analysis = analyze_photo(Path(sys.argv[1]), PhotoSettings())
codes = [f.code for f in analysis.findings]
print(json.dumps({"faces": len(analysis.faces), "codes": codes, "cv2": "cv2" in sys.modules}))
"""


def test_a_portrait_is_analysed_with_cv2_unimportable(portrait: Image.Image, save: Save) -> None:
    path = save(portrait, "portrait.jpg", quality=92)
    result = subprocess.run(
        [sys.executable, "-c", _ANALYSE_WITHOUT_CV2, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(result.stdout)
    assert found["faces"] == 1
    assert "no_face" not in found["codes"]
    assert found["cv2"] is False


def test_a_missing_face_model_makes_the_face_unknown_not_a_crash(
    portrait: Image.Image, save: Save, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*args: object, **kwargs: object) -> list[object]:
        raise CascadeMissingError("haarcascade_frontalface_alt2.xml is not installed")

    monkeypatch.setattr("preflight.core.photo.faces.detect_faces", missing)
    analysis = analyze_photo(save(portrait, "portrait.png"), PhotoSettings())
    unknown = [f for f in analysis.findings if f.status is Status.UNKNOWN]
    assert [f.code for f in unknown] == ["face_unknown"]
    assert analysis.faces == []
