"""Text helpers whose behaviour the JavaScript engine mirrors exactly."""
import re

LINE_BREAK = re.compile(r"\r\n|\r|\n")
FIELD = re.compile(r"\{([a-z0-9_]+)\}")
EXCERPT_MAX = 40


def split_lines(text: str) -> list[str]:
    """Lines as a reader sees them: \\r\\n, \\r and \\n end a line; nothing else."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return LINE_BREAK.split(text)


def fill(template: str, fields: dict) -> str:
    """Replace {name} with fields[name]; unknown names become empty."""
    return FIELD.sub(lambda m: str(fields.get(m.group(1), "")), template)


def shorten(text: str, limit: int = EXCERPT_MAX) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
