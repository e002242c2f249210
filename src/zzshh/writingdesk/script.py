"""The writing desk's data as scripts: window.WRITING_DESK (frameworks, the
blocks of their templates, posts) and, one script per post, its example
statements, which the page loads when the reader's post needs them."""
import datetime
import json

from zzshh.sitedata import posts, statements

from . import frameworks

STATEMENTS_GLOBAL = "WRITING_DESK_STATEMENTS"


def _json(value) -> str:
    # ASCII-only JSON: the same bytes whatever encoding a browser assumes.
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def _statement(item: statements.Statement) -> dict:
    fields = {"post": item.post, "page": item.page, "text": item.text, "cause": item.cause,
              "measure": item.measure, "discipline": item.discipline}
    return {key: value for key, value in fields.items() if value is not None}


def desk_data(today: datetime.date) -> dict:
    years = frameworks.frameworks(today)
    return {
        "frameworks": years,
        "layouts": {name: frameworks.blocks(name) for name in dict.fromkeys(y["template"] for y in years)},
        "posts": [{"id": post.id, "label": post.label} for post in posts.posts()],
    }


def render_data_js(today: datetime.date) -> str:
    return ("/* Generated from data/ by src/zzshh/writingdesk/script.py; do not edit. */\n"
            f"window.WRITING_DESK = {_json(desk_data(today))};\n")


def render_statements_js(post: str) -> str:
    items = {item.id: _statement(item) for item in statements.by_post()[post].statements}
    return ("/* Generated from data/statements/ by src/zzshh/writingdesk/script.py; do not edit. */\n"
            f"(window.{STATEMENTS_GLOBAL} = window.{STATEMENTS_GLOBAL} || {{}})[{_json(post)}] = {_json(items)};\n")


def post_ids() -> list[str]:
    return [post.id for post in posts.posts()]
