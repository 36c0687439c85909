"""Atomic writes: the old file survives any failure, and no temporary file is left behind."""

import os
import stat
from pathlib import Path

import pytest

from preflight.core.safe_write import NotAFileError, atomic_path, write_atomically


def test_write_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old and longer content", encoding="utf-8")
    write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failure_inside_the_writer_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"yesterday")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half a rep")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "c.txt"
    write_atomically(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_folder_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.mkdir()
    (target / "inside.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(NotAFileError):
        write_atomically(target, "new")
    assert (target / "inside.txt").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_fifo_is_never_replaced_or_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "report.pdf"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError):
        write_atomically(fifo, "new")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    write_atomically(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_without_overwrite_an_existing_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "me-cropped.jpg"
    target.write_bytes(b"someone else's")
    with pytest.raises(FileExistsError), atomic_path(target, overwrite=False) as temporary:
        temporary.write_bytes(b"crop")
    assert target.read_bytes() == b"someone else's"
    assert [p.name for p in tmp_path.iterdir()] == ["me-cropped.jpg"]


def test_without_overwrite_a_free_name_is_taken(tmp_path: Path) -> None:
    target = tmp_path / "me-cropped.jpg"
    with atomic_path(target, overwrite=False) as temporary:
        temporary.write_bytes(b"crop")
    assert target.read_bytes() == b"crop"
    assert [p.name for p in tmp_path.iterdir()] == ["me-cropped.jpg"]


def test_a_target_with_the_longest_name_allowed_can_be_written(tmp_path: Path) -> None:
    target = tmp_path / ("é" * 125 + ".html")  # 255 bytes in UTF-8
    write_atomically(target, "<p>")
    assert target.read_text(encoding="utf-8") == "<p>"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_new_file_gets_the_usual_permissions_and_old_ones_are_kept(tmp_path: Path) -> None:
    import os

    fresh = tmp_path / "report.html"
    write_atomically(fresh, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask
    private = tmp_path / "settings.json"
    private.write_text("{}", encoding="utf-8")
    private.chmod(0o600)
    write_atomically(private, "{}")
    assert private.stat().st_mode & 0o777 == 0o600
