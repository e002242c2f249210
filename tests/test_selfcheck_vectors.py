"""The self-check test vectors (tests/selfcheck-vectors/): every planted
error is found with its rule and line, clean drafts get no findings, and every
finding points at its excerpt."""
import re
from collections import Counter

import pytest

from selfcheck_support import ROOT, VECTORS, vectors
from zzshh.seed_fingerprint import chinese_only, window_hash, windows

ALL = vectors()
AVAILABLE = [v for v in ALL if v.text is not None]


def key(finding) -> tuple:
    return (finding["rule"], finding["line"])


@pytest.mark.parametrize("vector", ALL, ids=lambda v: v.name)
def test_vector_findings_match_expected(vector):
    if vector.text is None:
        pytest.skip(f"{vector.source} is not on this machine")
    found = [f.to_dict() for f in vector.python_findings()]
    for item in vector.expected + vector.allowed:
        assert any(key(f) == key(item) and item["excerpt"] in f["excerpt"] for f in found), \
            f"not found: {item}"
    unexpected = Counter(key(f) for f in found) - Counter(key(i) for i in vector.expected + vector.allowed)
    assert not unexpected, f"findings nobody planted: {[f for f in found if key(f) in unexpected]}"


@pytest.mark.parametrize("vector", [v for v in ALL if v.kind == "clean"], ids=lambda v: v.name)
def test_clean_drafts_have_no_errors(vector):
    assert [f for f in vector.python_findings() if f.severity == "error"] == []
    for item in vector.allowed:
        assert item.get("why"), f"a finding allowed on a clean draft needs a reason: {item}"


def test_at_least_four_clean_and_four_planted_drafts():
    kinds = Counter(v.kind for v in ALL if v.profile == "draft")
    assert kinds["clean"] >= 4 and kinds["planted"] >= 4


def test_precision_and_recall_on_planted_drafts():
    """Recall: planted errors found / planted. Precision: findings that are
    planted / all findings. Both must be 1.0 on our own drafts."""
    planted = found = matched = 0
    for vector in (v for v in ALL if v.kind == "planted"):
        results = [f.to_dict() for f in vector.python_findings()]
        planted += len(vector.expected)
        found += len(results)
        remaining = Counter(key(i) for i in vector.expected)
        for f in results:
            if remaining[key(f)]:
                remaining[key(f)] -= 1
                matched += 1
    assert matched / planted == 1.0, f"recall {matched}/{planted}"
    assert matched / found == 1.0, f"precision {matched}/{found}"


EDGE_CASES = {
    # Characters outside the Basic Multilingual Plane shift UTF-16 offsets.
    "astral": "𠀀𠀁的的工作,𠀂“四个自信”，即道路自信、理论自信、制度自信、历史自信。20XX年",
    "crlf": "一、上年度组织生活会问题整改落实情况\r\n无。\r二、存在的主要问题\r\n（一）学习方面。学得不深。\r\n",
    "bom": "\ufeff积极的参加活动。",
    "html": '<script>alert("中文")</script><img src=x onerror="alert(1)">是是',
    "blank": "",
    "only-newlines": "\n\n\r\n",
    "long-line": "学习不够深入，" * 2000 + "的的",
}


def _excerpts_sit_where_findings_point(text: str, findings) -> list:
    """Findings whose excerpt does not hold the text at line:column (code points)."""
    lines = re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))
    wrong = []
    for f in findings:
        at = lines[f.line - 1][f.column - 1:f.column - 1 + f.length]
        shown = f.excerpt.strip("…")
        # Some rules show more than they mark (a term with its enumeration).
        if not at or not (at in shown or shown in at):
            wrong.append((f.rule, f.line, f.column, f.excerpt, at))
    return wrong


@pytest.mark.parametrize("name", EDGE_CASES)
def test_positions_count_code_points_on_edge_cases(name):
    """engine.js counts UTF-16 units inside; findings must point at code points."""
    from zzshh.selfcheck import check_text
    text = EDGE_CASES[name]
    assert _excerpts_sit_where_findings_point(text, check_text(text)) == []


def test_clean_drafts_are_our_own_writing():
    """No run of 15 Chinese characters shared with the seed, official
    formulations excepted (as in test_content)."""
    from test_content import OFFICIAL
    seed = set((ROOT / "tests" / "data" / "seed-windows.txt").read_text(encoding="utf-8").split())
    pattern = re.compile("|".join(re.escape(p) for p in sorted(OFFICIAL, key=len, reverse=True)))
    shared = []
    for path in sorted(VECTORS.glob("*.txt")) + sorted(VECTORS.glob("*.md")):
        for segment in pattern.split(path.read_text(encoding="utf-8")):
            shared += [f"{path.name}: {run}" for run in windows(chinese_only(segment)) if window_hash(run) in seed]
    assert not shared, shared[:10]


def test_positions_hold_on_shuffled_text():
    """Lines and fragments of all vectors, shuffled and spliced with awkward
    characters (fixed seed): every finding still points at its excerpt."""
    import random
    from zzshh.selfcheck import check_text
    rng = random.Random(20240115)
    lines = [line for v in AVAILABLE for line in v.text.splitlines() if line.strip()]
    extras = ["𠀀", "\ufeff", "\r", "\u3000", '"', "'", "(", "（一）", "一、", "1.", "2、", "一是", "三是", "的的",
              "四个意识", "“四自”能力，即", "、", "，", "。", "……", "...", "【", "】", "XX", "×××", "岀", "⼀"]
    cases = []
    for n in range(60):
        parts = []
        for _ in range(rng.randint(3, 25)):
            line = rng.choice(lines)
            if rng.random() < 0.5:
                cut = rng.randint(0, len(line))
                line = line[:cut] + rng.choice(extras) + line[cut:]
            parts.append(line)
        cases.append({"name": str(n), "text": rng.choice(["\n", "\r\n", "\n\n"]).join(parts), "profile": "draft"})
    for case in cases:
        assert _excerpts_sit_where_findings_point(case["text"], check_text(case["text"])) == [], case["text"][:200]
