"""Forms readers type for the site's words (data/search-variants.yml), with
the self-check's miswritten words and variant characters
(data/proofread-rules.yml): the search reads each as the site's form."""
from .cache import cached
from .paths import DATA
from .schemas import ProofreadRulesFile, SearchVariantsFile
from .yamlfile import load

VARIANTS = DATA / "search-variants.yml"
PROOFREAD_RULES = DATA / "proofread-rules.yml"


@cached
def fillers() -> tuple[str, ...]:
    return tuple(load(VARIANTS, SearchVariantsFile).model.fillers)


@cached
def variants() -> dict[str, str]:
    """Each form readers type -> the site's form."""
    located = load(VARIANTS, SearchVariantsFile)
    rules = load(PROOFREAD_RULES, ProofreadRulesFile).model
    found = {item.wrong: item.right for item in rules.miswritten if item.wrong}
    found.update(rules.variants)
    for site, forms in located.model.same.items():
        for index, form in enumerate(forms):
            if form == site or form in located.model.same:
                raise located.error(("same", site, index), f"“{form}”本身是网站用的写法，不能再写成别的词的变体")
            found[form] = site
    return found
