"""The standalone HTML report, the accessible form: lang, landmarks, headings in order, a print
stylesheet with page numbers, and a Content-Security-Policy that allows nothing external."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser

import pytest

from preflight.core.report import build_report
from tests.core.report.builders import GENERATED, make_assessment, make_profile


class _Outline(HTMLParser):
    """Collects the tags, attributes and heading levels of a document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.headings: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def first(self, tag: str) -> dict[str, str]:
        return next(attrs for name, attrs in self.tags if name == tag)

    def has(self, tag: str) -> bool:
        return any(name == tag for name, _ in self.tags)


def _standalone(language: str, *, full: bool = True) -> str:
    profile = make_profile(posts=4)
    assessment = make_assessment(profile, language=language)  # type: ignore[arg-type]
    return build_report(profile, assessment, GENERATED, language, full=full).standalone_html()  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "es"])
def test_language_landmarks_and_headings_in_order(language: str) -> None:
    outline = _Outline()
    outline.feed(_standalone(language))
    assert outline.first("html")["lang"] == language
    for landmark in ("header", "main", "footer"):
        assert outline.has(landmark), landmark
    levels = outline.headings
    assert levels[0] == 1 and levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading h{after} follows h{before}"
    # Layout tables say so; data tables name their columns.
    assert all(
        a.get("role") == "presentation"
        for t, a in outline.tags
        if t == "table" and "grid" not in a.get("class", "")
    )
    assert all(a.get("scope") == "col" for t, a in outline.tags if t == "th")


def test_the_gauge_is_an_inline_svg_with_a_text_alternative() -> None:
    html = _standalone("en")
    assert "preflight-gauge:" not in html
    assert re.search(r'<svg [^>]*role="img" aria-label="Score 51 of 100"', html)


def test_content_security_policy_allows_nothing_external() -> None:
    html = _standalone("en")
    outline = _Outline()
    outline.feed(html)
    meta = next(
        a
        for t, a in outline.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    policy = meta["content"]
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert "http" not in policy and "script-src" not in policy
    # The policy comes before anything it governs, and nothing loads from elsewhere.
    assert html.index("Content-Security-Policy") < html.index("<style>")
    for _, attrs in outline.tags:
        for name in ("src", "href"):
            assert not attrs.get(name, "").startswith(("http:", "https:", "//")), attrs


@pytest.mark.parametrize(("language", "label"), [("en", "Page"), ("es", "Página")])
def test_print_stylesheet_numbers_the_pages(language: str, label: str) -> None:
    html = _standalone(language)
    assert re.search(
        r'@page\s*\{[^}]*@bottom-right\s*\{\s*content:\s*"' + label + r' " counter\(page\)', html
    )
    assert 'counter(pages) ""' in html
    assert "@media print" in html and "break-inside: avoid" in html
