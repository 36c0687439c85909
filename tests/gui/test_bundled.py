"""The start-up path finds bundled files where the core's resource rule says they are."""

from __future__ import annotations

import pytest

from preflight.core.resources import resource_path
from preflight.gui.bundled import bundled_path


@pytest.mark.parametrize(
    "parts",
    [("icons", "preflight-64.png"), ("translations", "preflight_es.qm"), ("sample",)],
)
def test_bundled_path_agrees_with_the_core(parts: tuple[str, ...]) -> None:
    assert bundled_path(*parts) == resource_path(*parts)
    assert bundled_path(*parts).exists()
