"""Letter where offices use it (from the locale), A4 elsewhere."""

from __future__ import annotations

import pytest

from preflight.core.report import default_page_size, page_size_for_locale, parse_page_size


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("en_US.UTF-8", "Letter"),
        ("es_MX.UTF-8", "Letter"),
        ("en-CA", "Letter"),
        ("es_CO", "Letter"),
        ("es_ES.UTF-8", "A4"),
        ("en_GB.UTF-8", "A4"),
        ("de_DE@euro", "A4"),
        ("C", "A4"),
        ("", "A4"),
    ],
)
def test_page_size_for_locale(locale_name: str, expected: str) -> None:
    assert page_size_for_locale(locale_name) == expected


def test_lc_all_wins_then_lc_paper_then_lang() -> None:
    assert default_page_size({"LC_ALL": "en_GB.UTF-8", "LC_PAPER": "en_US.UTF-8"}) == "A4"
    assert default_page_size({"LC_PAPER": "en_US.UTF-8", "LANG": "en_GB.UTF-8"}) == "Letter"
    assert default_page_size({"LANG": "es_MX.UTF-8"}) == "Letter"
    assert default_page_size({}) == "A4"


def test_parse_page_size() -> None:
    assert parse_page_size("letter") == "Letter"
    assert parse_page_size(" a4 ") == "A4"
    with pytest.raises(ValueError, match="A4 or Letter"):
        parse_page_size("A3")
