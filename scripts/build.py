"""The checked build: `python scripts/build.py [--site-dir DIR] [--online]`.

Checks the sources, builds the site with MkDocs in strict mode, then checks
the built HTML. Prints one line per finding, `docs/page.md:LINE: RULE-ID
message`, grouped by rule; exits 1 on any finding."""
import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mkdocs.structure.files import get_files  # noqa: E402

from sitecheck import html_links, mkdocs_run, proofread, sources  # noqa: E402
from sitecheck.findings import Finding, report  # noqa: E402
from sitedata import check_rules, glossary, materials, page_types, templates  # noqa: E402
from sitedata.errors import DataError  # noqa: E402
from sitedata.paths import ROOT  # noqa: E402


def check_data() -> list[Finding]:
    """Load every data file once, so a broken one is reported as such."""
    found = []
    loaders = [page_types.required_sections, check_rules.rules, glossary.terms,
               materials.addresses, materials.materials]
    loaders += [lambda name=name: templates.load(name) for name in templates.names()]
    for load in loaders:
        try:
            load()
        except DataError as err:
            path, _, line = err.where.partition(":")
            found.append(Finding(path.split(" ")[0], int(line) if line.isdigit() else 1, "DATA-FILE", err.message))
    return found


def built_sources(config) -> dict[Path, str]:
    """Built HTML page -> its Markdown source, as docs/…md."""
    site_dir = Path(config.site_dir).resolve()
    return {(site_dir / f.dest_uri).resolve(): f"docs/{f.src_uri}"
            for f in get_files(config).documentation_pages()}


def source_line(root: Path):
    def line_of(source: str, url: str) -> int:
        path, _, fragment = unquote(url).partition("#")
        name = path.rstrip("/").rsplit("/", 1)[-1]
        needles = [f"{name}.md#{fragment}", f"{name}/#{fragment}"] if name and fragment else []
        needles += [f"#{fragment}"] if fragment else []
        needles += [name, url] if name else [url]
        for needle in needles:
            line = mkdocs_run.line_of(root / source, needle)
            if line:
                return line
        return 1
    return line_of


def not_seen_by_mkdocs(html: list[Finding], build: list[Finding]) -> list[Finding]:
    """MkDocs and the HTML check may both see one broken link: keep MkDocs's."""
    seen = {(f.path, f.line, f.rule) for f in build}
    return [f for f in html if (f.path, f.line, f.rule) not in seen]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="构建站点并检查链接、标题结构和数据。")
    parser.add_argument("--config", default=str(ROOT / "mkdocs.yml"), help="mkdocs.yml 路径")
    parser.add_argument("--site-dir", default=None, help="输出目录（默认为 mkdocs.yml 旁的 site/）")
    parser.add_argument("--online", action="store_true", help="另外检查登记的站外地址能否访问（需要外网）")
    args = parser.parse_args(argv)

    started = time.monotonic()
    config_file = Path(args.config).resolve()
    root = config_file.parent
    site_dir = Path(args.site_dir).resolve() if args.site_dir else root / "site"
    os.chdir(root)  # snippets' base_path is read relative to the working folder

    findings = check_data()
    source_findings, fatal, pages = sources.check_sources(root, root / "docs")
    findings += source_findings + proofread.check(pages)
    checker = None
    if not fatal:
        build_findings, config, built = mkdocs_run.run(config_file, site_dir)
        findings += build_findings
        if built:
            html_findings, checker = html_links.check_site(
                site_dir, materials.allowed_urls(), built_sources(config), source_line(root))
            findings += not_seen_by_mkdocs(html_findings, build_findings)
    if findings:
        print(report(sorted(set(findings))))
        return 1
    links = checker.links_checked if checker else 0
    anchors = checker.anchors_checked if checker else 0
    print(f"检查通过：{len(pages)} 个页面，{links} 个链接，{anchors} 个锚点，用时 {time.monotonic() - started:.1f} 秒。")
    if args.online:
        from sitecheck import online
        return online.check(materials.addresses().values())
    return 0


if __name__ == "__main__":
    sys.exit(main())
