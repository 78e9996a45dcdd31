import base64
import copy
import hashlib
import itertools
import re
from datetime import date, timedelta

import plotly.graph_objects as go

from outputs import timeline
from outputs.view import PageOptions
from tests.outputs.conftest import make_record


def _day_records(count: int, days_apart: int = 0, **extra) -> list[dict]:
    start = date(2023, 1, 1)
    return [
        make_record(
            f"e{n}",
            (start + timedelta(days=n * days_apart)).isoformat(),
            (start + timedelta(days=n * days_apart)).isoformat(),
            (start + timedelta(days=n * days_apart)).isoformat(),
            title=f"event number {n} with a fairly long title",
            **extra,
        )
        for n in range(count)
    ]


def _drawn(figure: dict) -> dict[str, int]:
    """Marks of the event traces (those with a hover) per trace type."""
    counts: dict[str, int] = {}
    for trace in figure["data"]:
        if "hovertext" in trace:
            counts[trace["type"]] = counts.get(trace["type"], 0) + len(trace["x"])
    return counts


def _plotly_accepts(figure: dict) -> None:
    """Plotly's own validation of the figure (it rejects unknown or badly typed attributes).

    The range slider's per-axis ``yaxis2`` is plotly.js-only, so it is left out here.
    """
    layout = copy.deepcopy(figure["layout"])
    layout.get("xaxis", {}).get("rangeslider", {}).pop("yaxis2", None)
    go.Figure({"data": figure["data"], "layout": layout})


def test_day_events_are_dots_and_periods_are_bars_vague_ones_not_drawn() -> None:
    records = [
        make_record("day"),
        make_record("month", "2022-09", "2022-09-01", "2022-09-30", text="last September"),
        make_record("year", "2020", "2020-01-01", "2020-12-31", text="2020"),
        make_record("vague", "PAST_REF", None, None, text="recently"),
    ]
    figure = timeline.build_figure(records, PageOptions())
    assert _drawn(figure) == {"scatter": 1, "bar": 2}
    _plotly_accepts(figure)
    [bars] = [t for t in figure["data"] if t["type"] == "bar" and "hovertext" in t]
    opacities = bars["marker"]["opacity"]
    by_start = dict(zip(bars["base"], zip(bars["x"], opacities, strict=True), strict=True))
    assert by_start.keys() == {"2022-09-01", "2020-01-01"}
    (month_ms, month_opacity), (year_ms, year_opacity) = (
        by_start["2022-09-01"],
        by_start["2020-01-01"],
    )
    assert (month_ms, year_ms) == (30 * 86_400_000, 366 * 86_400_000)
    assert month_opacity > year_opacity  # the vaguer the date, the paler the bar
    page = timeline.render_page(records, PageOptions())
    assert "1 vague reference without a fixed date" in page
    assert "<b>recently</b>" in page


def test_labels_in_a_lane_never_overlap_at_the_opening_zoom() -> None:
    records = _day_records(30, days_apart=2)
    layout = timeline.layout_events(records, "story")
    low, high = layout.x_range
    days_per_px = layout.days_per_px
    assert abs((high - low).days / timeline._PLOT_WIDTH_PX - days_per_px) < 0.01
    spans: dict[int, list[tuple[float, float]]] = {}
    for placed in layout.placed:
        if placed.labelled:
            start = placed.first.toordinal()
            width = timeline._label_px(placed.record) * days_per_px
            spans.setdefault(placed.y, []).append((start, start + width))
            assert start + width <= high.toordinal()  # and none runs off the right edge
    assert sum(len(row) for row in spans.values()) == 30  # room for every label
    assert len(spans) > 1  # stacked in sub-rows
    for row in spans.values():
        row.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(row))


def test_lanes_are_ordered_by_the_articles_that_report_them_then_by_events() -> None:
    def report(article: str) -> dict:
        return {"article_id": article, "article_title": f"Article {article}"}

    history = [make_record(f"h{n}", kind="other", reports=[report("history")]) for n in range(5)]
    summit = [
        make_record("s1", kind="meeting", reports=[report(a) for a in ("a1", "a2", "a3")]),
        make_record("s2", kind="meeting", reports=[report("a1")]),
    ]
    flood = [make_record(f"f{n}", kind="disaster", reports=[report("f1")]) for n in range(2)]
    layout = timeline.layout_events(history + flood + summit, "kind")
    assert layout.lane_names == ["meeting", "other", "disaster"]


def test_the_most_reported_lane_takes_the_rows_smaller_lanes_leave() -> None:
    busy = _day_records(20, days_apart=0, article_id="main", sources=3)
    small = [
        make_record(f"s{n}", reports=[{"article_id": f"other{n}", "article_title": f"Story {n}"}])
        for n in range(11)
    ]
    layout = timeline.layout_events(busy + small, "story")
    assert len(layout.lane_names) == 12
    assert layout.lane_rows[0] == timeline._MAX_ROWS_PER_LANE  # one label per sub-row
    assert layout.lane_rows[1:] == [1] * 11
    assert sum(layout.lane_rows) <= timeline._ROW_BUDGET


def test_the_page_opens_where_most_reports_fall_and_says_what_it_leaves_out() -> None:
    news = _day_records(40, days_apart=3)  # January to April 2023
    news[10]["sources"] = 20  # the story itself, four times as reported as the history
    history = make_record(
        "h", "1989", "1989-01-01", "1989-12-31", title="Tanker runs aground", sources=5
    )
    records = [*news, history]
    layout = timeline.layout_events(records, "story")
    assert date(2022, 12, 1) < layout.x_range[0] < date(2023, 1, 1)
    assert layout.full_range[0] < date(1989, 1, 1)
    view_end = layout.x_range[1].toordinal()
    for placed in layout.placed:
        start = placed.first.toordinal()
        if placed.labelled and start < view_end:
            assert start + timeline._label_px(placed.record) * layout.days_per_px <= view_end
    figure = timeline.build_figure(records, PageOptions())
    assert figure["layout"]["xaxis"]["rangeslider"]["range"][0] < "1989-01-01"
    page = timeline.render_page(records, PageOptions())
    assert "where most reports fall" in page
    assert "such as Tanker runs aground (1989, 5 articles)" in page
    # A report as widely read as the story's own is never left out of the opening.
    history["sources"] = 10
    assert timeline.layout_events(records, "story").x_range[0] < date(1989, 1, 1)


def test_events_spread_evenly_open_on_every_date() -> None:
    records = _day_records(12, days_apart=90)
    layout = timeline.layout_events(records, "story")
    assert layout.x_range == layout.full_range
    assert "where most reports fall" not in timeline.render_page(records, PageOptions())


def test_ten_thousand_events_get_bounded_labels_rows_and_webgl_dots() -> None:
    records = _day_records(10_000, days_apart=0)
    figure = timeline.build_figure(records, PageOptions())
    labels = timeline.label_count(figure)
    assert labels == timeline._MAX_ROWS_PER_LANE  # same day: one label per sub-row
    assert labels == len(figure["layout"]["annotations"])  # drawn above the WebGL canvas
    assert _drawn(figure) == {"scattergl": 10_000}
    assert figure["layout"]["height"] <= 1400
    _plotly_accepts(figure)


def test_many_periods_are_webgl_segments_hovered_at_their_middle() -> None:
    records = [
        make_record(f"m{n}", "2022-09", "2022-09-01", "2022-09-30", text="September")
        for n in range(timeline._WEBGL_ABOVE)
    ] + [make_record("y", "2020", "2020-01-01", "2020-12-31", text="2020")]
    figure = timeline.build_figure(records, PageOptions())
    segments = [t for t in figure["data"] if t.get("mode") == "lines"]
    assert {t["type"] for t in segments} == {"scattergl"}
    assert sum(t["x"].count(None) for t in segments) == len(records)  # one segment each
    assert len({t["opacity"] for t in segments}) == 2  # a month is less pale than a year
    assert _drawn(figure) == {"scattergl": len(records)}
    [middles] = [t for t in figure["data"] if "hovertext" in t]
    assert "2020-07-02 00:00" in middles["x"] and "2022-09-16 00:00" in middles["x"]
    _plotly_accepts(figure)


def test_one_event_gets_a_readable_range_around_it() -> None:
    layout = timeline.layout_events([make_record()], "story")
    low, high = layout.x_range
    assert low <= date(2023, 3, 2) - timedelta(days=3)
    assert high >= date(2023, 3, 3) + timedelta(days=3)
    assert layout.placed[0].labelled


def test_hover_shows_the_sentence_with_the_expression_highlighted_and_escaped() -> None:
    record = make_record(
        text="March 2",
        sentence="Ministers <b>met</b> on March 2 & talked.",
        article_title="<i>Ministers</i>",
        sources=3,
    )
    hover = timeline.hover_text(record)
    assert '<span style="color:#b3261e">March 2</span>' in hover
    assert "Ministers &lt;b&gt;met&lt;/b&gt; on" in hover
    assert "&amp; talked." in hover
    assert "&lt;i&gt;Ministers&lt;/i&gt;" in hover
    assert "3 sources" in hover
    assert "2 Mar 2023" in hover and "published 2023-03-01" in hover


def test_long_sentence_is_cut_around_the_expression() -> None:
    sentence = "word " * 200 + "on March 2 the ministers met " + "more " * 200
    hover = timeline.highlighted_sentence(sentence, "March 2")
    assert "March 2" in hover and hover.count("…") == 2
    assert len(hover) < 500


def test_page_scripts_are_exactly_the_ones_the_content_security_policy_allows() -> None:
    records = [make_record(title="<script>window.pwned=1</script>")]
    page = timeline.render_page(records, PageOptions(title="</title><script>x()</script>"))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)[1]
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == 2  # plotly.js and the drawing: no third one from the article
    assert page.count('<script type="application/json" id="newsline-figure">') == 1
    assert page.count("</script>") == 3  # the figure's data block cannot be closed early
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert "<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>" in page


def test_no_dated_event_still_makes_a_page() -> None:
    page = timeline.render_page([make_record(start=None, end=None)], PageOptions())
    assert "No dated events to draw" in page
