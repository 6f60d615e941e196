"""Does the platform's address answer? Against a local server (it answers, also when it
refuses HEAD), a closed port (refused at once, not after the timeout), a server that
accepts but never replies (given up after the timeout) and addresses that are no address."""
from __future__ import annotations

import http.server
import socket
import threading

import pytest

from microcourt.errors import ValidationError
from microcourt.services.hearings.platform_check import check_address, check_job, checked_url
from microcourt.services.kernel.progress import run_to_end


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802
        if self.path == "/no-head":
            self.send_error(405)
            return
        self.send_response(200)
        self.end_headers()

    def do_GET(self):  # noqa: N802
        self.server.gets.append(self.path)  # before replying: the client may be done after
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *_args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.gets = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_local_server_answers(server):
    answer = check_address(f"http://127.0.0.1:{server.server_port}/join")
    assert answer.answered and answer.status == 200
    assert answer.message.startswith(f"平台地址 http://127.0.0.1:{server.server_port}/join 有应答")
    assert server.gets == []  # HEAD was enough


def test_a_server_refusing_head_is_asked_with_get(server):
    answer = check_address(f"http://127.0.0.1:{server.server_port}/no-head")
    assert answer.answered and answer.status == 200 and server.gets == ["/no-head"]


def test_a_closed_port_does_not_answer_and_says_refused():
    url = f"http://127.0.0.1:{unused_port()}/"
    answer = check_address(url, timeout=30)
    assert not answer.answered and answer.status is None
    # Refused, not timed out: the check did not sit out its 30 s.
    assert answer.message == f"平台地址 {url} 没有应答：连接被拒绝。"


def test_a_silent_server_is_given_up_after_the_timeout():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the connection, never replies
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        answer = check_address(url, timeout=0.3)
    assert not answer.answered and "等待超时" in answer.message


def test_as_a_job():
    answer = run_to_end(check_job(f"http://127.0.0.1:{unused_port()}/", timeout=2))
    assert not answer.answered


@pytest.mark.parametrize("typed, expected", [
    ("court.example/join", "https://court.example/join"),
    ("  http://127.0.0.1:8080 ", "http://127.0.0.1:8080"),
])
def test_addresses_typed(typed, expected):
    assert checked_url(typed) == expected


@pytest.mark.parametrize("typed, message", [
    ("", "请填写要检测的平台网址。"),
    ("ftp://court.example", "网址“ftp://court.example”不是有效的 http 或 https 地址。"),
    ("https://", "网址“https://”不是有效的 http 或 https 地址。"),
])
def test_bad_addresses_are_refused_by_name(typed, message):
    with pytest.raises(ValidationError) as refused:
        checked_url(typed)
    assert refused.value.message == message
