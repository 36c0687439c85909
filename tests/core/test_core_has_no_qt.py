"""The core stays Qt-free: importing all of it must not load PySide6."""

import subprocess
import sys


def test_core_imports_without_pyside6() -> None:
    code = (
        "import sys, pkgutil, importlib, preflight.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'preflight.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
