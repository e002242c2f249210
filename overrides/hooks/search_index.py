"""MkDocs hook: the search index that docs/assets/javascripts/search-chinese.js
turns into a Chinese search in the reader's browser.

After Material writes search/search_index.json, this hook
- checks that the index is what the script reads (stops the build otherwise:
  the one place Material's index format is checked),
- indexes the template download buttons (Word, 纯文本), which readers search for,
- drops the zero-width spaces Material puts between jieba words: the browser
  makes two-character keys from the text itself, and the index is a third
  smaller without them,
- adds `config.chinese`: the forms readers type for the site's words
  (data/search-variants.yml and the self-check's miswritten words), the
  filler words of questions, and the words the script cuts a query typed
  without spaces at (入党誓词示例措辞 -> 入党誓词 + 示例措辞): glossary terms,
  required section names, post labels, page titles and headings of up to
  WORD_MAX characters.

SEARCH_PLAIN=1 leaves Material's default index, for the benchmark; the script
then passes everything through.
"""
import json
import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from zzshh.sitedata import glossary, page_types, posts, search_variants

INDEX = "search/search_index.json"
VERSION = 1        # config.chinese.version that search-chinese.js reads
ZWSP = "\u200b"    # Material's separator between jieba words
MARK = "\u2060"    # the script's joiner inside keys: must not be a separator
SHOWN = ("location", "title", "text")
WORD_MAX = 6
TEMPLATE_ACTIONS = 'class="zz-template__actions"'
HAN_WORD = re.compile(r"[\u3400-\u9fff]{2,%d}" % WORD_MAX)

WORDS: list[str] = []  # page titles and headings, gathered while pages render


def plain() -> bool:
    return os.environ.get("SEARCH_PLAIN") == "1"


def headings(toc) -> list[str]:
    return [t for item in toc for t in (item.title, *headings(item.children))]


def vocabulary() -> list[str]:
    words = [w for term in glossary.terms() for w in (term.term, *term.members)]
    words += [s for sections in page_types.required_sections().values() for s in sections]
    words += [post.label for post in posts.posts()]
    words += list(search_variants.variants().values())
    return sorted({w for w in words + WORDS if HAN_WORD.fullmatch(w)})


def on_config(config, **_):
    WORDS.clear()
    return config


def on_page_content(content, page, **_):
    WORDS.extend((page.title, *headings(page.toc)))
    # Readers search for the downloads (Word, 纯文本): the template buttons
    # that data_blocks.py keeps out of the index go into it.
    return content.replace(TEMPLATE_ACTIONS + " data-search-exclude", TEMPLATE_ACTIONS)


def check_format(index) -> None:
    """Stop the build in one sentence when Material's index is not what the script reads."""
    config = index.get("config") if isinstance(index, dict) else None
    fields = (config or {}).get("fields") or {}
    docs = index.get("docs") if isinstance(index, dict) else None
    ok = (isinstance(docs, list) and {"title", "text"} <= set(fields)
          and all(isinstance(fields[f], dict) for f in ("title", "text"))
          and isinstance(config.get("separator"), str) and not re.search(config["separator"], MARK)
          and all(isinstance(d, dict) and all(isinstance(d.get(k), str) for k in SHOWN) for d in docs))
    if not ok:
        raise PluginError(f"{INDEX}: Material 的搜索索引格式已变化，请按维护说明“站内搜索”一节检查并更新 "
                          "overrides/hooks/search_index.py 和 docs/assets/javascripts/search-chinese.js。")


def rewrite(index) -> dict:
    check_format(index)
    for doc in index["docs"]:
        for field in ("title", "text"):
            doc[field] = doc[field].replace(ZWSP, "")
    index["config"]["chinese"] = {
        "version": VERSION,
        "variants": search_variants.variants(),
        "fillers": list(search_variants.fillers()),
        "words": vocabulary(),
    }
    return index


def on_post_build(config, **_):
    if plain():
        return
    path = Path(config.site_dir) / INDEX
    if not path.exists():
        raise PluginError(f"{INDEX} 不存在：mkdocs.yml 的 plugins 中须启用 search。")
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        index = None
    path.write_text(json.dumps(rewrite(index), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
