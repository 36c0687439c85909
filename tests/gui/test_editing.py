"""Fixing gaps in place: live re-scoring, the gate, fixes, copy, counters, drafts, confirmations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from preflight.core.assessment import CheckId
from preflight.core.models import Status
from tests.gui.conftest import ALMOST_READY, FIXTURES, GOOD_HEADLINE, GOOD_SUMMARY, edit


def test_typing_rescores_after_a_pause(loaded: Any, qtbot: Any) -> None:
    assert loaded.assessment.check(CheckId.HEADLINE).status == Status.FAIL
    loaded.page.select(CheckId.HEADLINE)
    editor = loaded.page.details.headline_editor.edit
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(loaded.assessment_shown, timeout=2000):
        qtbot.keyClicks(editor, " | Logistics Planner")
    # One verdict for the whole burst of typing, not one per key.
    assert loaded.assessment.headline.endswith("Logistics Planner")
    assert loaded.page.model.data(loaded.page.model.index(1, 0)) == "Headline"


def test_gate_opens_when_headline_and_about_are_fixed_and_closes_again(loaded: Any) -> None:
    banner = loaded.page.banner
    assert not banner.is_ready()
    assert [b.objectName() for b in banner.blocker_buttons()] == [
        "blocker-summary",
        "blocker-headline",
    ]
    edit(loaded, "headline", GOOD_HEADLINE)
    assert not banner.is_ready()
    edit(loaded, "summary", GOOD_SUMMARY)
    assert banner.is_ready()
    assert banner.headline.text() == "Ready to send InMail"
    assert banner.score.text() == "100/100"
    assert banner.blocker_buttons() == []
    edit(loaded, "headline", "Open to work")
    assert not banner.is_ready()
    assert [b.objectName() for b in banner.blocker_buttons()] == ["blocker-headline"]


def test_blocker_is_one_click_from_its_section(loaded: Any) -> None:
    loaded.page.select(CheckId.SKILLS)
    button = next(b for b in loaded.page.banner.blocker_buttons() if "headline" in b.objectName())
    button.click()
    assert loaded.page.details.current().id == CheckId.HEADLINE
    assert loaded.page.table.currentIndex().row() == loaded.page.model.row_of(CheckId.HEADLINE)
    assert loaded.page.details.headline_editor.isVisibleTo(loaded.page.details)


def test_banner_says_when_the_verdict_counts_uncopied_edits(loaded: Any) -> None:
    note = loaded.page.banner.note
    assert not note.isVisibleTo(loaded)
    edit(loaded, "headline", GOOD_HEADLINE)
    assert note.isVisibleTo(loaded)
    assert "Headline" in note.text()
    loaded.page.details.headline_editor.copy_button.click()
    assert QGuiApplication.clipboard().text() == GOOD_HEADLINE
    assert not note.isVisibleTo(loaded)
    edit(loaded, "headline", GOOD_HEADLINE + " today")
    assert note.isVisibleTo(loaded)


def test_suggested_headline_applies_with_one_click(loaded: Any) -> None:
    edit(loaded, "summary", GOOD_SUMMARY)
    loaded.page.select(CheckId.HEADLINE)
    fixes = loaded.assessment.check(CheckId.HEADLINE).fixes
    assert fixes, "the core proposes a headline for this profile"
    loaded.page.details.fix_buttons[0].click()
    loaded.rescore_timer.stop()
    loaded.rescore()
    assert loaded.page.details.headline_editor.text() == fixes[0].text
    assert loaded.session.draft.headline == fixes[0].text
    assert loaded.assessment.check(CheckId.HEADLINE).status != Status.FAIL


def test_counters_and_see_more_marker(loaded: Any) -> None:
    headline = loaded.page.details.headline_editor
    headline.edit.setPlainText("x" * 230)
    assert "230 / 220" in headline.counter.text()
    assert "10 over" in headline.counter.text()
    summary = loaded.page.details.summary_editor
    summary.edit.setPlainText("word " * 40)
    assert summary.edit.extraSelections() == []
    summary.edit.setPlainText("word " * 80)
    (marked,) = summary.edit.extraSelections()
    assert marked.cursor.selectionStart() == 270
    assert "400 / 2,600" in summary.counter.text()


def test_drafts_are_saved_within_a_second_and_survive_a_crash(
    loaded: Any, make_window: Any, qtbot: Any
) -> None:
    editor = loaded.page.details.summary_editor.edit
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(loaded.draft_saved, timeout=1000):
        qtbot.keyClicks(editor, " Ships on time.")
    # No close, no clean shutdown: a second window stands in for the app after a crash.
    after_crash = make_window()
    after_crash.open_path(ALMOST_READY)
    assert after_crash.page.details.summary_editor.text().endswith("Ships on time.")
    assert after_crash.assessment.check(CheckId.SUMMARY).evidence != []
    assert after_crash.page.banner.note.isVisibleTo(after_crash)


def test_reset_to_imported(loaded: Any, dialogs: Any) -> None:
    imported = loaded.session.imported.headline
    edit(loaded, "headline", GOOD_HEADLINE)
    dialogs.confirm_answer = False
    loaded.reset_action.trigger()
    assert loaded.page.details.headline_editor.text() == GOOD_HEADLINE
    dialogs.confirm_answer = True
    loaded.reset_action.trigger()
    assert loaded.page.details.headline_editor.text() == imported
    assert loaded.assessment.headline == imported
    assert loaded.drafts.load(ALMOST_READY).headline is None


def test_confirmation_is_honest_and_remembered(window: Any, make_window: Any) -> None:
    window.open_path(FIXTURES / "pasted-profile.txt")
    assert window.assessment.check(CheckId.PHOTO).status == Status.UNKNOWN
    window.page.select(CheckId.PHOTO)
    details = window.page.details
    assert details.confirm.isVisibleTo(details)
    assert details.confirm.text() == "I checked this myself"
    details.confirm.setChecked(True)
    photo = window.assessment.check(CheckId.PHOTO)
    assert photo.status == Status.PASS and photo.confirmed_by_user
    again = make_window()
    again.open_path(FIXTURES / "pasted-profile.txt")
    assert again.assessment.check(CheckId.PHOTO).confirmed_by_user
    # Sections the file does show cannot be ticked off by hand.
    again.page.select(CheckId.SKILLS)
    assert not again.page.details.confirm.isVisibleTo(again.page.details)


def test_attach_photo_from_the_button_and_remember_it(
    window: Any, make_window: Any, dialogs: Any, tmp_path: Path
) -> None:
    window.open_path(FIXTURES / "pasted-profile.txt")
    picture = tmp_path / "me.png"
    Image.new("RGB", (120, 90), (180, 150, 120)).save(picture)
    dialogs.photo_path = picture
    window.page.select(CheckId.PHOTO)
    window.page.details.attach_button.click()
    assert window.session.draft.photo_path == str(picture)
    assert window.page.details.photo_view.has_photo()
    assert window.assessment.check(CheckId.PHOTO).status != Status.UNKNOWN
    again = make_window()
    again.open_path(FIXTURES / "pasted-profile.txt")
    assert again.page.details.photo_view.has_photo()
    again.page.details.remove_button.click()
    assert not again.page.details.photo_view.has_photo()
    assert again.assessment.check(CheckId.PHOTO).status == Status.UNKNOWN


def test_keyboard_reaches_the_checklist_and_editors(loaded: Any, qtbot: Any) -> None:
    loaded.show()
    qtbot.waitExposed(loaded)
    loaded.page.select(CheckId.PHOTO)
    loaded.page.table.setFocus()
    qtbot.keyClick(loaded.page.table, Qt.Key.Key_Down)
    assert loaded.page.details.current().id == CheckId.HEADLINE
    for widget in (
        loaded.page.table,
        loaded.page.details.headline_editor.edit,
        loaded.page.details.headline_editor.copy_button,
    ):
        # Buttons are announced by their text; other controls need an accessible name.
        assert widget.accessibleName() or getattr(widget, "text", lambda: "")(), widget
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_report_commands_get_the_profile_as_edited(loaded: Any, monkeypatch: Any) -> None:
    from preflight.gui import printing

    calls: list[tuple[str, Any, Any, Any]] = []
    for name in ("print_report", "preview_report", "export_pdf"):
        monkeypatch.setattr(
            printing,
            name,
            lambda parent, assessment, profile, *, settings, n=name, **more: calls.append(
                (n, assessment, profile, more.get("inputs", ()))
            ),
        )
    edit(loaded, "headline", GOOD_HEADLINE)
    loaded.print_action.trigger()
    loaded.preview_action.trigger()
    loaded.pdf_action.trigger()
    loaded.page.banner.report_button.click()
    assert [c[0] for c in calls] == [
        "print_report",
        "preview_report",
        "export_pdf",
        "preview_report",
    ]
    assert all(c[1] is loaded.assessment and c[2].headline == GOOD_HEADLINE for c in calls)
    # A report written to a file must never replace the profile it was made from.
    assert loaded.session.path in calls[0][3] and loaded.session.path in calls[2][3]


def test_report_commands_wait_for_a_profile(window: Any) -> None:
    assert not window.print_action.isEnabled()
    assert not window.pdf_action.isEnabled()


def test_reset_one_field_from_its_editor(loaded: Any, dialogs: Any) -> None:
    headline = loaded.page.details.headline_editor
    summary = loaded.page.details.summary_editor
    assert not headline.reset_button.isVisibleTo(headline)
    edit(loaded, "headline", GOOD_HEADLINE)
    edit(loaded, "summary", GOOD_SUMMARY)
    assert headline.reset_button.isVisibleTo(headline)
    headline.reset_button.click()
    assert headline.text() == loaded.session.imported.headline
    assert summary.text() == GOOD_SUMMARY
    assert not headline.reset_button.isVisibleTo(headline)
    assert loaded.drafts.load(ALMOST_READY).summary == GOOD_SUMMARY


def test_window_size_is_remembered(make_window: Any, qtbot: Any) -> None:
    first = make_window()
    first.resize(700, 500)  # inside the offscreen screen (800x600), so nothing is clamped
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (700, 500)


def test_applied_fix_can_be_undone(loaded: Any) -> None:
    edit(loaded, "summary", GOOD_SUMMARY)
    loaded.page.select(CheckId.HEADLINE)
    before = loaded.page.details.headline_editor.text()
    loaded.page.details.fix_buttons[0].click()
    assert loaded.page.details.headline_editor.text() != before
    loaded.page.details.headline_editor.edit.undo()
    assert loaded.page.details.headline_editor.text() == before


def test_the_section_pane_names_the_section_once(loaded: Any) -> None:
    loaded.page.select("summary")
    details = loaded.page.details
    result = details.current()
    shown = [
        label.text()
        for label in details.widget().findChildren(QLabel)
        if label.isVisibleTo(details) and label.text()
    ]
    assert details.heading.text() in shown
    assert result.title not in shown  # "About (summary)" is the heading's tooltip instead
    assert details.heading.toolTip() == result.title


def test_tab_goes_from_the_blockers_to_the_checklist_to_the_editor(loaded: Any) -> None:
    loaded.show()
    page = loaded.page
    page.select("headline", focus=False)
    blockers = page.banner.blocker_buttons()
    assert blockers
    order = [blockers[0]]
    for _ in range(len(blockers) + 3):
        order.append(order[-1].nextInFocusChain())
        while not (order[-1].isVisible() and order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus):
            order[-1] = order[-1].nextInFocusChain()
    assert order[: len(blockers)] == blockers
    assert order[len(blockers) : len(blockers) + 3] == [
        page.banner.report_button,
        page.table,
        page.details.headline_editor.edit,
    ]


def test_long_unbroken_evidence_wraps_instead_of_clipping(loaded: Any) -> None:
    from preflight.gui.details import _bullets

    link = "https://www.linkedin.com/in/" + "a" * 80
    html = _bullets([f"See {link} for more"], quoted=False)
    assert "\u200b" in html
    assert html.replace("\u200b", "").count(link) == 1


PDF_ABOUT = (
    "I help hospital research teams turn raw lab data into answers they can act on. At my last "
    "lab I cut analysis time from two weeks to three days for 40 scientists with a shared "
    "pipeline. If your team is drowning in data, message me and let's compare notes."
)
READY = {"en": "Ready to send InMail", "es": "Listo para enviar InMail"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_new_user_unlocks_the_gate_from_a_linkedin_pdf(
    make_window: Any, app_paths: Any, public_samples: Path, language: str
) -> None:
    app_paths.preferences_file.write_text(json.dumps({"language": language}), encoding="utf-8")
    window = make_window()
    window.translations.apply(language)
    window.open_path(public_samples / "linkedin-pdf-alexanderpico" / "alex.Profile.pdf")
    banner = window.page.banner
    assert not banner.is_ready()
    # The About is fixed in place, one click from its blocker.
    about = next(b for b in banner.blocker_buttons() if b.objectName() == "blocker-summary")
    about.click()
    assert window.page.details.current().id == CheckId.SUMMARY
    edit(window, "summary", PDF_ABOUT)
    # What a PDF cannot show (photo, posts, all skills) is confirmed by hand, blocker by blocker.
    for _ in range(len(CheckId)):
        if not banner.blocker_buttons():
            break
        banner.blocker_buttons()[0].click()
        assert window.page.details.confirm.isVisibleTo(window)
        window.page.details.confirm.setChecked(True)
    assert banner.is_ready()
    assert banner.headline.text() == READY[language]


def test_after_loading_the_keyboard_starts_at_the_first_blocker(window: Any, qtbot: Any) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.open_path(ALMOST_READY)
    first = window.page.banner.blocker_buttons()[0]
    assert window.focusWidget() is first  # the window's focus, whether or not it is active
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert window.page.details.current().id == window.assessment.blockers[0]
