"""Phrase-level rules of the draft self-check: 的/地/得, placeholders left as
prompts, fixed formulations (称谓, the name of the theory, the 入党誓词, a
全会 later than the material's year) and 明批暗褒. The sentences are written
the way members write their drafts, not copied from the rule examples; each
class has sentences that must be flagged and look-alikes that must not."""
import shutil
import time

import pytest
import yaml

from zzshh.selfcheck import RulesetError, check_site_page, check_text
from zzshh.selfcheck.ruleset import build
from selfcheck_support import ROOT, VECTORS, run_js

OATH = ("我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员义务，执行党的决定，严守党的纪律，"
        "保守党的秘密，对党忠诚，积极工作，为共产主义奋斗终身，随时准备为党和人民牺牲一切，永不叛党。")

# (rule, text, the excerpt that must be reported)
BAD = [
    # 地: an adverb before a verb
    ("PR-DE-001", "平时对群众反映的问题没有及时的回应，拖了好几天。", "及时的回应"),
    ("PR-DE-001", "走访时没有主动的联系独居老人。", "主动的联系"),
    ("PR-DE-001", "我没能主动的向支部书记汇报思想。", "主动的向"),
    ("PR-DE-001", "今后要切实的把整改措施落到实处。", "切实的把"),
    ("PR-DE-001", "通过这次学习，我深刻的体会到理论武装的重要性。", "深刻的体会到"),
    ("PR-DE-001", "要认真的学习新修订的纪律处分条例。", "认真的学习"),
    ("PR-DE-001", "要持续的加强党性锻炼。", "持续的加强"),
    ("PR-DE-001", "今后要更好的服务辖区居民。", "更好的服务"),
    ("PR-DE-001", "在日常工作中没有主动的去了解群众诉求。", "主动的去"),
    ("PR-DE-001", "要认真的贯彻中央八项规定精神。", "认真的贯彻"),
    ("PR-DE-001", "积极的参加活动，但发言不多。", "积极的参加"),
    # 得: a verb before how well it was done
    ("PR-DE-002", "对照检查材料写的比较简单，没有触及思想。", "写的比较简"),
    ("PR-DE-002", "学习笔记记的很潦草。", "记的很潦"),
    ("PR-DE-002", "上级部署的任务落实的不够到位。", "落实的不够"),
    ("PR-DE-002", "对学生的思想动态掌握的不够及时。", "掌握的不够"),
    ("PR-DE-002", "有的工作抓的不细不实。", "抓的不细"),
    ("PR-DE-002", "自我批评做的不够深刻，辣味不足。", "做的不够"),
    ("PR-DE-002", "问题查摆的不深不透。", "查摆的不深"),
    # prompts and blanks left from a template
    ("PR-PLACEHOLDER-004", "比如（此处举一个具体例子），我在处理信访件时推诿。", "（此处举一个具体例子）"),
    ("PR-PLACEHOLDER-004", "（请在此处补充本人的整改情况）", "（请在此处补充本人的整改情况）"),
    ("PR-PLACEHOLDER-004", "本人（姓名），现任社区党支部委员。", "（姓名）"),
    ("PR-PLACEHOLDER-004", "联系的困难户有（具体户数）户。", "（具体户数）"),
    ("PR-PLACEHOLDER-004", "在(此处写明具体工作)中，我存在推诿现象。", "(此处写明具体工作)"),
    ("PR-PLACEHOLDER-002", "在___年___月的一次走访中，我发现台账不全。", "___"),
    ("PR-PLACEHOLDER-002", "参加人：×××、×××", "×××"),
    ("PR-PLACEHOLDER-002", "发言人：XXX", "XXX"),
    ("PR-PLACEHOLDER-002", "支部书记签字：＿＿＿＿", "＿＿＿＿"),
    # 称谓 and the name of the theory
    ("PR-TERM-004", "学习习总书记在庆祝建党100周年大会上的讲话。", "习总书记"),
    ("PR-TERM-005", "用习近平新时代特色社会主义思想指导实践。", "习近平新时代特色社会主义思想"),
    ("PR-TERM-005", "深入学习习近平新时代中国特色社会主义理论思想。", "习近平新时代中国特色社会主义理论思想"),
    ("PR-TERM-005", "以习近平新时代思想为指导。", "习近平新时代思想"),
    # the 入党誓词, quoted from its start or from the middle
    ("PR-TERM-006", "我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员的义务，执行党的决定", "履行党员的义务"),
    ("PR-TERM-006", "重温入党誓词：“我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员义务，执行党的决定，"
                    "遵守党的纪律，保守党的秘密……”", "遵守党的纪律"),
    ("PR-TERM-006", "对党忠诚，积极工作，为共产主义奋斗终身，时刻准备为党和人民牺牲一切，永不叛党。",
     "时刻准备为党和人民牺牲一切"),
    ("PR-TERM-006", "我自愿加入中国共产党，拥护党的纲领，遵守党的章程。", "我自愿加入中国共产党"),
    # a 全会 later than the material's year
    ("PR-TERM-007", "2021年度组织生活会个人发言提纲\n要把学习贯彻党的二十届三中全会精神作为首要任务。", "二十届三中全会"),
    ("PR-TERM-007", "2022年度民主生活会对照检查材料\n深入学习二十届四中全会精神。", "二十届四中全会"),
    ("PR-TERM-007", "关于2021年度组织生活会的发言\n结合学习党的二十大报告，查找差距。", "二十大"),
    # 明批暗褒
    ("PR-PRAISE-001", "我工作过于投入，对家人照顾不够。", "工作过于投入"),
    ("PR-PRAISE-001", "有时对自己要求过高，给自己压力太大。", "对自己要求过高"),
    ("PR-PRAISE-001", "经常加班加点，忽视了自己的身体健康。", "忽视了自己的身体"),
    ("PR-PRAISE-001", "性格比较直，有时候过于较真。", "过于较真"),
    ("PR-PRAISE-001", "我总是追求完美，事事亲力亲为。", "总是追求完美"),
]

MINE = ("PR-DE-001", "PR-DE-002", "PR-PLACEHOLDER-002", "PR-PLACEHOLDER-004", "PR-TERM-004", "PR-TERM-005",
        "PR-TERM-006", "PR-TERM-007", "PR-PRAISE-001")

GOOD = [
    # noun phrases with 的, which must stay
    "这是一场深刻的反思。", "他始终保持认真的态度。", "以主动的姿态接受监督。", "这次学习是一次深刻的思想洗礼。",
    "支部组织了一次深入的学习交流。", "通过认真的自我剖析，找到了差距。", "群众需要及时的帮助和指导。",
    "提供更好的服务保障。", "缺乏系统的学习。", "我对这件事有了深刻的认识。", "他是一名认真的同志。",
    "形成了积极的工作氛围。", "给我留下了深刻的印象。", "在认真的学习中，我认识到了不足。",
    # 的 after a verb that is right (a relative clause) or after a noun
    "我写的不是工作总结，是对照检查。", "我做的很多工作群众并不知道。", "书记的要求很严。",
    "领导交办的事情我做的都是表面文章。", "作用的发挥还不够充分。", "思想的解放程度不够。", "我说的都是心里话。",
    "他讲的课很受欢迎。", "学习的主动性不够强。",
    # letters and brackets that are not placeholders
    "医院新购置了CT机和B超设备。", "用手机App学习，每天打卡。", "会上用PPT讲了一堂党课。", "推进5G网络覆盖。",
    "用Excel建立整改台账。", "拍X光片的费用已报销。", "使用OA系统办公。", "B2楼的住户反映停车难。",
    "按照《条例》（2019年版）的要求", "（一）理论学习方面", "整改时限（具体见附表）已报支部。", "第三条（二）项规定",
    # formulations written right
    "学习总书记关于基层治理的重要论述。", "温习总书记在座谈会上的讲话。", "学习习近平总书记的重要讲话。",
    "深入学习习近平新时代中国特色社会主义思想。", OATH,
    "重温入党誓词，回想我志愿加入中国共产党时的初心。", "我志愿加入中国共产党已经十五年了。",
    "严守党的纪律，保守党的秘密，是每个党员的义务。", "对党忠诚，积极工作，为人民服务。",
    "2021年度组织生活会对照检查材料\n学习党的十九届六中全会精神。",
    "2022年度组织生活会对照检查材料\n学习党的十九届七中全会和党的二十大精神。",
    "2023年度组织生活会\n学习党的二十届二中全会精神。", "学习党的二十届三中全会精神。",
    # real shortcomings, not praise
    "对群众反映的问题不够较真，能推就推。", "对自己要求不严，有时上班迟到。", "工作不太投入，应付了事。",
    "很少深入群众家中走访。", "对困难家庭的孩子关心不够。", "对家庭困难党员照顾不够。",
]


def ours(findings):
    return [f for f in findings if f.rule in MINE]


@pytest.mark.parametrize("rule,text,excerpt", BAD, ids=lambda x: str(x)[:24])
def test_a_phrase_error_is_reported_by_its_rule(rule, text, excerpt):
    found = [f for f in check_text(text) if f.rule == rule]
    assert any(excerpt in f.excerpt or f.excerpt in excerpt and len(f.excerpt) >= 2 for f in found), \
        [(f.rule, f.excerpt) for f in check_text(text)]


@pytest.mark.parametrize("text", GOOD, ids=lambda x: x[:16])
def test_legitimate_phrases_are_left_alone(text):
    assert ours(check_text(text)) == [], [(f.rule, f.excerpt) for f in ours(check_text(text))]


@pytest.mark.parametrize("text,right", [
    ("心得体会写的不够深。", "写得不够"),
    ("平时没有主动的联系群众。", "主动地联系"),
    ("要积极的参加支部活动。", "积极地参加"),
    ("认真学习习总书记的讲话。", "习近平总书记"),
])
def test_the_suggestion_is_the_corrected_phrase(text, right):
    assert any(right in f.suggestion for f in ours(check_text(text)))


def test_an_oath_misquote_names_the_right_clause():
    found = [f for f in check_text(OATH.replace("奋斗终身", "奋斗终生")) if f.rule == "PR-TERM-006"]
    assert len(found) == 1
    assert found[0].excerpt == "为共产主义奋斗终生" and "为共产主义奋斗终身" in found[0].message


def test_an_oath_cut_short_is_a_warning():
    cut = OATH[: OATH.index("，随时准备")] + "。"
    found = [f for f in check_text("入党誓词：“" + cut[:-1] + "”") if f.rule == "PR-TERM-006"]
    assert [(f.severity, f.excerpt) for f in found] == [("warning", "为共产主义奋斗终身")]
    assert [f for f in check_text("“" + cut[:-1] + "……”") if f.rule == "PR-TERM-006"] == []


def test_the_material_year_is_the_latest_one_named():
    """The 2020年度 problems quoted inside a 2021年度 material do not make it a
    2020 material: only a session after early 2022 is reported."""
    text = ("2021年度组织生活会个人对照检查材料\n一、2020年度查摆问题整改情况\n"
            "学习了十九届六中全会精神。\n下一步要学习十九届七中全会精神。")
    found = [f for f in check_text(text) if f.rule == "PR-TERM-007"]
    assert [(f.line, f.excerpt) for f in found] == [(4, "十九届七中全会")]
    assert "2021年度" in found[0].message and "2022年10月" in found[0].message
    # no year in the text: nothing to compare with
    assert [f for f in check_text("学习十九届七中全会精神。") if f.rule == "PR-TERM-007"] == []


def test_praise_as_criticism_is_a_hint_that_points_at_the_writing_guide():
    found = [f for f in check_text("工作太拼，经常加班到深夜，身体透支。") if f.rule == "PR-PRAISE-001"]
    assert found and {f.severity for f in found} == {"hint"}
    assert "guide/writing/" in found[0].suggestion
    assert (ROOT / "docs" / "guide" / "writing.md").read_text(encoding="utf-8").count("明批暗褒") >= 1


def test_site_pages_may_quote_praise_as_criticism():
    """The site warns of 明批暗褒 with examples; hints are not run on its pages."""
    page = "# 写作要求\n\n不要明批暗褒，比如写“工作太投入，很少顾及家庭”。\n"
    assert [f.rule for f in check_site_page(page) if f.rule == "PR-PRAISE-001"] == []


@pytest.mark.parametrize("path", sorted(VECTORS.glob("clean-*.txt")), ids=lambda p: p.name)
def test_clean_drafts_have_no_phrase_findings(path):
    assert ours(check_text(path.read_text(encoding="utf-8"))) == []


@pytest.mark.node
def test_the_page_engine_in_node_gives_the_same_findings():
    cases = [{"name": f"b{n}", "text": t} for n, (_, t, _) in enumerate(BAD)]
    cases += [{"name": f"g{n}", "text": t} for n, t in enumerate(GOOD)]
    js = run_js(cases)
    for case in cases:
        assert js[case["name"]] == [f.to_dict() for f in check_text(case["text"])], case["text"]


def test_phrase_rules_stay_linear_on_one_long_line():
    unit = ("2021年度组织生活会，学习十九届七中全会精神，习总书记，习近平新时代中国特色思想，我志愿加入中国共产党，"
            "拥护党的纲领，遵守党的章程，履行党员义务，执行党的决议，对党忠诚，积极工作，为共产主义奋斗终身，"
            "要积极的参加活动，心得写的不够深，（此处写具体事例），姓名：XXX，工作太投入，很少顾及家庭。")
    check_text(unit)
    times = []
    for n in (300, 1200):
        start = time.perf_counter()
        check_text(unit * n)
        times.append(time.perf_counter() - start)
    assert times[1] < 10
    assert times[1] < 8 * times[0] + 0.5, times  # 4x the text, well under 16x the time


def _data_copy(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    return copy


def test_a_glossary_without_the_oath_is_reported_in_one_sentence(tmp_path):
    copy = _data_copy(tmp_path)
    glossary = yaml.safe_load((copy / "glossary.yml").read_text(encoding="utf-8"))
    glossary["terms"] = [t for t in glossary["terms"] if t["term"] != "入党誓词"]
    (copy / "glossary.yml").write_text(yaml.safe_dump(glossary, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesetError) as err:
        build(copy)
    assert "入党誓词" in str(err.value) and "\n" not in str(err.value)


def test_a_session_date_must_be_a_year_and_month(tmp_path):
    copy = _data_copy(tmp_path)
    path = copy / "proofread-rules.yml"
    text = path.read_text(encoding="utf-8")
    assert 'held: "2022-10"' in text
    path.write_text(text.replace('held: "2022-10"', 'held: "2022年10月"', 1), encoding="utf-8")
    with pytest.raises(RulesetError) as err:
        build(copy)
    assert "proofread-rules.yml" in str(err.value) and "\n" not in str(err.value)


def test_the_oath_is_checked_against_the_glossary_wording():
    glossary = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    wording = next(t["wording"] for t in glossary if t["term"] == "入党誓词")
    assert wording == OATH
    assert ours(check_text(wording)) == []
