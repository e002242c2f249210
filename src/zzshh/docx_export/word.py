"""Write one template as a Word file in official-document layout (layout.py).

Formatting lives in paragraph styles, not in each run, so a reader who adds
a paragraph in Word gets the same look."""
import shutil
import zipfile
from datetime import datetime, timezone
from itertools import groupby
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from zzshh.sitedata import templates

from . import layout

THEME_FONTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# Word picks a theme font over a named one, and the East Asian slot decides
# how Chinese text looks, so every slot gets the named font.
FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
# Elements that follow w:outlineLvl inside w:pPr (schema order).
AFTER_OUTLINE_LEVEL = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def write_docx(template: templates.Template, path: Path) -> None:
    document, styles = new_document(template.title)
    section = document.sections[0]
    if template.landscape:
        _turn_landscape(section)
    for is_table, group in groupby(template.paragraphs, key=lambda p: p.kind == "table_row"):
        if is_table:
            _add_table(document, [row.cells for row in group])
        else:
            for paragraph in group:
                _add_paragraph(document, styles[paragraph.kind], paragraph.text)
    save(document, path)


def new_document(title: str):
    """An empty document in the official layout (A4 page, margins, footer
    with the page number, properties) with one paragraph style per kind of
    layout.LOOKS; returns (document, {kind: style}). The template downloads
    and the writing desk's skeleton both start here."""
    document = Document()
    _set_defaults(document)
    styles = {kind: _paragraph_style(document, look) for kind, look in layout.LOOKS.items()}
    section = document.sections[0]
    _set_page(section)
    footer = section.footer.paragraphs[0]
    footer.style = _footer_style(document)
    _add_page_number(footer)
    properties = document.core_properties
    properties.title = title
    properties.author = properties.last_modified_by = properties.comments = ""
    properties.language = "zh-CN"
    properties.created = properties.modified = datetime.now(timezone.utc).replace(microsecond=0)
    return document, styles


def save(document, path: Path) -> None:
    """Save, then name the fallback fonts (which needs the saved file)."""
    document.save(str(path))
    _name_fallback_fonts(path)


FONT_TABLE = "word/fontTable.xml"


def _name_fallback_fonts(path: Path) -> None:
    """Font-table entries with w:altName, so a PC without the official fonts
    shows 仿宋/楷体/宋体 rather than a font of Word's own choosing. python-docx
    has no public way to edit the font table, so the saved file's entry is
    rewritten (a .docx is a zip)."""
    rewritten = path.with_name(path.name + ".part")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == FONT_TABLE:
                table = etree.fromstring(data)
                for name, fallback in layout.FONT_FALLBACKS.items():
                    font = etree.SubElement(table, qn("w:font"), {qn("w:name"): name})
                    etree.SubElement(font, qn("w:altName"), {qn("w:val"): fallback})
                    etree.SubElement(font, qn("w:charset"), {qn("w:val"): "86"})  # GB2312
                data = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(item, data)
    shutil.move(rewritten, path)


def _set_fonts(rpr, font: str) -> None:
    fonts = rpr.get_or_add_rFonts()
    for name in THEME_FONTS:
        fonts.attrib.pop(qn(name), None)
    for name in FONT_SLOTS:
        fonts.set(qn(name), font)


def _set_defaults(document) -> None:
    """Chinese as the East Asian language and the body font as the default."""
    rpr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, layout.LOOKS["body"].font)
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")


def _set_page(section) -> None:
    section.page_width, section.page_height = layout.PAGE_WIDTH, layout.PAGE_HEIGHT
    section.top_margin, section.bottom_margin = layout.MARGIN_TOP, layout.MARGIN_BOTTOM
    section.left_margin, section.right_margin = layout.MARGIN_LEFT, layout.MARGIN_RIGHT
    section.footer_distance = layout.FOOTER_DISTANCE


def _turn_landscape(section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = layout.PAGE_HEIGHT, layout.PAGE_WIDTH


def _first_line_indent(style, chars: int, size) -> None:
    """Indent in characters (w:firstLineChars, which Word prefers) and the
    same length in points for programs that ignore it."""
    style.paragraph_format.first_line_indent = Pt(chars * size.pt)
    style.element.get_or_add_pPr().get_or_add_ind().set(qn("w:firstLineChars"), str(chars * 100))


def _paragraph_style(document, look: layout.Look):
    if look.style_id == "Normal":
        style = document.styles["Normal"]
    else:
        style = document.styles.add_style(look.style_name, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = look.style_id
        style.base_style = style.next_paragraph_style = document.styles["Normal"]
        style.quick_style = True
        style.paragraph_format.keep_with_next = True
    style.font.size = look.size
    style.font.bold = False
    _set_fonts(style.element.get_or_add_rPr(), look.font)
    fmt = style.paragraph_format
    fmt.alignment = (WD_ALIGN_PARAGRAPH.CENTER if look.centred else
                     WD_ALIGN_PARAGRAPH.RIGHT if look.flush_right else WD_ALIGN_PARAGRAPH.JUSTIFY)
    if look.flush_right:
        fmt.right_indent = Pt(layout.SIGNATURE_RIGHT_CHARS * look.size.pt)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = layout.LINE_SPACING
    fmt.space_before = Pt(0)
    fmt.space_after = layout.LINE_SPACING if look.blank_line_after else Pt(0)
    _first_line_indent(style, layout.INDENT_CHARS if look.indent else 0, look.size)
    if look.outline_level is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(look.outline_level))
        style.element.get_or_add_pPr().insert_element_before(level, *AFTER_OUTLINE_LEVEL)
    return style


def _add_paragraph(document, style, text: str) -> None:
    # The style's id written directly: python-docx's add_paragraph(style=)
    # searches all styles for the default one on every paragraph, a third
    # of the time a build spends on Word files. The default (Normal) is
    # written as no style in an empty w:pPr, as python-docx writes it.
    paragraph = document.add_paragraph()
    properties = paragraph._p.get_or_add_pPr()
    if not style.element.default:
        properties.style = style.style_id
    _add_runs(paragraph, text)


def _table_style(document, look: layout.Look):
    """The paragraph style of table cells, added with the first table. Not
    kept with the next paragraph, which would move a long form as one block."""
    if look.style_name in document.styles:
        return document.styles[look.style_name]
    style = _paragraph_style(document, look)
    style.paragraph_format.keep_with_next = False
    return style


def _add_table(document, rows: list[list[str]]) -> None:
    """A bordered table; the first row names the columns and is repeated at
    the top of every page the table runs onto."""
    header, body = _table_style(document, layout.TABLE_HEADER), _table_style(document, layout.TABLE_BODY)
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    table.style = document.styles["Table Grid"]
    for number, (row, cells) in enumerate(zip(table.rows, rows)):
        for cell, text in zip(row.cells, cells):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.style = header if number == 0 else body
            _add_runs(paragraph, text)
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _add_runs(paragraph, text: str) -> None:
    """The text as runs, its 【…】 placeholders highlighted in yellow."""
    last = 0
    for match in templates.PLACEHOLDER.finditer(text):
        if match.start() > last:
            paragraph.add_run(text[last:match.start()])
        paragraph.add_run(match.group(0)).font.highlight_color = WD_COLOR_INDEX.YELLOW
        last = match.end()
    if last < len(text):
        paragraph.add_run(text[last:])


def _footer_style(document):
    style = document.styles["Footer"]
    style.font.size = layout.PAGE_NUMBER_SIZE
    _set_fonts(style.element.get_or_add_rPr(), layout.PAGE_NUMBER_FONT)
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _first_line_indent(style, 0, layout.PAGE_NUMBER_SIZE)
    return style


def _field_char(paragraph, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(char)


def _add_page_number(paragraph) -> None:
    """— PAGE — in the footer; Word fills in the number on every page."""
    paragraph.add_run(f"{layout.PAGE_NUMBER_DASH} ")
    _field_char(paragraph, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    paragraph.add_run()._r.append(instruction)
    _field_char(paragraph, "separate")
    paragraph.add_run("1")
    _field_char(paragraph, "end")
    paragraph.add_run(f" {layout.PAGE_NUMBER_DASH}")
