"""Rebuild resources/hanzi/hanzi.tsv.gz: every CJK ideograph with its Mandarin readings,
radical, residual and total strokes, for party search and the character picker.

    python tools/build_hanzi_table.py [--unihan /usr/share/unicode] [--work DIR]

Sources (read at build time, never at run time):
* Debian's unicode-data package: Unihan_Readings (kMandarin, kTGHZ2013, kXHC1983,
  kHanyuPinyin), Unihan_IRGSources (kRSUnicode,
  kTotalStrokes). `apt-get install unicode-data`.
* pypinyin-dict's zdic table (MIT; readings from 汉典), downloaded into a throw-away
  folder with `pip download`: it reads characters Unihan gives no reading, such as
  𠮷 (jí), which residents' names do hold.

Output, one line per character: the character, its readings without tones, most usual
first, joined by "," (may be empty), kRSUnicode ("30.3": radical 30, 3 more strokes; a
simplified radical is marked "'"), total strokes. Gzip-compressed, about 0.5 MB.
"""
from __future__ import annotations

import argparse
import bz2
import gzip
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "hanzi" / "hanzi.tsv.gz"
READING_FIELDS = ("kMandarin", "kTGHZ2013", "kXHC1983", "kHanyuPinyin")
_SYLLABLE = re.compile(r"[a-zü]+")


def toneless(reading: str) -> str:
    """'zēng' -> 'zeng'; 'lǘ' -> 'lv' (the way pinyin input methods type ü)."""
    plain = unicodedata.normalize("NFD", reading.lower()).replace("u\u0308", "v")
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _unihan(folder: Path, name: str):
    with bz2.open(folder / f"Unihan_{name}.txt.bz2", "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t", 2)
                yield chr(int(code[2:], 16)), field, value


def _readings_of(field: str, value: str) -> list[str]:
    if field in ("kTGHZ2013", "kXHC1983", "kHanyuPinyin"):  # "033.120:céng 461.030:zēng"
        value = " ".join(part.split(":", 1)[-1].replace(",", " ") for part in value.split())
    return [toneless(word) for word in value.split()]


def _zdic(work: Path) -> dict[str, list[str]]:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "--dest", str(work), "pypinyin-dict==0.9.0"], check=True)
    wheel = next(work.glob("pypinyin_dict-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read("pypinyin_dict/pinyin_data/zdic.py").decode("utf-8")
    table = {}
    for code, readings in re.findall(r"0x([0-9A-F]+): '([^']*)'", source):
        table[chr(int(code, 16))] = [toneless(r) for r in readings.split(",") if r]
    return table


def build(unihan: Path, work: Path) -> list[str]:
    by_field: dict[str, dict[str, list[str]]] = {}
    for ch, field, value in _unihan(unihan, "Readings"):
        if field in READING_FIELDS:
            by_field.setdefault(ch, {})[field] = _readings_of(field, value)
    readings = {ch: [r for field in READING_FIELDS for r in fields.get(field, [])]
                for ch, fields in by_field.items()}  # kMandarin (the usual one) first
    for ch, extra in _zdic(work).items():
        readings.setdefault(ch, []).extend(extra)
    radicals, strokes = {}, {}
    for ch, field, value in _unihan(unihan, "IRGSources"):  # both there since Unihan 15
        if field == "kRSUnicode":
            radicals[ch] = value.split()[0]
        elif field == "kTotalStrokes":
            strokes[ch] = value.split()[0]
    lines = []
    for ch in sorted(set(radicals) | set(readings), key=ord):
        said = [r for r in dict.fromkeys(readings.get(ch, [])) if _SYLLABLE.fullmatch(r)]
        lines.append(f"{ch}\t{','.join(said)}\t{radicals.get(ch, '')}\t{strokes.get(ch, '')}")
    return lines


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--unihan", type=Path, default=Path("/usr/share/unicode"))
    options.add_argument("--work", type=Path)
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lines = build(args.unihan, args.work or Path(tmp))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same sources give the same bytes, so a rebuild shows no diff
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    with_reading = sum(1 for line in lines if line.split("\t")[1])
    print(f"{OUT.relative_to(ROOT)}: {len(lines):,} characters, {with_reading:,} with a reading,"
          f" {OUT.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
