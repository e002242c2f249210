"""Run Debian's nginx with the repository's deploy config on a loopback port,
serving a built site both under /zzshh/ and at the root."""
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

from zzshh.sitedata.paths import ROOT

DEPLOY_CONF = ROOT / "deploy" / "nginx" / "zzshh.conf"
SUB_PATH = "/zzshh/"
DEPLOY_DIR = "/var/www/zzshh"
LISTEN = "listen 80;"
MIME_TYPES = Path("/etc/nginx/mime.types")

MAIN_CONF = """\
{user}worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 128; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/client-body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/zzshh.conf;
}}
"""


class NginxError(RuntimeError):
    pass


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found:
        raise NginxError("找不到 nginx：请安装 Debian 的 nginx 软件包（.ci/run 会自动安装）。")
    return found


def deploy_config(site_dir: Path, port: int) -> str:
    """The repository's config with its port and site folder replaced."""
    text = DEPLOY_CONF.read_text(encoding="utf-8")
    if text.count(LISTEN) != 1 or DEPLOY_DIR not in text:
        raise NginxError(f"{DEPLOY_CONF.relative_to(ROOT)} 应恰好含一行“{LISTEN}”并使用 {DEPLOY_DIR}，"
                         "测试靠它们替换端口和网站目录。")
    if any(ch.isspace() for ch in str(site_dir)):
        raise NginxError(f"网站目录 {site_dir} 含空白字符，nginx 配置无法直接使用。")
    return text.replace(LISTEN, f"listen 127.0.0.1:{port};").replace(DEPLOY_DIR, str(site_dir))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Nginx:
    """Context manager: nginx in the foreground, stopped on exit."""

    def __init__(self, site_dir: Path, work_dir: Path):
        self.site_dir = Path(site_dir).resolve()
        self.prefix = Path(work_dir).resolve()
        self.port = 0
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> "Nginx":
        self.port = free_port()
        self.prefix.mkdir(parents=True, exist_ok=True)
        (self.prefix / "zzshh.conf").write_text(deploy_config(self.site_dir, self.port), encoding="utf-8")
        # Workers must read a site under a private temp folder; as root they
        # would otherwise drop to "nobody".
        user = "user root;\n" if os.geteuid() == 0 else ""
        main = MAIN_CONF.format(user=user, prefix=self.prefix, mime_types=MIME_TYPES)
        (self.prefix / "nginx.conf").write_text(main, encoding="utf-8")
        self.process = subprocess.Popen(
            [nginx_binary(), "-p", str(self.prefix), "-e", str(self.prefix / "error.log"),
             "-c", str(self.prefix / "nginx.conf"), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self._wait_until_listening()
        return self

    def _wait_until_listening(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise NginxError(f"nginx 启动失败：{self.error_log()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise NginxError(f"nginx 在 {timeout:.0f} 秒内没有开始监听端口 {self.port}：{self.error_log()}")

    def error_log(self) -> str:
        log = self.prefix / "error.log"
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if self.process and self.process.stderr and self.process.poll() is not None:
            text += self.process.stderr.read()
        return text.strip() or "（没有错误日志）"

    def __exit__(self, *_) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
