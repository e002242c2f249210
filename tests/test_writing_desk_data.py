"""What the build gives the writing desk, without a browser: the frameworks
derived from data/years.yml and the templates, the statement scripts, and
the Word skeleton made by the template downloads' own layout code."""
import datetime
import io
import json
import re
import zipfile

from docx import Document

from zzshh.docx_export import layout, word
from zzshh.sitedata import schemas, statements, templates, years
from zzshh.writingdesk import frameworks, script, skeleton

TODAY = datetime.date(2026, 12, 1)


def sections(template: str) -> list[dict]:
    return [block for block in frameworks.blocks(template) if block["type"] == "section"]


def test_offered_years_are_those_with_a_full_template_and_the_current_one_is_marked():
    offered = frameworks.frameworks(TODAY)
    own, followed = years.current(TODAY)
    assert [f["id"] for f in offered if f["current"]] == [(own or followed).id]
    assert {f["template"] for f in offered} == {"full-material", "full-discipline"}
    current = next(f for f in offered if f["current"])
    assert current["template"] == followed.template and "当前年度" in current["label"]
    if own and own.follow:
        assert f"先按{followed.year}年度" in current["label"]


def test_six_disciplines_pattern_has_one_section_per_discipline():
    problems = [s for s in sections("full-discipline") if s["page"] == "discipline-and-conduct"]
    assert [s["discipline"] for s in problems] == list(schemas.DISCIPLINES)
    assert all(s["heading"].endswith("方面") for s in problems)


def test_four_comparisons_pattern_has_one_section_per_problem_page():
    problems = [s for s in sections("full-material") if s["page"] in schemas.PROBLEM_PAGES]
    assert [s["page"] for s in problems] == list(schemas.PROBLEM_PAGES)


def test_every_problem_has_a_place_in_both_patterns_and_its_pair_follows():
    for template in ("full-material", "full-discipline"):
        places = sections(template)
        pages = {s["page"] for s in places}
        assert {schemas.CAUSE_PAGE, schemas.MEASURE_PAGE, schemas.LAST_YEAR_PAGE} <= pages, template
        for item in statements.all_statements():
            if template == "full-discipline" and item.page != "discipline-and-conduct" and item.is_problem:
                continue  # the six-discipline pattern lists the discipline-and-conduct problems only
            matching = [s for s in places if s["page"] == item.page
                        and s["discipline"] in (None, item.discipline)]
            assert len(matching) == 1, (template, item.id)


def test_fixed_text_keeps_the_template_words_and_placeholders():
    for template in ("full-material", "full-discipline"):
        texts = []
        for block in frameworks.blocks(template):
            texts += [p["text"] for p in block.get("paragraphs", [])]
            texts += ([block["heading"]] if block.get("heading") else []) + [p["text"] for p in block.get("fallback", [])]
        assert texts == [p.text for p in templates.load(template).paragraphs], template


def test_statement_scripts_hold_each_post_once():
    for post in script.post_ids():
        text = script.render_statements_js(post)
        items = json.loads(re.search(r"\] = (\{.*\});\n$", text).group(1))
        assert set(items) == {s.id for s in statements.by_post()[post].statements}
        assert all(item["post"] == post for item in items.values())


def test_skeleton_has_one_paragraph_per_kind_in_the_download_layout(tmp_path):
    data = skeleton.skeleton_bytes()
    document = Document(io.BytesIO(data))
    assert [p.style.style_id for p in document.paragraphs] == [look.style_id for look in layout.LOOKS.values()]
    assert [p.runs[0].text for p in document.paragraphs] == list(layout.LOOKS)
    download = tmp_path / "full-material.docx"
    word.write_docx(templates.load("full-material"), download)
    with zipfile.ZipFile(io.BytesIO(data)) as ours, zipfile.ZipFile(download) as theirs:
        for part in ("word/styles.xml", "word/fontTable.xml", "word/footer1.xml", "word/settings.xml"):
            assert ours.read(part) == theirs.read(part), part
        assert not {name for name in ours.namelist() if "stylesWithEffects" in name or "thumbnail" in name}
