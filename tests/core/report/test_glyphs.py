"""Characters the print font lacks become one placeholder per emoji sequence."""

from __future__ import annotations

import pytest

from preflight.core.report.glyphs import PLACEHOLDER as P
from preflight.core.report.glyphs import replace_missing_glyphs


def _font_without_emoji(char: str) -> bool:
    return ord(char) < 0x2000 or char in "€✓"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🚀 Product lead", f"{P} Product lead"),
        ("👩‍💻 Developer", f"{P} Developer"),  # a ZWJ sequence is one emoji
        ("👍🏽 ok", f"{P} ok"),  # skin tone modifier belongs to the emoji
        ("🇪🇸🇲🇽 flags", f"{P}{P} flags"),  # two flags, two placeholders
        ("love ❤️ it", f"love {P} it"),  # the variation selector goes with it
        ("🚀🚀", f"{P}{P}"),
        ("Café €5 ✓ ñandú", "Café €5 ✓ ñandú"),
        ("<b>tags</b>\n\ttabs", "<b>tags</b>\n\ttabs"),
    ],
)
def test_replacement(text: str, expected: str) -> None:
    assert replace_missing_glyphs(text, _font_without_emoji) == expected


def test_a_font_that_has_everything_changes_nothing() -> None:
    text = "👩‍💻 🇪🇸 ❤️ café"
    assert replace_missing_glyphs(text, lambda char: True) == text
