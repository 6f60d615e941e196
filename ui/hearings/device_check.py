"""The device check, run in the village room before a hearing: the camera's picture,
the microphone's level, and whether the platform's address answers.

QtMultimedia needs system libraries (libpulse on Linux) that an old village PC or a
test machine may lack, so it is imported only here, when the check opens; without it,
or with no camera or microphone, the check says so in plain words and the platform
check still works. Nothing here may crash the app: a missing device is a finding.

A dialog, not a page of its own: it is run for the hearing about to start (its
meeting link is the address checked), and the camera should be released as soon as the
check is closed, which a page kept alive in the main window would not do.
"""
from __future__ import annotations

import logging
from array import array

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.errors import ValidationError
from microcourt.services.hearings.dto import HearingDetail
from microcourt.services.hearings.platform_check import (
    PLATFORM_ADDRESSES,
    PlatformAnswer,
    check_job,
    checked_url,
)
from ui.common.dialog import Dialog
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.operations import Operation, run_job

log = logging.getLogger(__name__)
LEVEL_POLL_MS = 100
OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #c62828; font-weight: bold;"


def load_multimedia():
    """(QtMultimedia, QtMultimediaWidgets) or the reason they cannot be used."""
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets  # noqa: PLC0415
    except (ImportError, RuntimeError, OSError) as exc:
        return None, str(exc) or type(exc).__name__
    return (QtMultimedia, QtMultimediaWidgets), ""


def peak_level(data: bytes) -> int:
    """The loudest 16-bit sample of a block, as 0-100."""
    samples = array("h")
    samples.frombytes(data[: len(data) - len(data) % 2])
    if not samples:
        return 0
    return min(100, round(max(abs(s) for s in samples) * 100 / 32768))


class DeviceCheckPanel(QWidget):
    def __init__(self, address: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.camera = self.session = self.audio = self.audio_io = None
        self.video_widget = None
        self.operation: Operation | None = None
        self.last_answer: PlatformAnswer | None = None
        self.level_timer = QTimer(self, interval=LEVEL_POLL_MS)
        self.level_timer.timeout.connect(self._read_level)
        layout = QVBoxLayout(self)
        layout.addWidget(self._camera_group())
        layout.addWidget(self._microphone_group())
        layout.addWidget(self._platform_group(address))
        self.start_devices()

    # -- building ------------------------------------------------------------------------

    def _status_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _camera_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Camera"), self)
        self.camera_status = self._status_label("camera_status")
        self.camera_box = QVBoxLayout(group)
        self.camera_box.addWidget(self.camera_status)
        return group

    def _microphone_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Microphone"), self)
        self.microphone_status = self._status_label("microphone_status")
        self.level_bar = QProgressBar(group)
        self.level_bar.setObjectName("microphone_level")
        self.level_bar.setRange(0, 100)
        self.level_bar.setFormat(self.tr("Level %p%"))
        self.level_bar.hide()
        box = QVBoxLayout(group)
        box.addWidget(self.microphone_status)
        box.addWidget(self.level_bar)
        return group

    def _platform_group(self, address: str) -> QGroupBox:
        group = QGroupBox(self.tr("Platform"), self)
        self.address_edit = QLineEdit(address, group)
        self.address_edit.setObjectName("platform_address")
        self.address_edit.setPlaceholderText(self.tr("The platform's address, https://…"))
        self.check_button = QPushButton(self.tr("&Check the address"), group)
        self.check_button.setObjectName("check_platform")
        self.check_button.clicked.connect(self.check_platform)
        self.platform_status = self._status_label("platform_status")
        row = QHBoxLayout()
        row.addWidget(self.address_edit, 1)
        row.addWidget(self.check_button)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.platform_status)
        return group

    def _say(self, label: QLabel, text: str, good: bool) -> None:
        label.setText(text)
        label.setStyleSheet(OK_STYLE if good else BAD_STYLE)

    # -- camera and microphone -------------------------------------------------------------

    def start_devices(self) -> None:
        modules, problem = load_multimedia()
        if modules is None:
            text = self.tr("Cannot check the camera and microphone: {0}").format(problem)
            self._say(self.camera_status, text, False)
            self._say(self.microphone_status, text, False)
            return
        multimedia, widgets = modules
        try:
            self._start_camera(multimedia, widgets)
        except (RuntimeError, OSError) as exc:  # a driver failing must not crash the app
            log.warning("camera check failed: %s", exc)
            self._say(self.camera_status, self.tr("The camera could not be started: {0}")
                      .format(exc), False)
        try:
            self._start_microphone(multimedia)
        except (RuntimeError, OSError) as exc:
            log.warning("microphone check failed: %s", exc)
            self._say(self.microphone_status, self.tr(
                "The microphone could not be started: {0}").format(exc), False)

    def _start_camera(self, multimedia, widgets) -> None:
        device = multimedia.QMediaDevices.defaultVideoInput()
        if device.isNull():
            self._say(self.camera_status, self.tr("No camera found. Plug in the camera "
                                                  "and open the check again."), False)
            return
        self.camera = multimedia.QCamera(device, self)
        self.session = multimedia.QMediaCaptureSession(self)
        self.video_widget = widgets.QVideoWidget(self)
        self.video_widget.setMinimumSize(320, 240)
        self.camera_box.addWidget(self.video_widget)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.video_widget)
        self.camera.errorOccurred.connect(lambda _error, text: self._say(
            self.camera_status, self.tr("The camera reports a problem: {0}").format(text),
            False))
        self.camera.start()
        self._say(self.camera_status, self.tr("Camera: {0}. Check that everyone in the "
                                              "room is in the picture.")
                  .format(device.description()), True)

    def _start_microphone(self, multimedia) -> None:
        device = multimedia.QMediaDevices.defaultAudioInput()
        if device.isNull():
            self._say(self.microphone_status, self.tr(
                "No microphone found. Plug in the microphone and open the check again."),
                False)
            return
        audio_format = multimedia.QAudioFormat()
        audio_format.setSampleRate(16000)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(multimedia.QAudioFormat.SampleFormat.Int16)
        self.audio = multimedia.QAudioSource(device, audio_format, self)
        self.audio_io = self.audio.start()
        self.level_bar.show()
        self.level_timer.start()
        self._say(self.microphone_status, self.tr(
            "Microphone: {0}. Speak: the bar should move.").format(device.description()), True)

    def _read_level(self) -> None:
        if self.audio_io is not None:
            self.level_bar.setValue(peak_level(bytes(self.audio_io.readAll())))

    def stop_devices(self) -> None:
        """Release the camera and microphone (other programs, e.g. the platform, need them)."""
        self.level_timer.stop()
        if self.audio is not None:
            self.audio.stop()
        if self.camera is not None:
            self.camera.stop()
        self.camera = self.audio = self.audio_io = None

    # -- platform ------------------------------------------------------------------------

    def check_platform(self) -> Operation | None:
        """Ask the address on a worker thread; the answer (or silence) is shown."""
        try:
            url = checked_url(self.address_edit.text())  # before any thread starts
        except ValidationError as exc:
            self._say(self.platform_status, exc.message, False)
            return None
        self.check_button.setEnabled(False)
        self._say(self.platform_status, self.tr("Checking…"), True)
        self.operation = run_job(self, check_job(url), self.tr("Checking the platform's address"),
                                 on_done=self._show_answer)
        self.operation.finished.connect(lambda: self.check_button.setEnabled(True))
        return self.operation

    def _show_answer(self, answer: PlatformAnswer) -> None:
        self.last_answer = answer
        self._say(self.platform_status, answer.message, answer.answered)


class DeviceCheckDialog(Dialog):
    def __init__(self, context: PageContext, hearing: HearingDetail | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        keep_readable(self)
        self.setWindowTitle(self.tr("Device check"))
        address = ""
        if hearing is not None:
            address = hearing.join_url or PLATFORM_ADDRESSES.get(hearing.platform or "", "")
        self.panel = DeviceCheckPanel(address, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if hearing is not None:
            layout.addWidget(QLabel(self.tr("Before the hearing of {0} at {1}").format(
                hearing.case_number, f"{hearing.local_start:%Y-%m-%d %H:%M}"), self))
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def done(self, result: int) -> None:
        self.panel.stop_devices()
        super().done(result)

