"""Draft self-check (材料自查): proofreading and structure checks for a
个人对照检查材料, sharing one ruleset (data/proofread-rules.yml) with the
browser engine. Entry points:

- check_text(text) -> [Finding]            a reader's draft (all checks)
- check_site_page(markdown) -> [Finding]   a site page (proofreading only)
- check_template_text(text) -> [Finding]   a template text (【】 allowed)
- ruleset.render_js() -> str               assets/javascripts/self-check/ruleset.js
"""
from .engine import check_site_page, check_template_text, check_text
from .errors import ReadError, RulesetError, SelfCheckError
from .finding import Finding
from .ruleset import default_ruleset, render_js

__all__ = ["check_text", "check_site_page", "check_template_text", "Finding", "default_ruleset",
           "render_js", "ReadError", "RulesetError", "SelfCheckError"]
