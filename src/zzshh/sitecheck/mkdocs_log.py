"""MkDocs's own warnings, located: a logging filter rewrites each one as
`docs/x.md:LINE: RULE-ID message`, the form every check of ours prints, so
`mkdocs build`, `mkdocs serve` and the checked build all show file, line and
rule. `located()` reads such lines back for the grouped report."""
import logging
import re
from pathlib import Path

from .findings import Finding

DOC_FILE = re.compile(r"^Doc file '([^']+)' contains (.*)$", re.DOTALL)
LOCATED = re.compile(r"^((?:docs|data|overrides|site)/[^:\s]+|mkdocs[\w-]*\.yml):(\d+): ([A-Z]+(?:-[A-Z0-9]+)+) (.*)$")
LINK = re.compile(r"a link '([^']+)'")
QUOTED = re.compile(r"'([^']+)'")
NOT_IN_NAV = "are not included in the \"nav\" configuration"
READING = re.compile(r"^Error reading page '([^']+)':\s*(.*)$", re.DOTALL)
# (path, line, rule) of every finding shown in this build, MkDocs's and ours:
# a broken link both MkDocs and the built-site check see is shown once.
REPORTED: set[tuple[str, int, str]] = set()
# How our checks end a build they cannot continue; the reasons were logged before.
STOP = "构建停止。"


def line_of(path: Path, needle: str) -> int:
    """The first line of a source file containing needle (0 if none)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 0
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 0


def locate(message: str, root: Path) -> list[Finding]:
    """One MkDocs message as findings with file:line and rule ID ([] when it
    is already located, or repeats one of ours)."""
    if LOCATED.match(message):
        return []
    reading = READING.match(message)
    if reading:
        source, problem = reading.groups()
        if not problem or LOCATED.match(problem.strip()):
            return []  # our hook's error, already reported located
        rule = "SRC-SNIPPET" if "Snippet" in problem else "MKDOCS-WARN"
        return [Finding(f"docs/{source}", 1, rule, f"MkDocs 无法读取该页：{problem.strip()}")]
    if NOT_IN_NAV in message:
        pages = [line.strip()[2:] for line in message.splitlines()[1:] if line.strip().startswith("- ")]
        return [Finding(f"docs/{page}", 1, "NAME-NAV", "页面不在 mkdocs.yml 的 nav 中，也未写入 not_in_nav")
                for page in pages]
    doc = DOC_FILE.match(message)
    if doc:
        source, rest = doc.groups()
        link = LINK.search(rest)
        line = (line_of(root / "docs" / source, link.group(1)) if link else 0) or 1
        if "does not contain an anchor" in rest or "no such anchor" in rest:
            rule = "LINK-ANCHOR"
        elif "is not found among documentation files" in rest:
            rule = "LINK-MISSING"
        else:
            rule = "MKDOCS-WARN"
        return [Finding(f"docs/{source}", line, rule, f"MkDocs：{message}")]
    quoted = QUOTED.search(message)
    line = (line_of(root / "mkdocs.yml", quoted.group(1)) if quoted else 0) or 1
    return [Finding("mkdocs.yml", line, "MKDOCS-WARN", f"MkDocs：{message.strip()}")]


class LocateFilter(logging.Filter):
    """Rewrites MkDocs's warnings and errors in place, for every handler."""

    def __init__(self, root: Path):
        super().__init__("zzshh-locate")
        self.root = root

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING and not getattr(record, "zzshh_located", False):
            message = record.getMessage()
            if not message.startswith("Aborted with") and not message.endswith(STOP):
                findings = locate(message, self.root)
                if findings:
                    REPORTED.update((f.path, f.line, f.rule) for f in findings)
                    record.msg, record.args = "\n".join(str(f) for f in findings), ()
            record.zzshh_located = True
        return True


def install(root: Path) -> None:
    """Put the filter on every handler of the mkdocs logger, once."""
    for handler in logging.getLogger("mkdocs").handlers:
        if not any(isinstance(f, LocateFilter) for f in handler.filters):
            handler.addFilter(LocateFilter(root))


def located(message: str) -> list[Finding]:
    """The located lines of one log message (ours or rewritten MkDocs ones)."""
    found = []
    for line in message.splitlines():
        match = LOCATED.match(line)
        if match:
            found.append(Finding(match.group(1), int(match.group(2)), match.group(3), match.group(4)))
    return found
