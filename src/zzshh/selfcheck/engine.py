"""The self-check engine: `check_text(text)` -> findings.

There is one engine, docs/assets/javascripts/self-check/engine.js, the one
the page runs. The command line and the build run that same file here in an
embedded V8 (mini-racer), so they can never disagree with the page."""
import atexit
import json
import threading

from py_mini_racer import JSEvalException, MiniRacer

from zzshh.sitedata.paths import ROOT

from .errors import SelfCheckError
from .finding import Finding
from .markdown_mask import mask_markdown
from .ruleset import default_ruleset, to_json

ENGINE_JS = ROOT / "docs" / "assets" / "javascripts" / "self-check" / "engine.js"
# Glue: rulesets are loaded once per version; results come back as one JSON string.
_GLUE = """
var zzRulesets = {};
function zzCheck(version, text, profile) {
  return JSON.stringify(SelfCheck.checkText(text, zzRulesets[version], profile));
}
"""

_lock = threading.Lock()
_state: dict = {}


def _context() -> MiniRacer:
    if "ctx" not in _state:
        try:
            source = ENGINE_JS.read_text(encoding="utf-8")
        except OSError as err:
            raise SelfCheckError(f"找不到自查引擎 {ENGINE_JS}（{err.strerror}）。") from None
        ctx = MiniRacer()
        # Closed before interpreter shutdown: left to the garbage collector, a
        # module-held context blocks the exit.
        atexit.register(ctx.close)
        ctx.eval(source)
        ctx.eval(_GLUE)
        _state.update(ctx=ctx, loaded=set())
    return _state["ctx"]


def _run(text: str, ruleset: dict, profile: str) -> list[dict]:
    with _lock:
        ctx = _context()
        version = ruleset["version"]
        if version not in _state["loaded"]:
            ctx.eval(f"zzRulesets[{json.dumps(version)}] = {to_json(ruleset)};")
            _state["loaded"].add(version)
        try:
            return json.loads(ctx.call("zzCheck", version, text, profile))
        except JSEvalException as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise SelfCheckError(f"自查引擎 engine.js 出错：{first}") from None


def check_text(text: str, ruleset: dict | None = None, profile: str = "draft") -> list[Finding]:
    """Findings for a draft (profile "draft"), a site page's text
    ("site_page") or a template text ("template"), sorted by position."""
    return [Finding(**f) for f in _run(text, ruleset or default_ruleset(), profile)]


def check_site_page(text: str, ruleset: dict | None = None) -> list[Finding]:
    """Proofreading of a site page (Markdown): front matter, code, comments,
    inline code, link targets, URLs and HTML tags are left out; placeholders
    are errors."""
    return check_text(mask_markdown(text), ruleset, profile="site_page")


def check_template_text(text: str, ruleset: dict | None = None) -> list[Finding]:
    """Proofreading of a template text: 【】 placeholders are allowed."""
    return check_text(text, ruleset, profile="template")
