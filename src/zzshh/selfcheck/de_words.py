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

from .doubled import NAME_TAGS, _jieba_dict, _jieba_version
from .near_miss import _key, _read_cache, _write_cache

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
    found = _read_cache(path)
    if found is None:
        found = _derive(_jieba_dict(), ends)
        _write_cache(path, found)
    return found
