"""The rule data (data/proofread-rules.yml): it builds, its examples behave, legitimate writing is left alone, and a broken file is
reported in one sentence."""
import gzip
import json
import subprocess

import pytest
import yaml

from zzshh.selfcheck import RulesetError, check_text, default_ruleset, render_js
from zzshh.selfcheck.ruleset import build, to_json
from selfcheck_support import ROOT, data_copy, node  # noqa: F401 (a fixture)

RULESET = default_ruleset()


def ids(findings) -> set[str]:
    return {f["rule"] if isinstance(f, dict) else f.rule for f in findings}


def example_cases():
    for rule in RULESET["rules"]:
        for n, text in enumerate(rule["examples"]["bad"]):
            yield rule["id"], "bad", n, text
        for n, text in enumerate(rule["examples"]["good"]):
            yield rule["id"], "good", n, text


EXAMPLES = list(example_cases())


def test_every_rule_has_a_bad_example():
    missing = [r["id"] for r in RULESET["rules"] if not r["examples"]["bad"]]
    assert missing == []


@pytest.mark.parametrize("rule,kind,n,text", EXAMPLES, ids=lambda x: str(x)[:20])
def test_rule_examples(rule, kind, n, text):
    found = ids(check_text(text))
    assert (rule in found) == (kind == "bad"), f"{rule} {kind} example {n}: {sorted(found)}"


def test_every_miswritten_entry_is_flagged_and_its_correction_is_not():
    for entry in RULESET["miswritten"]:
        if entry["wrong"]:
            assert "PR-WORD-001" in ids(check_text(f"我们要{entry['wrong']}。")), entry
        assert "PR-WORD-001" not in ids(check_text(f"我们要{entry['right']}。")), entry


LEGITIMATE = [
    # reduplication and words that contain a doubled character
    "常常", "踏踏实实", "认认真真", "天天", "人人", "仔仔细细", "明明白白", "谢谢", "的的确确地做到了",
    "分清是是非非", "关键就是是否落实", "学习习近平新时代中国特色社会主义思想", "实实在在", "兢兢业业",
    "勤勤恳恳", "扎扎实实", "方方面面", "点点滴滴", "久久为功", "不了了之", "为了了解情况", "目的的实现",
    # 的 before a verb used as a noun
    "对问题进行了认真的剖析", "群众的困难得到及时的解决", "缺乏系统的学习", "保持积极的态度",
    "养成认真的工作作风", "经过认真的整改", "做积极的参加者", "制定严格的执行标准",
    "这就是是非观念问题", "群众意见有的的确很尖锐", "不断完善自我我们",
    # half-width characters that belong there
    "会议于10:30开始", "用Excel表格登记", "增长3.5%", "拍X光片", "网址www.12371.cn",
    # fixed formulations used without an enumeration, or with a partial one
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”", "牢固树立“四个意识”，不断提高政治意识、服务意识和责任意识",
    "深刻领悟“两个确立”的决定性意义",
    # quotes and ellipsis written correctly
    "开展“回头看”", "他说：“‘四下基层’要常态化。”", "低保、救助……等工作",
]


@pytest.mark.parametrize("text", LEGITIMATE)
def test_legitimate_writing_is_not_flagged(text):
    found = [f for f in check_text(text) if f.severity != "hint"]
    assert found == [], [(f.rule, f.excerpt) for f in found]


@pytest.mark.node
def test_rendered_ruleset_is_javascript_that_sets_the_same_ruleset():
    script = render_js(RULESET)
    program = ("const vm=require('vm');const ctx={window:{}};vm.runInNewContext(require('fs')"
               ".readFileSync(0,'utf8'),ctx);process.stdout.write(JSON.stringify(ctx.window.SELF_CHECK_RULESET));")
    result = subprocess.run([node(), "-e", program], input=script, capture_output=True, text=True,
                            encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(to_json(RULESET))


def page_ruleset(script: str) -> dict:
    """window.SELF_CHECK_RULESET as the page's script sets it, in V8."""
    from py_mini_racer import MiniRacer
    ctx = MiniRacer()
    try:
        ctx.eval("var window = {};")
        ctx.eval(script)
        return json.loads(ctx.eval("JSON.stringify(window.SELF_CHECK_RULESET)"))
    finally:
        ctx.close()


def test_the_page_script_reads_back_the_ruleset_the_engine_runs():
    # ruleset.js codes the Chinese characters (render_js): read back, it is
    # to_json's ruleset exactly, so the page finds what check_text finds.
    assert page_ruleset(render_js(RULESET)) == json.loads(to_json(RULESET))
    # Characters of the code range (pinyin ā), NUL and Chinese characters beyond the table are kept.
    odd = dict(RULESET, miswritten=RULESET["miswritten"] + [
        {"wrong": "", "pattern": "ā\0Ā߿𠀀", "right": "齉", "note": "注音 ā", "severity": ""}])
    assert page_ruleset(render_js(odd)) == json.loads(to_json(odd))
    # Smaller than the plain JSON once gzipped: that is what the coding is for.
    plain = f"window.SELF_CHECK_RULESET = {to_json(RULESET)};"
    coded = render_js(RULESET)
    assert len(gzip.compress(coded.encode("utf-8"), 9)) < len(gzip.compress(plain.encode("utf-8"), 9)) - 2048


def test_context_entries_and_words_are_packed_and_read_back():
    # The dictionary's pattern entries as tab-joined strings (notes in the
    # shared table) and the front-coded words: the engine reads them back.
    packed = json.loads(to_json(RULESET))
    strings = [e for e in packed["miswritten"] if isinstance(e, str)]
    assert strings and all(e.split("\t")[0] for e in strings)
    assert any(c in packed["miswritten_words"] for c in "><^")
    # a pattern entry, and one with a note and a warning, found as before
    [found] = [f for f in check_text("工程按期峻工。") if f.rule == "PR-WORD-001"]
    assert "竣工" in found.message + found.suggestion and found.severity == "error"
    [found] = [f for f in check_text("学校座落在河边。") if f.rule == "PR-WORD-001"]
    assert "坐落" in found.message + found.suggestion and found.severity == "warning"


def test_glossary_is_the_source_of_fixed_formulations():
    glossary = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    with_members = {t["term"]: t["members"] for t in glossary if t.get("members")}
    assert {t["term"]: t["members"] for t in RULESET["terms"]} == with_members


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old,new,words", [
    ("    severity: warning\n    check: structure\n    title: 序号写法不规范",
     "    severity: fatal\n    check: structure\n    title: 序号写法不规范", ["PR-STRUCT-004", "severity"]),
    ("      - pattern: '某某", "      - pattern: '某\\d", ["PR-PLACEHOLDER-003", "JavaScript"]),
    ("      - pattern: '某某", "      - pattern: '某(", ["PR-PLACEHOLDER-003", "无效"]),
    ("rules:\n", "rules:\n  - id: PR-STRUCT-001\n    class: structure\n", ["PR-STRUCT-001"]),
])
def test_broken_rule_data_is_reported_in_one_sentence(data_copy, old, new, words):
    _edit(data_copy / "proofread-rules.yml", old, new)
    with pytest.raises(RulesetError) as err:
        build(data_copy)
    message = str(err.value)
    assert "proofread-rules.yml" in message and "\n" not in message
    for word in words:
        assert word in message


def test_broken_yaml_names_the_line(data_copy):
    _edit(data_copy / "proofread-rules.yml", "profiles:\n", "profiles: [\n")
    with pytest.raises(RulesetError, match=r"proofread-rules\.yml:\d+"):
        build(data_copy)


@pytest.mark.parametrize("dropped, severity", [("一、上年度组织生活会问题整改落实情况", "warning"),
                                               ("三、存在问题的原因剖析", "error")])
def test_a_missing_part_weighs_as_the_part_page_says(dropped, severity):
    """Some branches report last year's rectification orally (its page says
    so): leaving it out is a warning; leaving out the causes is an error."""
    text = (ROOT / "tests" / "selfcheck-vectors" / "clean-01-community.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    start = lines.index(dropped)
    end = next(i for i in range(start + 1, len(lines)) if lines[i][:2] in ("一、", "二、", "三、", "四、", "五、"))
    draft = "\n".join(lines[:start] + lines[end:])
    found = [(f.rule, f.severity) for f in check_text(draft) if f.rule == "PR-STRUCT-001"]
    assert found == [("PR-STRUCT-001", severity)]


def test_the_ruleset_kept_on_disk_is_the_built_one_and_follows_the_data(tmp_path, monkeypatch):
    import shutil
    from zzshh.selfcheck import ruleset as rs
    from zzshh.sitedata.paths import DATA
    monkeypatch.setattr(rs, "RULESET_CACHE", tmp_path / "cache")
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    rs._cached.cache_clear()
    try:
        first = rs._cached(str(data))
        [kept] = (tmp_path / "cache").glob("ruleset-*.json.gz")
        assert json.loads(gzip.decompress(kept.read_bytes())) == first == rs.build(data)

        def built_again(directory):
            raise AssertionError("built again")
        monkeypatch.setattr(rs, "build", built_again)
        rs._cached.cache_clear()
        assert rs._cached(str(data)) == first
        # Changed data is another key: built, and so checked, again.
        rules = data / "proofread-rules.yml"
        rules.write_text(rules.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        rs._cached.cache_clear()
        with pytest.raises(AssertionError, match="built again"):
            rs._cached(str(data))
    finally:
        rs._cached.cache_clear()
