"""Checks on the Markdown sources under docs/: encoding, front matter, page
type and its sections, heading structure, file names, data markers, snippets."""
import re
from pathlib import Path

from zzshh.markdown_fences import fenced
from zzshh.sitedata import markers, page_types

from .findings import Finding
from .frontmatter import FrontMatterError, split

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$")
HEADING = re.compile(r"^(?: {4})*(#{1,6})(?!#)(.*)$")
ATTR_LIST = re.compile(r"\s*\{[^}]*\}\s*$")
SNIPPET = re.compile(r"""^\s*-+8<-+\s+["']?([^"'\s]+)["']?\s*$""")
MAX_LEVEL = 4


def check_names(root: Path, docs_dir: Path) -> list[Finding]:
    found = []
    for path in sorted(docs_dir.rglob("*")):
        if not KEBAB.match(path.name):
            found.append(Finding(path.relative_to(root).as_posix(), 1, "NAME-CASE",
                                 f"文件名“{path.name}”不是英文小写连字符格式（如 party-oath.md）"))
    return found


def read_page(path: Path, where: str) -> tuple[str | None, list[Finding]]:
    try:
        return path.read_text(encoding="utf-8"), []
    except UnicodeDecodeError as err:
        line = path.read_bytes()[:err.start].count(b"\n") + 1
        return None, [Finding(where, line, "SRC-ENCODING", "文件不是 UTF-8 编码，请另存为 UTF-8")]


def headings(text: str, first_line: int) -> list[tuple[int, int, str]]:
    """(line, level, text) of every ATX heading outside fenced code."""
    found = []
    lines = text.splitlines()[first_line - 1:]
    for number, (line, inside) in enumerate(zip(lines, fenced(lines)), start=first_line):
        if inside:
            continue
        match = HEADING.match(line)
        if match:
            title = ATTR_LIST.sub("", match.group(2).strip().rstrip("#").strip())
            found.append((number, len(match.group(1)), title))
    return found


def check_headings(where: str, items: list[tuple[int, int, str]]) -> list[Finding]:
    found = []
    h1 = [line for line, level, _ in items if level == 1]
    if len(h1) != 1:
        line = h1[1] if len(h1) > 1 else 1
        found.append(Finding(where, line, "HEAD-H1", f"页面有 {len(h1)} 个一级标题，应恰好 1 个"))
    previous = 0
    children: dict[tuple, set[str]] = {}
    stack: list[tuple[int, str, int]] = []  # (level, title, line) of open ancestors
    for line, level, title in items:
        if not title:
            found.append(Finding(where, line, "HEAD-EMPTY", "标题没有文字"))
        if level > MAX_LEVEL:
            found.append(Finding(where, line, "HEAD-DEPTH", f"{level} 级标题过深，最多到 {MAX_LEVEL} 级"))
        if previous and level > previous + 1:
            found.append(Finding(where, line, "HEAD-SKIP", f"标题从 {previous} 级跳到 {level} 级"))
        previous = level
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = tuple((lvl, ttl, ln) for lvl, ttl, ln in stack)
        siblings = children.setdefault(parent, set())
        if title and title in siblings:
            found.append(Finding(where, line, "HEAD-DUP", f"同一上级标题下已有“{title}”"))
        siblings.add(title)
        stack.append((level, title, line))
    return found


def check_type(where: str, meta: dict, items: list[tuple[int, int, str]]) -> list[Finding]:
    page_type = meta.get("type")
    if not page_type:
        return [Finding(where, 1, "TYPE-MISSING", "页面开头元数据没有 type")]
    sections = page_types.required_sections()
    if page_type not in sections:
        return [Finding(where, 1, "TYPE-UNKNOWN",
                        f"页面类型“{page_type}”未在 data/page-types.yml 中定义（可用：{'、'.join(sections)}）")]
    h2 = [(line, title) for line, level, title in items if level == 2]
    position, last_line = 0, (items[0][0] if items else 1)
    for required in sections[page_type]:
        later = [(i, line) for i, (line, title) in enumerate(h2) if title == required and i >= position]
        if not later:
            where_else = [line for line, title in h2 if title == required]
            if where_else:
                return [Finding(where, where_else[0], "TYPE-SECTIONS",
                                f"二级标题“{required}”顺序不对，{page_type} 页面的顺序是：{'、'.join(sections[page_type])}")]
            return [Finding(where, last_line, "TYPE-SECTIONS",
                            f"缺少二级标题“{required}”，{page_type} 页面须依次包含：{'、'.join(sections[page_type])}")]
        position, last_line = later[0][0] + 1, later[0][1]
    return []


def check_markers_and_snippets(root: Path, where: str, text: str) -> list[Finding]:
    found = []
    for marker in markers.find(text):
        reason = markers.problem(marker)
        if reason:
            found.append(Finding(where, marker.line, "DATA-MARKER", reason))
    for number, line in enumerate(text.splitlines(), start=1):
        match = SNIPPET.match(line)
        if match:
            target = re.sub(r"(:-?\d+)+$", "", match.group(1))
            if not (root / target).is_file():
                found.append(Finding(where, number, "SRC-SNIPPET", f"引用的片段文件 {target} 不存在"))
    return found


def check_page(root: Path, where: str, text: str) -> list[Finding]:
    try:
        meta, body_line = split(text)
    except FrontMatterError as err:
        return [Finding(where, err.line, "SRC-FRONTMATTER", str(err))]
    items = headings(text, body_line)
    found = check_headings(where, items) + check_type(where, meta, items)
    return found + check_markers_and_snippets(root, where, text)


def check_sources(root: Path, docs_dir: Path) -> tuple[list[Finding], bool, dict[str, str]]:
    """All source findings, whether MkDocs can still run, and the text of
    every readable page. Paths are relative to root, the folder of mkdocs.yml."""
    found = check_names(root, docs_dir)
    fatal, pages = False, {}
    for path in sorted(docs_dir.rglob("*.md")):
        where = path.relative_to(root).as_posix()
        text, problems = read_page(path, where)
        found += problems
        if text is None:
            fatal = True
            continue
        pages[where] = text
        problems = check_page(root, where, text)
        fatal = fatal or any(f.rule == "SRC-FRONTMATTER" for f in problems)
        found += problems
    return found, fatal, pages
