"""Template texts: data/templates/NAME.txt, one paragraph per line, composed
into larger templates by data/templates.yml. Page, copy text and .docx all
come from here."""
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import DataError
from .paths import DATA, TEMPLATES, rel
from .yamlfile import read_yaml

MANIFEST = DATA / "templates.yml"

LEVEL_ONE = re.compile(r"^[一二三四五六七八九十]+、")
LEVEL_TWO = re.compile(r"^（[一二三四五六七八九十]+）")
PLACEHOLDER = re.compile(r"【[^【】\n]*】")


@dataclass(frozen=True)
class Paragraph:
    kind: str  # title | heading1 | heading2 | body | signature
    text: str


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    paragraphs: tuple[Paragraph, ...]

    @property
    def plain_text(self) -> str:
        """Exactly what the copy button puts on the clipboard."""
        return "\n".join(p.text for p in self.paragraphs)


def _kind(line: str) -> str:
    if LEVEL_ONE.match(line):
        return "heading1"
    if LEVEL_TWO.match(line):
        return "heading2"
    return "body"


def read_lines(path: Path) -> list[str]:
    where = rel(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(where, "模板文件不存在 (template file not found)") from None
    except UnicodeDecodeError:
        raise DataError(where, "模板文件不是 UTF-8 编码 (not UTF-8)") from None
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise DataError(where, "模板文件是空的 (empty template)")
    return lines


@lru_cache(maxsize=None)
def manifest() -> dict:
    entries = read_yaml(MANIFEST).get("templates")
    if not isinstance(entries, dict) or not entries:
        raise DataError(rel(MANIFEST), "缺少 templates 映射")
    return entries


def names() -> list[str]:
    return list(manifest())


def file_paragraphs(name: str) -> list[Paragraph]:
    return [Paragraph(_kind(line), line) for line in read_lines(TEMPLATES / f"{name}.txt")]


def load(name: str) -> Template:
    entry = manifest().get(name)
    if not isinstance(entry, dict) or not entry.get("title"):
        raise DataError(rel(MANIFEST), f"没有名为 {name} 的模板（或缺少 title）")
    compose = entry.get("compose")
    if compose is None:
        return Template(name, entry["title"], tuple(file_paragraphs(name)))
    paragraphs: list[Paragraph] = []
    for step in compose:
        if isinstance(step, dict) and "file" in step:
            part = file_paragraphs(step["file"])
            if step.get("title_first") and part:
                part[0] = Paragraph("title", part[0].text)
            signature = step.get("signature_lines", 0)
            if signature:
                part[-signature:] = [Paragraph("signature", p.text) for p in part[-signature:]]
            paragraphs.extend(part)
        elif isinstance(step, dict) and "heading" in step:
            paragraphs.append(Paragraph(_kind(step["heading"]), step["heading"]))
        else:
            raise DataError(rel(MANIFEST), f"模板 {name} 的 compose 项无法识别: {step!r}")
    return Template(name, entry["title"], tuple(paragraphs))


def template_files() -> list[Path]:
    return sorted(TEMPLATES.glob("*.txt"))
