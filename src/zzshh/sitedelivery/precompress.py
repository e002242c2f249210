"""Precompressed copies of the built site's text files for nginx's
gzip_static (deploy/nginx/zzshh.conf): NAME.gz beside NAME, written by
zopfli, whose output is ordinary gzip but ~6% smaller than gzip -9 and
~7% smaller than nginx's own on-the-fly level 6. nginx sends the .gz to
browsers that accept gzip and compresses nothing itself.

zopfli takes ~40 s of one core for the whole site, so each result is
cached by the file's content in .cache/precompress/: a rebuild redoes only
what changed, and what is not cached is compressed on every core. Entries
no build has used for CACHE_DAYS are removed."""
import hashlib
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import zopfli.gzip

from zzshh.sitedata.paths import ROOT

CACHE_DIR = ROOT / ".cache" / "precompress"
CACHE_DAYS = 30
# What the nginx config compresses (gzip_types, plus text/html), from its
# gzip_min_length on.
SUFFIXES = frozenset({".html", ".css", ".js", ".json", ".svg", ".txt", ".xml"})
MIN_SIZE = 256
# nginx's sub_filter rewrites the links of MkDocs's 404 page (served under
# the sub-path), and it cannot edit a compressed file.
LEFT_OUT = frozenset({"404.html"})


def _cache_path(data: bytes, cache_dir: Path) -> Path:
    return cache_dir / f"{hashlib.sha256(data).hexdigest()}.gz"


def _store(path: Path, packed: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")  # builds may run side by side
    partial.write_bytes(packed)
    partial.replace(path)


def compress(data: bytes, cache_dir: Path = CACHE_DIR) -> bytes:
    """data as gzip, by zopfli; the same bytes every time for the same data."""
    return compress_all([data], cache_dir)[0]


def compress_all(files: list[bytes], cache_dir: Path = CACHE_DIR) -> list[bytes]:
    """Each file as compress() gives it: from the cache, or made now, on
    every core (zopfli holds the interpreter while it works, so threads
    would take turns)."""
    paths = [_cache_path(data, cache_dir) for data in files]
    missing = {path: data for path, data in zip(paths, files) if not path.is_file()}
    made = {}
    if len(missing) > 1:
        with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, len(missing))) as pool:
            made = dict(zip(missing, pool.map(zopfli.gzip.compress, missing.values())))
    elif missing:
        made = {path: zopfli.gzip.compress(data) for path, data in missing.items()}
    for path, packed in made.items():
        _store(path, packed)
    packed = []
    for path in paths:
        if path not in made:
            os.utime(path)  # used now: keeps it out of the pruning
        packed.append(made.get(path) or path.read_bytes())
    return packed


def precompress(site_dir: Path, cache_dir: Path = CACHE_DIR) -> int:
    """Writes NAME.gz beside every text file of site_dir that nginx would
    compress; returns how many."""
    texts = {}
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.suffix not in SUFFIXES or path.relative_to(site_dir).as_posix() in LEFT_OUT:
            continue
        data = path.read_bytes()
        if len(data) >= MIN_SIZE:
            texts[path] = data
    for path, packed in zip(texts, compress_all(list(texts.values()), cache_dir)):
        path.with_name(path.name + ".gz").write_bytes(packed)
    _prune(cache_dir)
    return len(texts)


def _prune(cache_dir: Path) -> None:
    if not cache_dir.is_dir():
        return
    oldest = time.time() - CACHE_DAYS * 86400
    for entry in cache_dir.glob("*.gz"):
        if entry.stat().st_mtime < oldest:
            entry.unlink(missing_ok=True)
