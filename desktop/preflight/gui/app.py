"""Starts the desktop app: ``preflight-desktop`` and ``preflight gui``."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from preflight.gui.head_start import HeadStart
    from preflight.gui.main_window import MainWindow

QUIT_AFTER = ("shown", "ready")
PAGE_PREBUILD_MS = 200


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``preflight gui`` and ``preflight-desktop``."""
    parser.add_argument("path", metavar="PATH", nargs="?", type=Path, help="a profile to open")
    parser.add_argument("--photo", metavar="IMAGE", type=Path, help="your profile photo file")
    parser.add_argument(
        "--quit-after",
        choices=QUIT_AFTER,
        help="quit once the window is shown, or once PATH's verdict is on screen",
    )
    parser.add_argument(
        "--screenshot", metavar="FILE.png", type=Path, help="save the window before quitting"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """The ``preflight-desktop`` entry point."""
    parser = argparse.ArgumentParser(prog="preflight-desktop", description="Preflight desktop app")
    add_arguments(parser)
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Opens the window (and PATH), runs the event loop, returns the exit code."""
    if args.quit_after == "ready" and args.path is None:
        print("preflight: --quit-after ready needs a PATH to open", file=sys.stderr)
        return 2
    from preflight.core.startup_gc import collector_paused

    head_start = _head_start(args)
    with collector_paused():
        app = create_application()
        window = create_window()
    window.head_start = head_start
    window.interactive = args.quit_after is None
    window.show()
    # The first frame is painted before the rest of the window is set up.
    app.processEvents()
    if args.quit_after == "shown":
        return 0 if _save_screenshot(window, args) else 2
    from PySide6.QtCore import QCoreApplication, QTimer

    from preflight.gui.errors import install_excepthook

    with collector_paused():
        window.finish_setup()
    install_excepthook(window)
    outcome = {"code": 0}

    def finish(code: int = 0) -> None:
        # The verdict is on screen once the pending layouts and paints are done. Timers are not
        # run (nor anything started): what they would load, such as the marks, comes after it.
        marks = getattr(window, "inline_marks", None)
        if marks is not None:
            marks.enabled = False
        QCoreApplication.sendPostedEvents()
        window.repaint()
        if not _save_screenshot(window, args):
            code = 2
        outcome["code"] = code
        app.exit(code)

    def failed(message: str) -> None:
        print(f"preflight: {message}", file=sys.stderr)
        if args.quit_after is not None:
            outcome["code"] = 2
            app.exit(2)

    def on_ready() -> None:
        session = window.session
        # With --photo, "ready" means that photo's verdict is on screen, not one remembered in a
        # draft from an earlier run.
        if args.photo is not None and (
            session is None or session.draft.photo_path != str(args.photo)
        ):
            return
        if args.quit_after == "ready":
            finish()  # the last slot on this signal: every other reaction has run

    window.load_failed.connect(failed)
    window.assessment_shown.connect(on_ready)
    if args.photo is not None:
        window.profile_loaded.connect(lambda _p: window.photos.attach(args.photo))
    # The profile page is built while the user looks at the start page (opening a file sooner
    # builds it on the spot).
    QTimer.singleShot(PAGE_PREBUILD_MS, lambda: window.page)
    if args.path is None and args.quit_after is None:
        # spaCy and the pipelines load after the window is up, on the worker thread (when a PATH
        # is given, reading it loads the pipeline it needs first).
        QTimer.singleShot(0, window.warm_up)
    if args.path is not None:
        window.open_path(args.path)
    code = app.exec()
    window.runner.wait()
    return outcome["code"] if args.quit_after else code


def _head_start(args: argparse.Namespace) -> HeadStart | None:
    """Before Qt starts any thread: a child that reads and judges PATH while the window is built."""
    if args.path is None or args.quit_after == "shown":
        return None
    from preflight.gui.head_start import start

    return start(args.path)


def _save_screenshot(window: MainWindow, args: argparse.Namespace) -> bool:
    """Saves the window as PNG all or nothing, never over PATH or the photo; False if it failed."""
    path: Path | None = args.screenshot
    if path is None:
        return True
    from preflight.core.errors import InputError
    from preflight.core.output_guard import check_output
    from preflight.core.safe_write import atomic_path

    try:
        check_output(path, (args.path, args.photo))
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(path) as temporary:
            if not window.grab().save(str(temporary), "PNG"):
                raise OSError(errno.EIO, "Qt could not write the picture")
    except InputError as error:
        print(f"preflight: {error.message}", file=sys.stderr)
        return False
    except OSError as error:
        reason = error.strerror or error
        print(f"preflight: cannot save the screenshot {path}: {reason}.", file=sys.stderr)
        return False
    return True


def create_application() -> QApplication:
    """The QApplication with Preflight's names, style and HiDPI policy."""
    from PySide6.QtWidgets import QApplication

    # HiDPI: Qt 6 scales by the screen's exact factor (PassThrough rounding) by default.
    # Fusion draws both the light and the dark palette well on every platform; asking for it on
    # the command line avoids building the platform's default style first.
    existing = QApplication.instance()
    app = existing or QApplication([*sys.argv[:1], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Preflight")
    app.setApplicationDisplayName("Preflight")
    app.setDesktopFileName("io.github.preflight.Preflight")
    if existing is not None and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    return app


def create_window() -> MainWindow:
    """The main window on the user's folders, theme and language, with a background runner."""
    from preflight.gui.appearance import Translations, apply_theme, effective_language
    from preflight.gui.engine import Engine
    from preflight.gui.main_window import MainWindow
    from preflight.gui.preferences import read_preferences
    from preflight.gui.storage import AppPaths
    from preflight.gui.tasks import ThreadTaskRunner

    paths = AppPaths.default()
    engine = Engine()
    # Read once: a damaged file is set aside here, and the window tells the user about it.
    loaded = read_preferences(paths.preferences_file)
    preferences = loaded.value
    if preferences.theme != "system":  # a new application already follows the system
        apply_theme(preferences.theme)
    translations = Translations()
    translations.apply(effective_language(preferences.language))
    return MainWindow(
        paths=paths,
        runner=ThreadTaskRunner(prepare=engine.preload),
        engine=engine,
        translations=translations,
        defer_setup=True,
        preferences=loaded,
    )


if __name__ == "__main__":
    sys.exit(main())
