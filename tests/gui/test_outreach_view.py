"""The "Credits & replies" window: credits shown, the editable log, import, charts, plan, notice."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from preflight.core.outreach.insights import Figure
from preflight.core.outreach.log import OutreachLog, PlanChoice
from preflight.gui.outreach_charts import ReplyRateChart
from preflight.gui.outreach_model import ANSWER, ANSWERED, SendsModel
from preflight.gui.tasks import SyncTaskRunner, ThreadTaskRunner
from tests.gui.conftest import AS_OF
from tests.gui.outreach_seed import large_log, small_log

HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
          "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]  # fmt: skip


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The log in a temporary PREFLIGHT_DATA_DIR, as the window finds it."""
    data = tmp_path / "data"
    monkeypatch.setenv("PREFLIGHT_DATA_DIR", str(data))
    return data / "outreach.sqlite"


@pytest.fixture
def open_view(qtbot: Any, log_path: Path, dialogs: Any) -> Any:
    """Builds credits windows on the temporary log; each is closed after the test."""
    from preflight.gui.outreach_view import OutreachView

    made: list[Any] = []

    def make(runner: Any = None, language: str = "en") -> Any:
        view = OutreachView(
            None,
            log_path=log_path,
            runner=runner or SyncTaskRunner(),
            as_of=AS_OF,
            language=language,
        )
        qtbot.addWidget(view)
        made.append(view)
        return view

    yield make
    for view in made:
        view.close()


def test_credits_of_a_seeded_log_are_shown(open_view: Any, log_path: Path) -> None:
    # 5 credits on 1 Nov; three sent; the first answered on 10 Nov, so its credit came back.
    small_log(log_path)
    view = open_view()
    assert view.available_label.text() == "3 credits available on 26 Nov 2026"
    assert view.expiring_label.text().splitlines() == [
        "2 expire on 30 Jan 2027",  # what is left of the 1 Nov grant (90 days)
        "1 expires on 8 Feb 2027",  # the refunded credit, from its answer's day
    ]
    rows = [view.refund_list.item(i).text() for i in range(view.refund_list.count())]
    assert rows == [
        "Luis Gil, sent 20 Nov 2026: answer by 18 Feb 2027",
        "Eva Sanz, sent 25 Nov 2026: answer by 23 Feb 2027",
    ]
    assert view.refund_heading.text().startswith("2 InMails are still inside the 90-day")
    assert view.refunded_label.text() == "Credits refunded so far: 1"
    assert "Premium Career" in view.plan_label.text()
    assert view.overdrawn_label.isHidden()


def test_without_a_plan_the_view_asks_for_one(open_view: Any) -> None:
    view = open_view()
    assert "Choose your LinkedIn plan" in view.plan_label.text()
    assert view.available_label.text() == ""


def test_the_log_model_passes_the_model_tester(qtmodeltester: Any, log_path: Path) -> None:
    large_log(log_path)
    with OutreachLog(log_path) as log:
        model = SendsModel(log, AS_OF)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 42 and model.columnCount() == 5
        assert model.rowCount(model.index(0, 0)) == 0


def test_editing_an_answer_is_kept_and_returns_the_credit(open_view: Any, log_path: Path) -> None:
    small_log(log_path)
    view = open_view()
    model = view.model
    eva = next(i for i, s in enumerate(model.sends()) if s.recipient == "Eva Sanz")
    assert model.flags(model.index(eva, ANSWER)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(eva, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(eva, ANSWER), "not_interested")
    # An answer cannot come before the InMail; a later day is kept.
    assert not model.setData(model.index(eva, ANSWERED), QDate(2026, 11, 24))
    assert model.setData(model.index(eva, ANSWERED), QDate(2026, 11, 26))
    assert model.index(eva, ANSWER).data() == "Not interested"
    assert model.index(eva, ANSWERED).data() == "26 Nov 2026"
    assert view.refunded_label.text() == "Credits refunded so far: 2"
    assert view.available_label.text().startswith("4 credits")
    with OutreachLog(log_path) as log:
        saved = next(s for s in log.sends() if s.recipient == "Eva Sanz")
    assert (saved.outcome, saved.replied_at) == ("not_interested", dt.datetime(2026, 11, 26, 12))
    # Taken back: no answer yet, and the credit is spent again.
    assert model.setData(model.index(eva, ANSWER), "")
    assert view.refunded_label.text() == "Credits refunded so far: 1"


def test_the_answer_editor_offers_every_outcome(open_view: Any, log_path: Path) -> None:
    small_log(log_path)
    view = open_view()
    index = view.model.index(1, ANSWER)
    delegate = view.table.itemDelegateForColumn(ANSWER)
    editor = delegate.createEditor(view.table.viewport(), None, index)
    assert [editor.itemData(i) for i in range(editor.count())] == [
        "", "yes", "no", "not_interested", "replied"
    ]  # fmt: skip
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "No answer yet"
    editor.setCurrentIndex(editor.findData("yes"))
    delegate.setModelData(editor, view.model, index)
    assert index.data() == "Yes"
    editor.deleteLater()


def test_logging_an_inmail_by_hand(open_view: Any, log_path: Path) -> None:
    view = open_view()
    view.form.recipient_edit.setText("Ana Ruiz")
    view.form.add_button.click()  # no subject: refused with a reason
    assert not view.form.problem_label.isHidden()
    assert view.model.rowCount() == 0
    view.form.subject_edit.setText("Your churn post")
    view.form.date_edit.setDate(QDate(2026, 11, 20))
    view.form.add_button.click()
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "20 Nov 2026"
    assert view.form.recipient_edit.text() == ""
    with OutreachLog(log_path) as log:
        assert [(s.recipient, s.origin) for s in log.sends()] == [("Ana Ruiz", "manual")]


def _export(folder: Path, rows: list[list[str]]) -> Path:
    folder.mkdir(parents=True)
    with (folder / "messages.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Headline\nMarta,Quiroga,Head of Sales\n", encoding="utf-8"
    )
    return folder


def _message(*cells: str) -> list[str]:
    """conversation, from, to, date, subject, content."""
    conv, sender, to, when, subject, body = cells
    return [conv, "", sender, "", to, "", when, subject, body, "INBOX"]


def test_import_runs_off_the_gui_thread_and_counts_damaged_rows(
    open_view: Any, qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    export = _export(
        tmp_path / "export",
        [
            _message("c1", "Marta Quiroga", "Ana Ruiz", "2026-11-02 09:00 UTC", "Churn", "Hi"),
            _message("c1", "Ana Ruiz", "Marta Quiroga", "2026-11-04 10:00 UTC", "", "Thanks"),
            _message("c2", "Marta Quiroga", "Luis Gil", "2026-11-05 09:00 UTC", "Audit", "Hi"),
            _message("c3", "Marta Quiroga", "Bad Row", "no date here", "Subject", "Body"),
            ["c4", "too", "short"],
        ],
    )
    runner = ThreadTaskRunner()
    view = open_view(runner)
    threads: list[int] = []
    view.imported.connect(lambda _result: threads.append(threading.get_ident()))
    with qtbot.waitSignal(view.imported, timeout=10_000) as blocker:
        view.import_export(export)
    runner.wait()
    result = blocker.args[0]
    assert (result.sends_added, result.replies_found, result.rows_skipped) == (2, 1, 2)
    assert view.model.rowCount() == 2
    assert view.status_label.text() == (
        "InMails added: 2. Answers found: 1. Unreadable rows skipped: 2."
    )  # "Already in the log" is left out when nothing was
    assert view.import_button.isEnabled()
    assert dialogs.errors == []
    assert threads == [threading.get_ident()]  # the table was filled on the GUI thread
    # The same export again adds nothing.
    with qtbot.waitSignal(view.imported, timeout=10_000) as again:
        view.import_export(export)
    runner.wait()
    assert again.args[0].sends_added == 0 and view.model.rowCount() == 2


def test_importing_a_foreign_file_says_why_and_keeps_the_log(
    open_view: Any, tmp_path: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from preflight.gui.outreach_view import ExportDialog

    folder = tmp_path / "not-an-export"
    folder.mkdir()
    (folder / "messages.csv").write_text("name,colour\nbob,blue\n", encoding="utf-8")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, folder_: folder))
    view = open_view()
    view.import_folder_action.trigger()
    assert len(dialogs.errors) == 1
    assert "not LinkedIn's messages.csv" in dialogs.errors[0]["message"]
    assert view.model.rowCount() == 0


def test_a_bar_needs_ten_messages(qtbot: Any) -> None:
    chart = ReplyRateChart()
    qtbot.addWidget(chart)
    chart.resize(400, chart.sizeHint().height())
    chart.set_figures(
        "Subject length",
        [
            Figure("subject_short", 10, 4),
            Figure("subject_medium", 9, 9),
            Figure("subject_long", 0, 0),
        ],
        {"subject_short": "Up to 40 characters"},
    )
    bars = chart.bars()
    assert [bar.caption for bar in bars] == ["40% of 10", "needs 1 more", "needs 10 more"]
    first, second, third = chart.bar_rects()
    assert first is not None and second is None and third is None
    assert "needs 1 more" in chart.accessibleDescription()
    assert not chart.grab().isNull()  # paints without warnings


def test_the_views_charts_follow_the_log(open_view: Any, log_path: Path) -> None:
    large_log(log_path)
    view = open_view()
    weekday = view.charts["weekday"].bars()
    assert sum(bar.messages for bar in weekday) == 42
    assert all((bar.rate is None) == (bar.messages < 10) for bar in weekday)
    subject = view.charts["subject_length"].bars()
    assert [bar.messages for bar in subject] == [14, 14, 14]
    assert all(bar.rate is not None for bar in subject)
    by_day = {bar.label: bar.messages for bar in weekday}
    assert by_day["Tuesday"] == 12 and weekday[1].rate is not None
    assert by_day["Monday"] == 6 and weekday[0].rate is None
    assert weekday[0].caption == "needs 4 more"


def test_the_plan_is_chosen_and_its_numbers_edited(
    open_view: Any, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from preflight.gui.outreach_plan import PlanDialog

    view = open_view()
    dialog = PlanDialog(view, None, AS_OF)
    dialog.plan_box.setCurrentIndex(dialog.plan_box.findData("premium-business"))
    assert dialog.credits_spin.value() == 15
    dialog.credits_spin.setValue(20)
    dialog.start_edit.setDate(QDate(2026, 11, 1))
    choice = dialog.choice()
    assert choice == PlanChoice("premium-business", dt.date(2026, 11, 1), {"monthly_credits": 20})
    monkeypatch.setattr(PlanDialog, "edit", classmethod(lambda cls, p, c, a: choice))
    view.plan_button.click()
    assert view.available_label.text().startswith("20 credits")
    with OutreachLog(log_path) as log:
        assert log.plan_choice() == choice
    reopened = PlanDialog(view, choice, AS_OF)
    assert reopened.credits_spin.value() == 20 and reopened.choice() == choice


def test_a_damaged_log_is_announced_once(open_view: Any, log_path: Path) -> None:
    log_path.parent.mkdir(parents=True)
    log_path.write_bytes(b"this is not a database" * 100)
    view = open_view()
    assert not view.notice_frame.isHidden()
    assert "could not be read" in view.notice_label.text()
    assert "outreach.sqlite.damaged-" in view.notice_label.text()
    assert view.model.rowCount() == 0
    view.refresh()
    assert not view.notice_frame.isHidden()
    view.close()
    assert open_view().notice_frame.isHidden()


def test_the_menu_shortcut_opens_the_view(window: Any, log_path: Path) -> None:
    small_log(window.paths.data / "outreach.sqlite")
    assert window.outreach.open_action.shortcut().toString() == "Ctrl+Shift+I"
    window.outreach.open_action.trigger()
    view = window.outreach.view
    assert view is not None and view.isVisible()
    assert view.model.rowCount() == 3
    window.outreach.open_action.trigger()
    assert window.outreach.view is view  # one window, raised again
    view.close()


def test_the_window_fits_a_small_screen(open_view: Any, log_path: Path) -> None:
    large_log(log_path)
    view = open_view(language="es")
    assert view.available_label.text().endswith("26 nov 2026")  # dates the language's way
    hint = view.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600  # the rest scrolls
    view.resize(1024, 600)
    assert view.width() <= 1024 and view.height() <= 600


def test_an_unusable_log_is_explained_not_raised(window: Any, dialogs: Any) -> None:
    import os

    window.paths.data.mkdir(parents=True, exist_ok=True)
    os.mkfifo(window.paths.data / "outreach.sqlite")
    assert window.outreach.show_view() is None
    assert len(dialogs.errors) == 1
    assert "not a regular file" in dialogs.errors[0]["hint"]
