"""Benchmark: parsing each bundled font with reportlab, then building consent notices.

Run: .venv/bin/python tests/benchmarks/bench_documents_fonts.py
Font parsing happens once per process; it counts against the first document only.
Target (issue 6): one filing packet in 150 ms once fonts are loaded.
"""
import tempfile
import time
from pathlib import Path

from microcourt.documents import fonts
from microcourt.documents.consent_notice import build_consent_notice
from microcourt.services.settings.service import CourtProfileData


def main() -> None:
    for name, font in fonts.BUNDLED_FONTS.items():
        start = time.perf_counter()
        fonts._load(name)  # noqa: SLF001 (measuring the private loader on purpose)
        print(f"parse {font.file_name}: {(time.perf_counter() - start) * 1000:.0f} ms")
    profile = CourtProfileData(committee="上田村人民调解委员会", court="杭州市临安区人民法院",
                               liaison_name="赵堃", liaison_phone="13800138000")
    with tempfile.TemporaryDirectory() as folder:
        for large_print in (True, False):
            start = time.perf_counter()
            for index in range(20):
                build_consent_notice(Path(folder) / f"{index}.pdf", "王𠮷\U00020001", profile,
                                     large_print=large_print)
            each = (time.perf_counter() - start) / 20 * 1000
            print(f"consent notice, large_print={large_print}: {each:.0f} ms each")


if __name__ == "__main__":
    main()
