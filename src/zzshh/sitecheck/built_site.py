"""The check of the built site, tied back to the Markdown sources: every
finding on a built page is reported at the line of its source page."""
from pathlib import Path
from urllib.parse import unquote

from zzshh.sitedata import materials

from . import html_links
from .findings import Finding
from .mkdocs_log import line_of


def _source_line(root: Path):
    def line(source: str, url: str) -> int:
        path, _, fragment = unquote(url).partition("#")
        name = path.rstrip("/").rsplit("/", 1)[-1]
        needles = [f"{name}.md#{fragment}", f"{name}/#{fragment}"] if name and fragment else []
        needles += [f"#{fragment}"] if fragment else []
        needles += [name, url] if name else [url]
        return next((n for n in (line_of(root / source, needle) for needle in needles) if n), 1)
    return line


def check(root: Path, site_dir: Path, pages, site_url: str = "") -> tuple[list[Finding], html_links.LinkChecker]:
    """pages: MkDocs's documentation File objects of this build; site_url:
    the config's, set by `mkdocs serve` to its own address."""
    site_dir = site_dir.resolve()
    source_of = {(site_dir / f.dest_uri).resolve(): f"docs/{f.src_uri}" for f in pages}
    return html_links.check_site(site_dir, materials.allowed_urls(), source_of, _source_line(root), site_url)
