"""Screenshot a `claims report` page with Debian's headless Chromium (docs/report.png).

    .venv/bin/claims extract corpus/seed --out /tmp/seed && \
    .venv/bin/claims report /tmp/seed --out /tmp/seed/report.html && \
    .venv/bin/python scripts/screenshot_report.py /tmp/seed/report.html docs/report.png

The relations view of the 35 corpus articles (docs/report-relations.png):

    .venv/bin/claims extract corpus --out /tmp/corpus && \
    .venv/bin/claims report /tmp/corpus --out /tmp/corpus/report.html && \
    .venv/bin/python scripts/screenshot_report.py /tmp/corpus/report.html \
        docs/report-relations.png --anchor relations --height 980 --click-month

Selenium is pointed at /usr/bin/chromium and /usr/bin/chromedriver (apt-get install
chromium chromium-driver), so Selenium Manager never downloads a browser.
"""

from __future__ import annotations

import argparse
import base64
from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from pipeline.report.browser import headless_chromium


def screenshot(
    page: Path,
    png: Path,
    width: int,
    height: int | None,
    anchor: str | None,
    pin: int | None,
    click_month: bool = False,
) -> None:
    driver = headless_chromium(width, extra=("--hide-scrollbars",))
    try:
        driver.get(page.resolve().as_uri())
        if pin is not None:
            # Pin a claim of the reader, so that the picture shows its fields too.
            driver.execute_script(
                "document.querySelectorAll('#docs .doc:not([hidden]) .doc-claims li')"
                "[arguments[0]].click(); window.scrollTo(0, 0);",
                pin,
            )
        if click_month:
            # List the claims of the relations view's busiest month (its tallest bar).
            bars = driver.find_elements(By.CSS_SELECTOR, "#relations-plot .barlayer .point path")
            tallest = max(bars, key=lambda bar: bar.rect["height"])
            ActionChains(driver).move_to_element(tallest).pause(0.5).click().perform()
            driver.execute_script("window.scrollTo(0, 0)")
        if anchor:
            # Start the picture at a section, under the sticky header.
            driver.execute_script(
                "const s = document.getElementById(arguments[0]);"
                "document.querySelector('header.top').style.position = 'static';"
                "document.body.style.marginTop = -s.offsetTop + 'px';",
                anchor,
            )
        full = driver.execute_script("return document.documentElement.scrollHeight")
        # DevTools captures beyond the window, so the whole page (or its top) fits in one.
        shot = driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height or full, "scale": 1},
            },
        )
    finally:
        driver.quit()
    png.parent.mkdir(parents=True, exist_ok=True)
    png.write_bytes(base64.b64decode(shot["data"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="the report's HTML file")
    parser.add_argument("png", type=Path, help="where to write the screenshot")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=None, help="default: the whole page")
    parser.add_argument("--anchor", default=None, help="start at this section id (reader...)")
    parser.add_argument("--pin", type=int, default=None, help="pin the reader's Nth claim (0..)")
    parser.add_argument(
        "--click-month", action="store_true", help="list the relations view's busiest month"
    )
    args = parser.parse_args()
    screenshot(
        args.page, args.png, args.width, args.height, args.anchor, args.pin, args.click_month
    )


if __name__ == "__main__":
    main()
