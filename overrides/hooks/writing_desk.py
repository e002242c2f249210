"""MkDocs hook for the writing desk (docs/tools/writing-desk.md).

- on_files: writes the desk's data, each post's statements and its Word
  skeleton as scripts (a JSON or .docx file would not load from file://, the
  offline package).
- on_page_content: adds the desk's stylesheet and scripts to its page as
  tags with paths relative to the page, so they load under any sub-path and
  from a folder, and names on the desk's container what loads on demand:
  the self-check's and the Word file's scripts, and the folder of the
  posts' statements. No
  inline loader script: the CSP is meant to need none.
Data errors never reach this hook: checks.py stops the build before it."""
import datetime

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from zzshh.selfcheck.ruleset import SITE_SCRIPT
from zzshh.writingdesk import script, skeleton

PAGE = "tools/writing-desk.md"
DATA_JS = "assets/javascripts/writing-desk/data.js"
SKELETON_JS = "assets/javascripts/writing-desk/skeleton.js"
# One script per post (POST.js), loaded when the reader's post needs it.
STATEMENTS_DIR = "assets/javascripts/writing-desk/statements"
STYLES = ("assets/stylesheets/writing-desk.css",)
# In load order: data first, the page's own code last.
SCRIPTS = (DATA_JS, "assets/javascripts/writing-desk/draft.js", "assets/javascripts/writing-desk/editor.js",
           "assets/javascripts/writing-desk/findings.js", "assets/javascripts/writing-desk/storage.js",
           "assets/javascripts/writing-desk/ui.js")
# Loaded when the reader first asks for them, as the container's data-*
# attributes: the self-check (材料自查's engine and rules) and what makes the
# Word file. Together they are half the page's weight, which a reader who
# only reads the examples does not need.
ON_DEMAND = {
    "data-check-scripts": (SITE_SCRIPT, "assets/javascripts/self-check/engine.js",
                           "assets/javascripts/self-check/places.js"),
    "data-word-scripts": (SKELETON_JS, "assets/vendor/fflate/fflate.umd.js", "assets/javascripts/writing-desk/word.js"),
}
CONTAINER = 'id="writing-desk"'


def on_files(files, config, **_):
    # The build date picks the year readers are in (see data/years.yml).
    files.append(File.generated(config, DATA_JS, content=script.render_data_js(datetime.date.today())))
    for post in script.post_ids():
        files.append(File.generated(config, f"{STATEMENTS_DIR}/{post}.js", content=script.render_statements_js(post)))
    files.append(File.generated(config, SKELETON_JS, content=skeleton.render_skeleton_js()))
    return files


def on_page_content(html, page, **_):
    if page.file.src_uri != PAGE:
        return html
    if CONTAINER not in html:
        raise PluginError(f"docs/{PAGE}:1: 页面中没有写作台的容器 <div {CONTAINER}>")
    attributes = [f'{name}="{" ".join(get_relative_url(path, page.url) for path in paths)}"'
                  for name, paths in ON_DEMAND.items()]
    attributes.append(f'data-statements="{get_relative_url(STATEMENTS_DIR + "/", page.url)}"')
    html = html.replace(CONTAINER, f"{CONTAINER} {' '.join(attributes)}", 1)
    tags = [f'<link rel="stylesheet" href="{get_relative_url(path, page.url)}">' for path in STYLES]
    tags += [f'<script src="{get_relative_url(path, page.url)}"></script>' for path in SCRIPTS]
    return html + "\n".join(tags)
