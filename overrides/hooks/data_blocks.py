"""MkDocs hook: replaces <!-- data:NAME ARG --> markers in pages with content
rendered from data/ (study materials, templates, glossary, check rules).
An unknown or invalid marker stops the build with file:line and a rule ID."""
import sys
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from sitedata import check_rules, glossary, markers, materials, templates  # noqa: E402


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
        parts.append(RENDERERS[marker.name](marker.arg))
        last = marker.end
    parts.append(markdown[last:])
    return "".join(parts)


def render_materials(topic: str) -> str:
    items = materials.materials() if topic == "all" else materials.for_topic(topic)
    lines = []
    for item in items:
        facts = "，".join(x for x in (item.issuer, item.date, item.docno) if x)
        lines.append(f"- **{item.display_title}**（{facts}）")
        if item.note:
            lines.append(f"  {item.note}")
        if item.address:
            lines.append(f"  网址：[{item.address.label}]({item.address.url})")
    return "\n".join(lines) + "\n"


def _paragraph_html(paragraph: templates.Paragraph) -> str:
    text = escape(paragraph.text, quote=False)
    text = templates.PLACEHOLDER.sub(lambda m: f'<span class="zz-placeholder">{m.group(0)}</span>', text)
    return f'<p class="zz-template__{paragraph.kind}">{text}</p>'


def render_template(name: str) -> str:
    template = templates.load(name)
    body = "\n".join(_paragraph_html(p) for p in template.paragraphs)
    return (f'<div class="zz-template" id="template-{name}" data-template="{name}">\n'
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


RENDERERS = {
    "materials": render_materials,
    "template": render_template,
    "glossary": render_glossary,
    "rules": render_rules,
}
