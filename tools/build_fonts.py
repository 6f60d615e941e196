"""Rebuild the bundled PDF fonts in resources/fonts from Debian's font packages.

    python tools/build_fonts.py [--work DIR] [--out resources/fonts]

Needs apt-get (to download the .deb files, no root needed for `apt-get download`),
dpkg-deb and fontTools. What it makes and why is in resources/fonts/README.md:

* NotoSerifCJKsc-Regular.ttf: the Simplified-Chinese face of Noto Serif CJK (OFL),
  cut out of the .ttc and converted from CFF (cubic) to TrueType (quadratic) outlines,
  because reportlab embeds TrueType outlines only.
* NotoSerifCJKsc-Bold.ttf: the same for the bold weight, limited to GB 2312 plus
  Latin and punctuation to keep the size down; titles fall back to Regular for the rest.
* HanaMinA-fallback.ttf / HanaMinB-fallback.ttf: Hanazono Mincho (Hanazono Font
  License) cut down to the characters the Noto face lacks (mostly CJK Extensions B-F).

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

PACKAGES = ("fonts-noto-cjk", "fonts-hanazono")
NOTO_DIR = "usr/share/fonts/opentype/noto"
HANAZONO_DIR = "usr/share/fonts/truetype/hanazono"
DOC_DIR = "usr/share/doc"
DROP_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "vhea", "vmtx",
               "FFTM", "prop", "DSIG", "hdmx", "LTSH", "VDMX", "kern"]
# What Chinese legal text and names need: Latin, Greek, Cyrillic, punctuation and
# symbols, CJK punctuation, kana and bopomofo, the unified ideographs of the BMP and of
# Extension B, and the compatibility ideographs. Hangul syllables (11,172 glyphs) and
# Extensions C-F (17,600 glyphs, about 9 MB) are left out to keep the bundle small;
# `--ext-c-to-f` adds the latter back.
REPERTOIRE = [
    (0x0020, 0x024F), (0x0370, 0x052F), (0x1E00, 0x1EFF), (0x2000, 0x27BF),
    (0x2E80, 0x2FDF), (0x3000, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
    (0x20000, 0x2A6DF), (0x2F800, 0x2FA1F),
]
EXT_C_TO_F = [(0x2A700, 0x2EBEF)]
# Cubic-to-quadratic tolerance in font units (1000 per em): invisible at print sizes.
MAX_ERR = 1.0


def fetch_packages(work: Path) -> Path:
    """Download and unpack the Debian packages into work/root; return that root."""
    root = work / "root"
    if root.joinpath(NOTO_DIR).exists() and root.joinpath(HANAZONO_DIR).exists():
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


def build_hanazono(root: Path, out: Path, face: str, have: set[int],
                   limit: set[int]) -> set[int]:
    font = TTFont(root / HANAZONO_DIR / f"{face}.ttf")
    unicodes = (set(font.getBestCmap()) & limit) - have
    subset_font(font, unicodes)
    font.save(out / f"{face}-fallback.ttf")
    return unicodes


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
    "Extensions C-F": (0x2A700, 0x2EBEF),
    "Compatibility Ideographs": (0xF900, 0xFAFF),
    "Compatibility Supplement": (0x2F800, 0x2FA1F),
    "Basic Latin (printable)": (0x20, 0x7E),
    "Latin-1 + Extended-A/B": (0xA0, 0x24F),
}
SAMPLE = "堃喆赟犇昇䶮𠮷·、。，；：？！“”‘’（）《》〈〉「」『』〔〕【】…—①②⑩㈠￥％"


def report_coverage(out: Path) -> None:
    """Print, per Unicode block, how many assigned characters the bundle draws."""
    import unicodedata
    cmaps = {path.name: TTFont(path, lazy=True).getBestCmap()
             for path in sorted(out.glob("*.ttf"))}
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
    print(f"unicodedata version {unicodedata.unidata_version}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="download/unpack folder (kept)")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "resources" / "fonts")
    parser.add_argument("--ext-c-to-f", action="store_true",
                        help="also bundle CJK Extensions C-F (about 9 MB more)")
    parser.add_argument("--report-only", action="store_true",
                        help="only print the coverage of the fonts already in --out")
    args = parser.parse_args(argv)
    if args.report_only:
        report_coverage(args.out)
        return 0
    repertoire = code_points(REPERTOIRE + (EXT_C_TO_F if args.ext_c_to_f else []))
    work = args.work or Path(tempfile.mkdtemp(prefix="microcourt-fonts-"))
    work.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    root = fetch_packages(work)
    started = time.perf_counter()
    have = build_noto(root, args.out, "Regular", repertoire)
    print(f"Noto Serif CJK SC Regular: {len(have)} characters", flush=True)
    bold = build_noto(root, args.out, "Bold", gb2312_and_basics() & repertoire)
    print(f"Noto Serif CJK SC Bold: {len(bold)} characters", flush=True)
    for face in ("HanaMinA", "HanaMinB"):
        added = build_hanazono(root, args.out, face, have, repertoire)
        have |= added
        print(f"{face} fallback: {len(added)} characters", flush=True)
    write_licences(root, args.out)
    print(f"done in {time.perf_counter() - started:.0f} s -> {args.out}")
    report_coverage(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
