"""A real browser for tests: Debian's Chromium, headless, driven by Playwright's Python package.

conftest.py loads it as a plugin (`pytest_plugins`; never import the fixtures: a second
registration would start a second Playwright); a test asks for `browser` (one
Chromium per session), `browser_page` (a fresh page that records every request it makes) or
`page` (a fresh page that may reach only loopback addresses, its errors in `page.problems`).
Without Chromium or Playwright the tests that use them are skipped with the reason, except
under CI=true, where they fail: CI must never pass by skipping the browser.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# No background traffic of the browser's own, so that every recorded request is the page's.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 900}


def chromium_path() -> Path | None:
    if CHROMIUM.exists():
        return CHROMIUM
    found = shutil.which("chromium")
    return Path(found) if found else None


def unavailable_reason() -> str | None:
    """Why no browser test can run here, or None when one can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright's Python package is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return "Debian's chromium is not installed (scripts/install-system-packages.sh)"
    return None


def require_browser() -> None:
    reason = unavailable_reason()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


def launch(playwright):
    """Chromium as the tests and the benchmarks run it; never a browser Playwright downloads."""
    return playwright.chromium.launch(
        executable_path=str(chromium_path()), args=CHROMIUM_ARGS, headless=True
    )


@pytest.fixture(scope="session")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class BrowserPage:
    """A page with every request it made and every error it logged."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def requests_besides(self, *urls: str) -> list[str]:
        return [url for url in self.requests if url not in urls]


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    recorded = BrowserPage(page)
    # Recorded on the context, so that requests of frames and workers count too.
    context.on("request", lambda request: recorded.requests.append(request.url))
    page.on("pageerror", lambda error: recorded.errors.append(str(error)))
    page.on(
        "console",
        lambda message: recorded.errors.append(message.text) if message.type == "error" else None,
    )
    try:
        yield recorded
    finally:
        context.close()


@pytest.fixture
def page(browser):
    """A fresh page whose console errors and failed requests are collected in
    `page.problems`, and which may reach only loopback addresses."""
    from urllib.parse import urlsplit

    context = browser.new_context(viewport=VIEWPORT)
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
    try:
        yield opened
    finally:
        context.close()
