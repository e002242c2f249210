"""Shared fixtures: the checked build of the real site (once per session), a
loopback HTTP server for it, and Debian's Chromium driven by Playwright."""
import subprocess
import sys
from pathlib import Path

import pytest

from zzshh.sitedelivery import browser as chromium_launcher
from zzshh.sitedelivery.static_server import serve

ROOT = Path(__file__).resolve().parents[1]


def run_build(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "build.py"), *args],
                          cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built with the checked build; fails if the build finds anything."""
    site = tmp_path_factory.mktemp("site")
    result = run_build("--site-dir", str(site))
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site served on a loopback port."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        try:
            chromium = chromium_launcher.launch(playwright)
        except RuntimeError as err:
            pytest.fail(str(err))
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN")
    tab = context.new_page()
    yield tab
    context.close()
