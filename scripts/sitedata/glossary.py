"""Fixed formulations (data/glossary.yml)."""
from dataclasses import dataclass
from functools import lru_cache

from .paths import DATA, rel
from .yamlfile import read_yaml, require

GLOSSARY = DATA / "glossary.yml"


@dataclass(frozen=True)
class Term:
    term: str
    wording: str
    source: str
    members: tuple[str, ...]
    note: str


@lru_cache(maxsize=None)
def terms() -> tuple[Term, ...]:
    where = rel(GLOSSARY)
    found = []
    for item in read_yaml(GLOSSARY).get("terms") or []:
        require(item, ("term", "wording", "source"), f"{where} ({item.get('term', '?')})")
        found.append(Term(item["term"], item["wording"], item["source"],
                          tuple(item.get("members") or ()), item.get("note") or ""))
    return tuple(found)
