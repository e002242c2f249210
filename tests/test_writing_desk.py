"""The writing desk (工具 → 写作台) in Chromium, at desktop and phone width:
pick a framework and a post, tick statements (their paired cause and measure
come along and can be dropped), write an own paragraph, edit the draft, run
the self-check and jump to a finding, download .docx and .txt. The .docx is
opened with python-docx: official layout (the template downloads' styles,
page and footer, byte for byte) and the chosen text with name and date.
The same flow runs from the offline package and under the nginx sub-path."""
import datetime
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml.ns import qn

from zzshh.docx_export import layout
from zzshh.sitedata import statements
from zzshh.sitedelivery.nginx import SUB_PATH
from zzshh.writingdesk import frameworks
from site_crawl import Watch, axe_violations, origin_of
from test_nginx import nginx, served_site  # noqa: F401 (fixtures)
from test_offline import offline_site  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

DESK = "tools/writing-desk/"
NAME = "李红梅"
DATE, DATE_TEXT = "2026-12-01", "2026年12月1日"
OWN = "今年我还牵头建立了网格困难家庭台账，每月更新一次。"
EDIT = "党的二十届四中全会精神的的"  # replaces the first placeholder; 的的 is a finding
# Same for every download: the layout lives in these parts of the file.
LAYOUT_PARTS = ("word/styles.xml", "word/fontTable.xml", "word/footer1.xml", "word/settings.xml")
# Keys the desk stored; Material keeps its own (palette, tabs) too.
SAVED = "Object.keys(localStorage).filter(k => k.includes('writing-desk'))"
LEVEL_ONE = re.compile(r"^[一二三四五六七八九十]+、")
LEVEL_TWO = re.compile(r"^（[一二三四五六七八九十]+）")


class Case:
    """One run of the flow: a framework, the problem ticked and the section
    it is listed in, and the template whose download has the official
    layout to compare with."""

    def __init__(self, framework: dict, problem: str):
        self.framework, self.template, self.problem = framework["id"], framework["template"], problem
        item = statements.by_id()[problem]
        self.section = next(block["id"] for block in frameworks.blocks(self.template) if block["type"] == "section"
                            and block["page"] == item.page and block["discipline"] in (None, item.discipline))
        self.problem_text = item.text
        self.cause_text = statements.by_id()[item.cause].text
        self.measure_text = statements.by_id()[item.measure].text


def case_for(width: int) -> Case:
    """Desktop: the framework readers are in now (the default); phone: 2021's four comparisons."""
    offered = frameworks.frameworks(datetime.date.today())
    if width >= 1000:
        return Case(next(f for f in offered if f["current"]), "discipline-and-conduct-community-1")
    return Case(next(f for f in offered if f["id"] == "2021"), "party-oath-community-1")


def draft(page) -> str:
    return page.input_value("#desk-draft")


def open_desk(page, url: str) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_selector('#writing-desk[data-ready="1"]')


def pick_and_write(page, case: Case, keyboard: bool) -> None:
    if page.input_value("#desk-framework") != case.framework:
        page.select_option("#desk-framework", case.framework)
    page.select_option("#desk-post", "community")
    page.fill("#desk-name", NAME)
    page.fill("#desk-date", DATE)
    box = f"#desk-pick-{case.problem}"
    if keyboard:
        page.focus(box)
        page.keyboard.press("Space")
    else:
        page.check(box)
    assert page.is_checked(f"#desk-pair-{case.problem}-cause")
    assert page.is_checked(f"#desk-pair-{case.problem}-measure")
    text = draft(page)
    for wanted in (case.problem_text, case.cause_text, case.measure_text):
        assert wanted in text
    page.uncheck(f"#desk-pair-{case.problem}-measure")  # a proposed measure can be dropped
    assert case.measure_text not in draft(page)
    page.check(f"#desk-pair-{case.problem}-measure")
    page.fill(f"#desk-own-{case.section}", OWN)
    text = draft(page)
    assert OWN in text and text.index(case.problem_text) < text.index(OWN)
    assert text.startswith(f"{NAME}同志") and text.rstrip().endswith(f"{NAME}\n{DATE_TEXT}")


def edit_and_check(page) -> None:
    before = placeholders_left(page)
    page.click("#desk-next")
    selected = page.eval_on_selector("#desk-draft", "t => t.value.slice(t.selectionStart, t.selectionEnd)")
    assert selected.startswith("【") and selected.endswith("】")
    page.keyboard.type(EDIT)
    assert EDIT in draft(page)
    assert placeholders_left(page) == before - 1
    page.click("#desk-check")
    finding = page.locator("#desk-check-results li[data-rule='PR-REPEAT-001']")
    # Told as in 材料自查: the paragraph (non-empty lines) and the text around, no rule ID.
    line = int(finding.get_attribute("data-line"))
    paragraph = sum(1 for text in draft(page).split("\n")[:line] if text.strip())
    assert finding.locator("button").inner_text() == f"第{paragraph}段"
    assert finding.locator("mark").inner_text() == "的的"
    assert "四中全会精神的的" in finding.locator(".zz-desk__excerpt").inner_text()
    assert "PR-" not in page.inner_text("#desk-check-results")
    finding.locator("button").click()
    selected = page.eval_on_selector("#desk-draft", "t => t.value.slice(t.selectionStart, t.selectionEnd)")
    assert selected == "的的"


def placeholders_left(page) -> int:
    counts = page.inner_text("#desk-counts")
    return int(re.search(r"还有 (\d+) 处", counts).group(1))


def download(page, button: str, folder: Path) -> Path:
    with page.expect_download() as event:
        page.click(button)
    target = folder / event.value.suggested_filename
    event.value.save_as(target)
    return target


def run_flow(page, url: str, folder: Path, width: int, keyboard: bool = False) -> tuple[Case, Path, Path]:
    case = case_for(width)
    open_desk(page, url)
    pick_and_write(page, case, keyboard)
    edit_and_check(page)
    return case, download(page, "#desk-docx", folder), download(page, "#desk-txt", folder)


def kind_of(index: int, count: int, text: str) -> str:
    if index == 0:
        return "title"
    if index >= count - 2:
        return "signature"
    return "heading1" if LEVEL_ONE.match(text) else "heading2" if LEVEL_TWO.match(text) else "body"


def style_value(paragraph, read):
    style = paragraph.style
    while style is not None:
        value = read(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def east_asian_font(style):
    fonts = style.element.rPr.rFonts if style.element.rPr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def twips(length) -> int:
    """Word stores page measurements in twips (1/20 pt, 635 EMU)."""
    return round(length / 635)


def assert_official_docx(path: Path, case: Case, template_download: Path) -> None:
    document = docx.Document(str(path))
    section = document.sections[0]
    page = (section.page_width, section.page_height, section.top_margin, section.bottom_margin,
            section.left_margin, section.right_margin)
    spec = (layout.PAGE_WIDTH, layout.PAGE_HEIGHT, layout.MARGIN_TOP, layout.MARGIN_BOTTOM,
            layout.MARGIN_LEFT, layout.MARGIN_RIGHT)
    assert [twips(v) for v in page] == [twips(v) for v in spec], "纸张或页边距不符合 layout.py"
    paragraphs = document.paragraphs
    texts = [p.text for p in paragraphs]
    for wanted in (case.problem_text, case.cause_text, case.measure_text, OWN):
        assert wanted in texts
    assert texts[0].startswith(f"{NAME}同志") and texts[-2:] == [NAME, DATE_TEXT]
    assert any(EDIT in t for t in texts)
    kinds = [kind_of(index, len(paragraphs), p.text) for index, p in enumerate(paragraphs)]
    assert set(kinds) == set(layout.LOOKS), "每一种段落（标题、一级标题、二级标题、正文、署名）都应出现"
    for kind, paragraph in zip(kinds, paragraphs):
        look = layout.LOOKS[kind]
        where = f"{kind}: {paragraph.text[:16]}"
        assert paragraph.style.style_id == look.style_id, where
        assert style_value(paragraph, east_asian_font) == look.font, where
        assert style_value(paragraph, lambda s: s.font.size) == look.size, where
        assert style_value(paragraph, lambda s: s.paragraph_format.line_spacing) == layout.LINE_SPACING, where
        assert style_value(paragraph, lambda s: s.paragraph_format.line_spacing_rule) == WD_LINE_SPACING.EXACTLY
        marked = [r.text for r in paragraph.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
        assert marked == re.findall(r"【[^【】\n]*】", paragraph.text), where
    with zipfile.ZipFile(path) as ours, zipfile.ZipFile(template_download) as theirs:
        for part in LAYOUT_PARTS:
            assert ours.read(part) == theirs.read(part), f"{part} 与模板下载的 Word 文件不同"


def assert_text_file(path: Path, case: Case) -> None:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\n" not in text.replace("\r\n", "")
    assert case.problem_text in text and OWN in text and text.endswith(f"{NAME}\r\n{DATE_TEXT}\r\n")


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_pick_edit_check_and_download(browser, built_site, site_url, tmp_path, width):
    context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 900}, accept_downloads=True)
    try:
        page = context.new_page()
        watch = Watch(page, origin_of(site_url))
        case, word_file, text_file = run_flow(page, site_url + DESK, tmp_path, width, keyboard=width < 1000)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{width} px 宽时页面横向溢出 {overflow} px"
        assert not axe_violations(page)
    finally:
        context.close()
    assert not watch.problems, "\n".join(watch.problems)
    assert word_file.suffix == ".docx" and NAME in word_file.name
    assert_official_docx(word_file, case, built_site / "downloads" / f"{case.template}.docx")
    assert_text_file(text_file, case)


def test_leaving_with_unsaved_edits_asks_first(browser, site_url):
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        open_desk(page, site_url + DESK)
        page.locator("#desk-sections input[data-statement]").first.check()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
        page.close(run_before_unload=True)
        page.wait_for_timeout(500)
        assert dialogs == ["beforeunload"]
    finally:
        context.close()


def test_saved_only_when_asked_and_cleared_on_request(browser, site_url):
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        open_desk(page, site_url + DESK)
        first = page.locator("#desk-sections input[data-statement]").first
        first.check()
        assert not page.evaluate(SAVED), "没有勾选“保存在本机”就保存了"
        page.check("#desk-save")
        page.fill("#desk-name", NAME)
        picked = draft(page)
        open_desk(page, site_url + DESK)
        assert page.is_checked("#desk-save") and draft(page) == picked
        assert page.input_value("#desk-name") == NAME
        page.once("dialog", lambda dialog: dialog.accept())
        page.click("#desk-clear")
        assert not page.evaluate(SAVED)
        assert not page.is_checked("#desk-save") and page.input_value("#desk-name") == ""
        assert "【姓名】" in draft(page)
    finally:
        context.close()


def test_from_the_offline_package(browser, offline_site, tmp_path):
    context = browser.new_context(locale="zh-CN", accept_downloads=True)
    try:
        page = context.new_page()
        watch = Watch(page, "file://")
        url = (offline_site / "tools" / "writing-desk.html").as_uri()
        case, word_file, _ = run_flow(page, url, tmp_path, 1280)
    finally:
        context.close()
    assert not watch.problems, "\n".join(watch.problems)
    assert_official_docx(word_file, case, offline_site / "downloads" / f"{case.template}.docx")


@pytest.mark.nginx
def test_under_the_nginx_sub_path(browser, nginx, served_site, tmp_path):  # noqa: F811 (fixtures)
    context = browser.new_context(locale="zh-CN", accept_downloads=True)
    try:
        page = context.new_page()
        watch = Watch(page, origin_of(nginx.url))
        url = nginx.url + SUB_PATH.lstrip("/") + DESK
        case, word_file, _ = run_flow(page, url, tmp_path, 390)
    finally:
        context.close()
    assert not watch.problems, "\n".join(watch.problems)
    assert_official_docx(word_file, case, served_site / "downloads" / f"{case.template}.docx")
