"""Input that cannot hurt the self-check (issue #12, "Bad input"): every bad
file ends with exit 0, 1 or 2, one sentence and no traceback, in seconds and
well under 500 MB, and the page's reader (reader.js) reads it exactly as the
command line's (readers.py) does.

The fixtures are generated here (nothing big is committed): damaged deflate
data, zip bombs, sizes that lie, missing parts, files that are not what
their name says, encodings without BOM, a bad byte, 10 MB on one line,
formulations packed on one line, headers/footers/notes, malformed numbering.
Speed goals live in the bench (scripts/bench_self_check.py --bad-input);
the bounds asserted here are loose on purpose (a shared machine is slow)."""
import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from zzshh.selfcheck.errors import ReadError
from zzshh.selfcheck.readers import MAX_CHARS, read_draft
from selfcheck_support import ROOT, VECTORS, node
from test_selfcheck_browser import tool  # noqa: F401  (the page, ready, nothing sent outside)

CLI = ROOT / "scripts" / "self_check.py"
READER_JS = ROOT / "docs" / "assets" / "javascripts" / "self-check" / "reader.js"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CLEAN = (VECTORS / "clean-01-community.txt").read_text(encoding="utf-8")
# Loose bounds for a test on a busy machine; the goals (10 s, 500 MB) are the bench's.
LOOSE_SECONDS = 60
LOOSE_RSS_MB = 1000

# --------------------------------------------------------------- generators


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, num: tuple[str, str] | None = None) -> str:
    props = (f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
             if num else "")
    return f"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{xml_escape(text)}</w:t></w:r></w:p>"


def document(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def part(root: str, inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{root} xmlns:w="{W_NS}">{inner}</w:{root}>'


def docx(body: str, parts: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document(body))
        for name, text in (parts or {}).items():
            archive.writestr(name, text)
    return out.getvalue()


def streamed_docx(head: bytes, unit: bytes, size: int, tail: bytes) -> bytes:
    """A .docx whose document.xml is `size` bytes of `unit` between head and
    tail, written piece by piece (the XML never exists in memory whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=False) as stream:
            stream.write(head)
            block = unit * max(1, (1 << 20) // len(unit))
            for _ in range(size // len(block)):
                stream.write(block)
            stream.write(tail)
    return out.getvalue()


def _doc_head() -> bytes:
    return f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>'.encode()


def markup_bomb() -> bytes:
    """~100 MB of XML that holds no text at all, in a few hundred KB."""
    return streamed_docx(_doc_head() + b"<w:p>", b"<w:r/>", 100 << 20, b"</w:p></w:body></w:document>")


def text_bomb() -> bytes:
    """~100 MB of XML made of ordinary paragraphs."""
    unit = para("我们要认真学习，把工作做细做实，再接再励。").encode()
    return streamed_docx(_doc_head(), unit, 100 << 20, b"</w:body></w:document>")


def _entry_offsets(data: bytes, name: str) -> tuple[int, int]:
    """(local header offset, central directory entry offset) of a part."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(name).header_offset
    central = data.index(b"PK\x01\x02")
    while struct.unpack_from("<I", data, central + 42)[0] != local:
        central = data.index(b"PK\x01\x02", central + 4)
    return local, central


def lying_sizes(data: bytes, size: int, name: str = "word/document.xml") -> bytes:
    """The part's uncompressed size set to `size` in the local header and the
    central directory alike."""
    local, central = _entry_offsets(data, name)
    patched = bytearray(data)
    struct.pack_into("<I", patched, local + 22, size)
    struct.pack_into("<I", patched, central + 24, size)
    return bytes(patched)


def damaged_deflate() -> bytes:
    """A .docx whose document.xml has a run of garbage in its deflate data."""
    data = docx("".join(para(line) for line in CLEAN.splitlines()) * 4)
    local, _ = _entry_offsets(data, "word/document.xml")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
    start = local + 30 + struct.unpack_from("<H", data, local + 26)[0] + struct.unpack_from("<H", data, local + 28)[0]
    for at in range(start + info.compress_size // 2, start + info.compress_size - 64, 97):
        patched = bytearray(data)
        patched[at:at + 24] = b"\xff" * 24
        try:
            zlib.decompressobj(-15).decompress(bytes(patched[start:start + info.compress_size]))
        except zlib.error:
            return bytes(patched)
    raise AssertionError("could not damage the deflate data")


def no_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", part("styles", ""))
    return out.getvalue()


def ole() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 16


SAMPLE = "二、存在的主要问题\n在学习上不够深入，工作中再接再励的劲头不足。\nOK，下一步要加强学习。\n"
PURE = "在学习上不够深入，工作中再接再励的劲头不足。"


def one_bad_byte() -> bytes:
    lines = [line.encode() for line in (CLEAN.splitlines() + ["工作中再接再励。"])]
    lines[2] = lines[2][:6] + b"\xff" + lines[2][6:]
    return b"\n".join(lines)


def headers_and_notes() -> bytes:
    body = "".join(para(line) for line in CLEAN.splitlines())
    return docx(body, {
        "word/header1.xml": part("hdr", para("中共某某社区支部委员会") + para("")),
        "word/header2.xml": part("hdr", para("中共某某社区支部委员会")),
        "word/footer1.xml": part("ftr", para("第 1 页，页脚里再接再励")),
        "word/footnotes.xml": part("footnotes",
                                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                                   '<w:footnote w:id="1">' + para("脚注：按规定的的程序办理。") + "</w:footnote>"),
    })


def bad_numbering() -> bytes:
    """Automatic numbering with starts Word would never write."""
    def level(ilvl, start, fmt="chineseCounting", text="%1、"):
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/></w:lvl>')
    numbering = part("numbering",
                     '<w:abstractNum w:abstractNumId="0">' + level("0", "abc") + level("1", "", "chineseCounting", "（%2）")
                     + level("2", "1.5", "decimal", "%3.") + level("3", "-4", "lowerLetter", "%4)")
                     + level("²", "2") + "</w:abstractNum>"
                     '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                     '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="x7"/></w:lvlOverride></w:num>'
                     '<w:num w:numId="2"><w:abstractNumId w:val="nope"/></w:num>')
    body = "".join([
        para("上年度问题整改情况", ("1", "0")), para("已整改。"),
        para("存在的主要问题", ("1", "0")), para("学习方面", ("1", "1")), para("学得不深。", ("1", "2")),
        para("另一条", ("1", "3")), para("奇怪的级别", ("1", "²")), para("没有定义的编号", ("2", "0")),
        para("编号为空", ("", "")),
    ])
    return docx(body, {"word/numbering.xml": numbering})


def side_bomb(size: int) -> bytes:
    """A normal body; styles.xml is `size` bytes of empty elements."""
    unit = b"<w:latentStyles/>"
    inner = unit * (size // len(unit))
    styles = f'<w:styles xmlns:w="{W_NS}">'.encode() + inner + b"</w:styles>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document(para("工作中再接再励。")))
        archive.writestr("word/styles.xml", styles)
        archive.writestr("word/footer1.xml", part("ftr", para("页脚")))
    return out.getvalue()


def dense_line(chars: int) -> bytes:
    unit = "增强四个意识、坚定四个自信、做到两个维护，"
    return (unit * (chars // len(unit) + 1))[:chars].encode()


def ten_mb_line() -> bytes:
    unit = "我们要认真学习，把工作做细做实，".encode()
    return unit * (10 * 1024 * 1024 // len(unit) + 1)


@dataclass
class Case:
    file: str                # file name (the suffix matters)
    make: object             # () -> bytes
    codes: tuple[int, ...]   # acceptable exit codes
    says: tuple[str, ...] = ()  # words in the error or in a notice
    rule: str = ""           # a rule that must be found (the text really was read)


CASES = {
    "damaged-deflate": Case("坏压缩.docx", damaged_deflate, (2,), ("损坏",)),
    "markup-bomb": Case("炸弹.docx", markup_bomb, (2,), ("16 MB", "100 万个 XML 元素")),
    "text-bomb": Case("超长.docx", text_bomb, (1,), ("100 万字",), "PR-WORD-001"),
    "lying-size-huge": Case("谎报大.docx", lambda: lying_sizes(markup_bomb(), 0x7FFFFFF0), (2,), ("16 MB", "100 万个 XML 元素")),
    "lying-size-small": Case("谎报小.docx", lambda: lying_sizes(text_bomb(), 1000), (2,), ("损坏",)),
    "no-document-xml": Case("缺正文.docx", no_document, (2,), ("损坏",)),
    "not-a-zip": Case("假的.docx", lambda: SAMPLE.encode(), (2,), ("损坏",)),
    "ole-docx": Case("加密.docx", ole, (2,), ("密码",)),
    "ole-doc": Case("旧版.doc", ole, (2,), (".docx",)),
    "utf16le-no-bom": Case("无BOM小端.txt", lambda: SAMPLE.encode("utf-16-le"), (1,), ("UTF-16",), "PR-WORD-001"),
    "utf16be-no-bom": Case("无BOM大端.txt", lambda: SAMPLE.encode("utf-16-be"), (1,), ("UTF-16",), "PR-WORD-001"),
    "utf16le-no-bom-no-ascii": Case("纯中文.txt", lambda: PURE.encode("utf-16-le"), (1,), ("UTF-16",), "PR-WORD-001"),
    "utf8-one-bad-byte": Case("坏字节.txt", one_bad_byte, (1,), ("第 3 行", "\ufffd"), "PR-WORD-001"),
    "gbk": Case("国标.txt", lambda: SAMPLE.encode("gbk"), (1,), ("GB18030",), "PR-WORD-001"),
    "latin1-byte-in-english": Case("notes.md", lambda: b"the cafe\xe9 is where we meet every week\n", (0,),
                                   ("第 1 行",)),
    "empty": Case("空.txt", lambda: b"", (2,), ("空的",)),
    "ten-mb-one-line": Case("一行.txt", ten_mb_line, (0, 1), ("100 万字",)),
    "dense-100k": Case("密集.txt", lambda: dense_line(100_000), (0, 1)),
    "dense-1m": Case("密集百万.txt", lambda: dense_line(MAX_CHARS), (0, 1)),
    "headers-footers-notes": Case("页眉.docx", headers_and_notes, (1,), ("页眉、页脚、脚注",), "PR-REPEAT-001"),
    "bad-numbering-start": Case("编号.docx", bad_numbering, (0, 1)),
    "styles-many-elements": Case("样式多.docx", lambda: side_bomb(3_900_000), (1,), ("页脚",), "PR-WORD-001"),
    "styles-over-budget": Case("样式大.docx", lambda: side_bomb(6_000_000), (1,), ("过大",), "PR-WORD-001"),
}


@pytest.fixture(scope="session")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad-input")
    files = {}
    for key, case in CASES.items():
        path = folder / key / case.file
        path.parent.mkdir()
        path.write_bytes(case.make())
        files[key] = path
    return files


# --------------------------------------------------------------- the CLI


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    rss_mb: float


# Runs the command line and, at exit, writes its peak RSS (VmHWM, Linux) to a
# file. wait4's ru_maxrss would not do: a child started from a big process
# (pytest, the bench) inherits that process's high-water mark through exec.
MEASURED = """
import atexit, os, runpy, sys
def report():
    try:
        with open("/proc/self/status") as status:
            peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
        with open(os.environ["ZZ_PEAK_FILE"], "w") as out:
            out.write(peak)
    except (OSError, StopIteration):
        pass
atexit.register(report)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def run_measured(*args) -> Run:
    """Runs the command line; its time and its own peak memory."""
    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"selfcheck-bad-{os.getpid()}"
    files = {k: Path(f"{base}.{k}") for k in ("out", "err", "peak")}
    env = dict(os.environ, PYTHONIOENCODING="utf-8", ZZ_PEAK_FILE=str(files["peak"]))
    files["peak"].unlink(missing_ok=True)
    with open(os.devnull, "rb") as stdin, open(files["out"], "wb") as stdout, open(files["err"], "wb") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", MEASURED, str(CLI), *map(str, args)], stdin=stdin,
                                   stdout=stdout, stderr=stderr, env=env)
        code = process.wait()
        seconds = time.perf_counter() - start
    texts = [files[k].read_text(encoding="utf-8", errors="replace") for k in ("out", "err")]
    peak_kb = int(files["peak"].read_text()) if files["peak"].exists() else 0
    for path in files.values():
        path.unlink(missing_ok=True)
    return Run(code, texts[0], texts[1], seconds, peak_kb / 1024)


@pytest.mark.parametrize("key", list(CASES))
def test_command_line_survives(bad_files, key):
    case = CASES[key]
    run = run_measured(bad_files[key], "--format", "json")
    print(f"{key}: exit {run.code}, {run.seconds:.1f} s, {run.rss_mb:.0f} MB")
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.code in case.codes, (run.code, run.stderr[-500:])
    assert run.seconds < LOOSE_SECONDS and run.rss_mb < LOOSE_RSS_MB
    if run.code == 2:
        assert run.stdout == ""
        message = run.stderr.strip()
        assert len(message.splitlines()) == 1 and message.startswith("无法检查："), message
        for word in case.says:
            assert word in message, message
        return
    data = json.loads(run.stdout)
    for word in case.says:
        assert any(word in notice for notice in data["notices"]), data["notices"]
    if case.rule:
        assert case.rule in {f["rule"] for f in data["findings"]}


def test_findings_are_capped_with_a_notice(tmp_path):
    path = tmp_path / "多.txt"
    path.write_text("再接再励。" * 2000, encoding="utf-8")
    run = run_measured(path, "--format", "json")
    data = json.loads(run.stdout)
    assert data["counts"]["error"] >= 2000 and len(data["findings"]) == 500
    assert any("只列出前 500 条" in n for n in data["notices"])
    text = run_measured(path)
    assert text.code == 1 and len(text.stdout.splitlines()) == 501
    assert "只列出前 500 条" in text.stderr


# --------------------------------------------------------------- what is read


def test_text_is_cut_at_a_million_characters(bad_files):
    draft = read_draft(bad_files["ten-mb-one-line"])
    assert len(draft.text) == MAX_CHARS and "\n" not in draft.text
    draft = read_draft(bad_files["text-bomb"])
    assert len(draft.text) == MAX_CHARS
    assert draft.text.splitlines()[0] == "我们要认真学习，把工作做细做实，再接再励。"


def test_encodings_without_bom_and_a_bad_byte(bad_files):
    for key in ("utf16le-no-bom", "utf16be-no-bom"):
        assert read_draft(bad_files[key]).text == SAMPLE
    assert read_draft(bad_files["utf16le-no-bom-no-ascii"]).text == PURE
    draft = read_draft(bad_files["utf8-one-bad-byte"])
    lines = draft.text.splitlines()
    assert "\ufffd" in lines[2] and sum(line.count("\ufffd") for line in lines) == 1
    assert lines[:2] == CLEAN.splitlines()[:2]
    assert draft.notices == ["文件中有 1 处文字无法识别（第 3 行），已显示为“\ufffd”，请对照原文核对。"]


def test_english_with_a_latin1_byte_is_not_read_as_utf16(tmp_path):
    """Lowercase ASCII read as UTF-16 looks like CJK; it must stay UTF-8."""
    path = tmp_path / "notes.md"
    path.write_bytes(b"the cafe\xe9 is where we meet every week to read\nand talk about the work\n")
    draft = read_draft(path)
    assert draft.text.startswith("the cafe") and "第 1 行" in draft.notices[0]


def test_mostly_broken_utf8_is_not_guessed_as_utf8(tmp_path):
    path = tmp_path / "乱.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(ReadError):
        read_draft(path)


def test_headers_footers_and_notes_follow_the_body(bad_files):
    draft = read_draft(bad_files["headers-footers-notes"])
    lines = draft.text.splitlines()
    body = len(CLEAN.splitlines())
    assert lines[:body] == CLEAN.splitlines()
    # Each text once, empty paragraphs and the footnote separator left out.
    assert lines[body:] == ["中共某某社区支部委员会", "第 1 页，页脚里再接再励", "脚注：按规定的的程序办理。"]
    assert draft.notices == [f"已把页眉、页脚、脚注中的文字附在正文后面一并检查（从第 {body + 1} 段起）。"]


def test_malformed_numbering_starts_are_read_as_the_page_reads_them(bad_files):
    lines = read_draft(bad_files["bad-numbering-start"]).text.splitlines()
    # start "abc" and "" -> 1; "1.5" -> 1 but overridden by "x7" -> 1; "-4" -> 1;
    # ilvl "²" is not a number: it counts on level 0 (三); numId 2 points nowhere.
    assert lines == ["一、上年度问题整改情况", "已整改。", "二、存在的主要问题", "（一）学习方面", "1.学得不深。",
                     "a)另一条", "三、奇怪的级别", "没有定义的编号", "编号为空"]


def test_paragraph_properties_are_not_text(tmp_path):
    """Tab stops in w:pPr and a tracked change's old numbering are not read."""
    body = ('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>'
            '<w:pPrChange><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>'
            '</w:pPr><w:r><w:t>正文</w:t><w:tab/><w:t>第二段</w:t></w:r></w:p>')
    numbering = part("numbering", '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                     '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                     '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    path = tmp_path / "a.docx"
    path.write_bytes(docx(body, {"word/numbering.xml": numbering}))
    assert read_draft(path).text == "正文\t第二段"


def test_doctype_is_refused(tmp_path):
    path = tmp_path / "laughs.docx"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
                         f'<w:document xmlns:w="{W_NS}"><w:body>{para("&a;")}</w:body></w:document>')
    path.write_bytes(out.getvalue())
    with pytest.raises(ReadError, match="损坏"):
        read_draft(path)


# --------------------------------------------------------------- the page's reader


def js_read(paths: list[Path]) -> dict:
    program = ("const r=require(process.argv[1]);const fs=require('fs');const out={};"
               "for (const p of JSON.parse(process.argv[2])) {const b=fs.readFileSync(p);const t0=Date.now();"
               "try {const d=r.read(require('path').basename(p),b.buffer.slice(b.byteOffset,b.byteOffset+b.length));"
               "out[p]={text:d.text,notices:d.notices};}"
               "catch (e) {out[p]={error:e.message};}"
               "out[p].ms=Date.now()-t0;}process.stdout.write(JSON.stringify(out));")
    result = subprocess.run([node(), "--max-old-space-size=1024", "-e", program, str(READER_JS),
                             json.dumps([str(p) for p in paths])],
                            capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def py_read(path: Path) -> dict:
    try:
        draft = read_draft(path)
        return {"text": draft.text, "notices": draft.notices}
    except ReadError as err:
        return {"error": str(err)}


@pytest.mark.node
def test_page_reader_matches_the_command_line_reader(bad_files):
    """reader.js (run in Node, as in the browser) and readers.py give the same
    text, notices and error sentences for every bad input."""
    got = js_read(list(bad_files.values()))
    for key, path in bad_files.items():
        js = got[str(path)]
        print(f"{key}: reader.js {js.pop('ms')} ms")
        assert js == py_read(path), key


MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# XML that a tokenizer can get wrong: both readers must agree on all of it.
TRICKY_XML = {
    "other-prefix": f'<x:document xmlns:x="{W_NS}"><x:body><x:p><x:r><x:t>前缀不同</x:t></x:r></x:p></x:body></x:document>',
    "default-ns": f'<document xmlns="{W_NS}"><body><p><r><t>默认命名空间</t></r></p></body></document>',
    "entities": document(para("a&b<c>") + '<w:p><w:r><w:t>&#x4E2D;&#25991;&quot;&apos;</w:t></w:r></w:p>'),
    "comment-cdata-pi": document('<!-- 注释 <w:p> --><?pi x?><w:p><w:r><w:t><![CDATA[<原样>]]></w:t></w:r></w:p>'),
    "text-box": document(
        f'<w:p xmlns:mc="{MC_NS}"><w:r><w:t>外</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        '<w:drawing><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:pict>'
        '</mc:Fallback></mc:AlternateContent><w:r><w:t>段</w:t><w:br/><w:t>换行</w:t><w:noBreakHyphen/></w:r></w:p>'),
    "long-run": document("<w:p><w:r><w:t>" + "长" * 1_500_000 + "</w:t></w:r></w:p>"),
    "long-attribute": document('<w:p w:rsidR="' + "0" * 3_000_000 + '">' + para("属性很长")[5:]),
    "astral": document(para("𠀀𠀁" * 600_000)),
    "unbound-prefix": f'<w:document><w:body>{para("x")}</w:body></w:document>',
    "mismatched": document("<w:p><w:r></w:p></w:r>"),
    "junk-after-root": document(para("x")) + "<w:p/>",
    "bad-entity": document(para("x").replace("x", "&nbsp;")),
    "control-char": document(para("x").replace("x", "a\x01b")),
    "truncated": document(para("x"))[:-20],
}


@pytest.mark.node
def test_page_reader_parses_xml_as_expat_does(tmp_path):
    paths = []
    for name, xml in TRICKY_XML.items():
        path = tmp_path / f"{name}.docx"
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("word/document.xml", xml)
        path.write_bytes(out.getvalue())
        paths.append(path)
    got = js_read(paths)
    for path in paths:
        js = got[str(path)]
        js.pop("ms")
        assert js == py_read(path), path.name
    assert py_read(tmp_path / "text-box.docx")["text"] == "外段\n换行-\n框内"
    assert py_read(tmp_path / "entities.docx")["text"] == "a&b<c>\n中文\"'"
    assert py_read(tmp_path / "comment-cdata-pi.docx")["text"] == "<原样>"
    for name in ("unbound-prefix", "mismatched", "junk-after-root", "bad-entity", "control-char", "truncated"):
        assert "损坏" in py_read(tmp_path / f"{name}.docx")["error"], name


@pytest.mark.node
def test_page_reader_turns_any_exception_into_a_sentence(tmp_path):
    """Truncated and shuffled archives: every failure is one Chinese sentence."""
    data = headers_and_notes()
    paths = []
    for k, cut in enumerate((len(data) // 3, len(data) - 30, len(data) - 2)):
        path = tmp_path / f"cut{k}.docx"
        path.write_bytes(data[:cut])
        paths.append(path)
    got = js_read(paths)
    for path in paths:
        js = got[str(path)]
        js.pop("ms")
        assert js == py_read(path) == {"error": f"“{path.name}”已损坏或不是 Word 文档，无法读取。"}


# --------------------------------------------------------------- the page


@pytest.mark.browser
@pytest.mark.parametrize("key", list(CASES))
def test_page_survives(bad_files, key, tool):
    """The page reads each bad file as the command line does and says so in
    its message area: the same sentence for a refusal, the same notices and
    text otherwise; then it stays usable."""
    path = bad_files[key]
    expected = py_read(path)
    start = time.perf_counter()
    tool.set_input_files("#self-check-file", str(path))
    tool.wait_for_function("(() => { const s = document.getElementById('self-check-status').textContent;"
                           " return s && !s.startsWith('正在读取'); })()", timeout=LOOSE_SECONDS * 1000)
    seconds = time.perf_counter() - start
    print(f"{key}: page {seconds:.1f} s")
    status = tool.inner_text("#self-check-status")
    if "error" in expected:
        assert status == expected["error"]
        assert "--error" in tool.get_attribute("#self-check-status", "class")
        assert tool.input_value("#self-check-input") == ""
    else:
        for notice in expected["notices"]:
            assert notice in status
        value = tool.input_value("#self-check-input")
        assert len(value) == len(expected["text"]) and value == expected["text"]
        tool.wait_for_function("document.getElementById('self-check-summary').textContent.length > 0")
    assert seconds < LOOSE_SECONDS
    # Still usable afterwards.
    tool.fill("#self-check-input", "工作中再接再励。")
    tool.click("#self-check-run")
    tool.wait_for_selector("#self-check-results li[data-rule='PR-WORD-001']")
