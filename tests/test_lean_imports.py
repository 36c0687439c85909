"""A check and the app's verdict load no network, TLS or command-line-framework module.

spaCy's own ``__init__`` imports its CLI package, which pulls in requests, urllib3, ssl, httpx,
typer, click, rich, jinja2 and weasel; ``preflight.core.analysis.spacy_import`` keeps them out.
If a spaCy upgrade defeats that, Preflight still works (only slower) and this test says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample" / "linkedin-export"
UNWANTED = ("ssl", "http.client", "urllib3", "requests", "httpx", "typer", "click", "rich")
UNWANTED += ("jinja2", "weasel")

_PROBE = """
import sys
from preflight.cli import main
code = main(sys.argv[1:])
unwanted = {unwanted!r}
print("LOADED", *sorted(m for m in unwanted if m in sys.modules))
print("LOADED_OTHER", *sorted(m for m in {others!r} if m in sys.modules))
"""


def _loaded(*argv: str, others: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    code = _PROBE.format(unwanted=UNWANTED, others=others)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PREFLIGHT_LANG": "en"}
    env.pop("PREFLIGHT_PLAIN_SPACY", None)
    out = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = {line.split()[0]: line.split()[1:] for line in out.stdout.splitlines() if line}
    assert "LOADED" in lines, out.stderr
    return lines["LOADED"], lines.get("LOADED_OTHER", [])


def test_check_loads_no_network_or_cli_framework_module() -> None:
    unwanted, others = _loaded("check", str(SAMPLE), "--json", others=("PIL", "PySide6"))
    assert unwanted == []
    # Neither the report's imaging nor Qt is needed to print a verdict.
    assert others == []


def test_spanish_check_loads_none_either(fixtures: Path) -> None:
    unwanted, _ = _loaded("check", str(fixtures / "pasted" / "profile_es.txt"), "--json")
    assert unwanted == []


@pytest.mark.slow
def test_app_verdict_on_screen_loads_none(tmp_path: Path) -> None:
    os.environ.setdefault("PREFLIGHT_DATA_DIR", str(tmp_path / "data"))
    unwanted, _ = _loaded("gui", str(SAMPLE), "--quit-after", "ready")
    assert unwanted == []


def test_spacy_cli_still_loads_when_asked() -> None:
    code = (
        "import preflight.core.analysis, spacy.cli, sys;"
        "print(spacy.cli.__file__.endswith('__init__.py'), 'typer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
