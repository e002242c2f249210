"""Write every template's downloads into the built site (files.py names)."""
import re
from pathlib import Path

from zzshh.sitedata import templates
from zzshh.sitedata.errors import DataError
from zzshh.sitedata.paths import DATA, TEMPLATES

from . import files
from .text import write_txt
from .word import write_docx

# Characters XML, and so a .docx, cannot hold. The other control characters
# already end a line when a template is read.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1b\x1f]")


class ExportError(Exception):
    """A download could not be written: the data file and line to look at."""

    def __init__(self, where: str, line: int, message: str):
        super().__init__(message)
        self.where = where
        self.line = line


def _as_data_path(path: Path) -> str:
    return f"data/{path.relative_to(DATA).as_posix()}"


def source_of(name: str) -> str:
    """The data file a template comes from, as maintainers see it."""
    path = TEMPLATES / f"{name}.txt"
    return _as_data_path(path if path.is_file() else templates.MANIFEST)


def control_character() -> ExportError | None:
    """The first control character in any template file, as an error."""
    for path in templates.template_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            found = CONTROL_CHARACTER.search(line)
            if found:
                return ExportError(_as_data_path(path), number,
                                   f"第 {number} 行有看不见的控制字符 U+{ord(found.group()):04X}，"
                                   "Word 文件无法保存它：删掉该字符后重新保存")
    return None


def export_all(site_dir: Path) -> None:
    """Write downloads/NAME.docx and NAME.txt for each template."""
    out = site_dir / files.DIRECTORY
    for name in templates.names():
        try:
            template = templates.load(name)
        except DataError:
            continue  # the data check reports it (DATA-FILE) and no page can link to it
        try:
            out.mkdir(parents=True, exist_ok=True)
            for suffix, write in ((files.WORD, write_docx), (files.TEXT, write_txt)):
                write(template, out / f"{name}{suffix}")
        except Exception as err:  # any failure becomes one line of the build report
            raise control_character() or ExportError(
                source_of(name), 1, f"无法生成“{template.title}”的下载文件：{type(err).__name__}: {err}") from None
