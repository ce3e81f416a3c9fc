"""The participation chart: a horizontal bar per person, as PNG bytes.

Uses matplotlib's object API with the Agg canvas (no pyplot, no global state,
no display needed), imported only when a chart is drawn.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from facilitation import words as t
from facilitation.minutes import Minutes


@dataclass(frozen=True)
class Chart:
    png: bytes
    alt: str


def participation_chart(m: Minutes) -> Chart | None:
    """None when there is nobody to show."""
    if not m.participation:
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    names = [p.name for p in m.participation]
    seconds = [p.floor_seconds for p in m.participation]
    height = 1.2 + 0.4 * len(names)
    figure = Figure(figsize=(7, height), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = range(len(names))
    bars = axes.barh(positions, [s / 60 for s in seconds], color="#1f5f8b")
    axes.set_yticks(list(positions), labels=names)
    axes.invert_yaxis()  # first to join at the top, as in the table
    axes.set_xlabel(t.CHART_AXIS)
    axes.set_title(t.CHART_TITLE)
    axes.bar_label(bars, labels=[t.short_duration(s) for s in seconds], padding=3)
    axes.set_xlim(0, max(max(seconds) / 60 * 1.25, 1))
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return Chart(png=buffer.getvalue(), alt=t.chart_alt(names, seconds))
