"""The pages in a real headless browser, Debian's chromium driven through
/usr/bin/chromedriver (Selenium, never its driver download), against
``corroborate serve`` with its Content-Security-Policy on: no console error,
no CSP violation, no failed or blocked resource."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync")  # fmt: skip
# Installed before any page script runs: what the CSP refused and what failed to load.
WATCH = """
window.__problems = [];
document.addEventListener("securitypolicyviolation", (e) => window.__problems.push(
  `CSP ${e.effectiveDirective} refused ${e.blockedURI || "inline code"}`));
window.addEventListener("error", (e) => window.__problems.push(
  e.target && e.target !== window ? `not loaded: ${e.target.src || e.target.href}`
                                  : `script error: ${e.message}`), true);
"""

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason=f"no {CHROMIUM} or {CHROMEDRIVER}: apt-get install chromium "
    "chromium-driver (.ci/run does)",
)


@pytest.fixture(scope="module")
def base_url(
    serve_kb: Callable[..., str],
    examples_kb: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> str:
    """A token-less server on loopback (its write forms shown) over a copy."""
    path = tmp_path_factory.mktemp("browser") / "kb.db"
    shutil.copy(examples_kb, path)
    return serve_kb(path)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless chromium with a fresh profile, logging the console and network."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}")
    options.set_capability(
        "goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"}
    )
    # a driver path given: Selenium Manager (which would download one) never runs
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(120)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    yield driver
    driver.quit()


def _problems(browser: Any) -> list[str]:
    """What went wrong since the last call: the page's own watch, console errors
    (and any CSP message), failed requests and HTTP errors."""
    found: list[str] = list(browser.execute_script("return window.__problems || []"))
    for entry in browser.get_log("browser"):
        if entry["level"] == "SEVERE" or "Content Security Policy" in entry["message"]:
            found.append(f"console {entry['level']}: {entry['message']}")
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.loadingFailed":
            found.append(
                f"request failed: {params.get('blockedReason') or params.get('errorText')}"
            )
        elif message["method"] == "Network.responseReceived":
            response = params["response"]
            if response["status"] >= 400:
                found.append(f"HTTP {response['status']}: {response['url']}")
    return found


def _visit(browser: Any, url: str) -> None:
    """Load a page after clearing what earlier pages logged."""
    browser.get_log("browser")
    browser.get_log("performance")
    browser.get(url)


def _pages(base_url: str) -> list[str]:
    story = httpx.get(f"{base_url}/stories.json", timeout=120).json()[0]["id"]
    article = httpx.get(f"{base_url}/articles.json", timeout=120).json()[0]["id"]
    entity = httpx.get(
        f"{base_url}/entities.json?kind=Organization", timeout=120
    ).json()
    entity_id = max(entity, key=lambda e: e["aliases"])["id"]
    return ["/", f"/stories/{quote(story, safe='')}",
            f"/articles/{quote(article, safe='')}?start=0&end=20#hl", "/articles",
            "/entities", f"/entities/{quote(entity_id, safe='')}", "/search?q=Albania",
            "/search?near=Tirana&km=300", "/designations", "/login", "/api"]  # fmt: skip


def test_browser_pages_render_under_the_csp(browser: Any, base_url: str) -> None:
    for page in _pages(base_url):
        _visit(browser, base_url + page)
        assert browser.find_element("css selector", "main h1").text, page
        rules = browser.execute_script(
            "return [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)"
        )
        assert rules > 10, f"{page}: style.css not applied"
        assert _problems(browser) == [], page


def test_browser_swagger_ui_runs_offline_under_the_csp(
    browser: Any, base_url: str
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    _visit(browser, f"{base_url}/docs")
    WebDriverWait(browser, 60).until(
        lambda b: b.find_elements("css selector", ".swagger-ui .opblock")
    )
    assert (
        "corroborate" in browser.find_element("css selector", ".swagger-ui .info").text
    )
    paths = browser.find_elements("css selector", ".opblock-summary-path")
    assert any("/stories/{story_id}.json" in p.text for p in paths)
    assert _problems(browser) == []


def test_browser_watch_catches_what_the_csp_refuses(
    browser: Any, base_url: str
) -> None:
    """The checks above can fail: an inline script and a foreign image are refused."""
    _visit(browser, f"{base_url}/")
    browser.execute_script(
        "const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        "document.body.append(s);"
        "const i = document.createElement('img'); i.src = 'https://example.invalid/x.png';"
        "document.body.append(i);"
    )
    problems = _problems(browser)
    assert browser.execute_script("return window.ran") is None
    assert any("script-src" in p and "inline" in p for p in problems), problems
    assert any("img-src" in p and "example.invalid" in p for p in problems), problems
