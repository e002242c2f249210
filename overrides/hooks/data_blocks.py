"""MkDocs hook: replaces <!-- data:NAME ARG --> markers in pages with content
rendered from data/ (study materials, templates, example statements, years,
glossary, rule tables). An unknown or invalid marker stops the build with
file:line and a rule ID."""
import datetime
import re
from html import escape
from itertools import groupby
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from zzshh.docx_export import files
from zzshh.selfcheck import default_ruleset
from zzshh.sitedata import (check_rules, glossary, markers, materials, page_types, posts, schemas, statements,
                            templates, years)

# Template and statement blocks are raw HTML, which Markdown keeps intact
# only at the top level, not inside tabs, admonitions or collapsed blocks. So
# the Markdown stage leaves a slot paragraph, indented like the marker, and
# on_page_content puts the block in its place.
TEMPLATE_SLOT = "zz-template-slot:{}"
STATEMENTS_SLOT = "zz-statements-slot:{}:{}"
SLOT_HTML = re.compile(r"(?:<p[^>]*>)?zz-(template|statements)-slot:([^\s<]+)(?:</p>)?")
# Statement page id (the file stem) -> (its URL, its H1), read per build.
STATEMENT_PAGES: dict[str, tuple[str, str]] = {}
CERTAINTY = {"official-notice": "见到通知名称或文号的引用", "branch-practice": "单位的会议报道或通知转发",
             "media-report": "媒体的综述报道"}
COPY_LABELS = {"full-material": "复制全文", "full-discipline": "复制全文"}  # whole materials, not one part


def on_files(files, config, **_):
    """Where each statement page is in this build (its URL depends on
    use_directory_urls, which the offline build turns off) and its H1."""
    STATEMENT_PAGES.clear()
    for file in files.documentation_pages():
        page_id = Path(file.src_uri).stem
        if page_id in schemas.STATEMENT_PAGES:
            title = re.search(r"^# (.+)$", Path(file.abs_src_path).read_text(encoding="utf-8"), re.MULTILINE)
            STATEMENT_PAGES[page_id] = (file.url, title.group(1).strip() if title else page_id)
    return files


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
            # The attribute list gives MkDocs the block's id, so links to it are checked.
            parts.append(f"\n{indent}{TEMPLATE_SLOT.format(marker.arg)}\n{indent}{{: #template-{marker.arg} }}\n")
        elif marker.name == "statements":
            line = markdown[marker.start:marker.end]
            parts.append(render_statement_tabs(marker.arg, line[:len(line) - len(line.lstrip())]))
        else:
            parts.append(RENDERERS[marker.name](marker.arg))
        last = marker.end
    parts.append(markdown[last:])
    return "".join(parts)


def on_page_content(html, page, **_):
    def block(match: re.Match) -> str:
        if match.group(1) == "template":
            return render_template(match.group(2), page.url)
        page_id, post = match.group(2).split(":")
        return render_statements(page_id, post, page.url)
    return SLOT_HTML.sub(block, html)


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


def _text_html(text: str) -> str:
    text = escape(text, quote=False)
    return templates.PLACEHOLDER.sub(lambda m: f'<span class="zz-placeholder">{m.group(0)}</span>', text)


def _paragraph_html(paragraph: templates.Paragraph) -> str:
    return f'<p class="zz-template__{paragraph.kind}">{_text_html(paragraph.text)}</p>'


def _table_html(rows: list[templates.Paragraph]) -> str:
    """Consecutive table rows as one table, the first row as its header. The
    wrapper scrolls sideways on a phone."""
    head, *body = rows
    cells = "".join(f'<th scope="col">{_text_html(c)}</th>' for c in head.cells)
    lines = [f"<thead><tr>{cells}</tr></thead><tbody>"]
    lines += ["<tr>" + "".join(f"<td>{_text_html(c)}</td>" for c in row.cells) + "</tr>" for row in body]
    return ('<div class="zz-template__table-wrap"><table class="zz-template__table">'
            + "\n".join(lines) + "</tbody></table></div>")


def _download_link(template: templates.Template, suffix: str, label: str, page_url: str) -> str:
    href = get_relative_url(files.site_path(template.name, suffix), page_url)
    return (f'<a class="md-button zz-template__download" href="{href}" '
            f'download="{escape(template.title)}{suffix}">{label}</a>')


def render_template(name: str, page_url: str) -> str:
    """The block: copy button and download links, then the text. The copy
    text is written here, so the browser copies it exactly as in data/."""
    template = templates.load(name)
    blocks = []
    for is_table, group in groupby(template.paragraphs, key=lambda p: p.kind == "table_row"):
        group = list(group)
        blocks.append(_table_html(group) if is_table else "\n".join(map(_paragraph_html, group)))
    body = "\n".join(blocks)
    copy_text = escape(template.plain_text).replace("\n", "&#10;").replace("\t", "&#9;")
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


def render_statement_tabs(page_id: str, indent: str) -> str:
    """One tab per post, each holding a slot for its statement list."""
    labels = posts.labels()
    tabs = []
    for post, items in statements.for_page(page_id).items():
        if items:
            tabs.append(f'{indent}=== "{labels[post]}"\n\n{indent}    {STATEMENTS_SLOT.format(page_id, post)}\n')
    return "\n".join(tabs) + "\n"


def _statement_href(statement: statements.Statement, page_url: str) -> str:
    return f"{get_relative_url(STATEMENT_PAGES[statement.page][0], page_url)}#{statement.id}"


def _statement_label(statement: statements.Statement) -> str:
    return f"{STATEMENT_PAGES[statement.page][1]}第{statement.number}条"


def _links(ids, page_url: str) -> str:
    known = statements.by_id()
    return "、".join(f'<a href="{_statement_href(known[i], page_url)}">{escape(_statement_label(known[i]))}</a>'
                    for i in ids)


def render_statements(page_id: str, post: str, page_url: str) -> str:
    """A post's statements on a page: each with its own address, a copy
    button, and the statements it pairs with."""
    file = statements.by_post()[post]
    items = [s for s in file.statements if s.page == page_id]
    rows = []
    for item in sorted(items, key=lambda s: s.number):
        pairs = []
        if item.is_problem:
            pairs.append(f"原因：{_links([item.cause], page_url)}；措施：{_links([item.measure], page_url)}")
        elif item.answers:
            pairs.append(f"回答：{_links(item.answers, page_url)}")
        if item.discipline:
            pairs.insert(0, f"属于{escape(item.discipline)}方面")
        pairs_html = f'<p class="zz-statement__pairs">{"。".join(pairs)}</p>' if pairs else ""
        rows.append(
            f'<li class="zz-statement" id="{item.id}" data-copy-text="{escape(item.text)}">'
            f'<p class="zz-statement__text">{escape(item.text, quote=False)}</p>{pairs_html}'
            f'<p class="zz-statement__actions" data-search-exclude>'
            f'<a class="zz-statement__link" href="#{item.id}" title="本条的链接，可复制后发给别人">本条链接</a>'
            f'<button type="button" class="zz-statement__copy">复制本条</button>'
            f'<span class="zz-statement__status" role="status" aria-live="polite"></span></p></li>')
    facts = "；".join(escape(f, quote=False) for f in file.facts)
    return (f'<p class="zz-statement__persona">示例人物：{facts}。</p>\n'
            f'<ol class="zz-statements">\n' + "\n".join(rows) + "\n</ol>\n")


def render_years(_: str) -> str:
    """One H2 per year of data/years.yml, newest first."""
    blocks = []
    # Newest first; a year's own meeting before a special meeting held during it.
    for year in sorted(years.years(), key=lambda y: (y.year, "-" not in y.id), reverse=True):
        lines = [f"## {year.name}\n", f"**召开时间：**{year.held}\n"]
        if year.follow:
            followed = years.by_id()[year.follow]
            lines.append(f"**框架：**本年度的通知本站尚未见到。收到本支部的通知之前，可以先参照{followed.name}的框架准备，"
                         f"收到通知后以通知为准。\n")
        if year.theme:
            lines.append(f"**主题要点：**{year.theme}\n")
        if year.items:
            lines.append("**查摆对照的内容：**\n\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(year.items, 1)) + "\n")
        if year.template:
            title = templates.load(year.template).title
            lines.append(f"**适用的模板：**[{title}](../templates/index.md#template-{year.template})\n")
        if year.sources:
            cited = []
            for source in year.sources:
                where = f"（{source.where}）" if source.where else ""
                cited.append(f"- {source.site}：{source.title}，{source.date}{where}。来源性质：{CERTAINTY[source.certainty]}。")
            lines.append("**来源：**\n\n" + "\n".join(cited) + "\n")
        lines += [f"- {note}" for note in year.notes]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def render_current_year(_: str, today: datetime.date | None = None) -> str:
    """The home page's note: which 年度 readers write for now, and what is known of it."""
    today = today or datetime.date.today()
    wanted = years.meeting_year(today)
    own, framework = years.current(today)
    text = [f"本站按{today.year}年{today.month}月的情况编写：现在准备的是**{wanted}年度**组织生活会的材料，"
            f"会议一般在{wanted + 1}年年初召开（某一年度的组织生活会，一般在下一年年初回顾这一年度）。"]
    if framework is None:
        text.append("本站还没有收录可参照的年度框架，请以本支部收到的通知为准。")
    elif own is framework:
        text.append(f"{framework.name}的框架见[历年框架](reference/yearly-frameworks.md)，写之前请核对本支部收到的通知。")
    else:
        text.append(f"{wanted}年度的通知本站尚未见到。收到本支部的通知之前，可以先参照{framework.name}的框架"
                    f"（见[历年框架](reference/yearly-frameworks.md)），收到通知后以通知为准。")
    if framework and framework.template:
        title = templates.load(framework.template).title
        text.append(f"相应的模板是[{title}](templates/index.md#template-{framework.template})。")
    body = "".join(text)
    return f'!!! info "现在该写哪一年度的材料"\n\n    {body}\n'


def render_page_types(_: str) -> str:
    rows = ["| 类型（type） | 名称 | 用途 | 必须依次包含的二级标题 |", "| --- | --- | --- | --- |"]
    for name, spec in page_types.types().items():
        sections = "、".join(spec.sections) or "（不限）"
        rows.append(f"| `{name}` | {spec.label} | {spec.explain} | {sections} |")
    return "\n".join(rows) + "\n"


def render_posts(_: str) -> str:
    return "、".join(post.label for post in posts.posts()) + "\n"


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
    "years": render_years,
    "current-year": render_current_year,
    "page-types": render_page_types,
    "posts": render_posts,
    "materials": render_materials,
    "glossary": render_glossary,
    "rules": render_rules,
    "proofread-rules": render_proofread_rules,
}
