"""The dictionary of miswritten words (data/miswritten-words.yml, rule
PR-WORD-001): big enough, every entry tied to a declared list, never matching
correct text, and found by the engine exactly once with its correction."""
import os
import re
from collections import Counter
from pathlib import Path

import jieba
import pytest
import yaml

from zzshh.selfcheck import RulesetError, check_text
from zzshh.selfcheck.markdown_mask import mask_markdown
from zzshh.selfcheck.ruleset import build
from selfcheck_support import ROOT, data_copy  # noqa: F401 (a fixture)

WORDS = ROOT / "data" / "miswritten-words.yml"
DATA = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
ENTRIES = DATA["entries"]
PLAIN = [e for e in ENTRIES if "wrong" in e]
RULE = "PR-WORD-001"
# jieba's dict.txt also holds misspellings harvested from web text, at low
# counts (再接再励 3, 松驰 17, 震憾 26). A form counted more often than this is
# likely a real word or an accepted variant: the entry must then give context
# (pattern) or be a warning that says why (note).
JIEBA_COMMON = 30
# Files that list wrong forms on purpose: the dictionaries themselves and the
# search's table of what readers type (data/search-variants.yml).
NOT_CLEAN = {"miswritten-words.yml", "proofread-rules.yml", "search-variants.yml"}


def word_hits(text: str, profile: str = "draft") -> list:
    return [f for f in check_text(text, profile=profile) if f.rule == RULE]


def clean_texts() -> dict[str, str]:
    """The site's own checked text: pages (as the build proofreads them),
    data files, templates and the clean test drafts."""
    found = {}
    for path in sorted((ROOT / "docs").rglob("*.md")):
        found[str(path.relative_to(ROOT))] = mask_markdown(path.read_text(encoding="utf-8"))
    paths = [p for p in (ROOT / "data").rglob("*.yml") if p.name not in NOT_CLEAN]
    paths += list((ROOT / "data" / "templates").glob("*.txt"))
    paths += list((ROOT / "tests" / "selfcheck-vectors").glob("clean-*.txt"))
    for path in sorted(paths):
        found[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    return found


def jieba_counts() -> dict[str, int]:
    counts = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, count = line.split()[:2]
            counts[word] = int(count)
    return counts


def test_at_least_1000_entries_each_from_a_declared_list():
    declared = [item["id"] for item in DATA["lists"]]
    assert len(declared) == len(set(declared))
    assert len(ENTRIES) >= 1000
    assert {e["list"] for e in ENTRIES} <= set(declared)
    # a declared list nobody uses is a stale claim of provenance
    assert set(declared) <= {e["list"] for e in ENTRIES}
    for item in DATA["lists"]:
        assert item["name"] and item["publisher"] and item["found"], item["id"]


def test_every_entry_is_well_formed():
    for e in ENTRIES:
        assert ("wrong" in e) != ("pattern" in e), e
        assert e.get("wrong") != e["right"], e
        if e.get("severity") == "warning":
            assert e.get("note"), f"a warning says when to ignore it: {e}"
        if "pattern" in e:
            re.compile(e["pattern"])


def test_no_duplicates():
    keys = Counter(e.get("wrong") or e["pattern"] for e in ENTRIES)
    assert [k for k, n in keys.items() if n > 1] == []
    # proofread-rules.yml's own `miswritten` list stays merged without overlap
    rules = yaml.safe_load((ROOT / "data" / "proofread-rules.yml").read_text(encoding="utf-8"))
    assert not {e.get("wrong") for e in rules.get("miswritten") or []} & set(keys)


def test_common_words_need_context_or_a_warning():
    counts = jieba_counts()
    loose = [(e["wrong"], counts[e["wrong"]]) for e in PLAIN
             if counts.get(e["wrong"], 0) > JIEBA_COMMON
             and not (e.get("severity") == "warning" and e.get("note"))]
    assert loose == []


def test_the_sites_own_text_has_no_miswritten_word():
    hits = []
    for where, text in clean_texts().items():
        profile = "site_page" if where.endswith(".md") else "template"
        for f in word_hits(text, profile):
            hits.append(f"{where}:{f.line}: {f.excerpt}")
    assert hits == []


def test_each_wrong_form_is_found_once_with_its_correction():
    # One check of all entries, one per line: fast, and a line that is found
    # twice means two entries overlap.
    lines = [f"我们要{e['wrong']}。" for e in PLAIN]
    found = Counter()
    seen = {}
    for f in word_hits("\n".join(lines)):
        found[f.line] += 1
        seen[f.line] = f
    wrong = [(PLAIN[n - 1]["wrong"], found[n]) for n in range(1, len(PLAIN) + 1) if found[n] != 1]
    assert wrong == []
    # the packed form of the ruleset keeps each correction, note and severity
    for n, e in enumerate(PLAIN, 1):
        f = seen[n]
        assert e["right"] in f.suggestion and e.get("note", "") in f.message, e
        assert f.severity == e.get("severity", "error"), e


def test_corrections_are_not_flagged():
    text = "\n".join(f"我们要{e['right']}。" for e in ENTRIES)
    assert [f.excerpt for f in word_hits(text)] == []


@pytest.mark.parametrize("text, excerpt, right", [
    ("截止目前，整改任务已完成9项。", "截止", "截至"),
    ("做为一名党员，我对照党章找差距。", "做为", "作为"),
    ("在支部里发挥带头做用不够。", "做用", "作用"),
    ("有时好象只是完成任务。", "象", "像"),
    ("以案为签，警钟长鸣。", "以案为签", "以案为鉴"),
    # two-character words with one same-sounding character (no near-miss check for them)
    ("退休后还一直掂记着村里的事。", "掂记", "惦记"),
    ("遇到难办的事不能推萎给别人。", "推萎", "推诿"),
    ("对上级安排的任务有时马糊应付。", "马糊", "马虎"),
    ("在大是大非面前态度不够艰决。", "艰决", "坚决"),
    ("办事没有遵寻规定的流程。", "遵寻", "遵循"),
    ("学习上有泄怠情绪。", "泄怠", "懈怠"),
    # character families met in office drafts (context keeps the real words)
    ("对交办事项的跟综问效不到位。", "综", "踪"),
    ("对问题线索的来龙去脉、综迹去向掌握不全。", "综", "踪"),
    ("对待纪律规矩抱着无所畏的态度。", "无所畏", "无所谓"),
    ("幼小街接活动开展得不够扎实。", "街接", "衔接"),
    ("因为开会担误了群众办事。", "担误", "耽误"),
    ("每月更新一次支部宣传拦。", "拦", "栏"),
    ("网站的拦目设置不够清楚。", "拦", "栏"),
    ("采购单据全程流痕，便于核查。", "流痕", "留痕"),
    ("刚到社区时没有很快溶入群众。", "溶", "融"),
    # round 9 families: 滞/置, 逾/愈, 返/反, 根/跟, 访/防, 带/代, 测/侧, 签订
    ("项目建设进度明显置后。", "置后", "滞后"),
    ("理论学习置后于实践需要。", "置后", "滞后"),
    ("对愈期未整改的问题挂牌督办。", "愈期", "逾期"),
    ("群众办一件事要在两个窗口之间多次往反。", "往反", "往返"),
    ("节后没有按时反回岗位。", "反回", "返回"),
    ("对问题的跟源挖得不深。", "跟源", "根源"),
    ("跟本原因在于理想信念有所动摇。", "跟本", "根本"),
    ("每月走防困难党员不少于两户。", "走防", "走访"),
    ("开展回防3次，群众满意。", "回防", "回访"),
    ("发挥代头作用不明显。", "代头", "带头"),
    ("合作社代动了周边农户增收。", "代动", "带动"),
    ("代电检修前没有认真验电。", "代电", "带电"),
    ("合同签订方不履约的，承担连代责任。", "连代", "连带"),
    ("学生体侧成绩不够理想。", "体侧", "体测"),
    ("慢病随防记录不完整。", "随防", "随访"),
    ("安全隐患排察不彻底。", "排察", "排查"),
    ("重大事项没有及时向组织情示报告。", "情示", "请示"),
    ("有一次未情假就外出办事。", "情假", "请假"),
    ("到革命烈士林园开展主题党日。", "林园", "陵园"),
    ("对全年工作研究部置不够。", "部置", "部署"),
    ("课后部置作业偏多。", "部置", "布置"),
    ("科研成果专化率不高。", "专化", "转化"),
    ("要筑劳拒腐防变的思想防线。", "筑劳", "筑牢"),
    ("时刻劳记初心使命。", "劳记", "牢记"),
    ("去年递交了入党申情书。", "申情", "申请"),
    ("与对口单位签定共建协议。", "签定", "签订"),
    # round 16: real words read from the words around them
    ("在日常监督检察中发现台账不全。", "检察", "检查"),
    ("井下瓦斯检察不够经常。", "检察", "检查"),
    ("把所学用于邻里矛盾调节。", "调节", "调解"),
    ("出现险情要妥善处治。", "处治", "处置"),
    ("考核评介结果运用不够。", "评介", "评价"),
    ("课后布制作业偏多。", "布制", "布置"),
    ("带学生去研学基底参观。", "基底", "基地"),
    ("核对旅客登记牌上的航班号。", "登记牌", "登机牌"),
    ("做到学懂弄通作实。", "作实", "做实"),
])
def test_context_entries_catch_the_drafting_errors(text, excerpt, right):
    found = word_hits(text)
    assert [(f.excerpt, right in f.suggestion) for f in found] == [(excerpt, True)]


@pytest.mark.parametrize("text", [
    "截止日期是3月31日，报名于月底截止。",
    "多做为群众办实事的事，不做为难群众的事。",
    "学习贯彻党的二十大精神，自己经历的事写具体。",
    "这一现象征兆明显，形象生动，好象征兆的说法不对。",
    "他望了望远处，又拿起望远镜。",
    "通知已经下发，差异已经缩小，感慨之余认清敏感概念。",
    "老党员惦记着村里的事，遇事坚决、坚定，遵循程序办理。",
    "紧跟综合改革的部署，开展综合治理。",
    "面对风险挑战无所畏惧，对敌人无所畏忌。",
    "他在大街接受采访，沿街接待来访群众。",
    "承担误工费用，承担误差责任。",
    "反诈宣传拦截了多起诈骗，信息拦截系统运行正常。",
    "瞄准拦目标不够准确，没有阻拦目前的违规行为，工作全程留痕。",
    "雨后墙上留下了水流痕迹。",
    "把药片溶入温水中服用，尽快融入群众。",
    "系统设置后于次日生效，物品处置后，搁置后再议，工作滞后于计划。",
    "患者痊愈期间注意休息，逾期未还的款项已催收。",
    "往往反映出作风问题，以往反馈的意见已落实，往返奔波。",
    "相反回到原点，返回岗位。",
    "跟本单位同事商量，从根本上解决问题。",
    "跟踪回访，篮球比赛中快速回防，电信防诈骗宣传，伴随防疫政策调整，安排察看现场。",
    "新时代电力保障有力，现代电子设备，时代动力强劲，带头作用明显。",
    "身体侧面受伤，具体侧重在哪里，学生体测成绩较好。",
    "用标签定义分类，抽签定顺序，签订帮扶协议。",
    "重申情况说明，应邀情况介绍，事情示范，虚情假意，这件事情假如处理不好。",
    "森林园区，全部置于监管之下，建筑劳务公司，把功劳记在集体头上。",
    "支持人民检察院依法监督，检察官履职，检察工作有新气象，安全检查不放松。",
    "依法处治违纪人员，这本新书的评介写得好，发布制度，用布制作手提袋。",
    "地质基底稳定，车辆登记牌照齐全，结合工作实际，作如下检查。",
])
def test_correct_text_near_the_entries_is_left_alone(text):
    assert [f.excerpt for f in word_hits(text) if f.severity == "error"] == []


# Round 10 families (底/低, 汛/讯, 簿/薄, 沟/勾, 以/已, 摊/滩, 耐/奈, 再/在, 备/背, 礼/理,
# 驾/架, 测/侧, 宗/综, 核/合, 诊/疹, 办/辨, 班/斑 ...): each sentence has one slip, and the
# same sentence with the slip corrected is silent.
ROUND10 = [
    ("施工前的技术交低流于形式。", "交低", "交底"),
    ("对特困老人兜低保障不到位。", "兜低", "兜底"),
    ("要守牢廉洁低线。", "低线", "底线"),
    ("对困难户的情况没有摸清低数。", "低", "底"),
    ("有的人户分离的底保户没有及时复核。", "底保", "低保"),
    ("对混泥土浇筑全程旁站。", "混泥土", "混凝土"),
    ("主汛期防讯值班有脱岗现象。", "防讯", "防汛"),
    ("讯期前没有组织隐患排查。", "讯", "汛"),
    ("通汛录没有及时更新。", "通汛", "通讯"),
    ("关注新闻资汛不够。", "资汛", "资讯"),
    ("建立了公文核稿登记薄。", "薄", "簿"),
    ("和患者勾通不够耐心。", "勾通", "沟通"),
    ("网上报名时沟选了错误的选项。", "沟选", "勾选"),
    ("瓦丝检查员报告浓度有波动。", "瓦丝", "瓦斯"),
    ("我戴着老化镜一篇篇地看。", "老化镜", "老花镜"),
    ("推动主题党日常态花。", "花", "化"),
    ("每次都让儿子推着轮倚来开会。", "轮倚", "轮椅"),
    ("教室的桌倚破旧。", "桌倚", "桌椅"),
    ("车上的座倚没有及时清洁。", "座倚", "座椅"),
    ("已后帮着义务审核账目。", "已后", "以后"),
    ("已前总觉得学习是软任务。", "已前", "以前"),
    ("入党已来，我始终严格要求自己。", "已来", "以来"),
    ("60岁已上老人全部建档。", "已", "以"),
    ("提前发通知，已便大家安排时间。", "已便", "以便"),
    ("要认真核对，已免出现差错。", "已免", "以免"),
    ("我以经连续三年担任班主任。", "以经", "已经"),
    ("这些做法早以成为习惯。", "早以", "早已"),
    ("这一问题由来以久。", "以久", "已久"),
    ("有时是不得以而为之。", "不得以", "不得已"),
    ("对流动滩贩缺少劝导。", "滩贩", "摊贩"),
    ("清理占道经营滩位12个。", "滩位", "摊位"),
    ("取缔无证滩点。", "滩点", "摊点"),
    ("在路边摆滩影响交通。", "摆滩", "摆摊"),
    ("向企业乱滩派费用。", "滩派", "摊派"),
    ("夜市地滩管理不规范。", "地滩", "地摊"),
    ("不能把烂滩子留给后任。", "烂滩子", "烂摊子"),
    ("对群众缺少奈心。", "奈", "耐"),
    ("有时忍奈不住发脾气。", "忍奈", "忍耐"),
    ("发扬吃苦奈劳精神。", "吃苦奈劳", "吃苦耐劳"),
    ("面对困难有时感到无耐。", "无耐", "无奈"),
    ("领导一在强调纪律要求。", "一在", "一再"),
    ("我们正再开展专项整治。", "正再", "正在"),
    ("有时背课不充分。", "背课", "备课"),
    ("重大事项没有报上级背案。", "背案", "备案"),
    ("会前没有准背发言材料。", "准背", "准备"),
    ("还不具背独立带班的能力。", "具背", "具备"),
    ("有两次未经合实就上报了数据。", "合", "核"),
    ("抽查台账，认真合对笔录。", "合对", "核对"),
    ("没有及时合查群众反映的问题。", "合", "核"),
    ("合酸检测点秩序混乱。", "合酸", "核酸"),
    ("社会主义合心价值观。", "合心", "核心"),
    ("材料审合把关不严。", "审合", "审核"),
    ("年度考合结果。", "考合", "考核"),
    ("在路口没有理让行人。", "理让", "礼让"),
    ("对来访群众缺乏理貌。", "理貌", "礼貌"),
    ("他在婚理上大操大办。", "婚理", "婚礼"),
    ("杜绝疲劳架驶。", "架驶", "驾驶"),
    ("部分驾驶员架照过期未审。", "架照", "驾照"),
    ("报名参加架校培训。", "架校", "驾校"),
    ("提高架驭复杂局面的能力。", "架驭", "驾驭"),
    ("为企业发展保架护航。", "保架护航", "保驾护航"),
    ("给老人侧量血压。", "侧量", "测量"),
    ("组织对道路侧绘。", "侧绘", "测绘"),
    ("开展作业抽侧。", "抽侧", "抽测"),
    ("进门要侧温登记。", "侧温", "测温"),
    ("电子卷综随案生成。", "卷综", "卷宗"),
    ("门疹楼候诊区秩序混乱。", "疹", "诊"),
    ("病人就疹等候时间长。", "疹", "诊"),
    ("临走时一再叮瞩我们。", "叮瞩", "叮嘱"),
    ("及时执行医瞩。", "医瞩", "医嘱"),
    ("对病人的瞩咐没有记在心上。", "瞩咐", "嘱咐"),
    ("不负人民的瞩托。", "瞩托", "嘱托"),
    ("参加枪救的医护人员。", "枪救", "抢救"),
    ("开CT的检察单时。", "检察", "检查"),
    ("群众来辨理业务时。", "辨", "办"),
    ("对督辨事项跟进不够。", "辨", "办"),
    ("有时值斑脱岗。", "斑", "班"),
    ("斑主任工作经验不足。", "斑", "班"),
    ("没有按规程操做。", "操做", "操作"),
    ("消防拴被圈占。", "消防拴", "消防栓"),
    ("办公用品采够没有走比价程序。", "采够", "采购"),
]


SILENT_NEAR_ROUND10 = [
    "技术交底到位，按时提交低保申请材料。",
    "触摸低处的开关，坚守底线，兜底保障困难群众，年底保质保量完成任务。",
    "混凝土浇筑，谨防讯息诈骗，通讯期间，审讯期间，汛期前完成排查。",
    "建立登记簿，基础薄弱，记录薄弱环节。",
    "内外勾通，沟通顺畅，在网上勾选选项。",
    "设备老化镜头模糊，给老人配老花镜。",
    "推进标准化建设，规范花坛管理。",
    "他早已后悔，工作人员已前往现场，会议已后延。",
    "多年以来，人已来到现场，3人已上车，材料已下发，60岁以上老人全部建档。",
    "服务已便民，费用已免除，可以经常联系，予以经济补助，坚持以经济建设为中心。",
    "不得以任何理由拒绝，迫不得已才请假。",
    "清理摊贩，沙滩位于东侧，保护湿地滩涂。",
    "心中满是无奈心情，毫无耐心，统一在全区开展，正在推进。",
    "背课文，违背课堂纪律，认真备课，标准背后的问题，工具背包。",
    "地理地貌，离婚理由，礼让行人。",
    "试卷综合分析，结合对照检查，符合对方要求，配合对接。",
    "结合实际，符合实际，联合查处，综合查询。",
    "检察院，检察建议，检查单。",
    "湿疹，出疹，麻疹，门诊。",
    "分辨是非，分辨理由，承办单位。",
    "脸上斑点，值班。",
    "做业务工作，布置作业，早操做得不标准。",
    "道路两侧量化管理，左侧温度偏高。",
    "消防栓，驾驶员，审核合同，评审合计得分。",
    "材料已经采够了，采购程序合规。",
    "规模已前所未有，工作已前瞻布局，怎奈心有余而力不足，分辨结果。",
]

ROUND11 = [
    ("核稿时检察不细、把关不严。", "检察", "检查"),
    ("利用炒表间隙学习。", "炒表", "抄表"),
    ("遇到用户反应水费偏高，就当场解释。", "反应", "反映"),
    ("这是纪律意识松解的表现。", "松解", "松懈"),
    ("为了调节一起纠纷连续几个晚上不回家。", "调节", "调解"),
    ("上百件快件在分拣场滞流两三天。", "滞流", "滞留"),
    ("参加高标准农田建没培训。", "建没", "建设"),
    ("在水稻病虫害防冶现场会上。", "冶", "治"),
    ("推进城市综合冶理。", "冶", "治"),
    ("全年集装厢装卸量增长。", "厢", "箱"),
    ("岸侨司机提出夜班休息不足。", "岸侨", "岸桥"),
    ("有人转发歪屈历史的小视频。", "歪屈", "歪曲"),
    ("图书室、排炼厅开放时间和下班时间冲突。", "排炼", "排练"),
    ("广场舞燥音扰民。", "燥音", "噪音"),
    ("和同事进行了谈心淡话。", "淡话", "谈话"),
    ("讲清燃气泄露的危害。", "泄露", "泄漏"),
    ("对燃起管道的情况太熟。", "燃起", "燃气"),
    ("我眼镜花了，看书费劲。", "眼镜", "眼睛"),
    ("疫情防空任务重的时候。", "防空", "防控"),
    ("门诊药房调济高峰时。", "调济", "调剂"),
    ("有时对处方的合对不够仔细。", "合对", "核对"),
    ("坚持每天登陆“学习强国”学习。", "登陆", "登录"),
    ("接听热线转来的法律资询。", "资询", "咨询"),
    ("对上课打磕睡的学生放任不管。", "磕睡", "瞌睡"),
    ("克服职业卷怠。", "卷怠", "倦怠"),
    ("夜班后半夜有时经历不集中。", "经历", "精力"),
    ("先辈们舍身忘死的精神。", "舍身忘死", "舍生忘死"),
]


SILENT_NEAR_ROUND11 = [
    "检察院依法开展检察监督，检察不是检查。",
    "燃起了希望之火，燃起大家的热情。",
    "党建没有和业务融合，基建没多久就完工。",
    "冶炼厂，陶冶情操，冶金工业，调整冶炼工艺。",
    "车厢干净，包厢预订，厢房修缮，行李厢。",
    "委屈求助，不屈不挠，歌曲服务，戏曲进社区。",
    "平淡话语，冷淡话题，清淡话少。",
    "国家秘密泄露，信息泄露，数据泄露。",
    "台风登陆沿海，登陆作战，人民防空工作，防空警报。",
    "协调济南的专家，强调济困帮扶。",
    "工作经历不足，这段经历集中在基层。",
    "滞流层，结合对照检查，在这种场合对不认识的人要有礼貌。",
    "戴眼镜看书，眼镜花了两百元。",
]


def test_a_large_dense_text_finds_every_entry():
    # Speed on dense text is measured by make bench-self-check, not here.
    words = [e["wrong"] for e in PLAIN[:200]]
    text = ("，".join(words) + "。\n") * 60 + "群众反映的问题已经整改完毕。" * 20000
    found = word_hits(text)
    assert len(found) >= 200 * 60


@pytest.mark.parametrize("old, new, words", [
    ("list: ywjz-100}", "list: no-such-list}", ["no-such-list", "lists"]),
    ("{wrong: 按装, right: 安装, list: ywjz-100}", "{wrong: 按装, list: ywjz-100}", ["right"]),
    ("{wrong: 按装, right: 安装, list: ywjz-100}", "{wrong: 按装, right: 安装, list: ywjz-100, colour: red}", ["colour"]),
])
def test_a_broken_dictionary_is_reported_in_one_sentence(data_copy, old, new, words):
    path = data_copy / "miswritten-words.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RulesetError) as err:
        build(data_copy)
    message = str(err.value)
    assert "miswritten-words.yml" in message and "\n" not in message
    for word in words:
        assert word in message


def test_every_variant_character_is_flagged_with_its_standard_form():
    # PR-WORD-002: engine.js derives the map of Kangxi radicals and
    # compatibility ideographs from Unicode normalisation (variantMap), so
    # ruleset.js need not carry it; it must agree with Python's, pair by pair.
    from zzshh.selfcheck.ruleset import _variants
    raw = yaml.safe_load((ROOT / "data" / "proofread-rules.yml").read_text(encoding="utf-8"))
    expected = _variants(raw)
    assert len(expected) > 1000 and set(raw["variants"]) <= set(expected)
    text = "\n".join(f"要{k}好" for k in expected)
    found = {f.line: f for f in check_text(text) if f.rule == "PR-WORD-002"}
    wrong = [k for n, (k, v) in enumerate(expected.items(), 1)
             if n not in found or found[n].excerpt != k or f"“{v}”" not in found[n].suggestion]
    assert wrong == []
    assert [f for f in check_text("一切为了群众，要拿出实招。") if f.rule == "PR-WORD-002"] == []


# Round 12 families (纪/记, 障/账, 率/律, 效/校, 汇/会, 程/成, 治/制, 众/从, 贴/帖,
# 性/姓, 例/列, 割/隔, 查/察, 处/初, 于/与, 暑/署, 物/务, 辞/迟, 系/习, 朴/仆):
# words of the posts' own writing with a same-sound or same-shape character.
ROUND12 = [
    ("在监督执记中查纠力度不够。", "监督执记", "监督执纪"),
    ("严守政治记律和政治规矩。", "记律", "纪律"),
    ("对航班保账中的细节不够警惕。", "保账", "保障"),
    ("影响了办税效律。", "律", "率"),
    ("窗口业务办结律偏低。", "律", "率"),
    ("会议室利用律不高。", "律", "率"),
    ("要提高工作校率。", "校", "效"),
    ("整改成校不明显。", "校", "效"),
    ("没有找到有校的办法。", "有校", "有效"),
    ("习惯于在办公室里看材料、听会报。", "会报", "汇报"),
    ("没有及时向支部会报思想。", "会报", "汇报"),
    ("安全规成执行不严。", "规成", "规程"),
    ("报销流成繁琐。", "流成", "流程"),
    ("整改过成中有反复。", "过成", "过程"),
    ("讲了三次水稻病虫害防制的知识。", "防制", "防治"),
    ("参与社区综合制理。", "制", "治"),
    ("社区微信公从号开设了新栏目。", "公从号", "公众号"),
    ("宣传标语张帖以后很少去看。", "帖", "贴"),
    ("对身边的一些苗头姓问题警惕不够。", "姓", "性"),
    ("工作缺乏前瞻姓。", "姓", "性"),
    ("编写了4个课程思政案列。", "案列", "案例"),
    ("把教书和育人隔裂开来。", "隔裂", "割裂"),
    ("下面，我作如下检察。", "检察", "检查"),
    ("如有不妥之初，恳请批评指正。", "之初", "之处"),
    ("时刻不忘处心。", "处心", "初心"),
    ("满足与现状，缺乏钻研的劲头。", "与", "于"),
    # 满足与 + anything but 否/不 (dev-81, dev-88: 满足与读一读, 满足与按规范完成).
    ("理论学习满足与读一读、抄一抄。", "与", "于"),
    # A Latin O or a digit 0 among the Chinese numerals of a year (dev-88: 二O二二年).
    ("二O二二年度工作总结。", "O", "〇"),
    # 检 words with 捡 (dev-77, dev-80: 捡索, 捡修); people who tell what they found (dev-79, dev-83).
    ("设备捡修要按计划来。", "捡", "检"),
    # 于未然 with 燃, whatever the verb before it (dev-82, dev-84: 防患于未燃, 防范于未燃).
    ("把风险消除于未燃。", "燃", "然"),
    # 们 written 门 after a word for people (dev-87: 老同事门).
    ("老师门都很支持。", "门", "们"),
    ("家长们反应最多的是接送时间。", "反应", "反映"),
    ("有姐妹反应，活动时间太早。", "反应", "反映"),
    ("二〇O八年入党。", "O", "〇"),
    ("工作停留与表面。", "与", "于"),
    ("独居老人中署在家里。", "中署", "中暑"),
    ("楼道里堆放杂务的问题说了好几回。", "杂务", "杂物"),
    ("对方硬塞给我两条烟，我当时推迟了，后来他又送到站里。", "推迟", "推辞"),
    ("主动到联系点练习群众。", "练习", "联系"),
    ("保持艰苦仆素的本色。", "仆", "朴"),
    ("对群众反映的问题即使跟进、限时答复。", "即使", "及时"),
    ("全年调节成功398件。", "调节", "调解"),
    ("与家长的勾通主要靠家长群。", "勾通", "沟通"),
    ("旅客在登基口排起了长队。", "登基", "登机"),
    ("对行礼托运的规定解释不清。", "行礼", "行李"),
    ("站台屏避门故障时没有及时上报。", "屏避门", "屏蔽门"),
    ("对林农超量坎伐制止不力。", "坎伐", "砍伐"),
]

SILENT_NEAR_ROUND12 = [
    "确保账实相符，账目清楚，搭好帐篷。",
    "有效律师服务，通过律师咨询，大概率事件。",
    "学校果断采取措施，学校领导到校长室开会。",
    "所有校区，没有校车，开会报告工作，我会报名参加，例会报告进度。",
    "安全法规成为底线，加工成品，工作流程规范，流成了河。",
    "学习过程中，预防制度，国防制度建设，消防制度。",
    "市疾控中心传染病防制科的流调队员，负责病媒生物防制工作。",
    "控制理论，体制理顺，机制理念，社会治理。",
    "一张帖子，紧张帖近日，张贴通知。",
    "群众姓名，人大代表姓名，老百姓。",
    "方案列入计划，个案列入台账，典型案例。",
    "分割裂开，检察院依法履职，做检察官，书面检查。",
    "创业之初，成立之初，不妥之处。",
    "处心积虑，不忘初心。",
    "满足与否，热衷与众不同的事，物流与仓储。",
    "满足与不满足，全看自己。",
    "防患于未然，火苗未燃起来就扑灭。",
    "家长们在学校门口等，党员门户网站，职工门诊部，孩子门牙掉了。",
    "捡起垃圾，捡到钱包，检修设备。同学们反应很快，群众反应，很热烈。",
    "二〇二二年，G20峰会，一O型圈，三0分钟。",
    "集中署名，高中署理，中暑送医。",
    "处理日常杂务，杂务缠身。",
    "会议推迟了，活动推迟到下周，他婉言推辞。",
    "练习书法，加强练习，联系群众。",
    "人民公仆素质，公仆本色，艰苦朴素。",
    "即使跟进了也没用，及时跟进。",
    "调节血压，调节气氛。",
    "内外勾通作案。",
    "皇帝登基前后，向国旗行礼，升旗时行礼。",
]


# A line runs only the pattern entries whose required characters it holds
# (patternIndex in engine.js). Entries whose characters sit in groups,
# classes, escapes or behind quantifiers must still be found.
PREFILTER_ENTRIES = [
    (r"(?:甲乙|丙丁)戊", "丙丁戊", "丙丁戊", "己"),
    (r"[甲乙]庚?辛", "乙辛", "乙辛", "壬"),
    (r"癸\u5b50{2}", "癸子子", "癸子子", "丑"),
    (r"寅卯(?=辰)|^巳午", "巳午", "巳午", "未"),
    (r"(?<=申)酉", "申酉", "酉", "戌"),
]


def test_pattern_entries_are_found_whatever_their_shape(data_copy):
    path = data_copy / "miswritten-words.yml"
    text = path.read_text(encoding="utf-8")
    added = "".join(f"\n  - {{pattern: '{p}', right: {r}, list: site-material}}" for p, _, _, r in PREFILTER_ENTRIES)
    assert "\nentries:" in text
    path.write_text(text.replace("\nentries:", "\nentries:" + added, 1), encoding="utf-8")
    ruleset = build(data_copy)
    for _, line, excerpt, right in PREFILTER_ENTRIES:
        hits = [f for f in check_text(f"{line}，说明见附件。", ruleset) if f.rule == RULE]
        assert [(h.excerpt, right in h.message) for h in hits] == [(excerpt, True)], line
        assert not [f for f in check_text("说明见附件。", ruleset) if f.rule == RULE]


# The genre-swaps list: one character of a frequent two-character word swapped
# for a same-sounding (or same-shaped) one, generated and then reviewed. A
# sample: each slip is found with its correction, the corrected sentence is
# silent.
GENRE_SWAPS = [
    ("对上级决策部署的贯沏落实不够有力。", "贯沏", "贯彻"),
    ("对青年教师的传帮带和辅道做得不够。", "辅道", "辅导"),
    ("统计数据出错后没有及时澄青。", "澄青", "澄清"),
    ("夜间巡罗有时走过场。", "巡罗", "巡逻"),
    ("连续跑车造成疲老驾驶。", "疲老", "疲劳"),
    ("在困南面前有畏难情绪。", "困南", "困难"),
    ("同群众构通不够主动。", "构通", "沟通"),
    ("对青年干部的培样重视不够。", "培样", "培养"),
    ("遇到人情请托没有坚吃原则。", "坚吃", "坚持"),
    ("入户走访时缺少耐新。", "耐新", "耐心"),
    ("对问题根源的剖西不够深入。", "剖西", "剖析"),
    ("对整改任务逐相销号。", "逐相", "逐项"),
    ("年初签订了廉解承诺书。", "廉解", "廉洁"),
    ("凡是涉机群众利益的事都要公开。", "涉机", "涉及"),
    ("全年调解邻里纠分12起。", "纠分", "纠纷"),
    ("整改成果还需要进一步巩古。", "巩古", "巩固"),
    ("这项工作巳经持续三年。", "巳经", "已经"),
    # round 14: mid-frequency words of the genre, and swaps recurring in drafts of different writers
    ("化验室的试济过期了还在用。", "试济", "试剂"),
    ("快递分捡中心夜班人手不足。", "分捡", "分拣"),
    ("防汛应急预按多年没有修订。", "预按", "预案"),
    ("作业批该不够及时。", "批该", "批改"),
    ("听取群众意见不够，对照问题清单的整改也偏查较大。", "偏查", "偏差"),
    ("处理患者投诉时缺乏耐心，对环者的解释不够。", "环者", "患者"),
    ("与新入职同事的谈话流于形式，配训计划没有落地。", "配训", "培训"),
    ("没有充分发辉支部的作用。", "发辉", "发挥"),
]

# The same two characters across a word boundary (机构|通报, 中医|员工, 追逐|相关 ...):
# the entries' look-behinds keep these silent.
GENRE_SWAPS_SILENT = [
    "机构通报了检查情况，中医员工和体检眼科医生都到场，包括好几个科室。",
    "解剖西瓜做实验，贫困南部山区，科技数据共享，共振行为分析，刺激东部消费。",
    "在追逐相关奖项时不忘初心，牢牢古老的规矩记在心里，冷淡花哨的形式。",
    "这批该交的作业已收齐，那批该改的报表也改好了。",
]


# round 15: homophones past the first five candidates, shapes (釆/采, 刋/刊, 捡/检...), technical words of posts,
# three-character terms and real words read from their context
GENRE_SWAPS_R15 = [
    ("仓库的物资每季度抽捡一次。", "抽捡", "抽检"),
    ("办公用品釆购没有比价。", "釆购", "采购"),
    ("阅览室的报刋摆放杂乱。", "报刋", "报刊"),
    ("设备拣修记录填写不全。", "拣修", "检修"),
    ("对学员的体能汛练抓得不紧。", "汛练", "训练"),
    ("夜间迅检时漏看了两个阀门。", "迅检", "巡检"),
    ("对来访群众的诉求登计不全。", "登计", "登记"),
    ("列车调渡指令复诵不规范。", "调渡", "调度"),
    ("督促整该的措施不够具体。", "整该", "整改"),
    ("对村里的困难户走访和辅到不够。", "辅到", "辅导"),
    ("老旧小区的居名议事会开得少。", "居名", "居民"),
    ("农产品农药残流检测没做全。", "残流", "残留"),
    ("班组长交接斑时没有逐项说明。", "交接斑", "交接班"),
    ("港区集装相堆放超过规定层数。", "集装相", "集装箱"),
    ("高血亚患者的随访次数不够。", "高血亚", "高血压"),
    ("档案从新核对后发现三处错误。", "从新", "重新"),
    ("寒假里他在图书馆渡过了每个下午。", "渡过", "度过"),
    ("阀门有轻微泄露没有马上上报。", "泄露", "泄漏"),
    ("对作业至少即使批改一次。", "即使", "及时"),
    ("对邻里纠纷的调节不够主动。", "调节", "调解"),
    ("当天要完成系统部属和测试。", "部属", "部署"),
    ("居民说登陆太麻烦，验证码看不清。", "登陆", "登录"),
    ("夜间行使时车速偏快。", "行使", "行驶"),
    ("没有竖立正确的政绩观。", "竖立", "树立"),
    ("对享乐主意的危害认识不深。", "主意", "主义"),
    ("有老人向我反应电梯常坏。", "反应", "反映"),
    ("乘客行李需要开包检察时怕麻烦。", "检察", "检查"),
    ("只满足于做好份内的事。", "份内", "分内"),
    ("办事要求一次性告之群众。", "告之", "告知"),
    ("课件制做粗糙。", "制做", "制作"),
    ("楼道里堆物占了消防通到。", "通到", "通道"),
    ("不能只用考核指标恒量工作。", "恒量", "衡量"),
    ("雨后检查了光伏组建的支架。", "组建", "组件"),
    ("蔬菜大蓬的棚膜破了没及时补。", "大蓬", "大棚"),
    ("早高锋时段窗口人手不够。", "高锋", "高峰"),
    ("开办署期托管班。", "署期", "暑期"),
    ("每周入户走防，了解租户情况。", "走防", "走访"),
    ("没有代动其他农户一起增收。", "代动", "带动"),
    ("只看积效不看成长。", "积效", "绩效"),
]

GENRE_SWAPS_R15_SILENT = [
    "从新时代的要求出发，从新的起点再出发，重新核对数据。",
    "渡过难关，度过了每个下午，顺利渡过长江。",
    "防止信息泄露，阀门泄漏及时处置，泄露国家秘密。",
    "即使至少有一次失误，也不能放松；至少即使遇到困难也要坚持。",
    "调节室温，纠纷的调解，音量调节。",
    "系统部署到位，他的部属很能干，部属院校。",
    "登录系统，诺曼底登陆，台风登陆。",
    "依法行使职权，安全行使权力，车辆安全行驶。",
    "路边竖立着标牌，牢固树立正确的政绩观。",
    "这是我个人的主意，拿主意要慎重，反对享乐主义。",
    "向我反映情况，过敏反应，化学反应。",
    "检察院依法检察，开包检查。",
    "省份内的高校，月份内完成，股份内部，分内的事。",
    "公告之后，报告之中，广告之外，依法告知当事人。",
    "控制做好，机制做实，体制做优，课件制作。",
    "消防通道畅通，安全通到达终点。",
    "能量守恒量度，衡量工作的标准。",
    "组建团队，组建光伏运维班，光伏组件。",
    "出行高峰期，高锋是人名。",
    "签署期间，部署期间，暑期托管。",
    "累积效应，面积效益，体积效应，绩效考核。",
    "检查拣选，检修设备，居民区，残留物。",
]


# round 18 (list draft-slips): one-character slips seen in the dev drafts, and the same slip in other words of the
# target (档/挡, 催/摧, 汛/迅, 稿/搞), gated where the two characters could belong to two words
DRAFT_SLIPS = [
    ("会议记录整理后要及时归挡。", "挡", "档"),
    ("为每户困难家庭建挡立卡。", "挡", "档"),
    ("复印件要存挡备查。", "挡", "档"),
    ("学生成长挡案不完整。", "挡案", "档案"),
    ("为辖区老人做到一户一挡。", "一户一挡", "一户一档"),
    ("对逾期未交的报表及时摧报。", "摧", "催"),
    ("向承办部门摧办了三次。", "摧", "催"),
    ("物业费摧缴方式简单。", "摧", "催"),
    ("每年迅期前检查排水泵。", "迅期", "汛期"),
    ("防迅物资没有及时补充。", "防迅", "防汛"),
    ("确保水库安全渡汛。", "渡汛", "度汛"),
    ("会计底搞整理不规范。", "底搞", "底稿"),
    ("一学期家仿只去了三户。", "家仿", "家访"),
    ("课后幅导学生做实验。", "幅导", "辅导"),
    ("认真被课，上好每一节课。", "被课", "备课"),
    ("把主要经力放在业务上。", "经力", "精力"),
    ("审记人员要保持独立。", "审记", "审计"),
    ("疫请防控不能松懈。", "疫请", "疫情"),
    ("会议视屏画面卡顿。", "视屏", "视频"),
    ("对群众诉求既时回应。", "既时", "及时"),
    ("问题整改跟近不到位。", "跟近", "跟进"),
    ("报销凭正要附齐。", "凭正", "凭证"),
    ("听到不当义论没有制止。", "义论", "议论"),
    ("夜班论休安排不合理。", "论休", "轮休"),
    ("快件览收不及时。", "览收", "揽收"),
    ("育令妇女的随访不够。", "育令", "育龄"),
    ("讲解员要熟悉管藏文物。", "管藏", "馆藏"),
    ("这批磁器要轻拿轻放。", "磁器", "瓷器"),
    ("两趟车的发车间格太长。", "间格", "间隔"),
    ("首未班车时间公示不清。", "首未", "首末"),
    ("贷前要查询正信报告。", "正信", "征信"),
    ("货后管理跟踪不够。", "货后", "贷后"),
    ("参观革命纪念官。", "纪念官", "纪念馆"),
    ("进入工地要戴安全冒。", "安全冒", "安全帽"),
    ("宣传力度不构。", "不构", "不够"),
    ("我觉的这样做不妥。", "觉的", "觉得"),
    ("用实际行到兑现承诺。", "行到", "行动"),
    ("老旧小区的然气管道老化。", "然气", "燃气"),
    ("入户模底排查走了过场。", "模底", "摸底"),
    ("按时完成任物。", "任物", "任务"),
    ("未端配送压力大。", "未端", "末端"),
    ("按即定计划推进。", "即定", "既定"),
    ("每天给老人按摸腿脚。", "按摸", "按摩"),
    ("主动分想经验不够。", "分想", "分享"),
    ("快递小歌送件辛苦。", "小歌", "小哥"),
    ("开展婴幼儿照户服务。", "照户", "照护"),
    ("夜间按访发现三处问题。", "按访", "暗访"),
    ("帮农户直播代货卖小米。", "代货", "带货"),
    ("打磨时没戴防护眼睛。", "眼睛", "眼镜"),
    ("刷单反利都是诈骗。", "反利", "返利"),
    ("时代付予我们新的使命。", "付予", "赋予"),
    ("尽快切断传播连。", "传播连", "传播链"),
    ("通风厨使用记录不全。", "通风厨", "通风橱"),
    ("对举报线锁没有及时核查。", "线锁", "线索"),
    ("每周开一次形势分折会。", "分折", "分析"),
    ("对新政册学习不深。", "政册", "政策"),
    ("按时缴纳党废。", "党废", "党费"),
    ("设备故樟排除不及时。", "故樟", "故障"),
    ("对来访群众做好心理梳导。", "梳导", "疏导"),
    ("组织了两次连谊活动。", "连谊", "联谊"),
    ("疫情朔源要快。", "朔源", "溯源"),
    ("村里的鱼糖要清淤。", "鱼糖", "鱼塘"),
    ("楼道里配的灭火气过期了。", "灭火气", "灭火器"),
    ("缺席的学习事后及使补课。", "及使", "及时"),
    ("转办后没有跟踪，至使居民多跑了一趟。", "至使", "致使"),
    ("理财销售的风险提式不到位。", "提式", "提示"),
    ("负责班里的考情和通知。", "考情", "考勤"),
    ("制定治疗方按时图省事。", "方按", "方案"),
    ("对投诉处理得不急时。", "不急时", "不及时"),
]

DRAFT_SLIPS_SILENT = [
    # round 21 (dev-102..105): words across a word boundary or a mechanic's term
    "二、对照检视查摆的问题", "发现一辆车的螺栓防松标记漏看，要换防松垫圈。",
    "检查挡位和刹车，修建挡土墙，建挡水坝，阻挡风沙；存档备查，查档方便。",
    "无坚不摧，摧毁敌人据点，及时催办、催缴。",
    "迅速完成任务，汛期巡查，安全度汛。",
    "彻底搞清问题，说到底搞好服务靠人，兜底搞定。",
    "大家仿佛回到了从前，专家仿照国外的做法。",
    "涨幅导致成本上升，被课程吸引，被课堂气氛感染。",
    "已经力所能及地帮忙，曾经力挽狂澜。",
    "庭审记录，初审记得签字，防疫请大家配合，电视屏幕坏了。",
    "既时间紧又任务重，紧跟近期部署，凭正当理由请假。",
    "学习新民主主义论，理论休闲读物，讨论休会，浏览收藏夹，展览收尾。",
    "教育令人深思，保管藏品，尽管藏得很深，消磁器坏了。",
    "时间格外紧，空间格局，榜首未能保住，纠正信息错误，真正信任群众，交货后结算。",
    "纪念官兵牺牲的碑，不能拿安全冒险，不构成违纪。",
    "自觉的行动，睡觉的时间，执行到位，进行到底。",
    "自然气候多变，天然气管道，主任物色人选，态度未端正，立即定下方案。",
    "按摸底情况分类，按摸排结果处理，十分想念家乡，部分想法不成熟，小歌手上台。",
    "按照户籍登记，按访谈提纲提问，替代货物，注意保护眼睛。",
    "违反利益冲突规定，交付予客户，传播连续三天，通风厨房。",
    "以及使用的情况，甚至使人误解，直至使用完毕，以及使其明白。",
    "温馨提示，手提式灭火器，高考情况，思考情绪，对方按时到场。",
    "事情不急时可以慢慢来。",
]


# round 19: pair families (a character pair of the dev drafts' typos, put into other frequent words)
PAIR_FAMILIES = [
    ("严守政治记律和组织纪律。", "记律", "纪律"),
    ("全年渡工作计划已经上报。", "年渡", "年度"),
    ("整改进渡每周通报一次。", "进渡", "进度"),
    ("第三季渡的学习安排如下。", "季渡", "季度"),
    ("按要求认真做好会议计录。", "计录", "记录"),
    ("借阅要先登纪再取书。", "登纪", "登记"),
    ("及时修订制渡，堵塞漏洞。", "制渡", "制度"),
    ("出院病人每月随仿一次。", "随仿", "随访"),
    ("小区燃汽管道老化。", "燃汽", "燃气"),
    ("严肃查处违记行为。", "违记", "违纪"),
]
PAIR_FAMILIES_SILENT = [
    "要牢记律师的提醒，青年渡口志愿队每年渡过难关，推进渡江演练。",
    "四季渡船照常运行，机制渡过了考验，统计录入数据，会计录用新人。",
    "攀登纪录片拍摄现场，忘纪念日，笔纪要也要整理。",
    "宣布委员会名单，确保销号清零，退休订阅报纸，违规犯罪要严惩。",
    "随仿冒商品一起查处，来仿照先进经验，探仿生学原理。",
    "应该革除陋习，积分兑换礼品，新规成为共识，暂停流动。",
    "锻炼习惯要养成，跋涉即将结束，可燃汽油要远离火源，阻碍与会人员。",
    "推迟道歉不可取，交涉即可解决，彻底透撤出阵地也不行。",
]


def test_genre_swaps_are_not_words():
    # the list's promise: no entry is a jieba word or part of one
    counts = jieba_counts()
    swaps = [e.get("wrong") or re.sub(r"^\(\?<!\[[^\]]*\]\)", "", e["pattern"])
             for e in ENTRIES if e["list"] == "genre-swaps"]
    assert len(swaps) >= 200
    inside = {k[i:i + 2] for k in counts for i in range(len(k) - 1)}
    assert [w for w in swaps if w in inside] == []



def test_draft_slips_are_not_words():
    # the list's promise: a plain entry is no jieba word nor part of one (jieba's own rare misspellings aside)
    counts = jieba_counts()
    slips = [e["wrong"] for e in ENTRIES if e["list"] == "draft-slips" and "wrong" in e]
    assert len(slips) >= 50
    common = [k for k, n in counts.items() if n >= 10]
    assert [w for w in slips if counts.get(w, 0) >= 10 or any(w in k for k in common)] == []


@pytest.mark.parametrize("text, excerpt, right", ROUND10 + ROUND11 + ROUND12 + GENRE_SWAPS + GENRE_SWAPS_R15
                         + DRAFT_SLIPS + PAIR_FAMILIES)
def test_families_are_found_and_the_correction_is_silent(text, excerpt, right):
    found = word_hits(text)
    assert [(f.excerpt, f"“{right}”" in f.suggestion) for f in found] == [(excerpt, True)]
    fixed = text.replace(excerpt, right, 1)
    assert [f.excerpt for f in word_hits(fixed)] == []


@pytest.mark.parametrize("text", SILENT_NEAR_ROUND10 + SILENT_NEAR_ROUND11 + SILENT_NEAR_ROUND12 + GENRE_SWAPS_SILENT
                         + GENRE_SWAPS_R15_SILENT + DRAFT_SLIPS_SILENT
                         + PAIR_FAMILIES_SILENT)
def test_correct_text_near_the_family_entries_is_left_alone(text):
    assert [f.excerpt for f in word_hits(text)] == []


def test_pair_families_are_not_words():
    # the list's promise: the wrong form (gates aside) is no jieba word nor part of one
    counts = jieba_counts()
    forms = [e.get("wrong") or re.sub(r"\(\?<?!\[[^\]]*\]\)|\(\?![^)]*\)", "", e["pattern"])
             for e in ENTRIES if e["list"] == "pair-families"]
    assert len(forms) >= 25
    inside = {k[i:i + 2] for k in counts for i in range(len(k) - 1)}
    assert [w for w in forms if len(w) != 2 or w in inside] == []
