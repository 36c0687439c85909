"""The main window: loading, the live verdict, drafts, and every menu action."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from preflight.gui.appearance import Translations, apply_theme, effective_language
from preflight.gui.draft_keeper import DraftKeeper
from preflight.gui.engine import Engine
from preflight.gui.menus import WindowMenus
from preflight.gui.preferences import (
    Preferences,
    read_checklist_settings,
    read_preferences,
    save_checklist_settings,
    save_preferences,
)
from preflight.gui.start_page import StartPage
from preflight.gui.status import app_icon
from preflight.gui.storage import AppPaths, write_atomically
from preflight.gui.tasks import TaskRunner, describe

if TYPE_CHECKING:
    from preflight.core.assessment import Assessment
    from preflight.core.errors import InputError
    from preflight.core.settings import Settings
    from preflight.core.state_files import Loaded, SetAside
    from preflight.gui.drafts import DraftStore
    from preflight.gui.drops import FileDrops
    from preflight.gui.edit_commands import EditCommands
    from preflight.gui.head_start import HeadStart
    from preflight.gui.photo_commands import PhotoCommands
    from preflight.gui.profile_page import ProfilePage
    from preflight.gui.report_commands import ReportCommands
    from preflight.gui.session import ProfileSession

DEFAULT_SIZE = (1100, 760)
RESCORE_DELAY_MS = 150
# After a head start's verdict: time for it to paint before finding its marks loads spaCy.
MARKS_AFTER_HEAD_START_MS = 50
DRAFT_DELAY_MS = 300
# The window's geometry is a few hundred bytes; a bigger window.ini is not ours.
MAX_WINDOW_STATE_BYTES = 64 * 1024


class MainWindow(QMainWindow):
    """Preflight's one window."""

    profile_loaded = Signal(str)
    assessment_shown = Signal()
    load_failed = Signal(str)
    draft_saved = Signal()

    def __init__(
        self,
        *,
        paths: AppPaths,
        runner: TaskRunner,
        engine: Engine | None = None,
        translations: Translations | None = None,
        as_of: dt.date | None = None,
        defer_setup: bool = False,
        preferences: Loaded[Preferences] | None = None,
    ) -> None:
        """With ``defer_setup`` only what the first paint needs is built; call ``finish_setup``.

        ``preferences``: as already read by the caller (else read here).
        """
        super().__init__()
        self.paths = paths
        self.runner = runner
        self.engine = engine or Engine()
        self.translations = translations or Translations()
        self.as_of = as_of or dt.date.today()
        self._drafts: DraftStore | None = None
        # The profile named at start-up, being judged in a child process (see head_start).
        self.head_start: HeadStart | None = None
        self.keeper = DraftKeeper(self)
        self._window_state_checked = False
        loaded = preferences or read_preferences(paths.preferences_file)
        self.preferences = loaded.value
        self.keeper.note_set_aside(loaded.set_aside)
        self._settings: Settings | None = None
        # Settings keys from a newer version, written back so that version keeps them.
        self._settings_unknown: dict[str, Any] = {}
        self.session: ProfileSession | None = None
        self.assessment: Assessment | None = None
        self._generation = 0
        self._set_up = False
        # False when run by --quit-after: errors go to stderr instead of a dialog nobody can close.
        self.interactive = True
        self.setWindowIcon(app_icon())

        self.start = StartPage()
        self._page: ProfilePage | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        # The menu titles are there from the first paint; their actions come with the set-up.
        self.menus = WindowMenus(self)
        self.file_menu = self.menus.file_menu
        self.recent_menu = self.menus.recent_menu
        self._update_title()
        self.start.set_recent(self.preferences.recent)
        self._fit_to_screen()
        self._restore_geometry()
        if not defer_setup:
            self.finish_setup()

    def finish_setup(self) -> None:
        """Builds what the first paint does not need: actions, status bar, timers, drops."""
        if self._set_up:
            return
        self._set_up = True
        from PySide6.QtWidgets import QLabel, QProgressBar

        from preflight.gui.drops import FileDrops
        from preflight.gui.edit_commands import EditCommands
        from preflight.gui.photo_commands import PhotoCommands
        from preflight.gui.report_commands import ReportCommands

        self.setAcceptDrops(True)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._set_busy(False, "")
        self.runner.busy_changed.connect(self._set_busy)

        self.rescore_timer = QTimer(self, singleShot=True, interval=RESCORE_DELAY_MS)
        self.rescore_timer.timeout.connect(self.rescore)
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)

        self.edits: EditCommands = EditCommands(self)
        self._connect_pages()
        self.photos: PhotoCommands = PhotoCommands(self)
        self.reports: ReportCommands = ReportCommands(self)
        self.drops: FileDrops = FileDrops(self)
        self.drops.watch(self)
        self.menus.add_actions()
        from preflight.gui.outreach_commands import OutreachCommands

        self.outreach = OutreachCommands(self)
        from preflight.gui.composer_commands import ComposerCommands

        self.composer = ComposerCommands(self)

        from preflight.gui.continuation import Continuation
        from preflight.gui.focus_style import FOCUS_STYLE
        from preflight.gui.settings_mark import SettingsMark

        self.continuation = Continuation(self)
        self.settings_mark = SettingsMark(self)

        self.setStyleSheet(FOCUS_STYLE)  # dialogs the window owns inherit it
        self._alias_actions()
        self.update_actions()
        self.retranslate()

    @property
    def settings(self) -> Settings:
        """The checklist settings (read on first use, after the window shows)."""
        if self._settings is None:
            loaded = read_checklist_settings(self.paths.settings_file)
            self._settings = loaded.value.settings
            self._settings_unknown = loaded.value.unknown
            self.keeper.note_set_aside(loaded.set_aside)
        return self._settings

    @property
    def drafts(self) -> DraftStore:
        """Where each profile's edits are kept."""
        if self._drafts is None:
            from preflight.gui.drafts import DraftStore

            self._drafts = DraftStore(self.paths.drafts)
        return self._drafts

    def _apply_limits(self) -> None:
        settings = self.settings
        self.page.details.headline_editor.set_limits(settings.headline.max_chars)
        self.page.details.summary_editor.set_limits(
            settings.summary.max_chars, settings.summary.fold_chars
        )

    # ----- wiring -------------------------------------------------------------------------------

    def _connect_pages(self) -> None:
        self.start.open_requested.connect(self.open_dialog)
        self.start.open_folder_requested.connect(self.open_folder_dialog)
        self.start.paste_requested.connect(self.paste_profile)
        self.start.sample_requested.connect(self.open_sample)
        self.start.recent_requested.connect(lambda p: self.open_path(Path(p)))

    @property
    def page(self) -> ProfilePage:
        """The page for a loaded profile, built on first use (not on the way to the first paint)."""
        if self._page is None:
            from preflight.gui.profile_page import ProfilePage

            self.finish_setup()
            self._page = ProfilePage()
            self.stack.addWidget(self._page)
            self._wire_page(self._page)
        return self._page

    def _wire_page(self, page: ProfilePage) -> None:
        details = page.details
        for editor in (details.headline_editor, details.summary_editor):
            editor.text_edited.connect(self.edits.text_edited)
            editor.copy_requested.connect(self.edits.copy_field)
            editor.reset_requested.connect(self.edits.reset_field)
            self.drops.watch(editor.edit.viewport())
        details.fix_applied.connect(self.edits.apply_fix)
        details.confirm_toggled.connect(self.edits.confirm_toggled)
        details.attach_photo_requested.connect(self.photos.ask_and_attach)
        details.remove_photo_requested.connect(self.photos.remove)
        details.save_crop_requested.connect(self.photos.save_crop)
        page.banner.report_requested.connect(self.reports.print_preview)
        self.composer.attach(page)

        from preflight.gui.inline_marks import InlineMarks

        self.inline_marks = InlineMarks(self)
        from preflight.gui.history_recorder import HistoryRecorder

        self.history = HistoryRecorder(self)

    def _alias_actions(self) -> None:
        menus = self.menus
        self.open_action = menus.open_action
        self.open_folder_action = menus.open_folder_action
        self.sample_action = menus.sample_action
        self.paste_action = menus.paste_action
        self.photo_action = menus.photo_action
        self.print_action = menus.print_action
        self.preview_action = menus.preview_action
        self.pdf_action = menus.pdf_action
        self.quit_action = menus.quit_action
        self.reset_action = menus.reset_action
        self.settings_action = menus.settings_action
        self.about_action = menus.about_action

    def update_actions(self) -> None:
        """Enables the menu actions that make sense for what is open now."""
        self.menus.update_enabled()
        if self._page is not None:
            draft = self.session.draft if self.session else None
            for editor in (self._page.details.headline_editor, self._page.details.summary_editor):
                edited = draft is not None and getattr(draft, editor.field) is not None
                editor.reset_button.setVisible(edited)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets the window's texts for the current language."""
        self.menus.retranslate()
        if self._set_up:
            self.busy_bar.setAccessibleName(self.tr("Working"))
            self.outreach.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        if self.session and self.session.imported.name:
            # The window manager shows the application's name after it (Qt adds it).
            self.setWindowTitle(self.session.imported.name)
        else:
            self.setWindowTitle("")

    def _set_busy(self, busy: bool, label: str) -> None:
        self.busy_label.setText(label if busy else "")
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def showing_start(self) -> bool:
        """True while the start page is on screen."""
        return self.stack.currentWidget() is self.start

    def warm_up(self) -> None:
        """Loads the language pipelines on the worker thread, after the window is up."""
        self.runner.run(self.engine.warm_up, lambda _result: None, lambda _error: None)

    # ----- loading -------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """Asks for a profile file and opens it."""
        from preflight.gui.dialogs import OpenProfileDialog

        path = OpenProfileDialog.ask(self)
        if path is not None:
            self.open_path(path)

    def open_folder_dialog(self) -> None:
        """Asks for an extracted export folder and opens it."""
        from preflight.gui.dialogs import OpenProfileDialog

        path = OpenProfileDialog.ask_folder(self)
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> None:
        """Opens the bundled sample profile."""
        from preflight.core.resources import resource_path

        self.open_path(resource_path("sample", "linkedin-export"))

    def paste_profile(self) -> None:
        """Reads profile text from the clipboard."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.statusBar().showMessage(
                self.tr("The clipboard holds no text. Copy your LinkedIn profile page first."), 6000
            )
            return
        self.open_text(text)

    def open_text(self, text: str) -> None:
        """Opens pasted profile text (kept in the app's data folder so its drafts can find it).

        When the data folder cannot be written the text is read from memory instead.
        """
        import hashlib

        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        path = self.paths.pastes / f"pasted-{digest}.txt"
        try:
            if not path.is_file():
                write_atomically(path, text.encode("utf-8", "replace"))
        except OSError:
            self.open_path(path, text=text)
            return
        self.open_path(path)

    def open_path(self, path: Path, *, text: str | None = None) -> None:
        """Reads and judges a profile off the GUI thread; the old one stays until it succeeds.

        With ``text`` the profile is that pasted text, read from memory (``path`` names it).
        """
        self.finish_setup()
        self.save_draft()
        if not self.keeper.may_let_go():
            return
        head_start, self.head_start = self.head_start, None
        if head_start is not None:
            if text is None and head_start.path == path:
                self.runner.run(
                    head_start.wait,
                    partial(self._judged_ahead, path),
                    lambda _error: self._read_and_judge(path, None),
                    self.tr("Reading {name}…").format(name=path.name),
                    imports=False,
                )
                return
            head_start.cancel()
        self._read_and_judge(path, text)

    def _judged_ahead(self, path: Path, answer: bytes | None) -> None:
        """Shows the head start's verdict when it judged what the window would; else reads."""
        from preflight.gui.head_start import judged_from

        judged = judged_from(answer) if answer is not None else None
        stored = self.drafts.read(path)
        self.keeper.note_set_aside(stored.set_aside)
        inputs = (path, self.paths, self.as_of, self.language(), self.settings, stored.value)
        if judged is None or judged.inputs() != inputs:
            self._read_and_judge(path, None)
            return
        # Finding the marks loads spaCy here first: the verdict is painted before that starts.
        _ = self.page  # built now if it was not yet, and with it the marks
        self.inline_marks.hold_for(MARKS_AFTER_HEAD_START_MS)
        self._loaded((judged.session, judged.assessment, None, True))

    def _read_and_judge(self, path: Path, text: str | None) -> None:
        """Reads and judges the profile on the worker thread, then shows it."""
        engine, drafts, settings = self.engine, self.drafts, self.settings
        language, as_of = self.language(), self.as_of

        def load() -> tuple[ProfileSession, Assessment, SetAside | None, bool]:
            from preflight.gui.session import read_and_judge

            stored = drafts.read(path)
            session, assessment = read_and_judge(
                engine,
                path,
                stored.value,
                text=text,
                as_of=as_of,
                language=language,
                settings=settings,
            )
            return session, assessment, stored.set_aside, text is None

        self.runner.run(
            load,
            self._loaded,
            partial(self.report_failure, path),
            self.tr("Reading {name}…").format(name=path.name),
        )

    def _loaded(self, result: tuple[ProfileSession, Assessment, SetAside | None, bool]) -> None:
        session, assessment, set_aside, on_disk = result
        self.keeper.note_set_aside(set_aside)
        self.keeper.new_session()
        self._generation += 1
        self.session = session
        self._apply_limits()
        details = self.page.details
        details.headline_editor.set_text(session.text("headline"))
        details.summary_editor.set_text(session.text("summary"))
        photo = session.with_photo.photo if session.with_photo else None
        details.set_photo(session.draft.photo_path, photo.analysis if photo else None)
        self.page.show_profile(session.imported)
        self.page.clear_selection()
        self.stack.setCurrentWidget(self.page)
        if on_disk:  # a paste read from memory cannot be opened again from the list
            self.preferences = self.preferences.with_recent(str(session.path))
            self._save_preferences()
        self.start.set_recent(self.preferences.recent)
        self._update_title()
        self.profile_loaded.emit(str(session.path))
        self._show_assessment(assessment)
        self.page.focus_first_step()

    def report_failure(self, path: Path, error: BaseException) -> None:
        """Says why ``path`` could not be used; whatever was open stays open."""
        from preflight.core.errors import InputError
        from preflight.gui.dialogs import ErrorDialog

        if isinstance(error, InputError):
            message, hint = self.localized(error)
            self.load_failed.emit(f"{message}\n{hint}" if hint else message)
            if self.interactive:
                ErrorDialog.show_error(self, message, hint, title=self.tr("Can't open this file"))
            return
        self.load_failed.emit(str(error))
        if self.interactive:
            ErrorDialog.show_error(
                self,
                self.tr("Preflight could not read {name}.").format(name=path.name),
                self.tr("Whatever you had open stays open. Copy the details if you report this."),
                describe(error),
                title=self.tr("Can't open this file"),
            )

    def localized(self, error: InputError) -> tuple[str, str]:
        """An input error's message and hint in the interface language."""
        from preflight.core.messages import messages

        return error.localized(messages(self.language()))

    # ----- the live verdict -----------------------------------------------------------------------

    def language(self) -> Any:
        """The language of the interface and of the verdict's text."""
        return effective_language(self.preferences.language)

    def rescore(self) -> None:
        """Judges the profile as it stands now, off the GUI thread; stale results are dropped."""
        if self.session is None:
            return
        self._generation += 1
        generation = self._generation
        profile = self.session.profile_to_judge()
        confirmed = self.session.confirmed()
        engine, settings, language, as_of = self.engine, self.settings, self.language(), self.as_of
        self.runner.run(
            lambda: engine.assess(
                profile, as_of=as_of, language=language, settings=settings, confirmed=confirmed
            ),
            partial(self._rescored, generation),
            self._unexpected,
        )

    def _rescored(self, generation: int, assessment: Assessment) -> None:
        if generation == self._generation:
            self._show_assessment(assessment)

    def _show_assessment(self, assessment: Assessment) -> None:
        self.assessment = assessment
        if self.session is not None:
            self.session.assessment = assessment
        self.page.show_assessment(assessment, self.uncopied())
        self.update_actions()
        self.assessment_shown.emit()

    def uncopied(self) -> list[str]:
        """Names of the edited fields not yet copied to LinkedIn."""
        return list(self.session.uncopied_edits()) if self.session else []

    def _unexpected(self, error: BaseException) -> None:
        from preflight.gui.dialogs import ErrorDialog

        ErrorDialog.show_error(
            self,
            self.tr("Something unexpected went wrong."),
            self.tr(
                "Your profile and your edits are still here. Copy the details if you report this."
            ),
            describe(error),
        )

    def save_draft(self) -> None:
        """Writes the current profile's draft to disk now (kept in memory if it cannot be)."""
        self.draft_timer.stop()
        if self.session is not None and self.keeper.save():
            self.draft_saved.emit()

    # ----- settings, report, about ----------------------------------------------------------------

    def edit_settings(self) -> None:
        """Shows the settings dialog and applies what the user chose."""
        from preflight.gui.settings_dialog import SettingsDialog

        chosen = SettingsDialog.edit(self, self.settings, self.preferences)
        if chosen is None:
            return
        settings, preferences = chosen
        language_changed = effective_language(preferences.language) != self.language()
        self.preferences = preferences
        self._settings = settings
        try:
            save_checklist_settings(self.paths.settings_file, settings, self._settings_unknown)
        except OSError as error:
            self.statusBar().showMessage(
                self.tr("Could not save your settings: {error}").format(error=error)
            )
        self._save_preferences()
        apply_theme(preferences.theme)
        if language_changed:
            self.translations.apply(self.language())
        self._apply_limits()
        self.rescore()

    def _save_preferences(self) -> None:
        try:
            save_preferences(self.paths.preferences_file, self.preferences)
        except OSError as error:
            self.statusBar().showMessage(
                self.tr("Could not save your preferences: {error}").format(error=error)
            )

    def _window_state(self) -> QSettings:
        # QSettings holds only the window's geometry; everything else is a validated file.
        path = self.paths.window_state_file
        if not self._window_state_checked:  # QSettings would block on a pipe in its place
            from preflight.core.state_files import ensure_usable

            self._window_state_checked = True
            self.keeper.note_set_aside(ensure_usable(path, MAX_WINDOW_STATE_BYTES))
        return QSettings(str(path), QSettings.Format.IniFormat)

    def _fit_to_screen(self) -> None:
        # 1100x760 where it fits; on a smaller screen, what is left once the frame is drawn.
        from preflight.gui.screen_fit import fit_to_screen

        fit_to_screen(self, *DEFAULT_SIZE)

    def _restore_geometry(self) -> None:
        geometry = self._window_state().value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            from preflight.gui.screen_fit import keep_on_screen

            keep_on_screen(self)  # saved on a bigger monitor, or before the scale changed

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._set_up:  # before the set-up nothing can have been typed
            self.save_draft()
            self.composer.close()
            if not self.keeper.may_let_go():
                event.ignore()
                return
        self._window_state().setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
