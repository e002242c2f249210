"""One finding of the self-check; the same fields as the JavaScript engine."""
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str     # error | warning | hint
    line: int         # 1-based
    column: int       # 1-based, in code points
    length: int       # in code points; the UI selects line:column … +length
    excerpt: str
    message: str
    suggestion: str

    def to_dict(self) -> dict:
        return asdict(self)

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.rule, self.length)
