"""Proofreading of the site's own text with the self-check's rules: pages
(placeholders not allowed) and template files (【】 placeholders allowed)."""
from zzshh.selfcheck import RulesetError, check_site_page, check_template_text
from zzshh.sitedata import templates
from zzshh.sitedata.paths import rel

from .findings import Finding


def _findings(where: str, found) -> list[Finding]:
    return [Finding(where, f.line, f.rule, f"{f.message}（“{f.excerpt}”）{f.suggestion}") for f in found]


def check(pages: dict[str, str]) -> list[Finding]:
    """pages: docs/…md -> text, already read by the source check."""
    try:
        found = []
        for where, text in pages.items():
            found += _findings(where, check_site_page(text))
        for path in templates.template_files():
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # reported as DATA-FILE by the data check
            found += _findings(rel(path), check_template_text(text))
        return found
    except RulesetError as err:
        return [Finding("data/proofread-rules.yml", 1, "PROOF-RULES", str(err))]
