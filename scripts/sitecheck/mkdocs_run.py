"""Run a strict MkDocs build in-process and turn its warnings into findings.

Never at DEBUG level: MkDocs 1.6.1 skips anchor validation there."""
import logging
import re
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError

from .findings import Finding

DOC_FILE = re.compile(r"^Doc file '([^']+)' contains (.*)$", re.DOTALL)
LOCATED = re.compile(r"^(docs/[^:\s]+|data/[^:\s]+):(\d+): ([A-Z]+-[A-Z]+) (.*)$", re.DOTALL)
LINK = re.compile(r"a link '([^']+)'")
QUOTED = re.compile(r"'([^']+)'")
NOT_IN_NAV = "are not included in the \"nav\" configuration"
READING = re.compile(r"^Error reading page '([^']+)':\s*(.*)$", re.DOTALL)


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def line_of(path: Path, needle: str) -> int:
    """The first line of a source file containing needle (0 if none)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 0
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 0


def to_findings(message: str, root: Path) -> list[Finding]:
    """Map one MkDocs log message to findings with file:line and rule ID."""
    located = LOCATED.match(message)
    if located:
        return [Finding(located.group(1), int(located.group(2)), located.group(3), located.group(4))]
    reading = READING.match(message)
    if reading:
        source, problem = reading.groups()
        if not problem or LOCATED.match(problem):
            return []  # our hook's error: MkDocs reports it again as a BuildError
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


def run(config_file: Path, site_dir: Path):
    """Build the site. Returns (findings, config, built): config is None if it
    did not load; built is False when the build stopped before writing pages."""
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    config, built = None, False
    try:
        config = load_config(str(config_file), strict=True, site_dir=str(site_dir))
        build(config)
        built = True
    except Abort as err:
        # Strict mode aborts after writing everything; a BuildError stops earlier.
        built = config is not None and "BuildError" not in str(err)
    except ConfigurationError as err:
        collector.records.append(logging.makeLogRecord({"msg": str(err), "levelno": logging.ERROR}))
    except Exception as err:  # a plugin or extension failed: one clear line, no traceback
        if not any(READING.match(r.getMessage()) for r in collector.records):
            collector.records.append(logging.makeLogRecord({"msg": f"{type(err).__name__}: {err}", "levelno": logging.ERROR}))
    finally:
        logger.removeHandler(collector)
    findings = []
    for record in collector.records:
        message = record.getMessage()
        if message.startswith("Aborted with"):
            continue
        findings += to_findings(message, config_file.parent)
    return findings, config, built
