"""Earlier scores of the same profile on the report: the change since the last one, a trend line.

The entries come from the app's history store (``preflight.core.history``, kept by the app);
the report takes plain (date, score) points so that it does not depend on how they are stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from preflight.core.report.wording import Wording, esc

# Qt's rich text loads this image from a resource the printing code draws (printing/trend.py).
TREND_URL = "preflight-trend:scores"
TREND_WIDTH, TREND_HEIGHT = 120, 28
MAX_POINTS = 12


@dataclass(frozen=True)
class ScorePoint:
    """One earlier (or the current) assessment: when, and its score."""

    when: dt.date
    score: int


def trend(history: Sequence[ScorePoint], current: ScorePoint) -> tuple[ScorePoint, ...]:
    """The last points in date order, ending with the current one."""
    earlier = sorted((p for p in history if p.when <= current.when), key=lambda p: p.when)
    return (*earlier[-(MAX_POINTS - 1) :], current)


def change_line(points: tuple[ScorePoint, ...], w: Wording) -> str:
    """HTML for "+23 since 20 November 2026" and the trend image; empty with no earlier point."""
    if len(points) < 2:
        return ""
    before, now = points[-2], points[-1]
    delta = now.score - before.score
    key = "history_up" if delta > 0 else "history_down" if delta < 0 else "history_same"
    text = w(key, points=abs(delta), date=w.date(before.when))
    alt = w("history_alt", scores=", ".join(str(p.score) for p in points))
    scores = ",".join(str(p.score) for p in points)
    return (
        f'<p class="history">{esc(text)} <img src="{TREND_URL}" width="{TREND_WIDTH}" '
        f'height="{TREND_HEIGHT}" alt="{esc(alt)}" data-scores="{scores}"></p>'
    )


def trend_svg(scores: Sequence[int], alt: str) -> str:
    """The trend line as SVG for the HTML file: dark line, last point marked (greyscale-safe)."""
    xs = _xs(len(scores))
    ys = [_y(score) for score in scores]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{TREND_WIDTH}" height="{TREND_HEIGHT}" '
        f'role="img" aria-label="{esc(alt)}"><polyline points="{path}" fill="none" '
        f'stroke="#1f2328" stroke-width="1.5"/><circle cx="{xs[-1]:.1f}" cy="{ys[-1]:.1f}" '
        'r="2.5" fill="#1f2328"/></svg>'
    )


def trend_coordinates(scores: Sequence[int]) -> list[tuple[float, float]]:
    """The points of the line in a TREND_WIDTH × TREND_HEIGHT box (for the Qt drawing)."""
    return list(zip(_xs(len(scores)), [_y(s) for s in scores], strict=True))


def _xs(count: int) -> list[float]:
    margin = 4.0
    step = (TREND_WIDTH - 2 * margin) / max(count - 1, 1)
    return [margin + index * step for index in range(count)]


def _y(score: int) -> float:
    margin = 4.0
    return TREND_HEIGHT - margin - (TREND_HEIGHT - 2 * margin) * max(0, min(score, 100)) / 100


def recorded_history(path: Path, profile_key: str) -> list[ScorePoint]:
    """The profile's earlier scores from the app's history file (empty when there are none)."""
    from preflight.core.history import read_scores

    return [ScorePoint(day, score) for day, score in read_scores(path, profile_key)]
