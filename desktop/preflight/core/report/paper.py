"""The paper size for a locale: US Letter where offices use it, A4 everywhere else."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import cache
from typing import Literal

from preflight.core.resources import resource

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")
_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-](?:[A-Za-z]{4}[_-])?([A-Za-z]{2}|\d{3})(?:$|[._@])")


@cache
def letter_territories() -> frozenset[str]:
    """Country codes that use US Letter (resources/report/letter_territories.txt)."""
    text = resource("report", "letter_territories.txt").read_text(encoding="utf-8")
    codes = (line.split("#", 1)[0].strip().upper() for line in text.splitlines())
    return frozenset(code for code in codes if code)


def page_size_for_locale(locale_name: str) -> PageSize:
    """Letter for locales such as en_US, es_MX or en-CA; A4 for the rest and for unknown names."""
    match = _TERRITORY.match(locale_name.strip())
    if match and match.group(1).upper() in letter_territories():
        return "Letter"
    return "A4"


def default_page_size(environ: Mapping[str, str] | None = None) -> PageSize:
    """The paper size of the POSIX locale (LC_ALL, then LC_PAPER, then LANG); A4 when unset."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(variable, "")
        if value:
            return page_size_for_locale(value)
    return "A4"


def parse_page_size(text: str) -> PageSize:
    """``A4`` or ``Letter`` from any letter case; raises ValueError for anything else."""
    for size in PAGE_SIZES:
        if text.strip().lower() == size.lower():
            return size
    raise ValueError(f"unknown page size '{text}'; choose A4 or Letter")
