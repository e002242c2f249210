"""Shared by the self-check tests: the test vectors and a bridge to the
JavaScript engine running in Node."""
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from zzshh.selfcheck import check_site_page, check_template_text, check_text, default_ruleset
from zzshh.selfcheck.markdown_mask import mask_markdown
from zzshh.selfcheck.ruleset import to_json

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "tests" / "selfcheck-vectors"
RUNNER = ROOT / "tests" / "selfcheck-node-runner.js"


@dataclass
class Vector:
    name: str
    kind: str        # clean | planted | seed
    profile: str     # draft | site_page | template
    text: str | None  # None: the source file is not on this machine
    expected: list[dict]
    allowed: list[dict]
    source: Path

    def python_findings(self):
        if self.profile == "site_page":
            return check_site_page(self.text)
        if self.profile == "template":
            return check_template_text(self.text)
        return check_text(self.text)

    def engine_input(self) -> str:
        """The text the engine sees (site pages are masked first)."""
        return mask_markdown(self.text) if self.profile == "site_page" else self.text


def vectors() -> list[Vector]:
    found = []
    for spec_path in sorted(VECTORS.glob("*.expected.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        name = spec_path.name[: -len(".expected.json")]
        if "source" in spec:
            source = (ROOT / spec["source"]).resolve()
        else:
            source = next(p for p in VECTORS.glob(f"{name}.*") if not p.name.endswith(".expected.json"))
        text = source.read_text(encoding="utf-8") if source.exists() else None
        found.append(Vector(name, spec["kind"], spec["profile"], text, spec["expected"],
                            spec.get("allowed", []), source))
    return found


def node() -> str:
    path = shutil.which("node")
    if not path:
        pytest.fail("node is missing: install Debian's nodejs (.ci/run should)")
    return path


def run_js(cases: list[dict], ruleset: dict | None = None) -> dict[str, list[dict]]:
    """{name: findings} from engine.js for [{"name", "text", "profile"}]."""
    request = {"ruleset": json.loads(to_json(ruleset or default_ruleset())), "cases": cases}
    result = subprocess.run([node(), str(RUNNER)], input=json.dumps(request), capture_output=True,
                            text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def data_copy(tmp_path):
    """The self-check's rule data (rules, glossary, dictionary) in a scratch
    folder, for tests that break it on purpose."""
    copy = tmp_path / "data"
    copy.mkdir()
    for name in ("proofread-rules.yml", "glossary.yml", "miswritten-words.yml"):
        shutil.copy(ROOT / "data" / name, copy / name)
    return copy


def assert_reported_over(rule: str, text: str, part: str) -> None:
    """rule reports a finding on the first line holding part, over its words."""
    lines = text.split("\n")
    line = next(n for n, t in enumerate(lines, 1) if part in t)
    start = lines[line - 1].index(part)
    found = [f for f in check_text(text) if f.rule == rule and f.line == line]
    assert any(f.column - 1 < start + len(part) and start < f.column - 1 + f.length for f in found), \
        [(f.rule, f.excerpt) for f in check_text(text)]
