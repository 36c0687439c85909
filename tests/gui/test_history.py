"""The score history in the app: each verdict kept, a chart drawn, cleared from Settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from preflight.core.history import HistoryEntry
from preflight.gui.score_chart import ScoreChart
from tests.gui.conftest import GOOD_HEADLINE, GOOD_SUMMARY, edit


def test_each_burst_of_verdicts_is_kept_and_charted(loaded: Any) -> None:
    history = loaded.history
    key = history.profile_key()
    assert [e.score for e in history.store.entries(key)] == [loaded.assessment.score]
    first = loaded.assessment.score
    edit(loaded, "headline", GOOD_HEADLINE)
    edit(loaded, "summary", GOOD_SUMMARY)
    entries = history.store.entries(key)
    # One editing burst: the newest verdict replaces the ones before it.
    assert [e.score for e in entries] == [100]
    assert entries[0].statuses["summary"] == "pass"
    assert loaded.page.chart.entries == entries
    assert first < 100
    # One check is no history yet: the chart shows from the second burst on.
    assert not loaded.page.chart.isVisibleTo(loaded)
    history.store.record(
        key, loaded.assessment, dt.datetime.now() + dt.timedelta(hours=1), merge_within=None
    )
    history.record()
    assert loaded.page.chart.isVisibleTo(loaded)


def test_the_chart_draws_one_point_per_check_and_describes_itself(qtbot: Any) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    when = dt.datetime(2026, 11, 20, 9, 0)
    chart.set_entries(
        [
            HistoryEntry(when, 40, {}),
            HistoryEntry(when + dt.timedelta(days=1), 70, {}),
            HistoryEntry(when + dt.timedelta(days=3), 100, {}),
        ]
    )
    chart.resize(300, 110)
    image = chart.grab().toImage()
    assert not image.isNull()
    from PySide6.QtCore import QRectF

    points = chart.points(QRectF(10, 0, 200, 100))
    assert [round(p.y()) for p in points] == [60, 30, 0]
    assert points[0].x() < points[1].x() < points[2].x()
    assert "from 40" in chart.accessibleDescription()
    assert "to 100" in chart.accessibleDescription()


def test_the_chart_description_counts_one_check_in_the_singular(qtbot: Any) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    when = dt.datetime(2026, 11, 20, 9, 0)
    chart.set_entries([HistoryEntry(when, 40, {})])
    assert chart.description().startswith("Score history: 1 check, 40 on ")
    assert " to " not in chart.description()
    chart.set_entries([HistoryEntry(when, 40, {}), HistoryEntry(when, 55, {})])
    assert chart.description().startswith("Score history: 2 checks, from 40")


def test_clear_from_settings_empties_the_history(loaded: Any, dialogs: Any) -> None:
    from preflight.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(loaded, loaded.settings, loaded.preferences)
    dialog.clear_history_button.click()
    assert dialogs.confirms
    assert loaded.history.store.entries(loaded.history.profile_key()) == []
    assert loaded.page.chart.entries == []
    dialog.close()


def test_a_damaged_history_file_does_not_stop_the_app(make_window: Any, app_paths: Any) -> None:
    app_paths.data.mkdir(parents=True, exist_ok=True)
    (app_paths.data / "history.sqlite3").write_bytes(b"garbage" * 500)
    from tests.gui.conftest import ALMOST_READY

    window = make_window()
    window.open_path(ALMOST_READY)
    assert window.assessment is not None
    assert len(window.history.store.entries(window.history.profile_key())) == 1
    assert any(p.name.startswith("history.damaged-") for p in app_paths.data.iterdir())
    assert "set aside" in window.statusBar().currentMessage()
