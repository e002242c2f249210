"""Type queries into the site's own search box in Chromium and read back what
readers get: every result page (from the worker's answer), the rendered order,
highlights, and the time from the last keystroke to the rendered results."""
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

# Watches the search worker without changing it: notes when the index is sent
# and ready, each query sent and each result message, and when the result list
# next changes (the DOM mutations Material makes while rendering that message).
# A search may answer one typed query with two messages (all words, then any
# word): the answer counts once every query sent has been answered (checked
# when polling, after every listener of the message has run).
WATCH_WORKER = """
(() => {
  const state = window.__search = { ready: false, setupAt: 0, readyAt: 0, results: [], keyAt: 0,
                                    awaiting: null, sent: 0, answered: 0 };
  const send = window.Worker.prototype.postMessage;
  window.Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 0) state.setupAt = performance.now();
    if (message && message.type === 2) state.sent++;
    return send.call(this, message, ...rest);
  };
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({ data }) => {
        if (data && data.type === 1) Object.assign(state, { ready: true, readyAt: performance.now() });
        if (data && data.type === 3) {
          state.answered++;
          state.awaiting = { data: data.data, receivedAt: performance.now() };
        }
      });
    }
  };
  document.addEventListener("keydown", ev => {
    if (ev.key === "End") state.keyAt = performance.now();
  }, true);
  new MutationObserver(() => {
    if (!state.awaiting) return;
    const { data, receivedAt } = state.awaiting;
    state.awaiting = null;
    state.results.push({ data, receivedAt, renderedAt: performance.now(), keyAt: state.keyAt });
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();
"""

# After the result list changed: the rendered pages in order, and highlights.
READ_RENDERED = """
() => {
  const items = [...document.querySelectorAll(".md-search-result__list > li")];
  return items.map(li => ({
    href: li.querySelector("a").href,
    marks: li.querySelectorAll("mark").length,
  }));
}
"""

SETTLED = "window.__search.sent === window.__search.answered"
ANSWERED = f"since => {SETTLED} && window.__search.results.some(r => r.receivedAt > since)"
LAST_ANSWER = "window.__search.results[window.__search.results.length - 1]"

CLEAR = """
() => {
  const input = document.querySelector(".md-search__input");
  input.value = "";
  input.dispatchEvent(new KeyboardEvent("keyup", { key: "Backspace" }));
}
"""


@dataclass
class Outcome:
    query: str
    pages: list[str]          # every result page, best first (worker's answer)
    rendered: list[str]       # pages as rendered (first screenful), best first
    marks: list[int]          # highlights per rendered page
    latency_ms: float         # End keydown -> result list rendered


def location(url: str, site_url: str) -> str:
    """A result link as the index location of its page: comparisons/party-oath/."""
    path = unquote(urlsplit(url).path)
    base = urlsplit(site_url).path
    return path[len(base):] if path.startswith(base) else path.lstrip("/")


def open_search(page, site_url: str, timeout_ms: int = 60_000) -> float:
    """Open the search box; returns ms from navigation start until the index is ready."""
    page.add_init_script(WATCH_WORKER)
    page.goto(site_url)
    page.click(".md-search__input")
    # Ready, and the answer to the empty box rendered: later answers are ours.
    page.wait_for_function("window.__search.ready && window.__search.results.length", timeout=timeout_ms)
    return page.evaluate("window.__search.readyAt")


def index_build_ms(page) -> float:
    """The worker's own time to build the index: setup message sent -> ready
    (CPU throttling in DevTools does not slow workers, so this is timed apart)."""
    return page.evaluate("window.__search.readyAt - window.__search.setupAt")


def run_query(page, site_url: str, query: str, timeout_ms: int = 10_000) -> Outcome:
    """Clear the box, type the query and press End, as a reader with an IME does."""
    if page.input_value(".md-search__input"):
        since = page.evaluate("performance.now()")
        page.evaluate(CLEAR)
        page.wait_for_function(ANSWERED, arg=since, timeout=timeout_ms)
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    since = page.evaluate("window.__search.keyAt")
    page.wait_for_function(ANSWERED, arg=since, timeout=timeout_ms)
    result = page.evaluate(LAST_ANSWER)
    rendered = page.evaluate(READ_RENDERED)
    pages = []
    for group in result["data"]["items"]:
        page_location = group[0]["location"].split("#")[0]
        if page_location not in pages:
            pages.append(page_location)
    return Outcome(
        query=query,
        pages=pages,
        rendered=[location(item["href"], site_url).split("#")[0] for item in rendered],
        marks=[item["marks"] for item in rendered],
        latency_ms=result["renderedAt"] - result["keyAt"],
    )
