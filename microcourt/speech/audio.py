"""Playing the offline voice's sound on the PC, with nothing but the standard library:
ALSA's libasound through ctypes on Linux (every desktop has it; PulseAudio and PipeWire
serve it through its default device), winsound on Windows.

An output plays one sentence at a time: `play()` returns at once, `done()` comes from
the playback thread when the sound has been played out, `stop()` cuts it off (and no
`done` follows). Qt's own audio (QtMultimedia) is not used: on Linux it needs
libpulse, which the fallback must not depend on.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
import tempfile
import threading
import wave
from collections.abc import Callable
from pathlib import Path

from microcourt.speech.engine import NoSoundOutput

NO_SOUND = ("这台电脑无法播放声音（{0}）。请检查音箱或耳机是否接好、是否静音；"
            "也可以用“另存为声音文件”在别的设备上播放。")
CHUNK_S = 0.05       # written between checks for stop: how quickly 暂停 takes effect
LATENCY_US = 100_000
_S16_LE, _RW_INTERLEAVED, _PLAYBACK = 2, 3, 0
log = logging.getLogger(__name__)
# ALSA's error handler is variadic; the fixed arguments are all a no-op needs.
_QUIET = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                          ctypes.c_char_p)(lambda *_args: None)


class AlsaOutput:
    """One ALSA PCM (`device`: "default", or "null" in tests) kept open for the window."""

    def __init__(self, device: str = "default"):
        name = ctypes.util.find_library("asound") or "libasound.so.2"
        try:
            self._lib = ctypes.CDLL(name)
        except OSError as exc:
            raise NoSoundOutput(NO_SOUND.format("缺少系统声音库 libasound2")) from exc
        lib = self._lib
        lib.snd_strerror.restype = ctypes.c_char_p
        lib.snd_pcm_writei.restype = ctypes.c_long
        lib.snd_pcm_writei.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_ulong]
        lib.snd_pcm_set_params.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                           ctypes.c_uint, ctypes.c_uint, ctypes.c_int,
                                           ctypes.c_uint]
        for function in ("snd_pcm_prepare", "snd_pcm_drain", "snd_pcm_drop", "snd_pcm_close"):
            getattr(lib, function).argtypes = [ctypes.c_void_p]
        lib.snd_pcm_recover.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        self._pcm = ctypes.c_void_p()
        lib.snd_lib_error_set_handler(_QUIET)  # ALSA's own complaints go nowhere
        status = lib.snd_pcm_open(ctypes.byref(self._pcm), device.encode(), _PLAYBACK, 0)
        if status < 0:
            log.info("no ALSA device %s: %s", device, lib.snd_strerror(status).decode())
            raise NoSoundOutput(NO_SOUND.format("没有找到可用的声卡或声音设备"))
        self._rate: int | None = None
        self._lock = threading.Lock()  # one thread talks to the device at a time
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def play(self, pcm: bytes, rate: int, done: Callable[[], None]) -> None:
        self.stop()
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, args=(pcm, rate, done),
                                        name="read-aloud", daemon=True)
        self._thread.start()

    def _run(self, pcm: bytes, rate: int, done: Callable[[], None]) -> None:
        lib, handle = self._lib, self._pcm
        with self._lock:
            if rate != self._rate:
                if lib.snd_pcm_set_params(handle, _S16_LE, _RW_INTERLEAVED, 1, rate, 1,
                                          LATENCY_US) < 0:
                    return
                self._rate = rate
            lib.snd_pcm_prepare(handle)
            step = 2 * int(rate * CHUNK_S)
            for start in range(0, len(pcm), step):
                if self._stopping.is_set():
                    lib.snd_pcm_drop(handle)
                    return
                piece = pcm[start:start + step]
                written = lib.snd_pcm_writei(handle, piece, len(piece) // 2)
                if written < 0 and lib.snd_pcm_recover(handle, int(written), 1) < 0:
                    return  # the device went away: no `done`, the reader stays put
            lib.snd_pcm_drain(handle)
        if not self._stopping.is_set():
            done()

    def stop(self) -> None:
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2)

    def close(self) -> None:
        self.stop()
        with self._lock:
            if self._pcm:
                self._lib.snd_pcm_close(self._pcm)
                self._pcm = ctypes.c_void_p()


class WinsoundOutput:
    """Windows' PlaySound, asynchronous from a WAV file in a private temporary folder
    (PlaySound cannot play memory asynchronously); the end is known from the length."""

    def __init__(self):
        import winsound  # noqa: PLC0415 - Windows only

        self._winsound = winsound
        self._folder = Path(tempfile.mkdtemp(prefix="microcourt-reading-"))
        self._stopping = threading.Event()
        self._turn = 0

    def play(self, pcm: bytes, rate: int, done: Callable[[], None]) -> None:
        self.stop()
        self._stopping = stopping = threading.Event()
        self._turn ^= 1
        path = self._folder / f"sentence{self._turn}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(pcm)
        flags = (self._winsound.SND_FILENAME | self._winsound.SND_ASYNC
                 | self._winsound.SND_NODEFAULT)
        self._winsound.PlaySound(str(path), flags)
        seconds = len(pcm) / 2 / rate

        def wait() -> None:
            if not stopping.wait(seconds + 0.05):
                done()
        threading.Thread(target=wait, name="read-aloud", daemon=True).start()

    def stop(self) -> None:
        self._stopping.set()
        self._winsound.PlaySound(None, 0)

    def close(self) -> None:
        self.stop()
        for path in self._folder.glob("*.wav"):
            path.unlink(missing_ok=True)
        os.rmdir(self._folder)


def open_output():
    """The PC's sound output, or NoSoundOutput saying plainly why there is none."""
    if sys.platform == "win32":
        return WinsoundOutput()
    if sys.platform.startswith("linux"):
        return AlsaOutput()
    raise NoSoundOutput(NO_SOUND.format(f"{sys.platform} 上未提供离线播放"))
