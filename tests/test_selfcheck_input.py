"""Bad and unusual input for the self-check command line: empty, binary,
GBK, BOM, UTF-16, corrupt and password-protected .docx, a 10 MB file,
pasted HTML; exit codes and --format json."""
import json
import os
import re
import subprocess
import sys
import zipfile

import docx
import pytest

from zzshh.selfcheck import check_text
from zzshh.selfcheck.readers import read_draft
from selfcheck_support import ROOT, VECTORS, node

CLI = ROOT / "scripts" / "self_check.py"
CLEAN = (VECTORS / "clean-01-community.txt").read_text(encoding="utf-8")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run_cli(*args) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(CLI), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)


def json_findings(path) -> dict:
    result = run_cli(path, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def assert_refused(result, *words):
    assert result.returncode == 2
    assert result.stdout == ""
    message = result.stderr.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    for word in words:
        assert word in message


def test_clean_draft_exits_0(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = run_cli(path)
    assert result.returncode == 0, result.stdout
    assert "没有发现问题" in result.stdout


def test_errors_exit_1_and_are_listed_with_file_line_and_rule(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(CLEAN.replace("挤一挤", "再接再励，挤一挤"), encoding="utf-8")
    result = run_cli(path)
    assert result.returncode == 1
    assert re.search(rf"{re.escape(str(path))}:\d+:\d+: 错误 PR-WORD-001 ", result.stdout)


def test_warnings_alone_exit_0(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(CLEAN.replace("辖区有2户", "辖区某某小区有2户"), encoding="utf-8")
    result = run_cli(path)
    assert result.returncode == 0
    assert "PR-PLACEHOLDER-003" in result.stdout


def test_json_output(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("积极的参加活动。\n", encoding="utf-8")
    data = json_findings(path)
    assert data["counts"]["error"] == 1
    finding = next(f for f in data["findings"] if f["rule"] == "PR-DE-001")
    assert finding == {"rule": "PR-DE-001", "severity": "error", "line": 1, "column": 1, "length": 5,
                       "excerpt": "积极的参加", "message": "“积极的参加”里修饰语后面是动词，修饰动词要用“地”。",
                       "suggestion": "改为“积极地参加”。"}


def test_missing_file_and_wrong_type(tmp_path):
    assert_refused(run_cli(tmp_path / "none.txt"), "找不到文件")
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert_refused(run_cli(old), ".docx")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_refused(run_cli(path), "空的")
    path.write_text("\n \n\u3000\n", encoding="utf-8")
    assert_refused(run_cli(path), "空的")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert_refused(run_cli(path), "不是文本文件")
    path.write_bytes(b"PK\x03\x04" + os.urandom(200))
    assert_refused(run_cli(path), ".docx")


def test_gbk_text_is_decoded_with_a_notice(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("我能够积极的参加支部活动。\n".encode("gbk"))
    data = json_findings(path)
    assert any("GB18030" in n for n in data["notices"])
    assert [f["rule"] for f in data["findings"] if f["severity"] == "error"] == ["PR-DE-001"]
    result = run_cli(path)
    assert "GB18030" in result.stderr


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff积极的参加活动。".encode("utf-8"))
    finding = next(f for f in json_findings(path)["findings"] if f["rule"] == "PR-DE-001")
    assert (finding["line"], finding["column"]) == (1, 1)


def test_utf16_text_from_notepad(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("积极的参加活动。".encode("utf-16"))
    data = json_findings(path)
    assert data["notices"] and data["findings"][0]["excerpt"] == "积极的参加"


def test_corrupt_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(500))
    assert_refused(run_cli(path), "损坏")
    path.write_bytes(b"")
    assert_refused(run_cli(path), "损坏")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body>")
    assert_refused(run_cli(path), "损坏")


def test_password_protected_docx(tmp_path):
    """Word saves an encrypted .docx as an OLE compound file."""
    path = tmp_path / "secret.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4000))
    assert_refused(run_cli(path), "密码")


def test_docx_paragraphs_become_lines(tmp_path):
    document = docx.Document()
    for line in CLEAN.splitlines():
        document.add_paragraph(line.replace("挤一挤", "挤一挤，的的"))
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "表格里也要检查：再接再励。"
    path = tmp_path / "draft.docx"
    document.save(path)
    draft = read_draft(path)
    assert draft.text.splitlines()[: len(CLEAN.splitlines())] == [
        line.replace("挤一挤", "挤一挤，的的") for line in CLEAN.splitlines()]
    data = json_findings(path)
    rules = {(f["rule"], f["line"]) for f in data["findings"]}
    line = next(i for i, text in enumerate(CLEAN.splitlines(), 1) if "挤一挤" in text)
    assert ("PR-REPEAT-001", line) in rules
    assert any(rule == "PR-WORD-001" for rule, _ in rules)


def _numbered_docx(path):
    """A .docx whose 一、 and （一） come from Word's automatic numbering."""
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
              '<w:lvlText w:val="%1、"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
              '<w:lvlText w:val="（%2）"/></w:lvl>')
    numbering = (f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

    def para(text, level=None):
        props = (f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                 if level is not None else "")
        return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"
    body = "".join([
        para("上年度组织生活会问题整改落实情况", 0), para("已全部整改。"),
        para("存在的主要问题", 0), para("理论学习方面。今年学习12次，学得不深，联系社区救助工作实际不够，遇到新政策只看通知不读原文，向群众解释时说不清楚依据。", 1),
        para("纪律作风方面。今年3月接受了服务对象的一箱水果，第二天才退回，对廉洁纪律的要求认识不到位，对小事小节警惕性不高。", 1),
        para("下一步整改措施", 0), para("每周学习理论两小时。"),
    ])
    document = f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/numbering.xml", numbering)


def test_docx_automatic_numbering_is_read_as_text(tmp_path):
    path = tmp_path / "numbered.docx"
    _numbered_docx(path)
    lines = read_draft(path).text.splitlines()
    assert [line[:3] for line in lines if line[:1] in "一二三（"] == ["一、上", "二、存", "（一）", "（二）", "三、下"]
    rules = {f["rule"] for f in json_findings(path)["findings"]}
    assert "PR-STRUCT-001" in rules  # 原因剖析 is missing


def test_ten_megabyte_file(tmp_path):
    path = tmp_path / "huge.txt"
    block = (CLEAN + "\n") .encode("utf-8")
    path.write_bytes(block * (10 * 1024 * 1024 // len(block) + 1))
    assert path.stat().st_size >= 10 * 1024 * 1024
    result = run_cli(path, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["findings"]


@pytest.mark.node
def test_text_as_long_as_the_readers_pass_in_javascript(tmp_path):
    # The readers hand the engine at most MAX_CHARS characters (the 10 MB
    # file itself is tested above); Node and the embedded runtime agree there.
    from zzshh.selfcheck.readers import MAX_CHARS
    text = (CLEAN + "\n") * (MAX_CHARS // len(CLEAN + "\n") + 1)
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    engine = ROOT / "docs" / "assets" / "javascripts" / "self-check" / "engine.js"
    ruleset = tmp_path / "ruleset.json"
    from zzshh.selfcheck import default_ruleset
    from zzshh.selfcheck.ruleset import to_json
    ruleset.write_text(to_json(default_ruleset()), encoding="utf-8")
    program = ("const fs=require('fs');const e=require(process.argv[1]);"
               "const f=e.checkText(fs.readFileSync(process.argv[2],'utf8'),JSON.parse(fs.readFileSync(process.argv[3],'utf8')));"
               "process.stdout.write(String(f.length));")
    result = subprocess.run([node(), "-e", program, str(engine), str(path), str(ruleset)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout) == len(check_text(text))


def test_pasted_html_and_script_is_only_text():
    text = '<script>document.title="x"</script><img src=x onerror=alert(1)>我们要再接再励。'
    findings = check_text(text)
    assert "PR-WORD-001" in {f.rule for f in findings}
    assert all("<script>" not in f.message for f in findings)


def test_ui_never_writes_html_from_text():
    """The page shows excerpts with textContent only: no innerHTML and the like."""
    folder = ROOT / "docs" / "assets" / "javascripts" / "self-check"
    for path in folder.glob("*.js"):
        source = path.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in source, f"{path.name} uses {sink}"


@pytest.mark.parametrize("name", ["draft.md", "draft.markdown"])
def test_markdown_drafts(tmp_path, name):
    path = tmp_path / name
    path.write_text(CLEAN.replace("一、上年度", "## 一、上年度").replace("二、存在", "**二、存在"), encoding="utf-8")
    data = json_findings(path)
    assert [f for f in data["findings"] if f["severity"] == "error"] == []


READER_CASES = {
    "utf8.txt": "积极的参加活动。\n第二行".encode("utf-8"),
    "bom.txt": "\ufeff积极的参加活动。".encode("utf-8"),
    "gbk.txt": "我能够积极的参加支部活动。".encode("gbk"),
    "utf16.txt": "积极的参加活动。".encode("utf-16"),
    "binary.txt": bytes(range(256)) * 4,
    "control.txt": b"abc\x01\x02\x03\x04\x05def",
    "zip.txt": b"PK\x03\x04" + b"\x00" * 20,
    "ole.txt": b"\xd0\xcf\x11\xe0" + b"\x00" * 20,
    "empty.md": b"",
    "blank.md": "\n\u3000\n".encode("utf-8"),
    "old.doc": b"abc",
    "secret.docx": b"\xd0\xcf\x11\xe0" + b"\x00" * 20,
}


@pytest.mark.node
def test_browser_reader_matches_python_reader_on_text_files(tmp_path):
    """reader.js gives the same text, notices and messages as readers.py
    (.docx needs the browser's DOMParser and is left to the page tests)."""
    from zzshh.selfcheck.errors import ReadError
    expected = {}
    for name, data in READER_CASES.items():
        path = tmp_path / name
        path.write_bytes(data)
        try:
            draft = read_draft(path)
            expected[name] = {"text": draft.text, "notices": draft.notices}
        except ReadError as err:
            expected[name] = {"error": str(err)}
    reader = ROOT / "docs" / "assets" / "javascripts" / "self-check" / "reader.js"
    program = ("const r=require(process.argv[1]);const fs=require('fs');const out={};"
               "for (const name of JSON.parse(process.argv[3])) {const b=fs.readFileSync(process.argv[2]+'/'+name);"
               "try {const d=r.read(name,b.buffer.slice(b.byteOffset,b.byteOffset+b.length));out[name]={text:d.text,notices:d.notices};}"
               "catch (e) {out[name]={error:e.message};}}process.stdout.write(JSON.stringify(out));")
    result = subprocess.run([node(), "-e", program, str(reader), str(tmp_path), json.dumps(list(READER_CASES))],
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
