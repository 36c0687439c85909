"""The app's state files: never a hang on a pipe, never a huge read, a damaged file kept aside."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from preflight.core.state_files import (
    DamagedStateFileError,
    load_state_file,
    read_state_file,
    set_aside,
    upgrade,
)

NOON = dt.datetime(2026, 12, 2, 7, 0)


def _parse_number(data: bytes) -> tuple[int, list[str]]:
    return int(data), []


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "preferences.json"
    os.mkfifo(fifo)  # opening it for reading would block until a writer comes
    with pytest.raises(DamagedStateFileError) as caught:
        read_state_file(fifo)
    assert caught.value.reason == "not_a_file"


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(DamagedStateFileError) as caught:
            read_state_file(path)
        assert caught.value.reason == "not_a_file"


def test_a_file_over_the_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "draft.json"
    big.write_bytes(b" " * 2000)
    with pytest.raises(DamagedStateFileError) as caught:
        read_state_file(big, limit=1000)
    assert caught.value.reason == "too_big"
    assert read_state_file(big, limit=2000) == b" " * 2000


def test_a_missing_file_is_no_problem(tmp_path: Path) -> None:
    assert read_state_file(tmp_path / "none.json") is None
    loaded = load_state_file(tmp_path / "none.json", _parse_number, lambda: 7)
    assert (loaded.value, loaded.set_aside) == (7, None)


def test_a_damaged_file_is_kept_under_a_dated_name_and_the_default_used(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(b"{not json")
    loaded = load_state_file(path, _parse_number, lambda: 7)
    assert loaded.value == 7
    record = loaded.set_aside
    assert record is not None and record.reason == "damaged" and record.kept_as is not None
    assert not path.exists()
    assert record.kept_as.read_bytes() == b"{not json"
    assert record.kept_as.name.startswith("preferences.json.damaged-")


def test_the_dated_name_never_overwrites_an_earlier_one(tmp_path: Path) -> None:
    kept = []
    for content in (b"first", b"second"):
        path = tmp_path / "settings.json"
        path.write_bytes(content)
        record = set_aside(path, "damaged", now=NOON)
        assert record.kept_as is not None
        kept.append(record.kept_as)
    assert [p.name for p in kept] == [
        "settings.json.damaged-2026-12-02T0700",
        "settings.json.damaged-2026-12-02T0700-2",
    ]
    assert [p.read_bytes() for p in kept] == [b"first", b"second"]


def test_a_repaired_file_is_used_and_its_original_kept(tmp_path: Path) -> None:
    path = tmp_path / "draft.json"
    path.write_bytes(b"42")
    loaded = load_state_file(path, lambda data: (int(data), ["one value dropped"]), lambda: 0)
    assert loaded.value == 42
    assert loaded.set_aside is not None and loaded.set_aside.kept_as is not None
    assert loaded.set_aside.kept_as.read_bytes() == b"42"


def test_upgrades_run_in_order_from_the_files_format() -> None:
    steps = (
        (1, lambda d: {**d, "trail": [*d.get("trail", []), 1]}),
        (2, lambda d: {**d, "trail": [*d["trail"], 2]}),
        (3, lambda d: {**d, "trail": [*d["trail"], 3]}),
    )
    assert upgrade({"a": 1}, steps) == ({"a": 1, "trail": [1, 2, 3]}, 0)
    assert upgrade({"format": 2, "trail": []}, steps) == ({"trail": [3]}, 2)
    # A newer file goes through no step; a format that is not a number counts as none.
    assert upgrade({"format": 9, "x": 1}, steps) == ({"x": 1}, 9)
    assert upgrade({"format": "two"}, steps)[0] == {"trail": [1, 2, 3]}
