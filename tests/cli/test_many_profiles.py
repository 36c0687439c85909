"""Several PATHs at once: JSON Lines from ``check``, one report per profile, the team summary;
a broken input never stops the others and sets exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from preflight.cli import main
from tests.cli.test_report import flat, pdf_info, pdf_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOOD_EN = str(FIXTURES / "pasted" / "profile_en.txt")
GOOD_ES = str(FIXTURES / "pasted" / "profile_es.txt")
TRUNCATED = str(FIXTURES / "pdf" / "truncated.pdf")
AS_OF = "2024-12-02"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--as-of", AS_OF, "--lang", "en"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_json_with_several_paths_prints_one_line_per_profile(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "missing.zip")
    code, out, err = _run(capsys, "check", "--json", GOOD_EN, missing, TRUNCATED, GOOD_ES)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["path"] for line in lines] == [GOOD_EN, missing, TRUNCATED, GOOD_ES]
    good, absent, broken, spanish = lines
    assert good["profile"]["name"] == "Noor Haddad-Lindqvist" and good["score"] == 85
    assert spanish["profile"]["name"] == "Lucía Ferrándiz Olmo"
    assert "error" not in good and "ready" not in absent
    assert "There is no file or folder" in absent["error"]["message"]
    assert "incomplete" in broken["error"]["message"] and broken["error"]["hint"]
    assert code == 2
    assert err.count("preflight: ") == 2 and "Traceback" not in err


@pytest.mark.parametrize(
    ("confirm", "expected"), [((), 1), (("--confirm", "photo"), 0)], ids=["not-ready", "ready"]
)
def test_exit_code_is_one_if_any_is_not_ready_else_zero(
    capsys: pytest.CaptureFixture[str], confirm: tuple[str, ...], expected: int
) -> None:
    code, out, _ = _run(capsys, "check", "--json", GOOD_EN, GOOD_ES, *confirm)
    assert code == expected
    assert [json.loads(line)["ready"] for line in out.splitlines()] == [bool(confirm)] * 2


def test_check_text_with_several_paths_prints_each_checklist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _run(capsys, "check", GOOD_EN, str(tmp_path / "gone.txt"), GOOD_ES)
    assert out.index("Noor Haddad-Lindqvist") < out.index("Lucía Ferrándiz Olmo")
    assert "gone.txt" in err and code == 2


def test_one_path_keeps_the_single_pretty_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "check", "--json", GOOD_EN)
    data = json.loads(out)
    assert "path" not in data and out.startswith("{\n")


def test_stdin_can_be_given_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "check", "-", "-")
    assert code == 2 and "only once" in err


def test_report_with_several_paths_writes_one_pdf_each_into_a_folder(
    qapp: object, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = _run(capsys, "report", GOOD_EN, TRUNCATED, GOOD_ES, "-o", str(tmp_path))
    written = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert written == [
        "InMail readiness report - Lucía Ferrándiz Olmo.pdf",
        "InMail readiness report - Noor Haddad-Lindqvist.pdf",
    ]
    assert out.count("Wrote ") == 2 and "truncated.pdf" in err and code == 2
    # The same names again do not overwrite the first reports.
    _run(capsys, "report", GOOD_EN, GOOD_ES, "-o", str(tmp_path))
    assert len(list(tmp_path.glob("*.pdf"))) == 4


def test_report_with_several_paths_needs_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "report", GOOD_EN, GOOD_ES, "-o", str(tmp_path / "r.pdf"))
    assert code == 2 and "--summary" in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("language", ["en", "es"])
def test_team_summary_is_one_page_with_name_score_verdict_and_top_fix(
    qapp: object, capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    out = tmp_path / "team.pdf"
    argv = ["report", "--summary", GOOD_EN, TRUNCATED, GOOD_ES, "-o", str(out)]
    code = main([*argv, "--as-of", AS_OF, "--lang", language])
    assert code == 2
    assert pdf_info(out)["Pages"].strip() == "1"
    text = pdf_text(out)
    words = {
        "en": ("0 of 3 profiles ready", "Almost ready: 1 check to confirm", "Could not be read"),
        "es": ("0 de 3 perfiles listos", "Casi listo: 1 comprobación", "No se pudo"),
    }[language]
    for phrase in words:
        assert phrase in text
    # In input order (names may wrap in their narrow column).
    assert text.index("Noor Haddad") < text.index("truncated.pdf") < text.index("Lucía Ferrándiz")
    assert text.count("85/100") == 2
    top_fix = "Photo (+15 points): Add your photo file" if language == "en" else "Foto (+15 puntos)"
    assert flat(top_fix) in text


def test_team_summary_as_html(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "team.html"
    code, _, _ = _run(capsys, "report", "--summary", GOOD_EN, GOOD_ES, "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert code == 1
    assert "Content-Security-Policy" in html and "<main>" in html
    assert "Noor Haddad-Lindqvist" in html and "Lucía Ferrándiz Olmo" in html
