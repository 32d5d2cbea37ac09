"""Debian's headless Chromium, driven by Selenium: for the report's browser tests and its
screenshots. Selenium is a development dependency, imported only when a browser is asked for.

Selenium is given both paths, so Selenium Manager never downloads a browser or a driver.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

# No GPU, no shared memory and no background requests: a container or a CI runner has none.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
)


def missing_browser() -> list[str]:
    """The paths of Chromium and its driver that are not installed."""
    return [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.is_file()]


def headless_chromium(
    width: int = 1400, height: int = 1000, extra: tuple[str, ...] = (), log_console: bool = False
) -> Any:
    """A Chrome WebDriver on the installed Chromium, with a window of width × height."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, *extra, f"--window-size={width},{height}"):
        options.add_argument(flag)
    if log_console:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
