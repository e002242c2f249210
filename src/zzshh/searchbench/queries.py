"""The query sets and what a correct answer holds: tests/search-queries.yml
(terms and phrases from the pages), tests/search-queries-readers.yml
(written the way readers type: questions, typos, synonyms, years; the search
is tuned on it) and tests/search-queries-heldout.yml (written the same way
before the tuning and never used for it: its numbers are the honest ones)."""
from dataclasses import dataclass
from pathlib import Path

import yaml

TESTS = Path(__file__).resolve().parents[3] / "tests"
QUERY_SET = TESTS / "search-queries.yml"
READERS_SET = TESTS / "search-queries-readers.yml"
HELDOUT_SET = TESTS / "search-queries-heldout.yml"
SETS = {"页面词语": QUERY_SET, "读者写法": READERS_SET, "留出检验": HELDOUT_SET}
PAGE_WORDS = {"term", "set-term", "fragment", "title", "post", "phrase-space"}  # kinds whose words are on the page


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
    (knowable only for words taken from the pages and typed with spaces)."""
    if query.kind not in PAGE_WORDS:
        return False
    words = query.q.lower().split()
    return not any(all(w in texts.get(p, "").lower() for w in words) for p in query.pages)
