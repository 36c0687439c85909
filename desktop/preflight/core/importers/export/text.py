"""Cleans the member's text from the export: HTML entities, line ends, the Shares quote quirk."""

from __future__ import annotations

import html
import re

# Shares.csv writes a line break inside a post as "" + newline + "", so after CSV decoding every
# line of the post is wrapped in a literal quote: 'first line "\r\n"second line'.
_QUIRK_BREAK = re.compile(r'"\r?\n"')


def clean_text(value: str) -> str:
    """Plain text: entities decoded (&amp; -> &), line ends unified, outer spaces trimmed.

    The result is kept as text; markup such as <script> stays literal and is never interpreted.
    """
    text = html.unescape(value) if "&" in value else value
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def clean_post_text(value: str) -> str:
    """A post's text with the multi-line quote quirk of Shares.csv undone."""
    if _QUIRK_BREAK.search(value):
        value = _QUIRK_BREAK.sub("\n", value)
        # A post that began or ended with a line break keeps one stray quote at that end.
        if value.startswith('"\n') or value == '"':
            value = value[1:]
        if value.endswith('\n"'):
            value = value[:-1]
        # The quirk leaves the space that stood before each '""': drop it at line ends.
        value = "\n".join(line.rstrip() for line in value.split("\n"))
    return clean_text(value)
