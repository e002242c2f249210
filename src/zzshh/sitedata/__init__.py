"""Loaders for the project's data files (data/): one source of truth each,
shared by the MkDocs hooks, the checks, the .docx export and the tests.
Each file has a typed schema (schemas.py); a problem is one DataError with
the file and line."""
import re

from . import cache, check_rules, glossary, materials, page_types, posts, search_variants, statements, templates, years
from .errors import DataError
from .paths import DATA, rel
from .schemas import ProofreadRulesFile
from .yamlfile import load, read_text

PROOFREAD_RULES = DATA / "proofread-rules.yml"
RULE_ID = re.compile(r"（(PR-[A-Z]+-[0-9]{3})")


def proofread_ruleset() -> None:
    """The self-check's ruleset, built as the engines will use it: its regular
    expressions must be valid and mean the same in Python and JavaScript."""
    from zzshh.selfcheck import RulesetError, default_ruleset  # selfcheck builds on sitedata
    load(PROOFREAD_RULES, ProofreadRulesFile)
    glossary.terms()  # its own problems are its own file's
    try:
        default_ruleset()
    except RulesetError as err:
        text = read_text(PROOFREAD_RULES)
        found = RULE_ID.search(str(err))
        index = text.find(f"- id: {found.group(1)}") if found else -1
        line = text.count("\n", 0, index) + 1 if index >= 0 else 1
        raise DataError(rel(PROOFREAD_RULES), line, str(err).split("：", 1)[-1], "PROOF-RULES") from None


def validate_all() -> list[DataError]:
    """Load every data file afresh; one error per broken file."""
    cache.clear()
    loaders = [page_types.types, check_rules.rules, glossary.terms, materials.addresses, materials.materials,
               templates.manifest, posts.posts, statements.by_post, years.years,
               proofread_ruleset, search_variants.variants]
    found = []
    for loader in loaders:
        try:
            loader()
        except DataError as err:
            found.append(err)
    if not any(err.path.endswith("templates.yml") for err in found):
        for name in templates.names():
            try:
                templates.load(name)
            except DataError as err:
                found.append(err)
    return list({str(err): err for err in found}.values())
