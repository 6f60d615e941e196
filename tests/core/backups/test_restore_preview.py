"""Restoring a backup made by another installation, or one whose accounts differ, says
so and lists what will change before it asks (issue 12, item 10), CLI and core."""
from __future__ import annotations

import pytest

from microcourt import cli
from microcourt.services import open_services
from tests.core.backup_support import add_party


@pytest.fixture
def here(tmp_path):
    services = open_services(tmp_path / "here")
    services.accounts.create_admin("wang", "王丽", "很长的密码12345")
    add_party(services, 1)
    yield services
    services.close()


def _backup_elsewhere(tmp_path):
    """Another village's PC: its own accounts and parties."""
    other = open_services(tmp_path / "elsewhere")
    try:
        other.accounts.create_admin("zhao", "赵村长", "另一个长密码6789")
        for number in (2, 3):
            add_party(other, number)
        return other.backups.create().path
    finally:
        other.close()


def test_a_backup_of_the_same_installation_is_not_called_foreign(here):
    backup = here.backups.create().path
    add_party(here, 4)
    preview = here.backups.preview_restore(backup)
    assert not preview.other_installation and not preview.accounts_differ
    assert preview.warnings() == []
    assert "  当事人：2 → 1" in preview.lines()


def test_another_installation_and_its_accounts_are_named(here, tmp_path):
    preview = here.backups.preview_restore(_backup_elsewhere(tmp_path))
    assert preview.other_installation
    assert preview.accounts_added == ("zhao（联络员（管理员））",)
    assert preview.accounts_removed == ("wang（联络员（管理员））",)
    said = "\n".join(preview.lines())
    assert "另一台电脑" in said and "删除账号 wang" in said and "当事人：1 → 2" in said


def test_the_cli_lists_the_changes_before_it_asks(here, tmp_path, capsys):
    backup = _backup_elsewhere(tmp_path)
    data = str(here.data_dir)
    here.close()
    assert cli.main(["--data-dir", data, "backup", "restore", str(backup)]) == 1  # no tty
    captured = capsys.readouterr()
    assert "另一台电脑" in captured.out and "增加账号 zhao" in captured.out
    assert "--yes" in captured.err
    assert cli.main(["--data-dir", data, "backup", "restore", str(backup), "--yes"]) == 0
    assert "删除账号 wang" in capsys.readouterr().out
