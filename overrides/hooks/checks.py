"""MkDocs hook: the site's checks, run by every MkDocs build — `mkdocs
build --strict`, `mkdocs serve` and `make build` alike. Its on_config runs
before every other plugin's and hook's (they read data/ there too); its
on_post_build runs after them, so it checks what they wrote.

- on_config: data/ is read afresh (caches cleared) and validated against its
  schemas; a broken data file stops the build.
- on_pre_build: the Markdown sources (encoding, front matter, page type,
  headings, names, data markers, snippets) and their proofreading.
- on_post_build: every link and anchor of the built HTML.
Every finding is a warning `docs/x.md:LINE: RULE-ID message` (rule IDs in
data/check-rules.yml); strict mode turns warnings into a failed build.
MkDocs's own warnings are rewritten in the same form (sitecheck.mkdocs_log)."""
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from zzshh import sitedata
from zzshh.sitecheck import built_site, mkdocs_log, proofread, sources

log = logging.getLogger("mkdocs.hooks.checks")
# Problems after which MkDocs cannot render the pages meaningfully.
FATAL = {"SRC-FRONTMATTER", "SRC-ENCODING", "SRC-SNIPPET", "DATA-MARKER"}
_pages: list = []  # this build's documentation pages


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def _warn(findings) -> None:
    for finding in sorted(set(findings)):
        key = (finding.path, finding.line, finding.rule)
        if key not in mkdocs_log.REPORTED:
            mkdocs_log.REPORTED.add(key)
            log.warning(str(finding))


@event_priority(100)
def on_config(config, **_):
    mkdocs_log.REPORTED.clear()
    mkdocs_log.install(_root(config))
    errors = sitedata.validate_all()
    for error in errors:
        log.error(str(error))
    if errors:
        raise PluginError(f"data/ 中有 {len(errors)} 处数据错误（见上），{mkdocs_log.STOP}")
    return config


def on_pre_build(config, **_):
    findings, unreadable, pages = sources.check_sources(_root(config), Path(config.docs_dir))
    findings += proofread.check(pages)
    _warn(findings)
    if unreadable or any(f.rule in FATAL for f in findings):
        raise PluginError(f"页面源文件有无法继续构建的问题（见上），{mkdocs_log.STOP}")


def on_files(files, **_):
    _pages[:] = files.documentation_pages()
    return files


@event_priority(-100)
def on_post_build(config, **_):
    findings, checker = built_site.check(_root(config), Path(config.site_dir), _pages, config.site_url or "")
    _warn(findings)
    log.info(f"站点检查：{len(_pages)} 个页面，{checker.links_checked} 个链接，{checker.anchors_checked} 个锚点。")


def on_serve(server, **_):
    server.watch(str(sitedata.paths.DATA))
    return server
