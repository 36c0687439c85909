"""Words and dates in the report's language, and escaping of every piece of profile text."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from preflight.core.messages import Messages, messages
from preflight.core.models import Language, PartialDate, Status

STATUS_ICONS: dict[Status, str] = {
    Status.PASS: "✓",
    Status.WARN: "⚠",
    Status.FAIL: "✗",
    Status.UNKNOWN: "?",
}


def esc(text: str) -> str:
    """Profile or message text made safe for HTML: markup prints literally."""
    return html.escape(text, quote=True)


def paragraphs(text: str, css_class: str = "") -> str:
    """Plain text as escaped HTML paragraphs: blank lines split them, single breaks stay breaks."""
    attr = f' class="{css_class}"' if css_class else ""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        f"<p{attr}>{'<br>'.join(esc(line) for line in block.splitlines())}</p>"
        for block in blocks
        if block
    )


def quote_box(inner_html: str) -> str:
    """Quoted profile text on a shaded box: a one-cell table, split cleanly across pages."""
    return (
        '<table role="presentation" class="quote" width="100%" cellspacing="0" cellpadding="6">'
        "<tr><td>"
        f"{inner_html}</td></tr></table>"
    )


class Wording:
    """The report's text in one language: messages, status words and date formats."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._messages: Messages = messages(language)

    def __call__(self, key: str, /, **values: Any) -> str:
        """The report message ``report.<key>`` with ``values`` filled in (not escaped)."""
        return self._messages(f"report.{key}", **values)

    def html(self, key: str, /, **values: Any) -> str:
        """The message escaped for HTML, values included."""
        return esc(self(key, **values))

    def status(self, status: Status) -> str:
        """The status word, e.g. "Pass"."""
        return self(f"status.{status.value}")

    def section(self, check_id: str) -> str:
        """The short name of a checklist section."""
        return self(f"section.{check_id}")

    def month(self, month: int) -> str:
        """The month's name."""
        return self(f"month.{month}")

    def date(self, value: dt.date) -> str:
        """A full date, e.g. "26 November 2026" or "26 de noviembre de 2026"."""
        return self("date", day=value.day, month=self.month(value.month), year=value.year)

    def partial_date(self, value: PartialDate) -> str:
        """A date with the precision the profile gave: year, month and year, or a full date."""
        if value.month is None:
            return str(value.year)
        if value.day is None:
            return self("month_year", month=self.month(value.month), year=value.year)
        return self.date(value.earliest())

    def number(self, value: int) -> str:
        """An integer with the language's thousands separator."""
        if self.language == "es":
            # Spanish style (RAE): no separator in four-digit numbers, a non-breaking space above.
            return str(value) if abs(value) < 10000 else f"{value:,}".replace(",", "\u00a0")
        return f"{value:,}"
