"""The PDF's page 1 as a plan, read back with pdftotext: ranked gains, projections, how to
confirm, folded passes, the footer date and the metadata, in English and Spanish."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from preflight.cli import main
from preflight.core.models import Profile
from tests.cli.test_report import flat, pdf_info, pdf_text
from tests.core.report.builders import make_assessment, make_profile

PASTED = Path(__file__).resolve().parents[1] / "fixtures" / "pasted"
PASTE_AS_OF = "2024-12-02"


# Qt leaves the clipped, invisible text of a line that moved to the next page in the margins
# around the body (top margin 16 mm = 45 pt; bottom margin 14 mm plus the footer, about 60 pt),
# where no reader sees it; ``body_only`` reads just the body, between them.
BODY_TOP_PT = 44
BODY_BOTTOM_PT = 60


def page_texts(path: Path, *, body_only: bool = False) -> list[str]:
    """The text of each page (only its body when ``body_only``), whitespace flattened."""
    info = pdf_info(path)
    pages = int(info["Pages"])
    height = float(info["Page size"].split("x")[1].split()[0])
    out = []
    for page in range(1, pages + 1):
        body = height - BODY_TOP_PT - BODY_BOTTOM_PT
        crop = ["-x", "0", "-y", str(BODY_TOP_PT), "-W", "2000", "-H", str(int(body))]
        crop = crop if body_only else []
        command = ["pdftotext", "-f", str(page), "-l", str(page), *crop, str(path), "-"]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        out.append(flat(done.stdout))
    return out


def _letters(text: str) -> str:
    """Only letters and digits: emoji placeholders, quotes and line breaks do not matter here."""
    return "".join(char for char in flat(text) if char.isalnum())


def xmp(path: Path) -> str:
    done = subprocess.run(
        ["pdfinfo", "-meta", str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def four_gains(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hand-made assessment: About fails (+22), Posts unknown (+15), two warnings (+8, +4)."""
    from preflight.cli import report as report_cli

    def assessed(args, *path):  # type: ignore[no-untyped-def]
        profile: Profile = make_profile()
        return profile, make_assessment(profile, language=args.lang or "en")

    monkeypatch.setattr(report_cli, "load_and_assess", assessed)


PLAN_WORDS = {
    "en": {
        "heading": "Your plan",
        "gains": ["About", "+22 points", "Posts", "+15 points", "Headline", "+8 points"],
        "flip": "then 88/100, ready",
        "projection": ["Fix these 2: 88/100, ready.", "Do all 4: 100/100."],
        "confirm": "in the app, tick “I checked this myself” under Posts; on the command line, "
        "add --confirm posts.",
        "footer": "checked on 26 November 2026",
        "page": "Page 1 of",
    },
    "es": {
        "heading": "Tu plan",
        "gains": ["Acerca de", "+22 puntos", "Publicaciones", "+15 puntos", "Titular", "+8 puntos"],
        "flip": "luego 88/100, listo",
        "projection": ["Corrige estos 2: 88/100, listo.", "Hazlos todos (4): 100/100."],
        "confirm": "en la aplicación, marca «Lo he comprobado yo» en Publicaciones; en la línea "
        "de órdenes, añade --confirm posts.",
        "footer": "revisado el 26 de noviembre de 2026",
        "page": "Página 1 de",
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_page_one_ranks_every_gain_with_its_projection(
    qapp: object, four_gains: None, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "plan.pdf"
    assert main(["report", "x.json", "-o", str(out), "--lang", language]) == 1
    words = PLAN_WORDS[language]
    first = page_texts(out)[0]
    plan = first.split(words["heading"], 1)[1]
    # pdftotext may read a table column by column: sections in order, and gains in order.
    for column in (words["gains"][0::2], words["gains"][1::2]):
        positions = [plan.index(word) for word in column]
        assert positions == sorted(positions), "blockers first, then warnings by points lost"
    assert words["flip"] in plan
    for line in words["projection"]:
        assert line in plan
    assert words["confirm"] in plan
    assert words["footer"] in first and words["page"] in first


CONFIRM_WORDS = {
    "en": ("Almost ready: 1 check to confirm", "1 check to confirm: 100/100, ready."),
    "es": (
        "Casi listo: 1 comprobación por confirmar",
        "1 comprobación por confirmar: 100/100, listo.",
    ),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_paste_whose_only_gap_is_the_photo_has_one_check_to_confirm(
    qapp: object, tmp_path: Path, language: str
) -> None:
    verdict, todo = CONFIRM_WORDS[language]
    out = tmp_path / "paste.pdf"
    path = PASTED / f"profile_{language}.txt"
    assert main(["report", str(path), "-o", str(out), "--lang", language, "--as-of", "2024-12-02"])
    text = pdf_text(out)
    assert verdict in text and todo in text
    assert "--confirm photo" in text
    assert "Not ready" not in text and "Aún no está listo" not in text
    checked = "checked on 2 December 2024" if language == "en" else "revisado el 2 de diciembre de"
    assert checked in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_confirmed_ready_profile_folds_to_short_pages_and_says_nothing_is_left(
    qapp: object, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "ready.pdf"
    path = PASTED / f"profile_{language}.txt"
    argv = ["report", str(path), "-o", str(out), "--lang", language, "--as-of", PASTE_AS_OF]
    assert main([*argv, "--confirm", "photo"]) == 0
    pages = page_texts(out)
    text = " ".join(pages)
    assert len(pages) <= 2
    nothing = {
        "en": "Ready, and nothing left to do: every section passes.",
        "es": "Listo, y no queda nada por hacer: todas las secciones están bien.",
    }[language]
    assert nothing in pages[0]
    assert ("What we found" if language == "en" else "Lo que encontramos") not in text
    assert "worth a look" not in text
    # Each section still has its one folded line with evidence in a few words.
    found = "It says what you do" if language == "en" else "Dice a qué te dedicas"
    assert found in pages[0]
    full = tmp_path / "full.pdf"
    assert main([*argv, "--confirm", "photo", "--full", "-o", str(full)]) == 0
    assert ("What we found" if language == "en" else "Lo que encontramos") in pdf_text(full)


@pytest.mark.parametrize("language", ["en", "es"])
def test_metadata_names_title_author_subject_and_language(
    qapp: object, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "meta.pdf"
    path = PASTED / f"profile_{language}.txt"
    main(["report", str(path), "-o", str(out), "--lang", language, "--as-of", PASTE_AS_OF])
    info = {key: value.strip() for key, value in pdf_info(out).items()}
    name = "Noor Haddad-Lindqvist" if language == "en" else "Lucía Ferrándiz Olmo"
    assert info["Author"] == name
    assert info["Title"].endswith(name)
    assert info["Creator"].startswith("Preflight")
    meta = xmp(out)
    assert f"<rdf:li>{language}</rdf:li>" in meta
    assert f"<rdf:li>{name}</rdf:li>" in meta
    subject = "Readiness of a LinkedIn profile" if language == "en" else "Preparación de un perfil"
    assert subject in meta and "85/100" in meta


LONG_SAMPLES = [
    "linkedin-export-2024-feynman10",
    "linkedin-export-2025-predator911",
    "linkedin-export-2018-abhishekwebcode",
    "linkedin-pdf-alexanderpico/alex.Profile.pdf",
    "linkedin-pdf-alexanderpico/kyrsten.Profile.pdf",
]


@pytest.mark.slow
@pytest.mark.parametrize("sample", LONG_SAMPLES)
def test_no_bullet_is_split_across_pages_on_long_public_samples(
    qapp: object,
    public_samples: Path,
    tmp_path: Path,
    sample: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from preflight.cli import report as report_cli
    from preflight.core.report.tidy import tidy
    from preflight.core.report.wording import Wording

    captured = {}
    real = report_cli.load_and_assess

    def spy(args, *path):  # type: ignore[no-untyped-def]
        captured["profile"], captured["assessment"] = result = real(args, *path)
        return result

    monkeypatch.setattr(report_cli, "load_and_assess", spy)
    out = tmp_path / "long.pdf"
    argv = ["report", str(public_samples / sample), "-o", str(out), "--full"]
    assert main([*argv, "--as-of", "2026-11-26", "--lang", "en"]) in (0, 1)
    pages = [_letters(page) for page in page_texts(out, body_only=True)]
    # The plan repeats the first suggestions: leave it out (up to the checklist or the page end).
    pages[0] = re.sub(r"Yourplan.*?(?=Checklist|$)", "", pages[0])
    w = Wording("en")
    bullets = [
        _letters(tidy(line, w))
        for result in captured["assessment"].checks  # type: ignore[attr-defined]
        for line in [*result.evidence, *result.suggestions]
    ]
    assert bullets
    for bullet in bullets:
        head, tail = bullet[:25], bullet[-25:]
        assert any(head in page and tail in page for page in pages), bullet


def test_flagged_words_are_marked_in_the_quoted_about(
    qapp: object, public_samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from preflight.cli import report as report_cli
    from preflight.core.assessment import CheckId
    from preflight.core.report.marks import flags_for, marker

    captured = {}
    real = report_cli.load_and_assess

    def spy(args, *path):  # type: ignore[no-untyped-def]
        captured["profile"], captured["assessment"] = result = real(args, *path)
        return result

    monkeypatch.setattr(report_cli, "load_and_assess", spy)
    out = tmp_path / "marked.pdf"
    sample = public_samples / "linkedin-export-2024-feynman10"
    main(["report", str(sample), "-o", str(out), "--as-of", "2026-11-26", "--lang", "en"])
    summary = captured["assessment"].check(CheckId.SUMMARY)  # type: ignore[attr-defined]
    flags = flags_for(summary, captured["profile"].summary)  # type: ignore[attr-defined]
    assert flags, "the sample's About has clichés the finding quotes"
    text = pdf_text(out)
    for flag in flags:
        sign = flat(marker(flag.number))  # pdftotext gives a circled 4 as NFKC "4"
        assert f"{flag.phrase}{sign}" in text
        # The finding carries the same marker, so the reader can match them.
        assert f"{sign} " + summary.evidence[flag.number - 1][:20] in text
