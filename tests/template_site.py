"""Helpers for the copy and print tests: where the built site shows template
blocks, and a small site, served on loopback, that puts blocks inside a tab,
a collapsed block and an admonition and has a page of many headings."""
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from zzshh.sitedelivery.static_server import serve

BLOCK_NAME = re.compile(r'<div class="zz-template" id="[^"]*" data-template="([^"]+)"')

PLACES_PAGE = textwrap.dedent("""\
    # 放在各处的模板

    模板可以放在岗位标签页、折叠块和提示框里。

    === "社区工作者"

        第一个岗位没有模板。

    === "机关干部"

        第二个岗位的模板：

        <!-- data:template comparison-party-oath -->

        标签页里模板之后的文字。

    ??? note "展开查看上年度整改模板"

        <!-- data:template last-year -->

        折叠块里模板之后的文字。

    !!! tip "全文"

        <!-- data:template full-material -->
    """)

PLACES_CONFIG = f"""\
site_name: 模板位置
theme:
  name: material
  language: zh
  font: false
hooks:
  - {(ROOT / "overrides" / "hooks" / "data_blocks.py").as_posix()}
  - {(ROOT / "overrides" / "hooks" / "downloads.py").as_posix()}
extra_css:
  - assets/stylesheets/site.css
  - assets/stylesheets/print.css
extra_javascript:
  - assets/javascripts/copy-template.js
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
"""

# Sections of varying length: without break-after some heading would end a
# printed page.
HEADINGS_PAGE = "# 标题分页\n\n" + "\n".join(
    f"## 第{k}节\n\n{'这是一段用来撑开版面的正文，' * (1 + k * 7 % 9)}\n" for k in range(1, 41))

# Where each template of PLACES_PAGE sits: a CSS selector of its container.
PLACES = {
    "comparison-party-oath": ".tabbed-block",
    "last-year": "details",
    "full-material": ".admonition",
}


def pages_with_templates(site: Path) -> dict[str, list[str]]:
    """Site-relative URL of every built page with template blocks -> their names."""
    found = {}
    for path in sorted(site.rglob("*.html")):
        names = BLOCK_NAME.findall(path.read_text(encoding="utf-8"))
        if names:
            url = path.relative_to(site).as_posix()
            found[url.removesuffix("index.html")] = names
    return found


def build_places_site(workdir: Path) -> Path:
    """Build PLACES_PAGE and HEADINGS_PAGE with the real hooks, scripts and
    styles; returns the site."""
    docs = workdir / "docs"
    for kind in ("javascripts", "stylesheets"):
        shutil.copytree(ROOT / "docs" / "assets" / kind, docs / "assets" / kind)
    (docs / "index.md").write_text(PLACES_PAGE, encoding="utf-8")
    (docs / "headings.md").write_text(HEADINGS_PAGE, encoding="utf-8")
    (workdir / "mkdocs.yml").write_text(PLACES_CONFIG, encoding="utf-8")
    site = workdir / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(workdir / "mkdocs.yml"),
                             "-d", str(site)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="module")
def places_url(tmp_path_factory):
    """PLACES_PAGE built and served (import this fixture into a test module)."""
    with serve(build_places_site(tmp_path_factory.mktemp("places"))) as url:
        yield url
