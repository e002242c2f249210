"""Command line: `python scripts/self_check.py FILE [--format json]`.

Exit status: 0 no errors (warnings and hints may remain), 1 errors found,
2 the file (or the rule data) could not be used."""
import argparse
import json
import sys

from .engine import check_text
from .errors import SelfCheckError
from .readers import read_draft
from .ruleset import default_ruleset

SEVERITY_ORDER = ("error", "warning", "hint")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="self_check.py",
        description="检查个人对照检查材料（.txt、.md、.docx）中的结构、占位符、错别字、标点和固定表述问题。")
    parser.add_argument("file", metavar="FILE", help="要检查的材料文件")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="输出格式：text（默认，给人看）或 json（给程序用）")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        ruleset = default_ruleset()
        draft = read_draft(args.file)
    except SelfCheckError as err:
        print(f"无法检查：{err}", file=sys.stderr)
        return 2
    findings = check_text(draft.text, ruleset)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ORDER}
    if args.format == "json":
        sys.stdout.reconfigure(encoding="utf-8")
        print(json.dumps({"file": args.file, "ruleset": ruleset["version"], "notices": draft.notices,
                          "counts": counts, "findings": [f.to_dict() for f in findings]},
                         ensure_ascii=False, indent=2))
    else:
        sys.stdout.reconfigure(errors="replace")
        for notice in draft.notices:
            print(f"注意：{notice}", file=sys.stderr)
        names = ruleset["severities"]
        for f in findings:
            print(f"{args.file}:{f.line}:{f.column}: {names.get(f.severity, f.severity)} {f.rule} "
                  f"{f.message} 建议：{f.suggestion}（原文：{f.excerpt}）")
        if findings:
            print(f"共 {counts['error']} 处错误、{counts['warning']} 处警告、{counts['hint']} 条写作建议。")
        else:
            print("没有发现问题。")
    return 1 if counts["error"] else 0
