"""Forms readers type for the site's words (data/search-variants.yml), with
the self-check's miswritten words of party documents (data/miswritten-words.yml,
list site-material) and variant characters (data/proofread-rules.yml): the
search reads each as the site's form."""
from .cache import cached
from .paths import DATA
from .schemas import MiswrittenWordsFile, ProofreadRulesFile, SearchVariantsFile
from .yamlfile import load

VARIANTS = DATA / "search-variants.yml"
PROOFREAD_RULES = DATA / "proofread-rules.yml"
MISWRITTEN_WORDS = DATA / "miswritten-words.yml"
# The dictionary's list of miswritten words of party documents: the ones readers
# type for the site's words. The general lists (成语, 别字) are left to the
# self-check: they would make the download larger without finding more.
SEARCH_LIST = "site-material"


@cached
def fillers() -> tuple[str, ...]:
    return tuple(load(VARIANTS, SearchVariantsFile).model.fillers)


@cached
def page_words() -> dict[str, tuple[str, ...]]:
    """Page address (comparisons/party-oath/, "" for home) -> words readers
    type for it that the page itself may not use (仿宋 for the templates)."""
    pages = load(VARIANTS, SearchVariantsFile).model.pages
    return {("" if page in ("./", "/") else page): tuple(words) for page, words in pages.items()}


@cached
def later_pages() -> tuple[str, ...]:
    """Pages readers rarely look for (the maintainers' guide): ranked after
    pages holding the same words."""
    return tuple(load(VARIANTS, SearchVariantsFile).model.later)


@cached
def variants() -> dict[str, str]:
    """Each form readers type -> the site's form."""
    located = load(VARIANTS, SearchVariantsFile)
    rules = load(PROOFREAD_RULES, ProofreadRulesFile).model
    found = {item.wrong: item.right for item in rules.miswritten if item.wrong}
    if MISWRITTEN_WORDS.exists():
        words = load(MISWRITTEN_WORDS, MiswrittenWordsFile).model
        found.update({item.wrong: item.right for item in words.entries if item.wrong and item.list == SEARCH_LIST})
    found.update(rules.variants)
    for site, forms in located.model.same.items():
        for index, form in enumerate(forms):
            if form == site or form in located.model.same:
                raise located.error(("same", site, index), f"“{form}”本身是网站用的写法，不能再写成别的词的变体")
            found[form] = site
    return found
