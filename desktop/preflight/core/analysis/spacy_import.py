"""Importing spaCy without its command-line package, which drags in HTTP, TLS and a CLI framework.

``spacy/__init__.py`` imports ``spacy.cli.info`` only to re-export ``spacy.info``; the ``spacy.cli``
package in turn imports requests, urllib3, ssl, httpx, typer, click, rich, jinja2 and weasel (about
350 modules, a quarter of a second), none of which a blank pipeline uses. While spaCy's own
``__init__`` runs, two placeholder modules stand in for ``spacy.cli`` and ``spacy.cli.info``; they
are removed again right after, so a later ``import spacy.cli`` loads the real package.

If a spaCy release stops importing ``spacy.cli.info`` this way, the placeholders are simply never
used; if it imports something else from ``spacy.cli``, the import is retried the ordinary way.
Either way the program stays correct, only slower, and ``tests/test_lean_imports.py`` fails.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_PLACEHOLDERS = ("spacy.cli", "spacy.cli.info")
# Set PREFLIGHT_PLAIN_SPACY=1 to import spaCy the ordinary way (the reference for tests).
_PLAIN_ENV = "PREFLIGHT_PLAIN_SPACY"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` on demand: loads the real command-line package then."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy_lean() -> None:
    """Imports ``spacy`` once, keeping its command-line package out of the process."""
    import os

    if "spacy" in sys.modules or os.environ.get(_PLAIN_ENV) == "1":
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so "spacy.cli.info" can be a submodule of it
    info = types.ModuleType("spacy.cli.info")
    setattr(info, "info", _info)  # noqa: B010  (a module, not a typed object)
    setattr(cli, "info", info)  # noqa: B010
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    except ImportError:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        _drop_placeholders()
        import spacy

        return
    _drop_placeholders()
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")


def _drop_placeholders() -> None:
    for name in _PLACEHOLDERS:
        module = sys.modules.get(name)
        if module is not None and not getattr(module, "__file__", None):
            del sys.modules[name]
