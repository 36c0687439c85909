"""The one seam for background work: run a function off the GUI thread, get its result on it."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class TaskRunner(Protocol):
    """Runs ``op`` somewhere and calls exactly one of the callbacks on the GUI thread."""

    busy_changed: Any

    def run(
        self,
        op: Callable[[], Any],
        on_success: Success,
        on_failure: Failure,
        label: str = "",
        *,
        imports: bool = True,
    ) -> None:
        """Starts ``op``; the op must never touch widgets.

        ``imports=False`` promises that ``op`` imports nothing (it waits on a pipe, say).
        """

    def wait(self) -> None:
        """Blocks until every started op has finished (tests and shutdown)."""


def describe(error: BaseException) -> str:
    """The traceback of ``error`` as text, for the details of an error dialog."""
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class _Outcome(QObject):
    """Carries an op's result from the worker thread to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Relay(QObject):
    """Lives on the GUI thread so queued signals call the callbacks there."""

    def __init__(self, runner: ThreadTaskRunner, on_success: Success, on_failure: Failure) -> None:
        super().__init__()
        self._runner = runner
        self._on_success = on_success
        self._on_failure = on_failure

    @Slot(object)
    def succeed(self, result: object) -> None:
        self._runner._finished(self)
        self._on_success(result)

    @Slot(object)
    def fail(self, error: object) -> None:
        self._runner._finished(self)
        assert isinstance(error, BaseException)
        self._on_failure(error)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], Any], outcome: _Outcome) -> None:
        super().__init__()
        self._op = op
        self._outcome = outcome

    def run(self) -> None:
        try:
            result = self._op()
        except Exception as error:
            self._outcome.failed.emit(error)
        else:
            self._outcome.succeeded.emit(result)


class ThreadTaskRunner(QObject):
    """Runs ops one at a time on a private worker thread (the core's pipelines are shared state)."""

    busy_changed = Signal(bool, str)

    def __init__(
        self, parent: QObject | None = None, *, prepare: Callable[[], None] | None = None
    ) -> None:
        """``prepare`` runs once on the GUI thread before the first op starts (see ``run``)."""
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: dict[_Relay, tuple[_Outcome, str]] = {}
        self._prepare = prepare

    def run(
        self,
        op: Callable[[], Any],
        on_success: Success,
        on_failure: Failure,
        label: str = "",
        *,
        imports: bool = True,
    ) -> None:
        """Queues ``op``; its callbacks run later on the GUI thread.

        Before the first op that may import (``imports``) the GUI thread runs ``prepare`` (the
        imports the ops need), so the worker never imports a module while the GUI thread imports
        the same one. An op that imports nothing leaves ``prepare`` for a later op.
        """
        if imports and self._prepare is not None:
            prepare, self._prepare = self._prepare, None
            prepare()
        relay = _Relay(self, on_success, on_failure)
        outcome = _Outcome()
        outcome.succeeded.connect(relay.succeed)
        outcome.failed.connect(relay.fail)
        self._pending[relay] = (outcome, label)
        if label:
            self.busy_changed.emit(True, label)
        self._pool.start(_Job(op, outcome))

    def wait(self) -> None:
        """Blocks until the worker is idle (callbacks still arrive through the event loop)."""
        self._pool.waitForDone()

    def is_busy(self) -> bool:
        """True while any op has not delivered its result."""
        return bool(self._pending)

    def _finished(self, relay: _Relay) -> None:
        _, label = self._pending.pop(relay, (None, ""))
        if label and not any(lbl for _, lbl in self._pending.values()):
            self.busy_changed.emit(False, "")


class SyncTaskRunner(QObject):
    """Runs ops inline on the calling thread: deterministic, for tests."""

    busy_changed = Signal(bool, str)

    def run(
        self,
        op: Callable[[], Any],
        on_success: Success,
        on_failure: Failure,
        label: str = "",
        *,
        imports: bool = True,
    ) -> None:
        """Runs ``op`` now and calls the matching callback before returning."""
        if label:
            self.busy_changed.emit(True, label)
        try:
            result = op()
        except Exception as error:
            if label:
                self.busy_changed.emit(False, "")
            on_failure(error)
            return
        if label:
            self.busy_changed.emit(False, "")
        on_success(result)

    def wait(self) -> None:
        """Nothing is ever pending."""

    def is_busy(self) -> bool:
        """Never busy between calls."""
        return False
