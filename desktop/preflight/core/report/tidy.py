"""Check text made consistent for print: one date format, no double full stop, short forms."""

from __future__ import annotations

import datetime as dt
import re

from preflight.core.checks.wording import shorten
from preflight.core.report.wording import Wording

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
# An ellipsis (or a closing quote after one) followed by the sentence's own full stop.
_DOUBLE_STOP = re.compile(r"…([”»’\"]?)\.")
# A sentence ends at . ! or ? followed by a space and a capital, an opening quote or ¿ ¡.
# Abbreviations such as "e.g." and "p. ej." do not end a sentence.
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!ej\.)(?<!etc\.)|(?<=[.!?][”»\"]))"
    r"\s+(?=[A-ZÁÉÍÓÚÑ¿¡“«\"])"
)
FEW_WORDS = 90


def tidy(text: str, w: Wording) -> str:
    """``text`` with ISO dates in the language's long form and "…." written as "…"."""
    return _DOUBLE_STOP.sub(r"…\1", _ISO_DATE.sub(lambda m: _long_date(m, w), text))


def first_sentence(text: str) -> str:
    """The first sentence of ``text``: what to do, in one line."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def in_few_words(evidence: list[str], skip: str, w: Wording, limit: int = FEW_WORDS) -> str:
    """The first evidence line that does not just repeat ``skip`` (the headline), shortened."""
    lines = [line for line in evidence if not (skip.strip() and skip.strip() in line)]
    chosen = (lines or evidence or [""])[0]
    return shorten(tidy(chosen, w), limit)


def _long_date(match: re.Match[str], w: Wording) -> str:
    """2022-04-10 as "10 April 2022", 2022-01 as "January 2022"; anything else unchanged."""
    year, month = int(match[1]), int(match[2])
    try:
        if match[3] is None:
            return (
                w("month_year", month=w.month(month), year=year) if 1 <= month <= 12 else match[0]
            )
        return w.date(dt.date(year, month, int(match[3])))
    except (ValueError, KeyError):
        return match[0]
