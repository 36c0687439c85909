"""Fuzzing the settings file: any bytes give settings or one InputError, never anything else."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from preflight.core.errors import InputError
from preflight.core.settings import Settings, load_settings, settings_leniently

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
# Mostly the real section and key names, so values reach validation instead of being unknown.
SECTIONS = st.sampled_from(["headline", "summary", "skills", "posts", "photo", "weights", "x"])
KEYS = st.sampled_from(
    ["max_chars", "min_chars", "pass_min", "warn_min", "recent_days", "stale_days", "photo", "y"]
)
NEAR_SETTINGS = st.dictionaries(
    SECTIONS, st.dictionaries(KEYS, JSON, max_size=4) | JSON, max_size=6
)


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=300), suffix=st.sampled_from([".toml", ".json", ""]))
def test_any_bytes_give_settings_or_one_input_error(raw: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"settings{suffix}"
        path.write_bytes(raw)
        try:
            assert isinstance(load_settings(path), Settings)
        except InputError as error:
            assert error.message and error.key and error.key.startswith("settings.")


@settings(max_examples=150, deadline=None)
@given(data=NEAR_SETTINGS)
def test_the_app_reads_any_table_keeping_every_good_value(data: dict[str, Any]) -> None:
    read = settings_leniently(data)
    assert isinstance(read.settings, Settings)
    # A value that was kept is the file's value; every dropped one was said.
    for section, values in data.items():
        if section not in Settings.model_fields or not isinstance(values, dict):
            continue
        current = getattr(read.settings, section).model_dump()
        for key, value in values.items():
            dropped = any(p.where in (section, f"{section}.{key}") for p in read.problems)
            if key in current and not dropped and type(value) is type(current[key]):
                assert current[key] == value
