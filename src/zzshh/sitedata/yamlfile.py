"""Read a YAML data file and validate it against its typed schema. Every
failure becomes one DataError naming the file and the line."""
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .cache import cached
from .errors import DataError
from .paths import rel

Model = TypeVar("Model", bound=BaseModel)
# libyaml's parser when PyYAML has it (its wheels do): several times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Loc = tuple  # a path into the document: ("terms", 3, "wording")


@dataclass(frozen=True)
class Located(Generic[Model]):
    """A validated file, and the line of every node in it (for later checks)."""
    model: Model
    path: str
    lines: dict

    def line(self, *loc) -> int:
        """The line of loc, or of its nearest ancestor present in the file."""
        loc = tuple(loc)
        while loc not in self.lines and loc:
            loc = loc[:-1]
        return self.lines.get(loc, 1)

    def error(self, loc: Loc, message: str, rule: str = "DATA-FILE") -> DataError:
        return DataError(self.path, self.line(*loc), message, rule)


def _lines(node, loc: Loc, found: dict) -> None:
    found[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            found[loc + (key.value,)] = key.start_mark.line + 1
            _lines(value, loc + (key.value,), found)
            found[loc + (key.value,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _lines(item, loc + (index,), found)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(rel(path), 1, "文件不存在") from None
    except UnicodeDecodeError as err:
        line = path.read_bytes()[:err.start].count(b"\n") + 1
        raise DataError(rel(path), line, "文件不是 UTF-8 编码，请另存为 UTF-8") from None


def parse(path: Path) -> tuple[object, dict]:
    """The document and the line of each of its nodes."""
    text = read_text(path)
    loader = LOADER(text)
    try:
        node = loader.get_single_node()  # parsed once: the lines and the data come from one tree
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise DataError(rel(path), mark.line + 1 if mark else 1,
                        f"YAML 格式错误：{getattr(err, 'problem', None) or err}（常见原因：冒号后缺空格、缩进不齐、引号不成对）") from None
    finally:
        loader.dispose()
    lines: dict = {}
    if node is not None:
        _lines(node, (), lines)
    return data, lines


NAMING_KEYS = ("id", "term", "name")  # what a list item is called, for messages


def _field(loc: Loc, data=None) -> str:
    """rules › 第 4 项（PR-STRUCT-004） › severity"""
    parts, node = [], data
    for part in loc:
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and part < len(node) else None
            name = next((item[k] for k in NAMING_KEYS if isinstance(item, dict) and isinstance(item.get(k), str)), "")
            parts.append(f"第 {part + 1} 项" + (f"（{name}）" if name else ""))
            node = item
        else:
            parts.append(str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return " › ".join(parts) or "文件顶层"


MESSAGES = {
    "missing": "缺少必填字段",
    "extra_forbidden": "是未知字段（拼写错误，或者没有任何地方读取它）",
    "string_type": "应当是一段文字",
    "list_type": "应当是列表，例如 [a, b] 或分行的“- a”",
    "dict_type": "应当是“键: 值”映射",
    "model_type": "应当是“键: 值”映射",
    "model_attributes_type": "应当是“键: 值”映射",
    "int_type": "应当是整数",
    "int_parsing": "应当是整数",
    "bool_type": "应当是 true 或 false",
    "bool_parsing": "应当是 true 或 false",
    "string_too_short": "不能为空",
    "too_short": "不能为空",
    "string_pattern_mismatch": "格式不对",
}


def _loc(error: dict) -> Loc:
    """The error's path in the file, without pydantic's own markers."""
    return tuple(p for p in error["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))


def explain(error: dict, data=None) -> str:
    """One Chinese sentence for one pydantic error."""
    field, kind = _field(_loc(error), data), error["type"]
    if kind == "literal_error":
        return f"{field} 只能是 {error['ctx']['expected']}"
    if kind == "string_pattern_mismatch":
        return f"{field} 格式不对（应符合 {error['ctx']['pattern']}）"
    if kind == "value_error":
        return f"{field}：{error['ctx']['error']}"
    return f"{field} {MESSAGES.get(kind, error['msg'])}"


@cached
def load(path: Path, schema: type[Model]) -> Located[Model]:
    """Parse and validate path (once per build); raises DataError at the
    first problem's line."""
    data, lines = parse(path)
    where = rel(path)
    try:
        model = schema.model_validate(data if data is not None else {})
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        more = err.error_count() - 1
        suffix = f"（另有 {more} 处问题，改正后再构建会依次列出）" if more else ""
        raise Located(None, where, lines).error(_loc(first), explain(first, data) + suffix) from None
    return Located(model, where, lines)
