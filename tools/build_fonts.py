"""Rebuild the bundled PDF fonts in resources/fonts from Debian's font packages.

    python tools/build_fonts.py [--work DIR] [--out resources/fonts]

Needs apt-get (to download the .deb files, no root needed for `apt-get download`),
dpkg-deb and fontTools. What it makes and why is in resources/fonts/README.md:

* NotoSerifCJKsc-Regular.ttf: the Simplified-Chinese face of Noto Serif CJK (OFL),
  cut out of the .ttc and converted from CFF (cubic) to TrueType (quadratic) outlines,
  because reportlab embeds TrueType outlines only.
* NotoSerifCJKsc-Bold.ttf: the same for the bold weight, limited to GB 2312 plus
  Latin and punctuation to keep the size down; titles fall back to Regular for the rest.
* BabelStoneHan-fallback.ttf.gz: BabelStone Han (Arphic Public License), whose glyphs
  follow the Chinese (G-source) reference forms, cut down to the ideographs the Noto
  face lacks (most of them in CJK Extensions B-F).
* HanaMinA-fallback.ttf / HanaMinB-fallback.ttf.gz: Hanazono Mincho (Hanazono Font
  License) cut down to what neither of those has (the rest of Extensions B-F).
* tongyong-guifan-hanzi-2013.txt: the 8,105 characters of the 通用规范汉字表 (2013) in
  table order, read from the Unihan database's kTGH field (Debian unicode-data).

Layout tables (GSUB/GPOS...), vertical metrics and hinting are dropped: reportlab uses
none of them, and they cost megabytes.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

PACKAGES = ("fonts-noto-cjk", "fonts-babelstone-han", "fonts-hanazono", "unicode-data")
NOTO_DIR = "usr/share/fonts/opentype/noto"
BABELSTONE_FILE = "usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf"
HANAZONO_DIR = "usr/share/fonts/truetype/hanazono"
UNIHAN_MAPPINGS = "usr/share/unicode/Unihan_OtherMappings.txt.bz2"
TONGYONG_FILE = "tongyong-guifan-hanzi-2013.txt"
TONGYONG_COUNT = 8105
DOC_DIR = "usr/share/doc"
DROP_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "vhea", "vmtx",
               "FFTM", "prop", "DSIG", "hdmx", "LTSH", "VDMX", "kern"]
# What Chinese legal text and names need: Latin, Greek, Cyrillic, punctuation and
# symbols, CJK punctuation, kana and bopomofo, every unified ideograph of the BMP and
# of Extensions B to F (a name may hold any of them: about 200 characters of the
# 通用规范汉字表 lie in Extensions B-E), and the compatibility ideographs. Hangul
# syllables (11,172 glyphs) are left out.
IDEOGRAPHS = [
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF), (0x2F800, 0x2FA1F),
]
REPERTOIRE = [
    (0x0020, 0x024F), (0x0370, 0x052F), (0x1E00, 0x1EFF), (0x2000, 0x27BF),
    (0x2E80, 0x2FDF), (0x3000, 0x33FF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), *IDEOGRAPHS,
]
# Cubic-to-quadratic tolerance in font units (1000 per em): invisible at print sizes.
MAX_ERR = 1.0


def fetch_packages(work: Path) -> Path:
    """Download and unpack the Debian packages into work/root; return that root."""
    root = work / "root"
    if all(root.joinpath(part).exists() for part in (NOTO_DIR, BABELSTONE_FILE, HANAZONO_DIR,
                                                     UNIHAN_MAPPINGS)):
        return root
    root.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", *PACKAGES], cwd=work, check=True)
    for deb in sorted(work.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def ttc_face(path: Path, name_contains: str) -> TTFont:
    """The face of a .ttc whose full name contains `name_contains` (e.g. 'CJK SC')."""
    number = 0
    while True:
        font = TTFont(path, fontNumber=number, lazy=True)
        if name_contains in font["name"].getDebugName(4):
            return TTFont(path, fontNumber=number)
        number += 1


def subset_font(font: TTFont, unicodes: set[int]) -> TTFont:
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += DROP_TABLES
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = False
    options.notdef_outline = True
    options.recalc_bounds = True
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    return font


def cff_to_glyf(font: TTFont) -> None:
    """fontTools' otf2ttf recipe: redraw every CFF glyph through cu2qu into a glyf table."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 3.0  # no glyph names: saves space, reportlab does not need them
    font.sfntVersion = "\000\001\000\000"
    font["head"].glyphDataFormat = 0


def gb2312_and_basics() -> set[int]:
    """Every character of GB 2312 plus printable ASCII and common CJK punctuation."""
    chars = set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F))
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def code_points(ranges: list[tuple[int, int]]) -> set[int]:
    return {cp for first, last in ranges for cp in range(first, last + 1)}


def build_noto(root: Path, out: Path, weight: str, limit: set[int]) -> set[int]:
    font = ttc_face(root / NOTO_DIR / f"NotoSerifCJK-{weight}.ttc", "CJK SC")
    unicodes = set(font.getBestCmap()) & limit
    subset_font(font, unicodes)
    cff_to_glyf(font)
    font.save(out / f"NotoSerifCJKsc-{weight}.ttf")
    return unicodes


# The large rare-character faces are stored gzip-compressed (documents/font_files.py):
# 37 MB -> 18 MB of the installer, unpacked in memory when a rare character needs them.
COMPRESSED = {"BabelStoneHan-fallback.ttf", "HanaMinB-fallback.ttf"}


def build_fallback(source: Path, out_file: Path, have: set[int], limit: set[int]) -> set[int]:
    """`source` cut down to the characters of `limit` that no earlier font `have`s."""
    font = TTFont(source)
    unicodes = (set(font.getBestCmap()) & limit) - have
    subset_font(font, unicodes)
    if out_file.name in COMPRESSED:
        import gzip
        import io
        buffer = io.BytesIO()
        font.save(buffer)
        out_file.with_name(out_file.name + ".gz").write_bytes(
            gzip.compress(buffer.getvalue(), 9, mtime=0))  # mtime 0: the same bytes each run
    else:
        font.save(out_file)
    return unicodes


def write_tongyong(root: Path, out: Path) -> list[str]:
    """The 通用规范汉字表 from Unihan's kTGH field ("2013:1234": its number in the table),
    one line per character in table order: number, character, code point."""
    import bz2
    entries = []
    with bz2.open(root / UNIHAN_MAPPINGS, "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "kTGH":
                entries.append((int(fields[2].split(":")[1]), chr(int(fields[0][2:], 16))))
    entries.sort()
    if [n for n, _ in entries] != list(range(1, TONGYONG_COUNT + 1)):
        raise SystemExit(f"kTGH gave {len(entries)} entries, not 1..{TONGYONG_COUNT}")
    header = (
        "# 通用规范汉字表 (国务院 2013): the 8,105 characters in table order\n"
        "# (1-3500 一级, 3501-6500 二级, 6501-8105 三级): number, character, code point.\n"
        "# Derived by tools/build_fonts.py from the kTGH field of Unihan_OtherMappings.txt\n"
        "# in Debian's unicode-data package (Unicode 15.0.0); only the selection and the\n"
        "# layout of this file are ours. Unicode Data Files, Copyright © 1991-2022\n"
        "# Unicode, Inc., distributed under the Unicode License (LICENSE-Unicode.txt).\n")
    body = "".join(f"{n:04d}\t{char}\tU+{ord(char):04X}\n" for n, char in entries)
    out.joinpath(TONGYONG_FILE).write_text(header + body, encoding="utf-8")
    return [char for _, char in entries]


def write_licences(root: Path, out: Path) -> None:
    noto = (root / DOC_DIR / "fonts-noto-cjk/copyright").read_text(encoding="utf-8")
    ofl = noto[noto.rindex("License: SIL-1.1"):]  # the licence paragraph, not a Files: one
    out.joinpath("LICENSE-NotoSerifCJK.txt").write_text(
        "Noto Serif CJK SC (converted to TrueType outlines and subset by tools/build_fonts.py)\n"
        "Copyright © 2017-2022 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
        "Source: https://github.com/googlefonts/noto-cjk (Debian package fonts-noto-cjk)\n\n"
        + _debian_licence_body(ofl), encoding="utf-8")
    hanazono = (root / DOC_DIR / "fonts-hanazono/copyright").read_text(encoding="utf-8")
    out.joinpath("LICENSE-Hanazono.txt").write_text(
        "HanaMinA / HanaMinB (subset by tools/build_fonts.py), used under the\n"
        "Hanazono Font License (the first of the two licences offered below).\n"
        "Source: http://fonts.jp/hanazono/ (Debian package fonts-hanazono)\n\n"
        + hanazono, encoding="utf-8")
    babelstone = (root / DOC_DIR / "fonts-babelstone-han/copyright").read_text(encoding="utf-8")
    apl = babelstone[babelstone.index("License: arphic-public-license\n"):]
    out.joinpath("LICENSE-BabelStoneHan.txt").write_text(
        "BabelStone Han 15.0.5 by Andrew West, derived from AR PL Mingti2L Big5 and AR PL\n"
        "SungtiL GB (c) 1994-2022 Arphic Technology Co., Ltd.; this file is a modified\n"
        "version (cut down to CJK ideographs by tools/build_fonts.py), distributed under\n"
        "the ARPHIC PUBLIC LICENSE below, as the original is. Its source is the font file\n"
        "itself: http://www.babelstone.co.uk/Fonts/Han.html (Debian fonts-babelstone-han).\n\n"
        + _debian_licence_body(apl), encoding="utf-8")
    unicode_licence = (root / DOC_DIR / "unicode-data/copyright").read_text(encoding="utf-8")
    out.joinpath("LICENSE-Unicode.txt").write_text(
        f"{TONGYONG_FILE} is derived from the Unicode Character Database (Unihan).\n\n"
        + unicode_licence[unicode_licence.index("EXHIBIT 1"):], encoding="utf-8")


def _debian_licence_body(block: str) -> str:
    """Debian copyright files indent licence text by one space and mark blank lines '.'."""
    lines = []
    for line in block.splitlines()[1:]:
        if line and not line.startswith(" "):
            break
        text = line[1:] if line.startswith(" ") else line
        lines.append("" if text == "." else text)
    return "\n".join(lines).strip() + "\n"


BLOCKS = {
    "CJK Unified Ideographs (URO)": (0x4E00, 0x9FFF),
    "Extension A": (0x3400, 0x4DBF),
    "Extension B": (0x20000, 0x2A6DF),
    "Extension C": (0x2A700, 0x2B73F),
    "Extension D": (0x2B740, 0x2B81F),
    "Extension E": (0x2B820, 0x2CEAF),
    "Extension F": (0x2CEB0, 0x2EBEF),
    "Compatibility Ideographs": (0xF900, 0xFAFF),
    "Compatibility Supplement": (0x2F800, 0x2FA1F),
    "Basic Latin (printable)": (0x20, 0x7E),
    "Latin-1 + Extended-A/B": (0xA0, 0x24F),
}
SAMPLE = "堃喆赟犇昇䶮𠮷𬱖·、。，；：？！“”‘’（）《》〈〉「」『』〔〕【】…—①②⑩㈠￥％"


def report_coverage(out: Path) -> None:
    """Print, per Unicode block, how many assigned characters the bundle draws."""
    import gzip
    import io
    import unicodedata
    cmaps = {path.name: TTFont(io.BytesIO(gzip.decompress(path.read_bytes()))
                               if path.suffix == ".gz" else path, lazy=True).getBestCmap()
             for path in sorted([*out.glob("*.ttf"), *out.glob("*.ttf.gz")])}
    union = set().union(*cmaps.values())
    print(f"{'block':32} {'bundle':>14}  " + "  ".join(cmaps))
    for block, (first, last) in BLOCKS.items():
        assigned = [cp for cp in range(first, last + 1)
                    if unicodedata.category(chr(cp)) != "Cn"]
        per_font = "  ".join(f"{sum(cp in c for cp in assigned):>{len(n)}}"
                             for n, c in cmaps.items())
        print(f"{block:32} {sum(cp in union for cp in assigned):>6}/{len(assigned):<7}  {per_font}")
    missing = [ch for ch in SAMPLE if ord(ch) not in union]
    print(f"sample {SAMPLE}: {'all present' if not missing else 'missing ' + ''.join(missing)}")
    table = out / TONGYONG_FILE
    if table.exists():
        chars = [line.split("\t")[1] for line in table.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")]
        primary = cmaps.get("NotoSerifCJKsc-Regular.ttf", {})
        print(f"通用规范汉字表: {sum(ord(c) in union for c in chars)}/{len(chars)} in the bundle, "
              f"{sum(ord(c) in primary for c in chars)} in Noto Serif CJK SC Regular")
    print(f"unicodedata version {unicodedata.unidata_version}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="download/unpack folder (kept)")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "resources" / "fonts")
    parser.add_argument("--report-only", action="store_true",
                        help="only print the coverage of the fonts already in --out")
    args = parser.parse_args(argv)
    if args.report_only:
        report_coverage(args.out)
        return 0
    repertoire = code_points(REPERTOIRE)
    work = args.work or Path(tempfile.mkdtemp(prefix="microcourt-fonts-"))
    work.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    root = fetch_packages(work)
    started = time.perf_counter()
    have = build_noto(root, args.out, "Regular", repertoire)
    print(f"Noto Serif CJK SC Regular: {len(have)} characters", flush=True)
    bold = build_noto(root, args.out, "Bold", gb2312_and_basics() & repertoire)
    print(f"Noto Serif CJK SC Bold: {len(bold)} characters", flush=True)
    # BabelStone only for ideographs: its other glyphs carry a CC-BY-SA licence too
    added = build_fallback(root / BABELSTONE_FILE, args.out / "BabelStoneHan-fallback.ttf",
                           have, code_points(IDEOGRAPHS))
    have |= added
    print(f"BabelStone Han fallback: {len(added)} characters", flush=True)
    for face in ("HanaMinA", "HanaMinB"):
        added = build_fallback(root / HANAZONO_DIR / f"{face}.ttf",
                               args.out / f"{face}-fallback.ttf", have, repertoire)
        have |= added
        print(f"{face} fallback: {len(added)} characters", flush=True)
    write_tongyong(root, args.out)
    write_licences(root, args.out)
    print(f"done in {time.perf_counter() - started:.0f} s -> {args.out}")
    report_coverage(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
