"""Page types and the H2 sections each requires, in order (data/page-types.yml)."""
from functools import lru_cache

from .errors import DataError
from .paths import DATA, rel
from .yamlfile import read_yaml

PAGE_TYPES = DATA / "page-types.yml"


@lru_cache(maxsize=None)
def required_sections() -> dict[str, tuple[str, ...]]:
    types = read_yaml(PAGE_TYPES).get("types")
    if not isinstance(types, dict) or not types:
        raise DataError(rel(PAGE_TYPES), "缺少 types 映射")
    return {name: tuple((spec or {}).get("sections") or ()) for name, spec in types.items()}
