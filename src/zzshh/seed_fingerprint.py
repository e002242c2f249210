"""Write tests/data/seed-windows.txt: hashes of every 15-character run of
Chinese characters in the seed material, so the originality test can run
without the seed itself. Usage: python scripts/seed_fingerprint.py SEED.txt"""
import hashlib
import re
import sys
from pathlib import Path

WINDOW = 15
CJK = re.compile(r"[^\u4e00-\u9fff]+")
OUTPUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed-windows.txt"


def chinese_only(text: str) -> str:
    return CJK.sub("", text)


def window_hash(run: str) -> str:
    return hashlib.sha1(run.encode("utf-8")).hexdigest()[:16]


def windows(text: str) -> set[str]:
    return {text[i:i + WINDOW] for i in range(len(text) - WINDOW + 1)}


def main(seed: str) -> None:
    text = chinese_only(Path(seed).read_text(encoding="utf-8"))
    hashes = sorted({window_hash(w) for w in windows(text)})
    OUTPUT.write_text("\n".join(hashes) + "\n", encoding="utf-8")
    print(f"{len(hashes)} windows written to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
