"""Helpers of the backup, audit and crash-safety tests: parties registered through the
real service (with consent, so an ID number is stored), and a fast KDF for tests that
are not about its cost."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from microcourt.services.backups import crypto as backup_crypto
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.validation.idcard import compose_resident_id

CONSENT = ConsentRecord(on=date(2026, 1, 5), form="paper")
PASSWORD = "村委会 2026·𠮷"


def resident_id(number: int) -> str:
    """A distinct valid ID number for each `number` (1000 per birth date)."""
    birth = date(1940, 1, 1) + timedelta(days=number // 1000)
    return compose_resident_id("330185", birth, number % 1000)


def add_party(services, number: int, name: str | None = None) -> int:
    draft = PartyDraft(name=name or f"王𠮷{number}", id_number=resident_id(number),
                       phone="13812345678", household_address="浙江省杭州市临安区上田村8号")
    return services.parties.register(draft, CONSENT).id


def party_names(services) -> list[str]:
    return sorted(row.name for row in services.parties.page("", 0, 10_000).rows)


@pytest.fixture
def fast_kdf(monkeypatch):
    """scrypt at 2**10 instead of 2**17: the format and checks are the same, 300x faster."""
    monkeypatch.setattr(backup_crypto, "KDF_COST_LOG2", 10)
