"""Write one template as plain text for readers without Word: UTF-8 with a
byte-order mark and CRLF line ends, so old Windows Notepad shows it right."""
from pathlib import Path

from zzshh.sitedata import templates


def write_txt(template: templates.Template, path: Path) -> None:
    text = template.plain_text.replace("\n", "\r\n") + "\r\n"
    path.write_bytes(text.encode("utf-8-sig"))
