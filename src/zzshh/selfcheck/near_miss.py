"""Data of PR-NEAR-001: a four-character window that sounds like a frequent
set phrase (pinyin, tones ignored) and differs from it in one character,
such as 不忘初新 for 不忘初心.

Derived at build time from jieba's dictionary (words, frequencies, tags) and
pypinyin, plus the site's own text. Targets: jieba's idioms (tags i, l)
from IDIOM_MIN_FREQ on and those of GENRE_IDIOMS, the glossary's four-character
terms and the phrases the site's pages, statements and templates use. The
engine also takes z/zh, c/ch, s/sh or -n/-ng (one of the two) for the same
sound where the changed character is not the first, 的/得 for a final 地, and the look-alike
characters of LOOKALIKE (且/具, 己/已; Matcher takes them too). Never flagged: targets, jieba
words that the check would flag unless RARER times rarer than their target
(jieba lists many misspellings, e.g. 再接再励, at its lowest frequency),
windows of the site's own text, `near_miss.whitelist` in
data/proofread-rules.yml, and a site phrase of two words with one of them
replaced by a much commoner function word (有时居民, see SWAP_TAGS). The rule itself lives in engine.js
(nearMissRule); Matcher here only finds, while deriving, the words and
windows to list as known.

Two-character windows are not checked here: a prototype gated on jieba's
dictionary (window unknown, both characters single in forward and backward
maximum matching, swap listed in data/miswritten-words.yml, target at least
100 times likelier than the two characters side by side) still gave 1-2
false flags per 100k characters of clean text, found only words the
dictionary already lists, and needed ~8 KB gzip of data. Allowing any
same-sound swap of a jieba word (freq >= 200, likelihood ratio >= 3000)
caught 3 of the 15 unlisted typos of dev-9/dev-10 at ~1 false flag per
100k, but only with all of jieba's ~330k words (~1.2 MB gzip) in the page
for the gate; with its 70k words of freq >= 20 it was 12 per 100k, with
only two-character neighbours (113k words) 4 per 100k.

A second prototype (PR-NEAR-002, tried and not shipped) checked
two-character windows another way: a few thousand targets (jieba content
words from freq 3000, the site's words), swaps to the most frequent
characters of the same syllable, and every exclusion (jieba word, inside
one, site text, numeral, dictionary, plausible word boundary by jieba's
end/start frequencies) made at build time. Measured with exclusions from
data/ only, on 129,670 characters of dev drafts (answers applied), clean
drafts and seeds, then on the 48,096 of docs/ (held out), catches among
the two-character typos the dictionary missed in dev-8/13/14:
- targets plus exceptions in the page (the first design): 43 KB gzip of
  exceptions at 112 false flags per 100k; with a gate on frequent
  one-character words and neighbours still ~17 KB. Not shippable.
- the flagged swaps themselves, top K characters, ratio R (target R
  times likelier than the boundary): K=4 R=1000 4.8 KB, 1.5/100k, 2
  caught; K=3 R=1000 4.0 KB, 0.6/100k, 2 (专化, 采够); K=3 R=2000
  2.9 KB, 0.6/100k, 1; K=4 R=1000 targets from freq 2000 5.4 KB,
  1.1/100k, 3 (+倾像); K=2 R=1000 (the candidate) 2.3 KB, 2 flags in 178k
  (1.1/100k: 报护理部, 逐部分), 2 of 6 (专化, 采够; not 倾像 部置 筑劳
  按排). It generalises little: of the 73 distinct same-sound
  two-character typos in the dev sets it knows 2 (most are words, such
  as 反应 for 反映, dictionary entries, or read as two words, such as 按排
  in 按排名), and none of 21 written for a test. 2 KB of the page's
  budget for 2 catches was not worth it; the class stays with
  data/miswritten-words.yml.

Cached in .cache/near-miss/: the jieba and pypinyin part by this file's
text, the versions and the parameters; the result by the site's text too.

Encoding (ruleset["near_miss"], printable ASCII so JSON needs no escapes; symbols
are the characters of `digits`):
- syllables: the targets' syllables, most used first.
- alphabet: per syllable, the characters whose usual reading it is, as code
  point gaps (varints, 0 ends a group); then a last group of target
  characters with no such reading. A character's place in this order, in
  two symbols after the len(frequent) one-symbol codes, is its code.
- frequent: the characters most used in targets, coded in one symbol.
- targets, known: sorted four-character words, each as one symbol for the
  characters shared with the word before (0-3) and the codes of the rest.
- target_readings: varint pairs (gap in target*4+position, syllable) where a
  target reads a 多音字 other than its usual way."""
import gzip
import hashlib
import json
import os
import re
from importlib import metadata
from pathlib import Path

from zzshh.sitedata.paths import ROOT

from .errors import RulesetError

FORMAT = 1
# Measured on the project's recall and clean-text sets (tests/test_near_miss.py). MIN_FREQ
# 33 caught nothing more on them nor on 22 sets of drafts, for 11 KB more data. From 65 to
# 100 (80 for idioms) saved 3.0 KB gzip of the page for 2 of ~2,940 catches on 50 dev sets
# (充分发辉, 耳儒目染; with 80 for every tag 2.4 KB, with 100 for every tag 4.5 KB and 4 catches);
# the recall sets of tests/test_near_miss.py lost nothing. Round 16: jieba's four-character
# words that are neither idioms nor the site's phrases (freq >= 100, ~890 words) caught nothing
# on 74 dev sets nor on the recall sets here (the site's phrases and the idioms did): dropped,
# 2.2 KB gzip freed. MIN_FREQ stays a knob; None means idioms only.
MIN_FREQ = None        # jieba frequency from which any other four-character word is a target
IDIOM_MIN_FREQ = 80    # the same for idioms and set expressions (jieba tags IDIOM_TAGS)
IDIOM_TAGS = {"i", "l"}
# Idioms and set expressions (jieba tags IDIOM_TAGS) under IDIOM_MIN_FREQ that people
# writing these drafts use: each in at least two drafts of dev-1..66 (answers applied) or
# the seeds. The genre reuses its stock phrases, so they are targets whatever jieba's
# frequency (不厌其烦 58, 风雨无阻 28); lowering IDIOM_MIN_FREQ to reach them would
# cost ~3 KB gzip (to 57) for ~600 phrases the genre rarely uses. ~0.65 KB gzip. Left out:
# 无保留地 (its 地 is the adverb's particle, PR-DE-001's business) and 防患于未 (a cut-off).
GENRE_IDIOMS = """
    一字一句 一岗双责 一带而过 一抓到底 一推了之 一时半会 一段时间 一知半解 一言一行 三天打鱼 上班时间 上门服务 下不为例 下班时间 下苦功夫 不到之处 不厌其烦 不当之处
    不怕牺牲 不惜牺牲 不求甚解 不算什么 不能平静 不良影响 不良现象 不良风气 不讲情面 不讲条件 不负责任 不足之处 与此有关 两天晒网 严格要求 个人档案 为民服务 举一反三
    事不关己 事必躬亲 事无巨细 五一劳动 交通安全 享乐主义 人之常情 人人过关 人民满意 人民调解 令行禁止 以下几点 以史为鉴 休息时间 优先发展 似懂非懂 体制改革 作风过硬
    修改意见 倚老卖老 停水通知 共同提高 关系不大 具体办法 具体表现 切实增强 切身体会 初中历史 刮风下雨 劳动纪律 劳逸结合 勤俭节约 化解矛盾 千头万绪 及时发现 及时处理
    反复强调 发展党员 发挥余热 发挥出来 发表意见 可多可少 可操作性 可有可无 吃苦在前 吃苦耐劳 各族人民 各项规定 听取意见 团结奋斗 困难群众 在工作中 在思想上 在政治上
    在生活上 在群众中 坚持下去 坚持不下 坚持真理 基础薄弱 多管闲事 大型活动 大是大非 大有可为 奉献精神 奋斗目标 如履薄冰 始终保持 婉言谢绝 学以致用 学前教育 学有所用
    安全事故 安全意识 安全隐患 密切联系 将心比心 小组活动 就事论事 尽到责任 尽职尽责 工作日内 常抓不懈 常见问题 底气不足 廉洁自律 开展批评 开展活动 开拓创新 彻底解决
    得过且过 微笑服务 心得体会 心无旁骛 心浮气躁 心里有数 志在千里 思想动态 思想认识 急难险重 情有可原 意见建议 感同身受 慎重对待 打退堂鼓 执法为民 批改作业 技术革新
    抗洪抢险 持之以恒 挨家挨户 控制中心 推广应用 摆在首位 操作步骤 操作规程 放下架子 放在心上 放在首位 放心不下 教学改革 敢为人先 敢于斗争 数据分析 整理出来 敷衍塞责
    新形势下 无伤大雅 无关大局 无私奉献 时断时续 时时处处 时紧时松 明确责任 明辨是非 有所提高 有所改善 有生之年 有问必答 来路不明 根本宗旨 武装头脑 每天晚上
    比较简单 毫无保留 求稳怕乱 泛泛而谈 活动中心 流于形式 浅尝辄止 消防安全 深入基层 深入开展 深刻领会 深受感动 深受教育 点到为止 热情接待 熟练掌握 理论知识 生活作风
    生活品质 电力系统 畏难情绪 真实情况 知行合一 碍于情面 积极参与 第四季度 粮食安全 精力充沛 精心设计 紧密结合 组织关系 结合实际 统计调查 群众反映 群众意见 群众满意
    群众路线 老年大学 老有所为 联系实际 联系方式 联系群众 自我完善 自满情绪 自立自强 舍生忘死 良好形象 艰苦朴素 节日期间 薄弱环节 虚心听取 虚心接受 行动不便 表示感谢
    见怪不怪 见贤思齐 认真对待 认真贯彻 说不上来 说心里话 读书看报 谦虚谨慎 谨言慎行 贯彻落实 走街串巷 走走看看 走马观花 身体健康 轻车熟路 迎难而上 进取精神 违章行为
    违规操作 迟到早退 退休职工 逐字逐句 通俗易懂 通知精神 遇到困难 遵守纪律 重复劳动 重大成就 重要讲话 错误想法 锲而不舍 闭一只眼 防微杜渐 随叫随到 随声附和
    集中统一 静下心来 非机动车 顾此失彼 风雨无阻 食品安全 麻痹大意 麻痹思想
""".split()
# Look-alike characters of different sounds the engine takes for one another too
# (得过具过 for 得过且过): one group a string, sent to nearMissRule in engine.js
# as ruleset["near_miss"]["lookalike"].
LOOKALIKE = ["己已巳", "且具", "未末", "折拆", "拔拨", "崇祟", "徒徙", "免兔", "衷哀衰", "戊戌戍", "贫贪", "侍待", "冶治",
             "幻幼", "肓盲", "炙灸", "汩汨"]
ALIKE = {c: n for n, group in enumerate(LOOKALIKE) for c in group}
RARER = 20             # a dictionary word this many times rarer than its target is flagged all the same
COMMON_CHARS = 3500    # the most frequent characters that may stand in for another
SITE_MIN_COUNT = 2     # a two-word phrase of the site's text is a target from this many uses on
# jieba tags not worth targeting: place names, transliterated names, organisations, numerals.
SKIP_TAGS = {"ns", "nrt", "nt", "m"}
# Tags of two-character words that do not start or end a set phrase (numerals,
# conjunctions, localisers, prepositions, particles, measure words, adverbs…).
FUNCTION_TAGS = {"m", "mq", "c", "f", "p", "q", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "x",
                 "t", "d", "zg"}
# A site phrase of two words (有事/居民, not a set phrase) is not flagged
# where one of its words is replaced by a same-sounding function word or
# pronoun (SWAP_TAGS) from SWAP_MIN_FREQ on and SWAP_RATIO times as common
# as that word: 有时居民 (有时 6917, 有事 458) reads as 有时 + 居民. Not for
# content words: 本质岗位, 环境政治 stay flagged.
SWAP_TAGS = FUNCTION_TAGS | {"r"}
SWAP_MIN_FREQ = 1000
SWAP_RATIO = 10
# Printable ASCII but the two characters JSON escapes.
DIGITS = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"\\')
FIRST_HAN = 0x4E00
FREQUENT = 50          # the characters most used in targets, coded in one symbol
HAN4 = re.compile(r"[\u4e00-\u9fff]{4}")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
CACHE_DIR = ROOT / ".cache" / "near-miss"
KEEP = 4               # cached files of each kind


# ------------------------------------------------------------- jieba + pypinyin

def _jieba_dict() -> str:
    path = "jieba/dict.txt"
    try:
        import jieba
        path = Path(jieba.__file__).resolve().parent / "dict.txt"
        return path.read_text(encoding="utf-8")
    except (ImportError, OSError, UnicodeDecodeError):
        raise RulesetError(f"读不到 jieba 自带的词典 {path}，无法生成近音误写检查（PR-NEAR-001）的数据。") from None


def _versions() -> str:
    try:
        return f"jieba {metadata.version('jieba')} pypinyin {metadata.version('pypinyin')}"
    except metadata.PackageNotFoundError as err:
        raise RulesetError(f"没有安装 {err.name}，无法生成近音误写检查（PR-NEAR-001）的数据。") from None


def _read_cache(path: Path):
    try:
        return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, ValueError, EOFError):
        return None


def _write_cache(path: Path, value) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(gzip.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 1))
        tmp.replace(path)
        # Every edit of the site's text makes a new file: keep the newest few
        # (tests build from changed copies of data/ too).
        kind = path.name.split("-", 1)[0]
        older = sorted(path.parent.glob(f"{kind}-*.json.gz"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in older[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only checkout still builds, only slower


def cached(path: Path, compute):
    """The value cached at path, else compute()'s, cached there for next time."""
    found = _read_cache(path)
    if found is None:
        found = compute()
        _write_cache(path, found)
    return found


def _key(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def _base_params() -> list:
    # This file's own text: a change of the derivation invalidates the cache.
    return [Path(__file__).read_text(encoding="utf-8"), _versions(), MIN_FREQ, IDIOM_MIN_FREQ, sorted(IDIOM_TAGS), RARER, COMMON_CHARS,
            FREQUENT, SITE_MIN_COUNT, sorted(SKIP_TAGS), sorted(FUNCTION_TAGS)]


def lexicon() -> dict:
    """What the derivation needs from jieba and pypinyin (cached on disk):
    four: {word: freq} for every four-character word; pairs: two-character
    content words; chars: common characters, most frequent first, with
    their usual syllable; targets: {word: [freq, key]}."""
    path = CACHE_DIR / f"lexicon-{_key(*_base_params())}.json.gz"
    found = _read_cache(path)
    if found is not None:
        return found
    from pypinyin import Style, lazy_pinyin, pinyin

    text = _jieba_dict()
    four, pairs, char_freq, targets, two = {}, [], {}, {}, {}
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if len(parts) < 2 or not parts[1].isdigit():
            raise RulesetError(f"jieba 自带的词典 dict.txt 第 {n} 行不是“词 词频 词性”的格式，无法生成近音误写检查（PR-NEAR-001）的数据。")
        word, freq, tag = parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""
        for ch in word:
            char_freq[ch] = char_freq.get(ch, 0) + freq
        if len(word) == 2 and "\u4e00" <= word[0] <= "\u9fff" and "\u4e00" <= word[1] <= "\u9fff" \
                and tag not in FUNCTION_TAGS:
            pairs.append(word)
        if len(word) == 2:
            two[word] = [freq, tag]
        if HAN4.fullmatch(word):
            four[word] = freq
            least = IDIOM_MIN_FREQ if tag in IDIOM_TAGS else MIN_FREQ
            if least is not None and freq >= least and tag not in SKIP_TAGS:
                targets[word] = [freq, lazy_pinyin(word, style=Style.NORMAL)]
    if not four:
        raise RulesetError("jieba 的词典 dict.txt 里没有四字词，无法生成近音误写检查（PR-NEAR-001）的数据。")
    ranked = sorted((c for c in char_freq if "\u4e00" <= c <= "\u9fff"), key=lambda c: (-char_freq[c], c))
    chars = [[c, pinyin(c, style=Style.NORMAL)[0][0]] for c in ranked]
    found = {"four": four, "pairs": pairs, "chars": chars, "targets": targets, "two": two}
    _write_cache(path, found)
    return found


# ------------------------------------------------------------------ site text

def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _load_yaml(path: Path):
    import yaml
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None  # the data checks report a broken file


def site_texts(data: Path, docs: Path | None = None) -> list[str]:
    """The site's own prose: pages (Markdown syntax and code blanked out),
    statements, templates and the glossary."""
    from .markdown_mask import mask_markdown
    docs = docs or ROOT / "docs"
    texts = []
    for path in sorted(docs.rglob("*.md")):
        try:
            texts.append(mask_markdown(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    for path in sorted((data / "statements").glob("*.yml")):
        texts.extend(_strings(_load_yaml(path)))
    for path in sorted((data / "templates").glob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    texts.extend(glossary_phrases(data))
    return texts


def glossary_phrases(data: Path) -> list[str]:
    glossary = _load_yaml(data / "glossary.yml") or {}
    found = []
    for item in glossary.get("terms") or []:
        for text in [item.get("term")] + list(item.get("members") or []):
            found.extend(HAN_RUN.findall(str(text or "")))
    return found


def wrong_forms(data: Path, raw_rules: dict) -> tuple[set[str], set[str]]:
    """Four-character forms the site lists as wrong: (those of the miswritten
    dictionaries, readers' misspellings in the search variants). Never
    whitelisted, even where a page quotes them."""
    entries = list(raw_rules.get("miswritten") or [])
    entries += (_load_yaml(data / "miswritten-words.yml") or {}).get("entries") or []
    dictionary = {str(e.get("wrong")) for e in entries if isinstance(e, dict) and e.get("wrong")}
    variants = _load_yaml(data / "search-variants.yml") or {}
    typed = {str(f) for forms in (variants.get("same") or {}).values() for f in forms or []}
    return ({w for w in dictionary if HAN4.fullmatch(w)},
            {w for w in typed - dictionary if HAN4.fullmatch(w)})


# ------------------------------------------------------------------- matching

class Matcher:
    """A window flagged by the check: four characters, not a target or a
    known word, equal to a target but in one position, where its character
    has the target's syllable or looks like the target's (ALIKE). The same test as nearMissRule in engine.js."""

    def __init__(self, targets: dict[str, list[str]], reading: dict[str, str], known=()):
        self.targets = targets
        self.reading = reading
        self.known = set(known)
        self.index = {}
        for word in sorted(targets):
            key = targets[word]
            for p in range(4):
                self.index.setdefault(word[:p] + "\0" + word[p + 1:], []).append((p, key[p], word))

    def target_of(self, window: str) -> str:
        if window in self.targets or window in self.known:
            return ""
        for p in range(4):
            for q, syllable, word in self.index.get(window[:p] + "\0" + window[p + 1:], ()):
                if window[p] != word[p] and window[p] in self.reading and (
                        self.reading[window[p]] == syllable or ALIKE.get(window[p], -1) == ALIKE.get(word[p])):
                    return word
        return ""

    def scan(self, text: str):
        for run in HAN_RUN.finditer(text):
            s = run.group(0)
            for i in range(len(s) - 3):
                right = self.target_of(s[i:i + 4])
                if right:
                    yield s[i:i + 4], right


def _function_swaps(lex: dict, targets: dict, reading: dict, set_phrases: set[str]) -> set[str]:
    """Windows of a two-word site phrase with one word replaced by a much
    commoner same-sounding function word (see SWAP_TAGS): 有时居民."""
    two = lex["two"]
    by_syllable = {}
    for c, syllable in reading.items():
        by_syllable.setdefault(syllable, []).append(c)
    found = set()
    for word, (_, key) in targets.items():
        if word in set_phrases:
            continue
        for p in range(4):
            half = slice(0, 2) if p < 2 else slice(2, 4)
            own = two.get(word[half], [0, ""])[0]
            for c in by_syllable.get(key[p], ()):
                swapped = (word[:p] + c + word[p + 1:])[half]
                freq, tag = two.get(swapped, [0, ""])
                if c != word[p] and tag in SWAP_TAGS and freq >= SWAP_MIN_FREQ and freq >= SWAP_RATIO * max(own, 1):
                    found.add(word[:p] + c + word[p + 1:])
    return found


# ------------------------------------------------------------------- encoding

BASE = len(DIGITS) // 2  # varint digits: values below BASE end a number, the others continue it


def varints(numbers) -> str:
    out = []
    for n in numbers:
        digits = [n % BASE]
        n //= BASE
        while n:
            digits.append(BASE + n % BASE)
            n //= BASE
        out.append("".join(DIGITS[d] for d in reversed(digits)))
    return "".join(out)


def _codes(order: list[str], frequent: str) -> dict[str, str]:
    """A character's code: one symbol for the frequent ones, else two."""
    width, skip = len(DIGITS), len(frequent)
    codes = {c: DIGITS[skip + i // width] + DIGITS[i % width] for i, c in enumerate(order)}
    codes.update((c, DIGITS[i]) for i, c in enumerate(frequent))
    return codes


def _front_coded(words, codes) -> str:
    """Sorted words, each as the count of characters shared with the one
    before and the codes of the rest."""
    out, previous = [], ""
    for word in sorted(words):
        shared = 0
        while shared < 3 and word[shared] == previous[shared:shared + 1]:
            shared += 1
        out.append(DIGITS[shared] + "".join(codes[c] for c in word[shared:]))
        previous = word
    return "".join(out)


# ------------------------------------------------------------------ derivation

def derive(data: Path, raw_rules: dict, docs: Path | None = None) -> dict:
    """ruleset["near_miss"]."""
    return {k: v for k, v in derived(data, raw_rules, docs).items() if k != "stats"}


def derived(data: Path, raw_rules: dict, docs: Path | None = None) -> dict:
    """The data and, under "stats", what went into it (cached on disk by the site's text)."""
    texts = site_texts(data, docs)
    settings = raw_rules.get("near_miss") or {}
    whitelist = sorted(str(w) for w in settings.get("whitelist") or [])
    phrases = sorted(str(w) for w in settings.get("phrases") or [])
    dictionary, typed = (sorted(w) for w in wrong_forms(data, raw_rules))
    path = CACHE_DIR / f"data-{_key(*_base_params(), texts, whitelist, phrases, dictionary, typed)}.json.gz"
    # The curated set phrases are targets as the glossary's phrases are.
    return cached(path, lambda: _derive(lexicon(), texts, whitelist, set(dictionary), set(typed),
                                        glossary_phrases(data) + phrases))


def site_phrases(lex: dict, texts: list[str], glossary: list[str]) -> set[str]:
    """The site's four-character phrases: glossary terms, and in the site's
    text as jieba cuts it, dictionary words and two content words used
    together at least SITE_MIN_COUNT times (履职/尽责)."""
    import jieba
    pairs = set(lex["pairs"])
    phrases = _cut_phrases(glossary)
    counts = {}
    for text in texts:
        for run in HAN_RUN.finditer(text):
            words = jieba.lcut(run.group(0))
            phrases.update(w for w in words if len(w) == 4 and w in lex["four"])
            for a, b in zip(words, words[1:]):
                if a in pairs and b in pairs:
                    counts[a + b] = counts.get(a + b, 0) + 1
    phrases.update(w for w, n in counts.items() if n >= SITE_MIN_COUNT)
    return phrases


def _cut_phrases(runs: list[str]) -> set[str]:
    """Four-character phrases of the glossary's terms as jieba cuts them:
    a four-character word, or two two-character words (务必/不忘/初心)."""
    import jieba
    found = set()
    for run in runs:
        if len(run) == 4:
            found.add(run)
            continue
        words = jieba.lcut(run)
        found.update(w for w in words if HAN4.fullmatch(w))
        found.update(a + b for a, b in zip(words, words[1:]) if len(a) == 2 and len(b) == 2)
    return found


def _derive(lex: dict, texts: list[str], whitelist: list[str], dictionary: set[str], typed: set[str],
            glossary: list[str]) -> dict:
    from pypinyin import Style, lazy_pinyin

    four = lex["four"]
    targets = {w: (f, key) for w, (f, key) in lex["targets"].items()}
    for phrase in GENRE_IDIOMS:
        if phrase in four and phrase not in targets:
            targets[phrase] = (four[phrase], lazy_pinyin(phrase, style=Style.NORMAL))
    for phrase in site_phrases(lex, texts, glossary):
        if phrase not in targets:
            targets[phrase] = (four.get(phrase, 0), lazy_pinyin(phrase, style=Style.NORMAL))
    usual = dict((c, s) for c, s in lex["chars"])
    # Most used syllables first: their characters get the most frequent codes.
    uses = {}
    for _, key in targets.values():
        for s in key:
            uses[s] = uses.get(s, 0) + 1
    syllables = sorted(uses, key=lambda s: (-uses[s], s))
    in_keys = set(syllables)
    # Characters that may stand in for another: common ones and those of
    # the targets, whose usual syllable occurs in a target.
    needed = {c for c, _ in lex["chars"][:COMMON_CHARS]} | {c for w in targets for c in w}
    candidates = sorted(c for c in needed if usual.get(c) in in_keys)
    needed = set(candidates) | {c for w in targets for c in w}
    reading = {c: usual[c] for c in candidates}
    matcher = Matcher({w: key for w, (_, key) in targets.items()}, reading)

    # Dictionary words the check would flag: known unless much rarer than their target.
    known = set()
    for word, freq in four.items():
        right = matcher.target_of(word)
        if right and freq * RARER > targets[right][0]:
            known.add(word)
    matcher.known = known | set(whitelist)
    site_flags = {}
    for text in texts:
        for window, right in matcher.scan(text):
            site_flags[window] = right
    known |= {w for w in site_flags if w not in dictionary | typed}
    known |= set(whitelist)
    known |= _function_swaps(lex, targets, reading, set(four) | _cut_phrases(glossary))
    # Only words the check would otherwise flag need listing.
    matcher.known = set()
    known = {w for w in known if matcher.target_of(w)}

    # The alphabet: per syllable, its candidate characters by code point
    # (gaps as varints, 0 ends a group); last, target characters that are
    # not candidates. A character's index in this order is its code.
    groups = [sorted(c for c in candidates if reading[c] == syllable) for syllable in syllables]
    groups.append(sorted(needed - set(candidates)))
    alphabet, order = [], []
    for group in groups:
        codes = [FIRST_HAN - 1] + [ord(c) for c in group]
        alphabet.append(varints([b - a for a, b in zip(codes, codes[1:])] + [0]))
        order += group
    counts = {}
    for word in targets:
        for c in word:
            counts[c] = counts.get(c, 0) + 1
    frequent = "".join(sorted(counts, key=lambda c: (-counts[c], c))[:FREQUENT])
    codes = _codes(order, frequent)
    sid = {s: i for i, s in enumerate(syllables)}
    numbers, last = [], 0
    for n, word in enumerate(sorted(targets)):
        for p, syllable in enumerate(targets[word][1]):
            if reading.get(word[p]) != syllable:
                numbers += [n * 4 + p - last, sid[syllable]]
                last = n * 4 + p
    return {
        "format": FORMAT,
        "digits": DIGITS,
        "syllables": " ".join(syllables),
        "alphabet": "".join(alphabet),
        "frequent": frequent,
        "targets": _front_coded(targets, codes),
        "target_readings": varints(numbers),
        "known": _front_coded(known, codes),
        "lookalike": list(LOOKALIKE),
        "stats": {"targets": len(targets), "known": len(known), "chars": len(order),
                  "candidates": len(candidates), "site_flags": len(site_flags),
                  "site_flags_wrong": sorted(w for w in site_flags if w in dictionary | typed),
                  "dictionary": len(dictionary)},
    }


# -------------------------------------------------------------- decoding (tests)

def decode(data: dict) -> tuple[dict[str, list[str]], dict[str, str], set[str]]:
    """targets {word: syllables}, readings {char: syllable}, known words:
    the encoded data read back, the way engine.js reads it."""
    digits = data["digits"]
    value = {d: i for i, d in enumerate(digits)}
    syllables = data["syllables"].split(" ")

    def numbers(text):
        out, n = [], 0
        for symbol in text:
            v = value[symbol]
            if v >= BASE:
                n = n * BASE + v - BASE
            else:
                out.append(n * BASE + v)
                n = 0
        return out

    order, reading, group, previous = [], {}, 0, FIRST_HAN - 1
    for gap in numbers(data["alphabet"]):
        if gap == 0:
            group, previous = group + 1, FIRST_HAN - 1
            continue
        previous += gap
        order.append(chr(previous))
        if group < len(syllables):
            reading[chr(previous)] = syllables[group]

    frequent = data["frequent"]

    def words(text):
        out, at, word = [], 0, ""
        while at < len(text):
            word = word[:value[text[at]]]
            at += 1
            while len(word) < 4:
                v = value[text[at]]
                if v < len(frequent):
                    word += frequent[v]
                    at += 1
                else:
                    word += order[(v - len(frequent)) * len(digits) + value[text[at + 1]]]
                    at += 2
            out.append(word)
        return out

    listed = words(data["targets"])
    targets = {w: [reading.get(c, "") for c in w] for w in listed}
    pairs, position = numbers(data["target_readings"]), 0
    for k in range(0, len(pairs), 2):
        position += pairs[k]
        targets[listed[position // 4]][position % 4] = syllables[pairs[k + 1]]
    return targets, reading, set(words(data["known"]))
