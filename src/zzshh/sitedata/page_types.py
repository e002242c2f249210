"""Page types and the H2 sections each requires, in order (data/page-types.yml)."""
from .cache import cached
from .paths import DATA
from .schemas import PageType, PageTypesFile
from .yamlfile import load

PAGE_TYPES = DATA / "page-types.yml"


@cached
def types() -> dict[str, PageType]:
    return dict(load(PAGE_TYPES, PageTypesFile).model.types)


def required_sections() -> dict[str, tuple[str, ...]]:
    return {name: tuple(spec.sections) for name, spec in types().items()}
