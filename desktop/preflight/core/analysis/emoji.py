"""Counting emoji in profile text without a third-party emoji table."""

from __future__ import annotations

_ZWJ = "\u200d"
_VARIATION_SELECTORS = range(0xFE00, 0xFE10)
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_KEYCAP = "\u20e3"
# Code point blocks whose characters are drawn as emoji in LinkedIn's interface.
_EMOJI_BLOCKS = (
    range(0x1F000, 0x1FB00),  # pictographs, emoticons, transport, symbols and pictographs ext.
    range(0x2600, 0x27C0),  # miscellaneous symbols and dingbats: ☀ ✅ ✨ ❤ ➡
    range(0x2300, 0x2400),  # miscellaneous technical: ⌚ ⏰ ⏳
    range(0x2B00, 0x2C00),  # arrows and stars: ⬆ ⭐ ⭕
    range(0x2190, 0x2200),  # arrows drawn as emoji with a variation selector: ↗️
)


def _is_emoji(ch: str) -> bool:
    code = ord(ch)
    return any(code in block for block in _EMOJI_BLOCKS)


def count_emoji(text: str) -> int:
    """How many emoji a reader sees: joined sequences, skin tones and flags count once."""
    count = 0
    joined = False
    pending_flag = False
    for index, ch in enumerate(text):
        code = ord(ch)
        if ch == _ZWJ:
            joined = True
            continue
        if code in _VARIATION_SELECTORS or code in _SKIN_TONES:
            continue
        if ch == _KEYCAP:
            count += 1  # 1️⃣: the digit before it was not counted
            continue
        if code in _REGIONAL_INDICATORS:
            if not pending_flag:
                count += 1
            pending_flag = not pending_flag
            joined = False
            continue
        pending_flag = False
        if code in range(0x2190, 0x2200) and not _next_is_variation(text, index):
            joined = False
            continue  # a plain arrow written as text, not an emoji
        if _is_emoji(ch) and not joined:
            count += 1
        joined = False
    return count


def _next_is_variation(text: str, index: int) -> bool:
    return index + 1 < len(text) and text[index + 1] == "\ufe0f"
