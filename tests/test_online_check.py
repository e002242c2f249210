"""The opt-in --online check, against a loopback server instead of the internet."""
import http.server
import threading

from zzshh.sitecheck import online
from zzshh.sitedata.materials import Address


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_reports_each_address_and_fails_on_a_dead_one(capsys):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        status = online.check([Address(id="alive", url=f"{base}/ok", label="正常"), Address(id="gone", url=f"{base}/gone", label="失效")])
    finally:
        server.shutdown()
    out = capsys.readouterr().out
    assert status == 1
    assert "正常  alive" in out and "失败  gone" in out and "404" in out
    assert "共 2 个站外地址，1 个正常，1 个失败。" in out
