"""Test set-up shared by every test: headless Qt, repository paths, the public samples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never try to reach a real display in tests (Picard does the same in its conftest).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PUBLIC_SAMPLES = REPO.parent / "shared" / "samples" / "public"


@pytest.fixture
def fixtures() -> Path:
    """The committed test fixtures folder."""
    return FIXTURES


@pytest.fixture
def public_samples() -> Path:
    """The real public samples beside the repository (read in place, never copied)."""
    if not PUBLIC_SAMPLES.is_dir():
        pytest.skip("../shared/samples/public is not beside this checkout")
    return PUBLIC_SAMPLES
