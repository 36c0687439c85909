"""Keeps headings with what follows them: a heading never ends a page alone."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

# Room the first lines after a heading need on the same page, in layout pixels (about three lines).
FOLLOW_PX = 48.0


def keep_headings_with_next(document: QTextDocument, follow_px: float = FOLLOW_PX) -> int:
    """Moves to the next page each run of headings that would end a page; returns how many moved."""
    page_height = document.pageSize().height()
    if page_height <= 0:
        return 0
    layout = document.documentLayout()
    moved = 0
    block = document.begin()
    while block.isValid():
        if not _is_heading(block):
            block = block.next()
            continue
        run_end = block
        while _is_heading(run_end.next()):
            run_end = run_end.next()
        top = layout.blockBoundingRect(block).top()
        bottom = layout.blockBoundingRect(run_end).bottom()
        page_top = (top // page_height) * page_height
        if top > page_top + 1 and bottom + follow_px > page_top + page_height:
            cursor = QTextCursor(block)
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
            # Qt's incremental relayout leaves later blocks stale after a format change; redo them.
            start = block.position()
            document.markContentsDirty(start, document.characterCount() - start)
            moved += 1
        block = run_end.next()
    return moved


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0
