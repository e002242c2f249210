"""Template texts: data/templates/NAME.txt, one paragraph per line, composed
into larger templates by data/templates.yml. Page, copy text and .docx all
come from here."""
import re
from dataclasses import dataclass
from pathlib import Path

from .cache import cached
from .errors import DataError
from .paths import DATA, TEMPLATES, rel
from .schemas import TemplateEntry, TemplatesFile
from .yamlfile import load as load_yaml, read_text

MANIFEST = DATA / "templates.yml"

LEVEL_ONE = re.compile(r"^[一二三四五六七八九十]+、")
LEVEL_TWO = re.compile(r"^（[一二三四五六七八九十]+）")
PLACEHOLDER = re.compile(r"【[^【】\n]*】")
TABLE_ROW = "|"  # a line starting with | is a table row, cells separated by |


@dataclass(frozen=True)
class Paragraph:
    kind: str  # title | heading1 | heading2 | body | signature | table_row
    text: str

    @property
    def cells(self) -> list[str]:
        """A table row's cells: | 问题 | 原因 | gives ["问题", "原因"]; empty
        cells (a form's blanks) are kept."""
        row = self.text.removeprefix(TABLE_ROW).removesuffix(TABLE_ROW)
        return [cell.strip() for cell in row.split(TABLE_ROW)]


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    landscape: bool = False

    @property
    def plain_text(self) -> str:
        """Exactly what the copy button puts on the clipboard. Table rows are
        tab-separated lines: a spreadsheet pastes them as columns, and Word
        and WPS turn them into a table with 文本转换成表格."""
        return "\n".join("\t".join(p.cells) if p.kind == "table_row" else p.text for p in self.paragraphs)


def _kind(line: str) -> str:
    if line.startswith(TABLE_ROW):
        return "table_row"
    if LEVEL_ONE.match(line):
        return "heading1"
    if LEVEL_TWO.match(line):
        return "heading2"
    return "body"


def read_lines(path: Path) -> list[str]:
    lines = [line.strip() for line in read_text(path).lstrip("\ufeff").splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise DataError(rel(path), 1, "模板文件是空的")
    return lines


@cached
def manifest() -> dict[str, TemplateEntry]:
    """The entries of data/templates.yml; every file they name must exist."""
    located = load_yaml(MANIFEST, TemplatesFile)
    for name, entry in located.model.templates.items():
        steps = entry.compose or []
        if entry.compose is None and not (TEMPLATES / f"{name}.txt").is_file():
            raise located.error(("templates", name), f"模板 {name} 没有 compose，也没有 {rel(TEMPLATES / f'{name}.txt')}")
        for index, step in enumerate(steps):
            loc = ("templates", name, "compose", index)
            if (step.file is None) == (step.heading is None):
                raise located.error(loc, "compose 的每一项要么写 file，要么写 heading，二者只能有一个")
            if step.file and not (TEMPLATES / f"{step.file}.txt").is_file():
                raise located.error(loc + ("file",), f"{rel(TEMPLATES / f'{step.file}.txt')} 不存在")
    return located.model.templates


def names() -> list[str]:
    return list(manifest())


def file_paragraphs(name: str) -> list[Paragraph]:
    return [Paragraph(_kind(line), line) for line in read_lines(TEMPLATES / f"{name}.txt")]


def load(name: str) -> Template:
    entry = manifest().get(name)
    if entry is None:
        raise DataError(rel(MANIFEST), 1, f"没有名为 {name} 的模板（可用：{'、'.join(manifest())}）")
    if entry.compose is None:
        return Template(name, entry.title, tuple(file_paragraphs(name)), entry.landscape)
    paragraphs: list[Paragraph] = []
    for step in entry.compose:
        if step.heading:
            paragraphs.append(Paragraph(_kind(step.heading), step.heading))
            continue
        part = file_paragraphs(step.file)
        if step.title_first:
            part[0] = Paragraph("title", part[0].text)
        if step.signature_lines:
            part[-step.signature_lines:] = [Paragraph("signature", p.text) for p in part[-step.signature_lines:]]
        paragraphs.extend(part)
    return Template(name, entry.title, tuple(paragraphs), entry.landscape)


def template_files() -> list[Path]:
    return sorted(TEMPLATES.glob("*.txt"))
