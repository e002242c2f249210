"""Build the offline package: `python scripts/package_offline.py [--output ZIP]`.

Runs the checked build with mkdocs-offline.yml (Material's offline plugin,
local iframe-worker shim) and zips the site to dist/zzshh-offline.zip.
Readers unzip it and open zzshh-offline/index.html; nothing is fetched from
any other host."""
import argparse
import sys
from pathlib import Path


from zzshh.sitedata.paths import ROOT, rel
from zzshh.sitedelivery.offline import TOP_FOLDER, PackageError, package

DEFAULT_OUTPUT = ROOT / "dist" / "zzshh-offline.zip"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="构建离线版网站并打包成 zip。")
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="压缩包路径（默认 dist/zzshh-offline.zip）")
    args = parser.parse_args(argv)
    output = Path(args.output).resolve()
    try:
        count = package(output)
    except PackageError as err:
        print(err, file=sys.stderr)
        return 1
    size = output.stat().st_size
    print(f"离线包已生成：{rel(output)}（{count} 个文件，{size / 1024:.0f} KB）。"
          f"解压后打开 {TOP_FOLDER}/index.html 即可使用。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
