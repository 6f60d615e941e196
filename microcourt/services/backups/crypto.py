"""Encrypted backup files for USB sticks, which get lost (issue 7, item 3).

Layout (all integers unsigned bytes):

    magic "MCBACKUP" | version 1 | kdf 1 (scrypt) | log2(n) | r | p | salt (16) |
    nonce (12) | AES-256-GCM ciphertext of the SQLite file | tag (16)

The key comes from the password with scrypt; its cost is written in the header so old
files still open if the default grows. The whole header is authenticated as associated
data, so changing any byte anywhere makes decryption fail. Files are processed in
chunks: a large database never needs to fit in memory twice.
"""
from __future__ import annotations

import os
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from microcourt.errors import UserError, ValidationError
from microcourt.private_files import open_private

MAGIC = b"MCBACKUP"
VERSION = 1
KDF_SCRYPT = 1
# scrypt n = 2**17, r = 8, p = 1: 128 MiB and ~0.3 s per derivation, the cost OWASP
# suggests for scrypt; guessing passwords from a lost stick costs the same per guess.
KDF_COST_LOG2 = 17
KDF_R, KDF_P = 8, 1
# Refused when reading, before any key is derived: a damaged or crafted header must
# not make a verify take more than 256 MiB (issue 12, item 10) or minutes.
_LOG2_RANGE = range(10, 21)
MAX_KDF_MEMORY = 256 * 1024 * 1024
MAX_KDF_P = 4
_HEADER = struct.Struct(f"!{len(MAGIC)}sBBBBB16s12s")
TAG_SIZE = 16
CHUNK = 1 << 20
MIN_PASSWORD_LENGTH = 6

WRONG_PASSWORD = "密码不对，或备份文件已损坏"


@dataclass(frozen=True)
class _Header:
    log2_n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes

    def pack(self) -> bytes:
        return _HEADER.pack(MAGIC, VERSION, KDF_SCRYPT, self.log2_n, self.r, self.p,
                            self.salt, self.nonce)


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def check_password(password: str | None) -> str:
    if not password:
        raise ValidationError("password", "请设置备份密码：U盘可能丢失，备份必须加密。")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password",
                              f"备份密码太短（{len(password)}位），至少要{MIN_PASSWORD_LENGTH}位。")
    return password


def kdf_memory(log2_n: int, r: int, p: int) -> int:
    """Bytes scrypt allocates: the 128·r·N table plus 128·r·p of working blocks."""
    return 128 * r * ((1 << log2_n) + p)


def kdf_acceptable(log2_n: int, r: int, p: int) -> bool:
    return (log2_n in _LOG2_RANGE and 1 <= r <= 32 and 1 <= p <= MAX_KDF_P
            and kdf_memory(log2_n, r, p) <= MAX_KDF_MEMORY)


def _key(password: str, header: _Header) -> bytes:
    kdf = Scrypt(salt=header.salt, length=32, n=2 ** header.log2_n, r=header.r, p=header.p)
    return kdf.derive(password.encode("utf-8"))


def encrypt_file(source: Path, target: Path, password: str) -> None:
    """Write `source` encrypted to the new file `target` (created 0600; never
    overwrites an existing file)."""
    check_password(password)
    header = _Header(KDF_COST_LOG2, KDF_R, KDF_P, secrets.token_bytes(16),
                     secrets.token_bytes(12))
    packed = header.pack()
    encryptor = Cipher(algorithms.AES(_key(password, header)), modes.GCM(header.nonce)).encryptor()
    encryptor.authenticate_additional_data(packed)
    with source.open("rb") as plain, open_private(target) as out:
        out.write(packed)
        while chunk := plain.read(CHUNK):
            out.write(encryptor.update(chunk))
        out.write(encryptor.finalize())
        out.write(encryptor.tag)
        out.flush()
        os.fsync(out.fileno())


def body_size(head: bytes, size: int) -> int | None:
    """The ciphertext's length in a file of `size` bytes starting with `head`; None when
    it is not even a whole header and tag."""
    if not head.startswith(MAGIC) or size < _HEADER.size + TAG_SIZE:
        return None
    return size - _HEADER.size - TAG_SIZE


def _read_header(handle, size: int) -> tuple[_Header, bytes]:
    packed = handle.read(_HEADER.size)
    if len(packed) < _HEADER.size or size < _HEADER.size + TAG_SIZE:
        raise UserError("备份文件不完整（可能没有复制完），无法读取。")
    magic, version, kdf, log2_n, r, p, salt, nonce = _HEADER.unpack(packed)
    if magic != MAGIC:
        raise UserError("这不是微法庭助手的加密备份文件。")
    if version != VERSION or kdf != KDF_SCRYPT:
        raise UserError(f"这个加密备份的格式（版本{version}）来自更新版本的微法庭助手，请先升级软件。")
    if not kdf_acceptable(log2_n, r, p):  # damaged or crafted: never derived
        raise UserError(WRONG_PASSWORD)
    return _Header(log2_n, r, p, salt, nonce), packed


def decrypt_file(source: Path, target: Path, password: str | None) -> None:
    """Decrypt `source` into the new file `target`. A wrong password or any changed
    byte raises UserError and leaves no `target` behind."""
    if not password:
        raise ValidationError("password", "这是加密备份，请输入备份密码。")
    size = source.stat().st_size
    with source.open("rb") as handle:
        header, packed = _read_header(handle, size)
        handle.seek(size - TAG_SIZE)
        tag = handle.read(TAG_SIZE)
        handle.seek(_HEADER.size)
        decryptor = Cipher(algorithms.AES(_key(password, header)),
                           modes.GCM(header.nonce)).decryptor()
        decryptor.authenticate_additional_data(packed)
        try:
            _decrypt_body(handle, size - _HEADER.size - TAG_SIZE, decryptor, target, tag)
        except BaseException:
            target.unlink(missing_ok=True)
            raise


def _decrypt_body(handle, remaining: int, decryptor, target: Path, tag: bytes) -> None:
    with open_private(target) as out:
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                raise UserError("备份文件不完整（可能没有复制完），无法读取。")
            remaining -= len(chunk)
            out.write(decryptor.update(chunk))
        try:
            out.write(decryptor.finalize_with_tag(tag))
        except InvalidTag:
            raise UserError(WRONG_PASSWORD) from None
