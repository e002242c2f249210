"""Chinese search, measured in Chromium on the built site with the query set
tests/search-queries.yml: every page containing a query is found, the intended
page is in the first three, results come fast and highlighted, and odd input
stays harmless. The index rewrite (overrides/hooks/search_index.py) is the
one piece that depends on Material's internals: its format is checked first."""
import importlib.util
import json
from importlib.metadata import version
from pathlib import Path
from types import SimpleNamespace

import pytest

from zzshh.searchbench import browser, measure, queries

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "overrides" / "hooks" / "search_index.py"

MIN_QUERIES = 60
RECALL = 1.0          # share of (query, page containing it) pairs found
TOP3 = 0.95           # share of queries with an intended page in the first three
HIGHLIGHTED = 0.90    # share of answered queries with a highlight in the first three
P95_MS = 100.0        # last keystroke -> rendered results

BAD_INPUT = [
    ".*+?[]()|\\", "(誓词|先辈)", "[党员]*", "誓词?+", "\\d+", "^~:", "*", "+-",
    '<img src=x onerror="window.__injected=1">', "<script>window.__injected=1</script>",
    '"><svg onload="window.__injected=1">', "&lt;b&gt;党员&lt;/b&gt;",
    ("党员对照检查材料要写具体事例" * 80)[:1000], "a" * 1000,
    "，。！？；：“”（）", "   ", "\u3000\u3000", "!!!...???",
]


def load_hook():
    spec = importlib.util.spec_from_file_location("search_index_hook", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_material_version_has_search_fix():
    major, minor, patch = (int(x) for x in version("mkdocs-material").split(".")[:3])
    assert (major, minor, patch) >= (9, 7, 7), "mkdocs-material 须不低于 9.7.7（搜索 XSS 修复）"


def test_material_index_format_is_what_the_hook_rewrites():
    """Fails first, and loudly, when a Material upgrade changes the index."""
    from material.plugins.search.plugin import SearchIndex
    hook = load_hook()
    hook.VOCABULARY[:] = ["入党誓词"]
    index = SearchIndex(lang=["zh"], separator=r"[\s\u200b\u3000\-、。，．？！；]+",
                        pipeline=["stemmer"], fields={"title": {"boost": 1000.0}, "text": {"boost": 1.0}})
    page = SimpleNamespace(content='<h1 id="oath">对照入党誓词</h1><p>会议纪要和<strong>入党</strong>誓词</p>',
                           toc=[], url="comparisons/party-oath/", meta={}, title="对照入党誓词")
    index.add_entry_from_context(page)
    data = hook.rewrite(json.loads(index.generate_search_index(None)))
    doc = data["docs"][0]
    grams = doc["grams"].split(hook.ZWSP)
    assert set(data["config"]["fields"]) >= {"title", "text", "grams", "title_grams"}
    assert data["config"]["fields"]["title_grams"] == data["config"]["fields"]["title"]
    assert "纪要和入党誓" in grams          # a window across an inline tag
    assert "入党誓" in grams                # vocabulary word without its last character
    assert "誓词" + hook.MARK in grams      # a short window keeps the mark
    assert data["config"]["separator"].endswith(hook.MARK_SEPARATOR)
    assert doc["text"].replace(hook.MARK, "").replace("\u200b", "") == "<p>会议纪要和入党誓词</p>"
    with pytest.raises(Exception, match="搜索索引格式已变化"):
        hook.rewrite({"config": {"fields": {}}, "docs": [{"location": "x"}]})


def test_built_index_carries_hidden_fields(built_site):
    data = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {"grams", "title_grams"} <= set(data["config"]["fields"])
    assert all("grams" in doc for doc in data["docs"])


def test_query_set_is_realistic():
    query_set = queries.load()
    assert len(query_set) >= MIN_QUERIES
    kinds = {q.kind for q in query_set}
    assert {"term", "set-term", "fragment", "post", "phrase", "phrase-space"} <= kinds


@pytest.mark.browser
def test_search_finds_what_readers_type(built_site, site_url, page):
    report = measure.run(page, site_url, built_site, queries.load())
    raw, packed = measure.index_size(built_site)
    summary = (f"召回率 {report.recall:.1%}，前三命中 {report.top3:.1%}，高亮 {report.highlighted:.1%}，"
               f"延迟中位数 {report.median_ms:.0f} ms、p95 {report.p95_ms:.0f} ms，"
               f"索引 {raw / 1024:.0f} KB（gzip {packed / 1024:.0f} KB）")
    print(summary)
    assert not report.stale, f"tests/search-queries.yml 中这些查询的目标页面已不含查询词，请更新：{report.stale}"
    assert report.recall >= RECALL, f"{summary}；漏掉的页面：{report.recall_missing}"
    assert report.top3 >= TOP3, f"{summary}；目标页面不在前三：{report.top3_missing}"
    assert report.highlighted >= HIGHLIGHTED, f"{summary}；没有高亮：{report.unhighlighted}"
    assert report.p95_ms <= P95_MS, summary


@pytest.mark.browser
def test_odd_input_is_harmless(site_url, page):
    problems = []
    page.on("pageerror", lambda err: problems.append(f"页面错误：{err}"))
    page.on("dialog", lambda dialog: (problems.append(f"弹出对话框：{dialog.message}"), dialog.dismiss()))
    browser.open_search(page, site_url)
    for text in BAD_INPUT:
        browser.run_query(page, site_url, text)
        if page.evaluate("window.__injected !== undefined"):
            problems.append(f"执行了查询中的脚本：{text!r}")
        if page.locator('img[src="x"], .md-search-result script, .md-search-result svg[onload]').count():
            problems.append(f"查询文字变成了页面元素：{text!r}")
    assert browser.run_query(page, site_url, "入党誓词").pages, "异常输入之后，搜索不再返回结果"
    assert not problems, problems
