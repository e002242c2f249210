"""Precision and recall of the self-check on drafts with an answer key.

A key (NAME.key.json beside NAME.txt) lists the planted errors:
{"clean": bool, "errors": [{"line", "text", "kind", "fix"}]}. A finding
answers a planted error when it is on the same line and its span overlaps
the error's text (structure findings: the same line is enough; a missing
or misplaced part may be reported at any of the headings involved, so any
PR-STRUCT-001/002 finding answers a structure error of its draft). Errors and
warnings claim a defect, so they count for precision; an unmatched hint is
only advice and does not count against it. A finding answers only the
kinds of error its rule is about (ANSWERS): a structure warning on a line
with a typo neither finds the typo nor is a true claim."""
import json
from dataclasses import dataclass, field
from pathlib import Path

from .engine import check_text
from .readers import read_draft

CLAIMS = ("error", "warning")


@dataclass
class Score:
    planted: int = 0
    found: int = 0
    found_by_hints_only: int = 0
    claims: int = 0
    true_claims: int = 0
    clean_claims: int = 0
    missed: list = field(default_factory=list)
    false: list = field(default_factory=list)
    by_kind: dict = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0

    @property
    def precision(self) -> float:
        return self.true_claims / self.claims if self.claims else 1.0


PART_RULES = ("PR-STRUCT-001", "PR-STRUCT-002")
# The planted kinds a family of rules can answer. A structure finding is
# about a part, a number or a problem as a whole: a typo on its line was
# never pointed at. The praise hint and the hints on how a problem is written
# answer only what they are about. Any other rule answers whatever its span
# overlaps.
ANSWERS = {"PR-STRUCT": {"structure", "numbering"}, "PR-PRAISE": {"praise-as-criticism"}, "PR-HINT": {"structure"}}


def _answers(finding, error: dict, lines: list[str]) -> bool:
    family = finding.rule.rsplit("-", 1)[0]
    if family in ANSWERS and error["kind"] not in ANSWERS[family]:
        return False
    if error["kind"] == "structure" and finding.rule in PART_RULES:
        return True
    if finding.line != error["line"]:
        return False
    if family == "PR-STRUCT":
        return True
    start = lines[error["line"] - 1].find(error["text"])
    if start < 0:
        raise ValueError(f"答案中的“{error['text']}”不在第 {error['line']} 行")
    end = start + len(error["text"])
    f_start = finding.column - 1
    return f_start < end and start < f_start + max(finding.length, 1)


def score(folder: Path) -> Score:
    total = Score()
    for key_path in sorted(folder.glob("*.key.json")):
        name = key_path.name[: -len(".key.json")]
        key = json.loads(key_path.read_text(encoding="utf-8"))
        text = read_draft(folder / f"{name}.txt").text
        lines = text.split("\n")
        findings = check_text(text)
        matched = set()
        for error in key["errors"]:
            hit = [i for i, f in enumerate(findings) if _answers(f, error, lines)]
            kind = total.by_kind.setdefault(error["kind"], [0, 0])
            kind[1] += 1
            total.planted += 1
            if hit:
                total.found += 1
                kind[0] += 1
                matched.update(hit)
                if all(findings[i].severity not in CLAIMS for i in hit):
                    total.found_by_hints_only += 1
            else:
                total.missed.append((name, error["line"], error["text"], error["kind"]))
        for i, f in enumerate(findings):
            if f.severity not in CLAIMS:
                continue
            total.claims += 1
            if i in matched:
                total.true_claims += 1
            else:
                total.false.append((name, f.line, f.rule, f.excerpt))
                if key["clean"]:
                    total.clean_claims += 1
    return total
