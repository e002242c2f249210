"""Precision and recall of the draft self-check on a folder of drafts with
answer keys (NAME.txt + NAME.key.json, see zzshh.selfcheck.accuracy).

Usage: python scripts/measure_self_check.py [FOLDER ...]
Default: every set under tests/selfcheck-unseen (drafts written by people
who did not see the engine). Prints recall (with how many of the errors
found only a hint found: hints count for recall but claim nothing, so they
do not count for precision), precision, per-kind recall, misses and false
claims; goal on unseen drafts: recall >= 85%, precision >= 95%, no claim on
a clean draft."""
import argparse
import sys
from pathlib import Path

from zzshh.selfcheck.accuracy import score

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description="材料自查在带答案的样稿上的查准率与查全率。")
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    args.folders = args.folders or sorted(p for p in (ROOT / "tests" / "selfcheck-unseen").iterdir() if p.is_dir())
    for folder in args.folders:
        s = score(folder)
        print(f"{folder}: recall {s.found}/{s.planted} = {s.recall:.0%}, "
              f"precision {s.true_claims}/{s.claims} = {s.precision:.0%}, claims on clean drafts {s.clean_claims}, "
              f"found by hints only {s.found_by_hints_only}")
        for kind, (found, planted) in sorted(s.by_kind.items()):
            print(f"  {kind}: {found}/{planted}")
        for miss in s.missed:
            print("  missed:", *miss)
        for false in s.false:
            print("  false:", *false)
    return 0


if __name__ == "__main__":
    sys.exit(main())
