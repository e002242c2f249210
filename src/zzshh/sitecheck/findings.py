"""One problem found by the checked build, and how findings are reported."""
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    path: str   # relative to the repository, e.g. docs/guide/index.md
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule} {self.message}"


def report(findings: list[Finding]) -> str:
    """Findings grouped by rule, each group counted, then a total."""
    counts = Counter(f.rule for f in findings)
    out = []
    for rule in sorted(counts):
        out.append(f"== {rule}（{counts[rule]} 处）")
        out.extend(str(f) for f in sorted(findings) if f.rule == rule)
    out.append(f"共 {len(findings)} 处问题，构建未通过。")
    return "\n".join(out)
