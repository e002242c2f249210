"""Where the project's files live, relative to the repository root."""
import os
from pathlib import Path

# src/zzshh/sitedata/paths.py: the package is installed editable, so this is
# the repository's own copy.
ROOT = Path(__file__).resolve().parents[3]
# Tests point this at a copy of data/ to plant one defect in it.
DATA = Path(os.environ.get("SITE_DATA_DIR") or ROOT / "data")
TEMPLATES = DATA / "templates"
STATEMENTS = DATA / "statements"


def rel(path: Path) -> str:
    """A path as maintainers see it in messages: data/x.yml, docs/y.md."""
    path = path.resolve()
    for base in (ROOT, DATA.resolve().parent):
        if path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return str(path)
