"""The build check's rule IDs and their explanations (data/check-rules.yml):
messages cite the ID, the maintainer page explains it."""
from .cache import cached
from .paths import DATA
from .schemas import CheckRule, CheckRulesFile
from .yamlfile import load

CHECK_RULES = DATA / "check-rules.yml"


@cached
def rules() -> dict[str, CheckRule]:
    located = load(CHECK_RULES, CheckRulesFile)
    found = {}
    for index, rule in enumerate(located.model.rules):
        if rule.id in found:
            raise located.error(("rules", index, "id"), f"规则编号 {rule.id} 重复")
        found[rule.id] = rule
    return found
