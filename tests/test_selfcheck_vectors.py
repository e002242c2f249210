"""The self-check test vectors (tests/selfcheck-vectors/): every planted
error is found with its rule and line, clean drafts get no findings, and the
JavaScript engine gives exactly the Python engine's findings."""
import re
from collections import Counter

import pytest

from selfcheck_support import ROOT, VECTORS, run_js, vectors
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


@pytest.mark.node
def test_javascript_engine_gives_identical_findings():
    cases = [{"name": v.name, "text": v.engine_input(), "profile": v.profile} for v in AVAILABLE]
    js = run_js(cases)
    for vector in AVAILABLE:
        python = [f.to_dict() for f in vector.python_findings()]
        assert js[vector.name] == python, vector.name


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


@pytest.mark.node
def test_javascript_engine_matches_on_edge_cases():
    from zzshh.selfcheck import check_text
    js = run_js([{"name": k, "text": v, "profile": "draft"} for k, v in EDGE_CASES.items()])
    for name, text in EDGE_CASES.items():
        assert js[name] == [f.to_dict() for f in check_text(text)], name


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


@pytest.mark.node
def test_javascript_engine_matches_on_the_site_pages_and_templates():
    """The real pages and templates as one more corpus, in every profile."""
    from zzshh.selfcheck import check_text
    from zzshh.selfcheck.markdown_mask import mask_markdown
    texts = {p.relative_to(ROOT).as_posix(): mask_markdown(p.read_text(encoding="utf-8"))
             for p in sorted((ROOT / "docs").rglob("*.md"))}
    texts.update({p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8")
                  for p in sorted((ROOT / "data" / "templates").glob("*.txt"))})
    cases = [{"name": f"{profile}:{name}", "text": text, "profile": profile}
             for name, text in texts.items() for profile in ("draft", "site_page", "template")]
    js = run_js(cases)
    for case in cases:
        python = [f.to_dict() for f in check_text(case["text"], profile=case["profile"])]
        assert js[case["name"]] == python, case["name"]


@pytest.mark.node
def test_javascript_engine_matches_on_shuffled_text():
    """Lines and fragments of all vectors, shuffled and spliced with awkward
    characters (fixed seed): a differential test of the two engines."""
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
    js = run_js(cases)
    for case in cases:
        assert js[case["name"]] == [f.to_dict() for f in check_text(case["text"])], case["text"][:200]
