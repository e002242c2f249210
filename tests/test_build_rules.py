"""Every rule of the checked build, proved on a tiny fixture site that has
exactly one defect: the build must fail with that rule, file and line."""
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_build

HOOKS = [ROOT / "overrides" / "hooks" / f"{name}.py" for name in ("data_blocks", "downloads", "checks")]
# At the start of a line (the checked build) or after MkDocs's "WARNING -  ".
FINDING = re.compile(r"(?:^|\s)(\S+?):(\d+): ([A-Z]+(?:-[A-Z0-9]+)+) ", re.MULTILINE)

CONFIG = f"""
site_name: 测试站点
strict: true
exclude_docs: |
  !/templates/
validation:
  nav: {{omitted_files: warn, not_found: warn, absolute_links: warn}}
  links: {{not_found: warn, anchors: warn, absolute_links: warn, unrecognized_links: warn}}
theme:
  name: material
  language: zh
  font: false
hooks: [{", ".join(f'"{h.as_posix()}"' for h in HOOKS)}]
plugins: []
extra: {{generator: false}}
markdown_extensions:
  - attr_list
  - md_in_html
  - toc:
      permalink: true
      slugify: !!python/object/apply:pymdownx.slugs.slugify {{kwds: {{case: lower}}}}
  - pymdownx.snippets:
      base_path: ["."]
      check_paths: true
nav:
  - index.md
  - guide.md
"""

INDEX = """\
---
type: home
---
# 首页

见[示例措辞](guide.md#示例措辞)。
"""

GUIDE = """\
---
type: guide
---
# 指南

## 示例措辞

正文。

### 小节

正文。
"""

def comparison_page(sections: list[str]) -> str:
    body = "".join(f"## {title}\n\n正文。\n\n" for title in sections)
    return f"---\ntype: comparison\n---\n# 对照\n\n{body}"


def make_site(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text(INDEX, encoding="utf-8")
    (tmp_path / "docs" / "guide.md").write_text(GUIDE, encoding="utf-8")
    return tmp_path


def write(site: Path, name: str, text: str) -> None:
    path = site / "docs" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def append_config(site: Path, line: str) -> None:
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


def guide_with(extra: str) -> str:
    return GUIDE + "\n" + textwrap.dedent(extra)


# rule -> (plant the defect, expected file, expected line)
def _encoding(site):
    (site / "docs" / "guide.md").write_bytes(GUIDE.encode("utf-8") + "\n中文说明\n".encode("gbk"))


def copy_data(site: Path) -> Path:
    data = site / "data"
    shutil.copytree(ROOT / "data", data)
    return data


def replace_in(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replace old in a data file; returns the line of the first change."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1


def _data_file(site):
    """A glossary item written as a plain string, not a mapping."""
    glossary = copy_data(site) / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("terms:\n", "terms:\n  - 四个意识\n", 1), encoding="utf-8")


def _statement_pair(site):
    """A problem that names no measure."""
    path = copy_data(site) / "statements" / "teacher.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("measure: "))
    del lines[index]
    path.write_text("".join(lines), encoding="utf-8")


def statement_pair_line() -> int:
    """The line of the first problem that names a measure (its `- id:` line)."""
    lines = (ROOT / "data" / "statements" / "teacher.yml").read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("measure: "))
    return next(i for i in range(index, -1, -1) if lines[i].lstrip().startswith("- id:")) + 1


def _year_source(site):
    """A year whose framework names no source."""
    years = copy_data(site) / "years.yml"
    data = yaml.safe_load(years.read_text(encoding="utf-8"))
    data["years"] = [{**y, "sources": []} if y["id"] == "2024" else y for y in data["years"]]
    years.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def year_source_line() -> int:
    dumped = yaml.safe_dump(yaml.safe_load((ROOT / "data" / "years.yml").read_text(encoding="utf-8")),
                            allow_unicode=True, sort_keys=False)
    return dumped.splitlines().index("- id: '2024'") + 1


def _download_build(site):
    """A control character pasted into a template: Word files cannot hold it."""
    data = copy_data(site)
    template = data / "templates" / "last-year.txt"
    template.write_text("\x07" + template.read_text(encoding="utf-8"), encoding="utf-8")


def _proof_rules(site):
    """A regular expression that means different things in Python and JavaScript."""
    rules = copy_data(site) / "proofread-rules.yml"
    replace_in(rules, """      - pattern: '"[^"]""", """      - pattern: '\\d"[^"]""")


def proof_rules_line() -> int:
    text = (ROOT / "data" / "proofread-rules.yml").read_text(encoding="utf-8")
    return text[:text.index("- id: PR-PUNCT-001")].count("\n") + 1


DEFECTS = {
    "SRC-ENCODING": (_encoding, "docs/guide.md", 14),
    "SRC-FRONTMATTER": (lambda s: write(s, "guide.md", GUIDE.replace("type: guide", "type: [guide")), "docs/guide.md", 3),
    "SRC-SNIPPET": (lambda s: write(s, "guide.md", guide_with('--8<-- "missing/part.txt"\n')), "docs/guide.md", 14),
    "DATA-MARKER": (lambda s: write(s, "guide.md", guide_with("<!-- data:unknown -->\n")), "docs/guide.md", 14),
    "DATA-FILE": (_data_file, "data/glossary.yml", 5),
    "STATEMENT-PAIR": (_statement_pair, "data/statements/teacher.yml", statement_pair_line()),
    "YEAR-SOURCE": (_year_source, "data/years.yml", year_source_line()),
    "DOWNLOAD-BUILD": (_download_build, "data/templates/last-year.txt", 1),
    "PROOF-RULES": (_proof_rules, "data/proofread-rules.yml", proof_rules_line()),
    "TYPE-MISSING": (lambda s: write(s, "guide.md", GUIDE.replace("type: guide", "title: 指南")), "docs/guide.md", 1),
    "TYPE-UNKNOWN": (lambda s: write(s, "guide.md", GUIDE.replace("type: guide", "type: essay")), "docs/guide.md", 1),
    "TYPE-SECTIONS": (lambda s: write(s, "guide.md", comparison_page(["要求解读", "查摆要点", "常见误区", "示例措辞", "学习资料", "模板"])),
                      "docs/guide.md", 14),
    "HEAD-H1": (lambda s: write(s, "guide.md", guide_with("# 第二个标题\n")), "docs/guide.md", 14),
    "HEAD-SKIP": (lambda s: write(s, "guide.md", guide_with("## 另一节\n\n#### 跳级\n")), "docs/guide.md", 16),
    "HEAD-DEPTH": (lambda s: write(s, "guide.md", guide_with("#### 四级\n\n##### 五级\n")), "docs/guide.md", 16),
    "HEAD-EMPTY": (lambda s: write(s, "guide.md", guide_with("## \n")), "docs/guide.md", 14),
    "HEAD-DUP": (lambda s: write(s, "guide.md", guide_with("## 示例措辞\n")), "docs/guide.md", 14),
    "NAME-CASE": (lambda s: write(s, "Bad_Name.txt", "x"), "docs/Bad_Name.txt", 1),
    "NAME-NAV": (lambda s: write(s, "orphan.md", "---\ntype: guide\n---\n# 孤立页面\n"), "docs/orphan.md", 1),
    "LINK-MISSING": (lambda s: write(s, "guide.md", guide_with('<a href="../nowhere/">不存在的页面</a>\n')), "docs/guide.md", 14),
    "LINK-ANCHOR": (lambda s: write(s, "index.md", INDEX.replace("guide.md#示例措辞", "guide.md#不存在的小节")), "docs/index.md", 6),
    "LINK-EXTERNAL": (lambda s: write(s, "guide.md", guide_with('<a href="https://example.org/page">外部</a>\n')), "docs/guide.md", 14),
    "MKDOCS-WARN": (lambda s: append_config(s, "unknown_setting: 1"), "mkdocs.yml", CONFIG.count("\n") + 1),
}


def findings(output: str) -> list[tuple[str, int, str]]:
    return [(path, int(line), rule) for path, line, rule in FINDING.findall(output)]


def test_clean_fixture_passes(tmp_path):
    site = make_site(tmp_path)
    result = run_build("--config", str(site / "mkdocs.yml"), "--site-dir", str(site / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "检查通过" in result.stdout


@pytest.mark.parametrize("rule", sorted(DEFECTS))
def test_one_defect_fails_with_its_rule(tmp_path, monkeypatch, rule):
    site = make_site(tmp_path)
    plant, path, line = DEFECTS[rule]
    plant(site)
    if (site / "data").is_dir():  # the defect is in a copy of data/
        monkeypatch.setenv("SITE_DATA_DIR", str(site / "data"))
    result = run_build("--config", str(site / "mkdocs.yml"), "--site-dir", str(site / "site"))
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    found = findings(output)
    assert {r for _, _, r in found} == {rule}, output
    assert any(p.endswith(path) and l == line for p, l, _ in found), output


@pytest.mark.parametrize("text, rule, line", [
    ("我们认真学习了的的文件。\n", "PR-REPEAT-001", 14),
    ("请填写【姓名】。\n", "PR-PLACEHOLDER-001", 14),
    ("他说\"要改\"。\n", "PR-PUNCT-001", 14),
])
def test_site_pages_are_proofread(tmp_path, text, rule, line):
    site = make_site(tmp_path)
    write(site, "guide.md", guide_with(text))
    result = run_build("--config", str(site / "mkdocs.yml"), "--site-dir", str(site / "site"))
    assert result.returncode == 1
    assert findings(result.stdout) == [("docs/guide.md", line, rule)], result.stdout


def test_every_rule_has_a_fixture():
    documented = {item["id"] for item in yaml.safe_load((ROOT / "data" / "check-rules.yml").read_text(encoding="utf-8"))["rules"]}
    assert documented == set(DEFECTS)


def plain_mkdocs(config: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *extra, "-f", str(config), "-d", str(site_dir)],
                          cwd=config.parent, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("extra", [["--strict"], []])
def test_plain_mkdocs_build_fails_on_a_proofreading_error(tmp_path, extra):
    """No wrapper: MkDocs itself runs the checks (strict: true in the config
    makes the plain build strict too)."""
    site = make_site(tmp_path)
    write(site, "guide.md", guide_with("我们认真学习了的的文件。\n"))
    result = plain_mkdocs(site / "mkdocs.yml", site / "site", *extra)
    assert result.returncode != 0
    assert "docs/guide.md:14: PR-REPEAT-001 " in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("change, where", [
    # A list written as one word: it would silently become ('a', 'l', 'l').
    (("topics: [party-oath, qualified-member, central, duty, all]", "topics: all"),
     ("study-materials.yml", "topics: all", "topics 应当是列表")),
    # A rule without its severity.
    (("    severity: error\n    check: pattern\n    title: 中文里用了英文引号", "    check: pattern\n    title: 中文里用了英文引号"),
     ("proofread-rules.yml", "- id: PR-PUNCT-001", "缺少必填字段")),
    # A key nothing reads.
    (("url: https://www.12371.cn/\n", "url: https://www.12371.cn/\n    confirmed: true\n"),
     ("addresses.yml", "confirmed: true", "是未知字段")),
])
def test_a_broken_data_entry_gets_one_located_sentence(tmp_path, monkeypatch, change, where):
    site = make_site(tmp_path)
    data = copy_data(site)
    name, needle, phrase = where
    replace_in(data / name, *change)
    text = (data / name).read_text(encoding="utf-8")
    line = text[:text.index(needle)].count("\n") + 1
    monkeypatch.setenv("SITE_DATA_DIR", str(data))
    result = plain_mkdocs(site / "mkdocs.yml", site / "site", "--strict")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    located = [f for f in findings(result.stderr) if f[2] == "DATA-FILE"]
    assert located == [(f"data/{name}", line, "DATA-FILE")], result.stderr
    assert phrase in result.stderr


def test_plain_mkdocs_build_of_the_real_site_runs_every_check(tmp_path):
    result = plain_mkdocs(ROOT / "mkdocs.yml", tmp_path / "site", "--strict")
    assert result.returncode == 0, result.stderr
    summary = re.search(r"站点检查：(\d+) 个页面，(\d+) 个链接，(\d+) 个锚点", result.stderr)
    assert summary and int(summary.group(1)) > 20 and int(summary.group(3)) > 100, result.stderr


def test_one_fence_scanner_for_headings_and_proofreading():
    """A ```python line inside a ``` fence is content: the # line after it
    is neither an H1 nor prose to proofread."""
    from zzshh.selfcheck.markdown_mask import mask_markdown
    from zzshh.sitecheck.sources import headings
    text = "# 标题\n\n```\n```python\n# 注释的的\n```\n\n## 小节\n"
    assert [(line, level, title) for line, level, title in headings(text, 1)] == [(1, 1, "标题"), (8, 2, "小节")]
    assert "注释" not in mask_markdown(text)


def test_links_to_the_serve_address_are_the_sites_own(tmp_path):
    """`mkdocs serve` sets site_url to its own address, and Material writes it
    into canonical links: those are checked as internal links, not outside ones."""
    from zzshh.sitecheck.html_links import LinkChecker
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "index.html").write_text('<h2 id="a">A</h2>', encoding="utf-8")
    page = tmp_path / "index.html"
    page.write_text('<link rel="canonical" href="http://127.0.0.1:8000/guide/#a">'
                    '<a href="http://127.0.0.1:8000/guide/#b">b</a>', encoding="utf-8")
    checker = LinkChecker(tmp_path, set(), {}, "http://127.0.0.1:8000/")
    assert [(rule, url) for _, rule, url, _ in checker.check_page(page)] == [("LINK-ANCHOR", "/guide/#b")]
    plain = LinkChecker(tmp_path, set(), {})
    assert {rule for _, rule, _, _ in plain.check_page(page)} == {"LINK-EXTERNAL"}
