"""Benchmark of the draft self-check: time to check drafts of 5,000, 50,000,
500,000 and 1,000,000 characters (the most the readers pass on), as normal
lines and as one single line packed with formulations or errors, through
Python (engine.js in mini-racer, what the command line runs) and Node (the
same file, as in the page). Goals: under 1 s at 50,000 characters; time
grows linearly (one long line included: the engine once took 41 s on 100 KB
of formulations on one line).

Usage: python scripts/bench_self_check.py [--repeat N] [--bad-input]
The drafts are the test vectors (clean and planted) repeated to length.
--bad-input also runs the command line on every bad file the tests generate
(tests/test_selfcheck_badinput.py) and prints exit status, seconds and peak
memory; goal: each under 10 s and 500 MB."""
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
SIZES = (5_000, 50_000, 500_000, 1_000_000)
GOAL_SECONDS = 1.0
# One line, no line break: the shape that once made the engine quadratic.
ONE_LINE = {
    "一行·固定表述": "增强四个意识、坚定四个自信、做到两个维护，",
    "一行·表述展开": "四个意识即政治意识、大局意识、核心意识、看齐意识，两个维护即坚决维护党中央权威和集中统一领导。",
    "一行·错误密集": "截止目前做为党员不忘初新，牢记使名的的。（此处写具体事例）",
}
ONE_LINE_SIZES = (100_000, 1_000_000)
# Linear means 10 times the text costs about 10 times the time; allow noise.
GROWTH_LIMIT = 20.0
BAD_SECONDS, BAD_MB = 10.0, 500

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


def bad_input() -> list[str]:
    """Runs the command line on each generated bad file; the failures."""
    import os
    import tempfile
    sys.path.insert(0, str(ROOT / "tests"))
    from test_selfcheck_badinput import CASES, run_measured  # the generators live with the tests
    failures = []
    print(f"\n{'坏输入':<26}  {'退出码':>4}  {'秒':>6}  {'内存 MB':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for key, case in CASES.items():
            path = os.path.join(folder, key + "-" + case.file)
            with open(path, "wb") as out:
                out.write(case.make())
            run = run_measured(path, "--format", "json")
            os.unlink(path)
            print(f"{key:<26}  {run.code:>6}  {run.seconds:6.1f}  {run.rss_mb:7.0f}")
            if run.code not in (0, 1, 2) or "Traceback" in run.stderr:
                failures.append(f"{key} 退出码 {run.code}")
            elif run.seconds >= BAD_SECONDS or run.rss_mb >= BAD_MB:
                failures.append(f"{key} 用时 {run.seconds:.1f} 秒、内存 {run.rss_mb:.0f} MB")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description="材料自查的速度基准（同一个 engine.js：命令行内嵌的 V8 与 Node）。")
    parser.add_argument("--repeat", type=int, default=3, help="每个长度重复次数，取最快一次（默认 3）")
    parser.add_argument("--bad-input", action="store_true", help="再用命令行检查各种坏文件，记录用时和内存")
    args = parser.parse_args()
    source = corpus()
    cases = [(f"{size:,} 字", draft_of(size, source)) for size in SIZES]
    cases += [(f"{name} {size:,} 字", draft_of(size, unit)) for name, unit in ONE_LINE.items()
              for size in ONE_LINE_SIZES]
    texts = [text for _, text in cases]
    check_text("预热")
    python = [time_python(text, args.repeat) for text in texts]
    node = time_node(texts, args.repeat)
    print(f"{'材料':<24}  {'Python 秒':>10}  {'Node 秒':>10}  {'发现数':>6}")
    for k, (name, _) in enumerate(cases):
        js = f"{node[k][0]:10.3f}" if node else f"{'无 node':>10}"
        print(f"{name:<24}  {python[k][0]:10.3f}  {js}  {python[k][1]:>6}")
    problems = []
    at_goal = SIZES.index(50_000)
    engines = [(name, results) for name, results in (("Python", python), ("Node", node)) if results]
    problems += [f"{name} 检查 5 万字超过 {GOAL_SECONDS} 秒" for name, results in engines
                 if results[at_goal][0] >= GOAL_SECONDS]
    # Linear: from 100,000 to 1,000,000 characters (and 50,000 to 500,000) about 10 times the time.
    pairs = [(SIZES.index(50_000), SIZES.index(500_000), "5 万→50 万")]
    pairs += [(len(SIZES) + 2 * k, len(SIZES) + 2 * k + 1, f"{name} 10 万→100 万")
              for k, name in enumerate(ONE_LINE)]
    growth = []
    for small, large, label in pairs:
        for name, results in engines:
            ratio = results[large][0] / max(results[small][0], 0.01)
            growth.append(f"{label} {name} {ratio:.1f} 倍")
            if ratio > GROWTH_LIMIT:
                problems.append(f"{label}（{name}）用时增加 {ratio:.0f} 倍，不是线性")
    print("长度增加 10 倍，用时增加：" + "；".join(growth) + "。")
    if args.bad_input:
        problems += bad_input()
    if problems:
        print("未达目标：" + "；".join(problems) + "。")
        return 1
    print(f"达到目标：5 万字均在 {GOAL_SECONDS} 秒以内，用时随长度线性增长"
          + (f"，每个坏文件都在 {BAD_SECONDS:.0f} 秒、{BAD_MB} MB 以内" if args.bad_input else "") + "。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
