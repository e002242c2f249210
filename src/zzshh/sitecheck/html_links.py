"""Checks on the built HTML: every internal href/src resolves to a file and
every #fragment to an id on the target page; outside addresses only from
data/addresses.yml. Covers theme overrides and raw HTML too."""
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree, html

from .findings import Finding

FETCHED = {"href", "src", "poster", "data"}


@dataclass
class PageLinks:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)  # (tag, url)


def parse(path: Path) -> PageLinks:
    """ids and fetched addresses of one page (lxml's C parser: the pure-Python
    one made this check a tenth of the build)."""
    page = PageLinks()
    tree = html.fromstring(path.read_bytes(), parser=html.HTMLParser(encoding="utf-8"))
    for element in tree.iter(tag=etree.Element):
        tag = element.tag
        for name, value in element.attrib.items():
            if name == "id" or (tag == "a" and name == "name"):
                page.ids.add(value)
            elif name in FETCHED and not (tag == "object" and name != "data"):
                page.links.append((tag, value))
            elif name == "srcset":
                page.links.extend((tag, part.split()[0]) for part in value.split(",") if part.strip())
    return page


def _target_file(site_dir: Path, page: Path, path: str) -> Path:
    target = (site_dir / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


class LinkChecker:
    def __init__(self, site_dir: Path, allowed_urls: set[str], source_of: dict[Path, str], site_url: str = ""):
        self.site_dir = site_dir.resolve()
        self.allowed = allowed_urls
        # `mkdocs serve` sets site_url to its own address: links to it are the site's own.
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self.source_of = source_of  # built page -> docs/…md
        self._pages: dict[Path, PageLinks] = {}
        self.links_checked = 0
        self.anchors_checked = 0

    def _page(self, path: Path) -> PageLinks:
        path = path.resolve()
        if path not in self._pages:
            self._pages[path] = parse(path)
        return self._pages[path]

    def check_page(self, page: Path) -> list[tuple[Path, str, str, str]]:
        """Problems as (page, rule, url, message)."""
        problems = []
        for tag, url in self._page(page).links:
            if self.site_url and url.startswith(self.site_url):
                url = "/" + url[len(self.site_url):]
            parts = urlsplit(url)
            self.links_checked += 1
            if parts.scheme or url.startswith("//"):
                if url not in self.allowed:
                    problems.append((page, "LINK-EXTERNAL", url,
                                     f"站外地址 {url} 未登记在 data/addresses.yml 中"))
                continue
            target = page if not parts.path else _target_file(self.site_dir, page, unquote(parts.path))
            if not target.is_file():
                problems.append((page, "LINK-MISSING", url, f"<{tag}> 指向的 {url} 不存在"))
                continue
            if parts.fragment and target.suffix == ".html":
                self.anchors_checked += 1
                if unquote(parts.fragment) not in self._page(target).ids:
                    problems.append((page, "LINK-ANCHOR", url, f"{url} 的锚点在目标页面中不存在"))
        return problems


def check_site(site_dir: Path, allowed_urls: set[str], source_of: dict[Path, str],
               line_of, site_url: str = "") -> tuple[list[Finding], LinkChecker]:
    checker = LinkChecker(site_dir, allowed_urls, source_of, site_url)
    findings = []
    for page in sorted(checker.site_dir.rglob("*.html")):
        for page_path, rule, url, message in checker.check_page(page):
            source = source_of.get(page_path.resolve())
            if source:
                findings.append(Finding(source, line_of(source, url), rule, message))
            else:
                findings.append(Finding(f"site/{page_path.relative_to(checker.site_dir).as_posix()}", 1, rule, message))
    return findings, checker
