"""Odd photos on the command line, in a subprocess under the 1 GiB cap: a verdict or a refusal
that names the photo, never "This is a bug" and never the profile blamed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.test_bad_input import NOT_A_REFUSAL, RESUME, assert_refused, preflight


def _photo_status(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode in (0, 1), done.stderr
    assert not [m for m in NOT_A_REFUSAL if m in done.stderr], done.stderr
    photo = json.loads(done.stdout)["checks"][0]
    assert photo["id"] == "photo"
    return str(photo["status"])


@pytest.mark.parametrize(("width", "height"), [(1, 5000), (20000, 2)])
def test_a_photo_one_pixel_thin_gets_a_verdict(tmp_path: Path, width: int, height: int) -> None:
    path = tmp_path / "thin.png"
    Image.new("RGB", (width, height), (120, 90, 70)).save(path)
    done = preflight("check", RESUME, "--photo", path, "--json")
    assert _photo_status(done) == "fail"


def test_a_photo_with_a_huge_colour_profile_gets_a_verdict(tmp_path: Path) -> None:
    path = tmp_path / "with-icc.png"
    Image.new("RGB", (400, 400), (120, 90, 70)).save(path, icc_profile=bytes(2 * 1024 * 1024))
    done = preflight("check", RESUME, "--photo", path, "--json")
    assert _photo_status(done) != "unknown"


def test_a_damaged_photo_is_blamed_not_the_profile(tmp_path: Path) -> None:
    path = tmp_path / "me.png"
    Image.new("RGB", (400, 400), (120, 90, 70)).save(path, icc_profile=bytes(2 * 1024 * 1024))
    data = path.read_bytes()
    path.write_bytes(data[:-200])  # the pixel data cut short
    done = preflight("check", RESUME, "--photo", path)
    assert_refused(done)
    assert "me.png" in done.stderr
    assert RESUME.name not in done.stderr


@pytest.fixture(scope="session")
def largest_webp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A WebP just under the 40-megapixel ceiling for WebP (the largest one accepted)."""
    path = tmp_path_factory.mktemp("webp") / "large.webp"
    Image.new("RGB", (6_320, 6_320), (180, 140, 120)).save(path, quality=50, method=0)
    return path


@pytest.mark.slow
def test_the_largest_accepted_webp_is_judged_within_the_memory_cap(largest_webp: Path) -> None:
    # A 98-megapixel WebP used 1.6 GB; WebP cannot be decoded at a reduced size.
    done = preflight("check", RESUME, "--photo", largest_webp, "--json")
    assert _photo_status(done) != "unknown"


@pytest.mark.slow
def test_a_report_with_the_largest_accepted_webp_fits_the_memory_cap(
    tmp_path: Path, largest_webp: Path
) -> None:
    out = tmp_path / "report.html"
    done = preflight("report", RESUME, "--photo", largest_webp, "-o", out, "--html")
    assert done.returncode in (0, 1), done.stderr
    assert "data:image/png;base64," in out.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def largest_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A progressive JPEG just under the 100-megapixel ceiling."""
    path = tmp_path_factory.mktemp("jpeg") / "large.jpg"
    Image.new("RGB", (9_999, 9_999), (180, 140, 120)).save(path, quality=80, progressive=True)
    return path


@pytest.mark.slow
def test_the_largest_accepted_jpeg_is_judged_within_the_memory_cap(largest_jpeg: Path) -> None:
    # JPEG decodes straight to an eighth of its size (draft mode), so 100 megapixels fit.
    done = preflight("check", RESUME, "--photo", largest_jpeg, "--json")
    assert _photo_status(done) != "unknown"
