"""The background seam: ops run off the GUI thread, callbacks run on it, failures are delivered."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from preflight.gui.tasks import SyncTaskRunner, ThreadTaskRunner


def test_thread_runner_runs_off_and_answers_on_the_gui_thread(qtbot: Any) -> None:
    runner = ThreadTaskRunner()
    seen: dict[str, Any] = {}
    gui = threading.get_ident()

    def op() -> int:
        seen["op_thread"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["callback_thread"] = threading.get_ident()
        seen["result"] = result

    busy: list[tuple[bool, str]] = []
    runner.busy_changed.connect(lambda flag, label: busy.append((flag, label)))
    runner.run(op, done, pytest.fail, "Working")
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["op_thread"] != gui
    assert seen["callback_thread"] == gui
    assert seen["result"] == 42
    assert busy == [(True, "Working"), (False, "")]
    assert not runner.is_busy()


def test_thread_runner_delivers_failures(qtbot: Any) -> None:
    runner = ThreadTaskRunner()
    errors: list[BaseException] = []

    def op() -> None:
        raise OSError("disk gone")

    runner.run(op, pytest.fail, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert str(errors[0]) == "disk gone"


def test_sync_runner_answers_before_returning() -> None:
    runner = SyncTaskRunner()
    results: list[int] = []
    runner.run(lambda: 7, results.append, pytest.fail)
    errors: list[BaseException] = []
    runner.run(lambda: 1 // 0, pytest.fail, errors.append)
    assert results == [7]
    assert isinstance(errors[0], ZeroDivisionError)


def test_window_stays_responsive_while_a_profile_loads(make_window: Any, qtbot: Any) -> None:
    from tests.gui.conftest import ALMOST_READY

    release = threading.Event()

    from preflight.gui.engine import Engine

    class Slow(Engine):
        def load(self, path: Any, *, as_of: Any) -> Any:
            release.wait(5)
            return super().load(path, as_of=as_of)

    runner = ThreadTaskRunner()
    window = make_window(runner=runner, engine=Slow())
    window.open_path(ALMOST_READY)
    # The GUI thread is free: it shows progress and handles events while the worker waits.
    assert window.busy_bar.isVisibleTo(window)
    assert "Reading" in window.busy_label.text()
    qtbot.wait(1)
    with qtbot.waitSignal(window.assessment_shown, timeout=10000):
        release.set()
    assert not window.busy_bar.isVisibleTo(window)
    runner.wait()


def test_thread_runner_prepares_once_on_the_gui_thread_before_the_first_op(qtbot: Any) -> None:
    # The GUI does the imports the worker needs first, so two threads never import together.
    events: list[tuple[str, int]] = []
    runner = ThreadTaskRunner(prepare=lambda: events.append(("prepare", threading.get_ident())))
    results: list[int] = []
    for n in range(2):
        runner.run(
            lambda n=n: events.append(("op", threading.get_ident())) or n,
            results.append,
            pytest.fail,
        )
    qtbot.waitUntil(lambda: len(results) == 2, timeout=3000)
    assert [name for name, _ in events] == ["prepare", "op", "op"]
    assert events[0][1] == threading.get_ident()
    assert events[1][1] != threading.get_ident()
