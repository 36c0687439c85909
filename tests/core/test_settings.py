"""Reading a settings file: defaults kept, bad files refused with an InputError."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.settings import (
    MAX_SETTINGS_BYTES,
    SETTINGS_FORMAT,
    Settings,
    load_settings,
    settings_file_data,
    settings_leniently,
)


def test_a_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_text("[skills]\npass_min = 8\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.skills.pass_min == 8
    assert settings.posts == Settings().posts


def test_deeply_nested_json_is_refused_not_a_crash(tmp_path: Path) -> None:
    # json.loads raised RecursionError here, which reached the user as "a bug in Preflight".
    path = tmp_path / "settings.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(InputError, match="not valid TOML or JSON"):
        load_settings(path)


def test_a_missing_file_is_named_as_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="There is no settings file at") as caught:
        load_settings(tmp_path / "team.toml")
    assert caught.value.key == "settings.missing"


def test_a_fifo_as_the_settings_file_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.toml"
    os.mkfifo(fifo)  # reading would wait forever for a writer
    with pytest.raises(InputError, match="folder, pipe or device") as caught:
        load_settings(fifo)
    assert caught.value.key == "settings.not_a_file"


def test_dev_zero_is_refused_not_read() -> None:
    # It used to be read until memory ran out (1.7 GB).
    with pytest.raises(InputError) as caught:
        load_settings(Path("/dev/zero"))
    assert caught.value.key == "settings.not_a_file"


def test_a_huge_settings_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"# " + b"x" * MAX_SETTINGS_BYTES + b"\n")
    with pytest.raises(InputError, match="over 1000 KB") as caught:
        load_settings(path)
    assert caught.value.key == "settings.too_big"


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    # Notepad saves UTF-8 with a BOM.
    toml = tmp_path / "team.toml"
    toml.write_bytes(b"\xef\xbb\xbf[skills]\npass_min = 8\n")
    assert load_settings(toml).skills.pass_min == 8
    as_json = tmp_path / "team.json"
    as_json.write_bytes(b'\xef\xbb\xbf{"skills": {"pass_min": 9}}')
    assert load_settings(as_json).skills.pass_min == 9


def test_json_in_a_file_without_the_json_suffix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "team.conf"
    path.write_text('{"posts": {"recent_days": 14}}', encoding="utf-8")
    assert load_settings(path).posts.recent_days == 14


def test_neither_toml_nor_json_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_bytes(b"\xff\xfe garbage [[")
    with pytest.raises(InputError, match="not valid TOML or JSON"):
        load_settings(path)


def test_unknown_keys_are_refused_unless_a_newer_version_wrote_them(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_text("[skills]\npass_mn = 8\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"skills\.pass_mn"):
        load_settings(path)  # a typo is said, not silently ignored
    path.write_text(
        f"format = {SETTINGS_FORMAT + 1}\n[skills]\npass_min = 8\ntrend = 2\n[new_check]\nx = 1\n",
        encoding="utf-8",
    )
    assert load_settings(path).skills.pass_min == 8


def test_the_app_keeps_every_good_value_when_one_is_bad() -> None:
    read = settings_leniently(
        {
            "skills": {"pass_min": "lots", "warn_min": 2},
            "posts": {"recent_days": 10, "stale_days": 20},
            "headline": {"max_chars": 100, "sparkle": True},
            "from_the_future": {"a": 1},
        }
    )
    assert read.settings.skills.pass_min == Settings().skills.pass_min
    assert read.settings.skills.warn_min == 2
    assert read.settings.posts.recent_days == 10
    assert read.settings.headline.max_chars == 100
    assert [p.where for p in read.problems] == ["skills.pass_min"]
    assert read.unknown == {"headline": {"sparkle": True}, "from_the_future": {"a": 1}}


def test_a_broken_rule_between_two_values_drops_only_that_section() -> None:
    read = settings_leniently(
        {"skills": {"pass_min": 2, "warn_min": 4}, "posts": {"stale_days": 60}}
    )
    assert read.settings.skills == Settings().skills
    assert read.settings.posts.stale_days == 60
    assert [p.where for p in read.problems] == ["skills"]


def test_what_the_app_writes_keeps_a_newer_versions_keys_and_reads_back(tmp_path: Path) -> None:
    settings = Settings.model_validate({"skills": {"pass_min": 7}})
    data = settings_file_data(settings, {"headline": {"sparkle": True}, "later": [1]})
    assert data["format"] == SETTINGS_FORMAT
    assert data["headline"]["sparkle"] is True and data["later"] == [1]
    again = settings_leniently(data)
    assert again.settings == settings
    assert again.problems == []
    assert again.unknown == {"headline": {"sparkle": True}, "later": [1]}
