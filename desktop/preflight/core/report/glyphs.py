"""Replaces characters a print font cannot draw (emoji, mostly) with a visible placeholder."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

PLACEHOLDER = "□"
_ZWJ = "\u200d"
_KEYCAP = "\u20e3"


def replace_missing_glyphs(
    text: str, supports: Callable[[str], bool], placeholder: str = PLACEHOLDER
) -> str:
    """``text`` with each sequence the font lacks (emoji and modifiers, a flag) as one mark."""
    out: list[str] = []
    replaced = False  # the last visible character became a placeholder
    after_joiner = False  # a zero-width joiner followed that placeholder
    open_flag = False  # the placeholder stands for one half of a flag so far
    for char in text:
        if _is_invisible_tail(char):
            if replaced:
                after_joiner = after_joiner or char == _ZWJ
            elif supports(char):
                out.append(char)
            continue
        if _is_emoji_tail(char) and replaced:
            continue
        if char.isascii() or not _is_visible(char) or supports(char):
            out.append(char)
            replaced = after_joiner = open_flag = False
            continue
        flag_half = _is_regional_indicator(char)
        if after_joiner or (flag_half and open_flag):
            after_joiner = open_flag = False
        else:
            out.append(placeholder)
            open_flag = flag_half
        replaced = True
    return "".join(out)


def _is_visible(char: str) -> bool:
    """Letters, marks, numbers, punctuation and symbols: what a font must draw."""
    return unicodedata.category(char)[0] in "LMNPS"


def _is_invisible_tail(char: str) -> bool:
    """Joiners and variation selectors, drawn by no font; kept only where the font handles them."""
    return char == _ZWJ or "\ufe00" <= char <= "\ufe0f"


def _is_emoji_tail(char: str) -> bool:
    """Characters that only modify the emoji before them: skin tones, keycaps, tags."""
    return (
        "\U0001f3fb" <= char <= "\U0001f3ff"
        or char == _KEYCAP
        or "\U000e0020" <= char <= "\U000e007f"
    )


def _is_regional_indicator(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"
