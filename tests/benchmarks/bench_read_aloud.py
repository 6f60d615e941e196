"""Benchmark: time to first sound of the offline read-aloud voice (issue 18).

Run: .venv/bin/python tests/benchmarks/bench_read_aloud.py [RUNS]
Target: <= 300 ms from pressing 朗读 to the first samples reaching the sound device.

Measured, for a sentence of the agreement with an amount and a date:
* warm: the reading window is open (the voice made): Reader.play() until the sound
  output is handed the first sentence's samples (normalising, pinyin, espeak-ng);
* cold: a fresh process importing the speech package, loading espeak-ng from the wheel
  and synthesising, to the first piece of sound (what the first 朗读 after start costs);
References side by side: `python -c pass` (interpreter start, wall time) and the espeak-ng
program speaking the same sentence to stdout (Debian's binary, when installed), medians.
"""
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

from microcourt.speech.offline import OfflineEngine, OfflineVoice
from microcourt.speech.reader import Reader
from microcourt.speech.script import Passage, Script

SENTENCE = "被申请人于2027年1月10日前向申请人王𠮷支付397,864.50元，由人民调解委员会调解。"
TARGET_MS = 300.0
COLD = f"""
import time
start = time.perf_counter()
from microcourt.speech.offline import OfflineEngine
first = []
OfflineEngine().sound({SENTENCE!r}, first_piece=lambda: first.append(time.perf_counter()))
print((first[0] - start) * 1000)
"""


class TimedOutput:
    """Stands for the sound device: notes when the samples arrive, plays them at once."""

    def __init__(self):
        self.arrived = threading.Event()
        self.at = 0.0
        self.samples = 0

    def play(self, pcm, rate, done):
        self.at = time.perf_counter()
        self.samples = len(pcm) // 2
        self.arrived.set()

    def stop(self):
        pass

    def close(self):
        pass


def warm(runs: int) -> list[float]:
    engine = OfflineEngine()
    engine.sound("预热。")  # the window opened: espeak-ng is loaded
    times = []
    for _ in range(runs):
        output = TimedOutput()
        reader = Reader(OfflineVoice(engine, output), Script("", (Passage(SENTENCE),)))
        start = time.perf_counter()
        reader.play()
        assert output.arrived.wait(5) and output.samples > 0
        times.append((output.at - start) * 1000)
        reader.stop()
    return times


def wall_ms(command: list[str], runs: int, **kwargs) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)
        times.append((time.perf_counter() - start) * 1000)
    return times


def cold(runs: int) -> list[float]:
    return [float(subprocess.run([sys.executable, "-c", COLD], check=True, capture_output=True,
                                 text=True).stdout) for _ in range(runs)]


def line(label: str, times: list[float]) -> float:
    median = statistics.median(times)
    print(f"{label:<48} median {median:7.1f} ms   max {max(times):7.1f} ms   (n={len(times)})")
    return median


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} on {os.cpu_count()} cores")
    engine = OfflineEngine()
    print(f"sentence: {SENTENCE}  ({engine.sound(SENTENCE).seconds:.1f} s of speech, "
          f"{engine.name})")
    warm_ms = line("warm: 朗读 -> first samples to the device", warm(runs))
    cold_ms = line("cold: new process, import + load + synthesise", cold(max(3, runs // 4)))
    python_ms = line("reference: python -c pass (wall)",
                     wall_ms([sys.executable, "-c", "pass"], max(3, runs // 4)))
    binary = shutil.which("espeak-ng")
    if binary:
        binary_ms = line("reference: espeak-ng -v cmn --stdout (wall)",
                         wall_ms([binary, "-v", "cmn", "--stdout", SENTENCE], max(3, runs // 4)))
        print(f"ratio warm / espeak-ng program: {warm_ms / binary_ms:.2f}")
    else:
        print("reference: espeak-ng program not installed (apt-get install espeak-ng)")
    print(f"ratio cold / python -c pass: {cold_ms / python_ms:.2f}")
    ok = warm_ms <= TARGET_MS and cold_ms <= TARGET_MS
    print(f"target first sound <= {TARGET_MS:.0f} ms: {'met' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
