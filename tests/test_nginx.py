"""The deployment config deploy/nginx/zzshh.conf, for real: Debian's nginx
serves a copy of the built site on a loopback port under /zzshh/ and at the
root. Checks encoding, gzip, cache lifetimes, the 404 page, security headers
and the .docx type, then crawls, searches and copies in Chromium under the
sub-path."""
import gzip
import http.client
import re
import shutil

import pytest

from zzshh.sitedelivery.nginx import SUB_PATH, Nginx
from zzshh.sitedelivery.pages import page_urls
from site_crawl import Watch, click_copy_and_wait_for_feedback, crawl, origin_of, search_results, visit

pytestmark = pytest.mark.nginx  # the browser tests below are marked browser too

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
YEAR = "max-age=31536000"
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)$")
CSP_KEYWORDS = {"'self'", "'none'", "'unsafe-inline'", "data:"}
PROBE_TEXT = "zz-probe.txt"
MISSING = "no-such-page/"


@pytest.fixture(scope="module")
def served_site(built_site, tmp_path_factory):
    """A copy of the build plus a plain-text probe (the site has no .txt)."""
    site = tmp_path_factory.mktemp("nginx") / "site"
    shutil.copytree(built_site, site)
    (site / PROBE_TEXT).write_text("纯文本文件应以 gzip 压缩传输。\n" * 40, encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def nginx(served_site, tmp_path_factory):
    with Nginx(served_site, tmp_path_factory.mktemp("nginx-prefix")) as server:
        yield server


def get(server: Nginx, path: str):
    """(status, headers with lower-case names, decoded body) without following redirects."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        body = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
    finally:
        connection.close()
    if headers.get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    return response.status, headers, body


def first(site, pattern: str) -> str:
    found = sorted(site.glob(pattern))
    assert found, f"构建结果中没有 {pattern}"
    return found[0].relative_to(site).as_posix()


def sub_page(site) -> str:
    return next(url for url in page_urls(site) if url)


@pytest.mark.parametrize("prefix", [SUB_PATH, "/"], ids=["sub-path", "root"])
def test_pages_are_html_in_utf8(nginx, served_site, prefix):
    for url in ("", sub_page(served_site)):
        status, headers, body = get(nginx, prefix + url)
        assert status == 200, prefix + url
        assert headers["content-type"] == "text/html; charset=utf-8", prefix + url
        assert "<title>" in body.decode("utf-8")


def test_sub_path_without_slash_redirects(nginx):
    status, headers, _ = get(nginx, SUB_PATH.rstrip("/"))
    assert status == 301 and headers["location"] == SUB_PATH


def test_text_assets_are_gzipped(nginx, served_site):
    assets = ["index.html", first(served_site, "assets/stylesheets/main.*.min.css"),
              first(served_site, "assets/javascripts/bundle.*.min.js"), "search/search_index.json",
              first(served_site, "assets/images/*.svg"), PROBE_TEXT]
    for asset in assets:
        status, headers, _ = get(nginx, SUB_PATH + asset)
        assert status == 200, asset
        assert headers.get("content-encoding") == "gzip", f"{asset} 没有 gzip 压缩：{headers}"
        assert "Accept-Encoding" in headers.get("vary", ""), asset


def raw_get(server: Nginx, path: str, accept_gzip: bool) -> tuple[dict, bytes]:
    """(headers with lower-case names, body as sent)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if accept_gzip else {})
        response = connection.getresponse()
        return {name.lower(): value for name, value in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_the_builds_precompressed_files_are_sent_as_they_are(nginx, served_site):
    """gzip_static: the build's zopfli .gz (smaller than nginx's own gzip)
    goes to browsers that accept gzip, the plain file to the others; the
    404 page, which sub_filter edits, has none."""
    assets = ["index.html", "assets/javascripts/self-check/ruleset.js", "search/search_index.json",
              first(served_site, "assets/stylesheets/main.*.min.css")]
    for asset in assets:
        packed = (served_site / (asset + ".gz")).read_bytes()
        headers, body = raw_get(nginx, SUB_PATH + asset, accept_gzip=True)
        assert headers.get("content-encoding") == "gzip" and body == packed, asset
        assert gzip.decompress(packed) == (served_site / asset).read_bytes(), asset
        headers, body = raw_get(nginx, SUB_PATH + asset, accept_gzip=False)
        assert "content-encoding" not in headers and body == (served_site / asset).read_bytes(), asset
    assert not (served_site / "404.html.gz").exists()


def test_fingerprinted_assets_cached_for_a_year_and_the_rest_revalidated(nginx, served_site):
    fingerprinted = [p.relative_to(served_site).as_posix()
                     for p in served_site.glob("assets/**/*.min.*") if FINGERPRINTED.search(p.name)]
    assert len(fingerprinted) >= 3, fingerprinted
    for asset in fingerprinted:
        cache = get(nginx, SUB_PATH + asset)[1]["cache-control"]
        assert YEAR in cache and "immutable" in cache, f"{asset}: {cache}"
    revalidated = ["", sub_page(served_site), "assets/stylesheets/site.css", "search/search_index.json",
                   first(served_site, "assets/images/*.svg")]
    for prefix in (SUB_PATH, "/"):
        for asset in revalidated:
            assert get(nginx, prefix + asset)[1]["cache-control"] == "no-cache", prefix + asset


def test_missing_page_under_sub_path_shows_the_site_404_page(nginx):
    status, headers, body = get(nginx, SUB_PATH + MISSING)
    html = body.decode("utf-8")
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert "404" in html and 'class="md-header' in html, "不是本站的 404 页面"
    assert f'href="{SUB_PATH}assets/stylesheets/main.' in html, "404 页面的样式表没有指向子路径"
    assert 'href="/assets/' not in html and 'src="/assets/' not in html


def test_missing_page_at_root_shows_the_site_404_page(nginx):
    status, _, body = get(nginx, "/" + MISSING)
    assert status == 404
    assert 'href="/assets/stylesheets/main.' in body.decode("utf-8")


@pytest.mark.parametrize("path", ["", "assets/stylesheets/site.css", MISSING])
def test_security_headers(nginx, path):
    headers = get(nginx, SUB_PATH + path)[1]
    assert headers.get("x-content-type-options") == "nosniff", path
    assert headers.get("referrer-policy"), path
    policy = headers.get("content-security-policy", "")
    directives = dict((part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip())
    assert directives.get("default-src") == ["'self'"], policy
    hosts = {source for sources in directives.values() for source in sources} - CSP_KEYWORDS
    assert not hosts, f"Content-Security-Policy 允许了本站以外的来源：{hosts}"


def test_word_files_have_the_word_type(nginx, served_site):
    documents = sorted(served_site.rglob("*.docx"))
    assert documents, "构建结果中没有 .docx 下载文件（应由 overrides/hooks/downloads.py 生成）"
    for document in documents:
        status, headers, _ = get(nginx, SUB_PATH + document.relative_to(served_site).as_posix())
        assert status == 200 and headers["content-type"] == DOCX_TYPE, f"{document.name}: {headers}"


@pytest.mark.browser
def test_every_page_loads_cleanly_under_sub_path(browser, nginx, served_site):
    """The crawl of test_crawl.py through nginx: CSP violations show up here as console errors."""
    urls = [nginx.url + SUB_PATH.lstrip("/") + url for url in page_urls(served_site)]
    context = browser.new_context(locale="zh-CN")
    try:
        problems = crawl(context.new_page(), urls, origin_of(nginx.url))
    finally:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_404_page_under_sub_path_loads_its_assets(browser, nginx):
    missing = nginx.url + SUB_PATH.lstrip("/") + MISSING
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        watch = Watch(page, origin_of(nginx.url), expected_missing=(missing,))
        visit(page, missing)
        assert page.locator(".md-header").is_visible()
    finally:
        context.close()
    assert not watch.problems, "\n".join(watch.problems)


@pytest.mark.browser
def test_search_and_copy_under_sub_path(browser, nginx, served_site):
    template_page = next((url for url in page_urls(served_site)
                          if "zz-template__copy" in (served_site / url / "index.html").read_text(encoding="utf-8")),
                         None)
    assert template_page is not None, "没有任何页面带模板复制按钮"
    context = browser.new_context(locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin_of(nginx.url))
    try:
        page = context.new_page()
        watch = Watch(page, origin_of(nginx.url))
        visit(page, nginx.url + SUB_PATH.lstrip("/"))
        assert search_results(page) > 0
        visit(page, nginx.url + SUB_PATH.lstrip("/") + template_page)
        click_copy_and_wait_for_feedback(page)
    finally:
        context.close()
    assert not watch.problems, "\n".join(watch.problems)
