"""The checked build: `python scripts/build.py [--config F] [--site-dir DIR] [--online]`.

MkDocs runs every check itself (overrides/hooks/checks.py); this runs one
strict build in-process — never at DEBUG level, where MkDocs 1.6.1 skips its
anchor validation — and prints the findings grouped by rule, each as
`docs/page.md:LINE: RULE-ID message`. Exits 1 on any finding. A build
that passes gets NAME.gz beside its text files for nginx's gzip_static
(zzshh.sitedelivery.precompress), unless --no-precompress."""
import argparse
import contextlib
import logging
import sys
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError

from zzshh.sitedata import materials
from zzshh.sitedata.paths import ROOT
from zzshh.sitedelivery.precompress import precompress

from .findings import Finding, report
from .mkdocs_log import STOP, locate, located

SUMMARY = "站点检查："


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def run(config_file: Path, site_dir: Path) -> tuple[list[Finding], str]:
    """Build once. Returns the findings and the checks' summary line."""
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        build(load_config(str(config_file), strict=True, site_dir=str(site_dir)))
    except Abort:
        pass  # the reasons were logged and are collected below
    except ConfigurationError as err:
        collector.records.append(logging.makeLogRecord({"msg": str(err), "levelno": logging.ERROR}))
    except Exception as err:  # a plugin or extension failed: one clear line, no traceback
        collector.records.append(logging.makeLogRecord({"msg": f"{type(err).__name__}: {err}", "levelno": logging.ERROR}))
    finally:
        logger.removeHandler(collector)
        logger.setLevel(level)
    findings, summary = [], ""
    for record in collector.records:
        message = record.getMessage()
        if record.levelno < logging.WARNING:
            summary = message if message.startswith(SUMMARY) else summary
            continue
        if message.startswith("Aborted with") or message.endswith(STOP):
            continue
        findings += located(message) or locate(message, config_file.parent)
    return findings, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="构建站点并检查链接、标题结构、数据和校对。")
    parser.add_argument("--config", default=str(ROOT / "mkdocs.yml"), help="mkdocs.yml 路径")
    parser.add_argument("--site-dir", default=None, help="输出目录（默认为 mkdocs.yml 旁的 site/）")
    parser.add_argument("--online", action="store_true", help="另外检查登记的站外地址能否访问（需要外网）")
    parser.add_argument("--no-precompress", action="store_true", help="不生成供 nginx 直接发送的 .gz 预压缩文件")
    args = parser.parse_args(argv)

    started = time.monotonic()
    config_file = Path(args.config).resolve()
    site_dir = Path(args.site_dir).resolve() if args.site_dir else config_file.parent / "site"
    # snippets' base_path is read relative to the working folder
    with contextlib.chdir(config_file.parent):
        findings, summary = run(config_file, site_dir)
    if findings:
        print(report(sorted(set(findings))))
        return 1
    gz_note = ""
    if not args.no_precompress:
        gz_note = f"已为 {precompress(site_dir)} 个文本文件生成 .gz 预压缩文件。"
    print(f"检查通过。{summary.removeprefix(SUMMARY)}{gz_note}用时 {time.monotonic() - started:.1f} 秒。")
    if args.online:
        from . import online
        return online.check(materials.addresses().values())
    return 0


if __name__ == "__main__":
    sys.exit(main())
