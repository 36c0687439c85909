"""Page breaks a reader expects: a heading stays with its first block, a bullet is never split."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

# Room the first lines after a heading need on the same page, in layout pixels (about three lines)
# when the block after it is too tall to keep whole.
FOLLOW_PX = 48.0
# A block or table after a heading shorter than this share of a page moves with it as a whole.
KEEP_WHOLE_SHARE = 0.3


def keep_headings_with_next(document: QTextDocument, follow_px: float = FOLLOW_PX) -> int:
    """Moves to the next page each run of headings that would end a page; returns how many moved."""
    return keep_together(document, follow_px)


def keep_together(document: QTextDocument, follow_px: float = FOLLOW_PX) -> int:
    """Starts a new page before each heading run whose first block would not fit after it, and
    before each bullet that would be split across two pages; returns how many blocks moved."""
    page_height = document.pageSize().height()
    if page_height <= 0:
        return 0
    layout = document.documentLayout()
    moved = 0
    block = document.begin()
    while block.isValid():
        if _is_heading(block):
            run_end = block
            while _is_heading(run_end.next()):
                run_end = run_end.next()
            top = layout.blockBoundingRect(block).top()
            bottom = _bottom_to_keep(document, run_end, page_height, follow_px)
            if _crosses(top, bottom, page_height):
                _break_before(document, block)
                moved += 1
            block = run_end.next()
            continue
        if block.textList() is not None and _top_level(document, block):
            layout.blockBoundingRect(block)  # lays the block out if Qt has not yet
            top, bottom = _lines_span(block)
            if bottom - top < page_height / 2 and _crosses(top, bottom, page_height):
                _break_before(document, block)
                moved += 1
        block = block.next()
    return moved


def _bottom_to_keep(
    document: QTextDocument, run_end: QTextBlock, page_height: float, follow_px: float
) -> float:
    """Where the heading run's page must reach: the end of a short first block after it, else
    ``follow_px`` below the last heading (the first lines of a long block, table or quote)."""
    layout = document.documentLayout()
    heading_bottom = layout.blockBoundingRect(run_end).bottom()
    following = run_end.next()
    if not following.isValid():
        return heading_bottom
    if _top_level(document, following):
        rect = layout.blockBoundingRect(following)
    else:  # a table (a checklist, a quote box): kept whole with its heading when it is short
        table = QTextCursor(following).currentTable()
        if table is None:
            return heading_bottom + follow_px
        rect = layout.frameBoundingRect(table)
    if rect.height() < page_height * KEEP_WHOLE_SHARE:
        return max(rect.bottom(), heading_bottom + follow_px)
    return heading_bottom + follow_px


def _lines_span(block: QTextBlock) -> tuple[float, float]:
    """The top of the block's first line and the bottom of its last, margins left out."""
    text_layout = block.layout()
    count = text_layout.lineCount()
    if count == 0:
        return 0.0, 0.0
    origin = text_layout.position().y()
    last = text_layout.lineAt(count - 1)
    return origin + text_layout.lineAt(0).y(), origin + last.y() + last.height()


def _crosses(top: float, bottom: float, page_height: float) -> bool:
    """True when [top, bottom] starts below a page's top and runs past that page's end."""
    page_top = (top // page_height) * page_height
    return top > page_top + 1 and bottom > page_top + page_height


def _break_before(document: QTextDocument, block: QTextBlock) -> None:
    cursor = QTextCursor(block)
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)
    # Qt's incremental relayout leaves later blocks stale after a format change; redo them.
    start = block.position()
    document.markContentsDirty(start, document.characterCount() - start)


def _top_level(document: QTextDocument, block: QTextBlock) -> bool:
    """True for a block in the main flow, not inside a table cell (page breaks apply there)."""
    return QTextCursor(block).currentFrame() == document.rootFrame()


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0
