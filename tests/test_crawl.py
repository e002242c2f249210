"""Every page of the built site in Chromium: no request to another origin,
no console or script error, no failed request, and no serious or critical
axe-core violation in the light or the dark colour scheme."""
import pytest

from zzshh.sitedelivery.pages import page_urls
from site_crawl import axe_violations, crawl, origin_of

pytestmark = pytest.mark.browser


def report(urls: list[str], problems: list[str]) -> str:
    return f"{len(urls)} 个页面中发现 {len(problems)} 个问题：\n" + "\n".join(problems)


def test_every_page_loads_cleanly_and_passes_axe(browser, built_site, site_url):
    urls = [site_url + url for url in page_urls(built_site)]
    assert len(urls) > 1, f"{built_site} 中几乎没有页面"
    context = browser.new_context(locale="zh-CN")
    try:
        problems = crawl(context.new_page(), urls, origin_of(site_url), with_axe=True)
    finally:
        context.close()
    assert not problems, report(urls, problems)


def test_every_page_passes_axe_in_dark_scheme(browser, built_site, site_url):
    """Material follows the system's dark mode (the slate palette)."""
    urls = [site_url + url for url in page_urls(built_site)]
    context = browser.new_context(locale="zh-CN", color_scheme="dark")
    try:
        page = context.new_page()
        problems = []
        for url in urls:
            page.goto(url, wait_until="load")
            scheme = page.locator("body").get_attribute("data-md-color-scheme")
            assert scheme == "slate", f"{url}: 系统为深色模式时页面没有换成深色配色（{scheme}）"
            problems += axe_violations(page)
    finally:
        context.close()
    assert not problems, report(urls, problems)
