"""Time to first results on a slow intranet phone: 4x slower CPU and a slow
3G network (DevTools' preset), first visit with an empty cache: from
navigation start until the results of a query typed at once are rendered."""
import time

from . import browser

# DevTools' "Slow 3G": 2 s round trip, 400 kbit/s down and up.
SLOW_3G = {"offline": False, "latency": 2000, "downloadThroughput": 400 * 1024 / 8,
           "uploadThroughput": 400 * 1024 / 8}
CPU_SLOWDOWN = 4
QUERY = "入党誓词"


def first_results(context, site_url: str, timeout_ms: int = 300_000) -> tuple[float, float]:
    """(ms until the first results are rendered, ms the worker took to build the index)."""
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    session.send("Network.emulateNetworkConditions", SLOW_3G)
    session.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.add_init_script(browser.WATCH_WORKER)
    page.goto(site_url, wait_until="commit", timeout=timeout_ms)
    page.wait_for_selector(".md-search__input", timeout=timeout_ms)
    page.click(".md-search__input", timeout=timeout_ms)
    page.keyboard.insert_text(QUERY)
    page.keyboard.press("End")
    # Polled from here: the site's CSP forbids the eval that wait_for_function uses.
    answered = f"{browser.SETTLED} && window.__search.results.find(r => r.data.items.length)"
    deadline = time.monotonic() + timeout_ms / 1000
    while not (found := page.evaluate(answered)):
        if time.monotonic() > deadline:
            raise TimeoutError(f"慢速配置下 {timeout_ms / 1000:.0f} 秒内没有出现搜索结果")
        time.sleep(0.1)
    done = found["renderedAt"]
    build = browser.index_build_ms(page)
    page.close()
    return done, build
