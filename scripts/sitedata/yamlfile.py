"""Read a YAML data file, turning every failure into a DataError."""
from pathlib import Path

import yaml

from .errors import DataError
from .paths import rel


def read_yaml(path: Path) -> dict:
    where = rel(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(where, "文件不存在 (file not found)") from None
    except UnicodeDecodeError:
        raise DataError(where, "不是 UTF-8 编码 (not UTF-8)") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise DataError(f"{where}{line}", f"YAML 格式错误: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise DataError(where, "顶层必须是键值映射 (top level must be a mapping)")
    return data


def require(item: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if not item.get(k)]
    if missing:
        raise DataError(where, f"缺少字段 {', '.join(missing)}")
