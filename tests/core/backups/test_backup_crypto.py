"""Encrypted export for a USB stick: round trip, wrong password, any changed byte,
the header's cost, password rules, no plain copy left on the stick."""
import os
import stat
import struct

import pytest

from microcourt.errors import UserError, ValidationError
from microcourt.services.backups import crypto as backup_crypto
from microcourt.services.backups.crypto import MAGIC, WRONG_PASSWORD, decrypt_file, encrypt_file
from microcourt.timeutil import local
from tests.core.backup_support import PASSWORD, add_party, fast_kdf, party_names  # noqa: F401


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def test_export_round_trip_restores_the_exported_data(services, stick, fast_kdf):
    add_party(services, 1, "王𠮷")
    info = services.backups.export(stick, PASSWORD, now=local(2026, 2, 28, 17, 5))
    assert info.name == "microcourt-export-20260228-170500.mcbak" and info.encrypted
    assert [p.name for p in stick.iterdir()] == [info.name]  # no plain copy, no .partial
    assert info.path.read_bytes().startswith(MAGIC)
    # the name, not one character: any 3 given bytes turn up in 300 KB of ciphertext 2% of runs
    assert "王𠮷".encode() not in info.path.read_bytes()
    report = services.backups.verify(info.path, PASSWORD)
    assert report.ok and report.encrypted and report.counts["party"] == 1
    add_party(services, 2, "堃")
    services.backups.restore(info.path, PASSWORD)
    assert party_names(services) == ["王𠮷"]


def test_wrong_or_missing_password_is_refused(services, stick, fast_kdf):
    info = services.backups.export(stick, PASSWORD)
    with pytest.raises(UserError) as info_wrong:
        services.backups.verify(info.path, PASSWORD + "x")
    assert info_wrong.value.message == WRONG_PASSWORD
    with pytest.raises(ValidationError) as info_missing:
        services.backups.verify(info.path)
    assert info_missing.value.field == "password"
    with pytest.raises(UserError):
        services.backups.restore(info.path, "wrong password")


@pytest.mark.parametrize("where", ["header", "salt", "middle", "tag"])
def test_a_single_flipped_byte_anywhere_is_detected(tmp_path, fast_kdf, where):
    plain = tmp_path / "plain.db"
    plain.write_bytes(os.urandom(3000))
    sealed = tmp_path / "sealed.mcbak"
    encrypt_file(plain, sealed, PASSWORD)
    data = bytearray(sealed.read_bytes())
    offset = {"header": len(MAGIC) + 1 + 1 + 1 + 1,  # the p of scrypt
              "salt": len(MAGIC) + 6, "middle": len(data) // 2, "tag": len(data) - 1}[where]
    data[offset] ^= 0x01
    sealed.write_bytes(bytes(data))
    out = tmp_path / "out.db"
    with pytest.raises(UserError) as info:
        decrypt_file(sealed, out, PASSWORD)
    assert info.value.message == WRONG_PASSWORD
    assert not out.exists()  # nothing half-decrypted left behind


def test_a_truncated_file_is_refused_as_incomplete(tmp_path, fast_kdf):
    plain = tmp_path / "plain.db"
    plain.write_bytes(b"x" * 10)
    sealed = tmp_path / "sealed.mcbak"
    encrypt_file(plain, sealed, PASSWORD)
    sealed.write_bytes(sealed.read_bytes()[:30])
    with pytest.raises(UserError) as info:
        decrypt_file(sealed, tmp_path / "out.db", PASSWORD)
    assert "不完整" in info.value.message


def test_default_cost_is_written_in_the_header_and_used(tmp_path):
    plain = tmp_path / "plain.db"
    plain.write_bytes("<&> 𠮷".encode() * 100)
    sealed = tmp_path / "sealed.mcbak"
    encrypt_file(plain, sealed, PASSWORD)
    header = sealed.read_bytes()[:len(MAGIC) + 5]
    version, kdf, log2_n, r, p = struct.unpack("!5B", header[len(MAGIC):])
    assert (version, kdf, log2_n, r, p) == (1, 1, backup_crypto.KDF_COST_LOG2, 8, 1)
    assert log2_n >= 17
    out = tmp_path / "out.db"
    decrypt_file(sealed, out, PASSWORD)
    assert out.read_bytes() == plain.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(sealed.stat().st_mode) == 0o600


def test_passwords_too_short_or_empty_are_refused_before_anything_is_written(
        services, stick, fast_kdf):
    for bad in ("", "12345"):
        with pytest.raises(ValidationError) as info:
            services.backups.export(stick, bad)
        assert info.value.field == "password"
    assert list(stick.iterdir()) == []


def test_export_to_a_missing_folder_names_it(services, tmp_path, fast_kdf):
    with pytest.raises(UserError) as info:
        services.backups.export(tmp_path / "没有插入的U盘", PASSWORD)
    assert "没有插入的U盘" in info.value.message


def test_cancelling_an_export_leaves_nothing_on_the_stick(services, stick, fast_kdf):
    job = services.backups.export_job(stick, PASSWORD)
    assert next(job).message == "正在复制并加密数据"
    assert next(job).message == "正在读回检查"
    assert len(list(stick.iterdir())) == 1  # written, not yet checked
    job.close()  # the liaison pressed cancel
    assert list(stick.iterdir()) == []


def test_cancelling_a_restore_after_the_check_changes_nothing(services, stick, fast_kdf):
    exported = services.backups.export(stick, PASSWORD)
    add_party(services, 1, "堃")
    job = services.backups.restore_job(exported.path, PASSWORD)
    next(job)
    assert next(job).done == 1  # decrypted and checked
    job.close()
    assert party_names(services) == ["堃"]
    paths = services.ctx.paths
    assert not list(paths.root.glob("*.restoring*"))
    assert not list(paths.backups.glob("*before-restore*"))
