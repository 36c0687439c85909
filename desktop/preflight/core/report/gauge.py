"""The score gauge: where it goes in the HTML, and an SVG drawing of it for web browsers."""

from __future__ import annotations

import math

# Qt's rich text loads this image from a resource the printing code draws (printing/gauge.py).
GAUGE_URL = "preflight-gauge:score"
GAUGE_PX = 76


def gauge_img(score: int, alt: str) -> str:
    """The <img> the PDF renderer fills with a Qt drawing and the HTML file with an SVG."""
    return (
        f'<img src="{GAUGE_URL}" width="{GAUGE_PX}" height="{GAUGE_PX}" '
        f'alt="{alt}" data-score="{max(0, min(score, 100))}">'
    )


def gauge_svg(score: int, alt: str, ready: bool) -> str:
    """A ring filled to ``score`` percent with the number inside, dark on light (greyscale-safe)."""
    score = max(0, min(score, 100))
    radius, width, size = 32.0, 9.0, GAUGE_PX
    centre = size / 2
    angle = 2 * math.pi * score / 100
    end_x = centre + radius * math.sin(angle)
    end_y = centre - radius * math.cos(angle)
    large = 1 if score > 50 else 0
    colour = "#116329" if ready else "#a40e26"
    arc = (
        f'<circle cx="{centre}" cy="{centre}" r="{radius}" fill="none" stroke="{colour}" '
        f'stroke-width="{width}"/>'
        if score == 100
        else f'<path d="M {centre} {centre - radius} A {radius} {radius} 0 {large} 1 '
        f'{end_x:.2f} {end_y:.2f}" fill="none" stroke="{colour}" stroke-width="{width}"/>'
        if score > 0
        else ""
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}" role="img" aria-label="{alt}">'
        f'<circle cx="{centre}" cy="{centre}" r="{radius}" fill="none" stroke="#d0d7de" '
        f'stroke-width="{width}"/>{arc}'
        f'<text x="{centre}" y="{centre + 7}" text-anchor="middle" font-size="21" '
        f'font-weight="bold" fill="#1f2328">{score}</text></svg>'
    )
