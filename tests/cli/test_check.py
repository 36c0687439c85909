"""``preflight check`` run as a user would: exit codes, JSON, languages, options, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CHECKS = REPO / "tests" / "fixtures" / "checks"
SAMPLE = REPO / "resources" / "sample" / "linkedin-export"
CHECK_IDS = ["photo", "headline", "summary", "experience", "skills", "posts"]
CLI = Callable[..., tuple[int, str]]
CHECK_KEYS = {"id", "status", "points", "max_points", "title", "evidence", "suggestions"}


def preflight(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Runs the installed command line in a fresh process with an English locale."""
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "preflight", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        env=env,
        timeout=120,
        check=False,
    )


def as_json(*args: str) -> tuple[int, dict[str, Any]]:
    """Exit code and the single JSON object printed on stdout."""
    done = preflight(*args, "--json")
    assert "Traceback" not in done.stderr
    return done.returncode, json.loads(done.stdout)


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str]]:
    """Runs ``preflight check`` in this process (spaCy loads once): exit code and stdout."""
    from preflight.cli import main

    monkeypatch.setenv("LC_ALL", "C.UTF-8")

    def run(*args: str) -> tuple[int, str]:
        code = main(["check", *args])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out

    return run


def test_json_has_exactly_the_documented_shape() -> None:
    code, data = as_json(str(CHECKS / "en-strong.json"), "--as-of", "2026-11-26")
    assert set(data) == {"ready", "score", "as_of", "source", "profile", "blockers", "checks"}
    assert data["as_of"] == "2026-11-26"
    assert data["source"] == {"format": "json-resume", "language": "en"}
    assert data["profile"] == {
        "name": "Priya Raman",
        "headline": "Supply Planner helping hospital pharmacies stop running out"
        " | Forecasting · Excel",
    }
    checks = data["checks"]
    assert isinstance(checks, list)
    assert [c["id"] for c in checks] == CHECK_IDS
    for check in checks:
        assert set(check) == CHECK_KEYS
        assert check["status"] in {"pass", "warn", "fail", "unknown"}
        assert isinstance(check["evidence"], list)
        assert all(isinstance(line, str) for line in check["suggestions"])
    assert isinstance(data["score"], int)
    assert data["ready"] is False
    assert data["blockers"] == ["posts"]
    assert code == 1


def test_confirming_the_unknown_check_makes_the_profile_ready(cli: CLI) -> None:
    code, data = _json(
        cli, str(CHECKS / "en-strong.json"), "--as-of", "2026-11-26", "--confirm", "posts"
    )
    assert code == 0
    assert data["ready"] is True
    assert data["score"] == 100
    posts = data["checks"][5]
    assert posts["status"] == "pass"
    assert posts["evidence"][-1] == "Confirmed by you."
    assert "carries no activity" in posts["evidence"][0]  # what the source showed stays


def test_confirm_photo_in_spanish_and_spanish_titles(cli: CLI) -> None:
    code, data = _json(
        cli, str(CHECKS / "es-weak.json"), "--lang", "es", "--confirm", "photo,posts"
    )
    assert code == 1
    titles = [c["title"] for c in data["checks"]]
    assert titles == [
        "Foto de perfil",
        "Titular",
        "Acerca de (extracto)",
        "Experiencia actual",
        "Aptitudes",
        "Publicaciones recientes",
    ]
    photo = data["checks"][0]
    assert photo["status"] == "pass"
    assert photo["evidence"][-1] == "Lo has confirmado tú."
    assert data["source"] == {"format": "json-resume", "language": "es"}
    assert data["blockers"] == ["summary", "headline", "experience", "skills"]


def test_text_output_is_a_checklist_ending_with_the_verdict() -> None:
    done = preflight(str(CHECKS / "en-strong.json"), "--as-of", "2026-11-26", "--lang", "en")
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "InMail readiness check: Priya Raman"
    assert any(
        line.startswith("[✔ Pass]") and "Headline" in line and "20/20" in line for line in lines
    )
    assert any(line.startswith("[? Unknown]") and "Recent posts" in line for line in lines)
    assert "“I help hospital pharmacies keep the right medicines on the shelf”" in done.stdout
    assert lines[-2] == "Score: 85/100"
    assert lines[-1] == "✘ Not ready: 1 blocker: Recent posts."


def test_text_output_in_spanish(cli: CLI) -> None:
    code, out = cli(str(CHECKS / "es-weak.json"), "--lang", "es")
    assert code == 1
    assert "[✘ Falla]" in out
    assert "«Buscando nuevas oportunidades»" in out
    assert out.strip().splitlines()[-2].startswith("✘ Aún no está listo: 6 bloqueos:")


def test_as_of_sets_recency(cli: CLI) -> None:
    early = _json(cli, str(SAMPLE), "--as-of", "2026-11-26")[1]
    late = _json(cli, str(SAMPLE), "--as-of", "2027-06-01")[1]
    assert early["as_of"] == "2026-11-26"
    assert early["checks"][5]["status"] == "pass"
    assert late["checks"][5]["status"] == "fail"


def test_bundled_sample_is_blocked_only_by_its_about_on_its_date(cli: CLI) -> None:
    # The sample shows the gate: a cliché-and-duty About blocks, a default headline warns.
    code, data = _json(cli, str(SAMPLE), "--as-of", "2026-11-26")
    assert code == 1
    assert data["ready"] is False
    assert data["blockers"] == ["summary"]
    assert data["source"]["format"] == "linkedin-export"
    statuses = {c["id"]: c["status"] for c in data["checks"]}
    assert statuses["headline"] == "warn"
    assert 0 < data["score"] < 100


def test_settings_file_overrides_a_threshold(cli: CLI) -> None:
    strict = _json(
        cli, str(CHECKS / "en-strong.json"), "--settings", str(CHECKS / "strict-skills.toml")
    )
    skills = strict[1]["checks"][4]
    assert skills["status"] == "warn"
    assert "Add 5 more to reach 10" in skills["suggestions"][-1]


@pytest.mark.parametrize(
    ("name", "where"), [("bad-value.toml", "skills.pass_min"), ("bad-order.json", "posts")]
)
def test_bad_settings_file_exits_2_with_a_clear_message(name: str, where: str) -> None:
    done = preflight(str(CHECKS / "en-strong.json"), "--settings", str(CHECKS / name))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert name in done.stderr
    assert where in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2


def test_missing_settings_file_exits_2() -> None:
    done = preflight(str(CHECKS / "en-strong.json"), "--settings", str(CHECKS / "nope.toml"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: tmp / "missing.json",
        lambda tmp: _write(tmp / "empty.txt", b""),
        lambda tmp: _write(tmp / "broken.json", b'{"basics": '),
        lambda tmp: _write(tmp / "list.json", b"[1, 2, 3]"),
        lambda tmp: _write(tmp / "junk.zip", b"PK\x03\x04" + bytes(range(256)) * 4),
        lambda tmp: _write(tmp / "fake.pdf", b"%PDF-1.4\n%%EOF\n"),
    ],
    ids=["missing", "empty", "broken-json", "not-a-resume", "corrupt-zip", "damaged-pdf"],
)
def test_unreadable_input_exits_2_without_a_traceback(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    path = make(tmp_path)
    done = preflight(str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("preflight: ")
    assert 1 <= len(done.stderr.strip().splitlines()) <= 2


def test_pasted_text_from_stdin() -> None:
    paste = (
        "Dana Whitfield\nAccount Executive helping SaaS finance teams close faster\n"
        "About\nI help SaaS finance teams close the quarter without chaos.\n"
    )
    done = preflight("-", "--json", stdin=paste)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["source"]["format"] == "pasted-text"
    assert data["profile"]["name"] == "Dana Whitfield"
    statuses = {c["id"]: c["status"] for c in data["checks"]}
    assert statuses["headline"] == "pass"
    assert statuses["summary"] == "fail"  # 58 characters
    assert statuses["photo"] == statuses["posts"] == "unknown"


def test_unknown_confirm_id_is_refused_by_the_parser() -> None:
    done = preflight(str(CHECKS / "en-strong.json"), "--confirm", "photo,karma")
    assert done.returncode == 2
    assert "karma" in done.stderr
    assert "Traceback" not in done.stderr


def test_photo_file_is_checked(cli: CLI, tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "me.png"
    Image.new("RGB", (600, 600), (180, 150, 130)).save(image)
    code, data = _json(cli, str(CHECKS / "es-weak.json"), "--photo", str(image), "--lang", "en")
    photo = data["checks"][0]
    assert photo["status"] != "unknown"
    assert any("me.png" in line for line in photo["evidence"])
    assert code == 1


def _json(cli: CLI, *args: str) -> tuple[int, dict[str, Any]]:
    code, out = cli(*args, "--json")
    return code, json.loads(out)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_photo_that_is_not_an_image_exits_2(cli: CLI) -> None:
    code, out = cli(str(CHECKS / "en-strong.json"), "--photo", str(CHECKS / "bad-value.toml"))
    assert code == 2
    assert out == ""
