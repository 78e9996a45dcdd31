"""Render events as a self-contained interactive timeline page (Plotly, plotly.js embedded).

Time runs left to right. A day event is a dot; a week, month, season or year is a bar over
the days it covers, paler the vaguer it is. Events sit in lanes (by actor, kind, source or
story) and, inside a lane, in sub-rows packed so that no two labels overlap at the opening
zoom. Only the most reported events get a label when there are too many to label.

Everything that comes from an article is HTML-escaped before it reaches Plotly (whose text
understands a few HTML tags). The figure is a JSON data block (JSON.parse reads megabytes
much faster than a script literal) whose ``</`` and ``<!`` are escaped, so nothing can close
it. A Content-Security-Policy lets only the page's own two scripts run, by hash, as a
second line of defence.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import plotly.io as pio
from plotly.offline import get_plotlyjs

from outputs import view
from outputs.view import PageOptions

# Label packing assumes the plot area of a laptop-sized window; zooming in only adds room.
_PLOT_WIDTH_PX = 1150
_CHAR_PX = 6.4  # average width of a character of the 11 px label font
_LABEL_CHARS = 40
_MAX_LABELS = 400  # SVG text beyond a few hundred labels slows the page and helps nobody
_ROW_BUDGET = 40  # sub-rows over all lanes
_MAX_ROWS_PER_LANE = 14
_ROW_PX = 24
_WEBGL_ABOVE = 1000  # events drawn with WebGL beyond this many
_HOVER_WIDTH = 72
_SENTENCE_CHARS = 320
_VAGUE_LISTED = 200
_OPENING_SHARE = 0.8  # of all reports, which the opening view must hold
_OPENING_CROP = 4  # the opening leaves days out only to show the rest this many times wider
_HIGHLIGHT = '<b><span style="color:#b3261e">{}</span></b>'
_MARK_OPEN, _MARK_CLOSE, _KEEP_SPACE = "\ue000", "\ue001", "\u00a0"
_PALETTE = [
    "#4269d0",
    "#efb118",
    "#ff725c",
    "#3ca951",
    "#a463f2",
    "#97bbf5",
    "#9c6b4e",
    "#ff8ab7",
    "#6cc5b0",
    "#38a6a5",
]
_OTHER_COLOUR = "#8c8c8c"
_LABEL_FONT = {"size": 11, "color": "#1f2328", "shadow": "1px 1px 2px white, -1px -1px 2px white"}
_FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
Trace = dict[str, Any]


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap of single-spaced text (textwrap is 10x slower for the same lines)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        while len(word) > width:  # a word longer than a line is cut
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current]


def _escaped_lines(text: str, width: int = _HOVER_WIDTH) -> str:
    """Text wrapped for a hover box and HTML-escaped; marked spans become highlights."""
    lines = _wrap(text, width)
    escaped = "<br>".join(html.escape(line) for line in lines)
    opened = escaped.replace(_MARK_OPEN, _HIGHLIGHT.split("{}")[0])
    return opened.replace(_MARK_CLOSE, _HIGHLIGHT.split("{}")[1]).replace(_KEEP_SPACE, " ")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@lru_cache(maxsize=4096)  # the page's hover and the TimelineJS export both show it
def highlighted_sentence(sentence: str, expression: str, limit: int = _SENTENCE_CHARS) -> str:
    """The sentence, escaped and wrapped, with the date expression highlighted.

    The expression keeps its words on one line; a long sentence is cut around it.
    """
    sentence = " ".join((sentence or "").replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "").split())
    expression = " ".join((expression or "").split())
    at = sentence.find(expression) if expression else -1
    if at < 0 and expression:
        at = sentence.lower().find(expression.lower())
    if at < 0:
        return _escaped_lines(_shorten(sentence, limit))
    end = at + len(expression)
    limit = max(limit, len(expression) + 20)
    if len(sentence) > limit:
        left = max(0, min(at - (limit - len(expression)) // 2, len(sentence) - limit))
        right = min(len(sentence), left + limit)
        prefix, suffix = ("…" if left else ""), ("…" if right < len(sentence) else "")
        at, end = at - left + len(prefix), end - left + len(prefix)
        sentence = prefix + sentence[left:right] + suffix
    marked = (
        sentence[:at]
        + _MARK_OPEN
        + sentence[at:end].replace(" ", _KEEP_SPACE)
        + _MARK_CLOSE
        + sentence[end:]
    )
    return _escaped_lines(marked)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def hover_text(record: dict[str, Any], sentence_chars: int = _SENTENCE_CHARS) -> str:
    """Title, date as written and as resolved, sentence, article and how many sources."""
    reports = view.reports(record)
    first = reports[0]
    facts = [html.escape(view.kind(record)), _plural(view.sources(record), "source")]
    if record.get("place"):
        facts.append(html.escape(_shorten(str(record["place"]), 40)))
    if record.get("actors"):
        facts.append(html.escape(_shorten(", ".join(record["actors"][:3]), 60)))
    written = record.get("text") or first.get("text") or ""
    lines = [
        f"<b>{_escaped_lines(_shorten(record.get('title') or '', 140))}</b>",
        " · ".join(facts),
        f"“{html.escape(_shorten(written, 60))}” → <b>{html.escape(view.display_date(record))}</b>"
        f" ({html.escape(str(record.get('value') or ''))})",
        highlighted_sentence(
            record.get("sentence") or first.get("sentence") or "", written, sentence_chars
        ),
        f"<i>{_escaped_lines(_shorten(view.article_name(first), 100))}</i>"
        f" · published {html.escape(str(first.get('published') or 'unknown'))}",
    ]
    first_article = first.get("article_id")
    others = list(
        dict.fromkeys(
            view.article_name(r) for r in reports[1:] if r.get("article_id") != first_article
        )
    )
    if others:
        lines.append(
            "also in: "
            + html.escape("; ".join(_shorten(name, 50) for name in others[:2]))
            + (f" and {len(others) - 2} more" if len(others) > 2 else "")
        )
    if view.link(record):
        lines.append("<i>click to open the article</i>")
    return "<br>".join(lines)


def _opacity(days: int) -> float:
    """Paler the longer the period a date covers: vague dates look vague."""
    for limit, opacity in ((7, 0.8), (31, 0.6), (92, 0.45), (366, 0.33)):
        if days <= limit:
            return opacity
    return 0.22


@dataclass(slots=True)
class Placed:
    """A dated event's place on the page."""

    record: dict[str, Any]
    first: date
    last: date
    y: int  # global row, lanes stacked top to bottom
    labelled: bool


class _Row:
    """Non-overlapping spans of one sub-row, kept sorted for a binary-search fit test."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def fits(self, start: float, end: float) -> bool:
        at = bisect_right(self.starts, start)
        return (at == 0 or self.ends[at - 1] <= start) and (
            at == len(self.starts) or self.starts[at] >= end
        )

    def add(self, start: float, end: float) -> None:
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def _label(record: dict[str, Any]) -> str:
    return _shorten(record.get("title") or record.get("text") or "", _LABEL_CHARS)


def _label_px(record: dict[str, Any]) -> float:
    return 16 + _CHAR_PX * len(_label(record))


def _pack_lane(
    records: list[dict[str, Any]],
    days_per_px: float,
    max_rows: int,
    labels_left: int,
    view_end: int,
) -> tuple[list[tuple[dict[str, Any], int, bool]], int]:
    """(record, sub-row, labelled) for one lane: most reported first, then in date order.

    An event takes the first sub-row where it and its label fit; failing that, the first
    where it fits unlabelled; when the lane is full it overlaps, unlabelled. No label runs
    past the right edge of the opening view (``view_end``, an ordinal day).
    """
    order = sorted(
        records,
        key=lambda r: (-view.sources(r), r["start"], -float(r.get("confidence") or 0)),
    )
    rows: list[_Row] = []
    placed = []
    margin = 8 * days_per_px  # room for a dot's radius at the opening zoom
    for index, record in enumerate(order):
        first, last = view.interval(record)
        start, end = first.toordinal() - margin, last.toordinal() + 1 + margin
        labelled_end = max(end, first.toordinal() + _label_px(record) * days_per_px)
        fits_view = first.toordinal() >= view_end or labelled_end <= view_end
        choice = None
        for labelled, span_end in ((labels_left > 0 and fits_view, labelled_end), (False, end)):
            fitting = next((n for n, row in enumerate(rows) if row.fits(start, span_end)), None)
            if fitting is None and len(rows) < max_rows:
                rows.append(_Row())
                fitting = len(rows) - 1
            if fitting is not None:
                rows[fitting].add(start, span_end)
                choice = (fitting, labelled)
                break
        row, labelled = choice or (index % len(rows), False)
        labels_left -= labelled
        placed.append((record, row, labelled))
    return placed, labels_left


@dataclass(slots=True)
class Layout:
    """Where the dated events go: lanes top to bottom, each with its packed sub-rows."""

    placed: list[Placed]
    lane_names: list[str]
    lane_offsets: list[int]  # first global row of each lane
    lane_rows: list[int]
    x_range: tuple[date, date]  # the opening view
    full_range: tuple[date, date]  # every event, for "all" and the range slider
    days_per_px: float  # at the opening zoom, which the label packing assumes

    @property
    def rows(self) -> int:
        return sum(self.lane_rows)


def layout_events(records: Sequence[dict[str, Any]], lanes_by: view.LaneKind) -> Layout:
    """Lanes most reported first; sub-rows packed so labels do not overlap at the opening zoom.

    A lane's weight is how many articles report its events, then how many events it has: a
    story told by seventy articles comes before one long history article's forty dates.
    """
    names = view.lanes(records, lanes_by)
    articles: dict[str, set[str]] = {}
    for name, record in zip(names, records, strict=True):
        articles.setdefault(name, set()).update(
            r.get("article_id") or view.article_name(r) for r in view.reports(record)
        )
    events = Counter(names)
    lane_names = sorted(
        events,
        key=lambda name: (
            name.startswith(("other ", "(")),
            -len(articles[name]),
            -events[name],
        ),
    )
    first_day = min(date.fromisoformat(r["start"]) for r in records)
    after_last = max(date.fromisoformat(r["end"]) for r in records) + timedelta(days=1)
    low, high = _opening_span(records, first_day, after_last)
    pad = max(3.0, (high - low).days * 0.03)
    shown = [r for r in records if low <= date.fromisoformat(r["start"]) < high]
    # The view spans T days over the plot's width; each event's label must end inside it:
    # start - origin + label_px * T / width <= T, so T >= (start - origin) / (1 - px / width).
    origin = low.toordinal() - pad
    total_days = max(
        [high.toordinal() + pad - origin]
        + [
            (date.fromisoformat(r["start"]).toordinal() - origin + pad)
            / (1 - _label_px(r) / _PLOT_WIDTH_PX)
            for r in shown
        ]
    )
    days_per_px = total_days / _PLOT_WIDTH_PX
    x_range = (
        date.fromordinal(int(low.toordinal() - pad)),
        date.fromordinal(int(low.toordinal() - pad + total_days) + 1),
    )
    full_range = x_range
    if (low, high) != (first_day, after_last):  # the opening leaves days out
        full_pad = timedelta(days=max(3, (after_last - first_day).days * 0.03))
        full_range = (
            min(first_day - full_pad, x_range[0]),
            max(after_last + full_pad, x_range[1]),
        )
    members: dict[str, list[dict[str, Any]]] = {name: [] for name in lane_names}
    for name, record in zip(names, records, strict=True):
        members[name].append(record)
    placed: list[Placed] = []
    offsets, lane_rows, labels_left = [], [], _MAX_LABELS
    rows_left = max(_ROW_BUDGET, len(lane_names))
    for index, name in enumerate(lane_names):
        # A lane may take the rows the lanes below it can spare, one each kept for them: the
        # most reported lanes come first, so they get the room to label more of their events.
        max_rows = max(1, min(_MAX_ROWS_PER_LANE, rows_left - (len(lane_names) - index - 1)))
        packed, labels_left = _pack_lane(
            members[name], days_per_px, max_rows, labels_left, x_range[1].toordinal()
        )
        offset = sum(lane_rows)
        for record, row, labelled in packed:
            first, last = view.interval(record)
            placed.append(Placed(record, first, last, offset + row, labelled))
        offsets.append(offset)
        lane_rows.append(max(row for _, row, _ in packed) + 1)
        rows_left -= lane_rows[-1]
    return Layout(placed, lane_names, offsets, lane_rows, x_range, full_range, days_per_px)


def _opening_span(
    records: Sequence[dict[str, Any]], first_day: date, after_last: date
) -> tuple[date, date]:
    """The days the page opens on: the shortest stretch holding most reports (an event counts
    once per article) and the most reported events (in two articles or more and at least half
    as many as the first), so that a story of 2010 that recalls 1989 and 1623 opens on 2010;
    all the days (``first_day`` up to ``after_last``) unless that stretch is a small part of
    them."""
    days = sorted(
        (date.fromisoformat(r["start"]), date.fromisoformat(r["end"]), view.sources(r))
        for r in records
    )
    need = _OPENING_SHARE * sum(weight for _, _, weight in days)
    best = (first_day, after_last)
    held, last = 0, -1
    for start, _, weight in days:
        while held < need and last + 1 < len(days):
            last += 1
            held += days[last][2]
        if held < need:
            break
        end = days[last][0] + timedelta(days=1)  # a period starting inside may run on past it
        if end - start < best[1] - best[0]:
            best = (start, end)
        held -= weight
    most = max(weight for _, _, weight in days)
    for start, end, weight in days:
        if weight > 1 and weight * 2 >= most:
            best = (min(best[0], start), max(best[1], end + timedelta(days=1)))
    everything = (first_day, after_last)
    return best if (best[1] - best[0]) * _OPENING_CROP <= after_last - first_day else everything


def _kind_order(records: Sequence[dict[str, Any]]) -> list[str]:
    kinds = [name for name, _ in Counter(view.kind(r) for r in records).most_common()]
    return sorted(kinds, key=lambda name: name == view.OTHER_KIND)


def _colours(kinds: list[str]) -> dict[str, str]:
    named = [name for name in kinds if name != view.OTHER_KIND]
    colours = {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(named)}
    colours[view.OTHER_KIND] = _OTHER_COLOUR
    return colours


def _noon(day: date) -> str:
    return f"{day.isoformat()} 12:00"


@dataclass(frozen=True, slots=True)
class _Style:
    """How a kind's events are drawn: SVG for a few, WebGL and shorter hovers for many."""

    kind: str
    colour: str
    webgl: bool
    sentence_chars: int

    def common(self) -> dict[str, Any]:
        name = html.escape(_shorten(self.kind, 30))
        return {"legendgroup": self.kind, "name": name, "meta": {"kind": self.kind}}


def _svg_bars(bars: list[Placed], style: _Style, in_legend: bool) -> list[Trace]:
    days = [(p.last - p.first).days + 1 for p in bars]
    return [
        dict(
            type="bar",
            orientation="h",
            base=[p.first.isoformat() for p in bars],
            x=[d * 86_400_000 for d in days],
            y=[p.y for p in bars],
            width=0.62,
            marker={
                "color": style.colour,
                "opacity": [_opacity(d) for d in days],
                "line": {"color": style.colour, "width": 1},
            },
            hovertext=[hover_text(p.record, style.sentence_chars) for p in bars],
            hoverinfo="text",
            customdata=[view.link(p.record) or "" for p in bars],
            showlegend=in_legend,
            **style.common(),
        )
    ]


def _gl_bars(bars: list[Placed], style: _Style, in_legend: bool) -> list[Trace]:
    """Periods as thick WebGL line segments, one trace per paleness (a trace has one opacity).

    WebGL hovers on points, not along lines: an unseen point at each bar's middle carries
    its hover text and link, once.
    """
    by_opacity: dict[float, list[Placed]] = {}
    for placed in bars:
        by_opacity.setdefault(_opacity((placed.last - placed.first).days + 1), []).append(placed)
    traces: list[Trace] = []
    for number, (opacity, group) in enumerate(sorted(by_opacity.items(), reverse=True)):
        x: list[str | None] = []
        y: list[int | None] = []
        for p in group:
            x += [p.first.isoformat(), (p.last + timedelta(days=1)).isoformat(), None]
            y += [p.y, p.y, None]
        traces.append(
            dict(
                type="scattergl",
                x=x,
                y=y,
                mode="lines",
                line={"color": style.colour, "width": 13},
                opacity=opacity,
                hoverinfo="skip",
                showlegend=in_legend and number == 0,
                **style.common(),
            )
        )
    traces.append(
        dict(
            type="scattergl",
            x=[_middle(p) for p in bars],
            y=[p.y for p in bars],
            mode="markers",
            marker={"color": style.colour, "size": 13, "opacity": 0},
            hovertext=[hover_text(p.record, style.sentence_chars) for p in bars],
            hoverinfo="text",
            customdata=[view.link(p.record) or "" for p in bars],
            showlegend=False,
            **style.common(),
        )
    )
    return traces


def _middle(placed: Placed) -> str:
    days = (placed.last - placed.first).days + 1
    return f"{placed.first + timedelta(days=days // 2):%Y-%m-%d} {12 * (days % 2):02d}:00"


def _annotations(placed: list[Placed], kind: str) -> list[dict[str, Any]]:
    """Labels drawn above a WebGL canvas, on a half-white box so dense marks stay behind."""
    return [
        {
            "x": p.first.isoformat() if p.first != p.last else _noon(p.first),
            "y": p.y,
            "xanchor": "left",
            "xshift": 0 if p.first != p.last else 6,
            "text": html.escape(_label(p.record)),
            "showarrow": False,
            "font": {"size": 11, "color": "#1f2328"},
            "bgcolor": "rgba(255,255,255,0.75)",
            "borderpad": 1,
            "name": kind,
        }
        for p in placed
        if p.labelled
    ]


def _labels(placed: list[Placed], style: _Style, x: list[str]) -> list[Trace]:
    """An SVG text trace for the labelled events, a white halo keeping them readable."""
    chosen = [(p, at) for p, at in zip(placed, x, strict=True) if p.labelled]
    if not chosen:
        return []
    return [
        dict(
            type="scatter",
            x=[at for _, at in chosen],
            y=[p.y for p, _ in chosen],
            mode="text",
            text=[html.escape(_label(p.record)) for p, _ in chosen],
            textposition="middle right",
            textfont=_LABEL_FONT,
            hoverinfo="skip",
            showlegend=False,
            legendgroup=style.kind,
            meta={"kind": style.kind},
        )
    ]


def _dots(dots: list[Placed], style: _Style) -> list[Trace]:
    """Day events; WebGL draws no text halo, so its labels go in an SVG trace of their own."""
    x = [_noon(p.first) for p in dots]
    trace = dict(
        type="scattergl" if style.webgl else "scatter",
        x=x,
        y=[p.y for p in dots],
        mode="markers" if style.webgl else "markers+text",
        marker={"color": style.colour, "size": 10, "line": {"color": "white", "width": 1}},
        hovertext=[hover_text(p.record, style.sentence_chars) for p in dots],
        hoverinfo="text",
        customdata=[view.link(p.record) or "" for p in dots],
        **style.common(),
    )
    if style.webgl:  # labels become annotations: SVG text would sit under the WebGL canvas
        trace["marker"] = {"color": style.colour, "size": 7, "opacity": 0.85}
        return [trace]
    trace["text"] = [html.escape(_label(p.record)) if p.labelled else "" for p in dots]
    trace["textposition"] = "middle right"
    trace["textfont"] = _LABEL_FONT
    return [trace]


def _kind_traces(placed: list[Placed], style: _Style) -> list[Trace]:
    """A kind's dots (day events), bars (longer periods) and labels."""
    dots = [p for p in placed if p.first == p.last]
    bars = [p for p in placed if p.first != p.last]
    traces = []
    if bars:
        draw_bars = _gl_bars if style.webgl else _svg_bars
        traces += draw_bars(bars, style, in_legend=not dots)
        if not style.webgl:
            traces += _labels(bars, style, [p.first.isoformat() for p in bars])
    if dots:
        traces += _dots(dots, style)
    return traces


def _menus(
    kinds: list[str], trace_kinds: list[str], label_kinds: list[str], layout: Layout
) -> list[dict[str, Any]]:
    """Dropdowns: show one kind (its traces and labels) and one lane (zoom the rows to it)."""
    menus = []
    common = {"direction": "down", "showactive": True, "yanchor": "bottom", "y": 1.02}
    if len(kinds) > 1:

        def show(kind: str | None) -> list[dict[str, Any]]:
            traces = {"visible": [kind in (None, k) or k == "" for k in trace_kinds]}
            labels = {
                f"annotations[{n}].visible": kind in (None, k) for n, k in enumerate(label_kinds)
            }
            return [traces, labels]

        buttons = [{"label": "all kinds", "method": "update", "args": show(None)}]
        buttons += [
            {"label": html.escape(_shorten(kind, 30)), "method": "update", "args": show(kind)}
            for kind in kinds
        ]
        menus.append({"buttons": buttons, "x": 1.0, "xanchor": "right", **common})
    if len(layout.lane_names) > 1:
        buttons = [
            {
                "label": "all lanes",
                "method": "relayout",
                "args": ["yaxis.range", [layout.rows - 0.5, -0.5]],
            }
        ]
        buttons += [
            {
                "label": html.escape(_shorten(name, 40)),
                "method": "relayout",
                "args": ["yaxis.range", [offset + rows - 0.5, offset - 0.5]],
            }
            for name, offset, rows in zip(
                layout.lane_names, layout.lane_offsets, layout.lane_rows, strict=True
            )
        ]
        menus.append({"buttons": buttons, "x": 0.86, "xanchor": "right", **common})
    return menus


def build_figure(records: Sequence[dict[str, Any]], options: PageOptions) -> dict[str, Any]:
    """The timeline figure (plotly.js data and layout) of the dated records.

    Vague records are left to the page's note. Built as plain dicts: Plotly's Python
    validation costs more than the rest of the page for 10,000 events.
    """
    dated = [r for r in records if view.interval(r)]
    if not dated:
        return {
            "data": [],
            "layout": {
                "annotations": [
                    {"text": "No dated events to draw", "showarrow": False, "x": 0.5, "y": 0.5}
                ],
                "xaxis": {"visible": False},
                "yaxis": {"visible": False},
                "height": 300,
            },
        }
    layout = layout_events(dated, options.lanes)
    kinds = _kind_order(dated)
    colours = _colours(kinds)
    webgl = len(layout.placed) > _WEBGL_ABOVE
    sentence_chars = _SENTENCE_CHARS // 2 if webgl else _SENTENCE_CHARS  # bounded file size
    traces: list[Trace] = []
    trace_kinds = []
    annotations: list[dict[str, Any]] = []
    for kind in kinds:
        of_kind = [p for p in layout.placed if view.kind(p.record) == kind]
        style = _Style(kind, colours[kind], webgl, sentence_chars)
        for trace in _kind_traces(of_kind, style):
            traces.append(trace)
            trace_kinds.append(kind)
        if webgl:
            annotations += _annotations(of_kind, kind)
    traces.append(_minimap(layout))
    trace_kinds.append("")
    height = min(1400, max(380, 200 + _ROW_PX * layout.rows))
    x_range = [day.isoformat() for day in layout.x_range]
    full_range = [day.isoformat() for day in layout.full_range]
    plot_px = height - 200
    bands = [
        {
            "type": "rect",
            "xref": "paper",
            "x0": 0,
            "x1": 1,
            "y0": offset - 0.5,
            "y1": offset + rows - 0.5,
            "fillcolor": "#f3f5f8" if number % 2 == 0 else "#ffffff",
            "line": {"width": 0},
            "layer": "below",
        }
        for number, (offset, rows) in enumerate(
            zip(layout.lane_offsets, layout.lane_rows, strict=True)
        )
    ]
    return {
        "data": traces,
        "layout": dict(
            template={"layout": pio.templates["plotly_white"].layout.to_plotly_json()},
            font={"family": _FONT, "size": 12, "color": "#1f2328"},
            barmode="overlay",
            hovermode="closest",
            hoverlabel={
                "align": "left",
                "bgcolor": "white",
                "bordercolor": "#8c959f",
                "font": {"size": 12, "family": _FONT, "color": "#1f2328"},
            },
            dragmode="zoom",
            margin={"l": 10, "r": 20, "t": 40, "b": 10},
            height=height,
            shapes=bands,
            showlegend=True,
            legend={"title": {"text": "kind"}, "x": 1.01, "y": 1, "yanchor": "top"},
            xaxis={
                "type": "date",
                "range": x_range,
                "showgrid": True,
                "gridcolor": "#e3e6ea",
                "rangeslider": {
                    "visible": True,
                    "range": full_range,
                    "bgcolor": "#f6f8fa",
                    "bordercolor": "#d0d7de",
                    "borderwidth": 1,
                    "thickness": min(0.12, 40 / plot_px),
                    # The slider shows only the minimap (y2): plotly.js takes per-axis settings
                    # here, though Plotly's Python validator knows only ``yaxis``.
                    "yaxis": {"rangemode": "fixed", "range": [-2, -1]},
                    "yaxis2": {"rangemode": "auto"},
                },
                "rangeselector": {
                    "x": 0,
                    "y": 1.02,
                    "yanchor": "bottom",
                    "buttons": [
                        {"count": 7, "label": "last week", "step": "day", "stepmode": "backward"},
                        {
                            "count": 1,
                            "label": "last month",
                            "step": "month",
                            "stepmode": "backward",
                        },
                        {"count": 1, "label": "last year", "step": "year", "stepmode": "backward"},
                        {"step": "all", "label": "all"},
                    ],
                },
            },
            yaxis={
                "range": [layout.rows - 0.5, -0.5],
                "fixedrange": True,
                "showgrid": False,
                "zeroline": False,
                "tickmode": "array",
                "tickvals": [
                    o + (n - 1) / 2
                    for o, n in zip(layout.lane_offsets, layout.lane_rows, strict=True)
                ],
                "ticktext": [
                    _lane_label(name, rows)
                    for name, rows in zip(layout.lane_names, layout.lane_rows, strict=True)
                ],
                "automargin": True,
            },
            yaxis2={"overlaying": "y", "range": [-2, -1], "fixedrange": True, "visible": False},
            annotations=annotations,
            updatemenus=_menus(kinds, trace_kinds, [a["name"] for a in annotations], layout),
        ),
    }


def _lane_label(name: str, rows: int) -> str:
    """A lane name on at most two short lines (one beside a lane of one sub-row), escaped."""
    lines = _wrap(" ".join(name.split()), 26)
    most = min(2, rows)
    if len(lines) > most:
        lines = [*lines[: most - 1], _shorten(" ".join(lines[most - 1 :]), 26)]
    return "<br>".join(html.escape(line) for line in lines)


def _minimap(layout: Layout) -> Trace:
    """Events per period, drawn only in the range slider (on a y axis kept out of the plot)."""
    low, high = (day.toordinal() for day in layout.full_range)
    size = next((d for d in (1, 7, 30, 91, 365, 3652) if (high - low) / d <= 160), 36525)
    counts = Counter(
        (p.first.toordinal() + p.last.toordinal()) // 2 // size * size for p in layout.placed
    )
    return dict(
        type="bar",
        x=[date.fromordinal(start).isoformat() for start in sorted(counts)],
        y=[counts[start] for start in sorted(counts)],
        offset=0,
        width=size * 86_400_000,
        yaxis="y2",
        marker={"color": "#9aa4b1", "line": {"width": 0}},
        hoverinfo="skip",
        showlegend=False,
    )


_CSS = """
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1f2328; background: #fff; }
header, section { max-width: 1400px; margin: 0 auto; padding: 0 24px; }
header h1 { font-size: 22px; margin: 18px 0 4px; }
header p { margin: 2px 0; color: #57606a; }
.key span { display: inline-block; margin-right: 14px; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; background: #57606a;
       vertical-align: middle; margin-right: 4px; }
.bar { display: inline-block; width: 26px; height: 9px; vertical-align: middle; margin-right: 4px;
       background: #57606a; }
#timeline { max-width: 1400px; margin: 0 auto; padding: 0 12px; }
details { margin: 8px 0 24px; color: #57606a; }
/* The slider shows the whole time span: no shading for rows out of the plot's view. */
.rangeslider-mask-min-opp-axis, .rangeslider-mask-max-opp-axis { display: none; }
details li { margin: 4px 0; }
"""

_PLOT_SCRIPT = """(function () {
  window.newslinePlotStartedAt = performance.now();
  var figure = JSON.parse(document.getElementById("newsline-figure").textContent);
  var node = document.getElementById("timeline");
  Plotly.newPlot(node, figure.data, figure.layout, figure.config).then(function () {
    node.on("plotly_click", function (event) {
      var point = event && event.points && event.points[0];
      var target = point && point.customdata;
      if (typeof target !== "string" || target === "") { return; }
      var url;
      try { url = new URL(target); } catch (error) { return; }
      if (url.protocol === "http:" || url.protocol === "https:") {
        window.open(url.href, "_blank", "noopener,noreferrer");
      }
    });
    window.newslineRenderedAt = performance.now();
  });
})();"""

_CONFIG = {
    "responsive": True,
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
}


def script_json(value: Any) -> str:
    """JSON that cannot end or comment out the <script> holding it.

    Only inside strings can ``<`` occur; ``</`` and ``<!`` are the two sequences the HTML
    script parser acts on. (Escaping every ``<``, as Plotly does, adds 25% to hover text.)
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("</", "<\\/").replace("<!", "\\u003c!")


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def label_count(figure: dict[str, Any]) -> int:
    """Events labelled on the page: text of SVG traces plus annotations (WebGL pages)."""
    in_traces = sum(1 for trace in figure["data"] for text in trace.get("text", ()) if text)
    return in_traces + len(figure["layout"].get("annotations", ()))


def _summary(
    records: Sequence[dict[str, Any]], figure: dict[str, Any], options: PageOptions
) -> str:
    dated = [r for r in records if view.interval(r)]
    articles = {
        report.get("article_id") or view.article_name(report)
        for record in records
        for report in view.reports(record)
    }
    parts = [f"{_plural(len(dated), 'dated event')} from {_plural(len(articles), 'article')}"]
    if dated:
        first = min(view.interval(r)[0] for r in dated)
        last = max(view.interval(r)[1] for r in dated)
        parts.append(f"{_day_text(first)} to {_day_text(last)}")
        parts.append(f"lanes by {options.lanes}")
        parts += _opening_note(dated, figure["layout"]["xaxis"])
        labels = label_count(figure)
        if labels < len(dated):
            parts.append(f"labels on the {labels} most reported; hover any mark for details")
    return html.escape(" · ".join(parts))


def _opening_note(dated: Sequence[dict[str, Any]], xaxis: dict[str, Any]) -> list[str]:
    """What the opening view leaves out, when it does: where it opens and the most reported
    events outside it, so that no one takes the opening for the whole story."""
    opening = [date.fromisoformat(day) for day in xaxis["range"]]
    if xaxis["rangeslider"]["range"] == xaxis["range"]:
        return []
    outside = sorted(
        (r for r in dated if not opening[0] <= view.interval(r)[0] <= opening[1]),
        key=lambda r: -view.sources(r),
    )
    shown = [r for r in outside[:2] if view.sources(r) > 1]
    named = "".join(
        f"{', such as' if number == 0 else ' and'} {_shorten(r.get('title') or '', _LABEL_CHARS)}"
        f" ({view.display_date(r)}, {_plural(view.sources(r), 'article')})"
        for number, r in enumerate(shown)
    )
    return [
        f"opens on {_day_text(opening[0])} to {_day_text(opening[1])}, where most reports fall "
        f"(“all” shows the {_plural(len(outside), 'event')} outside it{named})"
    ]


def _day_text(day: date) -> str:
    return view.display_date({"start": str(day), "end": str(day)})


def _vague_note(records: Sequence[dict[str, Any]]) -> str:
    vague = [r for r in records if not view.interval(r)]
    if not vague:
        return ""
    items = "".join(
        f"<li><b>{html.escape(_shorten(r.get('text') or '', 60))}</b>: "
        f"{html.escape(_shorten(r.get('sentence') or '', 200))} "
        f"<i>({html.escape(view.article_name(view.reports(r)[0]))})</i></li>"
        for r in vague[:_VAGUE_LISTED]
    )
    more = f"<li>and {len(vague) - _VAGUE_LISTED} more</li>" if len(vague) > _VAGUE_LISTED else ""
    return (
        f"<details><summary>{_plural(len(vague), 'vague reference')} without a fixed date "
        f"(“recently”, “in recent weeks”) not drawn</summary><ul>{items}{more}</ul></details>"
    )


def render_page(records: Sequence[dict[str, Any]], options: PageOptions) -> str:
    """The whole page as one HTML string, plotly.js and the figure inline."""
    figure = build_figure(records, options)
    figure_json = script_json({**figure, "config": _CONFIG})
    plot_script = _PLOT_SCRIPT
    library = get_plotlyjs()
    needs_eval = any(
        trace["type"] == "scattergl" for trace in figure["data"]
    )  # regl compiles shaders
    policy = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_script_hash(library)} {_script_hash(plot_script)}"
            + (" 'unsafe-eval'" if needs_eval else ""),
            "style-src 'unsafe-inline'",
            "img-src data: blob:",
            "font-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    title = html.escape(options.title)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p>{_summary(records, figure, options)}</p>
<p class="key"><span><i class="dot"></i>a day</span><span><i class="bar"></i>a week, month,
season or year: the paler, the vaguer</span><span>colour: kind of event</span><span>hover for
the sentence, click to open the article, drag to zoom</span></p>
</header>
<div id="timeline"></div>
<section>{_vague_note(records)}</section>
<script type="application/json" id="newsline-figure">{figure_json}</script>
<script>{library}</script>
<script>{plot_script}</script>
</body>
</html>
"""


def write_timeline(
    records: Sequence[dict[str, Any]], path: Path, options: PageOptions | None = None
) -> Path:
    """Write the page; it opens offline as one file."""
    path.write_text(render_page(records, options or PageOptions()), encoding="utf-8")
    return path
