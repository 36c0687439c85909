"""Tidies pasted page text into lines, dropping the copies LinkedIn adds for screen readers."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and direction marks that browsers copy along with the visible text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[^\S\n]+")
# A doubled line ("Senior EngineerSenior Engineer") needs at least this many characters per half.
_MIN_DOUBLED_HALF = 4


def clean_lines(text: str) -> list[str]:
    """Non-empty, space-tidied lines of ``text``, each screen-reader repeat collapsed to one."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    for raw in text.split("\n"):
        line = undouble(_SPACES.sub(" ", raw).strip())
        if not line:
            continue
        if lines and line == lines[-1]:
            continue  # the same text again on the next line
        lines.append(line)
    return lines


def undouble(line: str) -> str:
    """``line`` once when it is the same text written twice in a row, else ``line`` unchanged."""
    size = len(line)
    if size % 2 or size < 2 * _MIN_DOUBLED_HALF:
        return line
    half = line[: size // 2]
    # A bare number ("12341234") may be one value; dates and words are repeats.
    if half == line[size // 2 :] and not half.replace(",", "").replace(".", "").isdigit():
        return half
    return line
