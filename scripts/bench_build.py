"""Benchmark: plain `mkdocs build` against the checked build of the same site.
Prints the median of several runs of each and their ratio (goal: <= 1.25)."""
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def median_time(command: list[str]) -> float:
    timed(command)  # warm the file cache and jieba's dictionary cache
    return statistics.median(timed(command) for _ in range(RUNS))


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        plain = median_time([sys.executable, "-m", "mkdocs", "build", "--site-dir", f"{out}/plain"])
        checked = median_time([sys.executable, "scripts/build.py", "--site-dir", f"{out}/checked"])
    print(f"plain mkdocs build  median of {RUNS}: {plain:.2f} s")
    print(f"checked build       median of {RUNS}: {checked:.2f} s")
    print(f"ratio checked/plain: {checked / plain:.2f} (goal <= 1.25)")


if __name__ == "__main__":
    main()
