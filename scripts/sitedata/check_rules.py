"""The build check's rule IDs and their explanations (data/check-rules.yml):
messages cite the ID, the maintainer page explains it."""
from dataclasses import dataclass
from functools import lru_cache

from .paths import DATA, rel
from .yamlfile import read_yaml, require

CHECK_RULES = DATA / "check-rules.yml"


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explain: str
    fix: str


@lru_cache(maxsize=None)
def rules() -> dict[str, Rule]:
    where = rel(CHECK_RULES)
    found = {}
    for item in read_yaml(CHECK_RULES).get("rules") or []:
        require(item, ("id", "title", "explain", "fix"), f"{where} ({item.get('id', '?')})")
        found[item["id"]] = Rule(item["id"], item["title"], item["explain"], item["fix"])
    return found
