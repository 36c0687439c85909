"""The InMail composer: its gate, marks, templates, copy buttons, autosave and bad input."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QTextCursor

from tests.gui.conftest import GOOD_HEADLINE, GOOD_SUMMARY, edit

SUBJECT = "Your post on half-empty lorries"
BODY = (
    "Hi Maria,\n\n"
    "I read your post on half-empty lorries at Northwind Retail and the numbers from your 40 "
    "stores stayed with me.\n\n"
    "I plan routes for a freight team. In 2025 I cut empty miles by 18% with a shared load "
    "board, and I think part of it could work for your stores too.\n\n"
    "Would you be open to a 15-minute call next week to compare notes?\n\n"
    "Thanks for reading."
)


def _recipient(composer: Any) -> None:
    composer.name_edit.setText("Maria Lopez")
    composer.company_edit.setText("Northwind Retail")
    composer.role_edit.setText("Head of Logistics")
    composer.post_edit.setPlainText(
        "Half-empty lorries are the real cost of same-day delivery. We measured it in 40 stores."
    )


def _type(composer: Any, subject: str, body: str) -> None:
    composer.subject_edit.setPlainText(subject)
    composer.body_edit.setPlainText(body)
    composer.recheck()


def _open(window: Any) -> Any:
    composer = window.composer.open()
    assert composer is not None
    return composer


def test_gate_is_blocked_by_the_profile_then_the_draft_then_open(loaded: Any) -> None:
    composer = _open(loaded)
    _recipient(composer)
    _type(composer, SUBJECT, BODY)
    assert composer.assessment.draft_blockers == []
    assert not composer.banner.is_ready()
    names = [b.objectName() for b in composer.banner.blocker_buttons()]
    assert "profile-blocker-headline" in names and "profile-blocker-summary" in names
    # A profile blocker is one click from its section of the profile.
    button = next(b for b in composer.banner.blocker_buttons() if "summary" in b.objectName())
    button.click()
    assert loaded.page.details.current().id == "summary"

    edit(loaded, "headline", GOOD_HEADLINE)
    edit(loaded, "summary", GOOD_SUMMARY)
    assert loaded.assessment.ready
    _type(composer, "", BODY)  # no subject: the draft blocks now
    assert not composer.banner.is_ready()
    names = [b.objectName() for b in composer.banner.blocker_buttons()]
    assert names == ["draft-blocker-subject"]

    _type(composer, SUBJECT, BODY)
    assert composer.banner.is_ready()
    assert composer.banner.headline.text() == "Ready to send"
    assert composer.banner.blocker_buttons() == []
    # The gate counted the app's edits: until they are on LinkedIn, the banner says so.
    note = composer.banner.uncopied_note
    assert note.isVisibleTo(composer) and "Headline" in note.text()
    loaded.page.details.headline_editor.copy_button.click()
    loaded.page.details.summary_editor.copy_button.click()
    loaded.rescore()
    assert not note.isVisibleTo(composer)


def test_a_placeholder_is_marked_and_the_mark_moves_as_the_user_types(loaded: Any) -> None:
    composer = _open(loaded)
    _type(composer, SUBJECT, "Hi [Name], " + BODY[9:])
    marks = [m for m in composer.body_edit.marks() if m.status == "fail"]
    assert marks and composer.body_edit.toPlainText()[marks[0].start : marks[0].end] == "[Name]"
    assert marks[0].message  # the tooltip says why
    cursor = composer.body_edit.textCursor()
    cursor.setPosition(0)
    composer.body_edit.setTextCursor(cursor)
    composer.body_edit.insertPlainText("Hello. ")  # typed before the mark: it moves with the text
    moved = next(m for m in composer.body_edit.marks() if m.status == "fail")
    assert composer.body_edit.toPlainText()[moved.start : moved.end] == "[Name]"
    assert moved.start == marks[0].start + len("Hello. ")


def test_templates_fill_placeholders_from_recipient_and_profile(loaded: Any) -> None:
    composer = _open(loaded)
    _recipient(composer)
    composer._fill_template_menu()
    actions = composer.template_menu.actions()
    assert len(actions) >= 6  # English and Spanish
    english = next(a for a in actions if a.text().startswith("English"))
    english.trigger()
    body = composer.body_edit.toPlainText()
    assert "Maria" in body and "Northwind Retail" in body
    assert "{" not in body and "{" not in composer.subject_edit.toPlainText()
    # The almost-ready profile's About has no result with a figure: it stays visible.
    assert "[Your result]" in body
    composer.recheck()
    assert composer.assessment.check("placeholders").status == "fail"
    spanish = next(a for a in composer.template_menu.actions() if a.text().startswith("Spanish"))
    spanish.trigger()
    assert "Hola Maria" in composer.body_edit.toPlainText()


def test_copy_buttons_put_the_subject_and_the_body_on_the_clipboard(loaded: Any) -> None:
    composer = _open(loaded)
    _type(composer, SUBJECT, BODY)
    assert composer.copy_note.isVisibleTo(composer)
    composer.copy_subject.click()
    assert QGuiApplication.clipboard().text() == SUBJECT
    assert "body" in composer.copy_note.text() and composer.copy_note.isVisibleTo(composer)
    composer.copy_body.click()
    assert QGuiApplication.clipboard().text() == BODY
    assert not composer.copy_note.isVisibleTo(composer)
    composer.body_edit.insertPlainText(" More.")
    assert composer.copy_note.isVisibleTo(composer)


def test_the_draft_is_saved_and_restored_in_a_new_window(
    make_window: Any, app_paths: Any, qtbot: Any
) -> None:
    from tests.gui.conftest import ALMOST_READY

    first = make_window()
    first.open_path(ALMOST_READY)
    composer = _open(first)
    _recipient(composer)
    _type(composer, SUBJECT, BODY)
    composer.copy_subject.click()
    composer.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(first.composer.save_timer.timeout, timeout=3000):
        composer.body_edit.insertPlainText("!")
    saved = list((app_paths.drafts / "inmail").glob("*.json"))
    assert len(saved) == 1 and '"format": 1' in saved[0].read_text(encoding="utf-8")
    first.close()

    second = make_window()
    second.open_path(ALMOST_READY)
    again = _open(second)
    assert again.subject_edit.toPlainText() == SUBJECT
    assert again.body_edit.toPlainText() == BODY + "!"
    assert again.name_edit.text() == "Maria Lopez"
    assert again.message.copied == {"subject": SUBJECT}
    # Discarding is the only way the file goes.
    again.discard_button.click()
    assert again.body_edit.toPlainText() == ""
    assert not list((app_paths.drafts / "inmail").glob("*.json"))


def test_a_huge_paste_and_binary_clipboard_text_never_crash(loaded: Any) -> None:
    composer = _open(loaded)
    data = QMimeData()
    data.setText("word " * 200_000)
    composer.body_edit.insertFromMimeData(data)
    assert len(composer.body_edit.toPlainText()) <= 20_000
    composer.recheck()
    assert composer.assessment.check("length").status == "fail"
    assert "over LinkedIn's limit" in composer.body_counter.text()
    binary = bytes(range(256)).decode("latin-1") + "\ud800\x00\ufffe"
    data = QMimeData()
    data.setText(binary)
    composer.subject_edit.insertFromMimeData(data)
    composer.body_edit.selectAll()
    composer.body_edit.insertFromMimeData(data)
    composer.recheck()
    assert composer.assessment is not None
    # An emoji is one character to Python and two to Qt: the marks still land on the text.
    _type(composer, SUBJECT, "\U0001f600\U0001f600 Hi [Name], " + BODY[9:])
    mark = next(m for m in composer.body_edit.marks() if m.status == "fail")
    assert (
        composer.body_edit.toPlainText()
        .encode("utf-16-le")[mark.start * 2 : mark.end * 2]
        .decode("utf-16-le")
        == "[Name]"
    )
    loaded.composer.save()
    assert list((loaded.paths.drafts / "inmail").glob("*.json"))


def test_i_sent_it_logs_the_send(loaded: Any) -> None:
    from preflight.core.outreach.log import OutreachLog

    composer = _open(loaded)
    _recipient(composer)
    _type(composer, SUBJECT, BODY)
    composer.sent_button.click()
    with OutreachLog(loaded.composer.log_path) as log:
        sends = log.sends()
    assert "outreach log" in composer.status_line.text()
    assert len(sends) == 1
    sent = sends[0]
    assert (sent.recipient, sent.subject, sent.body) == ("Maria Lopez", SUBJECT, BODY)
    assert sent.origin == "composer" and sent.personalised is True
    assert sent.profile_score == loaded.assessment.score
    assert not composer.sent_button.isEnabled()  # a second click would log it twice


def test_the_composer_fits_a_1024_by_600_screen(loaded: Any) -> None:
    composer = _open(loaded)
    _recipient(composer)
    _type(composer, "", "Hi [Name], " + BODY[9:])  # blocked: the banner holds several buttons
    hint = composer.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600
    composer.resize(1024, 600)
    for widget in (composer.copy_subject, composer.copy_body, composer.template_button):
        assert widget.accessibleName() or widget.text()


def test_the_action_and_the_banner_button_open_the_composer(loaded: Any) -> None:
    assert loaded.composer.action.isEnabled()
    assert loaded.composer.action.shortcut().toString() == "Ctrl+Shift+M"
    loaded.page.banner.findChild(type(loaded.composer.button), "composeButton").click()
    assert loaded.composer.composer is not None and loaded.composer.composer.isVisible()


def test_a_draft_blocker_leads_to_the_words_and_friday_gets_a_note(loaded: Any) -> None:
    import datetime as dt

    composer = _open(loaded)
    composer.as_of = dt.date(2026, 11, 27)  # a Friday
    _type(composer, SUBJECT, "Hi [Name], " + BODY[9:])
    assert composer.banner.day_note.isVisibleTo(composer)
    assert "Friday" in composer.banner.day_note.text()
    button = next(
        b
        for b in composer.banner.blocker_buttons()
        if b.objectName() == "draft-blocker-placeholders"
    )
    button.click()
    assert composer.body_edit.textCursor().position() == len("Hi ")  # at "[Name]"
    assert composer.body_edit.hasFocus() or not composer.isActiveWindow()
    mark = composer.body_edit.mark_at(composer.body_edit.textCursor().position())
    assert mark is not None and mark.status == "fail"


def test_a_damaged_message_draft_is_set_aside_and_said_once(
    loaded: Any, app_paths: Any, dialogs: Any
) -> None:
    store = loaded.composer.store
    target = store.path_for(loaded.session.path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"\x00\xff not json")
    composer = _open(loaded)
    assert composer.body_edit.toPlainText() == ""
    kept = [p for p in target.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00\xff not json"
    loaded.keeper.tell()
    assert any(str(target) in e["message"] for e in dialogs.errors)


def test_hovering_a_mark_says_why(loaded: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    composer = _open(loaded)
    _type(composer, SUBJECT, "Hi [Name], " + BODY[9:])
    qtbot.waitExposed(composer)
    edit = composer.body_edit
    mark = edit.mark_at(4)
    assert mark is not None
    cursor = edit.textCursor()
    cursor.setPosition(5)
    inside = edit.viewport().mapTo(edit, edit.cursorRect(cursor).center())
    event = QHelpEvent(QEvent.Type.ToolTip, inside, edit.mapToGlobal(inside))
    QApplication.sendEvent(edit, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == mark.message
