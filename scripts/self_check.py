"""Check a 个人对照检查材料 draft: `python scripts/self_check.py FILE [--format json]`.

Exit status: 0 no errors, 1 errors found, 2 the file could not be read."""
import sys


from zzshh.selfcheck.cli import main

if __name__ == "__main__":
    sys.exit(main())
