"""A raw hit: where a rule matched, before messages are filled in."""
from dataclasses import dataclass, field


@dataclass
class Hit:
    rule: str
    line: int          # 0-based index into the lines
    start: int         # code point offsets within the line
    end: int
    fields: dict = field(default_factory=dict)
    severity: str = ""  # overrides the rule's severity when set
    excerpt: str = ""   # defaults to line[start:end]
