"""The InMail menu: opens the "Credits & replies" window and the plan dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from preflight.gui.main_window import MainWindow
    from preflight.gui.outreach_view import OutreachView

SHORTCUT = "Ctrl+Shift+I"


class OutreachCommands(QObject):
    """Adds the InMail menu before Help and keeps at most one credits window open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: OutreachView | None = None
        self.menu = QMenu(window)
        self.open_action = QAction(window)
        self.open_action.setObjectName("outreachAction")
        self.open_action.setShortcut(QKeySequence(SHORTCUT))
        self.open_action.triggered.connect(lambda _=False: self.show_view())
        self.plan_action = QAction(window)
        self.plan_action.setObjectName("outreachPlanAction")
        self.plan_action.triggered.connect(lambda _=False: self.edit_plan())
        window.addAction(self.open_action)
        self.menu.addActions([self.open_action, self.plan_action])
        bar = window.menuBar()
        bar.insertMenu(window.menus.help_menu.menuAction(), self.menu)
        self.retranslate()

    def retranslate(self) -> None:
        """Sets the menu's texts for the current language."""
        self.menu.setTitle(self.tr("&InMail"))
        self.open_action.setText(self.tr("&Credits and Replies…"))
        self.plan_action.setText(self.tr("Your &Plan…"))

    def show_view(self) -> OutreachView | None:
        """Shows the credits window (opening the log), or says why the log cannot be used."""
        from preflight.core.app_dirs import outreach_log_path
        from preflight.core.outreach.log import OutreachLogError
        from preflight.gui.outreach_view import OutreachView

        window = self.window
        if self.view is None or self.view.is_closed() or self.view.language != window.language():
            if self.view is not None and not self.view.is_closed():
                self.view.close()
            try:
                self.view = OutreachView(
                    window,
                    log_path=window.paths.data / outreach_log_path().name,
                    runner=window.runner,
                    as_of=window.as_of,
                    language=window.language(),
                )
            except (OutreachLogError, OSError) as error:
                from preflight.gui.dialogs import ErrorDialog

                ErrorDialog.show_error(window, self.tr("Cannot open the outreach log."), str(error))
                return None
            self._fit(self.view)
        self.view.show()
        if QGuiApplication.platformName() != "offscreen":  # it has no stacking order to change
            self.view.raise_()
            self.view.activateWindow()
        return self.view

    def edit_plan(self) -> None:
        """Opens the credits window and its plan dialog."""
        view = self.show_view()
        if view is not None:
            view.edit_plan()

    def _fit(self, view: OutreachView) -> None:
        screen = self.window.screen()
        room = screen.availableGeometry()
        view.resize(min(1280, int(room.width() * 0.96)), min(760, int(room.height() * 0.92)))
