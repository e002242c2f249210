"""Printing, in Chromium (page.pdf lays the page out for print, as the print
dialog does). The PDF, read back with pypdf, must hold the article with
every tab panel and collapsed block, and none of the site's navigation,
search or template buttons; pages are A4 and none ends with a heading."""
import re

import pytest
from pypdf import PdfReader

from zzshh.sitedata import templates
from template_site import places_url  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

COMPARISON = "comparisons/party-oath/"
FULL_TEMPLATE = "templates/"
BUTTON_LABELS = ["复制模板", "复制全文", "下载 Word 模板", "下载纯文本"]
A4_POINTS = (595.28, 841.89)  # 210 x 297 mm

# Labels of everything around the article: header, top tabs, sidebars, footer.
CHROME_LABELS = """() => {
  const texts = [...document.querySelectorAll(
    ".md-header__topic, .md-tabs__link, .md-sidebar .md-nav__link, .md-footer__direction, .md-footer__title")]
    .map(e => e.textContent.trim());
  texts.push(document.querySelector(".md-search__input").getAttribute("placeholder"));
  return texts.filter(t => t);
}"""
# The article as printed text, without the buttons and permalinks.
ARTICLE_TEXT = """() => {
  const article = document.querySelector("article").cloneNode(true);
  article.querySelectorAll(".zz-template__actions, .headerlink").forEach(e => e.remove());
  return article.textContent;
}"""
# An element's text without its buttons (hidden on paper).
WITHOUT_BUTTONS = """e => {
  const copy = e.cloneNode(true);
  copy.querySelectorAll(".zz-template__actions, .zz-statement__actions, .headerlink").forEach(b => b.remove());
  return copy.textContent;
}"""
HEADINGS = """() => [...document.querySelectorAll("article h1, article h2, article h3, article h4")]
  .map(h => h.textContent.replace("¶", "").trim())"""


# Chromium's PDF names each glyph by one code point. Where the font draws two
# code points with one glyph (工 and the Kangxi radical ⼯, 页 and ⻚; with Noto
# Sans CJK even 胶 and 㬵), the text read back has the other one. The spelling
# of each character is learnt once per module by printing them all.
CALIBRATED = "".join(map(chr, (*range(0x3001, 0x3040), *range(0xFF01, 0xFF5F), *range(0x4E00, 0xA000))))
CALIBRATION_LINE = 30
SPELLINGS: dict[int, str] = {}  # code point -> the character the PDF has for it


def squeeze(text: str) -> str:
    """PDF text breaks lines anywhere in Chinese text: compare without
    whitespace, and every character as the PDF spells it."""
    return re.sub(r"\s+", "", text).translate(SPELLINGS)


@pytest.fixture(scope="module", autouse=True)
def pdf_spellings(browser, places_url, tmp_path_factory):
    """Print every CJK character, in the site's fonts, regular and bold, and
    read the PDF back: fills SPELLINGS."""
    lines = [CALIBRATED[i:i + CALIBRATION_LINE] for i in range(0, len(CALIBRATED), CALIBRATION_LINE)]
    html = "".join(f"<p>ZZ{n}ZZ{line}</p><p><strong>ZZ{n}ZZ{line}</strong></p>" for n, line in enumerate(lines))
    context = browser.new_context(locale="zh-CN")
    try:
        tab = context.new_page()
        tab.goto(places_url)
        tab.evaluate("html => { document.querySelector('article').innerHTML = html; }", html)
        pdf = tmp_path_factory.mktemp("spellings") / "spellings.pdf"
        tab.pdf(path=str(pdf), prefer_css_page_size=True)
    finally:
        context.close()
    printed = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(pdf).pages))
    parts = re.split(r"ZZ(\d+)ZZ", printed)[1:]
    read = 0
    for number, text in zip(parts[::2], parts[1::2]):
        line = lines[int(number)]
        if len(text) == len(line):
            read += 1
            SPELLINGS.update({ord(a): b for a, b in zip(line, text) if a != b})
    assert read >= 1.8 * len(lines), f"只读回了 {read} 行（应为 {2 * len(lines)} 行）：PDF 文字无法对照"
    yield
    SPELLINGS.clear()


def print_pages(page, tmp_path) -> list[str]:
    """Print the page to PDF; the text of each printed page."""
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    reader = PdfReader(pdf)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert sizes and all(abs(w - A4_POINTS[0]) < 1 and abs(h - A4_POINTS[1]) < 1 for w, h in sizes), \
        f"不是 A4 纸（单位：点）：{sizes}"
    text = [p.extract_text() for p in reader.pages]
    return [p for p in text if p.strip()]


def assert_only_the_article(page, printed: str) -> None:
    article = squeeze(page.evaluate(ARTICLE_TEXT))
    labels = set(page.evaluate(CHROME_LABELS)) | set(BUTTON_LABELS)
    outside = sorted(label for label in labels if squeeze(label) not in article)
    # Labels the article's own prose also names (a page may say “点下载 Word 模板”)
    # cannot be told apart in the PDF; the rest must exist to be checked.
    assert {"维护说明", "搜索"} <= set(outside) and set(BUTTON_LABELS) & set(outside), outside
    assert [label for label in outside if squeeze(label) in printed] == []
    assert "¶" not in printed


def assert_no_page_ends_with_a_heading(page, pages: list[str]) -> None:
    headings = {squeeze(h) for h in page.evaluate(HEADINGS)}
    for number, text in enumerate(pages[:-1], start=1):
        last_line = [line for line in text.splitlines() if line.strip()][-1]
        assert squeeze(last_line) not in headings, f"第 {number} 页以标题“{last_line}”结尾"


def print_article(page, tmp_path, template: str) -> str:
    """Print the page: it must show every paragraph of the template, nothing
    around the article, and no heading at a page end. Returns the text."""
    pages = print_pages(page, tmp_path)
    printed = squeeze("".join(pages))
    for paragraph in templates.load(template).paragraphs:
        for text in (paragraph.cells if paragraph.kind == "table_row" else [paragraph.text]):
            assert squeeze(text) in printed, text
    assert_only_the_article(page, printed)
    assert_no_page_ends_with_a_heading(page, pages)
    return printed


def test_comparison_page_prints_the_article_with_every_tab(page, site_url, tmp_path):
    page.goto(site_url + COMPARISON)
    tabs = page.locator(".tabbed-set").first
    second_label = tabs.locator(".tabbed-labels > label").nth(1).text_content().strip()
    second_example = tabs.locator(".tabbed-block").nth(1).locator("li").first.evaluate(WITHOUT_BUTTONS)
    printed = print_article(page, tmp_path, "comparison-party-oath")
    assert squeeze(second_label) in printed
    assert squeeze(second_example) in printed


def test_full_template_prints_every_paragraph(page, site_url, tmp_path):
    page.goto(site_url + FULL_TEMPLATE)
    print_article(page, tmp_path, "full-material")


@pytest.mark.parametrize("path, template", [
    ("templates/", "full-discipline"),
    *((f"meeting/{name}/", name) for name in ("speaking-outline", "mutual-criticism", "rectification-ledger",
                                               "branch-committee-material", "democratic-appraisal",
                                               "heart-to-heart-record", "meeting-minutes")),
])
def test_templates_of_the_later_issues_print_whole(page, site_url, tmp_path, path, template):
    """The 六大纪律 template and the meeting papers, tables included."""
    page.goto(site_url + path)
    print_article(page, tmp_path, template)


def test_tabs_and_collapsed_blocks_print_open(page, places_url, tmp_path):
    page.goto(places_url)
    printed = squeeze("".join(print_pages(page, tmp_path)))
    for text in ("社区工作者", "第一个岗位没有模板。", "机关干部", "标签页里模板之后的文字。", "折叠块里模板之后的文字。"):
        assert squeeze(text) in printed, text
    for paragraph in templates.load("last-year").paragraphs:
        assert squeeze(paragraph.text) in printed, paragraph.text


def test_no_printed_page_ends_with_a_heading(page, places_url, tmp_path):
    page.goto(places_url + "headings/")
    assert_no_page_ends_with_a_heading(page, print_pages(page, tmp_path))


def test_print_opens_collapsed_blocks_and_closes_them_again(page, places_url):
    """Material does this on beforeprint; the print dialog and page.pdf fire it."""
    page.goto(places_url)
    count_open = "document.querySelectorAll('details[open]').length"
    assert page.evaluate(count_open) == 0
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(count_open) == page.locator("details").count() > 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate(count_open) == 0
