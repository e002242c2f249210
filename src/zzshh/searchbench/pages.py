"""The text readers see in each built page's main content, keyed by the page's
location as the search index writes it (comparisons/party-oath/, "" for home)."""
import json
from html.parser import HTMLParser
from pathlib import Path

SKIPPED = {"script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _MainText(HTMLParser):
    """Collects the text inside <article class="md-content__inner …">, without
    permalink anchors (¶) and scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0      # open elements inside the article (0: outside)
        self.skip_at = 0    # depth where a skipped element started (0: none)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        if self.depth == 0:
            if tag == "article" and "md-content__inner" in classes:
                self.depth = 1
            return
        self.depth += 1
        if not self.skip_at and (tag in SKIPPED or "headerlink" in classes):
            self.skip_at = self.depth

    def handle_endtag(self, tag):
        if tag in VOID or self.depth == 0:
            return
        if self.skip_at == self.depth:
            self.skip_at = 0
        self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip_at:
            self.parts.append(data)


def main_text(html: str) -> str:
    parser = _MainText()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


def indexed_pages(site_dir: Path) -> set[str]:
    """Pages the search index holds: pages marked `search: exclude` (the
    maintainers' rule reference) are not expected in results."""
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"].split("#")[0] for doc in index["docs"]}


def page_texts(site_dir: Path) -> dict[str, str]:
    """Location -> visible main text, for every page of the built site that
    the search index holds."""
    indexed = indexed_pages(site_dir)
    texts = {}
    for path in sorted(site_dir.rglob("index.html")):
        location = path.parent.relative_to(site_dir).as_posix()
        location = "" if location == "." else location + "/"
        if location.startswith(("assets/", "search/")) or location not in indexed:
            continue
        texts[location] = main_text(path.read_text(encoding="utf-8"))
    return texts
