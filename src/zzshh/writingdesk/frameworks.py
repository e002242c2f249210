"""A year's framework as the writing desk fills it, derived from the year's
full template (data/templates.yml compose steps):

- fixed text (the opening, the closing and signature) stays as written;
- a heading line (一、…) stays;
- every other file is cut into sections at its （一） headings; a section
  lists example statements (data/statements) by page, or by discipline where
  its heading names one of the six disciplines or 中央八项规定精神. Until the
  reader picks or writes something there, the template's own paragraphs
  stand in the draft.
Years that share a template share its blocks; the page fills in 【年度】."""
import datetime
from dataclasses import dataclass

from zzshh.sitedata import schemas, templates, years

# Template files whose sections take example statements from one page.
FILE_PAGES = {
    "last-year": schemas.LAST_YEAR_PAGE,
    "comparison-central": "central-requirements",
    "comparison-qualified-member": "qualified-member",
    "comparison-party-oath": "party-oath",
    "comparison-models": "revolutionary-models",
    "duty-and-ability": "duty-and-ability",
    "discipline-and-conduct": "discipline-and-conduct",
    "discipline-problems": "discipline-and-conduct",
    "cause-analysis": schemas.CAUSE_PAGE,
    "discipline-cause-analysis": schemas.CAUSE_PAGE,
    "rectification-measures": schemas.MEASURE_PAGE,
    "discipline-rectification-measures": schemas.MEASURE_PAGE,
}
# How a framework is named in the picker, after its year.
PATTERNS = {"full-material": "四个对照", "full-discipline": "对照六大纪律"}


@dataclass(frozen=True)
class Section:
    id: str
    heading: str | None  # a （一） line, kept in the draft; None: the file's whole text
    page: str
    discipline: str | None
    fallback: tuple[templates.Paragraph, ...]  # the template's text, until she picks or writes


def _discipline_in(heading: str) -> str | None:
    return next((name for name in schemas.DISCIPLINES if name in heading), None)


def _sections(file: str) -> list[Section]:
    """One section per （一） heading of a problem file. Last year's
    rectification, the causes and the measures stay one section each, so the
    causes and measures proposed with the problems land in one place."""
    page = FILE_PAGES[file]
    paragraphs = templates.file_paragraphs(file)
    if page in (schemas.CAUSE_PAGE, schemas.MEASURE_PAGE, schemas.LAST_YEAR_PAGE):
        return [Section(file, None, page, None, tuple(paragraphs))]
    found: list[Section] = []
    for paragraph in paragraphs:
        if paragraph.kind == "heading2":
            discipline = _discipline_in(paragraph.text) if file == "discipline-problems" else None
            found.append(Section(f"{file}-{len(found) + 1}", paragraph.text, page, discipline, ()))
        elif found:
            last = found[-1]
            found[-1] = Section(last.id, last.heading, last.page, last.discipline, last.fallback + (paragraph,))
    return found


def blocks(template: str) -> list[dict]:
    """The template as the desk's blocks, in order. The page fills 【年度】
    with the year picked, so years sharing a template share its blocks."""
    out: list[dict] = []
    for step in templates.manifest()[template].compose or []:
        if step.heading:
            out.append({"type": "fixed", "paragraphs": [_paragraph(templates.Paragraph("heading1", step.heading))]})
            continue
        if step.file in FILE_PAGES:
            out += [_section(section) for section in _sections(step.file)]
            continue
        part = templates.file_paragraphs(step.file)
        if step.title_first:
            part[0] = templates.Paragraph("title", part[0].text)
        if step.signature_lines:
            part[-step.signature_lines:] = [templates.Paragraph("signature", p.text)
                                            for p in part[-step.signature_lines:]]
        out.append({"type": "fixed", "paragraphs": [_paragraph(p) for p in part]})
    return out


def _paragraph(paragraph: templates.Paragraph) -> dict:
    return {"kind": paragraph.kind, "text": paragraph.text}


def _section(section: Section) -> dict:
    return {"type": "section", "id": section.id, "heading": section.heading, "page": section.page,
            "discipline": section.discipline, "fallback": [_paragraph(p) for p in section.fallback]}


def _template_of(year) -> str | None:
    return year.template or (years.by_id()[year.follow].template if year.follow else None)


def frameworks(today: datetime.date) -> list[dict]:
    """The years with a full template, newest first; the one readers are in
    now (years.current) is marked current, with the year it follows."""
    own, followed = years.current(today)
    current = own or followed
    out = []
    for year in sorted(years.years(), key=lambda y: y.year, reverse=True):
        template = _template_of(year)
        if template is None or "-" in year.id:  # special meetings have no full template
            continue
        is_current = current is not None and year.id == current.id
        if year.follow and not is_current:  # a year still waiting for its notice is offered only while current
            continue
        label = f"{year.year}年度：{PATTERNS.get(template, templates.manifest()[template].title)}"
        if is_current:
            label += "（当前年度" + (f"，通知尚未见到，先按{years.by_id()[year.follow].year}年度）" if year.follow else "）")
        out.append({"id": year.id, "year": year.year, "label": label, "template": template, "current": is_current})
    return out
