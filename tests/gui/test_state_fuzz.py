"""Fuzzing the draft and preferences loaders: any bytes load, and no readable draft is lost."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from preflight.gui.drafts import Draft, DraftStore
from preflight.gui.preferences import Preferences, read_preferences

SOURCE = "/home/someone/profile.zip"
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
DRAFT_KEYS = st.sampled_from(
    ["format", "source", "headline", "summary", "copied", "photo_path", "confirmed", "new"]
)
NEAR_DRAFTS = st.dictionaries(DRAFT_KEYS, JSON, max_size=8)
# Drafts as this or another version writes them: any text, unknown check ids, extra keys.
GOOD_DRAFTS = st.fixed_dictionaries(
    {
        "headline": st.none() | st.text(),
        "summary": st.none() | st.text(),
        "photo_path": st.text(max_size=40),
        "confirmed": st.lists(st.sampled_from(["photo", "skills", "posts", "endorsements"])),
        "copied": st.dictionaries(st.sampled_from(["headline", "summary"]), st.text()),
    },
    optional={"format": st.integers(0, 9), "tone": JSON},
)


def _store(folder: str) -> tuple[DraftStore, Path]:
    store = DraftStore(Path(folder) / "drafts")
    path = store.path_for(SOURCE)
    path.parent.mkdir(parents=True)
    return store, path


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=300) | NEAR_DRAFTS.map(lambda d: json.dumps(d).encode()))
def test_any_draft_file_loads_and_a_damaged_one_is_kept(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, path = _store(folder)
        path.write_bytes(raw)
        loaded = store.read(SOURCE)
        assert isinstance(loaded.value, Draft)
        if loaded.set_aside is not None:
            assert loaded.set_aside.kept_as is not None
            assert loaded.set_aside.kept_as.read_bytes() == raw
        else:
            assert path.read_bytes() == raw


@settings(max_examples=100, deadline=None)
@given(data=GOOD_DRAFTS)
def test_a_readable_draft_comes_back_whole_and_is_never_set_aside(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, path = _store(folder)
        path.write_text(json.dumps(data), encoding="utf-8")
        loaded = store.read(SOURCE)
        assert loaded.set_aside is None
        for key in ("headline", "summary", "photo_path", "confirmed", "copied"):
            assert getattr(loaded.value, key) == data[key]
        # Saved again by this version, nothing of it is lost.
        store.save(SOURCE, loaded.value)
        again = json.loads(path.read_text(encoding="utf-8"))
        assert {k: v for k, v in again.items() if k != "format"} == {
            "source": SOURCE,
            **{k: v for k, v in data.items() if k != "format"},
        }


@settings(max_examples=100, deadline=None)
@given(data=GOOD_DRAFTS, field=st.sampled_from(["headline", "photo_path", "copied"]), bad=JSON)
def test_one_bad_value_costs_only_that_value(data: dict[str, Any], field: str, bad: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, path = _store(folder)
        path.write_text(json.dumps({**data, field: bad}), encoding="utf-8")
        draft = store.load(SOURCE)
        assert draft.summary == data["summary"]
        assert draft.confirmed == data["confirmed"]


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=300) | JSON.map(lambda d: json.dumps(d).encode()))
def test_any_preferences_file_loads(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "preferences.json"
        path.write_bytes(raw)
        loaded = read_preferences(path)
        assert isinstance(loaded.value, Preferences)
        if loaded.set_aside is not None:
            assert loaded.set_aside.kept_as is not None
            assert loaded.set_aside.kept_as.read_bytes() == raw
        # Whatever was read saves and reads back the same.
        path.write_text(loaded.value.to_json(), encoding="utf-8")
        again = read_preferences(path)
        assert again.set_aside is None and again.value == loaded.value
