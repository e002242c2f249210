"""MkDocs hook: Chinese search that finds any part of a word readers type.

Material's search indexes jieba words. In the browser it matches each query
term only as a word *prefix*, and it cuts a Chinese query at the index's own
keys, always dropping the query's last character: 纪要 misses 会议纪要, and
四个意识 becomes 四个* 意*. After Material writes search/search_index.json,
this hook rewrites it:

- Hidden fields `grams` and `title_grams` hold, for every character of a
  section's text and title, the next GRAM characters, so `纪要*` finds the 纪要
  inside 会议纪要. They carry the same weight as `text` and `title`.
- Every Chinese key ends with an invisible MARK (U+2060) unless it is GRAM
  characters long or a vocabulary word: no key equals a bare fragment, so the
  browser keeps a query of up to GRAM characters whole. Readers see the same
  text; matched words are highlighted as before. In the index a MARK is always
  followed by a zero-width space; anywhere else (a suggestion accepted into the
  search box) the separator drops it.
- Vocabulary words (glossary, required section names, page titles and
  headings of up to GRAM characters, data/search-words.txt) become jieba words, and each one present in a section
  is indexed whole and without its last character: a query typed without
  spaces, such as 入党誓词示例措辞, is cut into 入党誓词 + 示例措.

This file is the one place that depends on Material's search internals (the
index format; the query cutting described above); tests/test_search.py checks
both. SEARCH_PLAIN=1 leaves Material's default search, for the benchmark.
"""
import html
import json
import logging
import os
import re
from pathlib import Path

from backrefs import bre
from mkdocs.exceptions import PluginError

import jieba

from zzshh.sitedata import glossary, page_types, posts
from zzshh.sitedata.paths import DATA

jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter is not a build message

GRAM = 6
MARK = "\u2060"  # WORD JOINER: invisible, not a search separator, not Han
ZWSP = "\u200b"  # Material's separator between jieba words
MARK_SEPARATOR = r"|\u2060(?!\u200b)"
GRAM_FIELDS = {"grams": "text", "title_grams": "title"}  # hidden field -> field it mirrors
WORDS_FILE = DATA / "search-words.txt"
INDEX = "search/search_index.json"

HAN = bre.compile(r"\p{script: Han}+")  # the class Material and its worker use
GRAM_RUN = bre.compile(r"[\p{script: Han}0-9a-z]+")
TAG = re.compile(r"</?(\w+)[^>]*>")
INLINE = {"code", "sub", "sup"}  # inline tags Material keeps in the index text

VOCABULARY: list[str] = []


def plain() -> bool:
    return os.environ.get("SEARCH_PLAIN") == "1"


def search_words() -> list[str]:
    """Glossary terms and members, required section names, post labels and
    data/search-words.txt; page titles and headings are added per page."""
    words = []
    for term in glossary.terms():
        words += [term.term, *term.members]
    for sections in page_types.required_sections().values():
        words += sections
    words += [post.label for post in posts.posts()]
    if WORDS_FILE.exists():
        lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
        words += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return list(dict.fromkeys(words))


def learn(words) -> None:
    for word in words:
        if len(word) >= 2 and HAN.fullmatch(word) and word not in VOCABULARY:
            VOCABULARY.append(word)
            jieba.add_word(word)


def headings(toc) -> list[str]:
    return [t for item in toc for t in (item.title, *headings(item.children))]


def on_config(config, **_):
    VOCABULARY.clear()
    if not plain():
        learn(search_words())
    return config


def on_page_content(content, page, **_):
    # MkDocs renders every page before the search plugin indexes any of them.
    if not plain():
        learn(t for t in (page.title, *headings(page.toc)) if len(t) <= GRAM)
    return content


def visible(markup: str) -> str:
    """Index markup as readers see it: no tags, no jieba separators, lower case."""
    text = TAG.sub(lambda m: "" if m.group(1) in INLINE else " ", markup)
    return html.unescape(text).replace(ZWSP, "").lower()


def index_terms(markup: str) -> str:
    """The hidden field's keys for one field's markup (see module docstring)."""
    text = visible(markup)
    terms = {}
    for run in GRAM_RUN.findall(text):
        for start in range(len(run)):
            gram = run[start:start + GRAM]
            terms[gram if start + GRAM <= len(run) else gram + MARK] = None
    for word in VOCABULARY:
        if word in text:
            terms[word] = terms[word[:-1]] = None
    kept = [t for t in terms if len(t) > 1 or not HAN.fullmatch(t)]
    return "".join(t + ZWSP for t in kept)


def mark_words(value: str) -> str:
    return re.sub(ZWSP + "+", ZWSP, HAN.sub(lambda m: m.group(0) + MARK + ZWSP, value))


def check_format(index) -> None:
    """Stop the build in one sentence when Material's index is not what we rewrite."""
    config = index.get("config") if isinstance(index, dict) else None
    fields = (config or {}).get("fields") or {}
    docs = index.get("docs") if isinstance(index, dict) else None
    ok = (isinstance(docs, list) and set(GRAM_FIELDS.values()) <= set(fields)
          and isinstance(config.get("separator"), str) and not re.search(config["separator"], MARK)
          and all(isinstance(d, dict) and all(isinstance(d.get(k), str) for k in ("location", "title", "text"))
                  for d in docs))
    if not ok:
        raise PluginError(f"{INDEX}: Material 的搜索索引格式已变化，"
                          "请按维护说明“站内搜索”一节检查并更新 overrides/hooks/search_index.py。")


def rewrite(index: dict) -> dict:
    check_format(index)
    for doc in index["docs"]:
        for hidden, shown in GRAM_FIELDS.items():
            doc[hidden] = index_terms(doc[shown])
        for shown in GRAM_FIELDS.values():
            doc[shown] = mark_words(doc[shown])
    fields = index["config"]["fields"]
    for hidden, shown in GRAM_FIELDS.items():
        fields[hidden] = dict(fields[shown])
    index["config"]["separator"] += MARK_SEPARATOR
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
