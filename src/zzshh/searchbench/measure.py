"""Run a query set against a built site in Chromium and sum up the numbers."""
import gzip
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from . import browser, pages, queries


@dataclass
class Report:
    total: int
    recall_missing: dict[str, list[str]] = field(default_factory=dict)   # query -> pages not found
    top1_missing: list[str] = field(default_factory=list)                # intended page not first
    top3_missing: list[str] = field(default_factory=list)                # intended page not in top 3
    empty: list[str] = field(default_factory=list)                       # no result at all
    stale: list[str] = field(default_factory=list)                       # intended pages lack the query
    unhighlighted: list[str] = field(default_factory=list)               # found, but no <mark> rendered
    latencies: list[float] = field(default_factory=list)
    ready_ms: float = 0.0                                                # page load -> index ready
    build_ms: float = 0.0                                                # index sent -> worker ready
    recall_hits: int = 0
    recall_needed: int = 0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.recall_needed if self.recall_needed else 1.0

    def share(self, missing: list[str]) -> float:
        return 1 - len(missing) / self.total if self.total else 1.0

    @property
    def top1(self) -> float:
        return self.share(self.top1_missing)

    @property
    def top3(self) -> float:
        return self.share(self.top3_missing)

    @property
    def highlighted(self) -> float:
        return self.share(self.unhighlighted)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies)

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def index_size(site_dir: Path) -> tuple[int, int]:
    """Bytes of search/search_index.json, raw and gzip-compressed."""
    data = (site_dir / "search" / "search_index.json").read_bytes()
    return len(data), len(gzip.compress(data, 9))


def run(page, site_url: str, site_dir: Path, query_set: list[queries.Query]) -> Report:
    texts = pages.page_texts(site_dir)
    report = Report(total=len(query_set))
    report.ready_ms = browser.open_search(page, site_url)
    report.build_ms = browser.index_build_ms(page)
    browser.run_query(page, site_url, "党员")  # warm-up: first query compiles code paths
    for query in query_set:
        outcome = browser.run_query(page, site_url, query.q)
        report.latencies.append(outcome.latency_ms)
        needed = queries.must_find(query.q, texts)
        missing = sorted(needed - set(outcome.pages))
        report.recall_needed += len(needed)
        report.recall_hits += len(needed) - len(missing)
        if missing:
            report.recall_missing[query.q] = missing
        if queries.stale(query, texts):
            report.stale.append(query.q)
        if not outcome.pages:
            report.empty.append(query.q)
        if not set(query.pages) & set(outcome.pages[:1]):
            report.top1_missing.append(query.q)
        if not set(query.pages) & set(outcome.pages[:3]):
            report.top3_missing.append(query.q)
        if outcome.pages and not any(outcome.marks[:3]):
            report.unhighlighted.append(query.q)
    return report
