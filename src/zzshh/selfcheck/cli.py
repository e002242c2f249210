"""Command line: `python scripts/self_check.py FILE [--format json]`.

Exit status: 0 no errors (warnings and hints may remain), 1 errors found,
2 the file (or the rule data) could not be used: then stderr holds one
sentence, never a traceback, whatever the file holds. At most MAX_SHOWN
findings are listed (as on the page); the counts cover all of them."""
import argparse
import contextlib
import io
import json
import sys

from .engine import check_text
from .errors import SelfCheckError
from .readers import read_draft
from .ruleset import default_ruleset

SEVERITY_ORDER = ("error", "warning", "hint")
MAX_SHOWN = 500  # like the page (ui.js)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="self_check.py",
        description="检查个人对照检查材料（.txt、.md、.docx）中的结构、占位符、错别字、标点和固定表述问题。")
    parser.add_argument("file", metavar="FILE", help="要检查的材料文件")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="输出格式：text（默认，给人看）或 json（给程序用）")
    return parser


def _quiet_ruleset() -> dict:
    """The ruleset; whatever its build prints (jieba's progress when the data
    changed) is kept off stderr, which holds one sentence or the notices."""
    noise = io.StringIO()
    with contextlib.redirect_stderr(noise):
        return default_ruleset()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sys.stderr.reconfigure(errors="replace")
    try:
        # The file first: a bad one is refused before the rules are even loaded.
        draft = read_draft(args.file)
        ruleset = _quiet_ruleset()
        findings = check_text(draft.text, ruleset)
    except SelfCheckError as err:
        print(f"无法检查：{err}", file=sys.stderr)
        return 2
    except MemoryError:
        print(f"无法检查：“{args.file}”太大，内存不够。", file=sys.stderr)
        return 2
    except Exception as err:  # a file must never produce a traceback; name the error for maintainers
        print(f"无法检查：处理“{args.file}”时出现意外错误（{type(err).__name__}），请把文件发给网站维护人员。",
              file=sys.stderr)
        return 2
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ORDER}
    shown = findings[:MAX_SHOWN]
    notices = list(draft.notices)
    if len(findings) > MAX_SHOWN:
        notices.append(f"共 {len(findings)} 条结果，只列出前 {MAX_SHOWN} 条；请先改正这些再检查。")
    if args.format == "json":
        sys.stdout.reconfigure(encoding="utf-8")
        print(json.dumps({"file": args.file, "ruleset": ruleset["version"], "notices": notices,
                          "counts": counts, "findings": [f.to_dict() for f in shown]},
                         ensure_ascii=False, indent=2))
    else:
        sys.stdout.reconfigure(errors="replace")
        for notice in notices:
            print(f"注意：{notice}", file=sys.stderr)
        names = ruleset["severities"]
        for f in shown:
            print(f"{args.file}:{f.line}:{f.column}: {names.get(f.severity, f.severity)} {f.rule} "
                  f"{f.message} 建议：{f.suggestion}（原文：{f.excerpt}）")
        if findings:
            print(f"共 {counts['error']} 处错误、{counts['warning']} 处警告、{counts['hint']} 条写作建议。")
        else:
            print("没有发现问题。")
    return 1 if counts["error"] else 0
