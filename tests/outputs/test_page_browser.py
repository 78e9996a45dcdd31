"""The page in a real headless chromium: drawn events, hover, click, filters, no script runs
from article text. Network is cut off: only the file itself loads, as offline."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from outputs.timeline import write_timeline
from outputs.view import PageOptions
from tests.browser import VIEWPORT, chromium, find_chromium
from tests.outputs.conftest import make_record

EVIL = '<script>window.pwned = 1; alert(1)</script><img src=x onerror="window.pwned = 2; alert(2)">'


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = find_chromium()
    if executable is None:
        message = "chromium not found (install Debian's chromium: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the browser tests")
        pytest.skip(message)
    pytest.importorskip("playwright", reason="playwright missing: pip install -e '.[dev]'")
    with chromium(executable) as launched:
        yield launched


_POINT_OF = """needle => {
  const plot = document.getElementById("timeline");
  for (const trace of plot.data) {
    const index = (trace.hovertext || []).findIndex(text => text && text.includes(needle));
    if (index >= 0) {
      const x = plot._fullLayout.xaxis, y = plot._fullLayout.yaxis;
      const box = plot.getBoundingClientRect();
      return {x: box.left + x._offset + x.d2p(trace.x[index]),
              y: box.top + y._offset + y.d2p(trace.y[index])};
    }
  }
  return null;
}"""


class Page:
    """One open timeline page and everything it reported."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.context = browser.new_context(viewport=VIEWPORT)
        self.context.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith("file:")
                else route.fulfill(status=200, content_type="text/plain", body="offline")
            ),
        )
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on(
            "console",
            lambda message: (
                self.errors.append(f"console: {message.text}") if message.type == "error" else None
            ),
        )
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.newslineRenderedAt !== undefined", timeout=30_000)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def settled(self, check: Callable[[], bool], seconds: float = 15) -> bool:
        """Whether ``check`` holds within ``seconds`` (Plotly redraws after a click)."""
        for _ in range(int(seconds * 10)):
            if check():
                return True
            self.page.wait_for_timeout(100)
        return check()

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def drawn(self, trace_type: str) -> int:
        """Drawn marks (SVG paths) of the event traces (those with a kind) of one type."""
        return self.page.evaluate(
            """type => Array.from(document.querySelectorAll('.subplot.xy .trace'))
                .filter(group => {
                    const trace = group.__data__ && group.__data__[0].trace;
                    return trace && trace.type === type && trace.meta && trace.meta.kind;
                })
                .reduce((sum, group) => sum + group.querySelectorAll('.point').length, 0)""",
            trace_type,
        )

    def hover(self, needle: str) -> str:
        """The hover label of the event whose hover text has ``needle``, shown by the mouse."""
        self.page.mouse.move(1, 1)
        self.page.wait_for_selector(".hoverlayer .hovertext", state="detached", timeout=15_000)
        point = self.page.evaluate(_POINT_OF, needle)
        assert point, f"no event mentions {needle!r}"
        self.page.mouse.move(point["x"], point["y"])
        self.page.wait_for_selector(".hoverlayer .hovertext", timeout=15_000)
        return self.page.locator(".hoverlayer .hovertext").first.text_content()


DOTS = ".subplot.xy .scatterlayer .point"


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    pages: list[Page] = []

    def opener(records: list[dict], options: PageOptions | None = None) -> Page:
        path = write_timeline(records, tmp_path / f"timeline{len(pages)}.html", options)
        pages.append(Page(browser, path))
        return pages[-1]

    yield opener
    for page in pages:
        page.context.close()


def _mixed_records() -> list[dict]:
    days = [
        make_record(
            f"d{n}",
            f"2023-02-{n + 10}",
            f"2023-02-{n + 10}",
            f"2023-02-{n + 10}",
            kind="meeting" if n % 2 else "statement",
            title=f"day event {n}",
            text=f"February {n + 10}",
            sentence=f"The talks resumed on February {n + 10} after a pause.",
        )
        for n in range(5)
    ]
    periods = [
        make_record(
            "m",
            "2022-09",
            "2022-09-01",
            "2022-09-30",
            kind="summit",
            text="last September",
            title="SCO summit in Samarkand",
        ),
        make_record(
            "y",
            "2020",
            "2020-01-01",
            "2020-12-31",
            kind="election",
            text="2020",
            title="disputed presidential election",
        ),
        make_record(
            "w",
            "2023-W08",
            "2023-02-20",
            "2023-02-26",
            text="last week",
            title="statement on peace talks",
        ),
    ]
    vague = [make_record("v", "PAST_REF", None, None, text="recently")]
    return days + periods + vague


def test_every_dated_event_is_drawn_without_script_errors(open_page) -> None:
    page = open_page(_mixed_records(), PageOptions(lanes="kind"))
    assert page.drawn("scatter") == 5
    assert page.drawn("bar") == 3
    assert page.count(".subplot.xy .textpoint") == 8  # every event labelled: there is room
    assert "1 vague reference" in page.page.locator("details summary").text_content()
    assert page.errors == [] and page.dialogs == []


def test_hover_label_shows_the_sentence_and_the_dates(open_page) -> None:
    page = open_page(_mixed_records())
    text = page.hover("day event 2")  # the event of 12 February
    assert "The talks resumed on February 12 after a pause." in text
    assert "“February 12” → 12 Feb 2023" in text
    assert "Ministers gather · published 2023-03-01" in text
    assert page.errors == []


def test_article_html_and_script_run_nothing(open_page) -> None:
    record = make_record(
        title=EVIL,
        text="March 2",
        sentence=f"On March 2 {EVIL} they met.",
        article_title=EVIL,
        url="javascript:window.pwned=3",
        kind=EVIL,
        actors=[EVIL],
    )
    vague = make_record("v", "PAST_REF", None, None, text=EVIL, sentence=EVIL)
    page = open_page([record, vague], PageOptions(title=EVIL, lanes="actor"))
    hover = page.hover("they met")
    page.page.mouse.down()
    page.page.mouse.up()
    page.page.locator("details summary").click()
    page.page.wait_for_timeout(300)
    assert "<script>window.pwned = 1" in hover  # shown as text, not run
    assert page.page.evaluate("window.pwned") is None
    assert page.dialogs == []
    assert page.count("img[src=x]") == 0
    assert len(page.context.pages) == 1  # the javascript: link opened nothing
    assert page.errors == []


def test_click_opens_the_source_in_a_new_tab(open_page) -> None:
    page = open_page([make_record(url="https://example.org/a1?x=1")])
    box = page.page.locator(DOTS).first.bounding_box()
    with page.context.expect_page() as opened:
        page.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab = opened.value
    tab.wait_for_load_state()
    assert tab.url == "https://example.org/a1?x=1"
    assert page.page.evaluate("window.opener === null")


def test_kind_dropdown_and_range_buttons_filter_the_view(open_page) -> None:
    page = open_page(_mixed_records(), PageOptions(lanes="story"))
    page.page.locator(".updatemenu-header").first.click()
    page.page.locator(".updatemenu-dropdown-button", has_text="meeting").click()
    assert page.settled(lambda: page.drawn("scatter") == 2 and page.drawn("bar") == 0)
    x_range = "document.getElementById('timeline').layout.xaxis.range"
    before = page.page.evaluate(x_range)
    page.page.locator(".rangeselector .button", has_text="last month").click()
    assert page.settled(lambda: page.page.evaluate(x_range) != before)
    after = page.page.evaluate(x_range)
    assert after[1] > after[0]
    assert page.errors == []


def test_webgl_page_hovers_dots_and_bars_and_runs_no_article_script(open_page) -> None:
    crowd = [
        make_record(f"c{n}", "2021-03-01", "2021-03-01", "2021-03-01", title=f"crowd {n}")
        for n in range(1_100)
    ]
    dot = make_record(
        "evil",
        title=EVIL,
        text="June 1",
        sentence=f"On June 1 {EVIL} it began.",
        value="2023-06-01",
        start="2023-06-01",
        end="2023-06-01",
        sources=9,
    )
    bar = make_record(
        "bar",
        "2023-09",
        "2023-09-01",
        "2023-09-30",
        text="September",
        sentence="Talks went on all through September in Geneva.",
        sources=9,
    )
    page = open_page([*crowd, dot, bar], PageOptions(title=EVIL))
    assert page.page.evaluate(
        "document.getElementById('timeline').data.some(trace => trace.type === 'scattergl')"
    )
    assert "On June 1" in page.hover("it began")
    assert "all through September" in page.hover("Geneva")  # hovered at the bar's middle
    assert page.count(".annotation-text") > 0  # labels drawn above the WebGL canvas
    assert page.page.evaluate("window.pwned") is None
    assert page.dialogs == [] and page.errors == []


def test_a_page_opening_on_its_news_shows_every_date_on_all(open_page) -> None:
    news = [
        make_record(f"n{n}", f"2023-03-{n + 1:02d}", f"2023-03-{n + 1:02d}", f"2023-03-{n + 1:02d}")
        for n in range(20)
    ]
    history = make_record("h", "1989", "1989-01-01", "1989-12-31", title="Tanker runs aground")
    page = open_page([*news, history])
    x_range = "document.getElementById('timeline').layout.xaxis.range"
    opening = page.page.evaluate(x_range)
    assert opening[0] > "2023-02" and opening[1] < "2023-05"
    assert "where most reports fall" in page.page.inner_text("header")
    page.page.locator(".rangeselector .button", has_text="all").click()
    assert page.settled(lambda: page.page.evaluate(x_range)[0] < "1989-01-02")
    assert page.errors == []
