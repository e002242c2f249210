"""Build the self-check ruleset from data/proofread-rules.yml and
data/glossary.yml.

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
from zzshh.sitedata.paths import DATA, rel as _where
from zzshh.sitedata.schemas import GlossaryFile, ProofreadRulesFile
from zzshh.sitedata.yamlfile import load

from .errors import RulesetError

RULES_FILE = "proofread-rules.yml"
# Where the build writes render_js()'s script in the site.
SITE_SCRIPT = "assets/javascripts/self-check/ruleset.js"
GLOSSARY_FILE = "glossary.yml"
FORMAT = 1

# Chinese characters: CJK Unified Ideographs with extensions A–H and the
# compatibility block. Written as literal characters so that Python and
# JavaScript (u flag) read the same class.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
SEVERITIES = ("error", "warning", "hint")
CHECKS = ("pattern", "dictionary", "variants", "doubled", "term", "structure")
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


def _expand(pattern: str, where: str, de_pattern: str = "") -> str:
    source = pattern.replace("{HAN}", HAN).replace("{DE}", de_pattern)
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


def _de_pattern(de: dict) -> str:
    def alternation(words):
        return "|".join(escape(w) for w in sorted(words, key=len, reverse=True))
    tails = f"(?!{alternation(de['noun_tails'])})" if de.get("noun_tails") else ""
    return (f"(?<![{escape(de['blockers'])}])(?:{alternation(de['adverbs'])})的"
            f"(?:{alternation(de['verbs'])}){tails}")


def _rules(raw: dict, where: str, de_pattern: str) -> list[dict]:
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
    return rules


def _miswritten(raw: dict, where: str) -> list[dict]:
    entries = []
    for n, item in enumerate(raw.get("miswritten") or [], 1):
        here = f"{where}（miswritten 第 {n} 条）"
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


def _variants(raw: dict) -> dict:
    """Listed variants plus Kangxi radicals and compatibility ideographs that
    Unicode normalisation maps to one ordinary Chinese character."""
    found = {}
    blocks = [range(0x2F00, 0x2FD6), range(0x2E80, 0x2EF4), range(0xF900, 0xFB00), range(0x2F800, 0x2FA20)]
    for block in blocks:
        for code in block:
            char = chr(code)
            standard = unicodedata.normalize("NFKC", char)
            if standard != char and len(standard) == 1 and re.match(f"[{HAN}]", standard):
                found[char] = standard
    found.update({str(k): str(v) for k, v in (raw.get("variants") or {}).items()})
    return dict(sorted(found.items()))


def _char_class(chars) -> str:
    """A character class of ranges: far faster to match than 1,000 single characters."""
    codes = sorted(ord(c) for c in chars)
    ranges = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = [escape(chr(a)) if a == b else f"{escape(chr(a))}-{escape(chr(b))}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


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


def build(directory: Path | None = None) -> dict:
    directory = directory or data_dir()
    rules_path, glossary_path = directory / RULES_FILE, directory / GLOSSARY_FILE
    where = _where(rules_path)
    raw = _read_yaml(rules_path, ProofreadRulesFile)
    glossary = _read_yaml(glossary_path, GlossaryFile)
    for key in ("de", "doubled", "terms", "structure", "profiles"):
        if not isinstance(raw.get(key), dict):
            raise RulesetError(f"{where}：缺少 {key} 部分。")
    de_pattern = _de_pattern(raw["de"])
    rules = _rules(raw, where, de_pattern)
    ids = {r["id"] for r in rules}
    for name, profile in raw["profiles"].items():
        unknown = [c for c in profile.get("classes") or [] if c not in raw["classes"]]
        unknown += [r for r in profile.get("skip_rules") or [] if r not in ids]
        if unknown:
            raise RulesetError(f"{where}（profiles.{name}）：未知的类别或规则 {', '.join(unknown)}。")
    variants = _variants(raw)
    doubled = raw["doubled"]
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
        "miswritten": _miswritten(raw, where),
        "variants": variants,
        "variant_pattern": _char_class(variants),
        "doubled": {"pattern": f"([{escape(str(doubled['chars']))}])\\1",
                    "whitelist": [str(w) for w in doubled.get("whitelist") or []]},
        "terms": _terms(glossary, _where(glossary_path)),
        "term_config": {
            "connectors": sorted((str(c) for c in raw["terms"].get("connectors") or []), key=len, reverse=True),
            "introducers": [str(c) for c in raw["terms"].get("introducers") or []],
            "max_gap": int(raw["terms"].get("max_gap", 6)),
            "window": int(raw["terms"].get("window", 150)),
        },
        "structure": structure,
    }
    ruleset["version"] = hashlib.sha256(to_json(ruleset).encode("utf-8")).hexdigest()[:12]
    return ruleset


@cached
def _cached(directory: str) -> dict:
    return build(Path(directory))


def default_ruleset() -> dict:
    """The ruleset of this repository's data/ (built once per process)."""
    return _cached(str(data_dir()))


def to_json(ruleset: dict) -> str:
    """ASCII-only JSON: the same bytes whatever encoding a browser assumes."""
    return json.dumps(ruleset, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def render_js(ruleset: dict | None = None) -> str:
    """The text of assets/javascripts/self-check/ruleset.js for the site."""
    ruleset = ruleset or default_ruleset()
    return ("/* Generated from data/proofread-rules.yml and data/glossary.yml by "
            "src/zzshh/selfcheck/ruleset.py; do not edit. */\n"
            f"window.SELF_CHECK_RULESET = {to_json(ruleset)};\n")
