"""Every window and dialog fits the usable screen at 1024x600 and 1366x768, scale 1, 1.5 and 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from preflight.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1", "1.5", "2"])
@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1366, 768)])
def test_every_window_fits_the_screen(tmp_path: Path, width: int, height: int, scale: str) -> None:
    screens = tmp_path / "screens.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    screens.write_text(
        json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": os.pathsep.join([str(REPO / "desktop"), str(REPO)]),
    }
    language = "es" if scale == "1.5" else "en"  # Spanish labels run longer
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.screen_probe", language],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    windows = json.loads(done.stdout.strip().splitlines()[-1])
    assert {w["name"] for w in windows} >= {"main window, start page", "settings", "draft preview"}
    room_width = round(width / float(scale))
    for window in windows:
        assert abs(window["room_width"] - room_width) <= 1, window
        frame_w, frame_h = (0, 0) if "maximised" in window["name"] else (FRAME_WIDTH, FRAME_HEIGHT)
        assert window["width"] + frame_w <= window["room_width"], window
        assert window["height"] + frame_h <= window["room_height"], window
        # A dialog's buttons sit inside it, so they are on screen too.
        assert window["buttons_bottom"] <= window["height"], window
