"""Benchmark of the draft self-check: time to check drafts of 5,000, 50,000
and 500,000 characters in the Python engine and in the JavaScript engine
(Node). Goal: under 1 s at 50,000 characters in each, growing linearly.

Usage: python scripts/bench_self_check.py [--repeat N]
The drafts are the test vectors (clean and planted) repeated to length."""
import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path


from zzshh.selfcheck import check_text, default_ruleset
from zzshh.selfcheck.ruleset import to_json

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "tests" / "selfcheck-vectors"
ENGINE = ROOT / "docs" / "assets" / "javascripts" / "self-check" / "engine.js"
SIZES = (5_000, 50_000, 500_000)
GOAL_SECONDS = 1.0

NODE_BENCH = """
const engine = require(process.argv[1]);
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (c) => { input += c; });
process.stdin.on("end", () => {
  const { ruleset, texts, repeat } = JSON.parse(input);
  engine.checkText("预热", ruleset);
  const out = texts.map((text) => {
    let best = Infinity;
    let count = 0;
    for (let i = 0; i < repeat; i++) {
      const start = process.hrtime.bigint();
      count = engine.checkText(text, ruleset).length;
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
    }
    return [best, count];
  });
  process.stdout.write(JSON.stringify(out));
});
"""


def corpus() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(VECTORS.glob("*.txt"))]
    return "\n".join(texts)


def draft_of(size: int, source: str) -> str:
    return (source * (size // len(source) + 1))[:size]


def time_python(text: str, repeat: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(check_text(text))
        best = min(best, time.perf_counter() - start)
    return best, count


def time_node(texts: list[str], repeat: int) -> list[tuple[float, int]] | None:
    node = shutil.which("node")
    if not node:
        return None
    request = json.dumps({"ruleset": json.loads(to_json(default_ruleset())), "texts": texts, "repeat": repeat})
    result = subprocess.run([node, "-e", NODE_BENCH, str(ENGINE)], input=request, capture_output=True,
                            text=True, encoding="utf-8", timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"Node 运行失败：{result.stderr.strip().splitlines()[-1]}")
    return [tuple(x) for x in json.loads(result.stdout)]


def main() -> int:
    parser = argparse.ArgumentParser(description="材料自查的速度基准（Python 与 JavaScript 引擎）。")
    parser.add_argument("--repeat", type=int, default=3, help="每个长度重复次数，取最快一次（默认 3）")
    args = parser.parse_args()
    source = corpus()
    texts = [draft_of(size, source) for size in SIZES]
    check_text("预热")
    python = [time_python(text, args.repeat) for text in texts]
    node = time_node(texts, args.repeat)
    print(f"{'字符数':>8}  {'Python 秒':>10}  {'Node 秒':>10}  {'发现数':>6}")
    for k, size in enumerate(SIZES):
        js = f"{node[k][0]:10.3f}" if node else f"{'无 node':>10}"
        print(f"{size:>10,}  {python[k][0]:10.3f}  {js}  {python[k][1]:>6}")
    at_goal = SIZES.index(50_000)
    slow = [name for name, results in (("Python", python), ("Node", node)) if results and results[at_goal][0] >= GOAL_SECONDS]
    if slow:
        print(f"未达目标：{'、'.join(slow)} 检查 5 万字超过 {GOAL_SECONDS} 秒。")
        return 1
    growth = [f"{name} {results[2][0] / max(results[1][0], 1e-9):.1f} 倍"
              for name, results in (("Python", python), ("Node", node)) if results]
    print(f"达到目标：5 万字均在 {GOAL_SECONDS} 秒以内；长度增加 10 倍（5 万→50 万）用时增加：{'，'.join(growth)}。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
