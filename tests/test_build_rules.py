"""Every rule of the checked build, proved on a tiny fixture site that has
exactly one defect: the build must fail with that rule, file and line."""
import re
import shutil
import textwrap
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_build

HOOK = ROOT / "overrides" / "hooks" / "data_blocks.py"
DOWNLOADS_HOOK = ROOT / "overrides" / "hooks" / "downloads.py"
FINDING = re.compile(r"^(\S+?):(\d+): ([A-Z]+(?:-[A-Z0-9]+)+) ", re.MULTILINE)

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
hooks: ["{HOOK.as_posix()}", "{DOWNLOADS_HOOK.as_posix()}"]
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


def _data_file(site):
    data = site / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "templates" / "last-year.txt").unlink()


def _download_build(site):
    """A control character pasted into a template: Word files cannot hold it."""
    data = site / "data"
    shutil.copytree(ROOT / "data", data)
    template = data / "templates" / "last-year.txt"
    template.write_text("\x07" + template.read_text(encoding="utf-8"), encoding="utf-8")


def _proof_rules(site):
    data = site / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "proofread-rules.yml").write_text("rules: [unclosed\n", encoding="utf-8")


DEFECTS = {
    "SRC-ENCODING": (_encoding, "docs/guide.md", 14),
    "SRC-FRONTMATTER": (lambda s: write(s, "guide.md", GUIDE.replace("type: guide", "type: [guide")), "docs/guide.md", 3),
    "SRC-SNIPPET": (lambda s: write(s, "guide.md", guide_with('--8<-- "missing/part.txt"\n')), "docs/guide.md", 14),
    "DATA-MARKER": (lambda s: write(s, "guide.md", guide_with("<!-- data:unknown -->\n")), "docs/guide.md", 14),
    "DATA-FILE": (_data_file, "templates/last-year.txt", 1),
    "DOWNLOAD-BUILD": (_download_build, "data/templates/last-year.txt", 1),
    "PROOF-RULES": (_proof_rules, "data/proofread-rules.yml", 1),
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


def test_real_site_has_no_findings(built_site):
    assert (built_site / "index.html").is_file()
