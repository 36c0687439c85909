"""Every check has its short name and its weight label in the app, so none shows as a raw id."""

from __future__ import annotations

import pytest

from preflight.core.assessment import CheckId
from preflight.gui.settings_dialog import field_labels
from preflight.gui.status import section_name


@pytest.mark.parametrize("check_id", list(CheckId))
def test_every_check_is_named_in_the_app(check_id: CheckId) -> None:
    assert section_name(check_id.value)
    assert f"weights.{check_id.value}" in field_labels(), f"settings_dialog lacks {check_id}"
