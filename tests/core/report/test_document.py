"""The report's HTML: escaped profile text, every part present, both languages, the HTML file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from preflight.core.assessment import CheckId
from preflight.core.errors import InputError
from preflight.core.messages import messages
from preflight.core.models import Status
from preflight.core.report import build_report
from preflight.core.report.glyphs import PLACEHOLDER
from preflight.core.settings import Settings
from tests.core.report.builders import GENERATED, make_assessment, make_profile


def _report(language: str = "en", **profile_options: object):  # type: ignore[no-untyped-def]
    profile = make_profile(**profile_options)  # type: ignore[arg-type]
    assessment = make_assessment(profile, language=language)  # type: ignore[arg-type]
    return profile, assessment, build_report(profile, assessment, GENERATED, language)  # type: ignore[arg-type]


def _visible_text(html: str) -> str:
    """The text a reader sees: tags dropped, entities kept as written."""
    return re.sub(r"<[^>]+>", " ", html)


def test_markup_in_profile_text_prints_literally() -> None:
    _, _, report = _report()
    assert "<script>" not in report.html
    assert "<b>for retailers</b>" not in report.html
    assert (
        "&lt;b&gt;for retailers&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"
        in report.html
    )
    assert "&lt;i&gt;mid-size&lt;/i&gt;" in report.html
    # Suggestions come from the checks and may quote profile text too: escaped as well.
    assert "Lead with the role &lt;em&gt;first&lt;/em&gt;." in report.html


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_part_is_present(language: str) -> None:
    _, assessment, report = _report(language)
    msg = messages(language)  # type: ignore[arg-type]
    text = _visible_text(report.html)
    assert "Ana Núñez" in text
    assert "/home/ana" not in text and "Export_2026.zip" in text
    assert msg("report.verdict_not_ready_other", count=2) in text
    assert msg("report.score", score=assessment.score) in text
    for key in ("plan", "checklist", "details", "criteria", "found", "suggestions"):
        assert msg(f"report.{key}") in text, key
    for result in assessment.checks:
        assert msg(f"report.section.{result.id.value}") in text
        assert msg(f"report.status.{result.status.value}") in text
        # Passing sections fold into the checklist; the others have their details.
        assert (result.title in text) is (result.status.value != "pass")
        assert msg("report.points_of", points=result.points, max=result.max_points) in text
    assert "Pricing analyst | I help retailers" in text  # the offered rewrite
    assert msg("report.date", day=26, month=msg("report.month.11"), year=2026) in text
    assert f'<html lang="{language}">' in report.html


def test_spanish_report_is_in_spanish() -> None:
    _, _, report = _report("es")
    text = _visible_text(report.html)
    for words in ("Tu plan", "Secciones que mejorar", "26 de noviembre de 2026", "Suspenso"):
        assert words in text
    assert report.page_text(2, 5) == "Página 2 de 5"
    assert report.verdict == "Aún no está listo: 2 bloqueos"


def test_the_plan_ranks_every_gain_blockers_first_with_projections() -> None:
    _, assessment, report = _report()
    assert assessment.blockers == [CheckId.POSTS, CheckId.SUMMARY]  # posts listed first on purpose
    plan = _visible_text(report.html.split("Your plan", 1)[1].split("Checklist", 1)[0])
    order = [plan.index(section) for section in ("About", "Posts", "Headline", "Skills")]
    assert order == sorted(order)
    for gain in ("+22 points", "+15 points", "+8 points", "+4 points"):
        assert gain in plan
    assert "Open with one concrete result, such as the €40k saved." in plan
    assert "then 88/100, ready" in plan
    assert "Fix these 2: 88/100, ready." in plan and "Do all 4: 100/100." in plan
    assert "--confirm posts" in plan and "“I checked this myself”" in plan


def test_ready_report_with_warnings_lists_them_and_never_mentions_blockers() -> None:
    profile = make_profile()
    assessment = make_assessment(profile, ready=True)
    report = build_report(profile, assessment, GENERATED, "en")
    assert report.verdict == "Ready to send InMail"
    assert "Ready now. 2 improvements left: 100/100 with them." in report.html
    assert "Not ready" not in report.html and "blocker" not in report.html


def test_a_ready_report_with_nothing_left_says_so_in_one_line() -> None:
    profile = make_profile()
    ready = make_assessment(profile, ready=True)
    checks = [
        c.model_copy(update={"status": Status.PASS, "points": c.max_points}) for c in ready.checks
    ]
    assessment = ready.model_copy(update={"checks": checks, "score": 100})
    report = build_report(profile, assessment, GENERATED, "en")
    text = _visible_text(report.html)
    assert "Ready, and nothing left to do: every section passes." in text
    assert "worth a look" not in text and "What to do" not in text
    assert "Sections to work on" not in text and "What we found" not in text
    full = _visible_text(build_report(profile, assessment, GENERATED, "en", full=True).html)
    assert "Section by section" in full and "What we found" in full


def test_posts_are_quoted_newest_first_and_capped() -> None:
    _, _, report = _report(posts=14)
    text = _visible_text(report.html)
    assert "Your newest posts (10 of 14)" in text
    assert text.index("Post number 0 ") < text.index("Post number 1 ")
    assert "Post number 9 " in text and "Post number 10 " not in text


def test_no_activity_source_says_so() -> None:
    _, _, report = _report(posts=None)
    assert "The source does not show your activity." in report.html


def test_photo_thumbnail_only_with_a_photo_file(tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "me.png"
    Image.new("RGB", (300, 200), "#336699").save(photo)
    _, _, with_photo = _report(photo_path=str(photo))
    _, _, without = _report()
    assert '<img src="data:image/png;base64,' in with_photo.html
    assert "data:image" not in without.html


def test_criteria_follow_the_settings_and_name_their_sources() -> None:
    profile = make_profile()
    assessment = make_assessment(profile)
    settings = Settings.model_validate({"headline": {"max_chars": 150}})
    report = build_report(profile, assessment, GENERATED, "en", settings=settings)
    criteria = report.html.split("The criteria behind the checks", 1)[1]
    assert "at most 150 characters" in criteria
    assert "2,600 characters" in criteria
    for check in CheckId:
        assert f"<b>{messages('en')(f'report.section.{check.value}')}</b>" in criteria
    assert "linkedin.com/help/linkedin/answer/a554514" in criteria


def test_report_message_catalogues_match_between_languages() -> None:
    def report_keys(language: str) -> set[str]:
        return {k for k in sorted(messages(language).keys()) if k.startswith("report.")}  # type: ignore[arg-type]

    assert report_keys("en") == report_keys("es")


def test_write_html_is_a_standalone_utf8_file(tmp_path: Path) -> None:
    _, _, report = _report()
    target = tmp_path / "report.html"
    report.write_html(target)
    written = target.read_bytes().decode("utf-8")
    assert written.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in written
    assert "max-width" in written  # the browser-only style is added to the file
    assert "Ana Núñez" in written and "€40k" in written


def test_write_html_to_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    _, _, report = _report()
    with pytest.raises(InputError, match="Cannot write the report"):
        report.write_html(tmp_path / "missing" / "report.html")


def test_for_font_replaces_what_the_font_lacks_and_says_so() -> None:
    _, _, report = _report(headline="Pricing 🚀 analyst", name="Ana 👩‍💻 Núñez")
    printable = report.for_font(lambda char: ord(char) < 0x2000 or char in "€✓✗⚠□·“”")
    assert "🚀" not in printable.html and "👩" not in printable.html
    assert f"Pricing {PLACEHOLDER} analyst" in printable.html
    assert f"Ana {PLACEHOLDER} Núñez" in printable.footer
    assert "marks an emoji or symbol the print font cannot show" in printable.html


def test_for_font_leaves_a_covered_report_alone() -> None:
    _, _, report = _report()
    assert report.for_font(lambda char: True) == report


def test_a_bare_profile_still_makes_a_report() -> None:
    profile = make_profile().model_copy(
        update={
            "name": "",
            "headline": "",
            "summary": "",
            "positions": [],
            "skills": [],
            "posts": None,
        }
    )
    assessment = make_assessment(profile)
    report = build_report(profile, assessment, GENERATED, "es")
    assert "(el perfil no tiene nombre)" in report.html
    assert "(el perfil no tiene titular)" in report.html
    assert report.footer == "Preflight · revisado el 26 de noviembre de 2026"
    assert report.html.count("De tu perfil") == 1  # only the posts section has something to say
