"""The checked build: `python scripts/build.py [--site-dir DIR] [--online]`
(see zzshh.sitecheck.checked_build)."""
import sys

from zzshh.sitecheck.checked_build import main

if __name__ == "__main__":
    sys.exit(main())
