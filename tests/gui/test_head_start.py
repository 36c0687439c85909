"""The verdict judged in a child at start-up is shown only when it is what the window would show."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

from preflight.gui.drafts import DraftStore
from preflight.gui.engine import Engine
from preflight.gui.head_start import Judged, start
from preflight.gui.session import read_and_judge
from preflight.gui.storage import AppPaths
from tests.gui.conftest import ALMOST_READY, AS_OF

REPO = Path(__file__).resolve().parents[2]


class CountingEngine(Engine):
    """The real engine, counting how often a profile is read."""

    def __init__(self) -> None:
        self.loads = 0

    def load(self, path: Path, *, as_of: Any) -> Any:
        self.loads += 1
        return super().load(path, as_of=as_of)


class FakeHeadStart:
    """Stands in for the child: answers with ``answer`` (None: it failed)."""

    def __init__(self, path: Path, answer: bytes | None) -> None:
        self.path = path
        self.answer = answer
        self.cancelled = False

    def wait(self) -> bytes | None:
        return self.answer

    def cancel(self) -> None:
        self.cancelled = True


def _judged(paths: AppPaths, language: str = "en") -> Judged:
    draft = DraftStore(paths.drafts).read(ALMOST_READY).value
    from preflight.core.settings import Settings

    settings = Settings()
    session, assessment = read_and_judge(
        Engine(), ALMOST_READY, draft, text=None, as_of=AS_OF, language=language, settings=settings
    )
    return Judged(ALMOST_READY, paths, AS_OF, language, settings, draft, session, assessment)  # type: ignore[arg-type]


def test_the_head_start_verdict_is_shown_without_reading_the_profile_again(
    make_window: Any, app_paths: AppPaths, qtbot: Any
) -> None:
    engine = CountingEngine()
    window = make_window(engine=engine)
    judged = _judged(app_paths)
    window.head_start = FakeHeadStart(ALMOST_READY, pickle.dumps(judged))
    window.open_path(ALMOST_READY)
    assert engine.loads == 0
    assert window.assessment == judged.assessment
    assert window.page.banner.headline.text() == "Not ready to send InMail yet"
    # The marks follow once the verdict has had time to paint.
    with qtbot.waitSignal(window.inline_marks.marked, timeout=5000):
        pass
    assert window.head_start is None  # used once


def test_a_head_start_judged_with_other_inputs_is_dropped_and_the_profile_read(
    make_window: Any, app_paths: AppPaths
) -> None:
    engine = CountingEngine()
    window = make_window(engine=engine)
    judged = _judged(app_paths, language="es")  # the window shows English
    window.head_start = FakeHeadStart(ALMOST_READY, pickle.dumps(judged))
    window.open_path(ALMOST_READY)
    assert engine.loads == 1
    assert window.assessment is not None
    assert window.assessment.language == "en"


def test_a_failed_child_means_the_window_reads_the_profile_itself(make_window: Any) -> None:
    engine = CountingEngine()
    window = make_window(engine=engine)
    window.head_start = FakeHeadStart(ALMOST_READY, None)
    window.open_path(ALMOST_READY)
    assert engine.loads == 1
    assert window.session is not None


def test_opening_another_profile_first_stops_the_child(make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    head_start = FakeHeadStart(tmp_path / "other", b"")
    window.head_start = head_start
    window.open_path(ALMOST_READY)
    assert head_start.cancelled
    assert window.session is not None


def test_no_child_is_forked_once_qt_runs_threads(qapp: Any) -> None:
    assert start(ALMOST_READY) is None


_CHILD_PROBE = """
import sys
from pathlib import Path
from preflight.gui.head_start import judged_from, start
head_start = start(Path(sys.argv[1]))
answer = head_start.wait()
judged = judged_from(answer) if answer else None
print("NONE" if judged is None else f"{judged.assessment.score} {judged.language}")
"""


def _probe(tmp_path: Path, extra_env: dict[str, str]) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "desktop"),
        "PREFLIGHT_DATA_DIR": str(tmp_path / "data"),
        "PREFLIGHT_CONFIG_DIR": str(tmp_path / "config"),
        **extra_env,
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD_PROBE, str(ALMOST_READY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_the_forked_child_judges_as_the_window_does(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "preferences.json").write_text('{"language": "es"}', encoding="utf-8")
    paths = AppPaths(data=tmp_path / "data", config=tmp_path / "config")
    expected = _judged(paths, language="es")
    today = _probe(tmp_path, {})
    assert today.split()[1] == "es"
    # The child judges as of today; the fixture's verdict does not depend on the date.
    assert int(today.split()[0]) == expected.assessment.score


def test_the_child_leaves_a_damaged_draft_for_the_window_to_set_aside(tmp_path: Path) -> None:
    paths = AppPaths(data=tmp_path / "data", config=tmp_path / "config")
    draft = DraftStore(paths.drafts).path_for(ALMOST_READY)
    draft.parent.mkdir(parents=True)
    draft.write_text("{not json", encoding="utf-8")
    assert _probe(tmp_path, {}) == "NONE"
    assert draft.read_text(encoding="utf-8") == "{not json"
    assert list(draft.parent.iterdir()) == [draft]


_GUESS_PROBE = """
from preflight.gui import head_start
from preflight.gui.appearance import system_language
from preflight.gui.storage import AppPaths
print(head_start._likely_paths() == AppPaths.default())
print(head_start._locale_language() == system_language())
"""


def test_the_child_guesses_the_folders_and_language_qt_would_give(tmp_path: Path) -> None:
    cases = [
        {"LANG": "es_ES.UTF-8"},
        {"LANG": "en_GB.UTF-8", "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": "rel"},
        {"LC_ALL": "C", "LANG": "es_MX.UTF-8"},
        {"LC_ALL": "es_AR.UTF-8", "LANG": "en_US.UTF-8"},
    ]
    for extra in cases:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("LC_", "LANG", "XDG_", "PREFLIGHT_"))
        }
        env.update(extra, PYTHONPATH=str(REPO / "desktop"), QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [sys.executable, "-c", _GUESS_PROBE],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=True,
        )
        assert done.stdout.split() == ["True", "True"], (extra, done.stdout, done.stderr)
