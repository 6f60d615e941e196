"""Crashes leave nothing behind (issue 12, item 9) and a crafted header cannot make a
verify take more than 256 MiB (item 10)."""
from __future__ import annotations

import os
import struct
import subprocess
import sys

import pytest

from microcourt.errors import UserError
from microcourt.leftovers import registry
from microcourt.paths import DataPaths
from microcourt.services import open_services
from microcourt.services.backups import crypto
from microcourt.services.backups.catalog import list_backups
from microcourt.services.backups.verify import verify_backup
from tests.core.backup_support import PASSWORD, add_party, fast_kdf  # noqa: F401


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_start_removes_what_dead_runs_left_and_keeps_what_live_ones_write(tmp_path):
    paths = DataPaths(tmp_path / "data")
    open_services(paths.root).close()
    dead, live = _dead_pid(), os.getpid()
    out = tmp_path / "申请材料"
    staging = out / ".上田村微调〔2026〕第1号.abc.part"
    staging.mkdir(parents=True)
    (staging / "01_司法确认申请书.pdf").write_bytes(b"%PDF full ID 11010519491231002X")
    registry(paths.root).mkdir(exist_ok=True)
    (registry(paths.root) / f"{dead}-0a1b.json").write_text(
        f'{{"folder": "{staging}", "target": "{out / "x"}"}}', encoding="utf-8")
    left = [paths.backups / f"microcourt-daily-20260101-080000.db.{dead}.partial",
            paths.backups / "microcourt-manual-20260101-080000.db.partial",
            paths.root / f".export-{dead}-q1w2e3"]
    kept = [paths.backups / f"microcourt-daily-20260102-080000.db.{live}.partial",
            paths.root / f".verify-{live}-r4t5y6"]
    for item in left + kept:
        if item.name.startswith("."):
            item.mkdir()
            (item / "copy.db").write_bytes(b"plain copy")
        else:
            item.write_bytes(b"half a backup")
    open_services(paths.root).close()
    assert not staging.exists() and not any(item.exists() for item in left)
    assert all(item.exists() for item in kept)
    assert list(registry(paths.root).iterdir()) == []


def test_backup_list_shows_a_truncated_backup_as_damaged(tmp_path, fast_kdf):  # noqa: F811
    services = open_services(tmp_path / "data")
    try:
        add_party(services, 1)
        plain = services.backups.create().path
        stick = tmp_path / "stick"
        stick.mkdir()
        encrypted = services.backups.export(stick, PASSWORD).path
        for path, keep in ((plain, 4096), (encrypted, encrypted.stat().st_size - 1000)):
            data = path.read_bytes()
            path.write_bytes(data[:keep])
        shown = {info.name: info for info in services.backups.list()}
        assert shown[plain.name].damaged and "不完整" in shown[plain.name].problem
        enc = encrypted.with_name(encrypted.name.replace(".mcbak", "-2.mcbak"))
        encrypted.rename(services.data_dir / "backups" / enc.name)
        listed = {info.name: info for info in list_backups(services.ctx.paths)}
        assert listed[enc.name].damaged
        good = services.backups.create()
        assert not good.damaged
    finally:
        services.close()


def _crafted(tmp_path, log2_n: int, r: int, p: int):
    path = tmp_path / f"crafted-{log2_n}-{r}-{p}.mcbak"
    header = struct.pack("!8sBBBBB16s12s", crypto.MAGIC, 1, 1, log2_n, r, p, b"s" * 16,
                         b"n" * 12)
    path.write_bytes(header + b"\0" * 4096 + b"t" * 16)
    return path


@pytest.mark.parametrize("log2_n, r, p", [(20, 32, 16), (20, 8, 1), (18, 8, 1), (17, 16, 1),
                                          (17, 8, 5)])
def test_a_crafted_header_is_refused_before_any_key_is_derived(tmp_path, monkeypatch,
                                                               log2_n, r, p):
    def derive(*_args, **_kwargs):
        raise AssertionError("scrypt ran on a header past the bound")

    monkeypatch.setattr(crypto, "Scrypt", derive)
    with pytest.raises(UserError) as raised:
        verify_backup(_crafted(tmp_path, log2_n, r, p), "很长的密码12345")
    assert raised.value.message == crypto.WRONG_PASSWORD


def test_every_accepted_kdf_setting_stays_within_256_mib():
    accepted = [(n, r, p) for n in range(32) for r in range(256) for p in range(256)
                if crypto.kdf_acceptable(n, r, p)]
    assert (crypto.KDF_COST_LOG2, crypto.KDF_R, crypto.KDF_P) in accepted
    assert max(crypto.kdf_memory(*setting) for setting in accepted) <= 256 * 1024 * 1024
