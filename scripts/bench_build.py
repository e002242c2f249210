"""Benchmark: MkDocs building the site without the checks hook against the
checked build (`scripts/build.py`, every check). Prints the median of
several runs of each and the checks' share (goal: checks add <= 10%)."""
import statistics
import subprocess
import sys
import tempfile
import time

from zzshh.sitedata.paths import ROOT

RUNS = 5
CHECKS_HOOK = "overrides/hooks/checks.py"
PLAIN_CONFIG = ROOT / ".bench-without-checks.yml"  # beside mkdocs.yml: hook paths are relative to it


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def median_times(*commands: list[str]) -> list[float]:
    """Runs alternate between the commands, so a busy machine slows each alike."""
    for command in commands:
        timed(command)  # warm the file cache and jieba's dictionary cache
    runs = [[timed(command) for command in commands] for _ in range(RUNS)]
    return [statistics.median(run[i] for run in runs) for i in range(len(commands))]


def hooks_without_checks() -> list[str]:
    """mkdocs.yml's hooks but the checks. (mkdocs.yml has Python tags that
    safe YAML loading refuses, so its hooks list is read as text.)"""
    block = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nhooks:\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip()[2:] for line in block.splitlines()
            if line.strip().startswith("- ") and line.strip()[2:] != CHECKS_HOOK]


def main() -> None:
    PLAIN_CONFIG.write_text("INHERIT: mkdocs.yml\nhooks:\n" + "".join(f"  - {h}\n" for h in hooks_without_checks()),
                            encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory() as out:
            plain, checked = median_times(
                [sys.executable, "-m", "mkdocs", "build", "-f", str(PLAIN_CONFIG), "--site-dir", f"{out}/plain"],
                [sys.executable, "scripts/build.py", "--site-dir", f"{out}/checked"])
    finally:
        PLAIN_CONFIG.unlink()
    print(f"mkdocs build without checks  median of {RUNS}: {plain:.2f} s")
    print(f"checked build (every check)  median of {RUNS}: {checked:.2f} s")
    print(f"checks add: {(checked / plain - 1) * 100:.0f}% (goal <= 10%)")


if __name__ == "__main__":
    main()
