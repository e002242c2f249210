"""Shared fixtures: the checked build of the real site (once per session), a
loopback HTTP server for it, and Chromium driven by Playwright.

Tiers: a test that needs more than Python is marked by what it needs
(browser, nginx, node; see pytest.ini). Where the tool is missing the test is
skipped with the install command, and the summary at the end lists the tiers
that ran and those that did not. With ZZSHH_REQUIRE_ALL=1 (CI) a missing tool,
and any other skip, is a failure instead."""
import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from zzshh.sitedelivery import browser as chromium_launcher
from zzshh.sitedelivery import nginx as nginx_runner
from zzshh.sitedelivery.static_server import serve

ROOT = Path(__file__).resolve().parents[1]
REQUIRE_ALL = os.environ.get("ZZSHH_REQUIRE_ALL") == "1"


def find_nginx() -> str | None:
    """nginx as zzshh.sitedelivery.nginx starts it (its binary and Debian's mime.types)."""
    try:
        binary = nginx_runner.nginx_binary()
    except nginx_runner.NginxError:
        return None
    return binary if nginx_runner.MIME_TYPES.exists() else None


@dataclass(frozen=True)
class Tier:
    marker: str
    name: str                   # as the summary shows it
    tool: str
    package: str                # Debian's packages
    elsewhere: str              # what to do on Windows and macOS
    find: Callable[[], str | None]

    @functools.cached_property
    def found(self) -> str | None:
        return self.find()

    def reason(self) -> str:
        return f"找不到 {self.tool}。安装：sudo apt-get install {self.package}（{self.elsewhere}）"


TIERS = (
    Tier("browser", "浏览器层", "Chromium", "chromium fonts-noto-cjk",
         f"Windows/macOS：安装 Chrome 或 Edge，装在别处时把环境变量 {chromium_launcher.ENV_VARIABLE} 设为浏览器程序路径",
         chromium_launcher.find_chromium),
    Tier("nginx", "nginx 层", "nginx", "nginx",
         f"测试按 Debian 的 nginx 布局，要 {nginx_runner.MIME_TYPES}；Windows/macOS 请在 WSL 或 Debian 虚拟机里运行这一层",
         find_nginx),
    Tier("node", "Node 层", "Node.js（node）", "nodejs",
         "Windows：winget install OpenJS.NodeJS.LTS；macOS：brew install node",
         lambda: shutil.which("node")),
)
BASE_TIER = "基础层（只需 Python）"


def tiers_of(item) -> list[Tier]:
    return [tier for tier in TIERS if item.get_closest_marker(tier.marker)]


_selected = pytest.StashKey[list]()  # the tier markers of each test this run selected


def pytest_collection_finish(session):
    session.config.stash[_selected] = [{tier.marker for tier in tiers_of(item)} for item in session.items]


def pytest_collection_modifyitems(config, items):
    """make test runs two pytest-xdist workers (--dist loadgroup): the tests
    of the built site, the browser, nginx and Node share one of them, which
    builds the site once and never runs two browsers at a time; the other
    takes the rest."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if tiers_of(item) or "built_site" in item.fixturenames:
            item.add_marker(pytest.mark.xdist_group("site"))


def _selected_tiers(config, terminalreporter) -> list[set[str]] | None:
    """The tier markers of each test run: from the collection, or, in
    pytest-xdist's controller (which collects nothing), from the reports."""
    selected = config.stash.get(_selected, None)
    if selected:
        return selected
    markers = {tier.marker for tier in TIERS}
    seen = {}
    for reports in terminalreporter.stats.values():
        for report in reports:
            if getattr(report, "nodeid", "") and hasattr(report, "keywords") and getattr(report, "when", "") in ("setup", "call"):
                seen[report.nodeid] = markers & set(report.keywords)
    return list(seen.values()) if seen else selected


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    needs = tiers_of(item)
    if "browser" in item.fixturenames and not any(t.marker == "browser" for t in needs):
        pytest.fail("这个测试用到浏览器，却没有标记 @pytest.mark.browser（快速层会把它选进来）。", pytrace=False)
    missing = [tier for tier in needs if not tier.found]
    if not missing:
        return
    reason = "；".join(tier.reason() for tier in missing)
    if REQUIRE_ALL:
        pytest.fail(f"ZZSHH_REQUIRE_ALL=1，缺少工具按失败处理：{reason}", pytrace=False)
    pytest.skip(reason)


def _skip_reason(longrepr) -> str:
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return reason.removeprefix("Skipped: ")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI no test may be skipped: a skip, for whatever reason, is a failure."""
    report = yield
    if REQUIRE_ALL and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"ZZSHH_REQUIRE_ALL=1，CI 不允许跳过测试。跳过的原因：{_skip_reason(report.longrepr)}"
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if REQUIRE_ALL and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"ZZSHH_REQUIRE_ALL=1，CI 不允许跳过测试。跳过的原因：{_skip_reason(report.longrepr)}"
    return report


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    items = _selected_tiers(config, terminalreporter)
    if items is None:
        return
    write = terminalreporter.write_line
    terminalreporter.section("测试层级", sep="=")
    base = sum(1 for needs in items if not needs)
    write(f"{BASE_TIER}：{base} 项，已运行" if base else f"{BASE_TIER}：本次没有选中")
    missing = [tier for tier in TIERS if not tier.found and any(tier.marker in needs for needs in items)]
    not_run = "按失败处理（ZZSHH_REQUIRE_ALL=1）" if REQUIRE_ALL else "已跳过"
    for tier in TIERS:
        marked = [needs for needs in items if tier.marker in needs]
        label = f"{tier.name}（-m {tier.marker}，需 {tier.tool}）"
        if not marked:
            write(f"{label}：本次没有选中")
        elif tier in missing:
            write(f"{label}：{len(marked)} 项，{not_run}。{tier.reason()}", yellow=not REQUIRE_ALL, red=REQUIRE_ALL)
        else:
            blocked = [needs for needs in marked if any(t.marker in needs for t in missing)]
            also = "、".join(t.tool for t in missing if any(t.marker in needs for needs in blocked))
            note = f"；另有 {len(blocked)} 项还需 {also}，{not_run}" if blocked else ""
            write(f"{label}：{len(marked) - len(blocked)} 项，已运行（{tier.found}）{note}")
    if missing:
        packages = " ".join(tier.package for tier in missing)
        write(f"一条命令装齐缺少的工具（Debian/Ubuntu）：sudo apt-get install {packages}", bold=True)


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
