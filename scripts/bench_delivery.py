"""Delivery budgets: `python scripts/bench_delivery.py`.

Builds the site (checked build) and the offline package into a temp folder,
serves the site with Debian's nginx and deploy/nginx/zzshh.conf, and reports:
- per page, the bytes a first visit transfers (HTML, CSS, JS, images), the
  search index excluded. Method: each page is loaded in Chromium with an
  empty cache to collect the URLs it loads (the search worker's included);
  each URL is then fetched from nginx with gzip accepted, and its response
  body plus headers is counted, exactly as nginx sends it;
- the five largest pages and whether every page is within the budget;
- the search index, raw and gzip; the total site size; the zip's size.
Exits 1 when a page is over budget."""
import http.client
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit


from zzshh.sitecheck import checked_build
from zzshh.sitedelivery import browser
from zzshh.sitedelivery.nginx import Nginx, NginxError
from zzshh.sitedelivery.offline import PackageError, package
from zzshh.sitedelivery.pages import page_urls

PAGE_BUDGET = 150_000  # bytes (150 KB, 1 KB = 1000 bytes)
SEARCH_INDEX = "search/search_index.json"
KINDS = {".css": "CSS", ".js": "JS", ".svg": "图片", ".png": "图片", ".jpg": "图片", ".jpeg": "图片",
         ".gif": "图片", ".webp": "图片", ".ico": "图片"}
LARGEST = 5


def kb(size: int) -> str:
    return f"{size / 1000:.1f} KB"


def kind_of(path: str) -> str:
    return KINDS.get(Path(path).suffix.lower(), "HTML" if path.endswith(("/", ".html")) else "其他")


class TransferSizes:
    """Bytes nginx sends for a path (gzip accepted), each path fetched once."""

    def __init__(self, server: Nginx):
        self.server = server
        self.sizes: dict[str, int] = {}

    def __call__(self, path: str) -> int:
        if path not in self.sizes:
            connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                body = response.read()
                headers = sum(len(f"{name}: {value}\r\n") for name, value in response.getheaders())
            finally:
                connection.close()
            self.sizes[path] = len(body) + headers + len("HTTP/1.1 200 OK\r\n\r\n")
        return self.sizes[path]


def first_visit_paths(chromium, url: str) -> list[str]:
    """Paths a first visit to url loads, the search index excluded."""
    context = chromium.new_context(locale="zh-CN")
    paths: list[str] = []
    context.on("request", lambda request: paths.append(urlsplit(request.url).path))
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    return sorted({p for p in paths if not p.endswith(SEARCH_INDEX)})


def measure_pages(site_dir: Path, work_dir: Path) -> tuple[dict[str, dict[str, int]], TransferSizes]:
    from playwright.sync_api import sync_playwright
    weights = {}
    with Nginx(site_dir, work_dir / "nginx") as server, sync_playwright() as playwright:
        size_of = TransferSizes(server)
        chromium = browser.launch(playwright)
        try:
            for url in page_urls(site_dir):
                by_kind: dict[str, int] = defaultdict(int)
                for path in first_visit_paths(chromium, server.url + url):
                    by_kind[kind_of(path)] += size_of(path)
                weights[url or "（首页）"] = dict(by_kind)
        finally:
            chromium.close()
        size_of("/" + SEARCH_INDEX)
    return weights, size_of


def report(weights, size_of: TransferSizes, site_dir: Path, zip_path: Path) -> int:
    totals = {url: sum(parts.values()) for url, parts in weights.items()}
    ranked = sorted(totals, key=totals.get, reverse=True)
    print("\n页面首次访问传输量（经 nginx gzip，含 HTML、CSS、JS、图片，不含搜索索引）")
    print(f"最大的 {min(LARGEST, len(ranked))} 个页面：")
    for place, url in enumerate(ranked[:LARGEST], start=1):
        parts = "，".join(f"{kind} {kb(size)}" for kind, size in sorted(weights[url].items()))
        print(f"  {place}. {url}  {kb(totals[url])}（{parts}）")
    over = [url for url in ranked if totals[url] > PAGE_BUDGET]
    verdict = "是" if not over else f"否，超出：{'、'.join(over)}"
    print(f"全部 {len(ranked)} 个页面都不超过 {kb(PAGE_BUDGET)}：{verdict}")

    index = site_dir / SEARCH_INDEX
    print(f"搜索索引 {SEARCH_INDEX}：原始 {kb(index.stat().st_size)}，gzip 传输 {kb(size_of('/' + SEARCH_INDEX))}")
    files = [p for p in site_dir.rglob("*") if p.is_file()]
    print(f"网站总大小：{kb(sum(p.stat().st_size for p in files))}（{len(files)} 个文件）")
    print(f"离线包 {zip_path.name}：{kb(zip_path.stat().st_size)}")
    return 1 if over else 0


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="zzshh-bench-") as temp:
        work = Path(temp)
        site_dir, zip_path = work / "site", work / "zzshh-offline.zip"
        try:
            if checked_build.main(["--site-dir", str(site_dir)]) != 0:
                print("网站构建未通过检查，无法测量。", file=sys.stderr)
                return 1
            package(zip_path)
            weights, size_of = measure_pages(site_dir, work)
        except (NginxError, PackageError, RuntimeError) as err:
            print(err, file=sys.stderr)
            return 1
        return report(weights, size_of, site_dir, zip_path)


if __name__ == "__main__":
    sys.exit(main())
