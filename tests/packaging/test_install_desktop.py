"""`make install-desktop` adds the menu entry, icons and app for a user; uninstall removes them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from preflight import APP_ID

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "scripts" / "install-desktop.sh"


@pytest.fixture
def fake_checkout(tmp_path: Path) -> Path:
    """A copy of the packaging files beside a stand-in for the built one-folder app."""
    root = tmp_path / "checkout"
    shutil.copytree(REPO / "packaging", root / "packaging")
    shutil.copytree(REPO / "resources" / "icons", root / "resources" / "icons")
    app = root / "dist" / "preflight"
    app.mkdir(parents=True)
    (app / "preflight").write_text('#!/bin/sh\necho preflight "$@"\n')
    (app / "preflight").chmod(0o755)
    return root


def _run(root: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env["PREFLIGHT_BIN_DIR"] = str(home / "bin")
    script = root / "packaging" / "scripts" / "install-desktop.sh"
    return subprocess.run(
        ["bash", str(script), *args], env=env, capture_output=True, text=True, check=False
    )


def test_install_then_uninstall(fake_checkout: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    installed = _run(fake_checkout, home)
    assert installed.returncode == 0, installed.stderr
    data = home / "data"
    entry = data / "applications" / f"{APP_ID}.desktop"
    app = data / "preflight" / "app" / "preflight"
    assert entry.is_file() and app.is_file()
    text = entry.read_text()
    assert f"Exec={app} gui %f" in text
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    valid = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert valid.returncode == 0, valid.stdout
    assert (home / "bin" / "preflight-desktop").resolve() == app.resolve()

    removed = _run(fake_checkout, home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists() and not app.exists()
    assert not (home / "bin" / "preflight-desktop").exists()


def test_install_without_a_build_says_to_run_make_dist(fake_checkout: Path, tmp_path: Path) -> None:
    shutil.rmtree(fake_checkout / "dist")
    result = _run(fake_checkout, tmp_path / "home")
    assert result.returncode == 1
    assert "make dist" in result.stderr
