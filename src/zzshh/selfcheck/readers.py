"""Read a draft from a .txt, .md or .docx file into plain text, one paragraph
per line. Every failure becomes a ReadError with one sentence for people.

The twin of docs/assets/javascripts/self-check/reader.js: change both
together (tests/test_selfcheck_badinput.py compares them). Bad input must
never cost more than a few seconds or a few hundred MB:

- a file over 20 MB is refused; text beyond 1,000,000 characters is cut off
  with a notice;
- .docx parts are inflated as a stream with a running byte cap (sizes in the
  zip headers may lie) and word/document.xml is parsed as a stream (expat),
  so a small file holding gigabytes of XML stops at the cap;
- encodings: UTF-8 (a few bad bytes become U+FFFD, with a notice naming the
  lines), UTF-16 with or without BOM, GB18030 (GBK).

.docx: a password-protected file is an OLE container, not a zip, and gets its
own message. Automatic numbering (一、（一）… set in Word's numbering, not
typed) is turned back into text so the structure checks see it. Headers,
footers, footnotes and endnotes are appended after the body, with a notice."""
import codecs
import io
import re
import struct
import xml.etree.ElementTree as ET
import xml.parsers.expat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .cn_numbers import cn_format
from .errors import ReadError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MAX_BYTES = 20 * 1024 * 1024          # the file itself
MAX_CHARS = 1_000_000                 # text handed to the engine
MAX_XML_BYTES = 16 * 1024 * 1024      # word/document.xml, inflated
MAX_SIDE_BYTES = 4 * 1024 * 1024      # all other parts together, inflated
# expat's cost is per element: 16 MB of "<w:r/>" is 2.8 million of them.
# A real draft of a million characters has a few hundred thousand.
MAX_ELEMENTS = 1_000_000              # in word/document.xml
CHUNK = 64 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
ZIP_MAGIC = b"PK\x03\x04"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Characters a Chinese draft is made of: a UTF-16 guess must be mostly these.
PLAUSIBLE = re.compile(r"[\t\n\r\x20-\x7e\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
EXTRA_PARTS = (("header", "页眉"), ("footer", "页脚"), ("footnotes", "脚注"), ("endnotes", "尾注"))

GB_NOTICE = "文件不是 UTF-8 编码，已按 GB18030（GBK）读取；如有乱码，请用记事本“另存为”UTF-8 后再检查。"
UTF16_NOTICE = "文件是 UTF-16 编码（记事本中的“Unicode”），已自动转换。"
CUT_NOTICE = "材料超过 100 万字，只检查了前 100 万字；请分成几部分分别检查。"
SIDE_NOTICE = "文件中的页眉、页脚、脚注或编号设置过大，已略过其中一部分。"


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
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(f"“{name}”超过 20 MB，不像是一份对照检查材料，请只保留正文后再检查。")
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(f"无法读取“{name}”（{err.strerror}）。") from None
    draft = read_docx(data, name) if suffix == ".docx" else read_text(data, name)
    if not draft.text.strip():
        raise ReadError(f"“{name}”是空的，没有可检查的内容。")
    if len(draft.text) > MAX_CHARS:
        draft = Draft(draft.text[:MAX_CHARS], draft.notices + [CUT_NOTICE])
    return draft


# ------------------------------------------------------------------ text

def read_text(data: bytes, name: str) -> Draft:
    if data.startswith(ZIP_MAGIC):
        raise ReadError(f"“{name}”实际上是 Word（.docx）或压缩文件，请把扩展名改为 .docx 后再检查。")
    if data.startswith(OLE_MAGIC):
        raise ReadError(f"“{name}”实际上是旧版 Word（.doc）或加密文件，请在 Word 中另存为 .docx 或纯文本后再检查。")
    not_text = ReadError(f"“{name}”不是文本文件，无法检查；请打开 .txt、.md 或 .docx 格式的材料。")
    notices = []
    if data.startswith(codecs.BOM_UTF8):
        text, notices = _lenient(data[3:], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        text, notices = _lenient(data[2:], encoding)
        notices.insert(0, UTF16_NOTICE)
    elif b"\x00" in data[:8192]:
        # No BOM but NUL bytes: UTF-16 if the NULs sit on one side of each pair
        # (the high byte of ASCII), otherwise a binary file.
        encoding = _utf16_by_nuls(data[:8192])
        if encoding is None or _plausible(data, encoding) < 0.9:
            raise not_text
        text, notices = _lenient(data, encoding)
        notices.insert(0, UTF16_NOTICE)
    else:
        text, notices = _guess(data, name)
    controls = len(CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise not_text
    return Draft(text, notices)


def _guess(data: bytes, name: str) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if len(data) % 2 == 0 and _ascii_pairs(data[:4096]) < 0.5:
        scores = {enc: _plausible(data, enc) for enc in ("utf-16-le", "utf-16-be")}
        best = max(scores, key=lambda enc: (scores[enc], enc == "utf-16-le"))
        if scores[best] >= 0.9:
            text, notices = _lenient(data, best)
            return text, [UTF16_NOTICE] + notices
    text, notices = _lenient(data, "utf-8")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    # UTF-8 with a damaged byte here and there: keep it, say where.
    if good >= 20 * bad:
        return text, notices
    try:
        return data.decode("gb18030"), [GB_NOTICE]
    except UnicodeDecodeError:
        pass
    if bad <= max(3, len(text) // 100):
        return text, notices
    raise ReadError(f"无法识别“{name}”的文字编码，请用记事本“另存为”UTF-8 编码后再检查。")


def _utf16_by_nuls(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if odd > 4 * even:
        return "utf-16-le"
    if even > 4 * odd:
        return "utf-16-be"
    return None


def _ascii_pairs(head: bytes) -> float:
    """Share of byte pairs that are both printable ASCII: near 1 for English
    text (which read as UTF-16 looks like CJK), about 1/5 for UTF-16 Chinese."""
    pairs = len(head) // 2
    if not pairs:
        return 1.0
    printable = sum(1 for k in range(pairs) if 0x20 <= head[2 * k] <= 0x7e and 0x20 <= head[2 * k + 1] <= 0x7e)
    return printable / pairs


def _plausible(data: bytes, encoding: str) -> float:
    """Share of the first 2,048 characters that a Chinese draft is made of."""
    sample = data[:4096].decode(encoding, "replace")
    return len(PLAUSIBLE.findall(sample)) / len(sample) if sample else 0.0


def _lenient(data: bytes, encoding: str) -> tuple[str, list[str]]:
    """Decode, turning undecodable bytes into U+FFFD with a notice that names the lines."""
    text = data.decode(encoding, "replace")
    bad = text.count("\ufffd")
    if not bad:
        return text, []
    lines = [str(k) for k, line in enumerate(LINE_BREAK.split(text), 1) if "\ufffd" in line]
    where = "、".join(lines[:5]) + ("等" if len(lines) > 5 else "")
    return text, [f"文件中有 {bad} 处文字无法识别（第 {where} 行），已显示为“\ufffd”，请对照原文核对。"]


# ------------------------------------------------------------------ docx

class _Stop(Exception):
    """Enough text has been read."""


class _TooBig(Exception):
    """A part inflates past its cap."""


class _Archive:
    """The parts of a .docx, inflated as a stream with a running byte cap."""

    def __init__(self, data: bytes, name: str):
        self.broken = ReadError(f"“{name}”已损坏或不是 Word 文档，无法读取。")
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = {info.filename: info for info in self.zip.infolist()}

    def chunks(self, part: str, cap: int):
        """The inflated bytes of a part, piece by piece; _TooBig past `cap`.
        Only stored and deflated parts: Word writes nothing else."""
        info = self.names[part]
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 1:
            raise self.broken
        total = 0
        with self.zip.open(info) as stream:
            while True:
                piece = stream.read(CHUNK)
                if not piece:
                    return
                total += len(piece)
                if total > cap:
                    raise _TooBig
                yield piece

    def read(self, part: str, cap: int) -> bytes:
        return b"".join(self.chunks(part, cap))


ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
              NotImplementedError, RuntimeError, OverflowError, struct.error, KeyError, IndexError,
              UnicodeDecodeError, xml.parsers.expat.ExpatError, ET.ParseError)


def read_docx(data: bytes, name: str) -> Draft:
    if data.startswith(OLE_MAGIC):
        raise ReadError(f"“{name}”设置了打开密码（或是旧版 .doc 文件），请在 Word 中取消密码或另存为 .docx 后再检查。")
    broken = ReadError(f"“{name}”已损坏或不是 Word 文档，无法读取。")
    too_big = ReadError(f"“{name}”解压后的正文过大（超过 16 MB 或 100 万个 XML 元素），不像是一份对照检查材料，"
                        "请只保留正文后再检查。")
    notices = []
    try:
        archive = _Archive(data, name)
        if "word/document.xml" not in archive.names:
            raise broken
        side = _SideBudget(archive, notices)
        numbering = Numbering(side.tree("word/numbering.xml"), side.tree("word/styles.xml"))
        body = _Collector(numbering, MAX_CHARS + 1, MAX_ELEMENTS)
        try:
            if not _parse(archive.chunks("word/document.xml", MAX_XML_BYTES), body, require_body=True):
                raise broken
        except _TooBig:
            raise too_big from None
        lines = body.lines()
        if body.stopped:
            return Draft("\n".join(lines), notices)
        extra, kinds = _extras(archive, side, MAX_CHARS - len("\n".join(lines)))
    except ReadError:
        raise
    except ZIP_ERRORS:
        raise broken from None
    if extra:
        notices.append(f"已把{'、'.join(kinds)}中的文字附在正文后面一并检查（从第 {len(lines) + 1} 段起）。")
    return Draft("\n".join(lines + extra), notices)


class _SideBudget:
    """numbering.xml, styles.xml, headers, footers and notes share one small
    byte budget; a part that would exceed it is skipped with a notice and
    the budget is spent."""

    def __init__(self, archive: _Archive, notices: list[str]):
        self.archive, self.notices, self.left = archive, notices, MAX_SIDE_BYTES

    def _skip(self):
        if SIDE_NOTICE not in self.notices:
            self.notices.append(SIDE_NOTICE)

    def tree(self, part: str):
        if part not in self.archive.names:
            return None
        try:
            data = self.archive.read(part, self.left)
        except _TooBig:
            self._skip()
            self.left = 0
            return None
        self.left -= len(data)
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise xml.parsers.expat.ExpatError("DOCTYPE")
        return ET.fromstring(data)

    def parse(self, part: str, collector) -> bool:
        counted = []

        def counting():
            for piece in self.archive.chunks(part, self.left):
                counted.append(len(piece))
                yield piece
        try:
            _parse(counting(), collector, require_body=False)
        except _TooBig:
            self._skip()
            self.left = 0
            return False
        self.left -= sum(counted)
        return True


def _part_order(name: str):
    m = re.search(r"(\d+)\.xml$", name)
    return (int(m.group(1)) if m else 0, name)


def _extras(archive: _Archive, side: _SideBudget, room: int) -> tuple[list[str], list[str]]:
    """Text of headers, footers, footnotes and endnotes: non-empty paragraphs,
    each once, in that order; the kinds that had any."""
    lines, kinds, seen = [], [], set()
    for stem, kind in EXTRA_PARTS:
        pattern = re.compile(rf"word/{stem}\d*\.xml$")
        parts = sorted((n for n in archive.names if pattern.fullmatch(n)), key=_part_order)
        found = False
        for part in parts:
            collector = _Collector(None, max(room, 0))
            side.parse(part, collector)
            for line in collector.lines():
                if line.strip() and line not in seen and room > 0:
                    seen.add(line)
                    lines.append(line)
                    room -= len(line) + 1
                    found = True
        if found:
            kinds.append(kind)
    return lines, kinds


def _parse(chunks, collector: "_Collector", require_body: bool) -> bool:
    """Feed XML pieces to expat; False if there was no w:body (when required)."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")

    def doctype(*_):
        # Word never writes one; refusing it rules out entity expansion.
        raise xml.parsers.expat.ExpatError("DOCTYPE")
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.text
    parser.buffer_text = True
    try:
        for piece in chunks:
            parser.Parse(piece, False)
        parser.Parse(b"", True)
    except _Stop:
        pass
    return collector.saw_body or not require_body


class _Collector:
    """Paragraph text from expat events: every w:p in document order (tables
    and text boxes included, mc:Fallback copies left out), w:pPr's numbering
    turned into a label. Stops (raises _Stop) past `limit` characters;
    raises _TooBig past `max_elements` elements.

    The handlers are closures over local state: a zip bomb is millions of
    elements, and attribute lookups on self made each one several times slower."""

    WANTED = frozenset(f"{W} {local}" for local in ("p", "pPr", "t", "tab", "br", "cr", "noBreakHyphen", "body")) \
        | {f"{MC} Fallback"}

    def __init__(self, numbering: "Numbering | None", limit: int, max_elements: int = -1):
        self.paragraphs: list[list[str]] = []   # [label, text pieces …]
        self.stopped = False
        self.saw_body = False
        paragraphs = self.paragraphs
        open_: list[tuple[int, int]] = []       # (index in paragraphs, depth) of open w:p
        wanted = self.WANTED
        tag_p, tag_t = f"{W} p", f"{W} t"
        depth = fallback = size = 0
        elements_left = max_elements
        props = None     # the w:pPr being read
        in_t = False

        def grow(n: int):
            nonlocal size
            size += n
            if size > limit:
                self.stopped = True
                raise _Stop

        def add(text: str):
            paragraphs[open_[-1][0]].append(text)
            grow(len(text))

        def start(tag: str, attrs: dict):
            nonlocal depth, fallback, props, in_t, elements_left
            depth += 1
            elements_left -= 1
            if not elements_left:
                raise _TooBig
            if not fallback and props is None and tag not in wanted:
                return
            if fallback:
                fallback += 1
                return
            ns, _, local = tag.rpartition(" ")
            if ns == MC and local == "Fallback":
                fallback = 1
                return
            if props is not None:
                # Only w:pPr/w:pStyle and w:pPr/w:numPr/(w:numId | w:ilvl) count:
                # not tab stops, not the old properties kept by tracked changes.
                level = depth - props["depth"]
                if level == 1:
                    props["inNumPr"] = ns == W and local == "numPr"
                    if ns == W and local == "pStyle":
                        props["style"] = attrs.get(f"{W} val") or None
                    elif props["inNumPr"]:
                        props["numPr"] = True
                elif level == 2 and props["inNumPr"] and ns == W and local in ("numId", "ilvl"):
                    props[local] = attrs.get(f"{W} val") or None
                return
            if local == "p":
                paragraphs.append([""])
                open_.append((len(paragraphs) - 1, depth))
                grow(1)
            elif not open_:
                if local == "body":
                    self.saw_body = True
            elif local == "pPr" and depth == open_[-1][1] + 1:
                props = {"depth": depth, "style": None, "numId": None, "ilvl": None,
                         "numPr": False, "inNumPr": False}
            elif local == "t":
                in_t = True
            elif local == "tab":
                add("\t")
            elif local in ("br", "cr"):
                add("\n")
            elif local == "noBreakHyphen":
                add("-")

        def end(tag: str):
            nonlocal depth, fallback, props, in_t
            depth -= 1
            if fallback:
                fallback -= 1
                return
            if props is not None:
                if depth + 1 == props["depth"]:
                    done, props = props, None
                    if numbering is not None:
                        paragraphs[open_[-1][0]][0] = numbering.label(done)
                elif depth == props["depth"]:
                    props["inNumPr"] = False
                return
            if tag == tag_t:
                in_t = False
            elif tag == tag_p and open_:
                open_.pop()

        def text(data: str):
            if in_t and open_ and not fallback and props is None:
                add(data)

        self.start, self.end, self.text = start, end, text

    def lines(self) -> list[str]:
        return ["".join(p) for p in self.paragraphs]


def _number(value: str | None, default: int) -> int:
    """A number from an attribute the way the page reads it (leading digits,
    anything else: the default), so a malformed file cannot crash either."""
    m = re.match(r"\s*\+?([0-9]{1,9})", value or "")
    return int(m.group(1)) if m else default


class Numbering:
    """Word's automatic list numbers, rendered as text (一、 （一） 1. …)."""

    def __init__(self, numbering, styles):
        self.levels = {}   # (numId, ilvl) -> [format, text, start]
        self.style_num = {}  # paragraph style id -> (numId, ilvl)
        self.counters = {}  # numId -> [count per level]
        w = f"{{{W}}}"
        if numbering is not None:
            abstract = {}
            for item in numbering.findall(f"{w}abstractNum"):
                levels = {}
                for lvl in item.findall(f"{w}lvl"):
                    levels[lvl.get(f"{w}ilvl")] = [_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""),
                                                   _number(_val(lvl, "start", "1"), 1)]
                abstract[item.get(f"{w}abstractNumId")] = levels
            for num in numbering.findall(f"{w}num"):
                ref = num.find(f"{w}abstractNumId")
                base = abstract.get(ref.get(f"{w}val") if ref is not None else "", {})
                levels = {k: list(v) for k, v in base.items()}
                for override in num.findall(f"{w}lvlOverride"):
                    start = override.find(f"{w}startOverride")
                    key = override.get(f"{w}ilvl")
                    if start is not None and key in levels:
                        levels[key][2] = _number(start.get(f"{w}val"), 1)
                for ilvl, spec in levels.items():
                    self.levels[(num.get(f"{w}numId"), ilvl)] = spec
        if styles is not None:
            for style in styles.findall(f"{w}style"):
                num_pr = style.find(f"{w}pPr/{w}numPr")
                if num_pr is not None:
                    self.style_num[style.get(f"{w}styleId")] = (_val(num_pr, "numId", ""), _val(num_pr, "ilvl", "0"))

    def label(self, props: dict) -> str:
        num_id, ilvl = (None, "0")
        if props["style"] in self.style_num:
            num_id, ilvl = self.style_num[props["style"]]
        if props["numPr"]:
            num_id = props["numId"] or num_id or ""
            ilvl = props["ilvl"] or ilvl
        if not num_id or num_id == "0" or (num_id, ilvl) not in self.levels:
            return ""
        level = int(ilvl) if re.fullmatch(r"[0-9]+", ilvl) else 0
        if level > 8:
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        spec = self.levels[(num_id, ilvl)]
        counts[level] = spec[2] if counts[level] == 0 else counts[level] + 1
        if spec[0] in ("bullet", "none"):
            return ""

        def number(m):
            k = int(m.group(1)) - 1
            other = self.levels.get((num_id, str(k)))
            value = counts[k] if counts[k] else (other[2] if other else 1)
            return _format(value, other[0] if other else "decimal")
        return re.sub(r"%([1-9])", number, spec[1])


def _val(element, child: str, default: str) -> str:
    node = element.find(f"{{{W}}}{child}")
    value = node.get(f"{{{W}}}val") if node is not None else None
    return default if not value else value


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
