"""Checking what a form, an import row or the CLI typed for a party, an agent or a
consent, before anything is stored. Pure functions, no database: the importer calls
`validate_draft` on every row of a file before it writes anything.

Every problem is collected, so one ValidationErrors names every bad field at once
(field names are the attribute names of PartyDraft / AgentDraft, or "consent").
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from microcourt.domain import (
    ETHNIC_GROUPS,
    AgentKind,
    ConsentForm,
    Gender,
    IdType,
    PartyKind,
    PartyNeed,
)
from microcourt.errors import ValidationError, ValidationErrors
from microcourt.services.parties.dto import AgentDraft, ConsentRecord, PartyDraft, ValidatedParty
from microcourt.timeutil import today_local
from microcourt.validation.address import optional_email, optional_postcode
from microcourt.validation.credit_code import normalize_credit_code
from microcourt.validation.dates import EARLIEST_PLAUSIBLE, check_not_before, optional_date
from microcourt.validation.identity import check_person_identity
from microcourt.validation.phone import is_mobile, normalize_phone, optional_phone
from microcourt.validation.text import check_safe_text, clean, clean_code, clean_name, visible

# 民事诉讼法 art. 62 and 民诉解释 art. 89: settling, waiving or changing claims needs
# special authority spelled out in the power of attorney; this is the wording used
# when the liaison ticks "special authority" without writing a scope.
STANDARD_SPECIAL_AUTHORITY = "代为承认、放弃、变更诉讼请求，进行和解，代为申请司法确认"

MAX_FEN = 2**63 - 1  # the BigInteger column
MAX_NOTES = 2000  # a note is a few lines; an import cell is capped the same


class DraftError(ValidationError):
    """A problem with draft number `index` (from 0) of a batch (`create_many`): `field`
    is "<index>.<attribute>", `attribute` the PartyDraft attribute and `detail` the
    message without the "第N条" prefix."""

    def __init__(self, index: int, error: ValidationError):
        super().__init__(f"{index}.{error.field}", f"第{index + 1}条：{error.message}")
        self.index = index
        self.attribute = error.field
        self.detail = error.message


class Problems:
    """Collects ValidationErrors from many checks so all are reported together."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, check, *args, **kwargs):
        try:
            return check(*args, **kwargs)
        except ValidationErrors as exc:
            self.errors.extend(exc.errors)
        except ValidationError as exc:
            self.errors.append(exc)
        return None

    def add(self, field: str, message: str) -> None:
        self.errors.append(ValidationError(field, message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


def text(value: str | None, field: str, label: str, max_len: int, *, required: bool = False,
         person_name: bool = False) -> str | None:
    """Cleaned text or None; `person_name` also unifies the dots of minority names.
    Control characters, terminal escapes and bidi overrides are refused, not cleaned."""
    check_safe_text(value, field, label)
    cleaned = clean_name(value) if person_name else clean(value)
    if not cleaned:
        if required:
            raise ValidationError(field, f"请填写{label}。")
        return None
    if len(cleaned) > max_len:
        raise ValidationError(field, f"{label}太长：最多{max_len}个字，现在是{len(cleaned)}个字。")
    return cleaned


def coded(enum, value, field: str, label: str):
    """An enum member from its value, Chinese term or English label."""
    if isinstance(value, enum):
        return value
    member = enum.from_cn(str(value or ""))
    if member is None:
        choices = "、".join(m.cn for m in enum)
        raise ValidationError(field, f"{label}“{visible(str(value))}”不对，可选：{choices}。")
    return member


def validate_draft(draft: PartyDraft, today: date | None = None) -> ValidatedParty:
    """Clean and check every field of `draft`; raise ValidationErrors naming every bad
    field, or return the values to store with non-blocking warnings."""
    today = today or today_local()
    problems = Problems()
    draft, unsafe = _without_unsafe_text(draft)
    kind = problems.run(coded, PartyKind, draft.kind, "kind", "当事人类型")
    if kind is PartyKind.ORGANIZATION:
        values = _organization_fields(draft, problems)
    else:
        values = _person_fields(draft, problems, today)
    values.update(_contact_fields(draft, problems, values["household_address"],
                                  kind is PartyKind.ORGANIZATION))
    if unsafe:  # the invisible character is the one problem worth naming for its field
        flagged = {e.field for e in unsafe}
        problems.errors = unsafe + [e for e in problems.errors if e.field not in flagged]
    problems.raise_if_any()
    return ValidatedParty(kind=(kind or PartyKind.PERSON).value, **values)


def _without_unsafe_text(draft: PartyDraft) -> tuple[PartyDraft, list[ValidationError]]:
    """Every text of the draft through `check_safe_text` (notes may hold line breaks);
    a refused field is checked on as its visible form so no other rule trips on it."""
    errors, shown = [], {}
    for name, value in vars(draft).items():
        texts = value if isinstance(value, list) else [value]
        for item in texts:
            if not isinstance(item, str):
                continue
            try:
                check_safe_text(item, name, _LABELS.get(name, name), multiline=name == "notes")
            except ValidationError as exc:
                errors.append(exc)
                shown[name] = [visible(t) for t in texts] if texts is value else visible(item)
                break
    return (replace(draft, **shown) if shown else draft), errors


_LABELS = {"kind": "当事人类型", "name": "姓名（名称）", "gender": "性别", "ethnicity": "民族",
           "id_type": "证件类型", "id_number": "证件号码", "phone": "联系电话",
           "household_address": "户籍地址（住所）", "service_address": "送达地址",
           "wechat": "微信号", "occupation": "职业", "needs": "特殊需要",
           "service_postcode": "邮政编码", "e_service_address": "电子送达邮箱",
           "emergency_name": "紧急联系人", "emergency_relation": "与紧急联系人的关系",
           "emergency_phone": "紧急联系人电话", "notes": "备注",
           "legal_rep_name": "法定代表人（负责人）姓名", "legal_rep_title": "法定代表人（负责人）职务"}


def _person_fields(draft: PartyDraft, problems: Problems, today: date) -> dict:
    values = {"name": problems.run(text, draft.name, "name", "姓名", 100, required=True,
                                   person_name=True),
              "ethnicity": problems.run(_ethnicity, draft.ethnicity),
              "legal_rep_name": None, "legal_rep_title": None, "warnings": []}
    values.update(_person_identity(draft, problems, today))
    # Ask for a gender only when none was typed and the identity check did not fail:
    # a failed check (any of its fields) leaves gender unknown without it being missing.
    identity_failed = any(e.field in ("gender", "id_number", "id_type", "birth_date")
                          for e in problems.errors)
    if values["gender"] is None and not draft.gender and not identity_failed:
        problems.add("gender", "请选择性别。")
    values["household_address"] = problems.run(text, draft.household_address,
                                               "household_address", "户籍地址", 300,
                                               required=True)
    return values


def _person_identity(draft: PartyDraft, problems: Problems, today: date) -> dict:
    """ID type and number, birth date and gender: derived from a resident ID when not
    typed, and a typed value that disagrees with the number is an error naming both."""
    number = "".join(clean_code(draft.id_number).split()) or None
    id_type = draft.id_type or IdType.RESIDENT_ID.value
    if number is None:
        kind = problems.run(coded, IdType, id_type, "id_type", "证件类型")
        birth = problems.run(optional_date, draft.birth_date, "birth_date", label="出生日期",
                             not_future=True, today=today, not_before=EARLIEST_PLAUSIBLE)
        gender = problems.run(coded, Gender, draft.gender, "gender", "性别") \
            if clean(draft.gender) else None
        return {"id_type": kind.value if kind else None, "id_number": None,
                "birth_date": birth, "gender": gender.value if gender else None}
    result = problems.run(check_person_identity, id_type, number, draft.birth_date,
                          draft.gender, today)
    if result is None:
        return {"id_type": None, "id_number": None, "birth_date": None, "gender": None}
    return {"id_type": IdType.from_cn(str(id_type)).value, "id_number": result.id_number,
            "birth_date": result.birth_date,
            "gender": result.gender.value if result.gender else None,
            "warnings": [ValidationError("id_number", w) for w in result.warnings]}


def _ethnicity(value: str | None) -> str | None:
    name = clean(check_safe_text(value, "ethnicity", "民族"))
    if not name:
        return None
    for candidate in (name, name + "族"):  # "汉" is typed as often as "汉族"
        if candidate in ETHNIC_GROUPS:
            return candidate
    raise ValidationError("ethnicity", f"民族“{name}”不是我国56个民族之一，请从列表中选择。")


def _organization_fields(draft: PartyDraft, problems: Problems) -> dict:
    return {
        "name": problems.run(text, " ".join(clean(draft.name).split()), "name", "单位名称",
                             200, required=True),
        "gender": None, "ethnicity": None, "birth_date": None, "warnings": [],
        "id_type": IdType.CREDIT_CODE.value,
        "id_number": problems.run(normalize_credit_code, draft.id_number, "id_number"),
        "household_address": problems.run(text, draft.household_address, "household_address",
                                          "单位住所", 300, required=True),
        "legal_rep_name": problems.run(text, draft.legal_rep_name, "legal_rep_name",
                                       "法定代表人（负责人）姓名", 100, required=True,
                                       person_name=True),
        "legal_rep_title": problems.run(text, draft.legal_rep_title, "legal_rep_title",
                                        "法定代表人（负责人）职务", 100, required=True),
    }


def _contact_fields(draft: PartyDraft, problems: Problems, household: str | None,
                    organization: bool) -> dict:
    """Phone, address for service, e-service, needs, emergency contact and notes."""
    phone = problems.run(normalize_phone, draft.phone, "phone")
    wechat = problems.run(text, draft.wechat, "wechat", "微信号", 64)
    service = problems.run(text, draft.service_address, "service_address", "送达地址", 300)
    notices = []
    if service is None and household:
        service = household
        notices.append(f"送达地址没有填写，已按{'单位住所' if organization else '户籍地址'}填写。")
    postcode = problems.run(optional_postcode, draft.service_postcode, "service_postcode")
    email = problems.run(optional_email, draft.e_service_address, "e_service_address")
    accepts = bool(draft.accepts_e_service)
    # 民事诉讼法 art. 90: electronic service goes to a system that receives it; a
    # landline receives no text message (a company's switchboard number is no address)
    if accepts and not wechat and not email and not is_mobile(phone) \
            and not any(e.field in ("phone", "e_service_address") for e in problems.errors):
        landline = f"联系电话{phone}是固定电话，不能接收短信；" if phone else ""
        problems.add("accepts_e_service",
                     f"同意电子送达需要手机号码、微信号或电子邮箱：{landline}请填写手机号码、"
                     "微信号或电子邮箱，或取消“同意电子送达”。")
    return {
        "phone": phone, "wechat": wechat, "service_address": service,
        "service_postcode": postcode, "e_service_address": email,
        "service_address_defaulted": bool(notices), "notices": notices,
        "accepts_e_service": accepts,
        "occupation": problems.run(text, draft.occupation, "occupation", "职业", 100),
        "needs": problems.run(_needs, draft.needs) or [],
        "emergency_name": problems.run(text, draft.emergency_name, "emergency_name",
                                       "紧急联系人", 100, person_name=True),
        "emergency_relation": problems.run(text, draft.emergency_relation,
                                           "emergency_relation", "与紧急联系人的关系", 50),
        "emergency_phone": problems.run(optional_phone, draft.emergency_phone,
                                        "emergency_phone"),
        # free text kept as typed, markup and line breaks included
        "notes": problems.run(_notes, draft.notes),
        "imported_amount_fen": problems.run(_amount_fen, draft.imported_amount_fen),
    }


def _notes(value: str | None) -> str:
    notes = check_safe_text((value or "").strip(), "notes", "备注", multiline=True)
    if len(notes) > MAX_NOTES:
        raise ValidationError("notes", f"备注太长：最多{MAX_NOTES}个字，现在是{len(notes)}个字。")
    return notes


def _needs(values) -> list[str]:
    needs: list[str] = []
    for value in values or ():
        member = coded(PartyNeed, value, "needs", "特殊需要")
        if member.value not in needs:
            needs.append(member.value)
    return needs


def _amount_fen(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("imported_amount_fen", f"金额“{value}”应为整数分。")
    if not 0 <= value <= MAX_FEN:
        raise ValidationError("imported_amount_fen", f"金额“{value}”分不能为负数，也不能超过上限。")
    return value


def validate_consent(consent: ConsentRecord | None, today: date | None = None) -> ConsentRecord:
    """A consent record as stored (个人信息保护法 art. 14: informed, voluntary and
    explicit; oral consent is witnessed by the liaison, whose name is recorded)."""
    today = today or today_local()
    if consent is None or consent.on is None:
        raise ValidationError("consent", "请填写当事人同意的日期。")
    if consent.on > today:
        raise ValidationError("consent", f"同意日期{consent.on.isoformat()}晚于今天，请核对。")
    check_not_before(consent.on, EARLIEST_PLAUSIBLE, "consent", "同意日期")
    form = coded(ConsentForm, consent.form, "consent", "同意方式")
    witness = text(consent.witness, "consent", "见证人姓名", 100, person_name=True)
    if form is ConsentForm.ORAL and not witness:
        raise ValidationError("consent", "口头同意需要记录见证的联络员姓名。")
    return ConsentRecord(on=consent.on, form=form.value, witness=witness)


def validate_agent(draft: AgentDraft, today: date | None = None) -> AgentDraft:
    """A cleaned copy of `draft` (民事诉讼法 art. 61: a close relative, a lawyer or a
    citizen recommended by the community may act as agent)."""
    problems = Problems()
    kind = problems.run(coded, AgentKind, draft.kind, "kind", "代理人类型")
    cleaned = replace(
        draft, kind=kind.value if kind else draft.kind,
        name=problems.run(text, draft.name, "name", "代理人姓名", 100, required=True,
                          person_name=True),
        relation=problems.run(text, draft.relation, "relation", "与当事人的关系", 50),
        phone=problems.run(optional_phone, draft.phone, "phone"),
        address=problems.run(text, draft.address, "address", "地址", 300),
        work_unit=problems.run(text, draft.work_unit, "work_unit", "工作单位", 200),
        licence_number=problems.run(text, "".join(clean_code(draft.licence_number).split()),
                                    "licence_number", "律师执业证号", 64),
        authority_scope=problems.run(check_safe_text, (draft.authority_scope or "").strip(),
                                     "authority_scope", "代理权限", multiline=True) or "",
        is_guardian=bool(draft.is_guardian) or kind is AgentKind.GUARDIAN,
        special_authority=bool(draft.special_authority))
    cleaned.id_type, cleaned.id_number, cleaned.gender = problems.run(
        _agent_identity, draft, today or today_local()) or (None, None, None)
    if kind is AgentKind.LAWYER:
        if not cleaned.work_unit:
            problems.add("work_unit", "律师代理人需要填写所在的律师事务所。")
        if not cleaned.licence_number:
            problems.add("licence_number", "律师代理人需要填写律师执业证号。")
    if cleaned.special_authority and not cleaned.authority_scope:
        cleaned.authority_scope = STANDARD_SPECIAL_AUTHORITY
    problems.raise_if_any()
    return cleaned


def _agent_identity(draft: AgentDraft, today: date) -> tuple[str | None, str | None, str | None]:
    number = "".join(clean_code(draft.id_number).split())
    if not number:
        gender = coded(Gender, draft.gender, "gender", "性别") if clean(draft.gender) else None
        return None, None, gender.value if gender else None
    id_type = draft.id_type or IdType.RESIDENT_ID.value
    result = check_person_identity(id_type, number, None, draft.gender, today)
    return (IdType.from_cn(str(id_type)).value, result.id_number,
            result.gender.value if result.gender else None)
