"""The export is found inside a crowded folder, by a search that stays bounded and cheap."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.importers.export import archive, read_export


@pytest.fixture
def export_folder(fixtures: Path) -> Path:
    return fixtures / "export" / "2018-complete"


def _crowd(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    base = os.fspath(folder)
    for number in range(count):
        os.close(os.open(f"{base}/IMG_{number:05}.jpg", os.O_CREAT | os.O_WRONLY, 0o644))


@pytest.mark.slow  # making 25,000 files takes a few seconds; the search itself a tenth of one
def test_an_export_beside_25000_files_is_found(export_folder: Path, tmp_path: Path) -> None:
    # The old walk counted the 25,000 files first and gave up before listing the export folder.
    downloads = tmp_path / "Downloads"
    _crowd(downloads, 25_000)
    shutil.copytree(export_folder, downloads / "Basic_LinkedInDataExport_11-26-2026")
    profile = read_export(downloads)
    assert profile.name
    assert profile.positions


def test_the_shallowest_profile_wins_over_a_copy_deeper_down(
    export_folder: Path, tmp_path: Path
) -> None:
    top = tmp_path / "export"
    shutil.copytree(export_folder, top)
    deeper = top / "old" / "older"
    deeper.mkdir(parents=True)
    (deeper / "Profile.csv").write_text("First Name,Last Name,Headline\nOld,Copy,Nothing\n")
    assert read_export(top).name == read_export(export_folder).name


def test_the_search_stops_after_its_listing_budget(
    export_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_FOLDER_ENTRIES", 500)
    crowded = tmp_path / "home"
    _crowd(crowded, 1_000)
    shutil.copytree(export_folder, crowded / "zz-export")
    with pytest.raises(InputError, match="does not look like a LinkedIn data export"):
        read_export(crowded)


def test_a_link_loop_and_an_unreadable_folder_do_not_stop_the_search(
    export_folder: Path, tmp_path: Path
) -> None:
    top = tmp_path / "Downloads"
    shutil.copytree(export_folder, top / "export")
    (top / "loop").symlink_to(top, target_is_directory=True)
    locked = top / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert read_export(top).name
    finally:
        locked.chmod(0o755)


def test_a_fifo_named_like_a_csv_is_skipped(export_folder: Path, tmp_path: Path) -> None:
    top = tmp_path / "export"
    shutil.copytree(export_folder, top)
    os.mkfifo(top / "Rich_Media.csv")
    started = time.monotonic()
    assert read_export(top).name
    assert time.monotonic() - started < 5
