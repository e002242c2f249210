"""The official-document layout of GB/T 9704-2012 as Word measurements."""
from dataclasses import dataclass

from docx.shared import Length, Mm, Pt

PAGE_WIDTH = Mm(210)  # A4
PAGE_HEIGHT = Mm(297)
MARGIN_TOP = Mm(37)
MARGIN_BOTTOM = Mm(35)
MARGIN_LEFT = Mm(28)
MARGIN_RIGHT = Mm(26)
# The page number sits about 7 mm below the text block (GB/T 9704 7.5).
FOOTER_DISTANCE = Mm(23)

LINE_SPACING = Pt(28)  # fixed: 22 lines on a page
INDENT_CHARS = 2  # first-line indent of body paragraphs and headings

PAGE_NUMBER_FONT = "宋体"
PAGE_NUMBER_SIZE = Pt(14)  # 四号
PAGE_NUMBER_DASH = "\u2014"  # 一字线 on both sides: — 1 —


@dataclass(frozen=True)
class Look:
    """How one kind of template paragraph is set."""
    style_name: str  # shown in Word's style list
    style_id: str
    font: str
    size: Length
    centred: bool = False
    flush_right: bool = False  # 署名 and date, four characters from the right edge
    indent: bool = True
    blank_line_after: bool = False
    outline_level: int | None = None  # Word's navigation pane shows these


# Keys are the paragraph kinds of sitedata.templates.
LOOKS = {
    "title": Look("公文标题", "GongwenTitle", "方正小标宋简体", Pt(22),  # 二号
                  centred=True, indent=False, blank_line_after=True),
    "heading1": Look("一级标题", "GongwenHeading1", "黑体", Pt(16), outline_level=0),  # 三号
    "heading2": Look("二级标题", "GongwenHeading2", "楷体_GB2312", Pt(16), outline_level=1),
    "body": Look("Normal", "Normal", "仿宋_GB2312", Pt(16)),
    "signature": Look("署名日期", "GongwenSignature", "仿宋_GB2312", Pt(16), flush_right=True, indent=False),
}
# Table rows (kind table_row) are set a size smaller, 四号, so a ledger's
# columns fit; the first row names the columns.
TABLE_HEADER = Look("表格表头", "GongwenTableHeader", "黑体", Pt(14), centred=True, indent=False)
TABLE_BODY = Look("表格正文", "GongwenTableText", "仿宋_GB2312", Pt(14), indent=False)
SIGNATURE_RIGHT_CHARS = 4
# Fonts that Windows does not ship, and the system font Word should use
# instead on a PC without them (w:altName in the font table).
FONT_FALLBACKS = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体"}  # GB/T 9704: the date stands four characters from the right
