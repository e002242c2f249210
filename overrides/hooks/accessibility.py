"""MkDocs hook: accessibility fixes for markup that Material and
pymdownx.tasklist generate (axe-core rules, checked by tests/test_crawl.py).

- Material 9.8.2 renders the search overlay as role="dialog" without a name
  (aria-dialog-name, serious). The build stops if that markup is no longer
  there, so a Material upgrade that changes it is noticed.
- Task lists render each checkbox inside an empty <label> with the item text
  after it (label, critical): each checkbox is named after its item."""
import re
from html import escape, unescape

from mkdocs.exceptions import PluginError

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
NAMED_DIALOG = '<div class="md-search" data-md-component="search" role="dialog" aria-label="搜索">'
TASK_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control"><input type="checkbox")'
    r'([^>]*?)(/?>)(<span class="task-list-indicator"></span></label>)(.*?)(?=</li>|<ul|<ol)', re.S)
TAG = re.compile(r"<[^>]+>")


def name_search_dialog(html: str) -> str:
    if SEARCH_DIALOG not in html:
        if NAMED_DIALOG in html or 'data-md-component="search"' not in html:
            return html
        raise PluginError("overrides/hooks/accessibility.py：Material 搜索框的 HTML 写法变了，"
                          "请按新写法更新其中的 SEARCH_DIALOG。")
    return html.replace(SEARCH_DIALOG, NAMED_DIALOG)


def _named_checkbox(match: re.Match) -> str:
    opening, attributes, close, indicator, text = match.groups()
    name = " ".join(unescape(TAG.sub("", text)).split())
    if not name or "aria-label" in attributes:
        return match.group(0)
    return f'{opening}{attributes} aria-label="{escape(name)}"{close}{indicator}{text}'


def name_task_checkboxes(html: str) -> str:
    return TASK_ITEM.sub(_named_checkbox, html)


def on_post_page(output, **_):
    return name_task_checkboxes(name_search_dialog(output))


def on_post_template(output_content, **_):
    return name_search_dialog(output_content)
