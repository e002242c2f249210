"""Build the self-check ruleset from data/proofread-rules.yml and
data/glossary.yml (plus each year's theme and comparisons from data/years.yml).

The ruleset is a plain JSON-able dict that the one engine,
docs/assets/javascripts/self-check/engine.js, interprets (in the page, and
through engine.py for the command line and the build). Its regular
expressions are also compiled here to report a bad one at its line, so they
are written in the subset Python and JavaScript read the same way."""
import hashlib
import json
import os
import re
import unicodedata
from pathlib import Path

from zzshh.sitedata.cache import cached
from zzshh.sitedata.errors import DataError
from zzshh.sitedata.paths import DATA, ROOT, rel as _where
from zzshh.sitedata.schemas import GlossaryFile, MiswrittenWordsFile, ProofreadRulesFile, YearsFile
from zzshh.sitedata.yamlfile import load

from . import de_words
from . import doubled as doubled_data
from . import near_miss
from .errors import RulesetError

RULES_FILE = "proofread-rules.yml"
# Where the build writes render_js()'s script in the site.
SITE_SCRIPT = "assets/javascripts/self-check/ruleset.js"
GLOSSARY_FILE = "glossary.yml"
WORDS_FILE = "miswritten-words.yml"
YEARS_FILE = "years.yml"
# A dictionary entry without a pattern is packed (see _pack): digits and
# "=~!" and the separators are the packing's syntax, so entries holding them stay objects.
PACKED_SYNTAX = re.compile(r"[0-9=|<>^~!]")
# Between packed entries: the number of leading characters of wrong shared
# with the entry before (front coding), 0 to 3.
WORD_SEPARATORS = "|><^"
FORMAT = 1

# Chinese characters: CJK Unified Ideographs with extensions A–H and the
# compatibility block. Written as literal characters so that Python and
# JavaScript (u flag) read the same class.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
SEVERITIES = ("error", "warning", "hint")
CHECKS = ("pattern", "dictionary", "variants", "doubled", "term", "structure", "oath", "session", "near_miss",
          "session_unheld", "session_stale", "campaign_early", "campaign_year", "campaign_name", "document_date",
          "title", "framework", "session_document", "signature_date", "meeting_year",
          "session_date", "anniversary")
TRANSFORMS = ("quotes", "map", "replace")
# Constructs whose meaning differs between Python and JavaScript regexes.
NOT_PORTABLE = re.compile(r"\\[dDwWsSbBAZ]|\(\?P|\(\?<[A-Za-z]|\(\?[aiLmsux]")
QUOTE_CLASS = "[“”\"‘’]"
ITEM_SEPARATOR = "(?:[、，,]|以及|和|与|及)"
MAX_ENUM_MEMBER = 8


def data_dir() -> Path:
    return Path(os.environ.get("SITE_DATA_DIR") or DATA)


def _read_yaml(path: Path, schema) -> dict:
    """The file as plain data, after its typed schema accepted it."""
    try:
        return load(path, schema).model.model_dump(by_alias=True, exclude_none=True)
    except DataError as err:
        raise RulesetError(f"{err}。") from None


def escape(text: str) -> str:
    """Escape only the characters both regex dialects treat as syntax."""
    return re.sub(r"([\^$\\.*+?()\[\]{}|/])", r"\\\1", text)


def _expand(pattern: str, where: str, placeholders: dict | None = None) -> str:
    source = pattern
    for name, value in (placeholders or {}).items():
        source = source.replace(name, value)
    source = source.replace("{HAN}", HAN)
    if NOT_PORTABLE.search(pattern):
        raise RulesetError(f"{where}：正则表达式用了 Python 与 JavaScript 含义不同的写法（\\d \\w \\s \\b、命名分组或内联标志）。")
    try:
        re.compile(source)
    except re.error as err:
        raise RulesetError(f"{where}：正则表达式无效（{err}）。") from None
    return source


def _require(item: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if item.get(k) in (None, "")]
    if missing:
        raise RulesetError(f"{where}：缺少字段 {', '.join(missing)}。")


def _alternation(words) -> str:
    return "|".join(escape(w) for w in sorted(words, key=len, reverse=True))


def _de_patterns(de: dict, mark: str = "的") -> dict:
    """{DE} (的 for 地) and {DE_COMPLEMENT} (的 for 得), built from the `de` lists;
    `mark` is the particle written in their place (得 in 认真得学习, 地 in 做地很好)."""
    tails = f"(?!{_alternation(de['noun_tails'])})" if de.get("noun_tails") else ""
    listed = _alternation(list(de["adverbs"]) + list(de.get("repeat_adverbs") or []))

    uses = []

    def adverbs() -> str:
        # A reduplicated AABB word (老老实实, 认认真真) works as an adverb before
        # a verb as the listed ones do; its groups are the only ones in the
        # pattern, the n-th use (in the order written) numbers them 2n-1 and 2n.
        uses.append(1)
        n = len(uses)
        return f"{listed}{abac}|([{HAN}])\\{2 * n - 1}([{HAN}])\\{2 * n}"
    # ABAC set phrases with a listed A (逐字逐句, 挨家挨户, 一点一滴) work as
    # adverbs too; no groups, so the AABB numbering above stays.
    abac = "".join(f"|{escape(a)}[{HAN}]{escape(a)}[{HAN}]" for a in de.get("abac_heads") or "")
    # A noun that starts like a one-character verb (做法, 干部) is no verb; nor
    # is a noun_verb or object_verb that does (看望, 跟踪, 办理): those have
    # their own alternatives below, which ask for an object.
    singles = {v for v in de["verbs"] if len(v) == 1}
    implied = [w for w in list(de.get("noun_verbs") or []) + list(de.get("object_verbs") or [])
               if w[0] in singles and w not in de["verbs"]]
    nouns_like_verbs = list(dict.fromkeys(list(de.get("verb_nouns") or []) + implied))
    not_verb = f"(?!{_alternation(nouns_like_verbs)})" if nouns_like_verbs else ""
    verbs = f"{not_verb}(?:{_alternation(de['verbs'])}){tails}"
    if de.get("frame_tails"):
        # 在大家积极的配合下: a verb of two characters or more
        # before `frame_tails` is the noun of that frame (not 认真的记下每条意见).
        longer = [v for v in de["verbs"] if len(v) > 1]
        single = [v for v in de["verbs"] if len(v) == 1]
        verbs = (f"{not_verb}(?:(?:{_alternation(longer)})(?!{_alternation(de['frame_tails'])})"
                 f"|(?:{_alternation(single)})){tails}")
    # An adverb after 没有 always modifies a verb (没有主动的联系), although 有
    # alone makes a noun phrase (有积极的参加者).
    # `verb_cues` (没有, 不够, 未能) also say a verb follows (没有主动的联系,
    # 不够耐心的解释), unless a measure word makes a noun phrase (一次不够深刻的反思).
    cues = "|".join(f"(?<={escape(c)})" for c in de.get("verb_cues") or ["没有"])
    measure = escape(de.get("cue_measures") or "")
    cued = f"(?<![{measure}].{{2}})(?:{cues})" if measure else f"(?:{cues})"
    openers = "".join(f"|(?<={escape(c)})" for c in de.get("verb_openers") or [])
    left = f"(?:(?<![{escape(de['blockers'])}])|{cued}{openers})"
    first = adverbs()
    alternatives = [f"{left}(?:{first}){mark}{verbs}"]
    if de.get("feelings"):
        # Manner and feeling (手把手的教, 高兴的跟我说): with 的 only, as
        # 高兴得跟过年一样 says how much; not before noun_verbs (面对面的交流很重要).
        alternatives.append(f"{left}(?:{_alternation(de['feelings'])})的{verbs}")
    if de.get("noun_verbs"):
        # Verbs that are also nouns (学习, 反思) count only with an object after
        # them (认真的学习党章), or after 没有; `object_verbs` (对接, 批改) only
        # with an object, and not when another such word ends the phrase with
        # them (深入的调研走访。 is a noun; 认真的整理走访台账 is not). One
        # alternative with the listed verbs: the long list of adverbs is
        # written once less.
        stops = _alternation(list(de.get("noun_tails") or []) + list(de.get("not_objects") or []))
        nouns = _alternation(de["noun_verbs"])
        pair = _alternation(list(de["noun_verbs"]) + list(de.get("object_verbs") or []))
        objects = (f"|(?:{_alternation(de['object_verbs'])})(?=[{HAN}])"
                   f"(?!{stops}|(?:{pair})(?:[的和与及等]|(?![{HAN}])))") if de.get("object_verbs") else ""
        alternatives[0] = f"{left}(?:{first}){mark}(?:{verbs}|(?:{nouns})(?=[{HAN}])(?!{stops}){objects})"
        alternatives.append(f"{cued}(?:{adverbs()}){mark}(?:{nouns}){tails}")
        if de.get("repeat_adverbs"):
            frame = f"(?!{_alternation(de['frame_tails'])})" if de.get("frame_tails") else ""
            alternatives.append(f"{left}(?:{_alternation(de['repeat_adverbs'])}){mark}(?:{nouns}){frame}{tails}")
    if de.get("clause_verbs") and de.get("predicate_cues"):
        # Nouns that are verbs when they end the clause after a word that
        # opens a predicate: 总是踏踏实实的工作。 (not 做了大量扎扎实实的工作。);
        # so are the verbs that may be nouns, after `clause_noun_cues` only
        # (总是耐心的辅导。; not 坚持系统的学习。, 需要及时的反馈。).
        ends = _alternation(de["clause_verbs"])
        # one fixed-width look-behind per cue: Python's re needs that
        cues = "|".join(f"(?<={escape(c)})" for c in de["predicate_cues"])
        alternatives.append(f"(?:{cues})(?:{adverbs()}){mark}(?:{ends})(?=[，。；！？、]|$)")
        if de.get("clause_noun_cues"):
            ends = _alternation(list(de.get("noun_verbs") or []) + list(de.get("object_verbs") or []))
            cues = "|".join(f"(?<={escape(c)})" for c in de["clause_noun_cues"])
            alternatives.append(f"(?:{cues})(?:{adverbs()}){mark}(?:{ends})(?=[，。；！？、]|$)")
    found = {"{DE}": "|".join(alternatives), "{DE_COMPLEMENT}": "(?!)", "{DI_NOUN}": _di_pattern(de)}
    if de.get("complement_verbs") and (de.get("complements") or de.get("degree_words")):
        # A verb that ends a noun (书记, 作用, 思想) is not a verb there: each
        # verb gets a guard of the characters that come before it in such nouns.
        nouns = de.get("complement_nouns") or []
        verbs = []
        # The verbs of daily work (object_verbs) say how well they went too (辅导的不够耐心).
        for verb in sorted(set(de["complement_verbs"]) | set(de.get("object_verbs") or []), key=lambda v: (-len(v), v)):
            before = sorted({n[-len(verb) - 1] for n in nouns if n.endswith(verb) and len(n) > len(verb)})
            verbs.append(f"(?<![{escape(''.join(before))}]){escape(verb)}" if before else escape(verb))
        complements = []
        if de.get("complements"):
            complements.append(_alternation(de["complements"]))
        if de.get("degree_words"):
            # 很/比较/太 + an adjective (two characters shown when there are two):
            # 写的比较简单, 记的很潦草; not 做的很多工作.
            not_adjective = _alternation(de.get("not_adjectives") or ["多"])
            complements.append(f"(?:{_alternation(de['degree_words'])})(?!{not_adjective})[{HAN}]{{1,2}}")
            # ... and 多/少 ending the clause: 做的太少。 (not 做的很多工作)
            complements.append(f"(?:{_alternation(de['degree_words'])})(?:{not_adjective})(?=[，。；！？、]|$)")
        # 还/也 before the complement (做的还很不够, 办的也不够快).
        lead = f"(?:{_alternation(de['complement_adverbs'])})?" if de.get("complement_adverbs") else ""
        ends = "(?=[，。；！？、,;!?]|$)"
        bare = escape("".join(de.get("bare_adjectives") or []))
        negation = "(?:不够|不太|不)(?![多少久])"
        if bare:
            # One-character adjectives ending the clause: 看的少，走的慢。跑的最慢，喝的多了，
            # 走的不快 (not 看的多是标题, where 的 makes a noun; not 不多, 不少, 不久:
            # how much or how long, 学的不多 may be what was learnt).
            complements.append(f"(?:最|更|{negation})?[{bare}]了?(?:一点|一些)?{ends}")
        # An AABB word ending the clause (讲的清清楚楚。, 做的扎扎实实，): groups 2 and 3.
        complements.append(f"([{HAN}])\\2([{HAN}])\\3{ends}")
        # A listed verb, or any verb said again after its object (备课备的不够,
        # 走路走的慢): group 1; the object is not a particle nor the verb
        # (说一说的, 好不好的, 大大大的), and not 对/打 of 面对面, 实打实.
        head = f"(?:{'|'.join(verbs)}|([{HAN}])(?:(?![的得地一不了是对打碰连拉并靠挨]|\\1)[{HAN}]){{1,2}}\\1)"
        # After a modal, V的 + how much is what is to be done (要学的还很多,
        # 我能做的很少, 值得学习的很多): 的 is right; 才能看的远 is still 得.
        # Fixed-width look-behinds from just after 的, for verbs of one or two characters.
        amount = ""
        if de.get("modal_marks") and de.get("quantities"):
            # A listed verb that starts with the modal (要求的不够严格) is no modal.
            def after(m: str, n: int) -> str:
                own = "".join(v[len(m):] for v in de["complement_verbs"] if n == 1 and len(v) == len(m) + 1 and v.startswith(m))
                return f"[^{escape(own)}]" if own else "."
            modal = "".join(f"(?<!{escape(m)}{after(m, n)}{'.' * (n - 1)}{mark})" for m in de["modal_marks"] for n in (1, 2))
            modal += "".join(f"(?<!{escape(m)}..{mark})" for m in de.get("object_marks") or [])
            degree = _alternation(list(de.get("degree_words") or []) + ["最", "更"])
            amount = f"(?:{modal}|(?!{lead}(?:{degree})?(?:{_alternation(de['quantities'])})))"
        # 所 makes V的 what was V-ed (所了解的不够全面, 所学的很浅): 的 is right.
        shapes = [f"(?<!所){head}{mark}{amount}{lead}(?:{'|'.join(complements)})"]
        if bare and de.get("extra_complement_verbs"):
            # Verbs counted only before such an adjective (跑的快, 站的直), not
            # after `verb_blockers` (好吃的少 is a noun phrase).
            extra = f"(?<![{escape(''.join(de.get('verb_blockers') or []))}])" if de.get("verb_blockers") else ""
            more = _alternation(de["extra_complement_verbs"])
            degree = _alternation(list(de.get("complement_adverbs") or []) + ["最", "更"])
            # 很/太 too (走的很慢，): not before 多/少 (吃的很多: 吃的 is food).
            much = f"(?:(?:{_alternation(de['degree_words'])})(?![多少久]))?" if de.get("degree_words") else ""
            shapes.append(f"{extra}(?:{more}){mark}(?:{degree})?{much}(?:{negation})?[{bare}]了?{ends}")
        if de.get("states") and de.get("state_results"):
            # A state and how far it goes: 忙的顾不上, 累的喘不过气.
            shapes.append(f"(?:{_alternation(de['states'])}){mark}(?:{_alternation(de['state_results'])})")
        found["{DE_COMPLEMENT}"] = "|".join(shapes)
    return found


def _di_pattern(de: dict) -> str:
    """{DI_NOUN} (地 for 的): an owner or an adjective, 地, then a noun that
    never follows 地 inside a word (群众地需求, 认真地态度; not 学生地位, 各地)."""
    shapes = []
    owned = f"(?:{_alternation(de['di_owned'])})" if de.get("di_owned") else "(?!)"
    if de.get("di_owner_ends"):
        # A person or body (a listed owner, or a noun ending in 们, 社, 员…),
        # 地, then one of theirs or any word that does not start with 地
        # (合作社地发展, 我们地工作; not 学生地位, 村民地里, 我们地处, 有组织地开展).
        words = de_words.derive("".join(de["di_owner_ends"]))
        owners = _alternation(de.get("di_owners") or [])
        # not after a count (一村一村地, 逐村, 挨家挨户地): that is an adverb
        ends = f"(?:(?![地的一逐挨每全各])[{HAN}]){{1,2}}[{escape(words['ends'])}]" if words["ends"] else "(?!)"
        shapes.append(f"(?<!有)(?:{owners}|{ends})地(?:{owned}|(?![{escape(words['starts'])}])[{HAN}]{{1,2}})")
    elif de.get("di_owners") and de.get("di_owned"):
        shapes.append(f"(?:{_alternation(de['di_owners'])})地{owned}")
    if de.get("di_nouns"):
        # Any word, 地, then a noun that no verb phrase starts with (强烈地问题,
        # 身边地情况); not where 地 ends a word (土地问题, 所在地情况, 悄悄地).
        ends = de_words.derive("".join(de.get("di_owner_ends") or []))["word_ends"]
        shapes.append(f"(?<=[{HAN}])(?<![{escape(ends)}的得地])地(?:{_alternation(de['di_nouns'])})")
    if de.get("di_qualities"):
        adjectives = _alternation(list(de.get("adverbs") or []) + list(de.get("di_adjectives") or []))
        shapes.append(f"(?:{adjectives})地(?:{_alternation(de['di_qualities'])})")
    return "|".join(shapes) or "(?!)"


def _de_lexicon(de: dict) -> dict:
    """PR-DE-001/002 beyond the hand lists (engine.js deLexiconRule): jieba's
    adjectives and verbs (de_words.lexicon) and the context words of `de`."""
    found = dict(de_words.lexicon(de))
    found["blockers"] = de.get("blockers") or ""
    for key in ("verb_cues", "not_objects", "noun_tails", "lexicon_noun_cues", "lexicon_results"):
        found[key] = "|".join(de.get(key) or [])
    found["bare"] = "".join(de.get("bare_adjectives") or [])
    found["noun_ends"] = de.get("lexicon_noun_ends") or ""
    found["predicates"] = de.get("lexicon_predicates") or ""
    return found


def _rules(raw: dict, where: str, de_pattern: dict) -> list[dict]:
    rules, seen = [], set()
    classes = raw.get("classes") or {}
    for item in raw.get("rules") or []:
        rid = item.get("id", "?")
        here = f"{where}（{rid}）"
        _require(item, ("id", "class", "severity", "check", "title", "message", "suggestion"), here)
        if rid in seen:
            raise RulesetError(f"{here}：规则编号重复。")
        seen.add(rid)
        if item["severity"] not in SEVERITIES:
            raise RulesetError(f"{here}：severity 只能是 error、warning 或 hint。")
        if item["class"] not in classes:
            raise RulesetError(f"{here}：class “{item['class']}”未在 classes 中列出。")
        if item["check"] not in CHECKS:
            raise RulesetError(f"{here}：check 只能是 {', '.join(CHECKS)}。")
        patterns = []
        for n, spec in enumerate(item.get("patterns") or [], 1):
            transform = spec.get("transform", "")
            if transform and transform not in TRANSFORMS:
                raise RulesetError(f"{here}：第 {n} 个 pattern 的 transform 只能是 {', '.join(TRANSFORMS)}。")
            patterns.append({
                "source": _expand(spec["pattern"], f"{here} 第 {n} 个 pattern", de_pattern),
                "transform": transform,
                "map": dict(spec.get("map") or {}),
                "replace": list(spec.get("replace") or []),
            })
        if item["check"] == "pattern" and not patterns:
            raise RulesetError(f"{here}：check: pattern 的规则必须有 patterns。")
        examples = item.get("examples") or {}
        rules.append({
            "id": rid, "class": item["class"], "severity": item["severity"], "check": item["check"],
            "title": item["title"], "message": item["message"], "suggestion": item["suggestion"],
            "patterns": patterns,
            "examples": {"bad": list(examples.get("bad") or []), "good": list(examples.get("good") or [])},
        })
        if item.get("not_in_parts"):
            parts = {p.get("id") for p in (raw.get("structure") or {}).get("parts") or []}
            unknown = [p for p in item["not_in_parts"] if p not in parts]
            if unknown:
                raise RulesetError(f"{here}：not_in_parts 里的 {', '.join(unknown)} 不是 structure.parts 中的部分。")
            rules[-1]["not_in_parts"] = list(item["not_in_parts"])
    return rules


def _miswritten(raw: dict, where: str, section: str = "miswritten") -> list[dict]:
    entries = []
    for n, item in enumerate(raw.get("miswritten") or [], 1):
        here = f"{where}（{section} 第 {n} 条）"
        if not item.get("right") or bool(item.get("wrong")) == bool(item.get("pattern")):
            raise RulesetError(f"{here}：每条要有 right，并且 wrong 和 pattern 二选一。")
        severity = item.get("severity", "")
        if severity and severity not in SEVERITIES:
            raise RulesetError(f"{here}：severity 只能是 error、warning 或 hint。")
        entries.append({
            "wrong": item.get("wrong", ""),
            "pattern": _expand(item["pattern"], here) if item.get("pattern") else "",
            "right": item["right"], "note": item.get("note", ""), "severity": severity,
        })
    return entries


def _pack(wrong: str, right: str, note: int | None, warning: bool) -> str:
    """wrong, its edits, then "~" + the index of its note in
    miswritten_notes and "!" for a warning. The edits are "=" + the whole
    correction or, when both have the same length, (index digit, character)
    for each changed place. A quarter smaller than JSON objects once gzipped."""
    if len(wrong) == len(right) and len(wrong) <= 10:
        packed = wrong + "".join(f"{i}{c}" for i, (w, c) in enumerate(zip(wrong, right)) if w != c)
    else:
        packed = f"{wrong}={right}"
    return packed + (f"~{note}" if note is not None else "") + ("!" if warning else "")


def _dictionary(directory: Path) -> tuple[list[dict], str, list[str]]:
    """data/miswritten-words.yml: pattern entries as objects (to_json packs
    them as strings, see pack_entries), the others packed (_pack) into one
    front-coded string (_front_coded), and the notes they share."""
    path = directory / WORDS_FILE
    where = _where(path)
    try:
        located = load(path, MiswrittenWordsFile)
    except DataError as err:
        raise RulesetError(f"{err}。") from None
    declared = {item.id for item in located.model.lists}
    for n, item in enumerate(located.model.entries):
        if item.list not in declared:
            raise RulesetError(f"{where}:{located.line('entries', n)}：list “{item.list}”没有在 lists 中列出。")
    raw = {"miswritten": [e.model_dump(exclude_none=True, exclude={"list"}) for e in located.model.entries]}
    objects, plain, notes = [], [], {}
    for entry in _miswritten(raw, where, "entries"):
        wrong, right, note = entry["wrong"], entry["right"], entry["note"]
        # Code units must agree between Python and JavaScript: no astral characters.
        if (wrong and entry["severity"] in ("", "warning") and not PACKED_SYNTAX.search(wrong + right)
                and all(ord(c) < 0x10000 for c in wrong + right)):
            index = notes.setdefault(note, len(notes)) if note else None
            plain.append(_pack(wrong, right, index, entry["severity"] == "warning"))
        else:
            # empty fields left out: the engine reads a missing one as ""
            objects.append({k: v for k, v in entry.items() if v or k in ("wrong", "right")})
    return objects, _front_coded(sorted(plain)), list(notes)


def _front_coded(packed: list[str]) -> str:
    """Sorted packed entries, each after the separator that says how many
    leading characters of its wrong it shares with the one before, those
    left out (~0.3 KB gzip); wrong keeps at least one character of its own."""
    out, previous = [], ""
    for item in packed:
        wrong = re.match(r"[^0-9=~!]*", item).group(0)
        shared = 0
        while shared < min(len(WORD_SEPARATORS) - 1, len(wrong) - 1) and wrong[shared] == previous[shared:shared + 1]:
            shared += 1
        out.append(WORD_SEPARATORS[shared] + item[shared:])
        previous = wrong
    return "".join(out)[1:]


# Kangxi radicals, the radicals supplement and the compatibility ideographs
# ([start, end)): the engine maps each one NFKC turns into one Chinese
# character itself (variantMap in engine.js), which keeps ~6 KB gzip of
# pairs out of ruleset.js; _variants is the same map, for the tests.
VARIANT_BLOCKS = [[0x2F00, 0x2FD6], [0x2E80, 0x2EF4], [0xF900, 0xFB00], [0x2F800, 0x2FA20]]


def _variants(raw: dict) -> dict:
    """Listed variants plus Kangxi radicals and compatibility ideographs that
    Unicode normalisation maps to one ordinary Chinese character."""
    found = {}
    for start, end in VARIANT_BLOCKS:
        for code in range(start, end):
            char = chr(code)
            standard = unicodedata.normalize("NFKC", char)
            if standard != char and len(standard) == 1 and re.match(f"[{HAN}]", standard):
                found[char] = standard
    found.update({str(k): str(v) for k, v in (raw.get("variants") or {}).items()})
    return dict(sorted(found.items()))


def _affix(members: list[str]) -> tuple[str, str]:
    """('suffix'|'prefix', affix) shared by all members, or ('wording', '')."""
    if any(len(m) > MAX_ENUM_MEMBER or not re.fullmatch(f"[{HAN}]+", m) for m in members):
        return "wording", ""
    suffix = os.path.commonprefix([m[::-1] for m in members])[::-1]
    if len(suffix) >= 2 and all(len(m) > len(suffix) for m in members):
        return "suffix", suffix
    prefix = os.path.commonprefix(members)
    if len(prefix) >= 2 and all(len(m) > len(prefix) for m in members):
        return "prefix", prefix
    return "wording", ""


def _terms(glossary: dict, where: str) -> list[dict]:
    terms = []
    for item in glossary.get("terms") or []:
        members = [str(m) for m in item.get("members") or []]
        if not members:
            continue
        _require(item, ("term", "wording"), f"{where}（{item.get('term', '?')}）")
        mode, affix = _affix(members)
        term = {"term": item["term"], "wording": item["wording"], "members": members, "mode": mode,
                "affix": affix, "pattern": f"{QUOTE_CLASS}?".join(escape(c) for c in item["term"]),
                "item": "", "enum": ""}
        if mode != "wording":
            free = max(len(m) for m in members) - len(affix)
            if mode == "suffix":
                item_re = f"{QUOTE_CLASS}?[{HAN}]{{1,{free + 2}}}?{escape(affix)}{QUOTE_CLASS}?"
            else:
                item_re = f"{QUOTE_CLASS}?{escape(affix)}[{HAN}]{{1,{free}}}{QUOTE_CLASS}?"
            term["item"] = item_re
            term["enum"] = f"{item_re}(?:{ITEM_SEPARATOR}{item_re})+"
        terms.append(term)
    return terms


NUMERALS = "一二两三四五六七八九十"
NUMBERED = re.compile(f"^([{NUMERALS}])([个大项])([{HAN}]{{2,}})$")


def _numbered(glossary: dict, config: dict) -> dict:
    """Terms named by a number (四个自信): a pattern for the name after any
    number, and per name the term's number, counter and wording."""
    names = {}
    for item in glossary.get("terms") or []:
        m = NUMBERED.match(str(item.get("term") or ""))
        if m:
            names[m.group(3)] = {"term": item["term"], "number": m.group(1).replace("二", "两"),
                                 "counter": m.group(2), "wording": item["wording"]}
    if not names:
        return {"pattern": "", "names": {}, "allowed": [], "strict": []}
    pattern = (f"(?<![0-9.{NUMERALS}百千万第])([{NUMERALS}1-9])([个大项]){QUOTE_CLASS}?"
               f"({_alternation(names)})")
    return {"pattern": pattern, "names": names,
            "allowed": [str(w) for w in config.get("number_allowed") or []],
            "strict": [str(w) for w in config.get("number_strict") or []]}


OATH_TERM = "入党誓词"


def _oath(glossary: dict, where: str, accepted=None) -> dict:
    """The clauses of the 入党誓词 (PR-TERM-006), split from its exact wording."""
    for item in glossary.get("terms") or []:
        if item.get("term") == OATH_TERM:
            clauses = [c for c in re.split("[，。]", item["wording"]) if c]
            return {"clauses": clauses, "accepted": [str(w) for w in accepted or []]}
    raise RulesetError(f"{where}：缺少“{OATH_TERM}”一条，入党誓词的核对要用它的原文。")


# The session whose spirit a year's theme in data/years.yml names (学习贯彻党的二十届三中全会精神).
STUDIED = re.compile("([一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}中全会|[一二三四五六七八九十]{2,3}大)精神")


# A clause of a year's theme besides its session: the theme quoted with another
# session in it (PR-EVENT-002). The site's note on its source, in brackets, is no clause.
THEME_CLAUSE = re.compile(f"[{HAN}“”]{{6,}}")


def _years(directory: Path) -> tuple[dict, list[dict], dict]:
    """From data/years.yml: {year: the session its theme asks to study, and the
    theme's other clauses} (PR-EVENT-002), the years whose items are
    comparisons (对照…), as frameworks (PR-EVENT-007), and {year: the 文号 of
    the notice that called its meeting} (PR-TERM-008)."""
    path = directory / YEARS_FILE
    if not path.exists():
        return {}, [], {}
    studied, frameworks, notices = {}, [], {}
    for year in _read_yaml(path, YearsFile)["years"]:
        if "-" in year["id"]:
            continue  # a special meeting of the year (2021-dangshi), not the 年度 one
        if year.get("notice"):
            notices[str(year["year"])] = year["notice"]
        theme = re.sub(r"（[^）]*）", "", year.get("theme") or "")
        found = STUDIED.search(theme)
        if found:
            clauses = [c for c in re.split("[，、；。]", theme) if found.group(1) not in c and THEME_CLAUSE.fullmatch(c)]
            studied[str(year["year"])] = {"session": found.group(1), "clauses": clauses}
        items = year.get("items") or []
        if len(items) >= 2 and all(i.startswith("对照") for i in items):
            frameworks.append({"name": year["name"], "year": year["year"], "items": list(items)})
    return studied, frameworks, notices


def _year_items(directory: Path | None) -> dict:
    """{year: the items a year's framework checks} from data/years.yml, for a
    material that names no 年度 but is framed by one year's items (2023:
    学习贯彻党的创新理论情况、党性修养提高情况……). Not a set of comparisons
    (对照…, 2021): those are a method reused in later years."""
    path = directory / YEARS_FILE if directory else None
    if not path or not path.exists():
        return {}
    return {str(y["year"]): list(y["items"]) for y in _read_yaml(path, YearsFile)["years"]
            if "-" not in y["id"] and len(y.get("items") or []) >= 3
            and not all(i.startswith("对照") for i in y["items"])}


def _sessions(raw: dict, where: str, glossary: dict | None = None, directory: Path | None = None) -> dict:
    """Plenary sessions and congresses with the year and month they were held (PR-TERM-007)."""
    config = raw.get("sessions") or {}
    held = []
    for item in config.get("held") or []:
        year, month = (int(x) for x in item["held"].split("-"))
        held.append({"name": item["name"], "year": year, "month": month,
                     "adopted": [_expand(p, f"{where}（sessions：{item['name']}）") for p in item.get("adopted") or []]})
    campaigns = [{"name": c["name"], "pattern": _expand(c["pattern"], f"{where}（campaigns：{c['name']}）"),
                  "began": [int(x) for x in c["began"].split("-")], "ended": [int(x) for x in c["ended"].split("-")],
                  "misnamed": [_expand(w, f"{where}（campaigns：{c['name']}）") for w in c.get("misnamed") or []]}
                 for c in raw.get("campaigns") or []]
    # A document's full title (PR-TERM-008) is the glossary's wording of the term of the same name.
    titles = {t["term"]: t["wording"].strip("《》") for t in (glossary or {}).get("terms") or []
              if t.get("wording", "").startswith("《")}
    documents = [{"name": d["name"], "pattern": _expand(d["pattern"], f"{where}（documents：{d['name']}）"),
                  "years": list(d["years"]), "history": d["history"], "title": titles.get(d["name"], "")}
                 for d in raw.get("documents") or []]
    studied, frameworks, notices = _years(directory) if directory else ({}, [], {})
    frameworks = [{"name": f["name"], "year": f["year"], "items": list(f["items"])}
                  for f in raw.get("frameworks") or []] + frameworks
    return {"sessions": held, "written_by_month": int(config.get("written_by_month", 6)),
            "year_pattern": _expand(config.get("year_pattern", "(20[0-9]{2})年度"), f"{where}（sessions.year_pattern）"),
            "campaigns": campaigns, "documents": documents, "studied": studied, "frameworks": frameworks,
            "notices": notices,
            # PR-EVENT-012: the year the Party was founded (建党N周年).
            "founded": int((config.get("founded") or {}).get("year") or 0),
            "marks": _year_items(directory)}


def build(directory: Path | None = None) -> dict:
    directory = directory or data_dir()
    rules_path, glossary_path = directory / RULES_FILE, directory / GLOSSARY_FILE
    where = _where(rules_path)
    raw = _read_yaml(rules_path, ProofreadRulesFile)
    glossary = _read_yaml(glossary_path, GlossaryFile)
    for key in ("de", "doubled", "terms", "structure", "profiles"):
        if not isinstance(raw.get(key), dict):
            raise RulesetError(f"{where}：缺少 {key} 部分。")
    de_pattern = _de_patterns(raw["de"])
    # The same shapes with the other wrong particle: 认真得学习 (得 for 地,
    # in the one {DE} pattern: its long lists are written once), 做地很好 (地 for 得).
    de_pattern["{DE}"] = _de_patterns(raw["de"], "[的得]")["{DE}"]
    # A one-character verb that makes a word with 地 (用地, 住地, 落地) is that
    # word: 建设用地少, 他家住地远 stay.
    heads = {v for key in ("complement_verbs", "extra_complement_verbs") for v in raw["de"].get(key) or [] if len(v) == 1}
    before = "".join(sorted(heads & set(de_words.derive("".join(raw["de"].get("di_owner_ends") or []))["before"])))
    guard = f"(?![{escape(before)}]地)" if before else ""
    de_pattern["{DI_COMPLEMENT}"] = f"{guard}(?:{_de_patterns(raw['de'], '地')['{DE_COMPLEMENT}']})"
    # PR-REPEAT-002: a noun typed twice (专业专业), from doubled.abab().
    abab = doubled_data.abab()
    de_pattern["{ABAB_NOUN}"] = f"(?!{_alternation(abab['words'])})([{HAN}])(?!\\1)([{escape(abab['ends'])}])\\1\\2"
    # PR-DE-003: a two-character noun by the same test (送来得饮料).
    de_pattern["{NOUN2}"] = f"(?!{_alternation(abab['words'])})[{HAN}][{escape(abab['ends'])}]"
    rules = _rules(raw, where, de_pattern)
    dictionary, packed, notes = _dictionary(directory)
    ids = {r["id"] for r in rules}
    for name, profile in raw["profiles"].items():
        unknown = [c for c in profile.get("classes") or [] if c not in raw["classes"]]
        unknown += [r for r in profile.get("skip_rules") or [] if r not in ids]
        if unknown:
            raise RulesetError(f"{where}（profiles.{name}）：未知的类别或规则 {', '.join(unknown)}。")
    variants = {str(k): str(v) for k, v in sorted((raw.get("variants") or {}).items())}
    structure = dict(raw["structure"])
    structure["concrete"] = _expand(structure.get("concrete", "[0-9]"), f"{where}（structure.concrete）")
    ruleset = {
        "format": FORMAT,
        "han_class": HAN,
        "profiles": {name: {"classes": list(p.get("classes") or []), "skip_rules": list(p.get("skip_rules") or [])}
                     for name, p in raw["profiles"].items()},
        "severities": dict(raw.get("severities") or {}),
        "classes": dict(raw["classes"]),
        "rules": rules,
        "miswritten": _miswritten(raw, where) + dictionary,
        "miswritten_words": packed,
        "miswritten_notes": notes,
        "variants": variants,
        "variant_blocks": VARIANT_BLOCKS,
        "doubled": doubled_data.derive(raw),
        "terms": _terms(glossary, _where(glossary_path)),
        "term_config": {
            "connectors": sorted((str(c) for c in raw["terms"].get("connectors") or []), key=len, reverse=True),
            "introducers": [str(c) for c in raw["terms"].get("introducers") or []],
            "max_gap": int(raw["terms"].get("max_gap", 6)),
            "window": int(raw["terms"].get("window", 150)),
            "numbers": _numbered(glossary, raw["terms"]),
            "selective": [str(c) for c in raw["terms"].get("selective") or []],
        },
        "structure": structure,
        "oath": _oath(glossary, _where(glossary_path), raw["terms"].get("oath_accepted")),
        "sessions": _sessions(raw, where, glossary, directory),
        "near_miss": near_miss.derive(directory, raw),
        "de_lexicon": _de_lexicon(raw["de"]),
    }
    ruleset["version"] = hashlib.sha256(to_json(ruleset).encode("utf-8")).hexdigest()[:12]
    return ruleset


# A built ruleset on disk, by the content of everything build() reads (the
# data directory, the pages' text for near_miss, this package's code) and
# the versions of jieba and pypinyin: checking ~800 patterns costs each
# process ~1 s (every build, every run of the command line), the file ~10 ms.
RULESET_CACHE = ROOT / ".cache" / "ruleset"


def _inputs_key(directory: Path) -> str:
    digest = hashlib.sha256(near_miss._versions().encode("utf-8"))
    for base, pattern in ((directory, "*"), (ROOT / "docs", "*.md"), (Path(__file__).parents[1], "*.py")):
        for path in sorted(base.rglob(pattern)):
            if path.is_file():
                digest.update(f"\0{path.relative_to(base).as_posix()}\0".encode("utf-8"))
                digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


@cached
def _cached(directory: str) -> dict:
    path = RULESET_CACHE / f"ruleset-{_inputs_key(Path(directory))}.json.gz"
    return near_miss.cached(path, lambda: build(Path(directory)))


def default_ruleset() -> dict:
    """The ruleset of this repository's data/ (built once per process)."""
    return _cached(str(data_dir()))


# The order of the ruleset's keys in its JSON (any other key goes before
# near_miss, sorted). gzip matches within 32 KB and codes each block of it
# with one Huffman table: the dictionaries and word lists side by side, the
# regexes next, the small settings, then near_miss's printable-ASCII codes
# alone at the end made ruleset.js ~2.6 KB gzip smaller than sorted keys.
KEY_ORDER = ("miswritten_words", "doubled", "miswritten_notes", "miswritten", "de_lexicon", "rules", "profiles",
             "severities", "classes", "sessions", "version", "format", "structure", "variants", "oath",
             "variant_blocks", "terms", "han_class", "term_config", "near_miss")
# near_miss's keys likewise (~0.4 KB): the alphabet last, after the targets coded by it.
NEAR_MISS_ORDER = ("lookalike", "syllables", "format", "digits", "frequent", "known", "targets", "target_readings", "alphabet")
# Separates the fields of a pattern entry of the dictionary packed as a string.
ENTRY_SEPARATOR = "\t"


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _object(value: dict, order, inner: dict | None = None) -> str:
    """value's keys in `order`, the others sorted before the last of them;
    inner: {key: the order of that key's own object}."""
    keys = [k for k in order if k in value]
    keys[-1:-1] = sorted(k for k in value if k not in order)
    inner = inner or {}
    return "{" + ",".join(f"{_dumps(k)}:" + (_object(value[k], inner[k]) if k in inner and isinstance(value[k], dict)
                                             else _dumps(value[k])) for k in keys) + "}"


def pack_entries(entries: list, notes: list[str]) -> tuple[list, list[str]]:
    """The miswritten dictionary's pattern entries as one string each:
    pattern, right, the index of the note in miswritten_notes (added there
    if new) and the severity, joined by ENTRY_SEPARATOR, empty fields at the
    end left out. ~0.4 KB gzip less than objects with repeated keys. Other
    entries and strings already packed stay as they are (engine.js
    unpackEntries reads both)."""
    notes, index = list(notes), {n: i for i, n in enumerate(notes)}
    packed = []
    for entry in entries:
        fields = [entry.get("pattern") or "", entry.get("right") or ""] if isinstance(entry, dict) else []
        if not fields or entry.get("wrong") or not fields[0] or any(ENTRY_SEPARATOR in f for f in fields):
            packed.append(entry)
            continue
        note = entry.get("note") or ""
        if note and note not in index:
            index[note] = len(notes)
            notes.append(note)
        fields += [str(index[note]) if note else "", entry.get("severity") or ""]
        while not fields[-1]:
            fields.pop()
        packed.append(ENTRY_SEPARATOR.join(fields))
    return packed, notes


def to_json(ruleset: dict) -> str:
    """Compact JSON, UTF-8 like engine.js, which the same page loads. A
    ruleset's keys come in KEY_ORDER, the others sorted."""
    # The rules' examples are for the tests and the maintainers' page: the
    # engine never reads them, and leaving them out keeps the page's script
    # within its budget; so are a pattern's empty transform, map and replace.
    if "rules" in ruleset:
        ruleset = dict(ruleset, rules=[
            dict({k: v for k, v in r.items() if k != "examples"},
                 **({"patterns": [{k: v for k, v in p.items() if v or k == "source"} for p in r["patterns"]]}
                    if "patterns" in r else {}))
            for r in ruleset["rules"]])
    if "miswritten" in ruleset:
        entries, notes = pack_entries(ruleset["miswritten"], ruleset.get("miswritten_notes") or [])
        ruleset = dict(ruleset, miswritten=entries, miswritten_notes=notes)
    if "rules" in ruleset:
        return _object(ruleset, KEY_ORDER, {"near_miss": NEAR_MISS_ORDER})
    return _dumps(ruleset)


# ruleset.js writes the Chinese characters of the ruleset's strings (and
# keys) as two-byte characters of UTF-8, U+0100 + their place in a table of
# the CODED most frequent ones, instead of three bytes each: ~4 KB gzip less
# (gzip codes each byte on its own, and the first byte of a code is shared by
# a run of frequent characters). A character of U+0100–U+07FF, or NUL, in the
# data is written after a NUL, which keeps it as it is. The script's own few
# lines (UNPACK_JS) read it back, so window.SELF_CHECK_RULESET is to_json's
# ruleset exactly (tests/test_selfcheck_rules.py compares them).
CODED = 1024
CODE_BASE = 0x100
CODE_END = 0x800
CODED_HAN = re.compile("[\u4e00-\u9fff]")
UNPACK_JS = ("(function (table, data) {\n"
             "  function text(s) {\n"
             "    return s.replace(/\\0([\\s\\S])|[\\u0100-\\u07ff]/g, function (m, kept) {\n"
             "      return kept === undefined ? table.charAt(m.charCodeAt(0) - 256) : kept;\n"
             "    });\n"
             "  }\n"
             "  function walk(v) {\n"
             "    if (typeof v === \"string\") { return text(v); }\n"
             "    if (Array.isArray(v)) { return v.map(walk); }\n"
             "    if (v === null || typeof v !== \"object\") { return v; }\n"
             "    var out = {};\n"
             "    Object.keys(v).forEach(function (k) { out[text(k)] = walk(v[k]); });\n"
             "    return out;\n"
             "  }\n"
             "  return walk(data);\n"
             "})")


def _coded(value, code: dict):
    """value with every string and key written with `code` (see CODED)."""
    if isinstance(value, str):
        return "".join(code.get(c) or (f"\0{c}" if c == "\0" or CODE_BASE <= ord(c) < CODE_END else c) for c in value)
    if isinstance(value, list):
        return [_coded(v, code) for v in value]
    if isinstance(value, dict):
        return {_coded(k, code): _coded(v, code) for k, v in value.items()}
    return value


def render_js(ruleset: dict | None = None) -> str:
    """The text of assets/javascripts/self-check/ruleset.js for the site:
    to_json's ruleset with its Chinese characters coded (see CODED)."""
    ruleset = ruleset or default_ruleset()
    plain = to_json(ruleset)
    counts = {}
    for c in CODED_HAN.findall(plain):
        counts[c] = counts.get(c, 0) + 1
    table = "".join(sorted(counts, key=lambda c: (-counts[c], c))[:CODED])
    code = {c: chr(CODE_BASE + i) for i, c in enumerate(table)}
    coded = _coded(json.loads(plain), code)
    # json.loads then dumps keeps to_json's order of keys
    text = json.dumps(coded, ensure_ascii=False, separators=(",", ":"))
    return ("/* Generated from data/proofread-rules.yml and data/glossary.yml by "
            "src/zzshh/selfcheck/ruleset.py; do not edit. */\n"
            f"window.SELF_CHECK_RULESET = {UNPACK_JS}({json.dumps(table, ensure_ascii=False)}, {text});\n")
