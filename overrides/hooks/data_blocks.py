"""MkDocs hook: replaces <!-- data:NAME ARG --> markers in pages with content
rendered from data/ (study materials, templates, glossary, check rules).
An unknown or invalid marker stops the build with file:line and a rule ID."""
import re
import sys
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from docx_export import files  # noqa: E402
from selfcheck import default_ruleset  # noqa: E402
from sitedata import check_rules, glossary, markers, materials, templates  # noqa: E402

# A template block is raw HTML, which Markdown keeps intact only at the top
# level, not inside tabs, admonitions or collapsed blocks. So the Markdown
# stage leaves a slot paragraph, indented like the marker, and
# on_page_content puts the block in its place.
TEMPLATE_SLOT = "zz-template-slot:{}"
TEMPLATE_SLOT_HTML = re.compile(r"(?:<p>)?zz-template-slot:([^\s<]+)(?:</p>)?")
COPY_LABELS = {"full-material": "复制全文"}  # the whole material, not one part


def _source_line(page, marker) -> int:
    """MkDocs strips front matter: count lines in the file as written."""
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    return marker.line + source.count("\n", 0, source.find(page.markdown[:200]))


def on_page_markdown(markdown, page, **_):
    parts, last = [], 0
    for marker in markers.find(markdown):
        reason = markers.problem(marker)
        if reason:
            raise PluginError(f"docs/{page.file.src_uri}:{_source_line(page, marker)}: DATA-MARKER {reason}")
        parts.append(markdown[last:marker.start])
        if marker.name == "template":
            line = markdown[marker.start:marker.end]
            indent = line[:len(line) - len(line.lstrip())]
            parts.append(f"\n{indent}{TEMPLATE_SLOT.format(marker.arg)}\n")
        else:
            parts.append(RENDERERS[marker.name](marker.arg))
        last = marker.end
    parts.append(markdown[last:])
    return "".join(parts)


def on_page_content(html, page, **_):
    return TEMPLATE_SLOT_HTML.sub(lambda m: render_template(m.group(1), page.url), html)


def render_materials(topic: str) -> str:
    items = materials.materials() if topic == "all" else materials.for_topic(topic)
    lines = []
    for item in items:
        facts = "，".join(x for x in (item.issuer, item.date, item.docno) if x)
        # Separate paragraphs: a line break inside Chinese text shows as a space.
        lines.append(f"- **{item.display_title}**（{facts}）\n")
        if item.note:
            lines.append(f"    {item.note}\n")
        if item.address:
            lines.append(f"    网址：[{item.address.label}]({item.address.url})\n")
    return "\n".join(lines) + "\n"


def _paragraph_html(paragraph: templates.Paragraph) -> str:
    text = escape(paragraph.text, quote=False)
    text = templates.PLACEHOLDER.sub(lambda m: f'<span class="zz-placeholder">{m.group(0)}</span>', text)
    return f'<p class="zz-template__{paragraph.kind}">{text}</p>'


def _download_link(template: templates.Template, suffix: str, label: str, page_url: str) -> str:
    href = get_relative_url(files.site_path(template.name, suffix), page_url)
    return (f'<a class="md-button zz-template__download" href="{href}" '
            f'download="{escape(template.title)}{suffix}">{label}</a>')


def render_template(name: str, page_url: str) -> str:
    """The block: copy button and download links, then the text. The copy
    text is written here, so the browser copies it exactly as in data/."""
    template = templates.load(name)
    body = "\n".join(_paragraph_html(p) for p in template.paragraphs)
    copy_text = escape(template.plain_text).replace("\n", "&#10;")
    actions = "".join((
        f'<button type="button" class="md-button md-button--primary zz-template__copy">'
        f'{COPY_LABELS.get(name, "复制模板")}</button>',
        _download_link(template, files.WORD, "下载 Word 模板", page_url),
        _download_link(template, files.TEXT, "下载纯文本", page_url),
        '<span class="zz-template__status" role="status" aria-live="polite"></span>',
    ))
    return (f'<div class="zz-template" id="template-{name}" data-template="{name}" '
            f'data-copy-text="{copy_text}">\n'
            f'<div class="zz-template__actions" data-search-exclude>{actions}</div>\n'
            f'<div class="zz-template__text">\n{body}\n</div>\n</div>\n')


def render_glossary(_: str) -> str:
    blocks = []
    for term in glossary.terms():
        blocks.append(f"## {term.term}\n\n**规范表述：**{term.wording}\n\n**出处：**{term.source}\n")
        if term.note:
            blocks.append(f"!!! note \"说明\"\n    {term.note}\n")
    return "\n".join(blocks)


def render_rules(_: str) -> str:
    rows = ["| 规则编号 | 含义 | 怎么改 |", "| --- | --- | --- |"]
    for rule in check_rules.rules().values():
        rows.append(f"| `{rule.id}` | **{rule.title}**：{rule.explain} | {rule.fix} |")
    return "\n".join(rows) + "\n"


def render_proofread_rules(_: str) -> str:
    ruleset = default_ruleset()
    rows = ["| 规则编号 | 类别 | 级别 | 含义 |", "| --- | --- | --- | --- |"]
    for rule in ruleset["rules"]:
        rows.append(f"| `{rule['id']}` | {ruleset['classes'][rule['class']]} | "
                    f"{ruleset['severities'][rule['severity']]} | {rule['title']} |")
    return "\n".join(rows) + "\n"


RENDERERS = {
    "materials": render_materials,
    "glossary": render_glossary,
    "rules": render_rules,
    "proofread-rules": render_proofread_rules,
}
