"""Check a 个人对照检查材料 draft: `python scripts/self_check.py FILE [--format json]`.

Exit status: 0 no errors, 1 errors found, 2 the file could not be read."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from selfcheck.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
