"""Screenshot of a timeline page in headless chromium, optionally with one event's hover shown.

newsline run ../shared/seeds/000_62f2d983f655606c.txt --published 2023-03-01 --out out
.venv/bin/python docs/screenshot.py out/timeline.html docs/timeline.png --hover "G-20"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.browser import VIEWPORT, chromium, find_chromium

_SHOW_HOVER = """needle => {
  const plot = document.getElementById("timeline");
  for (const [curve, trace] of plot.data.entries()) {
    const point = (trace.hovertext || []).findIndex(text => text && text.includes(needle));
    if (point >= 0) {
      Plotly.Fx.hover(plot, [{curveNumber: curve, pointNumber: point}]);
      return true;
    }
  }
  return false;
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--hover", help="show the hover of the first event whose text has this")
    arguments = parser.parse_args()
    executable = find_chromium()
    if executable is None:
        sys.exit("chromium not found: apt-get install chromium")
    with chromium(executable) as browser:
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(arguments.page.resolve().as_uri())
        page.wait_for_function("window.newslineRenderedAt !== undefined", timeout=60_000)
        if arguments.hover and not page.evaluate(_SHOW_HOVER, arguments.hover):
            sys.exit(f"no event mentions {arguments.hover!r}")
        page.wait_for_timeout(300)
        height = page.evaluate("document.body.scrollHeight")
        page.screenshot(
            path=str(arguments.png),
            clip={
                "x": 0,
                "y": 0,
                "width": VIEWPORT["width"],
                "height": min(height + 16, VIEWPORT["height"]),
            },
        )
    print(arguments.png)


if __name__ == "__main__":
    main()
