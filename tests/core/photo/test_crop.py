"""The cropped copy is a new file; the original and any existing file are never overwritten."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from preflight.core.errors import InputError
from preflight.core.models import Box
from preflight.core.photo import save_cropped_copy
from tests.core.photo.images import ORIENTATION, rotated_with_exif

Save = Callable[..., Path]
CROP = Box(x=100, y=50, width=300, height=300)
CAMERA_MAKE = 0x010F


def digest(path: Path) -> str:
    """The file's SHA-256, to prove it was not changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writes_the_crop_as_a_new_file_and_leaves_the_original(
    portrait: Image.Image, save: Save, tmp_path: Path
) -> None:
    source = save(portrait, "me.png")
    before = digest(source)

    written = save_cropped_copy(source, CROP, tmp_path / "me-square.jpg")

    assert written == tmp_path / "me-square.jpg"
    assert digest(source) == before
    with Image.open(written) as copy:
        assert (copy.format, copy.size) == ("JPEG", (300, 300))
        expected = portrait.crop((100, 50, 400, 350)).getpixel((150, 150))
        actual = copy.convert("RGB").getpixel((150, 150))
        assert all(abs(a - e) <= 12 for a, e in zip(actual, expected, strict=True))  # JPEG loss


def test_never_overwrites_an_existing_file(portrait: Image.Image, save: Save) -> None:
    source = save(portrait, "me.png")
    existing = save(portrait.resize((10, 10)), "taken.png")
    before = digest(existing)

    with pytest.raises(InputError, match="already exists"):
        save_cropped_copy(source, CROP, existing)
    assert digest(existing) == before


def test_refuses_to_replace_the_original(portrait: Image.Image, save: Save) -> None:
    source = save(portrait, "me.png")
    before = digest(source)

    with pytest.raises(InputError, match="cannot replace the original"):
        save_cropped_copy(source, CROP, source.parent / "." / source.name)
    assert digest(source) == before


def test_refuses_a_crop_outside_the_photo(
    portrait: Image.Image, save: Save, tmp_path: Path
) -> None:
    source = save(portrait, "me.png")
    target = tmp_path / "out.png"

    with pytest.raises(InputError, match="outside"):
        save_cropped_copy(source, Box(x=300, y=300, width=300, height=300), target)
    assert not target.exists()


def test_refuses_an_unknown_file_ending(portrait: Image.Image, save: Save, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.jpg, \.png or \.webp"):
        save_cropped_copy(save(portrait, "me.png"), CROP, tmp_path / "out.gif")


def test_the_copy_carries_no_exif_such_as_the_camera_or_position(
    portrait: Image.Image, save: Save, tmp_path: Path
) -> None:
    exif = Image.Exif()
    exif[CAMERA_MAKE] = "PhoneCo"
    source = save(portrait, "me.jpg", exif=exif)

    for name in ("copy.jpg", "copy.png", "copy.webp"):
        written = save_cropped_copy(source, CROP, tmp_path / name)
        with Image.open(written) as copy:
            assert dict(copy.getexif()) == {}, name


def test_crops_a_rotated_phone_photo_as_it_is_seen_and_drops_the_rotation_tag(
    portrait: Image.Image, save: Save, tmp_path: Path
) -> None:
    stored, exif = rotated_with_exif(portrait)
    source = save(stored, "phone.jpg", exif=exif, quality=95)
    top_left = Box(x=0, y=0, width=100, height=100)

    written = save_cropped_copy(source, top_left, tmp_path / "corner.png")

    with Image.open(written) as copy:
        assert ORIENTATION not in copy.getexif()  # otherwise viewers would turn it a second time
        seen = copy.convert("RGB").getpixel((50, 50))
    expected = portrait.getpixel((50, 50))
    assert all(abs(a - e) <= 20 for a, e in zip(seen, expected, strict=True))


def test_a_failed_save_leaves_no_partial_file(
    portrait: Image.Image, save: Save, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = save(portrait, "me.png")
    before = sorted(p.name for p in tmp_path.iterdir())
    real_save = Image.Image.save

    def full_disk(image: Image.Image, fp: object, *args: object, **kwargs: object) -> None:
        real_save(image, fp, *args, **kwargs)  # the bytes land, then the disk runs out
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Image.Image, "save", full_disk)
    with pytest.raises(InputError) as caught:
        save_cropped_copy(source, CROP, tmp_path / "me-square.jpg")
    assert caught.value.key == "photo.crop.disk_full"
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_refuses_to_write_inside_the_profile_it_came_with(
    portrait: Image.Image, save: Save, tmp_path: Path
) -> None:
    source = save(portrait, "me.png")
    export = tmp_path / "Basic_LinkedInDataExport"
    export.mkdir()
    with pytest.raises(InputError) as caught:
        save_cropped_copy(source, CROP, export / "me-square.jpg", protected=(export,))
    assert caught.value.key == "output.inside_input"
    assert list(export.iterdir()) == []


def test_the_copy_gets_ordinary_permissions(
    portrait: Image.Image, save: Save, tmp_path: Path
) -> None:
    old_umask = os.umask(0o022)
    try:
        written = save_cropped_copy(save(portrait, "me.png"), CROP, tmp_path / "sq.png")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
