"""Data markers in pages: <!-- data:NAME ARG -->, replaced by the build hook
with content from data/. Parsing and validation live here so the source
check and the hook agree on what is valid."""
import re
from dataclasses import dataclass

from . import materials, statements, templates
from .errors import DataError

# A marker stands alone on its line, so one quoted in `code` is left as is.
MARKER = re.compile(r"^[ \t]*<!--\s*data:([a-z-]+)(?:\s+([^\s>]+))?\s*-->[ \t]*$", re.MULTILINE)
KNOWN = {"materials", "template", "statements", "glossary", "rules", "proofread-rules", "years", "current-year",
         "page-types", "posts"}
WITH_ARGUMENT = {"materials", "template", "statements"}


@dataclass(frozen=True)
class Marker:
    line: int
    name: str
    arg: str
    start: int
    end: int


def find(text: str) -> list[Marker]:
    return [Marker(text.count("\n", 0, m.start()) + 1, m.group(1), m.group(2) or "", m.start(), m.end())
            for m in MARKER.finditer(text)]


def problem(marker: Marker) -> str | None:
    """Why a marker cannot be rendered, or None when it is fine."""
    if marker.name not in KNOWN:
        return f"未知的数据标记 data:{marker.name}（可用：{'、'.join(sorted(KNOWN))}）"
    needs_arg = marker.name in WITH_ARGUMENT
    if needs_arg and not marker.arg:
        return f"data:{marker.name} 需要一个参数"
    if not needs_arg and marker.arg:
        return f"data:{marker.name} 不接受参数"
    try:
        if marker.name == "materials":
            materials.for_topic(marker.arg)
        elif marker.name == "template":
            templates.load(marker.arg)
        elif marker.name == "statements" and not any(statements.for_page(marker.arg).values()):
            return f"没有页面 {marker.arg} 的示例（data/statements/ 中 page: {marker.arg}）"
    except DataError as err:
        return f"{err.message}（{err.path}:{err.line}）"
    return None
