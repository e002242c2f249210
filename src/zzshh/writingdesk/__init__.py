"""The writing desk (工具 → 写作台): what its page needs from data/, built
into the site as scripts so the page also works from file:// (offline).

- frameworks.frameworks(today) -> the years a reader can pick;
  frameworks.blocks(template) -> a full template as fixed text and sections
- script.render_data_js(today) -> assets/javascripts/writing-desk/data.js
- script.render_statements_js(post) -> .../writing-desk/statements/POST.js
- skeleton.render_skeleton_js() -> .../writing-desk/skeleton.js (the Word file)
"""
