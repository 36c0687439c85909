"""An output is refused before anything is written when it would replace or land in an input."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.output_guard import check_output, user_output


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "Profile.pdf"
    path.write_bytes(b"%PDF-1.4 the member's profile")
    return path


def _refusal(output: Path, *inputs: Path | str | None) -> str:
    with pytest.raises(InputError) as caught:
        check_output(output, inputs)
    assert caught.value.key is not None
    return caught.value.key


def test_the_input_itself_however_spelled_is_refused(profile: Path) -> None:
    assert _refusal(profile, profile) == "output.is_input"
    assert _refusal(profile.parent / "." / profile.name, profile) == "output.is_input"
    assert _refusal(profile, None, "-", profile.parent / "x" / ".." / profile.name) == (
        "output.is_input"
    )


def test_links_to_the_input_are_refused(profile: Path, tmp_path: Path) -> None:
    symlink, hard_link = tmp_path / "report.pdf", tmp_path / "copy.pdf"
    symlink.symlink_to(profile)
    os.link(profile, hard_link)
    assert _refusal(symlink, profile) == "output.is_input"
    assert _refusal(hard_link, profile) == "output.is_input"
    assert _refusal(profile, hard_link) == "output.is_input"


def test_anything_inside_an_input_folder_or_zip_is_refused(tmp_path: Path) -> None:
    export = tmp_path / "export"
    (export / "nested").mkdir(parents=True)
    alias = tmp_path / "alias"
    alias.symlink_to(export, target_is_directory=True)
    archive = tmp_path / "export.zip"
    archive.write_bytes(b"PK")
    assert _refusal(export / "report.pdf", export) == "output.inside_input"
    assert _refusal(export / "nested" / "report.pdf", export) == "output.inside_input"
    assert _refusal(alias / "report.pdf", export) == "output.inside_input"
    assert _refusal(archive / "report.pdf", archive) == "output.inside_input"


def test_a_folder_or_a_special_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert _refusal(tmp_path, None) == "output.folder"
    assert _refusal(fifo) == "output.special"
    if Path("/dev/full").exists():
        assert _refusal(Path("/dev/full")) == "output.special"


def test_a_new_file_beside_the_inputs_is_fine(profile: Path, tmp_path: Path) -> None:
    sibling = tmp_path / "Profile-report.pdf"
    check_output(sibling, (profile, None, "-"))
    sibling.write_bytes(b"yesterday")
    check_output(sibling, (profile,))


def test_a_failed_write_keeps_the_old_file_and_says_the_disk_is_full(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(b"yesterday")
    with pytest.raises(InputError) as caught, user_output("report", target) as temporary:
        temporary.write_bytes(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert caught.value.key == "report.disk_full"
    assert target.read_bytes() == b"yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_missing_folder_is_not_created(tmp_path: Path) -> None:
    target = tmp_path / "typo" / "report.html"
    with pytest.raises(InputError) as caught, user_output("report", target):
        pass
    assert caught.value.key == "report.cannot_write"
    assert not target.parent.exists()
