"""Chromium (or Chrome/Edge), found on this machine and started the way the
tests and the benchmarks start it.

Where it is looked for, in order: the CHROMIUM environment variable (a path),
the usual command names on PATH, then the usual install places on Debian,
macOS and Windows."""
import os
import shutil
from pathlib import Path

ENV_VARIABLE = "CHROMIUM"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
PATH_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge")
FIXED_PLACES = (
    "/usr/bin/chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
)
WINDOWS_ROOTS = ("ProgramFiles", "ProgramFiles(x86)", "LocalAppData")
WINDOWS_PLACES = (("Google", "Chrome", "Application", "chrome.exe"),
                  ("Microsoft", "Edge", "Application", "msedge.exe"))
INSTALL_HINT = ("请安装 Chromium（Debian/Ubuntu：sudo apt-get install chromium）或 Chrome/Edge，"
                f"装在别处时把环境变量 {ENV_VARIABLE} 设为浏览器程序的完整路径。")


class ChromiumMissing(RuntimeError):
    pass


def candidates() -> list[Path]:
    """The usual install places, in the order they are tried."""
    places = [Path(p) for p in FIXED_PLACES]
    for root in WINDOWS_ROOTS:  # set on Windows only
        base = os.environ.get(root)
        if base:
            places += [Path(base, *parts) for parts in WINDOWS_PLACES]
    return places


def find_chromium() -> str | None:
    """The browser's path, or None when there is none on this machine."""
    configured = os.environ.get(ENV_VARIABLE, "").strip().strip('"')
    if configured:
        return configured if Path(configured).is_file() else None
    for name in PATH_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((str(p) for p in candidates() if p.is_file()), None)


def chromium_path() -> str:
    """The browser's path; ChromiumMissing with one sentence on what to do."""
    found = find_chromium()
    if found:
        return found
    configured = os.environ.get(ENV_VARIABLE, "").strip()
    if configured:
        raise ChromiumMissing(f"环境变量 {ENV_VARIABLE} 指向的 {configured} 不存在：" + INSTALL_HINT)
    raise ChromiumMissing("找不到 Chromium：" + INSTALL_HINT)


def launch(playwright, extra_args: tuple[str, ...] = ()):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS + list(extra_args))
