"""Without a browser: nothing a browser would fetch from the built site names
another host. Covers every resource reference in every HTML page and every
url() and @import in every CSS file (links a reader clicks are not fetched
and are checked by the build against data/addresses.yml)."""
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

FETCHED_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                     "prefetch", "preconnect", "dns-prefetch", "manifest", "mask-icon"}
FETCHED_ATTRIBUTES = {
    "script": ("src",), "img": ("src", "srcset"), "iframe": ("src",), "frame": ("src",),
    "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",), "track": ("src",),
    "object": ("data",), "embed": ("src",), "input": ("src",), "image": ("href", "xlink:href"),
}
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.I)
CSS_IMPORT = re.compile(r"""@import\s+(['"])(.*?)\1""", re.I)


def names_other_host(url: str) -> bool:
    url = url.strip()
    return url.startswith("//") or bool(urlsplit(url).netloc)


def srcset_urls(value: str) -> list[str]:
    return [part.split()[0] for part in value.split(",") if part.strip()]


def css_urls(css: str) -> list[str]:
    return [m.group(2) for m in CSS_URL.finditer(css)] + [m.group(2) for m in CSS_IMPORT.finditer(css)]


class FetchedReferences(HTMLParser):
    """Collects (tag, url) for everything the page makes the browser load."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        names = FETCHED_ATTRIBUTES.get(tag, ())
        if tag == "link" and FETCHED_LINK_RELS & set((attributes.get("rel") or "").lower().split()):
            names = ("href",)
        for name in names:
            value = attributes.get(name)
            if value:
                urls = srcset_urls(value) if name == "srcset" else [value]
                self.found += [(f"<{tag} {name}>", url) for url in urls]
        if attributes.get("style"):
            self.found += [(f"<{tag} style>", url) for url in css_urls(attributes["style"])]
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.found += [("<style>", url) for url in css_urls(data)]


def test_html_pages_fetch_nothing_from_other_hosts(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert pages, f"{built_site} 中没有网页"
    outside = []
    for page in pages:
        parser = FetchedReferences()
        parser.feed(page.read_text(encoding="utf-8"))
        outside += [f"{page.relative_to(built_site)}: {tag} {url}"
                    for tag, url in parser.found if names_other_host(url)]
    assert not outside, "网页会从其他主机加载资源：\n" + "\n".join(outside)


def test_stylesheets_fetch_nothing_from_other_hosts(built_site):
    sheets = sorted(built_site.rglob("*.css"))
    assert sheets, f"{built_site} 中没有样式表"
    outside = [f"{sheet.relative_to(built_site)}: {url}"
               for sheet in sheets for url in css_urls(sheet.read_text(encoding="utf-8"))
               if names_other_host(url)]
    assert not outside, "样式表会从其他主机加载资源：\n" + "\n".join(outside)
