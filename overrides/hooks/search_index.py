"""MkDocs hook: the site's Chinese search, in place of Material's lunr search.

Material's pages fetch search/search_index.json and send it to a search
worker whose address is in every page's `__config`; results come back in
Material's format and Material renders them. This hook
- checks that the index is what our worker reads (stops the build otherwise:
  the one place Material's index format is checked),
- points `__config.search` at docs/assets/javascripts/search-chinese.js, our
  worker (the one place Material's worker is replaced; stops the build when
  a page has no worker address to replace),
- indexes the template download buttons (Word, 纯文本), which readers search for,
- drops the zero-width spaces Material puts between jieba words (the worker
  matches characters, not jieba words),
- keeps only the markup the worker shows (where blocks start), and drops
  anchors that are their heading's slug,
- stores once the sentences repeated across sections (the example persons,
  the study materials), and writes titles and text in a compact code (each
  character as its frequency rank): the worker decodes both, and the download
  is a fifth smaller,
- adds `config.chinese`: the forms readers type for the site's words
  (data/search-variants.yml and the self-check's miswritten words), the
  filler words of questions, words readers type for pages, and the words the
  worker cuts a query typed without spaces at (glossary terms, required
  section names, post labels; the worker adds the page titles and headings).

SEARCH_PLAIN=1 leaves Material's default index and worker, for the benchmark.
"""
import json
import os
import re
from collections import Counter
from pathlib import Path

from mkdocs.exceptions import PluginError

from zzshh.sitedata import glossary, page_types, posts, search_variants

INDEX = "search/search_index.json"
VERSION = 2        # config.chinese.version that search-chinese.js reads
ZWSP = "\u200b"    # Material's separator between jieba words
SHOWN = ("location", "title", "text")
WORD_MAX = 6
TEMPLATE_ACTIONS = 'class="zz-template__actions"'
HAN_WORD = re.compile(r"[\u3400-\u9fff]{2,%d}" % WORD_MAX)
WORKER = re.compile(r'("search": "[^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
OUR_WORKER = r'\1assets/javascripts/search-chinese.js"'
# Shared sentences: a run of text without markup, up to a sentence end.
PIECE = re.compile(r"[^<。；！？]+[。；！？]?")
SHARED_MIN = 16                      # characters: shorter pieces cost more as a reference
# A shared piece is referred to by one private-use character, U+E000 + its number.
REF_FIRST, REF_COUNT = 0xE000, 0x1900
# Compact text: each character of titles and text is written as its rank in
# `alphabet` (most frequent first): the first ranks as the printable ASCII
# characters JSON needs not escape (one byte), the next as U+0080.. (two
# bytes in UTF-8 instead of three), the rest from U+0800. gzip then saves
# about a seventh of the index. search-chinese.js decodes the same way.
ONE_BYTE = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\')
TWO_BYTES = 0x800 - 0x80
# Light markup: the worker needs only where each block starts.
BLOCK = re.compile(r"<(?:p|li|pre|dt|dd|td|th|h\d)>")
OTHER_TAG = re.compile(r"</?[a-z][a-z0-9]*>")


def plain() -> bool:
    return os.environ.get("SEARCH_PLAIN") == "1"


def vocabulary() -> list[str]:
    words = [w for term in glossary.terms() for w in (term.term, *term.members)]
    words += [s for sections in page_types.required_sections().values() for s in sections]
    words += [post.label for post in posts.posts()]
    return sorted({w for w in words if HAN_WORD.fullmatch(w)})


# data/search-variants.yml names pages by their address on the site
# (guide/structure/); the offline build's index has guide/structure.html.
URLS: dict[str, str] = {}


def address(src_uri: str) -> str:
    """guide/structure.md -> guide/structure/, guide/index.md -> guide/, index.md -> ""."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    return stem[:-len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"


def on_config(config, **_):
    URLS.clear()
    return config


def on_page_content(content, page, **_):
    URLS[address(page.file.src_uri)] = page.url
    # Readers search for the downloads (Word, 纯文本): the template buttons
    # that data_blocks.py keeps out of the index go into it.
    return content.replace(TEMPLATE_ACTIONS + " data-search-exclude", TEMPLATE_ACTIONS)


def use_our_worker(output: str, name: str) -> str:
    if plain() or "__config" not in output:
        return output
    changed, count = WORKER.subn(OUR_WORKER, output, count=1)
    if not count:
        raise PluginError(f"{name}：页面配置里找不到 Material 的搜索线程地址，请按维护说明“站内搜索”一节检查 "
                          "overrides/hooks/search_index.py。")
    return changed


def on_post_page(output, page, **_):
    return use_our_worker(output, page.file.src_uri)


def on_post_template(output, template_name, **_):
    return use_our_worker(output, template_name)


def check_format(index) -> None:
    """Stop the build in one sentence when Material's index is not what the worker reads."""
    config = index.get("config") if isinstance(index, dict) else None
    fields = (config or {}).get("fields") or {}
    docs = index.get("docs") if isinstance(index, dict) else None
    ok = (isinstance(docs, list) and {"title", "text"} <= set(fields)
          and all(isinstance(fields[f], dict) for f in ("title", "text"))
          and isinstance(config.get("separator"), str)
          and all(isinstance(d, dict) and all(isinstance(d.get(k), str) for k in SHOWN) for d in docs))
    if not ok:
        raise PluginError(f"{INDEX}: Material 的搜索索引格式已变化，请按维护说明“站内搜索”一节检查并更新 "
                          "overrides/hooks/search_index.py 和 docs/assets/javascripts/search-chinese.js。")


def is_ref(ch: str) -> bool:
    return REF_FIRST <= ord(ch) < REF_FIRST + REF_COUNT


def share(docs: list[dict]) -> list[str]:
    """Replace the pieces of text found in more than one place by references
    to one list (returned); the worker expands them back."""
    if any(is_ref(ch) for doc in docs for ch in doc["text"]):
        raise PluginError(f"{INDEX}：正文里有私用区字符（U+E000 起），搜索索引无法压缩，请删去这些字符。")
    counts = Counter(piece for doc in docs for piece in PIECE.findall(doc["text"]) if len(piece) >= SHARED_MIN)
    numbers: dict[str, int] = {}

    def ref(match):
        piece = match.group()
        if counts[piece] < 2 or (piece not in numbers and len(numbers) == REF_COUNT):
            return piece
        if piece not in numbers:
            numbers[piece] = len(numbers)
        return chr(REF_FIRST + numbers[piece])

    for doc in docs:
        doc["text"] = PIECE.sub(ref, doc["text"])
    return list(numbers)


def code_of(rank: int) -> str:
    if rank < len(ONE_BYTE):
        return ONE_BYTE[rank]
    rank -= len(ONE_BYTE)
    return chr(0x80 + rank if rank < TWO_BYTES else 0x800 + rank - TWO_BYTES)


def compact(index, shared: list[str]) -> tuple[str, list[str]]:
    """Write titles, text and shared pieces in rank codes; returns the alphabet
    and the shared pieces, coded."""
    fields = [doc[f] for doc in index["docs"] for f in ("title", "text")] + shared
    counts = Counter(ch for text in fields for ch in text if not is_ref(ch))
    alphabet = "".join(ch for ch, _ in counts.most_common())
    code = {ch: code_of(rank) for rank, ch in enumerate(alphabet)}
    table = str.maketrans(code)
    for doc in index["docs"]:
        for field in ("title", "text"):
            doc[field] = doc[field].translate(table)
    return alphabet, [piece.translate(table) for piece in shared]


def slug(title: str) -> str:
    """The anchor the toc extension gives a heading (pymdownx.slugs, lower
    case); search-chinese.js computes the same."""
    return re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", title.lower()).strip())


def lighten(doc: dict) -> None:
    """Blocks start with <p> and other tags go; a section's address keeps only
    `#` when its anchor is its heading's slug (the worker puts it back)."""
    doc["text"] = OTHER_TAG.sub("", BLOCK.sub("\ue002", doc["text"])).replace("\ue002", "<p>")
    path, hash_, anchor = doc["location"].partition("#")
    if hash_ and anchor == slug(doc["title"]):
        doc["location"] = path + "#"


def located(page: str) -> str:
    return URLS.get(page, page)


def check_pages(index) -> None:
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    named = set(search_variants.page_words()) | set(search_variants.later_pages())
    unknown = sorted(page or "./" for page in named if located(page) not in pages)
    if unknown:
        raise PluginError(f"data/search-variants.yml 的 pages 或 later 中有网站上没有的页面：{'、'.join(unknown)}"
                          "（页面地址写成 comparisons/party-oath/ 的样子）。")


def grouped(variants: dict[str, str]) -> dict[str, list[str]]:
    """The site's form -> the forms readers type for it (shorter than form -> site's form)."""
    out: dict[str, list[str]] = {}
    for form, site in variants.items():
        out.setdefault(site, []).append(form)
    return out


def rewrite(index) -> dict:
    check_format(index)
    for doc in index["docs"]:
        for field in ("title", "text"):
            doc[field] = doc[field].replace(ZWSP, "")
        lighten(doc)
    check_pages(index)
    alphabet, shared = compact(index, share(index["docs"]))
    index["config"]["chinese"] = {
        "version": VERSION,
        "variants": grouped(search_variants.variants()),
        "fillers": list(search_variants.fillers()),
        "pages": {located(page): list(words) for page, words in search_variants.page_words().items()},
        "later": [located(page) for page in search_variants.later_pages()],
        "words": vocabulary(),
        "shared": shared,
        "alphabet": alphabet,
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
