"""Where the project's files live, relative to the repository root."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Tests point this at a copy of data/ to plant one defect in it.
DATA = Path(os.environ.get("SITE_DATA_DIR") or ROOT / "data")
TEMPLATES = DATA / "templates"


def rel(path: Path) -> str:
    """A path as maintainers see it in messages: relative to the repository."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
