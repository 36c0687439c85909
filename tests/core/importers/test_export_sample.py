"""The bundled sample export reads cleanly and is "nearly ready" in the ways its README promises."""

from __future__ import annotations

import datetime as dt

from preflight.core.importers.export import read_export
from preflight.core.resources import resource_path


def test_bundled_sample_reads_without_warnings() -> None:
    profile = read_export(resource_path("sample", "linkedin-export"))
    assert profile.warnings == []
    assert profile.name == "Maya Castellanos"
    # The gap the app should point at: the bare "Title at Company" headline.
    assert profile.headline == "Senior Account Executive at Tallgrass Software"
    assert profile.summary.startswith("Results-driven and passionate sales professional")
    assert not any(ch.isdigit() for ch in profile.summary)  # an About with no number in it
    assert [p.title for p in profile.current_positions] == ["Senior Account Executive"]
    assert profile.current_positions[0].description
    assert len(profile.skills) >= 5
    assert profile.photo is not None
    assert profile.photo.date == dt.date(2025, 6, 14)
    assert profile.posts is not None
    dates = [post.date for post in profile.posts]
    assert all(d is not None and dt.date(2026, 9, 1) <= d <= dt.date(2026, 11, 30) for d in dates)
    assert '"' not in profile.posts[0].text  # the Shares quote quirk is undone
    assert profile.connections == 6
