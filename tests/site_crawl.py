"""Browser checks shared by the crawl, nginx and offline tests: watch a tab
for everything a reader's browser would trip over, visit pages, run axe-core,
search and copy."""
from pathlib import Path
from urllib.parse import urlsplit

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
LOCAL_SCHEMES = {"data", "blob", "about"}
BLOCKING_IMPACTS = ("serious", "critical")
SEARCH_QUERY = "入党誓词"

AXE_RUN = """async (impacts) => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.filter(v => impacts.includes(v.impact)).map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 3).map(n => n.target.join(" ")), count: v.nodes.length}));
}"""


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return "file://" if parts.scheme == "file" else f"{parts.scheme}://{parts.netloc}"


class Watch:
    """Records, for one tab, requests to another origin (and stops them),
    console errors, script errors, failed requests and HTTP errors."""

    def __init__(self, page, origin: str, expected_missing: tuple[str, ...] = ()):
        self.page = page
        self.origin = origin
        self.expected_missing = set(expected_missing)
        self.problems: list[str] = []
        page.context.route("**/*", self._route)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self._add(f"脚本错误：{error}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _add(self, problem: str) -> None:
        self.problems.append(f"{self.page.url}: {problem}")

    def is_local(self, url: str) -> bool:
        return urlsplit(url).scheme in LOCAL_SCHEMES or origin_of(url) == self.origin

    def _route(self, route) -> None:
        url = route.request.url
        if self.is_local(url):
            route.continue_()
        else:
            self._add(f"向其他来源发出请求：{url}")
            route.abort()

    def _console(self, message) -> None:
        if message.type != "error":
            return
        if message.location.get("url") in self.expected_missing and "404" in message.text:
            return
        self._add(f"控制台错误：{message.text}")

    def _failed(self, request) -> None:
        if self.is_local(request.url):  # other origins are reported by _route
            self._add(f"请求失败：{request.url}（{request.failure}）")

    def _response(self, response) -> None:
        if response.status >= 400 and response.url not in self.expected_missing:
            self._add(f"HTTP {response.status}：{response.url}")


def visit(page, url: str) -> None:
    page.goto(url, wait_until="load")
    # The search index and worker load after "load".
    page.wait_for_load_state("networkidle")


def axe_violations(page) -> list[str]:
    """Serious and critical axe-core violations on the current page."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(AXE_RUN, list(BLOCKING_IMPACTS))
    return [f"{page.url}: axe {v['impact']} {v['id']}（{v['help']}）共 {v['count']} 处，如 {'; '.join(v['targets'])}"
            for v in found]


def crawl(page, urls: list[str], origin: str, with_axe: bool = False) -> list[str]:
    """Visit every URL in one tab; return all problems found."""
    watch = Watch(page, origin)
    problems = watch.problems
    for url in urls:
        visit(page, url)
        if with_axe:
            problems.extend(axe_violations(page))
    return problems


def search_results(page, query: str = SEARCH_QUERY) -> int:
    """Type a query into Material's search box; the number of results."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # a keyup: Material searches on key events
    items = page.locator(".md-search-result__item")
    items.first.wait_for(state="visible", timeout=15_000)
    return items.count()


def template_copy_buttons(page):
    """Copy buttons of template blocks (docs/assets/javascripts/copy-template.js)."""
    return page.locator(".zz-template__copy")


def click_copy_and_wait_for_feedback(page) -> None:
    """Click the first template copy button; it then reads “已复制”."""
    template_copy_buttons(page).first.click()
    page.locator(".zz-template__copy", has_text="已复制").first.wait_for(state="visible", timeout=5_000)
