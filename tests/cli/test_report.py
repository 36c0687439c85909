"""``preflight report``: the PDF's text, pages and paper size, the HTML file, exit codes."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from preflight.cli import main
from preflight.core.models import Profile
from tests.core.report.builders import make_assessment, make_profile

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")), reason="needs poppler-utils"
)

AS_OF = "2026-11-26"
HEADLINE = "Revenue Operations Lead <b>for B2B sales teams</b> | I help teams forecast 🚀"
LONG_SUMMARY_SENTENCE = (
    "I help B2B sales teams trust their forecast and cut forecast error from 30% to 8% in two "
    "quarters, saving €120,000 a year for a café chain. "
)


def write_export(folder: Path, *, summary: str, posts: int) -> Path:
    """An invented LinkedIn data export (the CSV files LinkedIn ships) with ``posts`` posts."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = {
        "Profile.csv": [
            ["First Name", "Last Name", "Headline", "Summary", "Industry", "Geo Location"],
            ["Tobías", "Okafor-Núñez", HEADLINE, summary, "Software Development", "Madrid"],
        ],
        "Positions.csv": [
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [
                "Brightwell",
                "Revenue Operations Lead",
                "Own forecasting for 40 sellers.",
                "",
                "Mar 2023",
                "",
            ],
        ],
        "Skills.csv": [["Name"], ["Revenue Operations"], ["Forecasting"], ["Salesforce.com"]],
        "Rich_Media.csv": [
            ["Date/Time", "Media Description", "Media Link"],
            [
                "You uploaded a profile photo on March 3, 2025 at 4:49 PM (GMT)",
                " -",
                "https://x.invalid/p",
            ],
        ],
        "Shares.csv": [
            ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
        ]
        + [
            [
                f"{dt.date(2026, 11, 20) - dt.timedelta(days=6 * i)} 08:00:00",
                f"https://www.linkedin.com/feed/update/urn:li:share:{i}",
                f"Post {i}: what we learned rebuilding the pipeline stage rules. " * 6,
                "",
                "",
                "MEMBER_NETWORK",
            ]
            for i in range(posts)
        ],
    }
    for name, table in rows.items():
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(table)
    return folder


def pdf_text(path: Path) -> str:
    """The PDF's text with ligatures unfolded and all whitespace as single spaces."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def run_report(*argv: str) -> int:
    return main(["report", *argv, "--as-of", AS_OF])


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(tmp_path / "export", summary=LONG_SUMMARY_SENTENCE * 2, posts=3)


@pytest.mark.parametrize("language", ["en", "es"])
def test_pdf_holds_name_verdict_sections_and_suggestions(
    qapp: object, export: Path, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    captured: dict[str, object] = {}
    from preflight.cli import report as report_cli

    real = report_cli.load_and_assess

    def spy(args, *path):  # type: ignore[no-untyped-def]
        captured["profile"], captured["assessment"] = result = real(args, *path)
        return result

    monkeypatch.setattr(report_cli, "load_and_assess", spy)
    out = tmp_path / "report.pdf"
    code = run_report(str(export), "-o", str(out), "--lang", language)
    assessment = captured["assessment"]
    assert code == (0 if assessment.ready else 1)  # type: ignore[attr-defined]
    text = pdf_text(out)
    assert "Tobías Okafor-Núñez" in text
    verdict = {
        "en": ("Ready to send InMail", "Not ready"),
        "es": ("Listo para", "Aún no está listo"),
    }
    assert verdict[language][0 if assessment.ready else 1] in text  # type: ignore[attr-defined]
    assert f"{assessment.score}/100" in text  # type: ignore[attr-defined]
    for result in assessment.checks:  # type: ignore[attr-defined]
        if result.status.value == "pass":
            continue  # folded into one checklist line
        assert flat(result.title) in text
        for suggestion in result.suggestions:
            assert flat(suggestion) in text
    assert ("Page 1 of" if language == "en" else "Página 1 de") in text


def test_markup_prints_literally_with_accents_euro_and_an_emoji_placeholder(
    qapp: object, export: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    run_report(str(export), "-o", str(out), "--lang", "en", "--full")
    text = pdf_text(out)
    assert "Revenue Operations Lead <b>for B2B sales teams</b>" in text
    assert "€120,000" in text and "café" in text
    assert "🚀" not in text and "forecast □" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    assert rows and all(row[-5] == "yes" for row in rows), fonts.stdout  # the "emb" column


def test_page_count_grows_with_content(qapp: object, tmp_path: Path) -> None:
    short = write_export(tmp_path / "short", summary=LONG_SUMMARY_SENTENCE, posts=1)
    long_summary = (LONG_SUMMARY_SENTENCE * 20)[:2600]
    long = write_export(tmp_path / "long", summary=long_summary, posts=40)
    run_report(str(short), "-o", str(tmp_path / "short.pdf"), "--full")
    run_report(str(long), "-o", str(tmp_path / "long.pdf"), "--full")
    short_pages = int(pdf_info(tmp_path / "short.pdf")["Pages"])
    long_pages = int(pdf_info(tmp_path / "long.pdf")["Pages"])
    assert long_pages > short_pages
    text = pdf_text(tmp_path / "long.pdf")
    assert f"Page {long_pages} of {long_pages}" in text
    assert flat(long_summary[-60:]) in text  # the end of the long About is printed, not cut


@pytest.mark.parametrize(
    ("option", "expected"), [("A4", "595 x 842"), ("Letter", "612 x 792"), ("letter", "612 x 792")]
)
def test_page_size_follows_the_option(
    qapp: object, export: Path, tmp_path: Path, option: str, expected: str
) -> None:
    out = tmp_path / "report.pdf"
    run_report(str(export), "-o", str(out), "--page-size", option)
    assert pdf_info(out)["Page size"].strip().startswith(expected)


@pytest.mark.parametrize("case", [("en_US.UTF-8", "612 x 792"), ("es_ES.UTF-8", "595 x 842")])
def test_page_size_defaults_to_the_locale(
    qapp: object,
    export: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[str, str],
) -> None:
    locale, expected = case
    monkeypatch.setenv("LC_ALL", locale)
    out = tmp_path / "report.pdf"
    run_report(str(export), "-o", str(out), "--lang", "en")
    assert pdf_info(out)["Page size"].strip().startswith(expected)


def test_html_option_writes_html(export: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run_report(str(export), "-o", str(out), "--html", "--lang", "es")
    written = out.read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in written
    assert "&lt;b&gt;for B2B sales teams&lt;/b&gt;" in written
    assert "Lista de comprobación" in written
    assert not list(tmp_path.glob("*.pdf"))


def test_exit_zero_when_ready(
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from preflight.cli import report as report_cli

    def ready(args, *path):  # type: ignore[no-untyped-def]
        profile: Profile = make_profile()
        return profile, make_assessment(profile, ready=True)

    monkeypatch.setattr(report_cli, "load_and_assess", ready)
    out = tmp_path / "ready.pdf"
    assert run_report("profile.json", "-o", str(out), "--lang", "en") == 0
    assert "Ready to send InMail" in pdf_text(out)
    assert "Ready to send InMail" in capsys.readouterr().out


def test_bad_input_exits_two_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_report(str(tmp_path / "missing.zip"), "-o", str(tmp_path / "r.pdf")) == 2
    err = capsys.readouterr().err
    assert err.startswith("preflight: ") and "Traceback" not in err


def test_unwritable_output_exits_two(
    qapp: object, export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "r.pdf"
    assert run_report(str(export), "-o", str(out)) == 2
    assert "Cannot write the report" in capsys.readouterr().err


def test_unknown_page_size_is_a_usage_error(export: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_report(str(export), "-o", str(tmp_path / "r.pdf"), "--page-size", "A3")
    assert exit_info.value.code == 2


def test_photo_file_adds_the_round_thumbnail(qapp: object, export: Path, tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "me.jpg"
    Image.new("RGB", (600, 600), "#c9d6df").save(photo)
    with_photo, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    run_report(str(export), "-o", str(with_photo), "--photo", str(photo))
    run_report(str(export), "-o", str(without))

    def images(path: Path) -> list[str]:
        command = ["pdfimages", "-list", str(path)]
        out = subprocess.run(command, capture_output=True, text=True, check=True)
        return [line for line in out.stdout.splitlines()[2:] if line.split()[2] == "image"]

    # The score gauge is the one image of a report without a photo.
    assert len(images(with_photo)) == 2
    assert len(images(without)) == 1


def test_pdf_text_has_no_ligatures_so_it_can_be_searched_and_copied(
    qapp: object, export: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    assert run_report(str(export), "-o", str(out), "--lang", "en") in (0, 1)
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    assert "profile" in raw.stdout
    assert not any(0xFB00 <= ord(ch) <= 0xFB06 for ch in raw.stdout)
