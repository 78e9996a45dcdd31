"""Render events as a self-contained interactive Plotly timeline page."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

_HOVER_WIDTH = 80


def _escaped(text: str, width: int = _HOVER_WIDTH) -> str:
    """Article text made safe for Plotly's HTML-like labels, wrapped for the hover box."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or "&nbsp;"


def _hover(record: dict[str, Any]) -> str:
    return "<br>".join(
        [
            f"<b>{_escaped(record['title'])}</b>",
            f"{html.escape(record['text'])} → {html.escape(record['value'])}"
            f" ({record['start']} to {record['end']})",
            _escaped(record["sentence"]),
            f"<i>{_escaped(record['article_title'] or record['article_id'])}</i>"
            f" · published {record['published'] or 'unknown'}",
        ]
    )


def build_figure(records: Sequence[dict[str, Any]], title: str) -> go.Figure:
    """One bar per event over the interval its date covers, a lane per article."""
    figure = go.Figure()
    lanes = list(
        dict.fromkeys(record["article_title"] or record["article_id"] for record in records)
    )
    for lane in lanes:
        rows = [r for r in records if (r["article_title"] or r["article_id"]) == lane]
        starts = [date.fromisoformat(r["start"]) for r in rows]
        # A one-day event still needs a visible width: its bar spans the whole day.
        ends = [date.fromisoformat(r["end"]) + timedelta(days=1) for r in rows]
        figure.add_trace(
            go.Bar(
                name=html.escape(lane[:60]),
                base=[start.isoformat() for start in starts],
                x=[
                    (end - start).days * 86_400_000 for start, end in zip(starts, ends, strict=True)
                ],
                y=[html.escape(lane[:40])] * len(rows),
                orientation="h",
                text=[html.escape(r["title"][:60]) for r in rows],
                textposition="inside",
                insidetextanchor="start",
                hovertext=[_hover(r) for r in rows],
                hoverinfo="text",
            )
        )
    figure.update_layout(
        title=html.escape(title),
        barmode="overlay",
        xaxis={
            "type": "date",
            "rangeslider": {"visible": True},
            "rangeselector": {
                "buttons": [
                    {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
                    {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                    {"step": "all", "label": "all"},
                ]
            },
        },
        yaxis={"automargin": True},
        hoverlabel={"align": "left"},
        height=max(400, 160 + 60 * len(lanes)),
        showlegend=len(lanes) > 1,
    )
    return figure


def write_timeline(records: Sequence[dict[str, Any]], path: Path, title: str = "newsline") -> Path:
    """Write the page with plotly.js embedded, so it opens offline as one file."""
    build_figure(records, title).write_html(path, include_plotlyjs=True, full_html=True)
    return path
