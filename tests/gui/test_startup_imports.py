"""Start-up imports every module the worker needs on the GUI thread first, so no two threads ever
import the same module at once (once, under load, that gave "partially initialized module
'pydantic._internal._validators'")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.conftest import ALMOST_READY

# Runs the real app (thread pool worker and all) with an audit hook that records every import
# made on a thread other than the main one, opening a profile and a photo.
PROBE = """
import os, sys, threading
from pathlib import Path
off_main = []
def hook(event, args):
    if event == "import" and threading.current_thread() is not threading.main_thread():
        off_main.append(args[0])
sys.addaudithook(hook)
from PIL import Image
photo = Path(sys.argv[2]) / "photo.jpg"
Image.new("RGB", (600, 600), (120, 100, 90)).save(photo)
from preflight.gui.app import main
code = main([sys.argv[1], "--photo", str(photo), "--quit-after", "ready"])
print("exit", code)
# Probes for optional modules that are not installed (thinc_apple_ops) load nothing.
print("off-main", sorted({name for name in off_main if name in sys.modules}))
"""


@pytest.mark.slow
def test_the_worker_thread_imports_nothing(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PREFLIGHT_DATA_DIR": str(tmp_path / "data"),
        "PREFLIGHT_CONFIG_DIR": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(ALMOST_READY), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "exit 0" in result.stdout, result.stderr
    assert "off-main []" in result.stdout, result.stdout
