"""Whatever goes wrong with ``--photo`` names the photo, never the profile file."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from preflight.cli.common import load_and_assess
from preflight.core import photo as photo_package
from preflight.core.errors import InputError
from preflight.core.models import Profile
from preflight.core.settings import PhotoSettings

RESUME = Path(__file__).resolve().parents[1] / "fixtures" / "checks" / "en-strong.json"


def _args(photo: Path) -> argparse.Namespace:
    return argparse.Namespace(
        path=str(RESUME), photo=photo, as_of=None, lang="en", confirm=frozenset(), settings=None
    )


@pytest.mark.parametrize(
    ("failure", "says"),
    [
        (MemoryError(), "needs more memory to check"),
        (ValueError("an analysis bug"), "Something went wrong while reading"),
    ],
)
def test_a_photo_failure_names_the_photo(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, failure: Exception, says: str
) -> None:
    def fail(profile: Profile, path: Path, settings: PhotoSettings) -> Profile:
        raise failure

    monkeypatch.setattr(photo_package, "attach_photo", fail)
    with pytest.raises(InputError) as caught:
        load_and_assess(_args(tmp_path / "me.png"))
    assert says in caught.value.message
    assert "me.png" in caught.value.message
    assert RESUME.name not in caught.value.message
