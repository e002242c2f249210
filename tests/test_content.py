"""Content rules from the content issue: originality against the seed, exact
official formulations, the volume of example wording, and the page set."""
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from zzshh.seed_fingerprint import chinese_only, window_hash, windows
from zzshh.sitedata import posts, schemas, statements

DOCS = ROOT / "docs"
GLOSSARY = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text(encoding="utf-8"))["terms"]

# Official titles and formulations the site must quote word for word; they
# may coincide with the seed. Everything else must be our own wording.
OFFICIAL = [t["wording"] for t in GLOSSARY] + [m for t in GLOSSARY for m in t.get("members", [])] + [
    "组织生活会个人对照检查材料",  # the name of the document itself
    "对照党中央和习近平总书记的号召和要求",
    "对照新时代合格党员标准",
    "对照革命先辈和先进典型",
    "上年度组织生活会问题整改落实情况",
    "习近平新时代中国特色社会主义思想",
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
    "对照习近平新时代中国特色社会主义思想和党中央决策部署",
]


# The glossary is the source of the formulations, and the proofreading rules
# quote wrong forms on purpose: formulation checks leave both out.
FORMULATION_SOURCES = {"glossary.yml", "proofread-rules.yml"}


def site_texts(with_sources: bool = True) -> dict[str, str]:
    """Every text readers see: pages, templates, data files."""
    files = sorted(DOCS.rglob("*.md")) + sorted((ROOT / "data").rglob("*.txt")) + sorted((ROOT / "data").rglob("*.yml"))
    return {f.relative_to(ROOT).as_posix(): f.read_text(encoding="utf-8") for f in files
            if with_sources or f.name not in FORMULATION_SOURCES}


def test_no_run_of_15_chinese_characters_shared_with_seed():
    seed = set((ROOT / "tests" / "data" / "seed-windows.txt").read_text(encoding="utf-8").split())
    pattern = re.compile("|".join(re.escape(p) for p in sorted(OFFICIAL, key=len, reverse=True)))
    shared = []
    for name, text in site_texts().items():
        for segment in pattern.split(text):
            for run in windows(chinese_only(segment)):
                if window_hash(run) in seed:
                    shared.append(f"{name}: {run}")
    assert not shared, "与种子材料雷同的文字：\n" + "\n".join(sorted(shared)[:40])


def page_sections(path: Path) -> dict[str, str]:
    """H2 title -> its text."""
    parts = re.split(r"^## (.+)$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def typed_pages(page_type: str) -> list[Path]:
    return [p for p in sorted(DOCS.rglob("*.md"))
            if re.search(rf"^type: {page_type}$", p.read_text(encoding="utf-8"), re.MULTILINE)]


def test_comparison_and_part_pages_exist():
    assert len(typed_pages("comparison")) == 4
    assert {p.stem for p in typed_pages("part")} == {
        "last-year-rectification", "duty-and-ability", "discipline-and-conduct",
        "cause-analysis", "rectification-measures"}


@pytest.mark.parametrize("page", typed_pages("comparison") + typed_pages("part"), ids=lambda p: p.stem)
def test_example_wording_by_post(page):
    """The page shows its statements from data, and every post has enough."""
    assert f"<!-- data:statements {page.stem} -->" in page_sections(page)["示例措辞"]
    by_post = statements.for_page(page.stem)
    assert list(by_post) == [post.id for post in posts.posts()]
    least = 3 if page.stem in schemas.PROBLEM_PAGES else 2
    for post, items in by_post.items():
        assert len(items) >= least, f"{page.name} {post}: 只有 {len(items)} 条"
        for item in items:
            assert 60 <= len(item.text) <= 200, f"{item.id}: {len(item.text)} 字：{item.text}"


def test_at_least_two_thirds_of_problems_say_what_the_writer_thought():
    problems = [s for s in statements.all_statements() if s.is_problem]
    thinking = [s for s in problems if s.thought]
    assert len(thinking) * 3 >= len(problems) * 2, f"{len(thinking)} / {len(problems)}"


def test_every_post_has_problems_for_at_least_four_disciplines():
    for post, file in statements.by_post().items():
        found = {s.discipline for s in file.statements if s.discipline}
        assert len(found) >= 4, f"{post}: {found}"


@pytest.mark.parametrize("page", typed_pages("comparison") + typed_pages("part"), ids=lambda p: p.stem)
def test_sections_draw_on_data_files(page):
    sections = page_sections(page)
    assert re.search(r"<!-- data:materials [a-z-]+ -->", sections["学习资料"])
    assert re.search(r"<!-- data:template [a-z-]+ -->", sections["模板"])


def enumerations(text: str, members: list[str], joiner: str) -> list[list[str]]:
    """Runs of two or more members written as a list (A、B、C)."""
    alternatives = "|".join(re.escape(m) for m in members)
    runs = re.finditer(rf"(?:{alternatives})(?:{joiner}(?:{alternatives}))+", text)
    return [re.findall(alternatives, run.group(0)) for run in runs]


def joiner(term: dict) -> str | None:
    """The separator when the wording is just its members listed, else None."""
    return next((j for j in "、，" if j.join(term.get("members", [])) == term["wording"]), None)


@pytest.mark.parametrize("term", [t for t in GLOSSARY if len(t.get("members", [])) >= 3 and joiner(t)],
                         ids=lambda t: t["term"])
def test_listed_formulations_are_complete_and_in_order(term):
    wrong = []
    for name, text in site_texts(with_sources=False).items():
        for run in enumerations(text.replace("\n", ""), term["members"], joiner(term)):
            if run != term["members"]:
                wrong.append(f"{name}: {joiner(term).join(run)}")
    assert not wrong, f"{term['term']} 应为：{term['wording']}\n" + "\n".join(wrong)


@pytest.mark.parametrize("term", [t for t in GLOSSARY if t["term"] in ("两个维护", "两个确立", "入党誓词")], ids=lambda t: t["term"])
def test_quoted_formulations_are_exact(term):
    opening = term["wording"][:8]
    wrong = []
    for name, text in site_texts(with_sources=False).items():
        for match in re.finditer(re.escape(opening), text):
            if not text.startswith(term["wording"].rstrip("。"), match.start()):
                wrong.append(f"{name}: {text[match.start():match.start() + len(term['wording'])]}")
    assert not wrong, f"{term['term']} 应为：{term['wording']}\n" + "\n".join(wrong)


def test_templates_keep_placeholders_in_brackets():
    for path in sorted((ROOT / "data" / "templates").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert "【" in text, f"{path.name} 没有占位符"
        assert text.count("【") == text.count("】"), f"{path.name} 方头括号不成对"
        assert not re.search(r"XX|xxx|××", text), f"{path.name} 有 XX 之类的占位写法"
