"""The checklist model behaves as Qt's views expect, through every kind of update."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from preflight.core.assessment import Assessment, CheckId, CheckResult
from preflight.core.models import SourceFormat, SourceInfo, Status
from preflight.gui.models import CHECK_ID_ROLE, STATUS_ROLE, ChecklistModel


def _assessment(statuses: dict[CheckId, Status]) -> Assessment:
    checks = [
        CheckResult(
            id=check,
            status=statuses.get(check, Status.PASS),
            points=0 if statuses.get(check, Status.PASS) in (Status.FAIL, Status.UNKNOWN) else 10,
            max_points=10,
            title=check.value,
        )
        for check in CheckId
    ]
    blockers = [c.id for c in checks if c.blocks]
    return Assessment(
        ready=not blockers,
        score=sum(c.points for c in checks) * 100 // 60,
        as_of=dt.date(2026, 11, 26),
        language="en",
        source=SourceInfo(format=SourceFormat.JSON_RESUME),
        name="Test Person",
        headline="",
        checks=checks,
        blockers=blockers,
    )


def test_checklist_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = ChecklistModel()
    qtmodeltester.check(model)
    model.set_assessment(_assessment({CheckId.PHOTO: Status.UNKNOWN}))
    qtmodeltester.check(model)
    model.set_assessment(_assessment({CheckId.HEADLINE: Status.FAIL}))
    qtmodeltester.check(model)
    model.set_assessment(None)
    qtmodeltester.check(model)


def test_rows_carry_status_by_icon_and_word(qtbot: Any) -> None:
    model = ChecklistModel()
    model.set_assessment(_assessment({CheckId.PHOTO: Status.UNKNOWN, CheckId.POSTS: Status.FAIL}))
    assert model.rowCount() == 6
    photo = model.index(model.row_of(CheckId.PHOTO), ChecklistModel.SECTION)
    assert model.data(photo) == "Photo"
    assert not model.data(photo, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(photo, CHECK_ID_ROLE) == "photo"
    assert model.data(photo, STATUS_ROLE) == "unknown"
    assert model.data(photo, Qt.ItemDataRole.AccessibleTextRole) == "Photo: Unknown"
    status = model.index(model.row_of(CheckId.POSTS), ChecklistModel.STATUS)
    assert model.data(status) == "Fail"
    points = model.index(0, ChecklistModel.POINTS)
    assert model.data(points) == "0 of 10"


def test_same_sections_update_in_place(qtbot: Any) -> None:
    model = ChecklistModel()
    model.set_assessment(_assessment({}))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_assessment(_assessment({CheckId.SKILLS: Status.WARN}))
    assert model.data(model.index(model.row_of(CheckId.SKILLS), 1)) == "Needs work"
