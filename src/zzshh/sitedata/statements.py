"""Example statements (data/statements/POST.yml): problems, last year's
rectification, causes and measures, one file per post. Every problem names
the cause and the measure of the same post that answer it; every cause and
measure answers at least one problem. The pages, the copy buttons and the
writing desk all read them from here."""
import re
from dataclasses import dataclass

from . import posts
from .cache import cached
from .errors import DataError
from .paths import STATEMENTS, rel
from .schemas import CAUSE_PAGE, DISCIPLINES, MEASURE_PAGE, PROBLEM_PAGES, StatementsFile
from .yamlfile import Located, load

PAIR_RULE = "STATEMENT-PAIR"


@dataclass(frozen=True)
class Statement:
    id: str
    post: str
    page: str
    number: int
    text: str
    thought: str | None
    cause: str | None
    measure: str | None
    discipline: str | None
    answers: tuple[str, ...] = ()  # causes and measures: the problems naming them

    @property
    def is_problem(self) -> bool:
        return self.page in PROBLEM_PAGES


@dataclass(frozen=True)
class PostFile:
    post: str
    facts: tuple[str, ...]
    statements: tuple[Statement, ...]


def _check_one(located: Located, post: str) -> None:
    """Checks inside one post's file, each at the line it concerns."""
    model = located.model
    items = model.statements
    if model.post != post:
        raise located.error(("post",), f"文件名是 {post}.yml，post 却写成 {model.post}")
    by_id = {}
    for index, item in enumerate(items):
        loc = ("statements", index)
        if not re.fullmatch(rf"{re.escape(item.page)}-{re.escape(post)}-[1-9][0-9]*", item.id):
            raise located.error(loc + ("id",), f"编号应为“页面-岗位-序号”，例如 {item.page}-{post}-1")
        if item.id in by_id:
            raise located.error(loc + ("id",), f"编号 {item.id} 重复")
        by_id[item.id] = item
        problem = item.page in PROBLEM_PAGES
        for key in ("thought", "cause", "measure"):
            if not problem and getattr(item, key):
                raise located.error(loc + (key,), f"只有问题（{'、'.join(PROBLEM_PAGES)}）才写 {key}")
        if item.thought and item.thought not in item.text:
            raise located.error(loc + ("thought",), "thought 必须是 text 中原样出现的一段话")
        if (item.discipline is not None) != (item.page == "discipline-and-conduct"):
            raise located.error(loc + ("discipline",),
                                f"纪律作风页的问题要写 discipline（{'、'.join(DISCIPLINES)}），其他条目不写")
    named = set()
    for index, item in enumerate(items):
        if item.page not in PROBLEM_PAGES:
            continue
        for key, page in (("cause", CAUSE_PAGE), ("measure", MEASURE_PAGE)):
            target = getattr(item, key)
            if not target:
                raise located.error(("statements", index), f"问题 {item.id} 没有写 {key}：每条问题都要指明回答它的原因和措施",
                                    PAIR_RULE)
            if target not in by_id or by_id[target].page != page:
                raise located.error(("statements", index, key),
                                    f"{key}: {target} 不是本岗位 {page} 页面上的条目", PAIR_RULE)
            named.add(target)
    for index, item in enumerate(items):
        if item.page in (CAUSE_PAGE, MEASURE_PAGE) and item.id not in named:
            raise located.error(("statements", index, "id"), f"{item.id} 没有回答任何一条问题：删去它，或让某条问题指向它",
                                PAIR_RULE)


def _post_file(post: str) -> PostFile:
    path = STATEMENTS / f"{post}.yml"
    located = load(path, StatementsFile)
    _check_one(located, post)
    answers: dict[str, list[str]] = {}
    for item in located.model.statements:
        for target in (item.cause, item.measure):
            if target:
                answers.setdefault(target, []).append(item.id)
    found = tuple(Statement(item.id, post, item.page, int(item.id.rsplit("-", 1)[1]), item.text, item.thought,
                            item.cause, item.measure, item.discipline, tuple(answers.get(item.id, ())))
                  for item in located.model.statements)
    return PostFile(post, tuple(located.model.facts), found)


@cached
def by_post() -> dict[str, PostFile]:
    """Every post of data/posts.yml with its file; a file for an unknown post is an error."""
    known = [post.id for post in posts.posts()]
    for path in sorted(STATEMENTS.glob("*.yml")):
        if path.stem not in known:
            raise DataError(rel(path), 1, f"岗位 {path.stem} 不在 data/posts.yml 中")
    missing = [post for post in known if not (STATEMENTS / f"{post}.yml").is_file()]
    if missing:
        raise DataError(rel(posts.POSTS), 1, f"岗位 {'、'.join(missing)} 没有示例文件 data/statements/ID.yml")
    return {post: _post_file(post) for post in known}


def for_page(page: str) -> dict[str, list[Statement]]:
    """post -> its statements on page, in number order."""
    return {post: sorted((s for s in file.statements if s.page == page), key=lambda s: s.number)
            for post, file in by_post().items()}


def all_statements() -> list[Statement]:
    return [s for file in by_post().values() for s in file.statements]


def by_id() -> dict[str, Statement]:
    return {s.id: s for s in all_statements()}
