"""The micro-court's own particulars and shared preferences."""
from __future__ import annotations

from dataclasses import asdict, fields
from string import Formatter

from sqlalchemy import select

from microcourt.db.models import AppSetting, CourtProfile, Party
from microcourt.documents.inputs.court import DEFAULT_NUMBER_PATTERN as DEFAULT_NUMBER_PATTERN
from microcourt.documents.inputs.court import CourtProfileData
from microcourt.errors import ValidationError, ValidationErrors
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import ADMIN, EVERYONE, allowed
from microcourt.validation.phone import normalize_phone
from microcourt.validation.text import clean, clean_name

PATTERN_FIELDS = ("{year}", "{seq}")

REQUIRED = {
    "name": "请填写微法庭名称。",
    "village": "请填写所在村（社区）。",
    "committee": "请填写人民调解委员会名称。",
    "court": "请填写对接的人民法院。",
    "liaison_name": "请填写联络员姓名。",
    "liaison_phone": "请填写联络员电话。",
}


def validate_profile(data: CourtProfileData) -> CourtProfileData:
    """Return a cleaned copy, or raise ValidationErrors naming every bad field."""
    cleaned = CourtProfileData(**{f.name: clean(getattr(data, f.name)) for f in fields(data)})
    cleaned.liaison_name = clean_name(cleaned.liaison_name)
    errors = [ValidationError(name, message) for name, message in REQUIRED.items()
              if not getattr(cleaned, name)]
    if cleaned.liaison_phone:
        try:
            cleaned.liaison_phone = normalize_phone(cleaned.liaison_phone, "liaison_phone")
        except ValidationError as exc:
            errors.append(exc)
    errors.extend(_pattern_errors(cleaned.case_number_pattern))
    if errors:
        raise ValidationErrors(errors)
    return cleaned


def _pattern_errors(pattern: str) -> list[ValidationError]:
    if not pattern:
        return [ValidationError("case_number_pattern", "请填写案件编号格式。")]
    missing = [p for p in PATTERN_FIELDS if p not in pattern]
    if missing:
        return [ValidationError("case_number_pattern",
                                f"案件编号格式必须包含 {'、'.join(missing)}，"
                                "例如：上田微调〔{year}〕第{seq}号。")]
    try:
        # Bare names only: "{year[0]}" or "{seq.real}" would reach into Python objects
        # (and "{year[0]}" fails on every case number).
        used = {name for _, name, _, _ in Formatter().parse(pattern) if name is not None}
        if not used <= {"year", "seq", "village"}:
            raise KeyError(used)
        pattern.format(year=2026, seq=1, village="")
    except (KeyError, IndexError, ValueError, TypeError):
        return [ValidationError("case_number_pattern",
                                "案件编号格式只能使用 {year}、{seq}、{village} 三个占位符。")]
    return []


class SettingsService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看微法庭信息")
    def profile(self) -> CourtProfileData | None:
        with self.ctx.db.reading() as session:
            row = session.scalar(select(CourtProfile).limit(1))
            if row is None:
                return None
            return CourtProfileData(**{f.name: getattr(row, f.name)
                                       for f in fields(CourtProfileData)})

    @allowed(ADMIN, what="修改微法庭信息")
    def save_profile(self, data: CourtProfileData) -> CourtProfileData:
        cleaned = validate_profile(data)
        with self.ctx.db.transaction() as session:
            row = session.scalar(select(CourtProfile).limit(1))
            if row is None:
                row = CourtProfile(**asdict(cleaned))
                session.add(row)
            else:
                for name, value in asdict(cleaned).items():
                    setattr(row, name, value)
            session.flush()
            audit.record(session, self.ctx.actor, "settings.update", "court_profile", row.id,
                         fields=sorted(asdict(cleaned)))
        return cleaned

    @allowed(EVERYONE, what="查看设置")
    def is_first_start(self) -> bool:
        """No particulars yet and no parties: greet the liaison and offer the demo."""
        with self.ctx.db.reading() as session:
            # LIMIT 1 rather than COUNT(*): start-up must not scan 100,000 parties.
            has_profile = session.scalar(select(CourtProfile.id).limit(1)) is not None
            has_parties = session.scalar(select(Party.id).limit(1)) is not None
        return not has_profile and not has_parties

    @allowed(EVERYONE, what="查看设置")
    def get(self, key: str, default: str | None = None) -> str | None:
        with self.ctx.db.reading() as session:
            row = session.get(AppSetting, key)
            return row.value if row else default

    @allowed(ADMIN, what="修改设置")
    def set(self, key: str, value: str) -> None:
        with self.ctx.db.transaction() as session:
            row = session.get(AppSetting, key)
            if row is None:
                session.add(AppSetting(key=key, value=value))
            else:
                row.value = value
