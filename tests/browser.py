"""A real browser for page tests: Debian's chromium driven by Playwright (never a downloaded
browser). Import the fixtures into a test module:

    from browser import browser, page  # noqa: F401

Without chromium or Playwright the tests are skipped on a developer's machine and fail in CI
(CI=true), where `make test` installs chromium through scripts/install-system-packages.sh.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"a browser test cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """One chromium for the session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (scripts/install-system-packages.sh installs it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page whose console errors and failed requests are collected in
    `page.problems`, and which may reach only loopback addresses."""
    context = browser.new_context()
    opened = context.new_page()
    opened.problems = []
    opened.on("console", lambda m: m.type == "error" and opened.problems.append(m.text))
    opened.on("pageerror", lambda e: opened.problems.append(str(e)))
    opened.on("requestfailed", lambda r: opened.problems.append(f"failed: {r.url}"))

    def loopback_only(route):
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost", "::1"):
            route.continue_()
        else:
            opened.problems.append(f"outside request: {route.request.url}")
            route.abort()

    context.route("**/*", loopback_only)
    yield opened
    context.close()
