"""Atomic writes: the old file survives any failure, and no temporary file is left behind."""

from pathlib import Path

import pytest

from preflight.core.safe_write import atomic_path, write_atomically


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
