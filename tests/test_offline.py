"""The offline package: built by scripts/package_offline.py, unzipped, and
used from file:// in Chromium: navigation, Chinese search, copying a
template and the self-check page, with no request other than file://."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from zzshh.sitedelivery.offline import TOP_FOLDER
from zzshh.sitedelivery.pages import page_urls
from site_crawl import Watch, click_copy_and_wait_for_feedback, search_results, visit

OFFLINE_CONFIG = ROOT / "mkdocs-offline.yml"
SHIM = "assets/vendor/iframe-worker/shim.js"
SELF_CHECK = "tools/self-check.html"


class _TagBlindLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its !!python tags."""


_TagBlindLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_TagBlindLoader)


def plugin_names(config: dict) -> list[str]:
    return [next(iter(p)) if isinstance(p, dict) else p for p in config.get("plugins", [])]


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("offline")
    archive = work / "zzshh-offline.zip"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "package_offline.py"), "--output", str(archive)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(archive) as package:
        package.extractall(work / "unzipped")
    site = work / "unzipped" / TOP_FOLDER
    assert (site / "index.html").is_file(), f"压缩包里没有 {TOP_FOLDER}/index.html"
    return site


def test_offline_config_inherits_and_adds_only_the_offline_plugin():
    online, offline = read_config(ROOT / "mkdocs.yml"), read_config(OFFLINE_CONFIG)
    assert offline["INHERIT"] == "mkdocs.yml"
    assert plugin_names(offline) == plugin_names(online) + ["offline"], (
        "mkdocs-offline.yml 的 plugins 应为 mkdocs.yml 的全部插件再加 offline")
    assert offline["plugins"][:-1] == online["plugins"], "mkdocs-offline.yml 中插件的设置与 mkdocs.yml 不一致"
    assert "navigation.instant" not in online["theme"].get("features", [])
    assert offline["extra"]["polyfills"] == [SHIM]
    assert (ROOT / "docs" / SHIM).is_file()


def test_pages_name_only_the_local_shim(offline_site):
    html = (offline_site / "index.html").read_text(encoding="utf-8")
    assert f'<script src="{SHIM}"></script>' in html
    assert "unpkg" not in html and "iframe-worker/shim\"" not in html


def test_package_holds_no_precompressed_files(offline_site):
    """Opened from a folder nothing is sent compressed: the .gz files for
    nginx would only double the download. (MkDocs writes sitemap.xml.gz
    itself.)"""
    assert [p.name for p in offline_site.rglob("*.gz")] == ["sitemap.xml.gz"]


@pytest.mark.browser
def test_offline_site_works_from_a_folder(browser, offline_site):
    context = browser.new_context(locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        watch = Watch(page, "file://")
        home = (offline_site / "index.html").as_uri()
        visit(page, home)

        tab = page.locator(".md-tabs__link").nth(1)
        target = tab.get_attribute("href")
        tab.click()
        page.wait_for_load_state("load")
        assert page.url != home and page.url.endswith(target.lstrip("./")), page.url
        assert page.locator("h1").first.is_visible()

        assert search_results(page) > 0, "离线版中文搜索没有结果"

        template_page = next((url for url in page_urls(offline_site, directory_urls=False)
                              if "zz-template__copy" in (offline_site / url).read_text(encoding="utf-8")), None)
        assert template_page, "离线版没有带模板复制按钮的页面"
        visit(page, (offline_site / template_page).as_uri())
        click_copy_and_wait_for_feedback(page)

        visit(page, (offline_site / SELF_CHECK).as_uri())
        page.wait_for_selector('#self-check[data-ready="1"]')
        page.fill("#self-check-input", "我们认真学习了的的文件。")
        page.click("#self-check-run")
        page.wait_for_selector("#self-check-results li[data-rule='PR-REPEAT-001']")
    finally:
        context.close()
    assert not watch.problems, "\n".join(watch.problems)
