"""Each year's framework (data/years.yml): the 历年框架 page, the home page's
note on the year readers are in, and the template each year fits."""
import datetime

from . import templates
from .cache import cached
from .paths import DATA
from .schemas import Year, YearsFile
from .yamlfile import load

YEARS = DATA / "years.yml"
SOURCE_RULE = "YEAR-SOURCE"
VAGUE = ("某", "有关单位", "网上")  # a source must be named, never "某高校"


@cached
def years() -> tuple[Year, ...]:
    located = load(YEARS, YearsFile)
    items = located.model.years
    ids = [year.id for year in items]
    for index, year in enumerate(items):
        loc = ("years", index)
        if ids.count(year.id) > 1:
            raise located.error(loc + ("id",), f"年度编号 {year.id} 重复")
        if not year.id.startswith(str(year.year)):
            raise located.error(loc + ("id",), f"编号 {year.id} 应以年度 {year.year} 开头")
        if year.follow is not None:
            if year.follow not in ids or year.items or year.sources or year.template or year.theme:
                raise located.error(loc + ("follow",), "follow 用于通知尚未公开的年度：指向已有年度的编号，"
                                    "并且不写 theme、items、sources、template")
            continue
        if not year.sources:
            raise located.error(loc, f"{year.name} 没有写来源（sources）：每个年度的框架都要注明出处", SOURCE_RULE)
        for number, source in enumerate(year.sources):
            if any(word in source.site for word in VAGUE):
                raise located.error(loc + ("sources", number, "site"),
                                    f"来源“{source.site}”没有写出具体名称：写网站或单位的名称", SOURCE_RULE)
        if year.template and year.template not in templates.manifest():
            raise located.error(loc + ("template",), f"模板 {year.template} 不在 data/templates.yml 中")
    return tuple(items)


def by_id() -> dict[str, Year]:
    return {year.id: year for year in years()}


def meeting_year(today: datetime.date) -> int:
    """The 年度 readers write for: X年度 meets early X+1, so until the end of
    March they still write for last year; from April on, for this year."""
    return today.year if today.month >= 4 else today.year - 1


def current(today: datetime.date) -> tuple[Year | None, Year | None]:
    """(the entry for the year readers are in, the framework it follows):
    the year's own entry once its framework is known, else the latest known."""
    wanted = meeting_year(today)
    own = next((y for y in years() if y.year == wanted and "-" not in y.id), None)
    if own and own.follow is None:
        return own, own
    if own:
        return own, by_id()[own.follow]
    known = [y for y in years() if y.follow is None and "-" not in y.id and y.year <= wanted]
    return None, max(known, key=lambda y: y.year) if known else None
