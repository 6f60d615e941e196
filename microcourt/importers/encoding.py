"""Which text encoding a CSV is in: decoded correctly or refused, never mojibake.

Excel on a Chinese Windows writes plain “CSV” in GBK, “CSV UTF-8” with a BOM, and
“Unicode text” in UTF-16; lists from Taiwan or Hong Kong come in Big5, from Japan in
Shift-JIS. UTF-8 is unambiguous (random bytes almost never decode), but nearly every
Big5 byte pair is also a valid GBK pair, so “it decodes as GB18030” proves nothing:
a GB18030 reading is trusted only when its Chinese characters are the common ones (the
GB2312 set, which covers 99.99% of everyday text); otherwise charset-normalizer is
asked, and a file that nothing reads coherently is refused. The whole file is scanned
in chunks, so a 50 MB file costs a chunk of memory, not its size.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from microcourt.errors import UserError

_CHUNK = 1 << 20
_WIDE_BYTE = re.compile(rb"[\x00\x80-\xff]")
_SAMPLE = 256 * 1024  # what charset-normalizer is shown
_COMMON_SHARE = 0.97  # of non-ASCII characters in GB2312: a real GBK list
# What a list can be in besides UTF-8: the names charset-normalizer may answer.
_CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs", "shift_jis", "cp932", "euc_jp",
               "euc_kr", "utf_16_le", "utf_16_be")
_GB_NAMES = {"gb18030", "gbk", "gb2312", "cp936", "hz"}
UNREADABLE = ("无法识别“{name}”的文字编码（不是UTF-8、GBK、Big5、Shift-JIS或UTF-16），"
              "导入会变成乱码，所以没有导入。请在Excel中“另存为”“CSV UTF-8（逗号分隔）”"
              "后再导入。")


def detect_encoding(path: Path) -> str:
    """The codec to read `path` with (BOMs are handled by the codec named), or
    UserError when no encoding reads the whole file."""
    with path.open("rb") as stream:
        head = stream.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return _verified(path, "utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _verified(path, "utf-16")
    sample = _sample(path)
    wide = _utf16_without_bom(sample)
    if wide and _scan(path, wide) is not None:
        return wide
    if _scan(path, "utf-8") is not None:
        return "utf-8"
    uncommon = _scan(path, "gb18030")
    if uncommon is not None and uncommon <= 1 - _COMMON_SHARE:
        return "gb18030"
    guess = _ask_charset_normalizer(sample)
    if guess is not None and _scan(path, guess) is not None:
        return guess
    raise UserError(UNREADABLE.format(name=path.name))


def _verified(path: Path, codec: str) -> str:
    if _scan(path, codec) is None:
        raise UserError(UNREADABLE.format(name=path.name))
    return codec


def _sample(path: Path) -> bytes:
    """The first stretch with non-ASCII bytes: a long ASCII header tells nothing."""
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            if found := _WIDE_BYTE.search(chunk):
                begin = max(0, found.start() - 1024)
                sample = chunk[begin:begin + _SAMPLE]
                end = sample.rfind(b"\n")  # whole lines: no character cut in two
                return sample[:end + 1] if end > len(sample) // 2 else sample
    return b""


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without its BOM has a zero byte in every other place (ASCII)."""
    if len(sample) < 16 or sample.count(0) < len(sample) // 8:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    return "utf_16_le" if odd > even else "utf_16_be"


def _scan(path: Path, codec: str) -> float | None:
    """None if `path` does not decode as `codec`; else the share of its non-ASCII
    characters outside GB2312 (computed for GB18030 only, 0.0 otherwise)."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    wide = uncommon = 0
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                text = decoder.decode(chunk)
                if codec == "gb18030":
                    wide, uncommon = wide + _non_ascii(text), uncommon + _outside_gb2312(text)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return uncommon / wide if wide else 0.0


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _outside_gb2312(text: str) -> int:
    # C-speed count: "?" stands for every character GB2312 lacks (minus those typed).
    return text.encode("gb2312", "replace").count(b"?") - text.count("?")


def _ask_charset_normalizer(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=list(_CANDIDATES)).best()
    if best is None:
        return None
    name = best.encoding.lower().replace("-", "_")
    return "gb18030" if name in _GB_NAMES else name
