"""Reads and judges the profile named at start-up in a child process while the window is built.

``preflight-desktop PATH`` would otherwise build its window, then load spaCy and judge the profile,
one after the other on one core. Forked before Qt starts any thread, a child does exactly what the
window's own opening does (``session.read_and_judge``, on the same state files, only reading
them: where it would set a damaged one aside it gives up) while the parent builds the window on
the other core, and sends back the result. The window uses it only when everything it would
have judged with (folders, check date, language, settings, draft) is equal; otherwise, or if
the child fails in any way, it reads the profile as ever. Only the first verdict comes this way:
the window loads spaCy itself right after that verdict is on screen, for the edits that follow.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import select
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment
    from preflight.core.models import Language
    from preflight.core.settings import Settings
    from preflight.gui.drafts import Draft
    from preflight.gui.session import ProfileSession
    from preflight.gui.storage import AppPaths

# How long the window waits for the child before reading the profile itself.
WAIT_SECONDS = 60.0
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Judged:
    """What the child judged, and everything it judged with."""

    path: Path
    paths: AppPaths
    as_of: dt.date
    language: Language
    settings: Settings
    draft: Draft
    session: ProfileSession
    assessment: Assessment

    def inputs(self) -> tuple[object, ...]:
        """Everything it judged with: the path, folders, check date, language, settings, draft."""
        return (self.path, self.paths, self.as_of, self.language, self.settings, self.draft)


class HeadStart:
    """A child judging ``path``; ``wait`` (off the GUI thread) returns its pickled answer."""

    def __init__(self, path: Path, pid: int, answer: int) -> None:
        self.path = path
        self._pid = pid
        self._answer = answer

    def wait(self, timeout: float = WAIT_SECONDS) -> bytes | None:
        """The child's answer, or None when it failed, gave up or took longer than ``timeout``."""
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._answer], [], [], left)[0]:
                    self.cancel()
                    return None
                chunk = os.read(self._answer, _CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
        except OSError:
            self.cancel()
            return None
        finally:
            os.close(self._answer)
            self._answer = -1
        status = self._reap()
        return b"".join(chunks) if status == 0 and chunks else None

    def cancel(self) -> None:
        """Stops the child (if it still runs) and forgets it."""
        if self._pid:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            self._reap()
        if self._answer >= 0:
            os.close(self._answer)
            self._answer = -1

    def _reap(self) -> int | None:
        pid, self._pid = self._pid, 0
        if not pid:
            return None
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return None
        return os.waitstatus_to_exitcode(status)


def start(path: Path) -> HeadStart | None:
    """Forks the child that judges ``path``; None where that is not safe or not possible."""
    if not hasattr(os, "fork") or not _single_threaded() or "PySide6.QtCore" in sys.modules:
        return None
    as_of = dt.date.today()
    try:
        answer, send = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: never returns
        os.close(answer)
        _child(send, path, as_of)
    os.close(send)
    return HeadStart(path, pid, answer)


def judged_from(answer: bytes) -> Judged | None:
    """The child's answer read back (on the GUI thread, so imports happen only there)."""
    try:
        judged = pickle.loads(answer)  # our own child's bytes, over a private pipe
    except Exception:  # anything unreadable means: read the profile as ever
        return None
    return judged if isinstance(judged, Judged) else None


def judge(path: Path, as_of: dt.date) -> Judged:
    """Reads and judges ``path`` as the window would, leaving every state file as it was."""
    from preflight.core.state_files import only_read

    only_read()
    from preflight.gui.drafts import DraftStore
    from preflight.gui.engine import Engine
    from preflight.gui.language_choice import effective_language
    from preflight.gui.preferences import read_checklist_settings, read_preferences
    from preflight.gui.session import read_and_judge
    from preflight.gui.storage import AppPaths

    # Qt's own answers cost the child a tenth of a second to import Qt for; where the guesses
    # are wrong the window's comparison drops the head start.
    paths = _likely_paths() or AppPaths.default()
    preferences = read_preferences(paths.preferences_file).value
    language = (
        _locale_language() if preferences.language == "system" else preferences.language
    ) or effective_language(preferences.language)
    settings = read_checklist_settings(paths.settings_file).value.settings
    draft = DraftStore(paths.drafts).read(path).value
    session, assessment = read_and_judge(
        Engine(), path, draft, text=None, as_of=as_of, language=language, settings=settings
    )
    return Judged(path, paths, as_of, language, settings, draft, session, assessment)


def _likely_paths() -> AppPaths | None:
    """The app's folders as ``AppPaths.default`` finds them on Linux, without importing Qt."""
    from preflight.gui.storage import APP_NAME, AppPaths

    if not sys.platform.startswith("linux"):
        return None
    home = Path.home()

    def xdg(variable: str, fallback: Path) -> Path:
        value = os.environ.get(variable, "")
        return Path(value) if value and Path(value).is_absolute() else fallback

    data = os.environ.get("PREFLIGHT_DATA_DIR")
    config = os.environ.get("PREFLIGHT_CONFIG_DIR")
    return AppPaths(
        data=Path(data) if data else xdg("XDG_DATA_HOME", home / ".local" / "share") / APP_NAME,
        config=Path(config) if config else xdg("XDG_CONFIG_HOME", home / ".config") / APP_NAME,
    )


def _locale_language() -> Language | None:
    """Spanish or English from the locale variables (as Qt reads them on Unix); None off Unix."""
    if not sys.platform.startswith("linux"):
        return None
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def _child(send: int, path: Path, as_of: dt.date) -> None:
    """In the child: judge, write the pickled result, and leave without the parent's exit code."""
    code = 1
    try:
        import gc

        gc.disable()  # a short life: the collector's passes would only cost time
        # Nothing of the child's reaches the user's terminal; the window speaks for it.
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        data = pickle.dumps(judge(path, as_of), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(send, view) :]
        code = 0
    except BaseException:  # any failure: the window reads the profile itself
        code = 1
    finally:
        os._exit(code)


def _single_threaded() -> bool:
    """True when this process runs one thread (the kernel counts Qt's too; Python does not)."""
    try:
        return sum(1 for _ in Path("/proc/self/task").iterdir()) == 1
    except OSError:
        import threading

        return threading.active_count() == 1
