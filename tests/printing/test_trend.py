"""The trend line on paper: drawn by Qt as an image beside the change since the last score."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from preflight.core.report import build_report
from preflight.core.report.history import ScorePoint
from preflight.printing.render import write_pdf
from preflight.printing.trend import trend_image
from tests.core.report.builders import GENERATED, make_assessment, make_profile


def _images(path: Path) -> int:
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    return sum(1 for line in out.stdout.splitlines()[2:] if line.split()[2] == "image")


def test_pdf_shows_the_change_and_one_more_image(qapp: object, tmp_path: Path) -> None:
    profile = make_profile()
    assessment = make_assessment(profile)
    plain = build_report(profile, assessment, GENERATED, "en")
    history = [ScorePoint(dt.date(2026, 11, 20), 28)]
    with_history = build_report(profile, assessment, GENERATED, "en", history=history)
    write_pdf(plain, tmp_path / "plain.pdf", "A4")
    write_pdf(with_history, tmp_path / "history.pdf", "A4")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "history.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "+23 points since 20 November 2026" in text
    assert _images(tmp_path / "history.pdf") == _images(tmp_path / "plain.pdf") + 1


def test_the_line_rises_with_the_scores(qapp: object) -> None:
    image = trend_image([10, 90], scale=1)
    dark = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    ]
    left = [y for x, y in dark if x < 10]
    right = [y for x, y in dark if x > image.width() - 10]
    assert left and right and min(right) < min(left)  # higher score, higher on the image
