"""The self-check engine: `check_text(text)` -> findings.

docs/assets/javascripts/self-check/engine.js is a line-by-line port: any
change here must be made there too (tests compare both on the vectors)."""
from .finding import Finding
from .hits import Hit
from .markdown_mask import mask_markdown
from .pattern_rules import DictionaryRule, DoubledRule, PatternRule, VariantRule
from .ruleset import default_ruleset
from .structure_rules import StructureRules, parse_marker
from .term_rules import TermRules
from .text import fill, shorten, split_lines

_COMPILED: dict[str, "CompiledRuleset"] = {}


class CompiledRuleset:
    def __init__(self, ruleset: dict):
        self.ruleset = ruleset
        self.rules = {r["id"]: r for r in ruleset["rules"]}
        self.line_rules = {}
        for rule in ruleset["rules"]:
            check = rule["check"]
            if check == "pattern":
                self.line_rules[rule["id"]] = PatternRule(rule)
            elif check == "dictionary":
                self.line_rules[rule["id"]] = DictionaryRule(rule, ruleset["miswritten"])
            elif check == "variants":
                self.line_rules[rule["id"]] = VariantRule(rule, ruleset["variants"], ruleset["variant_pattern"])
            elif check == "doubled":
                self.line_rules[rule["id"]] = DoubledRule(rule, ruleset["doubled"])
        self.terms = TermRules(ruleset["terms"], ruleset["term_config"])
        self.structure = StructureRules(ruleset["structure"])

    def enabled(self, profile: str) -> list[dict]:
        chosen = self.ruleset["profiles"][profile]
        return [r for r in self.ruleset["rules"]
                if r["class"] in chosen["classes"] and r["id"] not in chosen["skip_rules"]]


def compiled(ruleset: dict) -> CompiledRuleset:
    key = ruleset["version"]
    if key not in _COMPILED:
        _COMPILED[key] = CompiledRuleset(ruleset)
    return _COMPILED[key]


def check_text(text: str, ruleset: dict | None = None, profile: str = "draft") -> list[Finding]:
    """Findings for a draft (profile "draft"), a site page's text
    ("site_page") or a template text ("template"), sorted by position."""
    engine = compiled(ruleset or default_ruleset())
    rules = engine.enabled(profile)
    enabled = {r["id"] for r in rules}
    lines = split_lines(text)
    markers = [parse_marker(line) for line in lines]
    skip_until = [m.end if m else 0 for m in markers]
    hits: list[Hit] = []
    for rule in rules:
        if rule["id"] in engine.line_rules:
            hits += engine.line_rules[rule["id"]].run(lines, skip_until)
    if any(r["check"] == "term" for r in rules):
        hits += engine.terms.run(lines)
    if any(r["check"] == "structure" for r in rules):
        hits += engine.structure.run(lines, markers)
    return _findings(hits, enabled, engine.rules, lines)


def _findings(hits: list[Hit], enabled: set, rules: dict, lines: list[str]) -> list[Finding]:
    found, seen = [], set()
    for hit in hits:
        if hit.rule not in enabled:
            continue
        key = (hit.rule, hit.line, hit.start, hit.end)
        if key in seen:
            continue
        seen.add(key)
        rule = rules[hit.rule]
        excerpt = hit.excerpt or lines[hit.line][hit.start:hit.end]
        found.append(Finding(
            rule=hit.rule, severity=hit.severity or rule["severity"], line=hit.line + 1, column=hit.start + 1,
            length=hit.end - hit.start, excerpt=shorten(excerpt), message=fill(rule["message"], hit.fields),
            suggestion=fill(rule["suggestion"], hit.fields)))
    return sorted(found, key=Finding.sort_key)


def check_site_page(text: str, ruleset: dict | None = None) -> list[Finding]:
    """Proofreading of a site page (Markdown): front matter, code, comments,
    inline code, link targets, URLs and HTML tags are left out; placeholders
    are errors."""
    return check_text(mask_markdown(text), ruleset, profile="site_page")


def check_template_text(text: str, ruleset: dict | None = None) -> list[Finding]:
    """Proofreading of a template text: 【】 placeholders are allowed."""
    return check_text(text, ruleset, profile="template")
