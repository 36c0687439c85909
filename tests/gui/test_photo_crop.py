"""Save cropped copy: the suggested square crop goes to a new file; the original stays as it was."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from preflight.core.assessment import CheckId

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gui"


@pytest.fixture
def full_length_photo(tmp_path: Path) -> Path:
    """The public-domain astronaut portrait small in a tall frame: a face far under 60%."""
    spec = importlib.util.find_spec("skimage")
    assert spec is not None and spec.origin is not None, "scikit-image (dev) ships the portrait"
    with Image.open(Path(spec.origin).parent / "data" / "astronaut.png") as portrait:
        frame = Image.new("RGB", (1200, 1600), (200, 200, 190))
        frame.paste(portrait.convert("RGB").resize((600, 600)), (300, 80))
    path = tmp_path / "me.jpg"
    frame.save(path, quality=90)
    return path


def test_save_cropped_copy_writes_a_new_square_file(
    window: Any, dialogs: Any, tmp_path: Path, full_length_photo: Path
) -> None:
    window.open_path(FIXTURES / "pasted-profile.txt")
    original = full_length_photo.read_bytes()
    dialogs.photo_path = full_length_photo
    window.page.select(CheckId.PHOTO)
    window.page.details.attach_button.click()
    assert window.page.details.crop_button.isVisibleTo(window.page.details)
    analysis = window.session.with_photo.photo.analysis
    assert analysis.suggested_crop is not None

    dialogs.save_path = tmp_path / "me-cropped.jpg"
    window.page.details.crop_button.click()
    with Image.open(dialogs.save_path) as cropped:
        assert cropped.width == cropped.height == analysis.suggested_crop.width
    assert full_length_photo.read_bytes() == original


def test_save_cropped_copy_refuses_to_overwrite_the_original(
    window: Any, dialogs: Any, full_length_photo: Path
) -> None:
    window.open_path(FIXTURES / "pasted-profile.txt")
    original = full_length_photo.read_bytes()
    dialogs.photo_path = full_length_photo
    window.page.select(CheckId.PHOTO)
    window.page.details.attach_button.click()
    dialogs.save_path = full_length_photo
    window.page.details.crop_button.click()
    assert dialogs.errors, "overwriting the original must be refused with a message"
    assert full_length_photo.read_bytes() == original


def _attach(window: Any, dialogs: Any, photo: Path, profile: Path) -> None:
    window.open_path(profile)
    dialogs.photo_path = photo
    window.page.select(CheckId.PHOTO)
    window.page.details.attach_button.click()
    assert window.session.with_photo is not None


def test_save_cropped_copy_refuses_a_link_to_the_original(
    window: Any, dialogs: Any, tmp_path: Path, full_length_photo: Path
) -> None:
    _attach(window, dialogs, full_length_photo, FIXTURES / "pasted-profile.txt")
    original = full_length_photo.read_bytes()
    symlink, hard_link = tmp_path / "alias.jpg", tmp_path / "twin.jpg"
    symlink.symlink_to(full_length_photo)
    os.link(full_length_photo, hard_link)
    for target in (symlink, hard_link):
        dialogs.save_path = target
        window.page.details.crop_button.click()
    assert len(dialogs.errors) == 2, "each link to the original must be refused with a message"
    assert full_length_photo.read_bytes() == original
    assert symlink.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "alias.jpg",
        "me.jpg",
        "twin.jpg",
    ]


def test_save_cropped_copy_refuses_to_write_into_the_profiles_export(
    window: Any, dialogs: Any, tmp_path: Path, full_length_photo: Path
) -> None:
    export = Path(shutil.copytree(FIXTURES / "export-almost-ready", tmp_path / "export"))
    _attach(window, dialogs, full_length_photo, export)
    before = sorted(p.name for p in export.rglob("*"))
    dialogs.save_path = export / "me-cropped.jpg"
    window.page.details.crop_button.click()
    assert dialogs.errors
    assert "inside the input export" in dialogs.errors[0]["message"]
    assert sorted(p.name for p in export.rglob("*")) == before


def _bands(tmp_path: Path) -> Path:
    """600x200: red, green and blue thirds, so each square shows one colour."""
    image = Image.new("RGB", (600, 200))
    for index, colour in enumerate([(220, 0, 0), (0, 200, 0), (0, 0, 220)]):
        image.paste(colour, (index * 200, 0, index * 200 + 200, 200))
    path = tmp_path / "bands.png"
    image.save(path)
    return path


def _analysis(crop: Any) -> Any:
    from preflight.core.models import PhotoAnalysis

    return PhotoAnalysis(
        width=600, height=200, file_bytes=1000, image_format="PNG", suggested_crop=crop
    )


def test_the_photo_as_seen_today_and_cropped_side_by_side(qtbot: Any, tmp_path: Path) -> None:
    from preflight.core.models import Box
    from preflight.gui.photo_view import PhotoView

    view = PhotoView()
    qtbot.addWidget(view)
    view.set_photo(str(_bands(tmp_path)), _analysis(Box(x=0, y=0, width=200, height=200)))
    assert view.crop_differs()
    view.resize(700, 200)
    image = view.grab().toImage()
    side = 192  # the widget's height less its margins
    right = view.width() - 4
    cropped = image.pixelColor(int(right - side / 2), 100)
    today = image.pixelColor(int(right - side - 16 - side / 2), 100)
    assert cropped.red() > 150 and cropped.green() < 80  # the suggested crop: the red third
    assert today.green() > 150 and today.red() < 80  # LinkedIn today: the centred green third


def test_no_save_cropped_copy_when_the_crop_is_what_linkedin_shows(
    qtbot: Any, tmp_path: Path
) -> None:
    from preflight.core.models import Box
    from preflight.gui.details import SectionDetails

    details = SectionDetails()
    qtbot.addWidget(details)
    same = Box(x=200, y=0, width=200, height=200)  # LinkedIn's centred square already
    details.set_photo(str(_bands(tmp_path)), _analysis(same))
    assert not details.photo_view.crop_differs()
    assert details.crop_button.isHidden()
    assert "needs no crop" in details.photo_legend.text()
    details.set_photo(str(_bands(tmp_path)), _analysis(Box(x=0, y=0, width=200, height=200)))
    assert not details.crop_button.isHidden()
    assert "Dashed box: the suggested crop" in details.photo_legend.text()
