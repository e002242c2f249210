"""MkDocs hook: writes the self-check page's ruleset as a script file.
A JSON file would not load from file:// (offline package); a script does."""
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from zzshh.selfcheck import RulesetError, render_js
from zzshh.selfcheck.ruleset import SITE_SCRIPT


def on_files(files, config, **_):
    try:
        content = render_js()
    except RulesetError as err:
        raise PluginError(f"data/proofread-rules.yml:1: PROOF-RULES {err}") from None
    files.append(File.generated(config, SITE_SCRIPT, content=content))
    return files
