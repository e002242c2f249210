"""The self-check page in Chromium: the page gives the command line's
findings, reads GBK .txt and .docx files, runs untrusted text as text only
and sends nothing anywhere. Findings are told for readers (第N段 and the text
around the excerpt, no rule IDs unless a maintainer asks for them), and a
click shows the finding in the text box, inside the box and on the screen,
at desktop and phone width; leaving with text in the box asks first."""
import re

import docx
import pytest

from zzshh.selfcheck import check_text
from selfcheck_support import VECTORS
from site_crawl import Watch, axe_violations
from test_offline import offline_site  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

DRAFTS = sorted(p for p in VECTORS.glob("planted-*.txt")) + sorted(VECTORS.glob("clean-*.txt"))

# Planted into the long paragraphs of a clean draft, one per paragraph, at
# its start, middle or end, so the findings spread over many screens of the
# text box. Each gives one finding.
DEFECTS = ("的的", "再接再励", "台帐", '"认真"', "积极的参加", "学习,工作", "。。", "的的", "再接再励", "台帐",
           "积极的参加", "的的", "台帐", "再接再励")


def long_draft() -> str:
    lines = (VECTORS / "clean-01-community.txt").read_text(encoding="utf-8").split("\n")
    body = [i for i, line in enumerate(lines) if len(line) > 40]
    assert len(body) >= len(DEFECTS)
    for n, (i, defect) in enumerate(zip(body, DEFECTS)):
        # Past a paragraph's number (（三）) so its heading stays whole, and
        # before its last full stop.
        at = (8, len(lines[i]) // 2, len(lines[i]) - 1)[n % 3]
        lines[i] = lines[i][:at] + defect + lines[i][at:]
    return "\n".join(lines)


# Where the selection is drawn, measured independently of the page's code:
# a hidden copy of the text box with the same box, font and wrapping holds the
# text up to the selection and a span with the selection; its offset, less the
# box's scrollTop, is where the selection shows inside the box, and the box's
# own position tells whether that is inside the window (below Material's
# sticky header).
SELECTION_IN_VIEW = """() => {
  const box = document.getElementById("self-check-input");
  const style = getComputedStyle(box);
  const copy = document.createElement("div");
  for (const name of ["boxSizing", "width", "fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight",
                      "letterSpacing", "wordSpacing", "textIndent", "tabSize", "paddingTop", "paddingRight",
                      "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth",
                      "borderLeftWidth", "borderStyle", "wordBreak", "overflowWrap"]) {
    copy.style[name] = style[name];
  }
  Object.assign(copy.style, {position: "absolute", top: "0", left: "0", visibility: "hidden",
                             whiteSpace: "pre-wrap", height: "auto", overflowY: "scroll"});
  const start = box.selectionStart, end = box.selectionEnd;
  copy.textContent = box.value.slice(0, start);
  const mark = copy.appendChild(document.createElement("span"));
  mark.textContent = box.value.slice(start, end) || "|";
  copy.appendChild(document.createTextNode(box.value.slice(end)));
  document.body.appendChild(copy);
  const first = mark.getClientRects()[0];
  const top = first.top - copy.getBoundingClientRect().top - box.scrollTop;
  const bottom = top + first.height;
  copy.remove();
  const rect = box.getBoundingClientRect();
  const border = parseFloat(style.borderTopWidth);
  const header = document.querySelector(".md-header");
  const ceiling = header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
  const viewport = window.visualViewport ? window.visualViewport.height : window.innerHeight;
  return {
    selected: box.value.slice(start, end),
    inBox: top >= border - 1 && bottom <= border + box.clientHeight + 1,
    inViewport: rect.top + top >= ceiling - 1 && rect.top + bottom <= viewport + 1,
    top: Math.round(top), boxHeight: box.clientHeight, onScreen: Math.round(rect.top + top),
    ceiling: Math.round(ceiling), viewport: viewport,
  };
}"""


def open_tool(page, url: str):
    """The self-check page, ready; returns the list of requests outside its origin."""
    outside = []
    page.on("request", lambda r: None if r.url.startswith(url) else outside.append(r.url))
    page.goto(url + "tools/self-check/")
    page.wait_for_selector('#self-check[data-ready="1"]')
    return outside


@pytest.fixture
def tool(page, site_url):
    """The self-check page, ready, with every request outside its origin recorded."""
    outside = open_tool(page, site_url)
    yield page
    assert not outside, f"自查页面向站外发出了请求：{outside}"


@pytest.fixture(params=[1280, 390], ids=["desktop", "phone"])
def sized_tool(request, browser, site_url):
    """The self-check page in a window as wide as a desktop's or a phone's."""
    width = request.param
    context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 800 if width > 500 else 844},
                                  is_mobile=width < 500, has_touch=width < 500)
    page = context.new_page()
    outside = open_tool(page, site_url)
    yield page
    context.close()
    assert not outside, f"自查页面向站外发出了请求：{outside}"


def shown_findings(page) -> list[tuple[str, int, int]]:
    return page.eval_on_selector_all(
        "#self-check-results li.zz-self-check__item",
        "items => items.map(i => [i.dataset.rule, +i.dataset.line, +i.dataset.column])")


def run(page, text: str) -> list[tuple[str, int, int]]:
    page.fill("#self-check-input", text)
    page.click("#self-check-run")
    page.wait_for_function("document.getElementById('self-check-summary').textContent.length > 0")
    return shown_findings(page)


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_page_lists_the_same_findings_as_the_command_line(tool, draft):
    text = draft.read_text(encoding="utf-8")
    expected = [[f.rule, f.line, f.column] for f in check_text(text)]
    assert run(tool, text) == expected


def test_clicking_a_finding_selects_its_place(tool):
    text = "一、上年度组织生活会问题整改落实情况\n我们认真学习了的的文件。\n"
    run(tool, text)
    tool.click("#self-check-results li[data-rule='PR-REPEAT-001']")
    selected = tool.eval_on_selector(
        "#self-check-input", "t => t.value.slice(t.selectionStart, t.selectionEnd)")
    assert selected == "的的"


def click_and_measure(page, item) -> dict:
    item.click()
    page.wait_for_timeout(100)  # a scroll the browser might still do after the click
    where = page.evaluate(SELECTION_IN_VIEW)
    where["focused"] = page.evaluate("document.activeElement.id")
    where["scrollTop"] = page.eval_on_selector("#self-check-input", "t => t.scrollTop")
    return where


def test_every_finding_of_a_long_draft_shows_in_the_box(sized_tool):
    page = sized_tool
    found = run(page, long_draft())
    assert len(found) >= 14
    box = page.eval_on_selector("#self-check-input", "t => [t.scrollHeight, t.clientHeight]")
    assert box[0] >= 3 * box[1], "the draft should fill at least three screens of the text box"
    items = page.locator("#self-check-results li.zz-self-check__item")
    order = list(range(len(found))) + list(reversed(range(len(found))))  # downwards, then back up
    hidden, scrolled = [], set()
    for i in order:
        excerpt = items.nth(i).locator("mark").inner_text()
        where = click_and_measure(page, items.nth(i))
        assert where["selected"] == excerpt and where["focused"] == "self-check-input"
        if not (where["inBox"] and where["inViewport"]):
            hidden.append((i, excerpt, where))
        scrolled.add(where["scrollTop"] // box[1])
    assert not hidden, f"选中的文字不在视野里：{hidden}"
    assert len(scrolled) >= 3, "the findings should be spread over the whole draft"
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    assert not axe_violations(page)


def test_findings_deep_in_a_very_long_draft_show_in_the_box(sized_tool):
    """Six times the long draft: a measuring error of a few percent would put
    the last findings thousands of pixels away."""
    page = sized_tool
    found = run(page, "\n\n".join([long_draft()] * 6))
    items = page.locator("#self-check-results li.zz-self-check__item")
    hidden = []
    for i in list(range(len(found) - 14, len(found))) + [len(found) // 2, 0]:
        where = click_and_measure(page, items.nth(i))
        if not (where["inBox"] and where["inViewport"]):
            hidden.append((i, where))
    assert not hidden, f"选中的文字不在视野里：{hidden}"


def test_a_finding_stays_in_view_when_the_phone_keyboard_opens(browser, site_url):
    context = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844},
                                  is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_tool(page, site_url)
        run(page, long_draft())
        items = page.locator("#self-check-results li.zz-self-check__item")
        for i in (items.count() - 1, 0, items.count() // 2):
            items.nth(i).click()
            page.set_viewport_size({"width": 390, "height": 400})  # the keyboard takes the lower half
            page.wait_for_timeout(200)
            where = page.evaluate(SELECTION_IN_VIEW)
            assert where["inBox"] and where["inViewport"], where
            page.set_viewport_size({"width": 390, "height": 844})
    finally:
        context.close()


def test_after_an_edit_a_click_finds_the_excerpt_where_it_moved(tool):
    run(tool, long_draft())
    tool.eval_on_selector("#self-check-input", "t => { t.value = '前面加了一句话。\\n' + t.value; "
                                               "t.dispatchEvent(new Event('input')); }")
    assert "改过了" in tool.inner_text("#self-check-summary")
    item = tool.locator("#self-check-results li[data-rule='PR-PUNCT-004']")
    where = click_and_measure(tool, item)
    assert where["selected"] == "。。" and where["inBox"]
    start = tool.eval_on_selector("#self-check-input", "t => t.selectionStart")
    assert tool.input_value("#self-check-input")[start - 8:start] == long_draft()[
        long_draft().index("。。") - 8:long_draft().index("。。")]


def test_back_button_returns_to_the_finding(sized_tool):
    page = sized_tool
    run(page, long_draft())
    item = page.locator("#self-check-results li.zz-self-check__item").nth(9)
    item.click()
    assert page.locator("#self-check-back").is_visible()
    page.click("#self-check-back")
    page.wait_for_timeout(100)
    top, bottom = item.evaluate("i => { const r = i.getBoundingClientRect(); return [r.top, r.bottom]; }")
    assert 0 <= top and bottom <= page.evaluate("innerHeight")
    assert page.evaluate("document.activeElement.closest('li') !== null")


def test_places_are_paragraphs_with_the_text_around(tool):
    text = ("二、存在的主要问题\n\n（一）理论学习方面。平时学习不够系统，往往满足于读原文、记笔记，"
            "对新思想的理解还不深，联系实际的的思考也不多。\n\n\n（二）纪律作风方面。有时对自己要求不严。\n")
    run(tool, text)
    item = tool.locator("#self-check-results li[data-rule='PR-REPEAT-001']")
    assert item.locator(".zz-self-check__locate").inner_text() == "第2段"   # line 3; blank lines do not count
    assert item.locator("mark").inner_text() == "的的"
    # Twelve characters before (cut: ……), the rest of the paragraph after.
    assert item.locator(".zz-self-check__excerpt").inner_text() == "……想的理解还不深，联系实际的的思考也不多。"
    assert "行" not in tool.inner_text("#self-check-results .zz-self-check__locate")


def test_rule_ids_are_shown_only_to_maintainers_who_ask(tool, site_url):
    run(tool, "我们认真学习了的的文件。")
    rule_ids = re.compile(r"PR-[A-Z]+-\d")
    assert not rule_ids.search(tool.inner_text("#self-check"))
    assert not tool.locator("#self-check-rules td:visible", has_text=rule_ids).count()
    tool.check("#self-check-show-rules")
    assert "PR-REPEAT-001" in tool.inner_text("#self-check-results")
    assert tool.locator("#self-check-rules td:visible", has_text="PR-REPEAT-001").count() == 1
    tool.goto(site_url + "tools/self-check/?rules=1")
    tool.wait_for_selector('#self-check[data-ready="1"]')
    assert tool.is_checked("#self-check-show-rules")
    tool.goto(site_url + "tools/self-check/")  # the choice is not stored anywhere
    tool.wait_for_selector('#self-check[data-ready="1"]')
    assert not tool.is_checked("#self-check-show-rules")
    assert tool.evaluate("Object.keys(localStorage).concat(Object.keys(sessionStorage))"
                         ".filter(k => /self-check|rule/i.test(k))") == []


@pytest.mark.parametrize("text", ["我们认真学习了的的文件。", ""], ids=["with-text", "empty"])
def test_leaving_with_text_in_the_box_asks_first(browser, site_url, text):
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        open_tool(page, site_url)
        page.fill("#self-check-input", text)
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
        page.close(run_before_unload=True)
        context.new_page().wait_for_timeout(500)  # the tab may be gone already
        assert dialogs == (["beforeunload"] if text else [])
        assert page.is_closed() != bool(text)
    finally:
        context.close()


def test_page_has_no_inline_script_of_its_own(tool):
    """Its scripts are files, which a CSP without 'unsafe-inline' allows (Material's
    own inline scripts are outside the article)."""
    assert tool.locator("article script:not([src])").count() == 0
    assert tool.locator("article script[src$='self-check/ui.js']").count() == 1


def test_gbk_text_file_is_decoded_with_a_notice(tool, tmp_path):
    draft = tmp_path / "材料.txt"
    draft.write_bytes("二、存在的主要问题\n学习抓得不紧的的问题。\n".encode("gbk"))
    tool.set_input_files("#self-check-file", str(draft))
    tool.wait_for_function("document.getElementById('self-check-input').value.includes('存在的主要问题')")
    assert "GB" in tool.inner_text("#self-check-status")
    tool.click("#self-check-run")
    tool.wait_for_selector("#self-check-results li[data-rule='PR-REPEAT-001']")


def test_docx_file_is_read_in_the_browser(tool, tmp_path):
    path = tmp_path / "材料.docx"
    document = docx.Document()
    for line in ("二、存在的主要问题", "（一）对照入党誓词方面", "有一次我把【具体事例】写进了材料。"):
        document.add_paragraph(line)
    document.save(path)
    tool.set_input_files("#self-check-file", str(path))
    tool.wait_for_function("document.getElementById('self-check-input').value.includes('对照入党誓词方面')")
    assert tool.input_value("#self-check-input").splitlines()[:3] == [
        "二、存在的主要问题", "（一）对照入党誓词方面", "有一次我把【具体事例】写进了材料。"]


def test_broken_docx_gets_one_clear_sentence(tool, tmp_path):
    path = tmp_path / "坏文件.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    tool.set_input_files("#self-check-file", str(path))
    tool.wait_for_function("document.getElementById('self-check-status').textContent.includes('docx')"
                           " || document.getElementById('self-check-status').textContent.includes('Word')")
    assert tool.input_value("#self-check-input") == ""


def test_pasted_html_and_script_stay_text(tool):
    dialogs = []
    tool.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>"引号"的的'
    found = run(tool, payload)
    assert found, "the straight quotes and 的的 should be reported"
    assert not dialogs
    assert tool.locator("#self-check-results img, #self-check-results script").count() == 0
    assert "<img src=x" in tool.inner_text("#self-check-results")


def test_from_the_offline_package(browser, offline_site):  # noqa: F811 (fixture)
    """From a folder (file://): scripts load, findings show in the box, ?rules=1 works."""
    context = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844},
                                  is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        watch = Watch(page, "file://")
        page.goto((offline_site / "tools" / "self-check.html").as_uri() + "?rules=1")
        page.wait_for_selector('#self-check[data-ready="1"]')
        found = run(page, long_draft())
        items = page.locator("#self-check-results li.zz-self-check__item")
        for i in (len(found) - 1, 0, len(found) // 2):
            where = click_and_measure(page, items.nth(i))
            assert where["inBox"] and where["inViewport"], where
        assert page.locator(".zz-self-check__rule:visible").count() == len(found)
    finally:
        context.close()
    assert not watch.problems, "\n".join(watch.problems)
