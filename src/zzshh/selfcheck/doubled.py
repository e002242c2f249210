"""Data of PR-REPEAT-001: a character typed twice (在在, 和和, 把把).

Derived at build time from jieba's dictionary. Which doubled characters
are slips: the frequent function words (prepositions, conjunctions, adverbs,
particles, pronouns: jieba tags FUNCTION_TAGS, from MIN_FREQ on). An input
method gives them on their own, so a second copy is a slip, and they rarely
meet themselves across a word boundary. Content characters double across
boundaries all the time (工作作风, 委员会会议, 学期期中, 共产党党员) and
reduplicate as verbs (改改, 说说), so a doubled content character is taken
as legitimate. A function word whose AA form is itself a frequent word
(常常, 往往, 仅仅, 刚刚) is not checked either.

For each checked character X the engine still accepts a pair that is a word
boundary: a frequent word ending in X before it and one starting with X after
it (为了了解, 所有有关). One side is enough where X stands alone there: after
a content word (人才才是, 目的的, 现在在家); after a function word only for
`alone_after` (针对对党), not 就是是, 从而而, 对于于; before a
word only for prepositions and conjunctions (对对方, 与与会) and `alone_before`
(是是否, 的的确). A pronoun or adverb never stands before a word starting with
it (这这个, 不不会, 还还是). `contexts` packs this per character: "X", a digit
(1: alone after a function word, 2: alone before a word, 3: both), prefixes
joined by ",", "|", suffixes ("!" marks a function word, "~" a rarer word
that counts only with a suffix: 迁就|就是); groups joined by ";". AABB (认认真真) and 一XX (一把把) are accepted by the engine itself.

Content characters are checked only inside `words` (a curated list of
frequent two-character 公文 words whose characters do not reduplicate):
加加强, 资料料, 物业业服务. The pair is still a boundary where the character
before it ends a word with the doubled one (外科|科室) or the one after it
continues a word starting with the word's last character (安全|全面, 会议|议程,
学|学习近平). `content` packs this: the words joined by ",", "#", then per
character the characters that end a word with it before it ("X" + chars, ";"),
"#", then per character the characters that follow it in a word.

`suffix` packs, per suffix character (们, 者, 度: see SUFFIX_TAGS), the
characters after which it starts a word: 我们们 and 态度度 are slips, 人员|员工
is not; a noun character whose AA form is a word (人, see NOUN_ENDS) adds "|"
and the only characters it may follow (老人人 is a slip, 大家人人 is not).
`content`'s last part lists the curated characters that are frequent words of
their own (工作|作了).

`triples` packs the adverbs AA checked for AAA (see TRIPLE_FREQ).
`not_after` (from the data) maps whitelisted words to the characters after
which they are slips all the same (客户|了了解).
`tails` packs the AB|B words (时候候, see TAIL_FREQ): per character B, the
characters after it in its words, "|", the characters A of the words AB.

`doubled` in data/proofread-rules.yml adds: chars (always checked), skip
(never checked), alone_after, alone_before, after_verb (see VERB_AFTER_FREQ),
after_rare (see _derive), words, whitelist (whole words that contain a doubled
character).
Cached in .cache/doubled/ by this file's text, jieba's version and the data."""
import re
from importlib import metadata
from pathlib import Path

from zzshh.sitedata.paths import ROOT

from .errors import RulesetError
from .near_miss import _key, cached

# jieba tags of the single-character words that are checked.
FUNCTION_TAGS = {"p", "c", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "y", "e"}
# Tags of the checked characters that stand alone before a word starting with
# them (对|对方, 和|和平); after a function word only `alone_after` does (针对|对党,
# not 对于|于).
ALONE_BEFORE_TAGS = {"p", "c"}
MIN_FREQ = 5000       # a function word this frequent is checked
AA_FREQ = 20          # ...unless its AA form is a word this frequent (常常)
CONTEXT_FREQ = 2000   # words around a pair that make it a boundary
# A noun ending in a particle character (地, 的, 着: jieba tags u*) ends at
# the pair from this frequency on: the particle is a content character there
# and starts the next word (耕地|地力, 工地|地面), while a slip follows a
# word that is no noun (认真地地).
NOUN_BEFORE_FREQ = 300
CONTENT_FREQ = 100    # words around a doubled content character (curated words)
WEAK_FREQ = 20        # rarer words before an `alone_before` pair, with a word after it
# Names and places make poor contexts (their characters are arbitrary).
NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt"}
PLACE_TAGS = NAME_TAGS - {"nt"}
# `after_verb` characters (在, 给, 于) end verbs as a complement that takes
# the object (放在, 交给, 位于): they stand alone after a noun or time word
# (现在|在家) but not after such a verb (存在在, 交给给, 属于于), so verbs are
# left out of their contexts (unlike 认为|为了). The words after them then
# count from VERB_AFTER_FREQ on (实在|在意).
VERB_AFTER_FREQ = 300
# Characters of the curated words that are words of their own this frequent
# (作, 想, 会, 使): a copy of one next to the word may be that word (工作|作了).
ALONE_TAGS = {"v", "p", "d", "c", "r", "t"}
ALONE_FREQ = 20000
# Suffix characters (们, 者, 度, 员): they end at least SUFFIX_ENDS frequent
# two-character words and start at most SUFFIX_STARTS words from
# SUFFIX_START_FREQ on, so a pair of them is a slip (我们们, 态度度) unless the
# second starts one of those few words (人员|员工). Measure words (这件, 几件:
# 件件, 项项) and characters whose AA form is a word (人人) reduplicate and
# are left out.
# 然 (c) ends conjunctions and adverbs (虽然, 仍然) and starts only 然后,
# 然而, 然则: 虽然然做了 is a slip, 当然|然后 is not.
SUFFIX_TAGS = {"n", "ng", "k", "zg", "vg", "j", "nz", "c"}
SUFFIX_ENDS = 5
SUFFIX_STARTS = 6
SUFFIX_START_FREQ = 30
MEASURE_FREQ = 100
# A noun character that ends at least NOUN_ENDS frequent words is checked
# even though its AA form is a word (人: 老人人 but 人人有责): only after a
# character that makes a frequent word with it and ends at most NOUN_LEFT_ENDS
# frequent words itself, so no word before swallows it (老|人, not 大家|人人
# or 员工|人人); words after it count from NOUN_START_FREQ on (老人|人数),
# set phrases of four characters and more from IDIOM_FREQ (病人|人满为患).
NOUN_ENDS = 30
NOUN_LEFT_ENDS = 4
NOUN_START_FREQ = 50
IDIOM_FREQ = 20
COMMON = re.compile(r"[\u4e00-\u9fa5]+")
CACHE_DIR = ROOT / ".cache" / "doubled"


def _jieba_version() -> str:
    try:
        return metadata.version("jieba")
    except metadata.PackageNotFoundError:
        raise RulesetError("没有安装 jieba，无法生成重复字检查（PR-REPEAT-001）的数据。") from None


def _jieba_dict() -> str:
    try:
        import jieba
        return (Path(jieba.__file__).resolve().parent / "dict.txt").read_text(encoding="utf-8")
    except (ImportError, OSError, UnicodeDecodeError):
        raise RulesetError("读不到 jieba 自带的词典，无法生成重复字检查（PR-REPEAT-001）的数据。") from None


def _content(freq: dict, tag: dict, words: list) -> str:
    # The curated words themselves are boundaries too, however rare (汇报|报销).
    ends = {w[0]: set() for w in words}
    starts = {w[1]: set() for w in words}
    listed = set(words)
    for word, n in freq.items():
        # Organisations count here (共产党|党员); names of people and places
        # seldom stand next to a curated word and would only fill the page.
        if 2 <= len(word) <= 3 and (word in listed or (n >= CONTENT_FREQ and tag[word] not in PLACE_TAGS)):
            if word[-1] in ends:
                ends[word[-1]].add(word[-2])
            if word[0] in starts:
                starts[word[0]].add(word[1])
    pack = lambda sets: ";".join(c + "".join(sorted(s)) for c, s in sorted(sets.items()))
    alone = sorted({c for w in words for c in w
                    if tag.get(c) in ALONE_TAGS and freq.get(c, 0) >= ALONE_FREQ})
    return ",".join(words) + "#" + pack(ends) + "#" + pack(starts) + "#" + "".join(alone)


def _suffix(freq: dict, tag: dict, checked: list) -> str:
    ends, starts, aa = {}, {}, {}
    for word, n in freq.items():
        if len(word) == 2 and n >= CONTEXT_FREQ // 2 and tag[word] not in NAME_TAGS:
            ends.setdefault(word[1], set()).add(word[0])
        if len(word) >= 2 and n >= SUFFIX_START_FREQ:
            starts.setdefault(word[0], set()).add(word[1])
        # AA as a word or the head of a set phrase reduplicates (息息相关).
        if len(word) >= 2 and word[0] == word[1]:
            aa[word[0]] = max(aa.get(word[0], 0), n)
    chars = sorted(c for c, e in ends.items()
                   if len(e) >= SUFFIX_ENDS and tag.get(c, "") in SUFFIX_TAGS and c not in checked
                   and aa.get(c, 0) < AA_FREQ and len(starts.get(c, ())) <= SUFFIX_STARTS
                   and max(freq.get("这" + c, 0), freq.get("几" + c, 0)) < MEASURE_FREQ)
    groups = [c + "".join(sorted(starts.get(c, ()))) for c in chars]
    for c, e in sorted(ends.items()):
        if len(e) >= NOUN_ENDS and tag.get(c) == "n" and freq.get(c + c, 0) >= AA_FREQ and c not in checked:
            left = sorted(x for x in e if len(ends.get(x, ())) <= NOUN_LEFT_ENDS)
            after = sorted({w[1] for w, n in freq.items() if len(w) >= 2 and w[0] == c
                            and n >= (NOUN_START_FREQ if len(w) < 4 else IDIOM_FREQ)})
            groups.append(c + "".join(after) + "|" + "".join(left))
    return ";".join(groups)


# AB|B (时候候, 血压压, 自己己): a frequent word whose last character B is
# typed again. B starts at most TAIL_STARTS words from TAIL_START_FREQ on, so a
# second B that starts none of them (血压|压力 does) is a slip. Only words from
# TAIL_FREQ on, B neither a function word (checked above), a suffix, a word of
# its own (ALONE_TAGS) nor a reduplicated word (步步, 个个).
# Five starts would take in 问题|题 (问题题实行) but cost 140 B of the
# doubled budget (test_doubled_data_is_derived_and_small) for one catch.
TAIL_FREQ = 10000
TAIL_START_FREQ = 300
TAIL_STARTS = 4

# AB|B before 的 (水表表的, 数据据的): B ends at least TAIL_DE_ENDS words from
# TAIL_DE_FREQ on, so it is a common last character, while BB is no word
# (AA_FREQ), B的 is none (目的) and B alone is rarer than TAIL_DE_ALONE (在大学
# 学的是: 学 stands alone as a verb).
TAIL_DE_FREQ = 300
TAIL_DE_ENDS = 8
TAIL_DE_ALONE = 10000
# X一Y|Y (进一步步, 第一次次): the three-character words with 一 in the middle
# from COUNTED_FREQ on; 一步步 alone reduplicates, after 进 it is a slip. The
# characters after Y in its words (COUNTED_START_FREQ on) make a boundary
# (第一个|个人).
COUNTED_FREQ = 1000
COUNTED_START_FREQ = 300


def _tail_de(freq: dict, tag: dict, checked: set) -> str:
    ends = {}
    for word, n in freq.items():
        if len(word) == 2 and n >= TAIL_DE_FREQ and tag[word] not in NAME_TAGS:
            ends.setdefault(word[1], set()).add(word[0])
    return "".join(sorted(c for c, e in ends.items()
                          if len(e) >= TAIL_DE_ENDS and c not in checked and freq.get(c + c, 0) < AA_FREQ
                          and c + "的" not in freq and freq.get(c, 0) < TAIL_DE_ALONE))


def _counted(freq: dict, tag: dict) -> str:
    starts = {}
    for word, n in freq.items():
        if len(word) >= 2 and n >= COUNTED_START_FREQ and tag[word] not in NAME_TAGS:
            starts.setdefault(word[0], set()).add(word[1])
    words = sorted(w for w, n in freq.items() if len(w) == 3 and w[1] == "一" and n >= COUNTED_FREQ
                   and tag[w] not in NAME_TAGS and w[0] not in "十" and w[2] != w[0])
    # The word + the characters after its last one in its words, ";"-joined.
    return ";".join(w + "".join(sorted(starts.get(w[2], ()))) for w in words)


# AAA (往往往, 渐渐渐): an adverb AA (往往, 渐渐; jieba tags TRIPLE_TAGS, from
# TRIPLE_FREQ on) with one copy too many. Three in a row are a boundary where a
# word ends in A before them (今天|天天) or starts with A after them (常常|常委):
# those neighbours from TRIPLE_SIDE_FREQ on go to the page, so only adverbs
# with at most TRIPLE_SIDES of them are checked.
TRIPLE_FREQ = 300
TRIPLE_SIDE_FREQ = 1000
TRIPLE_SIDES = 20
TRIPLE_TAGS = {"d", "t"}


def _triples(freq: dict, tag: dict) -> str:
    starts, ends = {}, {}
    for word, n in freq.items():
        if len(word) >= 2 and n >= TRIPLE_SIDE_FREQ and tag[word] not in NAME_TAGS:
            starts.setdefault(word[0], set()).add(word[1])
            ends.setdefault(word[-1], set()).add(word[-2])
    groups = []
    for word, n in sorted(freq.items()):
        if len(word) == 2 and word[0] == word[1] and n >= TRIPLE_FREQ and tag[word] in TRIPLE_TAGS:
            a = word[0]
            after, before = starts.get(a, set()) - {a}, ends.get(a, set()) - {a}
            if len(after) + len(before) <= TRIPLE_SIDES:
                groups.append(a + "".join(sorted(after)) + "|" + "".join(sorted(before)))
    # "A" + the characters after A in its words, "|", the characters before A.
    return ";".join(groups)


def _tails(freq: dict, tag: dict, skip: set) -> str:
    starts = {}
    for word, n in freq.items():
        if len(word) >= 2 and n >= TAIL_START_FREQ and tag[word] not in NAME_TAGS:
            starts.setdefault(word[0], set()).add(word[1])
    heads = {}
    for word, n in freq.items():
        if len(word) != 2 or n < TAIL_FREQ or tag[word] in NAME_TAGS or word[0] == word[1]:
            continue
        b = word[1]
        if b in skip or freq.get(b + b, 0) >= AA_FREQ or len(starts.get(b, ())) > TAIL_STARTS or \
                (tag.get(b) in ALONE_TAGS and freq.get(b, 0) >= ALONE_FREQ):
            continue
        heads.setdefault(b, set()).add(word[0])
    # "B" + the characters after B in its words, "|", the characters before B.
    return ";".join(b + "".join(sorted(starts.get(b, ()))) + "|" + "".join(sorted(a)) for b, a in sorted(heads.items()))


def _derive(text: str, extra: str, skip: str, alone_after: str, alone_before: str, content: list,
            after_verb: str = "", after_rare: str = "") -> dict:
    freq, tag = {}, {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit() and COMMON.fullmatch(parts[0]):
            freq[parts[0]] = int(parts[1])
            tag[parts[0]] = parts[2] if len(parts) > 2 else ""
    if not freq:
        raise RulesetError("jieba 的词典 dict.txt 是空的，无法生成重复字检查（PR-REPEAT-001）的数据。")
    checked = {c for c, n in freq.items()
               if len(c) == 1 and n >= MIN_FREQ and tag[c] in FUNCTION_TAGS and freq.get(c + c, 0) < AA_FREQ}
    checked = sorted((checked | set(extra)) - set(skip))
    before = {c: [] for c in checked}
    after = {c: [] for c in checked}
    # Without its verbs (存在|在), a character needs the rarer words after it
    # too (实在|在意, 面对|对策).
    verbs_out = {w[-1] for w, n in freq.items() if len(w) >= 2 and n >= CONTEXT_FREQ and tag[w] == "v"
                 and w[-1] in before and w[-1] in after_verb}
    for word, n in freq.items():
        if len(word) < 2 or tag[word] in NAME_TAGS:
            continue
        # `after_rare` characters (把) also start verbs that follow them as
        # the object (把|把关的责任, 帮我把|把脉): their rarer words count too.
        if word[0] in after_rare and word[0] in after and WEAK_FREQ <= n < VERB_AFTER_FREQ:
            after[word[0]].append(word[1:])
        if n < VERB_AFTER_FREQ:
            continue
        if word[0] in after and (n >= CONTEXT_FREQ or word[0] in verbs_out or word[0] in after_rare):
            after[word[0]].append(word[1:])
        if (n >= CONTEXT_FREQ or (tag[word] == "n" and n >= NOUN_BEFORE_FREQ and tag.get(word[-1], "")[:1] == "u")) \
                and word[-1] in before \
                and not (tag[word] == "v" and word[-1] in verbs_out):
            before[word[-1]].append(word[:-1])
    # Rarer words ending in an `alone_before` character (迁就, 铸就, 若是) count
    # only with a word starting with it after the pair (迁就|就是, 若是|是否).
    weak = {c: [] for c in checked}
    for word, n in freq.items():
        if len(word) == 2 and WEAK_FREQ <= n < CONTEXT_FREQ and word[1] in alone_before and word[1] in weak \
                and tag[word] not in NAME_TAGS:
            weak[word[1]].append("~" + word[0])
    groups = []
    for c in checked:
        mode = (1 if c in alone_after else 0) + \
               (2 if tag.get(c) in ALONE_BEFORE_TAGS or c in alone_before else 0)
        # Any character stands alone after a content word (人才|才是, 目的|的);
        # after a function word (就是|是, 从而|而, 再也|也) only those of mode 1
        # do, and before a function word none does (对对于, 在在于).
        # Two checked characters make a function word whatever jieba's tag
        # (有所: n, yet 有所所淡化 is a slip; 派出所|所长 is not).
        words = sorted(("" if tag[w + c] not in FUNCTION_TAGS and not (len(w) == 1 and w in checked) else "!") + w
                       for w in before[c])
        nexts = sorted(("" if tag[c + w] not in FUNCTION_TAGS else "!") + w for w in after[c])
        # Only what can decide a pair goes to the page.
        if not words:
            nexts = [w for w in nexts if mode & 2 and w[0] != "!"]
        if not nexts and not mode & 1:
            words = [w for w in words if w[0] != "!"]
        if nexts:
            words += sorted(weak[c])
        if words or nexts:
            groups.append(c + str(mode) + ",".join(words) + "|" + ",".join(nexts))
    suffix = _suffix(freq, tag, checked)
    skip_tails = set(checked) | {g[0] for g in suffix.split(";") if g} | {c for w in content for c in w}
    return {"chars": "".join(checked), "contexts": ";".join(groups), "content": _content(freq, tag, content),
            "suffix": suffix, "tails": _tails(freq, tag, skip_tails), "triples": _triples(freq, tag),
            "tail_de": _tail_de(freq, tag, set(checked)), "counted": _counted(freq, tag)}


def derive(raw_rules: dict) -> dict:
    """ruleset["doubled"]: pattern, whitelist and contexts."""
    settings = raw_rules.get("doubled") or {}
    extra, skip = str(settings.get("chars") or ""), str(settings.get("skip") or "")
    alone_after, alone_before = str(settings.get("alone_after") or ""), str(settings.get("alone_before") or "")
    after_verb = str(settings.get("after_verb") or "")
    after_rare = str(settings.get("after_rare") or "")
    whitelist = [str(w) for w in settings.get("whitelist") or []]
    # Whitelisted words that are still slips after a person (客户了了解; 进行了了解 is right).
    not_after = {str(w): str(c) for w, c in (settings.get("not_after") or {}).items()}
    if any(w not in whitelist for w in not_after):
        raise RulesetError("doubled.not_after 里的词必须也写在 doubled.whitelist 里。")
    words = [str(w) for w in settings.get("words") or []]
    if any(not COMMON.fullmatch(w) or len(w) != 2 or w[0] == w[1] for w in words):
        raise RulesetError("doubled.words 里只能写两个不同汉字组成的词。")
    params = [Path(__file__).read_text(encoding="utf-8"), _jieba_version(), extra, skip, alone_after, alone_before,
              ",".join(words), after_verb, after_rare]
    path = CACHE_DIR / f"data-{_key(*params)}.json.gz"
    found = cached(path, lambda: _derive(_jieba_dict(), extra, skip, alone_after, alone_before, words, after_verb,
                                         after_rare))
    chars = "".join("\\" + c if c in "\\]^-" else c for c in found["chars"])
    # PR-REPEAT-002's ABAB (engine.js ababRule): words that reduplicate,
    # words that never do, and the result complements that end the latter.
    abab_try = [str(w) for w in settings.get("abab_try") or []]
    abab_never = [str(w) for w in settings.get("abab_never") or []]
    if any(not COMMON.fullmatch(w) or len(w) != 2 for w in abab_try + abab_never):
        raise RulesetError("doubled.abab_try 和 doubled.abab_never 里只能写两个汉字的词。")
    return {"pattern": f"([{chars}])\\1", "whitelist": whitelist, "contexts": found["contexts"],
            "content": found["content"], "suffix": found["suffix"], "tails": found["tails"],
            "triples": found["triples"], "not_after": not_after, "abab_try": ",".join(abab_try),
            "abab_never": ",".join(abab_never), "abab_result": str(settings.get("abab_result") or ""),
            "tail_de": found["tail_de"], "counted": found["counted"],
            "plural_aa": str(settings.get("plural_aa") or "")}


# PR-REPEAT-002, ABAB (专业专业, 患者患者): a two-character word typed twice
# where it cannot reduplicate. Verbs reduplicate (研究研究, 商量商量), nouns
# do not, and jieba's tags are too noisy word by word to ship a noun list, so
# the test is by the last character: one that ends frequent nouns at least
# NOUN_END_RATIO times as often as other words (业, 者, 民, 区) makes AB a noun.
# The verbs, state adjectives and onomatopoeia ending in such a character
# are shipped as exceptions: the adjectives (惊人, 具体: also complements,
# 来得惊人), state adjectives and onomatopoeia, and REDUPLICABLE, the verbs
# that do reduplicate (请教请教, 商量商量: jieba tags it a noun) or are
# adjectives tagged as verbs (出色). Other verbs ending so (发表, 审议) do
# not reduplicate and are left out to keep the page small.
NOUN_END_FREQ = 300
NOUN_ENDS_MIN = 6
NOUN_END_RATIO = 4
NOUN_TAGS = {"n", "nz", "ng", "j", "nt", "s"}
REDUPLICABLE_TAGS = {"z", "o", "a"}
REDUPLICABLE = ["商量", "掂量", "打量", "思量", "琢磨", "请教", "伺候", "加油", "出色", "从容", "得力",
                "交流", "联系", "动员", "打气", "捧场"]


def _abab(text: str) -> dict:
    freq, tag = {}, {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and len(parts[0]) == 2 and COMMON.fullmatch(parts[0]) and parts[1].isdigit():
            freq[parts[0]], tag[parts[0]] = int(parts[1]), parts[2]
    nouns, others = {}, {}
    for word, n in freq.items():
        # Attributives (b: 大型, 新型) never reduplicate either: they do not
        # count against a noun ending (模型模型, 机型).
        if n >= NOUN_END_FREQ and tag[word] not in NAME_TAGS and tag[word] != "b":
            side = nouns if tag[word] in NOUN_TAGS else others
            side[word[1]] = side.get(word[1], 0) + 1
    ends = {c for c, n in nouns.items() if n >= NOUN_ENDS_MIN and n >= NOUN_END_RATIO * others.get(c, 0)}
    words = sorted({w for w, n in freq.items() if w[1] in ends and n >= NOUN_END_FREQ
                    and tag[w] in REDUPLICABLE_TAGS} | {w for w in REDUPLICABLE if w[1] in ends})
    return {"ends": "".join(sorted(ends)), "words": words}


def abab() -> dict:
    """{"ends": characters that make a two-character word a noun, "words": the
    words ending in one of them that reduplicate (请教请教)}."""
    path = CACHE_DIR / f"abab-{_key(Path(__file__).read_text(encoding='utf-8'), _jieba_version())}.json.gz"
    return cached(path, lambda: _abab(_jieba_dict()))
