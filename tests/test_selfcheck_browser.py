"""The self-check page in Chromium: the page gives the command line's
findings, reads GBK .txt and .docx files, jumps to a finding, runs untrusted
text as text only and sends nothing anywhere."""
import docx
import pytest

from zzshh.selfcheck import check_text
from selfcheck_support import VECTORS

pytestmark = pytest.mark.browser

DRAFTS = sorted(p for p in VECTORS.glob("planted-*.txt")) + sorted(VECTORS.glob("clean-*.txt"))


@pytest.fixture
def tool(page, site_url):
    """The self-check page, ready, with every request outside its origin recorded."""
    outside = []
    page.on("request", lambda r: None if r.url.startswith(site_url) else outside.append(r.url))
    page.goto(site_url + "tools/self-check/")
    page.wait_for_selector('#self-check[data-ready="1"]')
    yield page
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
