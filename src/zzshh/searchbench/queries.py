"""The query set (tests/search-queries.yml) and what a correct answer holds."""
from dataclasses import dataclass
from pathlib import Path

import yaml

QUERY_SET = Path(__file__).resolve().parents[2] / "tests" / "search-queries.yml"


@dataclass(frozen=True)
class Query:
    q: str
    kind: str
    pages: tuple[str, ...]   # intended pages, as index locations ("" = home)


def load(path: Path = QUERY_SET) -> list[Query]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    queries = []
    for item in data.get("queries") or []:
        pages = tuple("" if p in ("./", "/") else p for p in item.get("pages") or ())
        if not item.get("q") or not pages:
            raise ValueError(f"{path.name}: 每条查询都要有 q 和 pages：{item!r}")
        queries.append(Query(str(item["q"]), item.get("kind", ""), pages))
    return queries


def needles(query: str) -> list[str]:
    """The strings a page must contain to have to be found: the query as typed
    and, for words separated by spaces, the words run together."""
    words = query.split()
    return list(dict.fromkeys([query, "".join(words)])) if words else []


def must_find(query: str, texts: dict[str, str]) -> set[str]:
    """Pages whose visible text contains the query (substring recall)."""
    found = set()
    for location, text in texts.items():
        lowered = text.lower()
        if any(n.lower() in lowered for n in needles(query)):
            found.add(location)
    return found


def stale(query: Query, texts: dict[str, str]) -> bool:
    """True when no intended page contains every word of the query any more
    (not knowable for words typed without a space)."""
    if query.kind == "phrase":
        return False
    words = query.q.lower().split()
    return not any(all(w in texts.get(p, "").lower() for w in words) for p in query.pages)
