"""Reading a settings file: defaults kept, bad files refused with an InputError."""

from __future__ import annotations

from pathlib import Path

import pytest

from preflight.core.errors import InputError
from preflight.core.settings import Settings, load_settings


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
