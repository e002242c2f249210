"""Read a draft from a .txt, .md or .docx file into plain text, one paragraph
per line. Every failure becomes a ReadError with one sentence for people.

.docx is read with zipfile and ElementTree: a password-protected file is an
OLE container, not a zip, and gets its own message. Automatic numbering
(一、（一）… set in Word's numbering, not typed) is turned back into text so
the structure checks see it."""
import codecs
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReadError
from .cn_numbers import cn_format

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MAX_BYTES = 20 * 1024 * 1024
MAX_XML_BYTES = 100 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
ZIP_MAGIC = b"PK\x03\x04"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

GB_NOTICE = "文件不是 UTF-8 编码，已按 GB18030（GBK）读取；如有乱码，请用记事本“另存为”UTF-8 后再检查。"
UTF16_NOTICE = "文件是 UTF-16 编码（记事本中的“Unicode”），已自动转换。"


@dataclass
class Draft:
    text: str
    notices: list[str] = field(default_factory=list)


def read_draft(path: str | Path) -> Draft:
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ReadError(f"找不到文件“{path}”。")
    if not path.is_file():
        raise ReadError(f"“{path}”不是一个文件。")
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | {".docx"}:
        hint = "旧版 .doc 请在 Word 中“另存为”.docx。" if suffix == ".doc" else ""
        raise ReadError(f"“{name}”不是 .txt、.md 或 .docx 文件，无法检查。{hint}")
    if path.stat().st_size > MAX_BYTES:
        raise ReadError(f"“{name}”超过 20 MB，不像是一份对照检查材料，请只保留正文后再检查。")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(f"无法读取“{name}”（{err.strerror}）。") from None
    draft = read_docx(data, name) if suffix == ".docx" else read_text(data, name)
    if not draft.text.strip():
        raise ReadError(f"“{name}”是空的，没有可检查的内容。")
    return draft


def read_text(data: bytes, name: str) -> Draft:
    if data.startswith(ZIP_MAGIC):
        raise ReadError(f"“{name}”实际上是 Word（.docx）或压缩文件，请把扩展名改为 .docx 后再检查。")
    if data.startswith(OLE_MAGIC):
        raise ReadError(f"“{name}”实际上是旧版 Word（.doc）或加密文件，请在 Word 中另存为 .docx 或纯文本后再检查。")
    notices = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, notices = _decode(data, "utf-16", name), [UTF16_NOTICE]
    elif data.startswith(codecs.BOM_UTF8):
        text = _decode(data, "utf-8-sig", name)
    elif b"\x00" in data[:8192]:
        raise ReadError(f"“{name}”不是文本文件，无法检查；请打开 .txt、.md 或 .docx 格式的材料。")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, notices = _decode(data, "gb18030", name), [GB_NOTICE]
    controls = len(CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise ReadError(f"“{name}”不是文本文件，无法检查；请打开 .txt、.md 或 .docx 格式的材料。")
    return Draft(text, notices)


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ReadError(f"无法识别“{name}”的文字编码，请用记事本“另存为”UTF-8 编码后再检查。") from None


def read_docx(data: bytes, name: str) -> Draft:
    if data.startswith(OLE_MAGIC):
        raise ReadError(f"“{name}”设置了打开密码（或是旧版 .doc 文件），请在 Word 中取消密码或另存为 .docx 后再检查。")
    broken = ReadError(f"“{name}”已损坏或不是 Word 文档，无法读取。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {}
            for part in ("word/document.xml", "word/numbering.xml", "word/styles.xml"):
                try:
                    info = archive.getinfo(part)
                except KeyError:
                    continue
                if info.file_size > MAX_XML_BYTES:
                    raise ReadError(f"“{name}”的正文超过 100 MB，无法检查。")
                parts[part] = ET.fromstring(archive.read(info))
    except ReadError:
        raise
    except (zipfile.BadZipFile, ET.ParseError, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise broken from None
    if "word/document.xml" not in parts:
        raise broken
    numbering = Numbering(parts.get("word/numbering.xml"), parts.get("word/styles.xml"))
    body = parts["word/document.xml"].find(f"{W}body")
    if body is None:
        raise broken
    paragraphs = [numbering.label(p) + _paragraph_text(p) for p in _paragraphs(body)]
    return Draft("\n".join(paragraphs))


def _paragraphs(element):
    """w:p elements in document order, tables and text boxes included, the
    fallback copy of text boxes left out."""
    for child in element:
        if child.tag == MC_FALLBACK:
            continue
        if child.tag == f"{W}p":
            yield child
        yield from _paragraphs(child)


def _paragraph_text(paragraph) -> str:
    out = []

    def walk(element):
        for child in element:
            tag = child.tag
            if tag == MC_FALLBACK or tag == f"{W}p":
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            else:
                walk(child)
    walk(paragraph)
    return "".join(out)


class Numbering:
    """Word's automatic list numbers, rendered as text (一、 （一） 1. …)."""

    def __init__(self, numbering, styles):
        self.levels = {}   # (numId, ilvl) -> (format, text, start)
        self.style_num = {}  # paragraph style id -> (numId, ilvl)
        self.counters = {}  # numId -> [count per level]
        if numbering is not None:
            abstract = {}
            for item in numbering.findall(f"{W}abstractNum"):
                levels = {}
                for lvl in item.findall(f"{W}lvl"):
                    levels[lvl.get(f"{W}ilvl")] = (_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""),
                                                   int(_val(lvl, "start", "1") or 1))
                abstract[item.get(f"{W}abstractNumId")] = levels
            for num in numbering.findall(f"{W}num"):
                ref = num.find(f"{W}abstractNumId")
                levels = dict(abstract.get(ref.get(f"{W}val") if ref is not None else "", {}))
                for override in num.findall(f"{W}lvlOverride"):
                    start = override.find(f"{W}startOverride")
                    key = override.get(f"{W}ilvl")
                    if start is not None and key in levels:
                        fmt, text, _ = levels[key]
                        levels[key] = (fmt, text, int(start.get(f"{W}val") or 1))
                for ilvl, spec in levels.items():
                    self.levels[(num.get(f"{W}numId"), ilvl)] = spec
        if styles is not None:
            for style in styles.findall(f"{W}style"):
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    self.style_num[style.get(f"{W}styleId")] = (_val(num_pr, "numId", ""), _val(num_pr, "ilvl", "0"))

    def label(self, paragraph) -> str:
        props = paragraph.find(f"{W}pPr")
        if props is None:
            return ""
        num_pr = props.find(f"{W}numPr")
        num_id, ilvl = (None, "0")
        style = props.find(f"{W}pStyle")
        if style is not None and style.get(f"{W}val") in self.style_num:
            num_id, ilvl = self.style_num[style.get(f"{W}val")]
        if num_pr is not None:
            num_id = _val(num_pr, "numId", num_id or "")
            ilvl = _val(num_pr, "ilvl", ilvl)
        if not num_id or num_id == "0" or (num_id, ilvl) not in self.levels:
            return ""
        level = int(ilvl) if ilvl.isdigit() else 0
        counts = self.counters.setdefault(num_id, [0] * 9)
        if level > 8:
            return ""
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        start = self.levels[(num_id, ilvl)][2]
        counts[level] = start if counts[level] == 0 else counts[level] + 1
        fmt, text, _ = self.levels[(num_id, ilvl)]
        if fmt in ("bullet", "none"):
            return ""

        def number(m):
            k = int(m.group(1)) - 1
            spec = self.levels.get((num_id, str(k)))
            value = counts[k] if counts[k] else (spec[2] if spec else 1)
            return _format(value, spec[0] if spec else "decimal")
        return re.sub(r"%([1-9])", number, text)


def _val(element, child: str, default: str) -> str:
    node = element.find(f"{W}{child}")
    value = node.get(f"{W}val") if node is not None else None
    return default if value is None else value


def _format(value: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional", "taiwaneseCounting"):
        return cn_format(value) if 0 < value < 100 else str(value)
    if fmt == "decimalFullWidth":
        return str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    return str(value)
