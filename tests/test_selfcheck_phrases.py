"""Phrase-level rules of the draft self-check: 的/地/得, placeholders left as
prompts, fixed formulations (称谓, the name of the theory, the 入党誓词, a
全会 later than the material's year) and 明批暗褒. The sentences are written
the way members write their drafts, not copied from the rule examples; each
class has sentences that must be flagged and look-alikes that must not."""
import shutil

import pytest
import yaml

from zzshh.selfcheck import RulesetError, check_site_page, check_text
from zzshh.selfcheck.ruleset import build
from selfcheck_support import ROOT, VECTORS, assert_reported_over, run_js

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
    ("PR-DE-002", "对照检查材料写的比较简单，没有触及思想。", "写的比较简单"),
    ("PR-DE-002", "学习笔记记的很潦草。", "记的很潦草"),
    ("PR-DE-002", "上级部署的任务落实的不够到位。", "落实的不够"),
    ("PR-DE-002", "对学生的思想动态掌握的不够及时。", "掌握的不够"),
    ("PR-DE-002", "有的工作抓的不细不实。", "抓的不细"),
    ("PR-DE-002", "自我批评做的不够深刻，辣味不足。", "做的不够"),
    ("PR-DE-002", "问题查摆的不深不透。", "查摆的不深"),
    # prompts and blanks left from a template
    ("PR-PLACEHOLDER-004", "比如（此处举一个具体例子），我在处理信访件时推诿。", "（此处举一个具体例子）"),
    ("PR-PLACEHOLDER-004", "（请在此处补充本人的整改情况）", "（请在此处补充本人的整改情况）"),
    ("PR-PLACEHOLDER-004", "本人（姓名），现任社区党支部委员。", "（姓名）"),
    ("PR-PLACEHOLDER-004", "以上是我的对照检查。\n（签字）\n2022年1月", "（签字）"),
    ("PR-PLACEHOLDER-004", "联系的困难户有（具体户数）户。", "（具体户数）"),
    ("PR-PLACEHOLDER-004", "在(此处写明具体工作)中，我存在推诿现象。", "(此处写明具体工作)"),
    # how many to write, left in brackets (dev-21)
    ("PR-PLACEHOLDER-004", "（问题2-3条）", "（问题2-3条）"),
    ("PR-PLACEHOLDER-004", "服务群众不够主动。（列举3至5个事例）", "（列举3至5个事例）"),
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
    ("PR-PRAISE-001", "一忙起来就忘了吃饭，胃病又犯了。", "忘了吃饭"),
    ("PR-PRAISE-001", "汛期连续三个通宵守在堤上。", "连续三个通宵"),
    ("PR-PRAISE-001", "护士请假时我替人顶岗，连值两个夜班。", "替人顶岗"),
    ("PR-PRAISE-001", "对自己的身体健康不够重视，体检一拖再拖。", "对自己的身体健康不够重视"),
    ("PR-PRAISE-001", "总想着不让一个学生在数学上掉队。", "不让一个学生在数学上掉队"),
    ("PR-PRAISE-001", "退休了还想为群众多做些事，有点不服老。", "不服老"),
    ("PR-PRAISE-001", "自我要求过高，一份通知改了七八遍。", "自我要求过高"),
    # field names and writing prompts left from a template
    ("PR-PLACEHOLDER-004", "本人在[单位名称]工作已满五年。", "[单位名称]"),
    ("PR-PLACEHOLDER-004", "全村（村民小组名称）共有党员12名。", "（村民小组名称）"),
    ("PR-PLACEHOLDER-004", "廉洁自律方面还有不足（结合个人实际逐条列出）。", "（结合个人实际逐条列出）"),
    ("PR-PLACEHOLDER-004", "对群众的诉求有时推诿……待补充", "…待补充"),
    ("PR-PLACEHOLDER-002", "全年参加志愿服务__次。", "__"),
    ("PR-PLACEHOLDER-002", "对照检查人：王明\n2027年1月×日", "×日"),
    ("PR-PLACEHOLDER-002", "2022年×月×日", "×月×日"),
    # dev-15..18: a lower-case xxx before a bracket, work done of one's own
    # accord in one's own time, oath clauses quoted alone with a word swapped
    ("PR-PLACEHOLDER-002", "xxx（社区党委第三支部　宣传委员）", "xxx"),
    ("PR-PRAISE-001", "节假日也经常主动加班，陪孩子的时间少。", "节假日也经常主动加班"),
    ("PR-PRAISE-001", "放学后还留下来给学生补课，顾不上自己。", "放学后还留下来"),
    ("PR-TERM-006", "对照入党誓词，“对党忠诚，努力工作”这一条我做得不够。", "努力工作"),
    ("PR-TERM-006", "重温入党誓词，我在“保守党的机密”上还有疏忽。", "保守党的机密"),
    # dev-83: the hard jobs taken on oneself, out in the rain against the family's wish
    ("PR-PRAISE-001", "我总想着把脏活累活全揽到自己身上，怕徒弟吃苦。", "脏活累活全揽"),
    ("PR-PRAISE-001", "我不顾家里人劝阻，冒雨去帮村里清理排水沟。", "不顾家里人劝阻"),
]

MINE = ("PR-DE-001", "PR-DE-002", "PR-PLACEHOLDER-002", "PR-PLACEHOLDER-004", "PR-TERM-004", "PR-TERM-005",
        "PR-TERM-006", "PR-TERM-007", "PR-PRAISE-001")

GOOD = [
    "会前征求到意见建议（共7条）。", "对照条例（第二十七条）查找问题。",
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
    "学校推行1+X证书制度以后，新标准更新很快。", "周末也要求同事加班赶进度。", "下班后就急着回家，留下来辅导的时间少。",
    "对照入党誓词和党章“对党忠诚老实”的要求，还有差距。", "对照入党誓词，“积极作为”还不够。",
    "重温入党誓词，要做到“对党忠诚，积极作为”。",
    "对照入党誓词，做到“严守党的纪律，严守党的规矩”。",
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
    "熬夜刷手机，第二天上课没精神。", "安排学生去企业顶岗实习。", "没能让每个孩子都不掉队，后进生转化慢。",
    "对自己要求不严，有时上班迟到。", "对单位名称的规范写法不熟悉。", "详见[单位名称](https://example.org/a)一节。",
    "材料还有待补充，下周报送。", "执行党的决议，不打折扣。",
    "本人签名：王芳", "做到“四个意识”内化于心、外化于行。",
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


def test_phrase_rules_hold_on_one_long_line():
    """A long single line keeps every finding (its speed is measured by
    make bench-self-check, which has dense one-line cases)."""
    unit = ("2021年度组织生活会，学习十九届七中全会精神，习总书记，习近平新时代中国特色思想，我志愿加入中国共产党，"
            "拥护党的纲领，遵守党的章程，履行党员义务，执行党的决议，对党忠诚，积极工作，为共产主义奋斗终身，"
            "要积极的参加活动，心得写的不够深，（此处写具体事例），姓名：XXX，工作太投入，很少顾及家庭。")
    one = {f.rule for f in check_text(unit)}
    many = check_text(unit * 300)
    assert {f.rule for f in many} >= one - {"PR-TERM-006"}
    assert len(many) >= 300


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


# Classes missed on drafts written by people who did not see the engine
# (issue #12), each with new sentences of the same class in other words:
# 得 for 的, 的 for 得 before an evaluation, 的 for 地 after AABB words and
# two-character adverbs, formulations with a wrong number or member, long
# members and oath clauses misquoted outside quotation marks, 明批暗褒 told
# as devotion and neglect of family, set phrases one homophone away, and a
# doubled 了. (rule, text, a part of the text the finding must cover)
UNSEEN_BAD = [
    # 得 where 的 is due
    ("PR-DE-003", "我把自己得时间大多花在了应酬上。", "自己得时间"),
    ("PR-DE-003", "没有尽到一名党员应尽的责任，这是党员得本分。", "党员得本分"),
    ("PR-DE-003", "对照合格党员得标准，我还有不小的差距。", "党员得标准"),
    ("PR-DE-003", "没有把群众得诉求放在心上。", "群众得诉求"),
    ("PR-DE-003", "这些都是我们得职责所在。", "我们得职责"),
    ("PR-WORD-001", "这件事我得确没有放在心上。", "得确"),
    # 的 for 得 before an evaluation
    ("PR-DE-002", "台账整理的还不错，但分析不够。", "整理的还不错"),
    ("PR-DE-002", "群众来电反映的问题，处理的不及时。", "处理的不及时"),
    ("PR-DE-002", "这次主题党日我们办的挺成功。", "办的挺成功"),
    ("PR-DE-002", "自认为党课讲的还行，其实群众并不爱听。", "讲的还行"),
    ("PR-DE-002", "对居民留言回复的不够及时。", "回复的不够"),
    ("PR-DE-002", "我一直觉得自己干的不错。", "干的不错"),
    ("PR-DE-002", "笔记记的挺认真，可是没有往心里去。", "记的挺认真"),
    # 的 for 地: AABB and two-character adverbs
    ("PR-DE-001", "今后要踏踏实实的干好本职工作。", "踏踏实实的干"),
    ("PR-DE-001", "要认认真真的写好每一份材料。", "认认真真的写"),
    ("PR-DE-001", "我们仔细的核对了每一笔账目。", "仔细的核对"),
    ("PR-DE-001", "窗口人员要热情的接待来访群众。", "热情的接待"),
    ("PR-DE-001", "她总是耐心的解答居民的疑问。", "耐心的解答"),
    ("PR-DE-001", "平时只是被动的接受任务。", "被动的接受"),
    ("PR-DE-001", "要清清白白的做人，干干净净的做事。", "干干净净的做事"),
    ("PR-DE-001", "我没有及时的上报给社区。", "及时的上报"),
    # a set named with the wrong number
    ("PR-TERM-001", "要坚定“两个自信”，做到“两个维护”。", "两个自信"),
    ("PR-TERM-001", "增强三个意识，坚定四个自信。", "三个意识"),
    ("PR-TERM-001", "严守四大纪律，筑牢拒腐防变的防线。", "四大纪律"),
    ("PR-TERM-001", "深刻领悟“三个确立”的决定性意义。", "三个确立"),
    ("PR-TERM-001", "牢记“两个务必”，践行“三个务必”。", "两个务必"),
    ("PR-TERM-001", "始终做到“三个维护”。", "三个维护"),
    # an enumeration with a member swapped or left out, away from the term
    ("PR-TERM-001", "坚定“四个自信”，在笔记里我却写成了“道路自信、理论自信、制度自信、民族自信”。", "民族自信"),
    ("PR-TERM-001", "我把四个意识记成了政治意识、大局意识、核心意识、责任意识。", "责任意识"),
    ("PR-TERM-001", "对照“六大纪律”逐条检查，我发现自己对“政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律”理解不深。", "政治纪律"),
    ("PR-TERM-001", "说到“四个意识”，我只能说出“政治意识、核心意识、看齐意识”三个。", "政治意识"),
    ("PR-TERM-001", "要不断增强自我净化、自我完善、自我革命、自我提高能力。", "自我革命"),
    # a long member misquoted
    ("PR-TERM-003", "讲到“两个维护”，我在发言时说要“坚决维护习近平总书记在党中央和全党的核心地位”。", "坚决维护习近平总书记"),
    ("PR-TERM-003", "做到“两个维护”，就要坚决维护党中央的权威和集中统一领导。", "坚决维护党中央的权威"),
    # The mark is on the word swapped (round 14).
    ("PR-TERM-003", "深刻认识确立习近平新时代中国特色社会主义思想的领航地位的意义。", "领航地位"),
    ("PR-TERM-003", "我曾把“确立习近平同志党中央的核心地位”当成全部内容。", "确立习近平同志党中央的核心"),
    ("PR-TERM-003", "要牢记务必不忘初心、牢记使命，务必谦虚谨慎、艰苦朴素。", "务必谦虚谨慎、艰苦朴素"),
    # an oath clause misquoted without quotation marks
    ("PR-TERM-006", "我时常想起入党时立下的誓言，要为共产主义奋斗终生。", "奋斗终生"),
    ("PR-TERM-006", "入党时我曾宣誓随时准备为党和群众牺牲一切。", "为党和群众牺牲一切"),
    ("PR-TERM-006", "面对誓词里“时时准备为党和人民牺牲一切”的要求，我做得还不够。", "时时准备"),
    ("PR-TERM-006", "想起誓词里的“对党忠诚，积极工作，为共产主义奋斗一生”，我很惭愧。", "为共产主义奋斗一生"),
    ("PR-TERM-006", "入党时我就立誓随时准备为党和人民献出一切。", "献出一切"),
    # 明批暗褒: devotion and neglect
    ("PR-PRAISE-001", "我一心扑在工作上，对孩子的学习过问得很少。", "扑在工作上"),
    ("PR-PRAISE-001", "为了赶项目进度，我放弃了年假，老人生病住院也没能去照看。", "放弃了年假"),
    ("PR-PRAISE-001", "我以单位为家，周末也很少陪伴家人。", "以单位为家"),
    ("PR-PRAISE-001", "我把病人看得比自己还重要，常常忘了按时吃饭。", "看得比自己还重要"),
    ("PR-PRAISE-001", "心思全放在学生身上，自己的孩子全托付给了老人。", "全托付给了老人"),
    ("PR-PRAISE-001", "这些年一直连轴转，节假日几乎都在岗位上。", "节假日几乎都在岗位上"),
    ("PR-PRAISE-001", "工作太过拼命，累倒过两次。", "太过拼命"),
    # set phrases one homophone away (the dictionary may answer first)
    ("PR-NEAR-001", "要做到真抓实敢，不做表面文章。", "真抓实敢"),
    ("PR-NEAR-001", "面对困难要攻坚克南。", "攻坚克南"),
    ("PR-NEAR-001", "始终保持清正廉结。", "清正廉结"),
    ("PR-NEAR-001", "营造风清气证的政治生态。", "风清气证"),
    ("PR-NEAR-001", "做到全力以付，不留遗憾。", "全力以付"),
    ("PR-NEAR-001", "要有功成不必在我的境界和久久为公的韧劲。", "久久为公"),
    ("PR-NEAR-001", "经营上始终做到明码表价。", "明码表价"),
    ("PR-NEAR-001", "要担当做为，不推诿扯皮。", "担当做为"),
    # typos
    ("PR-WORD-001", "认真惯彻落实上级部署。", "惯彻"),
    ("PR-WORD-001", "与商户签定了协议。", "签定"),
    # two- and three-character misspellings of common words (issue #12)
    ("PR-WORD-001", "抱着饶幸心理，觉得小问题不会出事。", "饶幸"),
    ("PR-WORD-001", "对业主的合理述求回应不及时。", "述求"),
    ("PR-WORD-001", "交班时没有核对医瞩。", "医瞩"),
    ("PR-WORD-001", "党员的先峰模范作用发挥得不够。", "先峰"),
    ("PR-WORD-001", "同先进典型相比还有不小的差据。", "差据"),
    ("PR-WORD-001", "宗旨意识有所谈化。", "谈化"),
    ("PR-WORD-001", "安全隐患没有彻低整改到位。", "彻低"),
    ("PR-WORD-001", "把差旅票据混进报消单据里。", "报消"),
    ("PR-WORD-001", "村里的合做社账目没有按时公开。", "合做社"),
    ("PR-WORD-001", "跟年轻同事说话有点以老卖老。", "以老卖老"),
    # formulations: a member swapped, a document or the centre misnamed
    ("PR-TERM-003", "坚决纠治“四风”，即形式主义、官僚主义、享乐主义和奢侈之风。", "奢侈之风"),
    ("PR-TERM-001", "践行“四个伟大”，即伟大斗争、伟大工程、伟大事业、伟大理想。", "伟大理想"),
    ("PR-TERM-008", "始终同以习近平总书记为核心的党中央保持高度一致。", "以习近平总书记为核心"),
    ("PR-TERM-008", "逐条对照《中国共产党纪律处罚条例》。", "纪律处罚条例"),
    ("PR-EVENT-006", "翻看参加中央八项规定精神主题教育时的笔记。", "八项规定精神主题教育"),
    ("PR-EVENT-005", "对2013年中央政治局审议通过八项规定的意义认识不深。", "2013年"),
    ("PR-TERM-001", "要坚定3个自信，增强四个意识。", "3个自信"),
    ("PR-TERM-006", "时刻牢记随时为党和人民牺牲一切的誓言。", "随时为党和人民牺牲一切"),
    ("PR-PRAISE-001", "为了工作，我牺牲了很多陪伴家人的时间。", "牺牲了很多陪伴家人"),
    ("PR-PRAISE-001", "这几年我舍小家为大家，母亲住院都没能陪护。", "舍小家为大家"),
    ("PR-PRAISE-001", "防汛期间连续二十多天吃住在村里。", "吃住在村里"),
    ("PR-PRAISE-001", "平时很少有时间陪孩子，家长会也常常缺席。", "很少有时间陪孩子"),
    ("PR-DE-001", "我能够积极的响应支部号召。", "积极的响应"),
    ("PR-DE-001", "遇到急事总是简单的应付过去。", "简单的应付"),
    ("PR-NEAR-001", "对群众反映的问题不能不了了知。", "不了了知"),
    ("PR-NEAR-001", "做到心无旁务，专注本职。", "心无旁务"),
    ("PR-NEAR-001", "工作中存在前紧后送的现象。", "前紧后送"),
    ("PR-DE-002", "对老旧小区改造的政策宣传的不到位。", "宣传的不到位"),
    ("PR-DE-003", "把个人得得失看得太重。", "个人得得失"),
    ("PR-PRAISE-001", "我经常把病人的事放在第一位，对家里老人照顾太少。", "对家里老人照顾太少"),
    ("PR-DE-001", "他几十年如一日，总是踏踏实实的工作。", "踏踏实实的工作"),
    ("PR-DE-002", "对青年教师的指导我做的远远不够。", "做的远远不够"),
    ("PR-DE-002", "这一年到村民家里走访的太少。", "走访的太少"),
    ("PR-DE-001", "每次家访都是匆匆忙忙的走个过场。", "匆匆忙忙的走"),
    ("PR-PRAISE-001", "我一直把病房当成家，很少回家看看父母。", "把病房当成家"),
    ("PR-PRAISE-001", "开店这些年，我全年无休。", "全年无休"),
    # others served first at the cost of one's own family, land or health
    ("PR-PRAISE-001", "农忙时只顾着替乡亲们联系收购商，自己家的大棚都顾不过来。", "顾不过来"),
    ("PR-PRAISE-001", "我做事太拼，常常一个人扛下整个项目。", "做事太拼"),
    ("PR-PRAISE-001", "平时只顾为居民跑前跑后，家里的孩子没人管。", "只顾为居民"),
    # a doubled 了
    ("PR-REPEAT-001", "会议占用了了大家很多时间。", "了了"),
    ("PR-REPEAT-001", "我已经认识到了了问题所在。", "了了"),
    ("PR-REPEAT-001", "这笔钱被挪用了了，至今没有追回。", "了了"),
    ("PR-REPEAT-001", "我们走访了了二十多户。", "了了"),
    ("PR-REPEAT-001", "他批评了了我两句。", "了了"),
    # campaign and goal formulations (dev-24, dev-26)
    ("PR-TERM-008", "我参加了“我为人民办实事”实践活动。", "我为人民"),
    ("PR-TERM-008", "党的中心任务就是全面建成社会主义现代化强国、实现第一个百年奋斗目标。", "第一个百年"),
    ("PR-TERM-008", "我国已经实现了第二个百年奋斗目标。", "第二个百年"),
    ("PR-TERM-008", "党的十九届六中全会审议通过了党的第二个历史决议。", "第二个历史决议"),
    # zeal and duty in any weather told as faults (dev-25, dev-26)
    ("PR-PRAISE-001", "另外，我这个人工作起来太拼，顾不上休息。", "工作起来太拼"),
    ("PR-PRAISE-001", "脾气直，看到歪风邪气就忍不住要说。", "歪风邪气就忍不住"),
    ("PR-PRAISE-001", "下雪天也坚持入户走访。", "下雪天也坚持"),
    # work, holidays, weather and money given to others told as faults (dev-51 … dev-62)
    ("PR-PRAISE-001", "工作中太拼，常常为了抢工期连班加点。", "工作中太拼"),
    ("PR-PRAISE-001", "有时候不听家人劝阻，冒雨也要把药送上门。", "冒雨也"),
    ("PR-PRAISE-001", "总是主动承担太多社区义务工作。", "承担太多"),
    ("PR-PRAISE-001", "春节期间也天天守在电站，怕出故障。", "春节期间也天天守在"),
    ("PR-PRAISE-001", "连续两年春节都留在雇主家照顾老人。", "春节都留在"),
    ("PR-PRAISE-001", "经常给附近的环卫工人、困难群众免单。", "免单"),
]

UNSEEN_GOOD = [
    # word boundaries next to the two-character misspellings (issue #12)
    "家乡一年比一年富饶幸福。", "严格守住廉洁底线。", "通过约谈化解了两起矛盾。",
    "向领导汇报消防检查的情况。", "给新入职的同事做业务培训。", "管理伦理也是一门学问。",
    "坚决纠治“四风”，即形式主义、官僚主义、享乐主义、奢靡之风。", "紧密团结在以习近平同志为核心的党中央周围。",
    "我得好好反思自己的问题。",
    "这个担子我们得挑起来。",
    "群众得到了实惠。",
    "自己得身体力行。",
    "党员得带头，群众才会跟上。",
    "取得了一定成绩。",
    "我得承认自己有差距。",
    "让群众得实惠。",
    "我做的工作不多。",
    "他处理的问题很多。",
    "我办的事情群众都满意。",
    "这是我讲的第一堂党课。",
    "我说的还是太笼统。",
    "组织的关怀很温暖。",
    "我们干的都是琐碎的小事。",
    "领导安排的不是这个任务。",
    "认真的态度。",
    "这是一场深刻的反思。",
    "实实在在的成效让群众满意。",
    "营造干干净净的环境。",
    "给予耐心的讲解。",
    "她耐心的讲解让我很感动。",
    "他热情的服务赢得了好评。",
    "工作陷入被动的局面。",
    "这是真正的做法。",
    "要有主动的意识。",
    "认真的干部受群众欢迎。",
    "积极的说法不少。",
    "明明白白的账目。",
    "老老实实的人不吃亏。",
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "严守六大纪律。",
    "发扬三大纪律八项注意的优良传统。",
    "深刻领悟“两个确立”的决定性意义。",
    "全面推进三个全面覆盖。",
    "践行“三个务必”。",
    "增强政治意识、大局意识，提高服务意识。",
    "坚定“四个自信”，特别是文化自信。",
    "道路自信、理论自信、制度自信、文化自信缺一不可。",
    "要增强政治意识、责任意识、服务意识、廉洁意识。",
    "增强“四个意识”，尤其是政治意识、核心意识。",
    "严守政治纪律和政治规矩。",
    "坚决维护习近平同志党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。",
    "坚决维护党中央权威。",
    "坚决维护党中央的集中统一领导。",
    "我找到了一份踏踏实实的工作。", "要把群众当成家人。", "我做的很多工作群众并不了解。", "平时说话做事要规规矩矩的。",
    "这是真正的看点。", "要有积极的想法。", "经过认真的学习，我找到了差距。", "这是一项认真细致的工作。",
    "我在核心意识、看齐意识两个意识上差距较大。",
    "重点对照政治纪律和廉洁纪律这两大纪律查找问题。",
    "宣传党的路线方针政策，讲好身边的故事。",
    "坚决维护以习近平同志为核心的党中央权威和集中统一领导。",
    "党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。",
    "坚决维护群众的合法权益。",
    "确立习近平新时代中国特色社会主义思想的指导地位，是党的重大政治成果。",
    "为共产主义事业奋斗终身是我的追求。",
    "要为党和人民的事业贡献力量。",
    "时刻准备着为群众服务。",
    "永不叛党是底线。",
    "我们要为党和人民站好岗。",
    "把主要精力放在业务上，忽视了理论学习。",
    "对困难群众照顾不够。",
    "工作忙顾不上学习。",
    "我把精力放在评比上，对常态工作应付。",
    "节假日值班安排不合理。",
    "以学促干，以干促学。",
    "家里的事我从不过问单位的人帮忙。",
    "要真抓实干。",
    "攻坚克难。",
    "清正廉洁。",
    "风清气正。",
    "全力以赴。",
    "这件事最后不了了之。",
    "为了了解情况，我走访了十户。",
    "取得了了不起的成绩。",
    "他为了了却老人的心愿跑了三趟。",
    "对情况作了了解。",
    "终于了了一桩心事。",
    "除了了解情况，还要解决问题。",
    "只顾自家的地，集体的活推给别人。",
    "干活不太上心，做事拖拉。",
    "参加“我为群众办实事”实践活动，我为人民服务的意识更强了。", "全面建成社会主义现代化强国、实现第二个百年奋斗目标。",
    "实现第一个百年奋斗目标，开启向第二个百年奋斗目标进军的新征程。", "党的十一届六中全会通过了党的第二个历史决议。",
    "看到不正之风没有及时制止，怕得罪人。", "雨天骑电动车赶进度，存在安全隐患。",
    "春节期间也留在家里，没有去走访困难党员。", "工作中太随意，标准不高。", "自己承担的任务不多，主动性不强。",
]



@pytest.mark.parametrize("rule,text,part", UNSEEN_BAD, ids=lambda x: str(x)[:24])
def test_a_class_missed_on_unseen_drafts_is_reported(rule, text, part):
    start = text.index(part)
    end = start + len(part)
    # A misspelt set phrase may be in the dictionary (PR-WORD-001) before near-miss sees it.
    rules = (rule, "PR-WORD-001") if rule == "PR-NEAR-001" else (rule,)
    found = [f for f in check_text(text) if f.rule in rules]
    assert any(f.column - 1 < end and start < f.column - 1 + max(f.length, 1) for f in found), \
        [(f.rule, f.excerpt) for f in check_text(text)]


@pytest.mark.parametrize("text", UNSEEN_GOOD, ids=lambda x: x[:16])
def test_look_alikes_of_those_classes_are_left_alone(text):
    found = [f for f in check_text(text) if not f.rule.startswith(("PR-STRUCT", "PR-HINT"))]
    assert found == [], [(f.rule, f.excerpt) for f in found]


def test_a_wrong_number_names_the_right_set():
    found = [f for f in check_text("坚定“三个自信”。") if f.rule == "PR-TERM-001"]
    assert len(found) == 1 and found[0].excerpt == "三个自信"
    assert "“四个自信”是道路自信、理论自信、制度自信、文化自信" in found[0].message


def test_three_great_disciplines_of_the_army_are_not_a_wrong_number():
    assert [f for f in check_text("牢记三大纪律、八项注意。") if f.rule == "PR-TERM-001"] == []


def test_a_misquote_inside_an_explained_term_is_reported_once():
    text = "做到“两个维护”，即坚决维护习近平总书记的核心地位，坚决维护党中央权威和集中统一领导。"
    assert len([f for f in check_text(text) if f.rule == "PR-TERM-003"]) == 1


@pytest.mark.node
def test_the_page_engine_agrees_on_the_unseen_classes():
    cases = [{"name": f"u{n}", "text": t} for n, (_, t, _) in enumerate(UNSEEN_BAD)]
    cases += [{"name": f"v{n}", "text": t} for n, t in enumerate(UNSEEN_GOOD)]
    js = run_js(cases)
    for case in cases:
        assert js[case["name"]] == [f.to_dict() for f in check_text(case["text"])], case["text"]


# 的/地/得 by class, every direction: sentences of each shape written for these
# tests (not taken from any draft), and look-alikes that must stay clean.
DE_CLASSES_BAD = [
    # 的 for 得: a verb or adjective, then how far or how well
    ("PR-DE-002", "上级布置的任务我都做了，但做的还很不够。", "做的还很不够"),
    ("PR-DE-002", "平时书看的少，文件学的也少。", "看的少"),
    ("PR-DE-002", "业务培训我跑的最慢，总是落在后面。", "跑的最慢"),
    ("PR-DE-002", "那段时间忙的顾不上学习。", "忙的顾不上"),
    ("PR-DE-002", "年底迎检时累的喘不过气来。", "累的喘不过气"),
    ("PR-DE-002", "应酬时酒喝的多了，说话就没了分寸。", "喝的多了"),
    ("PR-DE-002", "对上级精神领会的不深不透。", "领会的不深"),
    ("PR-DE-002", "老问题改的太慢。", "改的太慢"),
    ("PR-DE-002", "会上我说的很对，可会后没有落实。", "说的很对"),
    ("PR-DE-002", "理论学的不扎实，抓的不紧。", "学的不扎实"),
    ("PR-DE-002", "有些事想的太简单。", "想的太简单"),
    ("PR-DE-002", "材料准备的不充分。", "准备的不充分"),
    ("PR-DE-002", "群众反映的事情，我办的也不够快。", "办的也不够快"),
    # 的 for 地: an adverbial word, then a verb
    ("PR-DE-001", "有时机械的照搬上级文件。", "机械的照搬"),
    ("PR-DE-001", "退休后我每天认真的读报。", "认真的读"),
    ("PR-DE-001", "对老人提出的问题不够耐心的解答。", "耐心的解答"),
    ("PR-DE-001", "要一遍一遍的修改，直到群众满意。", "一遍一遍的修改"),
    ("PR-DE-001", "主动的承担急难险重任务。", "主动的承担"),
    ("PR-DE-001", "在学习上不断的提高自己。", "不断的提高"),
    ("PR-DE-001", "深入的开展调查研究。", "深入的开展"),
    ("PR-DE-001", "我们要认真的学，扎实的做。", "认真的学"),
    ("PR-DE-001", "平时只是简单的套用模板。", "简单的套用"),
    ("PR-DE-001", "对群众的意见只是草草的记录一下。", "草草的记录"),
    # 得 for 的: before a noun
    ("PR-DE-003", "这一年取得得成绩离不开组织的培养。", "取得得成绩"),
    ("PR-DE-003", "没有把调查研究得成果用到工作中。", "研究得成果"),
    ("PR-DE-003", "在业务上得短板一直没有补齐。", "上得短板"),
    ("PR-DE-003", "把群众得利益放在第一位。", "群众得利益"),
    ("PR-DE-003", "没有认清自己得问题。", "自己得问题"),
    ("PR-DE-003", "我在会上讲得话，会后没有兑现。", "讲得话"),
    ("PR-DE-003", "今年获得得荣誉都属于集体。", "获得得荣誉"),
    ("PR-DE-003", "对学生得思想动态掌握不够。", "学生得思想"),
    # 地 for 的: before a noun
    ("PR-DE-004", "没有把群众地需求放在心上。", "群众地需求"),
    ("PR-DE-004", "对学生地思想动态掌握不够。", "学生地思想"),
    ("PR-DE-004", "缺乏认真地态度。", "认真地态度"),
    ("PR-DE-004", "会场没有形成严肃地氛围。", "严肃地氛围"),
    ("PR-DE-004", "倾听居民地呼声不够。", "居民地呼声"),
    ("PR-DE-004", "这是自己地责任。", "自己地责任"),
    ("PR-DE-004", "要保持积极地心态。", "积极地心态"),
    # 得 for 地 before a verb, 地 for 得 before a complement
    ("PR-DE-001", "要认真得学习党章。", "认真得学习"),
    ("PR-DE-001", "积极得参加支部活动。", "积极得参加"),
    ("PR-DE-001", "没有主动得联系群众。", "主动得联系"),
    ("PR-DE-001", "深入得开展调查研究。", "深入得开展"),
    ("PR-DE-001", "认认真真得做事。", "认认真真得做"),
    ("PR-DE-002", "任务完成地不够好。", "完成地不够好"),
    ("PR-DE-002", "材料写地太简单。", "写地太简单"),
    ("PR-DE-002", "平时书看地少。", "看地少"),
    ("PR-DE-002", "忙地顾不上吃饭。", "忙地顾不上"),
    ("PR-DE-002", "问题整改地不彻底。", "整改地不彻底"),
    # more adverbial words and complements of the same shapes
    ("PR-DE-001", "有针对性的开展谈心谈话。", "有针对性的开展"),
    ("PR-DE-001", "不折不扣的落实上级部署。", "不折不扣的落实"),
    ("PR-DE-001", "任务圆满的完成了。", "圆满的完成"),
    ("PR-DE-002", "作用发挥的不明显。", "发挥的不明显"),
    ("PR-DE-002", "工作变的越来越被动。", "变的越来越"),
    ("PR-DE-003", "对居民得难处了解不够。", "居民得难处"),
    ("PR-DE-001", "每天坚持认真的研读党章。", "认真的研读"),
    ("PR-DE-001", "坚持主动的服务群众。", "主动的服务"),
]

DE_CLASSES_GOOD = [
    "的确存在差距。", "学习的目的是运用。", "有的同志认为学习是软任务。", "是的，我们做得还不够。",
    "别的支部做得比我们好。", "群众得到了实惠。", "取得了一定成绩。", "获得了群众认可。", "懂得了一个道理。",
    "这个经验值得推广。", "显得有些被动。", "我记得那次会议。", "考试得分不高。", "不能计较个人得失。",
    "写了三篇心得体会。", "这个地方问题较多。", "本地区发展较快。", "土地流转工作。", "天地广阔。",
    "摆正自己的地位。", "本地企业较多。", "各地都在推进。", "深入实地调研。", "坚守阵地。",
    "大地回春。", "布料质地很好。", "陷入被动的境地。", "办好学习园地。", "一步一个脚印地干。",
    "我做的工作还很有限。", "他说的话很有道理。", "我写的材料不够深刻。", "学的东西用不上。",
    "始终保持认真的态度。", "这是一次深刻的教训。", "我得工作到很晚才能完成。", "群众地里的庄稼长势很好。",
    "学生地位平等。", "我们做的不多。", "这是他说的。", "我看的是原文。", "所得成果归集体。",
    "应得利益要保障。", "使得问题更加突出。", "觉得问题不大。", "认真地学习了党章。", "耐心地解释政策。",
    "一遍一遍地修改。", "我要的不多。", "用的是老办法。", "他买的多是书。", "会上讲的话要兑现。",
    "走的是老路。", "看的多是标题。", "认真的学习态度很重要。", "经过一遍遍的修改，材料终于定稿。",
    "经过反复的论证。", "我们读的多是文件汇编。", "他说的对不对，要看实践。", "我写的好几篇文章都没发表。",
    "老百姓地里的收成不错。", "这是大家得出的结论。", "为群众谋得利益。", "争得荣誉不容易。", "求得成效。",
    "值得肯定的成绩。", "话说得重了些。", "免得利益受损。",
    "群众真正得到了实惠。", "问题及时得到解决。", "作用充分得到发挥。", "他认真得让人佩服。", "主动得多。",
    "建设用地少，审批慢。", "深入实地不够。", "细心得出结论。", "落实地方责任。", "全面得到落实。",
    "制定了有针对性的措施。", "这是一丝不苟的精神。", "取得了圆满的成功。", "准确的数据。", "孩子得病住院。",
    "领导得知后批评了我。", "一次很好的学习。", "常态化的学习机制。", "不变的初心。", "这种改变的很少。",
    "坚持正确的用人导向。", "坚持系统的学习。", "坚持深入的调查研究。", "这是一次不够深刻的反思。",
]

# 明批暗褒 beyond devotion against family: virtues told as faults.
PRAISE_BAD = [
    ("对工作质量要求过高，连一个标点都要反复核对。", "要求过高"),
    ("平时对同事要求太严，有时让大家下不来台。", "要求太严"),
    ("有时太较真，为一个数字和同事争得面红耳赤。", "太较真"),
    ("对待群众太心软，什么要求都想满足。", "太心软"),
    ("为人过于谦虚，评先评优总往后让。", "过于谦虚"),
    ("不懂拒绝，同事找我帮忙从来不推辞。", "不懂拒绝"),
    ("总是替别人承担太多，把同事的活也揽过来干。", "承担太多"),
    ("学习太投入，常常读书到深夜。", "学习太投入"),
    ("带徒弟太上心，下了班还陪他们练。", "太上心"),
    ("对孩子的学习关心得少，家长会都没去过。", "关心得少"),
    ("个人休息日几乎都搭在了工地上。", "都搭在"),
    ("手机二十四小时开机，随叫随到。", "开机"),
    ("做事太追求完美，一份材料改了七八遍。", "追求完美"),
    # Gaps seen on heldout-4, in new words: standards too harsh, late hours at
    # the workplace.
    ("对自己要求过于苛刻，一篇讲话稿前后改了十几稿。", "要求过于苛刻"),
    ("平时对自己的要求太过严苛，有点小差错就睡不着觉。", "要求太过严苛"),
    ("常常在单位加班到后半夜，第二天照常上班。", "加班到后半夜"),
    ("总是在值班室守到天亮，怕夜里出事。", "守到天亮"),
    ("为了赶报表，每天忙到很晚才回家。", "忙到很晚"),
    # living at the workplace
    ("汛期我吃住在堤坝上，半个多月没回家。", "吃住在堤"),
    ("项目攻坚那阵子，我吃住在工地，一个月只回了一次家。", "吃住在工"),
    ("疫情期间我主动吃住在卡口。", "吃住在卡"),
    ("春耕时我连续吃住在合作社的仓库里。", "吃住在合"),
    ("为了抢进度，连续三周吃住在项目部。", "吃住在项"),
    # a retiree who cannot stop serving
    ("退休以后闲不住，天天到社区帮忙调解邻里纠纷。", "闲不住"),
    ("离开岗位后还是闲不下来，到老年大学当了志愿者。", "闲不下来"),
    ("我义务为楼里的老人理发，每周要去两三次。", "义务为楼里的老人理发"),
    ("每个周末义务给村里的留守儿童补课。", "义务给村里的留守儿童补课"),
    ("退休后义务辅导社区的孩子写毛笔字，节假日也不歇。", "义务辅导"),
    # too much heart for the people led: extra shifts, festivals at work
    ("过于心疼年轻同事，夜班能替就替。", "过于心疼"),
    ("我太心疼手下的职工，苦活累活都自己扛。", "太心疼"),
    ("人手不够时我总替别人顶夜班。", "替别人顶夜班"),
    ("科室缺人，我主动顶班二十多次。", "主动顶班"),
    ("这几年春节都在急诊科值班室度过。", "春节都在急诊科值班室度过"),
    # home left to the family (dev-19)
    ("家里几亩承包地基本都交给爱人打理。", "交给爱人"),
    ("村里事情多，自己很少顾家。", "很少顾家"),
    # dev-31..42: late nights, holidays, a body worn out, others' burdens,
    # zeal and money given away.
    ("为了一张报表批改核对到凌晨两点。", "核对到凌晨"),
    ("加班已经成了常态，一年没回过老家。", "加班已经成了常态"),
    ("我总是把单位的事摆在首位。", "把单位的事摆在首位"),
    ("去年冬天累垮了身体。", "累垮了"),
    ("胃病犯了也坚持值班。", "病犯了也坚持"),
    ("同事忙不过来的活我都往自己身上揽。", "往自己身上揽"),
    ("审核报销单一个小数点也不放过。", "一个小数点也不放过"),
    ("一有空就帮邻居修水管。", "一有空就帮"),
    ("顾客钱不够时我常常忍不住垫付。", "忍不住垫付"),
    # Round 20 (dev-98..101): standards too high for anyone or anything, a
    # frequency word between the work and how hard, the work weighed too heavily.
    ("此外，我对科室同事和临床科室要求过于严格，督查时不留情面。", "要求过于严格"),
    ("工作中对书稿质量要求过高，一个标点也要反复推敲。", "要求过高"),
    ("工作上有时太拼，禁渔期吃住在执法艇上。", "工作上有时太拼"),
    ("有时候把工作看得太重，连续上夜班也不肯调休。", "把工作看得太重"),
    ("我对文字太过较真。", "太过较真"),
    ("我这人心太热，谁家有事都去帮忙。", "心太热"),
    # Round 21 (dev-102..105).
    ("（四）工作标准有时过高。", "工作标准有时过高"),
    ("汛期值守顾了泵站顾不了家。", "顾了泵站顾不了家"),
    ("退休了还放不下学校的工作。", "放不下学校的工作"),
    ("不顾自己七十多岁的年纪，累得血压升高。", "不顾自己七十多岁的年纪"),
]

PRAISE_GOOD = [
    "对自己要求不严，有时放松了学习。", "没有顾及群众感受。", "工作方法简单粗暴。", "对下属要求不严，失之于宽。",
    "碍于情面不好意思拒绝吃请。", "对困难群众关心不够。", "对家庭困难党员关心不够。", "工作中过于追求形式。",
    "有时过于追求数量，忽视质量。", "对群众的诉求关心得少。", "上班时间占用工作时间处理私事。",
    "对同事的批评不够虚心。", "学习不够投入，浅尝辄止。", "对不良风气不敢坚持原则。", "对问题不太上心。",
    "对违纪行为不会拒绝也不敢斗争。",
    # Real faults that look like the new cues.
    "经常熬夜刷手机到凌晨，上班时精神不振。", "有时玩游戏停不下来，耽误了学习。", "没有履行党员义务，很少参加志愿服务。",
    "和群众吃住在一起的作风丢了。", "周末都在家里度过，很少参加社区活动。", "上班时间常常在办公室闲聊到很晚。",
    "对自己要求不够严格，满足于过得去。", "过于心疼钱，党费有时拖着不交。",
    "把主要精力放在业务上，理论学习抓得不紧。", "爱人把家里收拾得井井有条。",
    "经常打牌到半夜，第二天迟到。", "把个人利益放在首位。", "一有空就玩手机游戏。", "遇事忍不住发脾气。",
    "加班费的发放规定学得不细。",
    "对班组的要求不严，检查走过场。", "我心太急，说话冲。", "工作上有时太随意，台账记得不全。",
    "工作标准不高，满足于过得去。", "不顾群众意见，搞一刀切。", "放下手头的事就去打牌。",
]

DE_RULES = ("PR-DE-001", "PR-DE-002", "PR-DE-003", "PR-DE-004")


@pytest.mark.parametrize("rule,text,part", DE_CLASSES_BAD, ids=lambda x: str(x)[:24])
def test_each_de_di_de_class_is_reported_where_it_is(rule, text, part):
    start = text.index(part)
    end = start + len(part)
    found = [f for f in check_text(text) if f.rule == rule]
    assert any(f.column - 1 < end and start < f.column - 1 + max(f.length, 1) for f in found), \
        [(f.rule, f.excerpt) for f in check_text(text)]


@pytest.mark.parametrize("text", DE_CLASSES_GOOD, ids=lambda x: x[:16])
def test_words_with_de_di_de_inside_are_left_alone(text):
    found = [f for f in check_text(text) if f.rule in DE_RULES]
    assert found == [], [(f.rule, f.excerpt) for f in found]


def test_the_de_suggestions_change_only_the_wrong_character():
    cases = {"这一年取得得成绩离不开大家。": "的成绩", "没有把群众地需求放在心上。": "群众的需求",
             "那段时间忙的顾不上学习。": "忙得顾不上", "平时书看的少。": "看得少"}
    for text, right in cases.items():
        found = [f for f in check_text(text) if f.rule in DE_RULES]
        assert len(found) == 1 and right in found[0].suggestion, (text, [(f.rule, f.suggestion) for f in found])


@pytest.mark.parametrize("text,part", PRAISE_BAD, ids=lambda x: str(x)[:16])
def test_virtues_told_as_faults_get_the_praise_hint_on_their_words(text, part):
    start = text.index(part)
    end = start + len(part)
    found = [f for f in check_text(text) if f.rule == "PR-PRAISE-001"]
    assert any(f.severity == "hint" and f.column - 1 < end and start < f.column - 1 + f.length for f in found), \
        [(f.rule, f.excerpt) for f in check_text(text)]


@pytest.mark.parametrize("text", PRAISE_GOOD, ids=lambda x: x[:16])
def test_real_faults_get_no_praise_hint(text):
    assert [f.excerpt for f in check_text(text) if f.rule == "PR-PRAISE-001"] == []


def test_the_praise_hint_is_only_given_among_the_problems():
    draft = ("一、上年度问题整改落实情况\n去年查摆的问题已整改。\n"
             "二、存在的主要问题\n（一）学习方面\n对同事要求太严，手机二十四小时开机。\n"
             "三、原因剖析\n性格上过于谦虚。\n"
             "四、整改措施\n（一）严守纪律\n夜班期间做到随叫随到，手机二十四小时开机。\n")
    lines = [f.line for f in check_text(draft) if f.rule == "PR-PRAISE-001"]
    assert lines and set(lines) == {5}, lines


@pytest.mark.node
def test_the_page_engine_agrees_on_the_de_and_praise_classes():
    texts = [t for _, t, _ in DE_CLASSES_BAD] + DE_CLASSES_GOOD + [t for t, _ in PRAISE_BAD] + PRAISE_GOOD
    cases = [{"name": f"c{n}", "text": t} for n, t in enumerate(texts)]
    js = run_js(cases)
    for case in cases:
        assert js[case["name"]] == [f.to_dict() for f in check_text(case["text"])], case["text"]


# Formulation classes missed on heldout-4: a word of a document's title
# changed, a set explained after a dash with one member swapped, a set counted
# wrong, a campaign put in a year it was not held. (rule, text, part)
FORMULATION_BAD = [
    ("PR-TERM-008", "重温《十八届中央政治局关于改进工作作风、紧密联系群众的八项规定》。", "紧密联系群众"),
    ("PR-TERM-008", "对照关于改进工作作风、加强联系群众的八项规定查摆问题。", "加强联系群众"),
    ("PR-TERM-008", "逐条学习关于转变工作作风、密切联系群众的八项规定。", "转变工作作风"),
    ("PR-TERM-003", "“四风”问题——形式主义、官僚主义、享乐主义、奢侈之风——在我身上都有苗头。", "奢侈之风"),
    ("PR-TERM-003", "反对“四风”——形式主义、官僚主义、拜金主义、奢靡之风——不能停留在口头上。", "拜金主义"),
    ("PR-TERM-003", "牢记“三个务必”——务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于担当、善于斗争——还做得不够。",
     "敢于担当"),
    ("PR-TERM-001", "在支部宣讲“四个必由之路”时只会照着念。", "四个必由之路"),
    ("PR-TERM-001", "对三个必由之路的理解停留在字面上。", "三个必由之路"),
    ("PR-TERM-001", "深入领会“6个必由之路”的深刻内涵。", "6个必由之路"),
    ("PR-EVENT-004", "翻看了2025年党纪学习教育期间记的笔记。", "党纪学习教育"),
    ("PR-EVENT-004", "2023年党史学习教育中，我参观了县革命纪念馆。", "党史学习教育"),
    ("PR-EVENT-004", "2021年“不忘初心、牢记使命”主题教育期间，我写了三篇心得。", "主题教育"),
    # The oath's short last clause changed beside its long one, where the oath is named.
    ("PR-TERM-006", "想起入党宣誓时说的“随时准备为党和人民牺牲一切，永不背叛”，我很惭愧。", "永不背叛"),
    # A set explained after its name: the mark is on the changed member.
    ("PR-TERM-003", "牢记“两个维护”，即坚决维护习近平同志党中央的核心、全党的核心地位，坚决维护党中央权威和集中领导。",
     "坚决维护党中央权威和集中领导"),
    # A set quoted without its name, one member changed, the rest in place.
    ("PR-TERM-003", "二十大报告要求我们务必不忘初心、牢记使命，务必戒奢以俭、艰苦奋斗，务必敢于斗争、善于斗争。", "戒奢以俭"),
    ("PR-TERM-003", "对照“坚持真理、坚守理想，牢记初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民”找差距。", "牢记初心"),
    ("PR-TERM-001", "去年按“学史明理、学史增信、学史修德、学史力行”的要求写了笔记。", "学史修德"),
    ("PR-TERM-003", "围绕学党史、悟思想、办实事、创新局开展活动。", "创新局"),
    ("PR-TERM-003", "主题教育要求“学思想、强党性、抓实践、建新功”。", "抓实践"),
    ("PR-TERM-003", "党纪学习教育中做到学纪、知纪、遵纪、守纪。", "遵纪"),
    # dev-19..22: 总书记 in the 核心 wording, a campaign's name, the article count of the current version.
    ("PR-TERM-008", "坚决维护习近平总书记党中央的核心、全党的核心地位。", "习近平总书记党中央的核心"),
    ("PR-TERM-008", "在“我为群众干实事”实践活动中，我牵头修了两段路。", "我为群众干实事"),
    ("PR-TERM-010", "支部组织学习了2023年修订的《中国共产党纪律处分条例》，全文共三编142条。", "142条"),
    ("PR-TERM-010", "这部条例从2024年1月1日起施行，共三编150条，我逐条做了笔记。", "150条"),
]
FORMULATION_GOOD = [
    "二十大报告要求我们务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。",
    "支部要求做到学史明理、学史增信、学史崇德、学史力行。",
    "坚持学思想、强党性、重实践，努力把工作做好。",
    "在学史明理、学史增信、学史崇德等方面都有收获。",
    "增强政治意识、大局意识、核心意识，提高服务意识。",
    "做到学纪、知纪、明纪、守纪，知敬畏、存戒惧、守底线。",
    "革命者永不叛变，随时准备为党和人民牺牲一切。",
    "重温《十八届中央政治局关于改进工作作风、密切联系群众的八项规定》。",
    "要紧密联系群众，把实事办到群众心坎上。",
    "转变工作作风、密切联系群众，是我们每个人的功课。",
    "“四风”——形式主义、官僚主义、享乐主义、奢靡之风——都要坚决整治。",
    "坚决反对“四风”——尤其是形式主义和官僚主义。",
    "“四风”问题——特别是形式主义、官僚主义和享乐主义，要下大力气整治。",
    "深刻领会“五个必由之路”，坚定走好自己的路。",
    "团结奋斗是中国人民创造历史伟业的必由之路。",
    "2024年党纪学习教育期间，我通读了纪律处分条例。",
    "2025年，我们继续巩固党纪学习教育成果。",
    "2023年党史学习教育常态化长效化的要求，我落实得不够。",
    "2019年“不忘初心、牢记使命”主题教育中，我参加了专题党课。",
    "坚决维护习近平同志党中央的核心、全党的核心地位。", "在“我为群众办实事”实践活动中，我牵头修了两段路。",
    "这一年我为群众办了几件实事。", "这部条例从2024年1月1日起施行，共三编158条，我逐条做了笔记。",
    "学习新修订的《中国共产党纪律处分条例》后，征求到意见建议7条。", "2018年修订后的条例共三编142条，我当时也学过。",
]


@pytest.mark.parametrize("rule, text, part", FORMULATION_BAD, ids=lambda x: str(x)[:16])
def test_a_changed_formulation_is_reported_over_the_wrong_words(rule, text, part):
    start = text.index(part)
    end = start + len(part)
    found = [f for f in check_text(text) if f.rule == rule]
    assert any(f.column - 1 < end and start < f.column - 1 + f.length for f in found), \
        [(f.rule, f.excerpt) for f in check_text(text)]


@pytest.mark.parametrize("text", FORMULATION_GOOD, ids=lambda x: x[:16])
def test_right_formulations_and_asides_are_left_alone(text):
    assert [(f.rule, f.excerpt) for f in check_text(text)
            if f.rule.startswith(("PR-TERM", "PR-EVENT"))] == []


@pytest.mark.node
def test_the_page_engine_agrees_on_the_formulation_classes():
    cases = [{"name": f"f{n}", "text": t} for n, t in enumerate([t for _, t, _ in FORMULATION_BAD] + FORMULATION_GOOD)]
    js = run_js(cases)
    for case in cases:
        assert js[case["name"]] == [f.to_dict() for f in check_text(case["text"])], case["text"]



# Round 12 (dev-27…30): a set explained without its subject 党, an oath
# clause picked out of order, an earlier plenum's communiqué, a date with the
# place between, a year said again in the next clause, the Party's
# anniversary, the other 主题教育 in a 主题教育 meeting, a title's last word
# changed or its 的 lost. (rule, text, part, the corrected text)
H21_12 = "2021年度组织生活会个人对照检查材料\n"
C23_12 = "个人检视剖析材料\n按照开好学习贯彻习近平新时代中国特色社会主义思想主题教育专题组织生活会的通知，查摆如下。\n"
ROUND12_BAD = [
    ("PR-TERM-003", "“两个确立”就是确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的领导地位。",
     "领导地位", "领导地位", "指导地位"),
    ("PR-TERM-006", "对照入党誓词，检视自己在“执行党的决议、积极工作”方面的差距。", "执行党的决议", "决议", "决定"),
    ("PR-EVENT-002", H21_12 + "把十九届五中全会公报和历史决议的解读反复听了几次。", "十九届五中全会", "五中", "六中"),
    ("PR-EVENT-011", "党的二十大于2022年11月在北京胜利召开。", "2022年11月", "11月", "10月"),
    ("PR-EVENT-005", "遵守中央八项规定精神，这项规定是2013年12月出台的。", "2013年", "2013年", "2012年"),
    ("PR-EVENT-012", "2021年是中国共产党成立110周年。", "110周年", "110", "100"),
    ("PR-EVENT-012", H21_12 + "参观了庆祝中国共产党成立110周年主题展览。", "110周年", "110", "100"),
    ("PR-EVENT-004", C23_12 + "结合不忘初心、牢记使命主题教育的成果，每周集中学习。", "牢记使命主题教育",
     "结合不忘初心、牢记使命主题教育", "结合2019年不忘初心、牢记使命主题教育"),
    ("PR-TERM-008", "对照《关于新形势下党内政治生活的若干规定》查找差距。", "若干规定", "若干规定", "若干准则"),
    ("PR-TERM-008", "学习《中共中央关于党的百年奋斗重大成就和历史经验决议》。", "经验决议", "经验决议", "经验的决议"),
]


@pytest.mark.parametrize("rule, text, part, wrong, right", ROUND12_BAD, ids=lambda x: str(x)[:16])
def test_round12_formulation_slips_are_reported_and_their_corrections_are_silent(rule, text, part, wrong, right):
    line = next(n for n, t in enumerate(text.split("\n"), 1) if part in t)
    start = text.split("\n")[line - 1].index(part)
    end = start + len(part)
    found = [f for f in check_text(text) if f.rule == rule and f.line == line]
    assert any(f.column - 1 < end and start < f.column - 1 + f.length for f in found), \
        [(f.rule, f.excerpt) for f in check_text(text)]
    fixed = text.replace(wrong, right, 1)
    assert [(f.rule, f.excerpt) for f in check_text(fixed) if f.rule.startswith(("PR-TERM", "PR-EVENT"))] == []


ROUND12_GOOD = [
    "“两个确立”就是确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。",
    "对照入党誓词，在“严守党的纪律、积极作为”方面有差距。",
    H21_12 + "结合学习十九届五中全会公报和“十四五”规划建议，谋划明年的工作。",
    "我是2016年建党95周年前夕入党的。", H21_12 + "农工党成立90周年纪念活动我也去看了。",
    "2022年度组织生活会个人对照检查材料\n迎接建党101周年，我们开展了主题党日。",
    C23_12 + "2019年参加不忘初心、牢记使命主题教育时，我写了学习笔记。",
    "学习《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。",
]


@pytest.mark.parametrize("text", ROUND12_GOOD, ids=lambda x: x[:16])
def test_round12_look_alikes_are_left_alone(text):
    assert [(f.rule, f.excerpt) for f in check_text(text) if f.rule.startswith(("PR-TERM", "PR-EVENT"))] == []


def test_praise_for_the_big_family_over_ones_own():
    text = "二、存在的问题\n经常顾了大家顾不了小家，老伴也有意见。"
    assert [f.excerpt for f in check_text(text) if f.rule == "PR-PRAISE-001"] == ["顾不了小家"]
    assert [f for f in check_text("二、存在的问题\n经常顾不上和同事交流，老伴也有意见。") if f.rule == "PR-PRAISE-001"] == []


# Round 14 (dev-43…50): the campaign named 办好事, another set's member at the
# end of a set (…重实践、办实事的总要求), a set with one member mistyped and one
# swapped, 去年是建党N周年, a year said of 八项规定 through a pronoun, a 2023
# material dated by its four items without 情况, one word swapped at the end
# of 两个确立, overwork and money given away told as faults, （X） left in, a
# film in quote marks, a 》 with no 《. (rule, text, part, wrong, right)
H21_14 = "2021年度组织生活会个人对照检查材料\n"
ROUND14_BAD = [
    ("PR-TERM-008", "参加“我为群众办好事”实践活动，牵头办了三件实事。", "我为群众办好事", "办好事", "办实事"),
    ("PR-TERM-003", "这次专题组织生活会围绕学思想、强党性、重实践、办实事的总要求查摆问题。", "办实事", "办实事的", "建新功的"),
    ("PR-TERM-001", "现对照政治纪律、组织纪律、廉结纪律、群众纪律、工作纪律、财经纪律，报告如下。", "财经纪律",
     "廉结纪律、群众纪律、工作纪律、财经纪律", "廉洁纪律、群众纪律、工作纪律、生活纪律"),
    ("PR-TERM-003", "即党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的核心地位。",
     "思想的核心地位", "思想的核心地位", "思想的指导地位"),
    ("PR-EVENT-012", H21_14 + "去年是建党101周年，我们在社区收看了直播。", "101周年", "101", "100"),
    ("PR-EVENT-012", H21_14 + "去年是建党九十周年，支部组织我们去参观。", "九十周年", "九十", "一百"),
    ("PR-EVENT-005", "对中央八项规定精神学得不够，觉得那是2013年给党政机关定的规矩。", "2013年", "2013年", "2012年"),
    ("PR-EVENT-002", "主题教育专题组织生活会个人对照检查材料\n从学习贯彻党的创新理论、党性修养提高、联系服务群众、发挥先锋模范作用四个方面检视。\n"
     "学习贯彻党的十九大精神还停留在读了、记了。", "十九大", "十九大", "二十大"),
]


@pytest.mark.parametrize("rule, text, part, wrong, right", ROUND14_BAD, ids=lambda x: str(x)[:16])
def test_round14_formulation_slips_are_reported_and_their_corrections_are_silent(rule, text, part, wrong, right):
    test_round12_formulation_slips_are_reported_and_their_corrections_are_silent(rule, text, part, wrong, right)


def test_round14_one_word_swapped_in_a_long_member_is_marked_on_that_word():
    text = "即党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的核心地位。"
    assert [f.excerpt for f in check_text(text) if f.rule == "PR-TERM-003"] == ["核心地位"]


ROUND14_GOOD = [
    "我为群众办好事、解难事，群众满意。", H21_14 + "去年是建党100周年，我们在社区收看了直播。",
    "坚定道路自信、理论自信、制度自信、文明自信。",  # one member off: reported as before, below
    "对中央八项规定精神学得不够，那是2013年我刚入党时的事。",
]


@pytest.mark.parametrize("text", ROUND14_GOOD[:2] + ROUND14_GOOD[3:], ids=lambda x: x[:16])
def test_round14_look_alikes_are_left_alone(text):
    assert [(f.rule, f.excerpt) for f in check_text(text) if f.rule.startswith(("PR-TERM", "PR-EVENT"))] == []


def test_round14_a_near_miss_member_does_not_hide_the_only_slip():
    # 文明自信 is one character from 文化自信: still the one member wrong.
    assert [f.excerpt for f in check_text(ROUND14_GOOD[2]) if f.rule == "PR-TERM-001"] == \
        ["坚定道路自信、理论自信、制度自信、文明自信"]


ROUND14_HINTS = [
    ("PR-PRAISE-001", "二、存在的问题\n供暖期连续三个月没休过一个整天，家里都顾不上。", "连续三个月没休过"),
    ("PR-PRAISE-001", "二、存在的问题\n这些年把大部分退休金都捐给了老家村里的小学。", "大部分退休金都捐给"),
    ("PR-PLACEHOLDER-002", "本学期我担任高二（X）班班主任。", "X"),
    ("PR-PUNCT-010", "和孩子们一起看了电视剧“觉醒年代”的片段。", "“觉醒年代”"),
    ("PR-PUNCT-006", "认真执行煤矿安全规程》和监测监控管理制度。", "执行煤矿安全规程》"),
]


@pytest.mark.parametrize("rule, text, part", ROUND14_HINTS, ids=lambda x: str(x)[:16])
def test_round14_praise_placeholders_and_titles_are_reported(rule, text, part):
    assert_reported_over(rule, text, part)


@pytest.mark.parametrize("rule, text", [
    ("PR-PRAISE-001", "二、存在的问题\n连续两次没参加组织生活，把单位的奖金捐给困难职工也没经过集体研究。"),
    ("PR-PLACEHOLDER-002", "讲函数f(x)的图像，本学期担任高二（3）班班主任。"),
    ("PR-PUNCT-010", "电影里“为人民服务”的台词让我感动，又看了电视剧《觉醒年代》。"),
    ("PR-PUNCT-006", "认真执行《煤矿安全规程》和《关于“三会一课”的规定》，读了《习近平谈治国理政》第四卷。"),
], ids=lambda x: str(x)[:16])
def test_round14_their_look_alikes_are_silent(rule, text):
    assert [f.excerpt for f in check_text(text) if f.rule == rule] == []


# Round 16 (dev-69..74): praise told as a fault, in other words than before:
# a strictness with a scope between (对自己在廉洁方面要求过于严格), a care too
# great (太放在心上, 太把客户当回事), money of one's own given (自己掏钱给),
# home cared for "比较少", age or one's own health ignored, people led held
# to too high a standard (对文艺骨干要求太严).
ROUND16_PRAISE = [
    ("二、存在的问题\n我对自己在廉洁方面要求过于严格，连学生送的贺卡都不肯收。", "对自己在廉洁方面要求过于严格"),
    ("二、存在的问题\n有同事说我太把客户当回事。", "太把客户当回事"),
    ("二、存在的问题\n我对残疾人家庭的事太放在心上，休息日也常去帮忙。", "太放在心上"),
    ("二、存在的问题\n为了工程质量，自己掏钱给业主换更好的材料。", "自己掏钱给"),
    ("二、存在的问题\n宁可自己贴钱也要先赔给客户。", "自己贴钱也"),
    ("二、存在的问题\n周末在地里帮农户补苗，对家里照顾得比较少。", "对家里照顾得比较少"),
    ("二、存在的问题\n不顾年纪大爬到河堤上看水情。", "不顾年纪大"),
    ("二、存在的问题\n经常加班加点，忽视了自身身体健康。", "忽视了自身身体"),
    ("二、存在的问题\n我有时对文艺骨干要求太严，排练一遍遍抠细节。", "对文艺骨干要求太严"),
]


@pytest.mark.parametrize("text, part", ROUND16_PRAISE, ids=lambda x: str(x)[7:20])
def test_round16_praise_as_criticism_is_reported(text, part):
    assert_reported_over("PR-PRAISE-001", text, part)


@pytest.mark.parametrize("text", [
    "二、存在的问题\n对自己要求不严，廉洁方面有所放松。",
    "二、存在的问题\n对文艺骨干要求不严，排练经常迟到也不批评。",
    "二、存在的问题\n不把群众的事当回事，办事拖拉。",
    "二、存在的问题\n自己掏钱买了几本书，读得却不多。",
    "二、存在的问题\n对家里照顾得多，对工作投入得少。",
], ids=lambda x: x[7:20])
def test_round16_real_faults_are_not_praise(text):
    assert [f.excerpt for f in check_text(text) if f.rule == "PR-PRAISE-001"] == []
