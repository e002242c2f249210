"""Where the project's files live, relative to the repository root."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
DOCS = ROOT / "docs"
TEMPLATES = DATA / "templates"


def rel(path: Path) -> str:
    """A path as maintainers see it in messages: relative to the repository."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
