"""The build's .gz files for nginx's gzip_static (zzshh.sitedelivery.precompress)."""
import gzip

import zopfli.gzip

from zzshh.sitedelivery import precompress as pc

TEXT = "组织生活会个人对照检查材料。".encode("utf-8") * 40


def make_site(root):
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_bytes(TEXT)
    (root / "assets" / "app.js").write_bytes(TEXT + b"//js")
    (root / "assets" / "tiny.css").write_bytes(b"a{}")          # under nginx's gzip_min_length
    (root / "assets" / "logo.png").write_bytes(TEXT)              # not a text type
    (root / "404.html").write_bytes(TEXT)                         # edited by nginx's sub_filter
    (root / "sub").mkdir()
    (root / "sub" / "404.html").write_bytes(TEXT)                 # only the site's own 404 page is left out
    return root


def test_writes_gzip_beside_the_text_files_nginx_compresses(tmp_path):
    site = make_site(tmp_path / "site")
    assert pc.precompress(site, tmp_path / "cache") == 3
    made = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.gz"))
    assert made == ["assets/app.js.gz", "index.html.gz", "sub/404.html.gz"]
    for name in made:
        packed = (site / name).read_bytes()
        assert gzip.decompress(packed) == (site / name[:-3]).read_bytes()
    assert len((site / "index.html.gz").read_bytes()) <= len(gzip.compress(TEXT, 9))


def test_a_rebuild_takes_unchanged_files_from_the_cache(tmp_path, monkeypatch):
    site = make_site(tmp_path / "site")
    pc.precompress(site, tmp_path / "cache")
    first = (site / "index.html.gz").read_bytes()

    def refuse(data, *args, **kwargs):
        raise AssertionError("compressed again instead of taken from the cache")
    monkeypatch.setattr(zopfli.gzip, "compress", refuse)
    (site / "index.html.gz").unlink()
    pc.precompress(site, tmp_path / "cache")
    assert (site / "index.html.gz").read_bytes() == first


def test_cache_entries_unused_for_a_month_are_removed(tmp_path):
    import os
    import time
    cache = tmp_path / "cache"
    cache.mkdir()
    stale, fresh = cache / "old.gz", cache / "new.gz"
    for entry in (stale, fresh):
        entry.write_bytes(b"x")
    old = time.time() - (pc.CACHE_DAYS + 1) * 86400
    os.utime(stale, (old, old))
    pc.precompress(make_site(tmp_path / "site"), cache)
    assert not stale.exists() and fresh.exists()


def test_files_compressed_on_several_cores_are_zopflis_own_bytes(tmp_path):
    site = make_site(tmp_path / "site")
    (site / "more.js").write_bytes(TEXT * 3)
    assert pc.precompress(site, tmp_path / "cache") == 4
    for name in ("index.html", "assets/app.js", "more.js"):
        assert (site / f"{name}.gz").read_bytes() == zopfli.gzip.compress((site / name).read_bytes()), name
