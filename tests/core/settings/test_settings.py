import pytest

from microcourt.errors import ValidationErrors
from microcourt.services import open_services
from microcourt.services.audit.chain import verify
from microcourt.services.settings.service import CourtProfileData

GOOD = dict(name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
            court="杭州市临安区人民法院", liaison_name="王丽", liaison_phone="0571-6372 1234")


def test_first_start_then_profile_saved_and_read_back_after_reopen(tmp_path):
    svc = open_services(tmp_path)
    assert svc.settings.is_first_start()
    svc.settings.save_profile(CourtProfileData(**GOOD))
    svc.close()
    again = open_services(tmp_path)
    profile = again.settings.profile()
    assert profile.name == "上田村微法庭"
    assert profile.liaison_phone == "0571-63721234"
    assert not again.settings.is_first_start()
    assert profile.case_number(2026, 1) == "上田微调〔2026〕第1号"
    assert verify(again.ctx).ok
    again.close()


def test_every_missing_field_and_a_bad_phone_reported_at_once(services):
    with pytest.raises(ValidationErrors) as info:
        services.settings.save_profile(CourtProfileData(name="  ", liaison_phone="12345"))
    by_field = info.value.by_field()
    assert set(by_field) == {"name", "village", "committee", "court", "liaison_name",
                             "liaison_phone"}
    assert "电话" in by_field["liaison_phone"] or "手机" in by_field["liaison_phone"]
    assert services.settings.profile() is None  # nothing written


def test_case_number_pattern_must_have_year_and_seq(services):
    with pytest.raises(ValidationErrors) as info:
        services.settings.save_profile(CourtProfileData(**GOOD, case_number_pattern="上田{year}"))
    assert "{seq}" in info.value.by_field()["case_number_pattern"]
    with pytest.raises(ValidationErrors):
        services.settings.save_profile(CourtProfileData(**GOOD,
                                                        case_number_pattern="{year}{seq}{x}"))


def test_shared_preferences_round_trip(services):
    assert services.settings.get("reminder_minutes", "30") == "30"
    services.settings.set("reminder_minutes", "45")
    assert services.settings.get("reminder_minutes") == "45"
