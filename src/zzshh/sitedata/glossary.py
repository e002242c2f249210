"""Fixed formulations (data/glossary.yml): one source for the glossary page,
the search dictionary and the proofreading rules."""
from .cache import cached
from .paths import DATA
from .schemas import GlossaryFile, Term
from .yamlfile import load

GLOSSARY = DATA / "glossary.yml"


@cached
def terms() -> tuple[Term, ...]:
    return tuple(load(GLOSSARY, GlossaryFile).model.terms)
