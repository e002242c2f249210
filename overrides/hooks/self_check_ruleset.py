"""MkDocs hook for the self-check page (docs/tools/self-check.md).

- on_files: writes its ruleset as a script file. A JSON file would not load
  from file:// (offline package); a script does.
- on_page_content: adds the stylesheets and scripts its container lists
  (data-styles, data-scripts: paths from the site root) as tags with paths
  relative to the page, so they load under any sub-path and from a folder.
  No inline loader script: the CSP is meant to need none."""
import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from zzshh.selfcheck import RulesetError, render_js
from zzshh.selfcheck.ruleset import SITE_SCRIPT

PAGE = "tools/self-check.md"
CONTAINER = re.compile(r'<div id="self-check"[^>]*>')


def on_files(files, config, **_):
    try:
        content = render_js()
    except RulesetError as err:
        raise PluginError(f"data/proofread-rules.yml:1: PROOF-RULES {err}") from None
    files.append(File.generated(config, SITE_SCRIPT, content=content))
    return files


def _listed(container: str, name: str) -> list[str]:
    found = re.search(rf'{name}="([^"]*)"', container)
    return found.group(1).split() if found else []


def on_page_content(html, page, **_):
    if page.file.src_uri != PAGE:
        return html
    container = CONTAINER.search(html)
    if not container:
        raise PluginError(f'docs/{PAGE}:1: 页面中没有自查工具的容器 <div id="self-check">')
    tags = [f'<link rel="stylesheet" href="{get_relative_url(path, page.url)}">'
            for path in _listed(container.group(0), "data-styles")]
    tags += [f'<script src="{get_relative_url(path, page.url)}"></script>'
             for path in _listed(container.group(0), "data-scripts")]
    return html + "\n".join(tags)
