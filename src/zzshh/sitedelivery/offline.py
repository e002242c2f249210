"""Build the offline package: the checked build with mkdocs-offline.yml,
zipped under one top folder that readers unzip and open index.html in."""
import contextlib
import tempfile
import zipfile
from pathlib import Path

from zzshh.sitecheck import checked_build
from zzshh.sitedata.paths import ROOT

OFFLINE_CONFIG = ROOT / "mkdocs-offline.yml"
TOP_FOLDER = "zzshh-offline"
# Source maps only help developers; leaving them out shrinks the zip by a quarter.
LEFT_OUT = (".map",)


class PackageError(RuntimeError):
    pass


def build_offline_site(site_dir: Path) -> None:
    """The checked build with the offline config; raises if it finds anything."""
    # Snippet paths (pymdownx.snippets base_path ".") are relative to the working folder.
    with contextlib.chdir(ROOT):
        # Opened from a folder, nothing is served compressed: no .gz files.
        status = checked_build.main(["--config", str(OFFLINE_CONFIG), "--site-dir", str(site_dir), "--no-precompress"])
    if status != 0:
        raise PackageError("离线版构建未通过检查，见上方输出，没有生成压缩包。")


def zip_site(site_dir: Path, output: Path) -> int:
    """Zip site_dir into output under TOP_FOLDER/; returns the number of files."""
    output.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in site_dir.rglob("*") if p.is_file() and not p.name.endswith(LEFT_OUT))
    partial = output.with_name(output.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            archive.write(path, f"{TOP_FOLDER}/{path.relative_to(site_dir).as_posix()}")
    partial.replace(output)
    return len(files)


def package(output: Path) -> int:
    """Build and zip; returns the number of files packed."""
    with tempfile.TemporaryDirectory(prefix="zzshh-offline-") as temp:
        site_dir = Path(temp) / TOP_FOLDER
        build_offline_site(site_dir)
        return zip_site(site_dir, output)
