"""Benchmark: our Chinese search against Material's default search on the same
content, measured in Chromium (`make bench-search`).

Builds the site twice with the checked build: as configured (our index and
search worker, overrides/hooks/search_index.py), and with SEARCH_PLAIN=1
(Material's default index and lunr worker). For each query set
(tests/search-queries*.yml: page words, reader-style used for tuning, and the
held-out reader-style set never tuned on) prints top-1, top-3, queries without
results, substring recall, latency, index size and the worker's index build;
then the time to first results on a slow phone profile (nginx with the deploy
config, gzip), at today's content and with the index made ten times larger."""
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from zzshh.searchbench import measure, queries, throttled
from zzshh.sitedelivery import browser
from zzshh.sitedelivery.nginx import Nginx
from zzshh.sitedelivery.static_server import serve

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = {"本站搜索": {}, "Material 默认": {"SEARCH_PLAIN": "1"}}
TIMES = 10  # content multiple for the growth measurement


def build(site: Path, env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "scripts/build.py", "--site-dir", str(site)], cwd=ROOT,
                            env={**os.environ, **env}, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"构建失败，先修好构建再测搜索：\n{result.stdout}{result.stderr}")


def grow(site: Path, times: int) -> None:
    """The index with every section repeated `times` times under other addresses."""
    path = site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    docs = index["docs"]
    index["docs"] = docs + [{**doc, "location": f"copy{n}/{doc['location']}"}
                            for n in range(1, times) for doc in docs]
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def table(rows: list[tuple[str, ...]]) -> None:
    width = max(len(row[0]) for row in rows)
    for row in rows:
        print(row[0].ljust(width, "　"), *(cell.rjust(16) for cell in row[1:]))


def quality_rows(reports: dict[str, measure.Report]) -> list[tuple[str, ...]]:
    def each(fmt):
        return tuple(fmt(r) for r in reports.values())
    return [
        ("", *reports),
        ("目标页面排第一", *each(lambda r: f"{r.top1:.1%}")),
        ("目标页面在前三", *each(lambda r: f"{r.top3:.1%}")),
        ("没有结果的查询", *each(lambda r: f"{len(r.empty)} 条")),
        ("召回率（含查询词的页面都找到）", *each(lambda r: f"{r.recall:.1%}")),
        ("前三结果有高亮", *each(lambda r: f"{r.highlighted:.1%}")),
        ("延迟中位数（末次按键到结果）", *each(lambda r: f"{r.median_ms:.0f} ms")),
        ("延迟 p95", *each(lambda r: f"{r.p95_ms:.0f} ms")),
    ]


def main() -> None:
    from playwright.sync_api import sync_playwright
    sets = {name: queries.load(path) for name, path in queries.SETS.items()}
    reports = {name: {} for name in sets}
    sizes, builds, slow, slow_grown, grown_sizes = {}, {}, {}, {}, {}
    with tempfile.TemporaryDirectory() as out, sync_playwright() as playwright:
        chromium = browser.launch(playwright)
        for number, (variant, env) in enumerate(VARIANTS.items()):
            site = Path(out) / f"site-{number}"
            build(site, env)
            sizes[variant] = measure.index_size(site)
            with serve(site) as url:
                for name, query_set in sets.items():
                    context = chromium.new_context(locale="zh-CN")
                    reports[name][variant] = measure.run(context.new_page(), url, site, query_set)
                    context.close()
            builds[variant] = statistics.median(reports[name][variant].build_ms for name in sets)
            for label, target in (("today", slow), ("grown", slow_grown)):
                if label == "grown":
                    grow(site, TIMES)
                    grown_sizes[variant] = measure.index_size(site)
                with Nginx(site, Path(out) / f"nginx-{number}-{label}") as server:
                    context = chromium.new_context(locale="zh-CN")
                    target[variant] = throttled.first_results(context, server.url)
                    context.close()
        chromium.close()
    for name, path in queries.SETS.items():
        print(f"\n查询集 {path.relative_to(ROOT)}：{len(sets[name])} 条")
        table(quality_rows(reports[name]))
    print("\n索引和速度")
    table([
        ("", *VARIANTS),
        ("索引大小（未压缩、gzip）", *(f"{s[0] / 1024:.0f} KB、{s[1] / 1024:.0f} KB" for s in sizes.values())),
        ("worker 建索引（中位数）", *(f"{builds[v]:.0f} ms" for v in VARIANTS)),
        ("慢速手机首次出结果", *(f"{slow[v][0] / 1000:.1f} s" for v in VARIANTS)),
        (f"{TIMES} 倍内容：索引 gzip", *(f"{s[1] / 1024:.0f} KB" for s in grown_sizes.values())),
        (f"{TIMES} 倍内容：worker 建索引", *(f"{slow_grown[v][1]:.0f} ms" for v in VARIANTS)),
        (f"{TIMES} 倍内容：慢速手机首次出结果", *(f"{slow_grown[v][0] / 1000:.1f} s" for v in VARIANTS)),
    ])
    print(f"\n慢速手机：CPU 降速 {throttled.CPU_SLOWDOWN} 倍（不影响 worker）、Slow 3G、nginx gzip、无缓存，"
          f"查询“{throttled.QUERY}”。")
    for name in sets:
        for variant, report in reports[name].items():
            print(f"\n{name}·{variant}：没有结果 {report.empty or '无'}\n  漏掉 {report.recall_missing or '无'}"
                  f"\n  不在第一 {report.top1_missing or '无'}\n  不在前三 {report.top3_missing or '无'}")


if __name__ == "__main__":
    main()
