"""Counting emoji in profile text without a third-party emoji table."""

from __future__ import annotations

import re

_ZWJ = "\u200d"
_VARIATION = "\ufe0f"
_KEYCAP = "\u20e3"
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_TEXT_ARROWS = range(0x2190, 0x2200)  # emoji only with a variation selector: "➡" vs "↗️"
# Characters drawn as emoji in LinkedIn's interface, and the marks that join or modify them.
_CANDIDATES = re.compile(
    "[\U0001f000-\U0001faff"  # pictographs, emoticons, transport, flags, skin tones
    "\u2600-\u27bf"  # miscellaneous symbols and dingbats: ☀ ✅ ✨ ❤ ➡
    "\u2300-\u23ff"  # miscellaneous technical: ⌚ ⏰ ⏳
    "\u2b00-\u2bff"  # arrows and stars: ⬆ ⭐ ⭕
    "\u2190-\u21ff"  # arrows
    "\u200d\ufe00-\ufe0f\u20e3]"
)


def count_emoji(text: str) -> int:
    """How many emoji a reader sees: joined sequences, skin tones and flags count once."""
    count = 0
    joined = pending_flag = False
    last_end = -1
    for match in _CANDIDATES.finditer(text):
        ch = match.group()
        code = ord(ch)
        if match.start() != last_end:
            joined = pending_flag = False  # ordinary text in between breaks any sequence
        last_end = match.end()
        if ch == _ZWJ:
            joined = True
        elif ch == _KEYCAP:
            count += 1  # 1️⃣: the digit before it was not counted
        elif 0xFE00 <= code <= 0xFE0F or code in _SKIN_TONES:
            continue
        elif code in _REGIONAL_INDICATORS:
            count += 0 if pending_flag else 1  # two indicators make one flag
            pending_flag = not pending_flag
            joined = False
        elif code in _TEXT_ARROWS and text[match.end() : match.end() + 1] != _VARIATION:
            joined = pending_flag = False  # a plain arrow written as text
        else:
            count += 0 if joined else 1
            joined = pending_flag = False
    return count
