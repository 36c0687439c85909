"""Headings never end a page alone; the pages carry the report's footer."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from preflight.printing.pagination import keep_headings_with_next, keep_together


def _document(filler_lines: int) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    filler = "".join(f"<p>Line {i}</p>" for i in range(filler_lines))
    document.setHtml(f"{filler}<h3>Heading</h3><p>First line after it.</p><p>Second.</p>")
    document.setPageSize(QSizeF(400, 300))
    return document


def _heading_top(document: QTextDocument) -> float:
    block = document.begin()
    while block.isValid() and block.text() != "Heading":
        block = block.next()
    return document.documentLayout().blockBoundingRect(block).top()


def _lines_per_page() -> int:
    document = _document(0)
    line = document.documentLayout().blockBoundingRect(document.begin()).height()
    return int(300 // line)


def test_heading_at_the_foot_of_a_page_moves_to_the_next(qapp: object) -> None:
    document = _document(0)
    for filler in range(1, 60):
        document = _document(filler)
        top = _heading_top(document)
        if 300 - 50 < top < 300:  # the heading would sit at the very foot of page 1
            break
    else:
        raise AssertionError("no filler length put the heading at the foot of the page")
    assert keep_headings_with_next(document) == 1
    assert 300 <= _heading_top(document) < 300 + 30  # the top of page 2, after its own margin


def test_heading_with_room_after_it_stays(qapp: object) -> None:
    document = _document(2)
    before = _heading_top(document)
    assert keep_headings_with_next(document) == 0
    assert _heading_top(document) == before


def _bullets_document(filler_lines: int) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    filler = "".join(f"<p>Line {i}</p>" for i in range(filler_lines))
    bullet = "A bullet long enough to wrap over several lines of the narrow page. " * 3
    document.setHtml(f"{filler}<ul><li>{bullet}</li><li>Second bullet.</li></ul>")
    document.setPageSize(QSizeF(400, 300))
    return document


def test_a_bullet_that_would_straddle_two_pages_starts_the_next(qapp: object) -> None:
    height = 300.0
    for filler in range(1, 40):
        document = _bullets_document(filler)
        block = document.begin()
        while block.isValid() and block.textList() is None:
            block = block.next()
        rect = document.documentLayout().blockBoundingRect(block)
        if rect.top() < height < rect.bottom() - 5:
            break
    else:
        raise AssertionError("no filler length split the bullet over the page end")
    assert keep_together(document) >= 1
    rect = document.documentLayout().blockBoundingRect(block)
    assert rect.top() >= height  # the whole bullet is on page 2


def test_a_short_block_after_a_heading_moves_with_it(qapp: object) -> None:
    for filler in range(1, 60):
        document = QTextDocument()
        document.setDocumentMargin(0)
        lines = "".join(f"<p>Line {i}</p>" for i in range(filler))
        paragraph = "Words that make a paragraph of four lines here. " * 6
        document.setHtml(f"{lines}<h3>Heading</h3><p>{paragraph}</p>")
        document.setPageSize(QSizeF(400, 400))
        heading = document.begin()
        while heading.text() != "Heading":
            heading = heading.next()
        layout = document.documentLayout()
        after = layout.blockBoundingRect(heading.next())
        heading_bottom = layout.blockBoundingRect(heading).bottom()
        # Room for the three lines the old rule asked for, not for the whole short paragraph.
        if heading_bottom + 48 < 400 < after.bottom() - 5 and after.height() < 100:
            break
    else:
        raise AssertionError("no filler length split the paragraph after the heading")
    assert keep_together(document) == 1
    assert layout.blockBoundingRect(heading).top() >= 400
