"""Keeps the editors' marked findings in step with each verdict (found off the GUI thread)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from preflight.core.marks import InlineFinding
    from preflight.gui.main_window import MainWindow


class InlineMarks(QObject):
    """After each verdict, finds what to mark in the headline and About and marks it."""

    marked = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._generation = 0
        # The last findings per field and what they were found in: an unchanged field (the
        # headline while the About is typed) is not analysed again.
        self._last: dict[str, tuple[tuple[object, ...], list[InlineFinding]]] = {}
        self.enabled = True
        self._held = False
        window.assessment_shown.connect(self.refresh)

    def hold_for(self, milliseconds: int) -> None:
        """Lets the verdict on screen paint first: marks are worked out ``milliseconds`` later.

        Used for the verdict a head start brings (see ``head_start``): finding marks loads spaCy
        on the GUI thread first, which would otherwise hold that verdict off the screen.
        """
        from PySide6.QtCore import QTimer

        self._held = True
        QTimer.singleShot(milliseconds, self._release)

    def _release(self) -> None:
        self._held = False
        self.refresh()

    def refresh(self) -> None:
        """Works out the marks for the editors' current text; a newer call wins."""
        w = self.window
        if w.session is None or not self.enabled or self._held:
            return
        details = w.page.details
        editors = {"headline": details.headline_editor, "summary": details.summary_editor}
        texts = {field: editor.text() for field, editor in editors.items()}
        text_language = w.session.imported.source.language
        language, settings = w.language(), w.settings
        self._generation += 1
        keys: dict[str, tuple[object, ...]] = {
            field: (text, text_language, language, settings) for field, text in texts.items()
        }
        known = {
            field: self._last[field][1]
            for field, key in keys.items()
            if field in self._last and self._last[field][0] == key
        }

        def find() -> dict[str, list[InlineFinding]]:
            from preflight.core.marks import find_marks

            return {
                field: known[field]
                if field in known
                else find_marks(
                    field,  # type: ignore[arg-type]
                    text,
                    text_language=text_language,
                    language=language,
                    settings=settings,
                )
                for field, text in texts.items()
            }

        w.runner.run(find, partial(self._found, self._generation, keys), lambda _error: None)

    def _found(
        self,
        generation: int,
        keys: dict[str, tuple[object, ...]],
        found: dict[str, list[InlineFinding]],
    ) -> None:
        if generation != self._generation or self.window.session is None:
            return
        for field, key in keys.items():
            self._last[field] = (key, found[field])
        texts = {field: str(key[0]) for field, key in keys.items()}
        details = self.window.page.details
        for field, editor in (
            ("headline", details.headline_editor),
            ("summary", details.summary_editor),
        ):
            # Text typed meanwhile gets its own marks from the next verdict; the old ones moved.
            if editor.text() == texts[field]:
                editor.set_findings(found[field])
        self.marked.emit()
