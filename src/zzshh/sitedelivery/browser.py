"""Debian's Chromium, as the tests and the delivery benchmark start it."""
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def launch(playwright):
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"找不到 {CHROMIUM}：请安装 Debian 的 chromium 软件包（.ci/run 会自动安装）。")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
