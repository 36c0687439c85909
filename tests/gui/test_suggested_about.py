"""The app's own About suggestion, applied with its button on the bundled sample, makes it pass."""

from __future__ import annotations

from typing import Any

from preflight.core.assessment import CheckId
from preflight.core.models import Status


def test_use_this_about_draft_on_the_bundled_sample_makes_the_about_pass(
    window: Any, qtbot: Any
) -> None:
    window.open_sample()
    assert window.session is not None
    before = window.assessment
    assert before.check(CheckId.SUMMARY).status is Status.FAIL
    window.page.select(CheckId.SUMMARY)
    [fix] = before.check(CheckId.SUMMARY).fixes
    [button] = [b for b in window.page.details.fix_buttons if b.text() == "Use this About draft"]
    with qtbot.waitSignal(window.assessment_shown, timeout=5000):
        button.click()
    assert window.page.details.summary_editor.text() == fix.text
    after = window.assessment
    assert after.check(CheckId.SUMMARY).status is Status.PASS
    for old, new in zip(before.checks, after.checks, strict=True):
        if old.status is Status.PASS:
            assert new.status is Status.PASS, new.id  # nothing else got worse
    assert after.score > before.score
