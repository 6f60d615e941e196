"""The device check: with no camera or microphone (or without the multimedia system
library) it says so plainly in Chinese and does not crash; the platform's address is
checked off the GUI thread against a local server (answers) and a closed port (not)."""
from __future__ import annotations

import http.server
import socket
import threading

import pytest

from microcourt.periods import next_working_day
from microcourt.timeutil import today_local
from tests.ui.hearings_ui_support import at, book, liaison, world  # noqa: F401
from ui.hearings.device_check import DeviceCheckDialog, DeviceCheckPanel, load_multimedia
from ui.hearings.page import HearingsPage


def expected_device_messages() -> tuple[str, str]:
    """What the check must say on this machine, found without the page's code paths
    for devices: no QtMultimedia (libpulse missing) or no devices (offscreen CI)."""
    modules, problem = load_multimedia()
    if modules is None:
        text = f"无法使用摄像头和麦克风检测：{problem}"
        return text, text
    devices = modules[0].QMediaDevices
    camera = "没有找到摄像头" if devices.defaultVideoInput().isNull() else "摄像头："
    microphone = "没有找到麦克风" if devices.defaultAudioInput().isNull() else "麦克风："
    return camera, microphone


def test_no_devices_are_said_plainly(qtbot, chinese):
    panel = DeviceCheckPanel()
    qtbot.addWidget(panel)
    camera, microphone = expected_device_messages()
    assert panel.camera_status.text().startswith(camera)
    assert panel.microphone_status.text().startswith(microphone)
    panel.stop_devices()
    panel.stop_devices()  # twice, as closing and the dialog's done() may: no crash


def test_opened_from_the_hearings_page_with_the_next_working_days_link(qtbot, world):  # noqa: F811
    """Today's or the next working day's first hearing (on a Friday: Monday's), and none
    further off: the liaison checks the devices for the hearing that comes next."""
    next_day = next_working_day(today_local())
    book(world, at(next_working_day(next_day), 9, 30), meeting_link="https://court.example/j/2")
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    too_far = page.open_device_check()
    qtbot.addWidget(too_far)
    assert too_far.panel.address_edit.text() == ""
    too_far.reject()
    book(world, at(next_day, 9, 30), meeting_link="https://court.example/j/1")
    dialog = page.open_device_check()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, DeviceCheckDialog)
    assert dialog.panel.address_edit.text() == "https://court.example/j/1"
    dialog.reject()


class _Ok(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_args):
        pass


@pytest.fixture
def local_server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_platform_answers(qtbot, local_server):
    panel = DeviceCheckPanel(local_server)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.check_platform().finished, timeout=10000):
        pass
    assert panel.last_answer.answered
    assert panel.platform_status.text().startswith(f"平台地址 {local_server} 有应答（HTTP 204")
    assert panel.check_button.isEnabled()


def test_closed_port_does_not_answer(qtbot):
    url = f"http://127.0.0.1:{unused_port()}/"
    panel = DeviceCheckPanel(url)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.check_platform().finished, timeout=10000):
        pass
    assert panel.platform_status.text() == f"平台地址 {url} 没有应答：连接被拒绝。"


def test_a_bad_address_is_named_without_a_thread(qtbot):
    panel = DeviceCheckPanel("ftp://court.example")
    qtbot.addWidget(panel)
    assert panel.check_platform() is None
    assert panel.platform_status.text() == "网址“ftp://court.example”不是有效的 http 或 https 地址。"
