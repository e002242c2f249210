"""Benchmark: our Chinese search against Material's default search on the same
content, measured in Chromium with tests/search-queries.yml (`make bench-search`).

Builds the site twice with the checked build: as configured, and with
SEARCH_PLAIN=1 (the search hook leaves Material's index alone). Prints recall,
top-3 rate, highlights, latency and index size side by side."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path


from zzshh.searchbench import measure, queries
from zzshh.sitedelivery import browser
from zzshh.sitedelivery.static_server import serve

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = {"本站搜索": {}, "Material 默认": {"SEARCH_PLAIN": "1"}}


def build(site: Path, env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "scripts/build.py", "--site-dir", str(site)], cwd=ROOT,
                            env={**os.environ, **env}, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"构建失败，先修好构建再测搜索：\n{result.stdout}{result.stderr}")


def rows(reports: dict[str, measure.Report], sizes: dict[str, tuple[int, int]]) -> list[tuple[str, ...]]:
    def each(fmt):
        return tuple(fmt(name) for name in reports)
    return [
        ("", *reports),
        ("召回率（含查询词的页面都找到）", *each(lambda n: f"{reports[n].recall:.1%}")),
        ("目标页面在前三", *each(lambda n: f"{reports[n].top3:.1%}")),
        ("前三结果有高亮", *each(lambda n: f"{reports[n].highlighted:.1%}")),
        ("延迟中位数（末次按键到结果）", *each(lambda n: f"{reports[n].median_ms:.1f} ms")),
        ("延迟 p95", *each(lambda n: f"{reports[n].p95_ms:.1f} ms")),
        ("索引就绪（页面打开后）", *each(lambda n: f"{reports[n].ready_ms:.0f} ms")),
        ("索引大小", *each(lambda n: f"{sizes[n][0] / 1024:.0f} KB")),
        ("索引大小（gzip）", *each(lambda n: f"{sizes[n][1] / 1024:.0f} KB")),
    ]


def main() -> None:
    from playwright.sync_api import sync_playwright
    query_set = queries.load()
    reports, sizes = {}, {}
    with tempfile.TemporaryDirectory() as out, sync_playwright() as playwright:
        chromium = browser.launch(playwright)
        for name, env in VARIANTS.items():
            site = Path(out) / f"site-{len(reports)}"
            build(site, env)
            sizes[name] = measure.index_size(site)
            with serve(site) as url:
                context = chromium.new_context(locale="zh-CN")
                reports[name] = measure.run(context.new_page(), url, site, query_set)
                context.close()
        chromium.close()
    table = rows(reports, sizes)
    width = max(len(row[0]) for row in table)
    print(f"查询集 tests/search-queries.yml：{len(query_set)} 条\n")
    for row in table:
        print(row[0].ljust(width, "　"), *(cell.rjust(14) for cell in row[1:]))
    for name, report in reports.items():
        print(f"\n{name}：漏掉 {report.recall_missing or '无'}；不在前三 {report.top3_missing or '无'}")


if __name__ == "__main__":
    main()
