"""Preflight never opens a network connection: check, report and the app run with sockets barred."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample" / "linkedin-export"

# Runs the CLI with an audit hook that kills the process on any attempt to reach the network.
_GUARDED = """
import os, sys
NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                  "socket.sendto", "urllib.Request", "http.client.connect"}
def guard(event, args):
    if event in NETWORK_EVENTS:
        sys.stderr.write(f"NETWORK ATTEMPT: {event} {args!r}\\n")
        os._exit(99)
sys.addaudithook(guard)
from preflight.cli import main
code = main(sys.argv[1:])
if "PySide6.QtNetwork" in sys.modules:
    sys.stderr.write("NETWORK MODULE LOADED: PySide6.QtNetwork\\n")
    os._exit(98)
sys.exit(code)
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["check", str(SAMPLE), "--json"],
        ["report", str(SAMPLE), "-o", "{tmp}/report.pdf"],
        ["gui", str(SAMPLE), "--quit-after", "ready"],
    ],
    ids=["check", "report", "gui"],
)
def test_runs_with_the_network_forbidden(argv: list[str], tmp_path: Path) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    result = subprocess.run(
        [sys.executable, "-c", _GUARDED, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "NETWORK" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr


def test_the_guard_catches_a_lookup() -> None:
    probe = _GUARDED.replace(
        "from preflight.cli import main",
        "import socket\nsocket.getaddrinfo('localhost', 80)\nfrom preflight.cli import main",
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 99
