"""Doubled characters (PR-REPEAT-*) and punctuation (PR-PUNCT-*), issue #12:
sentences written the way people write their drafts, each bad one with the
rule that must report it, each good one free of both classes; and the site's
own clean text free of them too."""
import gzip
import json

import pytest
import yaml

from zzshh.selfcheck import check_text, default_ruleset
from zzshh.selfcheck.near_miss import _strings
from zzshh.sitedata.paths import ROOT

CLASSES = ("PR-REPEAT", "PR-PUNCT")

BAD = [
    ("我们在在学习上下的功夫还不够。", "PR-REPEAT-001"),
    ("有时把理论学习和和业务工作割裂开来。", "PR-REPEAT-001"),
    # 把方向 is no word: a slip (把把关的职责, 把 + 把关, is right).
    ("没有把把方向、大局放在心上。", "PR-REPEAT-001"),
    # a preposition or conjunction typed twice; a verb typed twice and judged
    ("被先辈们为了为了理想舍身忘死的精神打动。", "PR-REPEAT-002"),
    ("觉得那是领导的事，学习学习浮于表面。", "PR-REPEAT-002"),
    ("今后要要更加注重调查研究。", "PR-REPEAT-001"),
    ("发现问题后就就马上整改。", "PR-REPEAT-001"),
    ("要主动与与群众交朋友。", "PR-REPEAT-001"),
    ("上报的材料被被退回来两次。", "PR-REPEAT-001"),
    ("要从从自身找原因。", "PR-REPEAT-001"),
    ("我们将将整改清单逐项销号。", "PR-REPEAT-001"),
    ("根本原因是是理想信念有所动摇。", "PR-REPEAT-001"),
    ("学习的的效果不明显。", "PR-REPEAT-001"),
    ("群众都都很满意。", "PR-REPEAT-001"),
    ("我也也有这方面的问题。", "PR-REPEAT-001"),
    ("对自己的要求降低了了，标准也松了。", "PR-REPEAT-001"),
    ("这这个问题拖了很久。", "PR-REPEAT-001"),
    ("离组织的要求还还存在一些差距。", "PR-REPEAT-001"),
    ("我们不不能满足于现状。", "PR-REPEAT-001"),
    ("他他们反映的情况属实。", "PR-REPEAT-001"),
    ("大家对对我提的意见很中肯。", "PR-REPEAT-001"),
    ("要不断提高为为人民服务的本领。", "PR-REPEAT-001"),
    ("这次我真的的认识到了。", "PR-REPEAT-001"),
    # A content character doubled inside a frequent word (doubled.words).
    ("要进一步加加强基层党组织建设。", "PR-REPEAT-001"),
    ("认真学学习新修订的条例。", "PR-REPEAT-001"),
    ("会前对照检查的资料料准备得不充分。", "PR-REPEAT-001"),
    ("思想上有所松懈懈，标准降低了。", "PR-REPEAT-001"),
    ("没有把整改措施落实实到位。", "PR-REPEAT-001"),
    ("小区物业业服务跟不上，居民意见大。", "PR-REPEAT-001"),
    ("对安全全生产的要求放松了。", "PR-REPEAT-001"),
    ("党员员干部要带头遵守纪律。", "PR-REPEAT-001"),
    ("群众众反映的问题没有及时回应。", "PR-REPEAT-001"),
    # A suffix character doubled (doubled.suffix), a complement doubled after
    # its verb (after_verb), a two-character word written twice where only a
    # noun fits.
    ("他们们反映的情况我都记下了。", "PR-REPEAT-001"),
    ("服务态度度还需要改进。", "PR-REPEAT-001"),
    ("对患者的诉求，医护人员员要耐心解答。", "PR-REPEAT-001"),
    ("春节前给孤寡老人人送去米面油后，就没再上门。", "PR-REPEAT-001"),
    ("问题主要存在在基层落实环节。", "PR-REPEAT-001"),
    ("把文件放在在一边没有及时传达。", "PR-REPEAT-001"),
    ("材料整理好后交给给办公室归档。", "PR-REPEAT-001"),
    ("根子在于于思想上放松了要求。", "PR-REPEAT-001"),
    # a frequent word and its last character again (AB|B), an adverb AA typed
    # three times, 了解 after a person with 了 too many
    ("调解纠纷的时候候要耐心。", "PR-REPEAT-001"),
    ("要夯实基础础，补齐短板。", "PR-REPEAT-001"),
    ("理论学习往往往流于形式。", "PR-REPEAT-001"),
    ("我向群众了了解情况。", "PR-REPEAT-001"),
    ("平时与群众群众打交道少。", "PR-REPEAT-002"),
    ("把社区社区的事当成分内事。", "PR-REPEAT-002"),
    ("组织老党员老党员们开座谈会。", "PR-REPEAT-002"),
    ("自己自己的问题没有查透。", "PR-REPEAT-002"),
    ("要加强作风建设加强作风建设。", "PR-REPEAT-002"),
    # a noun typed twice anywhere, and a conjunction's last character
    ("科室骨干的专业专业能力跟不上。", "PR-REPEAT-002"),
    ("辖区商户商户反映噪音扰民。", "PR-REPEAT-002"),
    ("正在修改修改方案时又接到新任务。", "PR-REPEAT-002"),
    ("既然然答应了群众，就要办到。", "PR-REPEAT-001"),
    ('支部开展了"三亮三比"活动。', "PR-PUNCT-001"),
    ("存在的问题主要有:", "PR-PUNCT-002"),
    ("工作不够扎实,满足于完成任务。", "PR-PUNCT-002"),
    ("全年走访45户,发现问题12个。", "PR-PUNCT-002"),
    ("这样做真的对吗?", "PR-PUNCT-002"),
    ("按时参加三会一课(含党课)。", "PR-PUNCT-003"),
    ("学习不够深入，，标准不高。", "PR-PUNCT-004"),
    ("一定要把作风改过来！！", "PR-PUNCT-004"),
    ("包括学习、、工作两方面。", "PR-PUNCT-004"),
    ("群众提的意见。。", "PR-PUNCT-004"),
    ("低保、救助、养老...都要管。", "PR-PUNCT-005"),
    ("认真学习了《中国共产党纪律处分条例，对照查摆了问题。", "PR-PUNCT-006"),
    ("学了《关于新形势下党内政治生活的若干准则“以后，深受触动。", "PR-PUNCT-006"),
    ("老支书常说：“干部干部，先干一步。", "PR-PUNCT-006"),
    ("一年只下了三、四回基层。", "PR-PUNCT-007"),
    ("每次开会只来七、八个人。", "PR-PUNCT-007"),
    ("学习了“两个维护、”的要求。", "PR-PUNCT-008"),
    ("开展谈心谈话（每季度至少一次，）。", "PR-PUNCT-008"),
    ("原文见《条例：》第五条。", "PR-PUNCT-008"),
    ("对照六大纪律，我查找出的不足有以下三点；", "PR-PUNCT-009"),
    ("存在的问题主要体现在，", "PR-PUNCT-009"),
    ("会前通读了“中国共产党纪律处分条例”。", "PR-PUNCT-010"),
    ("对照“中华人民共和国公职人员政务处分法”查找不足。", "PR-PUNCT-010"),
    ("增强政治意识，大局意识、核心意识和看齐意识。", "PR-PUNCT-011"),
    # Book titles marked with keyboard angle brackets, or a doubled mark (dev-16, dev-17).
    ("学习了<关于加强基层治理的意见>。", "PR-PUNCT-012"),
    ("每天晚上看<<焦点访谈>>。", "PR-PUNCT-012"),
    ("读完了《习近平著作选读》》第一卷。", "PR-PUNCT-012"),
]

GOOD = [
    "读完了《习近平著作选读》第一卷，每天晚上看《焦点访谈》。",
    "现在在家照顾老人的党员也要参加学习。",
    "为了了解群众的真实想法，我走访了十二户。",
    "问题的关键是是否真正落实。",
    "进一步改进工作作风，密切联系群众。",
    "支部委员会会议每月召开一次。",
    "去年年底完成了整改，今年年初又回头看。",
    "我常常加班到很晚，往往顾不上家。",
    "认认真真学习，踏踏实实工作，干干净净做人。",
    "一条条、一件件抓落实，一步步推进。",
    "针对对党忠诚方面存在的问题，逐条剖析。",
    "所有有关材料都已归档。",
    "一直没有有效的办法。",
    "需要要求自己更严一些。",
    "作为中国共产党党员，要带头遵守纪律。",
    "他说的的确是实情。",
    "我们要对对方的意见认真分析。",
    "大家商量商量再定，有空多回家看看父母。",
    "不懂的多向老同志请教请教，当然然后还要自己琢磨。", "我们现在研究研究这件事。", "奖状挂在雪白雪白的墙上。", "兼任第三网格网格长。", "党组织组织生活会按时召开。",
    "老党员给我们讲讲过去的事，说说入党时的想法。",
    "学期期末考试前要把试卷再核对一遍。",
    "各自自查自纠，责任任务分解到人。",
    "会议上午9:30开始，完成率达到98.5%。",
    "全年共缴纳党费3,000元。",
    "参考 https://www.12371.cn/a,b 的文章。",
    'The motto is "Serve the people".',
    "学习《中国共产党章程》和“两个确立”。",
    "他说：“我一定改。”",
    "“同志们，”书记说，“大家要抓紧。”",
    "一年只去了三四回，每次七八个人。",
    "第三、四次支部会议我都请了假。",
    "负责一、二年级的思政课教学。",
    "说到这里……大家都沉默了。",
    "这是一次深刻的教训——必须牢牢记住。",
    "并列词语之间用顿号（、）。",
    "老党员一遍遍地讲，我们一个村一个村地跑。",
    "真的改了吗？！",
    "以“一、”开头的是一级标题。",
    "现将个人对照检查情况报告如下。", "我查找出的不足有以下三点：", "一是学习不深；二是查摆了三个方面；",
    "重温“历史决议”的重要论述。", "增强政治意识，提高服务能力、工作能力。",
    # Word boundaries: the left word ends and the right word starts with the same character.
    "学习习近平新时代中国特色社会主义思想，党委委员带头。",
    "发展人民民主，所有有关部门都要配合。",
    "需要要求会议议题提前报送。",
    "支部部署的任务，要在发展展开之前理清问题题目。",
    "人才才是第一资源，刚才才想起来。",
    "姑息迁就就是纵容。", "对情况进行了了解。", "完成了了解民情的任务。", "他常常常委会上发言。", "血压压力都不小。",
    "把学习成果转化为为民服务的实际行动。",
    "我们就就业问题开了专题会，总之之前的问题都已整改。",
    # A curated content word next to a word that shares its first or last character.
    "外科科室的医护人员很辛苦，这次会议议程安排得很紧。",
    "对安全全面负责，服务务必热情周到。",
    "学习中国共产党党员教育管理工作条例。",
    "向领导汇报报销情况，报销时经费费用的票据要齐全。",
    "发展居民民主评议，学习管理理论知识，参加教学学术交流。",
    "请大家帮我把把关。",
    # 把 before a verb of its own (把关, 把脉): the object or AAB reduplication.
    "要把把关的责任扛起来，请大家帮我把把脉，帮他把把关。",
    # A boundary, a word of its own, or a reduplicated verb.
    "年底前对全年工作作一次总结，人员员工都要参加。",
    "现在在村里工作的年轻人不多，存在于思想上的问题要重视。",
    "他实在在意别人的评价，面对对手也不服输。",
    "遇到难事多和大家商量商量，有空去基层看看、研究研究。",
    "这件事大家研究研究再定，学习浮于表面的问题要改。",
    "党组织组织党员开展志愿服务，问他是不是不舒服。",
    "整改要一步一步来，一天一天抓，对青年的困难件件过问。",
    "做到件件有回音、事事有着落，项项抓落实。",
    "养老院老人人数逐年增加，照护工作大家人人有责。",
    "门诊病人人满为患，还要上门帮老人人脸识别认证。",
]


def _found(text):
    return [f.rule for f in check_text(text) if f.rule.startswith(CLASSES)]


@pytest.mark.parametrize("text,rule", BAD)
def test_bad_sentence_is_reported(text, rule):
    assert rule in _found(text), text


@pytest.mark.parametrize("text", GOOD)
def test_good_sentence_passes(text):
    assert _found(text) == [], text


def test_counts():
    assert len(BAD) >= 30 and len(GOOD) >= 30


def test_one_report_for_a_title_closed_by_a_quote():
    # 《…“ is one slip: reported once, not once for 《 and again for “.
    found = [f for f in check_text("学了《关于加强作风建设的意见“以后，深受触动。") if f.rule == "PR-PUNCT-006"]
    assert len(found) == 1 and found[0].excerpt.startswith("《")


def test_an_unclosed_mark_is_shown_with_the_words_it_opens():
    # The missing 》 or ” belongs after the words that follow the open mark:
    # the finding covers them, up to the next punctuation.
    [title] = [f for f in check_text("认真研读了《关于新形势下党内政治生活的若干准则，对照检查。") if f.rule == "PR-PUNCT-006"]
    assert title.excerpt == "《关于新形势下党内政治生活的若干准则"
    [quote] = [f for f in check_text("老党员常说：“吃水不忘挖井人，我们不能忘本。") if f.rule == "PR-PUNCT-006"]
    assert quote.excerpt == "“吃水不忘挖井人"


def test_doubled_data_is_derived_and_small():
    doubled = default_ruleset()["doubled"]
    checked = doubled["pattern"]
    # Function words the issue names are checked; AA words (常常, 往往) and
    # content characters (工作作风, 会议议题) are not.
    for ch in "在和把对要就与被从将的是了都也":
        assert ch in checked, ch
    for ch in "常往仅刚作议会党":
        assert ch not in checked, ch
    # Most of it is the boundary characters of the curated content words;
    # the AB|B words (时候候) and AAA adverbs (往往往) add about 1,000, the
    # ABAB verbs (abab_try) and the AB|B的 characters (tail_de) about 500.
    assert len(gzip.compress(json.dumps(doubled).encode("ascii"), 9)) <= 10000


def test_doubled_content_words_are_two_different_characters():
    from zzshh.selfcheck import RulesetError
    from zzshh.selfcheck.doubled import derive
    for word in ("加强学习", "常常", "A股"):
        with pytest.raises(RulesetError, match="doubled.words"):
            derive({"doubled": {"words": [word]}})


def _clean_texts():
    for path in sorted((ROOT / "data" / "statements").glob("*.yml")):
        yield from _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests" / "selfcheck-vectors").glob("clean-*.txt")):
        yield path.read_text(encoding="utf-8")


def test_site_statements_and_clean_vectors_have_no_false_alarm():
    # The pages and templates are checked by the build (a false alarm fails it).
    found = [(text[:20], rule) for text in _clean_texts() for rule in _found(text)]
    assert found == []


# Round 10: a verb typed with its last character again (走访访), from the
# verbs PR-DE-001 ships (jieba's and the hand lists'), only where the second
# copy can start no word; and a noun twice whose ending jieba's attributives
# (大型, 新型) used to hide (模型模型, 手机手机).
@pytest.mark.parametrize("text,excerpt", [
    ("每周入户走访访不少于一次。", "访访"),
    ("台账要及时检查查了再报。", "查查"),
    ("我满足于用BIM模型模型做碰撞检查。", "模型模型"),
    ("开会时手机手机不离手。", "手机手机"),
])
def test_a_word_with_a_character_or_itself_again_is_reported(text, excerpt):
    found = [f for f in check_text(text) if f.rule.startswith("PR-REPEAT")]
    assert [f.excerpt for f in found] == [excerpt], [(f.rule, f.excerpt) for f in found]
    fixed = text.replace(excerpt, excerpt[: len(excerpt) // 2], 1)
    assert [f for f in check_text(fixed) if f.rule.startswith("PR-REPEAT")] == []


@pytest.mark.parametrize("text", [
    "要养成学习习惯。", "落实实在不够到位。", "这件事要研究研究再定。", "层层压实责任。", "一层层往下传达。",
    "基层干部很辛苦。", "抓住时机做好转型。",
])
def test_words_that_meet_themselves_stay_silent(text):
    assert [f for f in check_text(text) if f.rule.startswith("PR-REPEAT")] == []


# Round 12: any two-character word twice unless it may reduplicate (jieba's
# verbs and adjectives, doubled.abab_try), verbs of a state or result never
# (觉得觉得, 做到做到); AB|B before 们 or 的, X一Y|Y, a verb's 到 again, and a
# function word of two checked characters (有所所).
DOUBLED_ROUND12 = [
    ("没有把“数据数据质量是生命”落到实处。", "PR-REPEAT-002", "数据数据"),
    ("全市用电负荷负荷屡创新高。", "PR-REPEAT-002", "负荷负荷"),
    ("对跨部门纠纷纠纷，由中心牵头。", "PR-REPEAT-002", "纠纷纠纷"),
    ("我有时觉得觉得窗口工作简单。", "PR-REPEAT-002", "觉得觉得"),
    ("要做到做到心中有数。", "PR-REPEAT-002", "做到做到"),
    ("发现老师师们在工作中的问题。", "PR-REPEAT-001", "师师"),
    ("把远传水表表的异常数据核对一遍。", "PR-REPEAT-001", "表表"),
    ("要进一步步提高作业设计水平。", "PR-REPEAT-001", "步步"),
    ("建立台账，做到到情况清、底数明。", "PR-REPEAT-001", "到到"),
    ("宗旨意识有所所淡化。", "PR-REPEAT-001", "所所"),
]


NOT_DOUBLED_ROUND12 = [
    "这件事要研究研究再定。", "大家商量商量，遇事多琢磨琢磨。", "有不懂的多向老同志请教请教。",
    "奖状挂在雪白雪白的墙上。", "一个一个地走访，两遍两遍地读。", "听着听着就入了迷。",
    "党组织组织生活会按时召开。", "兼任第三网格网格长。", "老支书常说：“干部干部，先干一步。”",
    "没有认真地研究研究和林业站工作怎么结合。",
    "哥哥们都来帮忙，不断完善自我我们才能进步。", "要一步步加强学习，第一个个人荣誉给了他。",
    "在大学学的是数学。", "看到到处都是垃圾。", "派出所所长来了，研究所所在的大楼很旧。",
    "有空要多交流交流，大家意思意思就行。", "村里的老姥姥们都来了。", "群众得到到位的服务。",
    "会议笔记记的不够详细。",
]


# PR-PUNCT-013 (dev-29): a 顿号 between a list and the predicate after it.
@pytest.mark.parametrize("text, excerpt", [
    ("疫苗接种、核酸检测、燃气安全检查的通知、都是第一时间发到群里。", "、都是"),
    ("台账、会议记录、均已整理归档。", "、均已"),
    ("学习笔记写了、但是联系实际不够。", "、但是"),
])
def test_a_list_comma_before_the_predicate_is_reported(text, excerpt):
    assert [f.excerpt for f in check_text(text) if f.rule == "PR-PUNCT-013"] == [excerpt]
    fixed = text.replace(excerpt, "，" + excerpt[1:], 1)
    assert [f for f in check_text(fixed) if f.rule == "PR-PUNCT-013"] == []


@pytest.mark.parametrize("text", ["首都、都江堰、成都都去过。", "台账、会议记录均已整理归档。", "均衡、协调、可持续。"])
def test_list_items_after_a_list_comma_stay_silent(text):
    assert [f for f in check_text(text) if f.rule == "PR-PUNCT-013"] == []


# Round 13 (dev-31…42): an adjective that is no verb repeats AABB, never ABAB
# (主动主动向组织报告, 安全安全隐患), unless it ends the clause as a verb
# would; a verb right after a word that is a noun as often goes on a term
# (学习教育教育期间). A noun ending in a particle character is a boundary
# (耕地|地力), and so is a verb the second copy starts (争取|取得).
DOUBLED_ROUND13 = [
    ("收到礼品后没有主动主动向组织报告。", "PR-REPEAT-002", "主动主动"),
    ("对实验室的安全安全隐患排查不细。", "PR-REPEAT-002", "安全安全"),
    ("主题学习教育教育期间按时交了心得。", "PR-REPEAT-002", "教育教育"),
]


NOT_DOUBLED_ROUND13 = [
    "今年争取取得高级工证书。", "核对耕地地力补贴面积。", "群众情绪激动时先稳住自己的情绪。",
    "让大家高兴高兴。", "周末要好好休息休息。", "应该锻炼锻炼身体。", "这件事大家研究研究再定。",
]


# Round 14 (dev-43…50): the place words 中 and 后 typed twice (其中中共 and
# 完成后后勤 are boundaries), a two-character verb with its last character
# again (批改改, 留意意), and 报告 and the like never doubled in the try form;
# a suffix whose doubled form is a word (息息相关) is left alone.
DOUBLED_ROUND14 = [
    ("我在值乘中中，对旅客的询问有时不够耐心。", "PR-REPEAT-001", "中中"),
    ("下班后后，我很少再看工作群。", "PR-REPEAT-001", "后后"),
    ("批改改作文要细致。", "PR-REPEAT-001", "改改"),
    ("对老人的身体状况要多留意意。", "PR-REPEAT-001", "意意"),
    ("把信息息整理好。", "PR-REPEAT-001", "息息"),
    ("把体检报告报告单发给家属。", "PR-REPEAT-002", "报告报告"),
]

NOT_DOUBLED_ROUND14 = [
    "这项工作与群众利益息息相关。",
    "其中中共党员有十二名。",
    "完成后后勤保障跟上。",
    "前前后后跑了五趟。",
    "下班后后续工作交给同事。",
]

# Round 15 (dev-51…66): a verb tried out (研究研究) heads no noun phrase and
# opens no heading, so ABAB before 的 or at a heading's start is a slip;
# adverbs never reduplicate ABAB (没有没有, 一起一起, 逐条逐条); after
# 的 a known verb twice is PR-DE-001's only after an adjective (自己的要求要求
# is a slip); verbs of setting up (建立) are never tried out.
DOUBLED_ROUND15 = [
    ("对居民反映反映的噪音问题及时回复。", "PR-REPEAT-002", "反映反映"),
    ("（二）坚持坚持问题导向。", "PR-REPEAT-002", "坚持坚持"),
    ("当时没有没有及时制止。", "PR-REPEAT-002", "没有没有"),
    ("周末和家人一起一起包饺子。", "PR-REPEAT-002", "一起一起"),
    ("对整改清单逐条逐条销号。", "PR-REPEAT-002", "逐条逐条"),
    ("对学生的要求要求不能降低。", "PR-REPEAT-002", "要求要求"),
    ("为每户困难群众建立建立档案。", "PR-REPEAT-002", "建立建立"),
    # PR-REPEAT-001: an AA of "every" makes no AABB with a checked character;
    # AABB and B again.
    ("群众的事件件有有回音。", "PR-REPEAT-001", "有有"),
    ("一直踏踏实实实地干。", "PR-REPEAT-001", "踏踏实实实"),
]

NOT_DOUBLED_ROUND15 = [
    "（二）研究研究再定。", "再坚持坚持就好了。", "这个问题我们回去研究研究。",
    "没有认真地研究研究新问题。", "要好好学习学习先进经验。",
    "实实在在在岗位上做事。", "家家户户都装了净水器。", "事事处处带好头。",
]

# Round 16 (dev-67…74): a verb tried out takes no preposition after it
# (坚持坚持为居民), 一X一 twice, a preposition twice after a pronoun (他在在),
# an adjective and its last character again (认真真), 里 twice after a place.
# Silent: a verb tried out before the time or chance for it (讨论讨论的时间),
# one-character verbs tried out in a list (扫扫地、擦擦桌子), 把把关.
DOUBLED_ROUND16 = [
    ("她退休后仍坚持坚持为居民理发。", "PR-REPEAT-002", "坚持坚持"),
    ("村里开展一帮一一帮一结对。", "PR-REPEAT-002", "一帮一一帮一"),
    ("他在在村里住了十年。", "PR-REPEAT-001", "在在"),
    ("检查得不认真真。", "PR-REPEAT-001", "真真"),
    ("我在院子里里摆了桌子。", "PR-REPEAT-001", "里里"),
]

NOT_DOUBLED_ROUND16 = [
    "真正坐下来讨论讨论的时间不多。", "平时就是扫扫地、擦擦桌子。", "请同志们帮我把把关。", "一个字一个字地读。",
    "家里里外外都收拾干净了。", "他们对对方的情况不了解。", "我们商量商量给谁。",
]

# Round 17: how often twice (每天每天), a verb's last character again before
# a pronoun (提醒醒他们). Silent: the pronoun's own words
# (尤其其他), a verb tried out before a pronoun (问问他们).
DOUBLED_ROUND17 = [
    ("活动预告每天每天发布。", "PR-REPEAT-002", "每天每天"),
    ("反复提醒醒他们不要转账。", "PR-REPEAT-001", "醒醒"),
]

NOT_DOUBLED_ROUND17 = [
    "尤其其他人也要注意。", "去问问他们的意见。", "每天发布活动预告。", "（二）强化宗旨意识。（三）改进作风。",
]


# Round 18: a word's last character typed again before a verb or adjective
# of the lexicon or a punctuation mark, when the word is a lexicon word
# (认真真核对) or ends in a common last character (问题题逐一销号); a word
# tried out cannot take 得 (检查检查得不细); verbs tied to a frame never
# reduplicate (围绕围绕). Silent: the second copy starting a word (员工|工作出色,
# 机关|关心, 深入|入户, 学习|习近平), an "every" AA (件件有回音), 商量商量得了.
DOUBLED_ROUND18 = [
    ("每周定期期开展走访。", "PR-REPEAT-001", "期期"),
    ("把排查出的问题题逐一销号。", "PR-REPEAT-001", "题题"),
    ("统计计完成后及时上报。", "PR-REPEAT-001", "计计"),
    ("每月按时交党费费。", "PR-REPEAT-001", "费费"),
    ("每次都认真真核对。", "PR-REPEAT-001", "真真"),
    ("及时跟进进处理。", "PR-REPEAT-001", "进进"),
    ("问题检查检查得不细。", "PR-REPEAT-002", "检查检查"),
    ("围绕围绕中心工作开展。", "PR-REPEAT-002", "围绕围绕"),
]

NOT_DOUBLED_ROUND18 = [
    "员工工作出色，受到表彰。", "生产产生的废料要及时处理。", "做到件件有回音。", "机关关心退休老同志。",
    "大家商量商量得了。", "深入入户走访群众。", "把学习习近平总书记重要讲话精神作为重点。", "代表表示赞同。",
    "要养成学习习惯。", "抓落实实在在。",
]

def test_a_heading_number_typed_twice_is_reported():
    found = [(f.rule, f.excerpt) for f in check_text("（二）（二）强化宗旨意识。") if f.rule.startswith("PR-REPEAT")]
    assert found == [("PR-REPEAT-002", "（二）")], found
    assert [f for f in check_text("（二）强化宗旨意识。") if f.rule.startswith("PR-REPEAT")] == []


@pytest.mark.parametrize("text,rule,excerpt", DOUBLED_ROUND12 + DOUBLED_ROUND13 + DOUBLED_ROUND14 + DOUBLED_ROUND15 + DOUBLED_ROUND16 + DOUBLED_ROUND17 +
                         DOUBLED_ROUND18)
def test_doubled_words_are_reported(text, rule, excerpt):
    found = [(f.rule, f.excerpt) for f in check_text(text) if f.rule.startswith("PR-REPEAT")]
    assert found == [(rule, excerpt)], found
    fixed = text.replace(excerpt, excerpt[: len(excerpt) // 2], 1)
    assert [f for f in check_text(fixed) if f.rule.startswith("PR-REPEAT")] == []


@pytest.mark.parametrize("text", NOT_DOUBLED_ROUND12 + NOT_DOUBLED_ROUND13 + NOT_DOUBLED_ROUND14 + NOT_DOUBLED_ROUND15 + NOT_DOUBLED_ROUND16 + NOT_DOUBLED_ROUND17 +
                         NOT_DOUBLED_ROUND18)
def test_reduplication_and_boundaries_stay_silent(text):
    assert [(f.rule, f.excerpt) for f in check_text(text) if f.rule.startswith("PR-REPEAT")] == []


# PR-REPEAT-004: a sentence, or the end of a clause, written twice in a row
# (a copy pasted twice): (text, the copy).
REPEATED_SENTENCES = [
    ("整改台账每月更新一次。整改台账每月更新一次。年底前全部销号。", "整改台账每月更新一次"),
    ("对困难党员的走访做到了全覆盖，做到了全覆盖，但回访不够。", "做到了全覆盖"),
    ("我把这件事没当回事，没当回事，结果拖了半个月。", "没当回事"),
    ("一是主动认领群众的微心愿；一是主动认领群众的微心愿；二是帮办代办。", "一是主动认领群众的微心愿"),
]

NOT_REPEATED_SENTENCES = [
    "学习，学习，再学习。", "每月走访一次，每月总结一次。", "干部干部，先干一步。",
    "一是加强学习。二是加强学习的针对性。", "越来越多，越来越多的居民参与进来。", "查，查，查到底。",
]


@pytest.mark.parametrize("text,copy", REPEATED_SENTENCES)
def test_a_sentence_written_twice_is_reported(text, copy):
    found = [f for f in check_text(text) if f.rule.startswith("PR-REPEAT")]
    assert [f.rule for f in found] == ["PR-REPEAT-004"] and found[0].excerpt.count(copy) == 2, found
    once = text.replace(found[0].excerpt, found[0].excerpt[len(copy) + 1:], 1)
    assert [f for f in check_text(once) if f.rule.startswith("PR-REPEAT")] == [], once


@pytest.mark.parametrize("text", NOT_REPEATED_SENTENCES)
def test_words_said_again_on_purpose_stay_silent(text):
    assert [f.rule for f in check_text(text) if f.rule.startswith("PR-REPEAT")] == []


# Round 20: the same meaning said twice in one clause (PR-REPEAT-005), a
# word said again after 的 with nothing between (PR-REPEAT-003), and a 顿号
# before the 和 of a list's last item (PR-PUNCT-013): (text, rule, excerpt).
SAID_TWICE = [
    ("大约有十来次左右我只是贴了提示单。", "PR-REPEAT-005", "大约有十来次左右"),
    ("每本书付印前重新再次核对引文。", "PR-REPEAT-005", "重新再次"),
    ("针灸科每天日均门诊量八十多人次。", "PR-REPEAT-005", "每天日均"),
    ("思想深处还存在侥幸心理的心理。", "PR-REPEAT-003", "心理的心理"),
    ("压缩了初审、复审、和终审的周期。", "PR-PUNCT-013", "、"),
    # Round 21 (dev-102..105): words that link never reduplicate.
    ("把每一位献血者都当作当作亲人。", "PR-REPEAT-002", "当作当作"),
    ("总觉得保育员的本分就是就是照顾好孩子。", "PR-REPEAT-002", "就是就是"),
]

SAID_ONCE = [
    "大约两周，左右邻居都知道了。", "每次十分钟左右。", "付印前重新核对引文。", "日均门诊量八十多人次。",
    "摸清老人的心理，照顾老人的心理需求。", "压缩了初审、复审和终审的周期。", "做到民主、文明、和谐。",
]


@pytest.mark.parametrize("text,rule,excerpt", SAID_TWICE)
def test_the_same_thing_said_twice_is_reported(text, rule, excerpt):
    found = [(f.rule, f.excerpt) for f in check_text(text) if f.rule.startswith(CLASSES)]
    assert found == [(rule, excerpt)], found


@pytest.mark.parametrize("text", SAID_ONCE)
def test_things_said_once_stay_silent(text):
    assert [(f.rule, f.excerpt) for f in check_text(text) if f.rule.startswith(CLASSES)] == []
