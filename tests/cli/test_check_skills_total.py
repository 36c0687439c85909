"""``preflight check --json`` on pastes that show a few skills and a "Show all 21 skills" link."""

from __future__ import annotations

import json
from typing import Any

from tests.cli.test_check import REPO, as_json, preflight

PASTED = REPO / "tests" / "fixtures" / "pasted"
AS_OF = "2024-12-02"


def _skills(data: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in data["checks"] if c["id"] == "skills")


def test_the_count_behind_show_all_passes_the_skills_check() -> None:
    _, data = as_json(str(PASTED / "few_skills_en.txt"), "--as-of", AS_OF)
    assert data["source"] == {"format": "pasted-text", "language": "en"}
    skills = _skills(data)
    assert skills["status"] == "pass"
    assert skills["points"] == skills["max_points"]
    assert skills["evidence"][0] == (
        "21 listed on your profile (the paste shows 3: “SQL”, “Forecasting” and "
        "“Inventory Management”)."
    )
    assert skills["suggestions"][0].startswith("If “Power BI” is not on your full list yet")


def test_the_same_spanish_paste_warns_without_the_link() -> None:
    path = PASTED / "few_skills_es.txt"
    _, data = as_json(str(path), "--as-of", AS_OF, "--lang", "es")
    assert _skills(data)["status"] == "pass"
    assert _skills(data)["evidence"][0].startswith(
        "Tu perfil tiene 21 aptitudes (el texto pegado muestra 3: «SQL»"
    )
    text = path.read_text(encoding="utf-8").replace("Ver las 21 aptitudes\n", "")
    done = preflight("-", "--json", "--as-of", AS_OF, "--lang", "es", stdin=text)
    assert "Traceback" not in done.stderr
    skills = _skills(json.loads(done.stdout))
    assert skills["status"] == "warn"
    assert skills["points"] < skills["max_points"]
    assert skills["evidence"][0].startswith("3 en la lista: «SQL»")
