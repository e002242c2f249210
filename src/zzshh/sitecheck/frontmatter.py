"""Split a page into front matter and body, reporting malformed front matter."""
import re

import yaml

FENCE = re.compile(r"^-{3}\s*$", re.MULTILINE)


class FrontMatterError(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def split(text: str) -> tuple[dict, int]:
    """Return (front matter, line number where the body starts)."""
    if not text.startswith("---"):
        return {}, 1
    closing = FENCE.search(text, 3)
    first_line_end = text.find("\n")
    if first_line_end < 0 or text[:first_line_end].strip() != "---" or closing is None:
        raise FrontMatterError(1, "页面开头的 --- 没有对应的结束行 ---")
    raw = text[first_line_end + 1:closing.start()]
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise FrontMatterError(line, f"页面元数据不是合法的 YAML：{getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise FrontMatterError(2, "页面元数据必须是“键: 值”形式")
    return data, text.count("\n", 0, closing.end()) + 2
