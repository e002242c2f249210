"""Example statements as data, in Chromium: each statement has its own
address that opens its post's tab and marks it; a link to a tab opens that
tab; each statement's copy button copies its text from data/statements/;
problems link to the cause and measure that answer them."""
import re
from urllib.parse import quote

import pytest

from zzshh.sitedata import posts, statements


PAGES = {"party-oath": "comparisons/party-oath/", "cause-analysis": "parts/cause-analysis/",
         "discipline-and-conduct": "parts/discipline-and-conduct/"}


def visible_statement_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        ".zz-statement", "items => items.filter(i => i.offsetParent !== null).map(i => i.id)")


@pytest.mark.browser
@pytest.mark.parametrize("page_id", sorted(PAGES))
def test_every_statement_address_opens_its_tab_and_marks_it(page, site_url, page_id):
    """One page load per post: the address of its last statement."""
    for post, items in statements.for_page(page_id).items():
        target = items[-1]
        page.goto(f"{site_url}{PAGES[page_id]}#{target.id}")
        page.wait_for_function("id => document.getElementById(id).classList.contains('zz-statement--marked')",
                               arg=target.id, timeout=5_000)
        shown = visible_statement_ids(page)
        assert target.id in shown, (post, shown)
        assert all(f"-{post}-" in sid for sid in shown), (post, shown)
        assert page.locator(f"#{target.id}").is_visible()


@pytest.mark.browser
def test_a_link_to_a_tab_opens_that_tab(page, site_url):
    """…/party-oath/#教师 (a tab's own address) shows that tab, for every tab."""
    page.goto(f"{site_url}{PAGES['party-oath']}")
    tab_ids = page.eval_on_selector_all("#示例措辞 ~ .tabbed-set > input", "inputs => inputs.map(i => i.id)")
    assert len(tab_ids) == len(posts.posts())
    for tab_id, post in zip(tab_ids, posts.posts()):
        page.goto(f"{site_url}{PAGES['party-oath']}#{quote(tab_id)}")
        page.wait_for_function("post => [...document.querySelectorAll('.zz-statement')]"
                               ".some(i => i.offsetParent !== null && i.id.includes('-' + post + '-'))",
                               arg=post.id, timeout=5_000)
        shown = visible_statement_ids(page)
        assert shown and all(f"-{post.id}-" in sid for sid in shown), (tab_id, shown)


@pytest.mark.browser
def test_statement_copy_button_copies_its_text(browser, site_url):
    context = browser.new_context(locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    target = statements.for_page("party-oath")["village"][1]
    page.goto(f"{site_url}{PAGES['party-oath']}#{target.id}")
    button = page.locator(f"#{target.id} .zz-statement__copy")
    button.click()
    page.locator(f"#{target.id} .zz-statement__status").filter(has_text="已复制").wait_for(timeout=5_000)
    assert page.evaluate("navigator.clipboard.readText()") == target.text
    context.close()


def test_problems_link_to_their_answers_and_answers_back(built_site):
    """The pairing shown on the pages is the pairing in the data."""
    html = (built_site / "comparisons" / "party-oath" / "index.html").read_text(encoding="utf-8")
    for item in statements.for_page("party-oath")["teacher"]:
        block = re.search(rf'<li class="zz-statement" id="{item.id}".*?</li>', html, re.S).group(0)
        assert f"cause-analysis/#{item.cause}" in block and f"rectification-measures/#{item.measure}" in block
    causes = (built_site / "parts" / "cause-analysis" / "index.html").read_text(encoding="utf-8")
    for cause in statements.for_page("cause-analysis")["teacher"]:
        block = re.search(rf'<li class="zz-statement" id="{cause.id}".*?</li>', causes, re.S).group(0)
        for problem in cause.answers:
            assert f"#{problem}" in block
