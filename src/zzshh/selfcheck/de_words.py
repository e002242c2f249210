"""Data of PR-DE-004 derived at build time from jieba's dictionary: which
characters start a word with 地 (地位, 地方, 地里, 地头), so that 地 after a
person or body followed by one of them is the word 地 (land, place), not a
slip for 的 (学生地位, 村民地里, 我们地处山区); which listed noun endings
make a word with 地 themselves (属地, 局地), so they are not taken as owners;
and which characters end a word with 地 (住地, 用地, 落地), so that 住地远 is
not taken as 住得远 (PR-DE-002); `word_ends` adds the characters before 地 in
longer words (殖民地, 所在地, 根据地), so that 地 after none of them and before
a noun that no verb phrase starts with (强烈地问题) is a slip for 的.

Cached in .cache/de-words/ by this file's text, jieba's version and the data."""
from pathlib import Path

from zzshh.sitedata.paths import ROOT

from .doubled import NAME_TAGS, _jieba_dict, _jieba_version, abab
from .near_miss import _key, cached

# A word this frequent that starts with 地 (or holds an owner ending + 地)
# counts; rarer ones (地动, 地陪) are seldom written after a person.
MIN_FREQ = 50
# A verb + 地 word this frequent is taken as the word (住地 34, 飞地 29, not 改地 3).
BEFORE_FREQ = 20
# Places and directions after 地 that jieba does not list as words (村民地边),
# and what is said of land itself (合作社地少, 村民地都种上了).
LOCATIVES = "里上下头边内外中旁" + "少多广薄肥大小不也都还又就太很最更全已没"
CACHE_DIR = ROOT / ".cache" / "de-words"


def _derive(dictionary: str, ends: str) -> dict:
    starts, taken, before, longer = set(LOCATIVES), set(), set(), set()
    for line in dictionary.splitlines():
        parts = line.split(" ")
        if len(parts) != 3 or parts[2] in NAME_TAGS or int(parts[1]) < BEFORE_FREQ:
            continue
        word = parts[0]
        if len(word) == 2 and word[1] == "地":
            before.add(word[0])
        elif len(word) > 2 and word[-1] == "地":
            longer.add(word[-2])
        if int(parts[1]) < MIN_FREQ:
            continue
        if len(word) >= 2 and word[0] == "地":
            starts.add(word[1])
        taken.update(c for c in ends if c + "地" in word)
    return {"starts": "".join(sorted(starts)), "ends": "".join(c for c in ends if c not in taken),
            "before": "".join(sorted(before)), "word_ends": "".join(sorted(before | longer))}


def derive(ends: str) -> dict:
    """{"starts": characters that make a word with 地 before them,
    "ends": the owner endings that never make a word with 地 after them,
    "before": characters that make a word with 地 after them,
    "word_ends": those and the characters before 地 in longer words}."""
    params = [Path(__file__).read_text(encoding="utf-8"), _jieba_version(), ends]
    path = CACHE_DIR / f"data-{_key(*params)}.json.gz"
    return cached(path, lambda: _derive(_jieba_dict(), ends))


# PR-DE-001/002 general lexicons (engine.js deLexiconRule): a hand list
# knows the adjectives and verbs of drafts already seen; a fresh draft uses
# others (清楚的告诉, 归档的不够及时). Two-character words only, from jieba:
# adjectives (tags a/ad/an) and verbs (tag v), frequent enough to be common
# in drafts; rarer words cost page size and catch little.
ADJ_TAGS = {"a", "ad", "an"}
# Measured on the dev sets and the site: (300, 1500) cost 4.8 KB gzip of the
# page, (2000, 2000) 3.4 KB for one catch less (热情的招呼, 招呼 1653).
# Verbs from 1250 (放松 1266, 付出 1517, 招呼 1653: 慢慢的放松了) cost 0.7 KB
# more and flagged nothing new on the site or the dev sets' clean drafts.
# Adjectives from 1500 (round 18: 紧密 1591, 漂亮 1921: 紧密的结合起来,
# 把活干的漂亮) cost 80 B of the page; 1200 would cost 185 B.
ADJ_FREQ = 1500
VERB_FREQ = 1250
# Reduplicated adverbs (慢慢, 默默, 轻轻: jieba tag d) modify verbs only:
# 慢慢的放松了, 默默的付出 -> 地. State words (z: 淡淡的微笑) are left out.
AA_TAGS = {"d"}
AA_FREQ = 300


def _grouped(words) -> str:
    """Sorted two-character words as first character + second characters,
    groups joined by ","; about a third of a word list once gzipped."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[0], []).append(word[1])
    return ",".join(first + "".join(seconds) for first, seconds in groups.items())


def _derive_lexicon(dictionary: str, de: dict) -> dict:
    adjectives, verbs = set(), set()
    for line in dictionary.splitlines():
        parts = line.split(" ")
        if len(parts) != 3 or len(parts[0]) != 2:
            continue
        freq, tag = int(parts[1]), parts[2]
        if (tag in ADJ_TAGS and freq >= ADJ_FREQ) or (tag in AA_TAGS and freq >= AA_FREQ and parts[0][0] == parts[0][1]):
            adjectives.add(parts[0])
        elif tag == "v" and freq >= VERB_FREQ:
            verbs.add(parts[0])
    # The hand lists join in: 热情 (n in jieba), 高兴 (b), 一味 (m).
    adjectives |= {w for w in list(de.get("adverbs") or []) + list(de.get("feelings") or []) if len(w) == 2}
    verbs |= {w for w in list(de.get("verbs") or []) + list(de.get("complement_verbs") or []) if len(w) == 2}
    # Words that are nouns too often after 的 (学习, 服务) are left to the
    # hand rules, which ask for an object.
    nouny = {w for w in list(de.get("noun_verbs") or []) + list(de.get("object_verbs") or []) if len(w) == 2}
    nouns = set(de.get("verb_nouns") or [])
    # jieba tags some nouns v (作用, 位置, 需求); those ending like nouns go.
    ends = set(abab()["ends"])
    verbs = {w for w in verbs if w[1] not in ends or w in (de.get("verbs") or [])}
    verbs -= set(de.get("lexicon_not_verbs") or [])
    # A hand-listed adverb stays one though jieba tags it a verb (深入的开展自学).
    listed = {w for w in de.get("adverbs") or [] if len(w) == 2}
    return {"adj": _grouped((adjectives - verbs) | listed), "verb": _grouped(verbs - nouny - nouns - adjectives),
            "nouny": _grouped(nouny - adjectives)}


def lexicon(de: dict) -> dict:
    """{"adj": grouped two-character adjectives, "verb": grouped two-character verbs,
    "nouny": the hand-listed verbs that are nouns as often (noun_verbs, object_verbs)}."""
    keys = ("adverbs", "feelings", "verbs", "complement_verbs", "noun_verbs", "object_verbs", "verb_nouns",
            "lexicon_not_verbs")
    params = [Path(__file__).read_text(encoding="utf-8"), _jieba_version(), [de.get(k) for k in keys],
              abab()["ends"]]
    path = CACHE_DIR / f"lexicon-{_key(*params)}.json.gz"
    return cached(path, lambda: _derive_lexicon(_jieba_dict(), de))
