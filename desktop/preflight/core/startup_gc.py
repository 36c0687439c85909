"""The garbage collector during start-up: paused while modules load and pipelines build.

Importing spaCy, pydantic and Qt and building a pipeline create hundreds of thousands of objects
that live until exit; the collector would walk them again and again (about a sixth of a cold
check's CPU). Paused meanwhile, then those survivors are frozen out of later collections.
``bench/bench_startup.py`` measures the effect.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Runs the body with the cyclic collector off; freezes what survived, then restores it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
