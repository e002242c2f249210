"""PR-NEAR-001, the near-miss check for four-character set phrases: its
recall on misspellings written for this test (not the examples of issue #12
nor the rule's own), no finding on the site's text and the clean drafts,
its data budget, the whitelist, and a missing jieba dictionary reported in
one sentence."""
import copy
import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

import zzshh.selfcheck.near_miss as near_miss
from zzshh.selfcheck import RulesetError, check_text, default_ruleset
from zzshh.selfcheck.markdown_mask import mask_markdown
from zzshh.selfcheck.ruleset import build, to_json
from selfcheck_support import ROOT, VECTORS

RULE = "PR-NEAR-001"
# One wrong homophone character each (pinyin without tones), with the phrase meant.
MISSPELT = [
    ("全心全义为人民服务", "全心全意"), ("坚持求真务是的作风", "求真务实"), ("发扬坚苦奋斗的精神", "艰苦奋斗"),
    ("做到实事求事", "实事求是"), ("领导干部要以身做则", "以身作则"), ("工作一丝不构", "一丝不苟"),
    ("思想上与时具进", "与时俱进"), ("遇到困难迎难而尚", "迎难而上"), ("学习贵在持之以衡", "持之以恒"),
    ("希望大家再接再励", "再接再厉"), ("工作中按步就班", "按部就班"), ("不能默守成规", "墨守成规"),
    ("会上谈笑风声", "谈笑风生"), ("面对难题一愁莫展", "一筹莫展"), ("问题变本加利", "变本加厉"),
    ("对老党员关怀倍至", "关怀备至"), ("对业务精益求经", "精益求精"), ("坚持全面从严制党", "从严治党"),
    ("加强党风廉正建设", "党风廉政"), ("始终廉洁奉功", "廉洁奉公"), ("开展自我批平", "自我批评"),
    ("干部要担当做为", "担当作为"), ("处处身体立行", "身体力行"), ("整改迫在眉捷", "迫在眉睫"),
    ("两者相辅相承", "相辅相成"), ("抓好贯撤落实", "贯彻落实"), ("勇于自我格命", "自我革命"),
    ("一以惯之抓落实", "一以贯之"), ("久久为公抓整改", "久久为功"), ("执行不折不叩", "不折不扣"),
    ("不遗余利推进", "不遗余力"), ("注重言传身交", "言传身教"), ("加强做风建设", "作风建设"),
    ("攻艰克难勇争先", "攻坚克难"),
]
# Measured (see the report of issue #12): the near-miss check alone, and
# together with the miswritten dictionary (PR-WORD-001), which it defers to.
RECALL_ALONE = 28
RECALL_WITH_DICTIONARY = 32
# 带头做用 is not among them: 带头作用 has jieba's lowest frequency and the site never uses it.
ISSUE_EXAMPLES = [("不忘初新", "不忘初心"), ("牢记使名", "牢记使命"), ("廉洁自率", "廉洁自律"), ("履职尽则", "履职尽责")]
BUDGET = 32 * 1024  # bytes of gzip for ruleset["near_miss"]; it grows a little with the site's text


def alone(ruleset: dict) -> dict:
    """The ruleset without the miswritten dictionary, so that PR-NEAR-001 reports everything it finds."""
    copied = copy.deepcopy(ruleset)
    copied["miswritten"], copied["miswritten_words"] = [], ""
    copied["version"] += "-alone"
    return copied


def caught(findings, right: str) -> bool:
    return any(f.rule == RULE and f"“{right}”" in f.message for f in findings)


def test_recall_on_misspelt_set_phrases():
    ruleset = default_ruleset()
    only = alone(ruleset)
    found_alone, found = [], []
    for text, right in MISSPELT:
        if caught(check_text(f"{text}。", only), right):
            found_alone.append(text)
        findings = check_text(f"{text}。", ruleset)
        if caught(findings, right) or any(f.rule == "PR-WORD-001" for f in findings):
            found.append(text)
        # The check defers to the dictionary: never two findings for one misspelling.
        assert len([f for f in findings if f.rule in (RULE, "PR-WORD-001")]) <= 1, text
    assert len(found_alone) >= RECALL_ALONE, sorted({t for t, _ in MISSPELT} - set(found_alone))
    assert len(found) >= RECALL_WITH_DICTIONARY, sorted({t for t, _ in MISSPELT} - set(found))


def test_issue_examples_and_their_corrections():
    only = alone(default_ruleset())
    for wrong, right in ISSUE_EXAMPLES:
        flagged = [f for f in check_text(f"我们要{wrong}。", only) if f.rule == RULE]
        assert [(f.excerpt, f.column, f.length) for f in flagged] == [(wrong, 4, 4)], wrong
        assert caught(flagged, right), flagged
        assert not [f for f in check_text(f"我们要{right}。", only) if f.rule == RULE], right


def test_a_common_function_word_in_a_two_word_site_phrase_is_not_flagged():
    only = alone(default_ruleset())
    # 有事居民 is only two words the site uses together; 有时 (15 times as
    # common as 有事) makes 有时 + 居民, no misspelling (dev-27).
    assert not [f for f in check_text("有时居民问起来，我讲不清楚。", only) if f.rule == RULE]
    assert not [f for f in check_text("同事们都很年轻同时也很肯干。", only) if f.rule == RULE]
    # A content word in the same place is still a misspelling.
    assert caught(check_text("我们要坚守本质岗位。", only), "本职岗位")
    assert caught(check_text("抓好环境政治工作。", only), "环境整治")


def clean_cases() -> tuple[list[dict], int]:
    """The site's own text and the clean drafts, as the build and the page check them."""
    cases = []
    for path in sorted((ROOT / "docs").rglob("*.md")):
        cases.append({"name": str(path), "profile": "site_page",
                      "text": mask_markdown(path.read_text(encoding="utf-8"))})
    for path in sorted((ROOT / "data" / "statements").glob("*.yml")):
        for n, text in enumerate(near_miss._strings(near_miss._load_yaml(path))):
            cases.append({"name": f"{path}#{n}", "profile": "draft", "text": text})
    for path in sorted((ROOT / "data" / "templates").glob("*.txt")):
        cases.append({"name": str(path), "profile": "template", "text": path.read_text(encoding="utf-8")})
    drafts = sorted(VECTORS.glob("clean-*.txt")) + sorted(Path("/work/shared/seeds").glob("*.txt"))
    for path in drafts:
        if path.exists():
            cases.append({"name": str(path), "profile": "draft", "text": path.read_text(encoding="utf-8")})
    chars = sum(len(re.findall("[\u4e00-\u9fff]", c["text"])) for c in cases)
    return cases, chars


def test_no_finding_on_clean_text():
    cases, chars = clean_cases()
    assert chars > 80_000  # the whole site and the clean drafts were read
    flagged = [(c["name"], f.excerpt) for c in cases for f in check_text(c["text"], profile=c["profile"])
               if f.rule == RULE]
    assert flagged == []


def test_data_within_budget():
    data = default_ruleset()["near_miss"]
    assert len(gzip.compress(to_json(data).encode("utf-8"), 9)) <= BUDGET


def test_glossary_and_site_phrases_are_targets():
    targets, reading, known = near_miss.decode(default_ruleset()["near_miss"])
    for phrase in ("不忘初心", "牢记使命", "履职尽责", "四个意识", "对照检查"):
        assert phrase in targets, phrase
    # a word jieba knows and uses as often as its target is never flagged
    assert not near_miss.Matcher(targets, reading, known).target_of("复合材料")


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of data/ with a cache of its own (seeded with the jieba part, which takes seconds)."""
    near_miss.lexicon()
    cache = tmp_path / "cache"
    shutil.copytree(near_miss.CACHE_DIR, cache, ignore=shutil.ignore_patterns("data-*"))
    monkeypatch.setattr(near_miss, "CACHE_DIR", cache)
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def test_whitelist_silences_a_phrase_and_the_data_is_cached(data_copy):
    rules = data_copy / "proofread-rules.yml"
    text = rules.read_text(encoding="utf-8")
    assert "\n  whitelist: [缴纳党费, " in text
    rules.write_text(text.replace("\n  whitelist: [缴纳党费, ", "\n  whitelist: [理想信年, 缴纳党费, "),
                     encoding="utf-8")
    ruleset = build(data_copy)
    found = check_text("要坚定理想信年，加强党性修阳。", ruleset)
    assert [f.excerpt for f in found if f.rule == RULE] == ["党性修阳"]
    # The derivation was cached on disk: the next build reads it back.
    cached = list(near_miss.CACHE_DIR.glob("data-*.json.gz"))
    assert len(cached) == 1
    cached[0].write_bytes(gzip.compress(json.dumps(dict(ruleset["near_miss"], known="")).encode()))
    assert build(data_copy)["near_miss"]["known"] == ""


def test_unreadable_jieba_dictionary_is_one_sentence(data_copy, monkeypatch, tmp_path):
    import jieba
    shutil.rmtree(near_miss.CACHE_DIR)
    monkeypatch.setattr(jieba, "__file__", str(tmp_path / "nowhere" / "__init__.py"))
    with pytest.raises(RulesetError) as err:
        build(data_copy)
    message = str(err.value)
    assert "jieba" in message and "dict.txt" in message and "\n" not in message
    assert message.endswith("。") and message.count("。") == 1


# Measured: flags on text the whitelist did not see (the site's pages held
# out, then its statements and templates), out of ~90,000 characters. Five
# since the curated set phrases: 缴纳党费, 复核材料 (twice), 党员医务 (false,
# now in the whitelist) and 入党誓辞, a misspelling the maintainers' page quotes.
HELD_OUT_FLAGS = 5


def test_false_flags_on_text_left_out_of_the_whitelist():
    import yaml
    data = ROOT / "data"
    raw = yaml.safe_load((data / "proofread-rules.yml").read_text(encoding="utf-8"))
    cases, _ = clean_cases()
    pages = [c for c in cases if c["profile"] == "site_page"]
    others = [c for c in cases if c["profile"] != "site_page" and "/data/" in c["name"]]
    drafts = [c for c in cases if c not in pages and c not in others]
    glossary = near_miss.glossary_phrases(data)
    dictionary, typed = near_miss.wrong_forms(data, raw)
    lexicon = near_miss.lexicon()
    flagged, chars = [], 0
    for held, seen in ((pages, others), (others, pages)):
        derived = near_miss._derive(lexicon, [c["text"] for c in seen] + glossary, [], dictionary, typed, glossary)
        ruleset = dict(default_ruleset(), near_miss={k: v for k, v in derived.items() if k != "stats"})
        ruleset["version"] += f"-held-{len(held)}"
        for case in held + drafts:
            chars += len(re.findall("[\u4e00-\u9fff]", case["text"]))
            flagged += [(case["name"], f.excerpt) for f in check_text(case["text"], ruleset, case["profile"])
                        if f.rule == RULE]
    assert chars > 80_000
    assert len(flagged) <= HELD_OUT_FLAGS, flagged



def test_a_unit_name_ending_before_the_phrase_is_no_misspelling():
    # dev-21: 培智部党员 is the 培智部's members, not 支部党员 misspelt; the
    # window starting at a unit name's last character (智部) is left alone.
    only = alone(default_ruleset())
    for text in ("我是学校培智部党员。", "医院外科党员都参加了。"):
        assert not [f.excerpt for f in check_text(text, only) if f.rule == RULE], text
    # The same slip where nothing comes before it is still reported.
    flagged = [f for f in check_text("智部党员要带头。", only) if f.rule == RULE]
    assert [f.excerpt for f in flagged] == ["智部党员"] and caught(flagged, "支部党员")


def test_any_verb_may_fill_the_frame_of_a_phrase_like_yi_tui_liao_zhi():
    # dev-103: 一退了之 (sent back and done with) fills the frame of the
    # target 一推了之 with another verb; the target misspelt is still reported.
    only = alone(default_ruleset())
    for text in ("材料不全时我就一退了之。", "对投诉一罚了之。"):
        assert not [f.excerpt for f in check_text(text, only) if f.rule == RULE], text
    flagged = [f for f in check_text("遇事一推了知。", only) if f.rule == RULE]
    assert [f.excerpt for f in flagged] == ["一推了知"] and caught(flagged, "一推了之")


def test_flat_and_retroflex_initials_and_de_for_di_count_as_one_sound():
    # z/zh, c/ch, s/sh are one sound to many writers (义不容迟, 风雨无助 in
    # dev-71/dev-73), and so are -n/-ng; 的 and 得 stand for the 地 that ends a set phrase.
    only = alone(default_ruleset())
    for wrong, right in (("义不容迟", "义不容辞"), ("风雨无助", "风雨无阻"), ("要做到脚踏实的", "脚踏实地"),
                         ("推进乡村振新", "乡村振兴"), ("，出身入死", "出生入死")):
        flagged = [f for f in check_text(f"这是{wrong}的事。", only) if f.rule == RULE]
        assert caught(flagged, right), wrong
        assert not [f for f in check_text(f"这是{right}的事。", only) if f.rule == RULE], right
    # Not for a first character: it often ends the word before (形势 + 下基层 is not 四下基层).
    assert not [f for f in check_text("对新形势下基层治理的新方法不熟。", only) if f.rule == RULE]
    # One of the two at a time: 三 (san) is not 上 (shang).
    assert not [f for f in check_text("严格落实三级审核。", only) if f.rule == RULE]
    # A loose second character inside a run: the first often ends the word
    # before (出发 + 想问题, dev-86), so only a run's start counts.
    assert not [f for f in check_text("要从自身利益出发想问题。", only) if f.rule == RULE]


def test_a_changed_edge_character_that_makes_a_word_outside_the_window_is_left_alone():
    # dev-78/dev-79: 宿舍 + 区建设 is not 社区建设, 党小组 + 汇报 not 党小组会: the
    # changed character makes a word (a target's last two characters) with
    # its neighbour outside the window.
    only = alone(default_ruleset())
    for text in ("加快宿舍区建设。", "项目部党小组汇报一次。"):
        assert not [f.excerpt for f in check_text(text, only) if f.rule == RULE], text
    # The same windows where nothing joins them are still reported.
    for text, right in (("舍区建设要抓好。", "社区建设"), ("开好党小组汇。", "党小组会")):
        flagged = [f for f in check_text(text, only) if f.rule == RULE]
        assert caught(flagged, right), text
    # Not for an unchanged edge character: 体力 + 不从新 is still 力不从心.
    assert caught([f for f in check_text("我体力不从新。", only) if f.rule == RULE], "力不从心")


def test_stock_phrases_of_the_genre_are_targets_below_jiebas_frequency():
    # 不厌其烦 (jieba 58), 艰苦朴素 and 积极参与 are under IDIOM_MIN_FREQ but in
    # near_miss.GENRE_IDIOMS, the phrases people writing these drafts reuse.
    only = alone(default_ruleset())
    for wrong, right in (("不厌其凡", "不厌其烦"), ("艰苦扑素", "艰苦朴素"), ("积极参予", "积极参与")):
        assert right in near_miss.GENRE_IDIOMS
        flagged = [f for f in check_text(f"他{wrong}地讲给大家听。", only) if f.rule == RULE]
        assert caught(flagged, right), wrong
        assert not [f for f in check_text(f"他{right}地讲给大家听。", only) if f.rule == RULE], right


# ---------------------------------------------------------------- round 18

def test_round18_look_alike_characters_count_as_one_and_genre_phrases_are_targets():
    # dev-75: 得过具过 is a slip of the eye (且/具), not of the ear; 严于律已 and
    # 末雨绸缪 the same. The curated phrases of round 18 (每况愈下, 有章可循,
    # 案结事了) are targets below jieba's idiom threshold or missing from it.
    only = alone(default_ruleset())
    for wrong, right in (("得过具过", "得过且过"), ("事不关已", "事不关己"), ("末雨绸缪", "未雨绸缪"),
                         ("每况逾下", "每况愈下"), ("有章可寻", "有章可循"), ("案结是了", "案结事了"),
                         ("设身处的", "设身处地"), ("见缝插真", "见缝插针")):
        flagged = [f for f in check_text(f"他总是{wrong}，大家都看在眼里。", only) if f.rule == RULE]
        assert caught(flagged, right), wrong
        assert not [f for f in check_text(f"他总是{right}，大家都看在眼里。", only) if f.rule == RULE], right
    # A look-alike character on a word's edge, or in plain words, is no slip.
    for text in ("这件事已经过了期限。", "工具过了检验期。", "期末考试已经结束。", "他自己已经知道了。",
                 "做到有章可循、案结事了。", "要设身处地为群众着想。"):
        assert not [f.excerpt for f in check_text(text, only) if f.rule == RULE], text
