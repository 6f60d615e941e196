"""espeak-ng as a library, loaded from the `espeakng-loader` wheel (espeak-ng 1.52 with
its data, for Linux, Windows and macOS): nothing is needed from the system.

Only what reading aloud needs is bound: initialise once per process in synchronous
mode (the samples come back through a callback, no sound device involved), choose the
Mandarin voice that reads numbered pinyin, set the rate, synthesise. espeak-ng keeps
global state and is not thread-safe, so every call holds one lock.
"""
from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from microcourt.speech.engine import NoChineseVoice

PINYIN_VOICE = b"cmn-latn-pinyin"  # "Chinese (Mandarin, latin as Pinyin)"
AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_INITIALIZE_DONT_EXIT = 0x8000
POS_CHARACTER = 1
ESPEAK_CHARS_UTF8 = 1
ESPEAK_RATE = 1
BUFFER_MS = 100
ENV_DIR = "MICROCOURT_ESPEAK_DIR"
_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.c_void_p)


def espeak_location() -> tuple[Path, Path]:
    """(shared library, espeak-ng-data folder): the one place that knows where they are.

    In order: the folder named by MICROCOURT_ESPEAK_DIR; an `espeakng_loader` folder
    beside a frozen bundle's files (PyInstaller's sys._MEIPASS, or next to the program);
    the installed espeakng-loader package. Raises NoChineseVoice when none has both."""
    candidates = []
    if os.environ.get(ENV_DIR):
        candidates.append(Path(os.environ[ENV_DIR]))
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        candidates.append(base / "espeakng_loader")
    try:
        import espeakng_loader  # noqa: PLC0415 - optional at run time, found once

        candidates.append(Path(espeakng_loader.__file__).parent)
    except ImportError:
        pass
    for folder in candidates:
        library = next((folder / name for name in _LIBRARY_NAMES if (folder / name).exists()),
                       None)
        data = folder / "espeak-ng-data"
        if library is not None and (data / "cmn_dict").exists():
            return library, data
    raise NoChineseVoice("找不到离线朗读语音（espeak-ng）。请重新安装微法庭助手；"
                         "如果这台电脑装有中文系统语音，也可以在“设置”里改用系统语音。")


_LIBRARY_NAMES = ("espeak-ng.dll", "libespeak-ng.so.1", "libespeak-ng.so",
                  "libespeak-ng.1.dylib", "libespeak-ng.dylib")


class Espeak:
    """The process's one espeak-ng instance (use `Espeak.shared()`)."""

    _shared: Espeak | None = None
    _shared_lock = threading.Lock()

    def __init__(self, library: Path, data: Path):
        self.lock = threading.Lock()
        try:
            self._lib = ctypes.CDLL(str(library))
        except OSError as exc:
            raise NoChineseVoice(f"离线朗读语音无法加载（{exc}）。请重新安装微法庭助手。") from exc
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint,
                                     ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                     ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_Info.restype = ctypes.c_char_p
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        self.sample_rate = lib.espeak_Initialize(
            AUDIO_OUTPUT_SYNCHRONOUS, BUFFER_MS, str(data).encode(),
            ESPEAK_INITIALIZE_DONT_EXIT)
        if self.sample_rate <= 0 or lib.espeak_SetVoiceByName(PINYIN_VOICE) != 0:
            raise NoChineseVoice("离线朗读语音缺少普通话数据。请重新安装微法庭助手。")
        self.version = (lib.espeak_Info(None) or b"").decode()
        self._sink: Callable[[bytes], bool] | None = None
        self._callback = _CALLBACK(self._on_samples)  # kept alive as long as the library
        lib.espeak_SetSynthCallback(self._callback)

    @classmethod
    def shared(cls) -> Espeak:
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls(*espeak_location())
            return cls._shared

    def _on_samples(self, wav, count: int, _events) -> int:
        if wav and count > 0 and self._sink is not None:
            return 1 if self._sink(ctypes.string_at(wav, count * 2)) else 0
        return 0

    def synthesize(self, pinyin: str, words_per_minute: int,
                   sink: Callable[[bytes], bool | None]) -> None:
        """Speak `pinyin` into `sink` (16-bit mono PCM at `sample_rate`, in pieces of about
        BUFFER_MS); a sink returning True stops the synthesis."""
        text = pinyin.encode("utf-8") + b"\0"
        with self.lock:
            self._sink = sink
            try:
                self._lib.espeak_SetParameter(ESPEAK_RATE, words_per_minute, 0)
                buffer = ctypes.create_string_buffer(text)
                self._lib.espeak_Synth(buffer, len(text), 0, POS_CHARACTER, 0,
                                       ESPEAK_CHARS_UTF8, None, None)
            finally:
                self._sink = None
