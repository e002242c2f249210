"""Loaders for the project's data files (data/): one source of truth each,
shared by the MkDocs hooks, the checks, the .docx export and the tests.
Each file has a typed schema (schemas.py); a problem is one DataError with
the file and line."""
from . import cache, check_rules, glossary, materials, page_types, posts, statements, templates, years
from .errors import DataError
from .paths import DATA
from .schemas import ProofreadRulesFile
from .yamlfile import load

PROOFREAD_RULES = DATA / "proofread-rules.yml"


def validate_all() -> list[DataError]:
    """Load every data file afresh; one error per broken file."""
    cache.clear()
    loaders = [page_types.types, check_rules.rules, glossary.terms, materials.addresses, materials.materials,
               templates.manifest, posts.posts, statements.by_post, years.years,
               lambda: load(PROOFREAD_RULES, ProofreadRulesFile)]
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
