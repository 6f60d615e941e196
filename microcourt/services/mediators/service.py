"""Invited mediators (特邀调解员): the roster the liaison picks from when opening a case.

Specialties are stored as comma-separated codes of `Specialty`. Rows written before the
codes existed (the demo dataset writes Chinese terms such as 婚姻家庭,赡养) are read back
through `parse_specialties`, which maps the usual Chinese words onto the codes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from microcourt.db.models import Mediator
from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.domain import Coded
from microcourt.errors import NotFound, UserError, ValidationError, ValidationErrors
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import ADMIN, EVERYONE, allowed
from microcourt.validation.phone import optional_phone
from microcourt.validation.text import clean, clean_name

NAME_MAX = 100
ORGANIZATION_MAX = 200


class Specialty(Coded):
    FAMILY = "family", _("Domain", "Marriage, family and support"), "婚姻家庭"
    LABOUR = "labour", _("Domain", "Labour and wages"), "劳动报酬"
    NEIGHBOUR = "neighbour", _("Domain", "Neighbours"), "相邻关系"
    LAND = "land", _("Domain", "Land contract"), "土地承包"
    LEASE = "lease", _("Domain", "Lease"), "租赁"
    LOAN = "loan", _("Domain", "Private loan"), "民间借贷"
    TRAFFIC = "traffic", _("Domain", "Traffic accident"), "交通事故"
    OTHER = "other", _("Domain", "Other"), "其他"


# Other words liaisons (and older rows) use for the same specialties.
_ALIASES = {"赡养": Specialty.FAMILY, "婚姻": Specialty.FAMILY, "家庭": Specialty.FAMILY,
            "劳动": Specialty.LABOUR, "欠薪": Specialty.LABOUR, "工资": Specialty.LABOUR,
            "邻里": Specialty.NEIGHBOUR, "土地": Specialty.LAND, "借贷": Specialty.LOAN,
            "交通": Specialty.TRAFFIC}
_SEPARATORS = "，,、;；/ "


def _specialty(text: str) -> Specialty | None:
    return Specialty.from_cn(text) or _ALIASES.get(text.strip())


def _tokens(raw: str | list[str] | tuple[str, ...] | None) -> list[str]:
    if raw is None:
        return []
    text = raw if isinstance(raw, str) else ",".join(raw)
    for separator in _SEPARATORS:
        text = text.replace(separator, ",")
    return [token for token in text.split(",") if token.strip()]


def parse_specialties(stored: str | None) -> tuple[str, ...]:
    """Codes of a stored value, in `Specialty` order; an unknown word counts as other."""
    found = {_specialty(token) or Specialty.OTHER for token in _tokens(stored)}
    return tuple(s.value for s in Specialty if s in found)


@dataclass
class MediatorDraft:
    """What the mediator form hands the service, as typed. `specialties`: codes or
    Chinese terms (a list, or one string separated by commas or 、)."""

    name: str = ""
    organization: str | None = None
    specialties: list[str] | str = field(default_factory=list)
    phone: str | None = None
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class MediatorInfo:
    id: int
    name: str
    organization: str | None
    specialties: tuple[str, ...]  # Specialty codes
    phone: str | None
    active: bool
    notes: str

    @property
    def specialties_cn(self) -> str:
        return "、".join(Specialty(code).cn for code in self.specialties)


def mediator_info(row: Mediator) -> MediatorInfo:
    return MediatorInfo(id=row.id, name=row.name, organization=row.organization,
                        specialties=parse_specialties(row.specialties), phone=row.phone,
                        active=bool(row.active), notes=row.notes or "")


def validate_mediator(draft: MediatorDraft) -> dict:
    """Column values for a Mediator row, or ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    name = clean_name(draft.name)
    if not name:
        errors.append(ValidationError("name", "请填写调解员姓名。"))
    elif len(name) > NAME_MAX:
        errors.append(ValidationError("name", f"调解员姓名不能超过{NAME_MAX}个字。"))
    organization = clean(draft.organization) or None
    if organization and len(organization) > ORGANIZATION_MAX:
        errors.append(ValidationError("organization",
                                      f"所在单位或团队不能超过{ORGANIZATION_MAX}个字。"))
    codes: list[str] = []
    for token in _tokens(draft.specialties):
        specialty = _specialty(token)
        if specialty is None:
            options = "、".join(s.cn for s in Specialty)
            errors.append(ValidationError("specialties",
                                          f"擅长领域“{token.strip()}”不认识，可选：{options}。"))
        elif specialty.value not in codes:
            codes.append(specialty.value)
    try:
        phone = optional_phone(draft.phone, "phone")
    except ValidationError as exc:
        errors.append(exc)
        phone = None
    if errors:
        raise ValidationErrors(errors)
    ordered = [s.value for s in Specialty if s.value in codes]
    return {"name": name, "organization": organization, "specialties": ",".join(ordered),
            "phone": phone, "notes": (draft.notes or "").strip(), "active": bool(draft.active)}


def load_mediator(session, mediator_id: int) -> Mediator:
    row = session.get(Mediator, mediator_id)
    if row is None:
        raise NotFound(f"没有编号为{mediator_id}的调解员。")
    return row


class MediatorsService:
    """The mediator roster. Every write is audited."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看调解员")
    def list(self, active_only: bool = False) -> list[MediatorInfo]:
        """By name; the active ones only when asked (the picker of a new case)."""
        query = select(Mediator).order_by(Mediator.active.desc(), Mediator.name, Mediator.id)
        if active_only:
            query = query.where(Mediator.active.is_(True))
        with self.ctx.db.reading() as session:
            return [mediator_info(row) for row in session.scalars(query)]

    @allowed(EVERYONE, what="查看调解员")
    def get(self, mediator_id: int) -> MediatorInfo:
        with self.ctx.db.reading() as session:
            return mediator_info(load_mediator(session, mediator_id))

    @allowed(ADMIN, what="管理调解员")
    def create(self, draft: MediatorDraft) -> MediatorInfo:
        values = validate_mediator(draft)
        with self.ctx.db.transaction() as session:
            self._refuse_duplicate(session, values)
            row = Mediator(**values)
            session.add(row)
            session.flush()
            audit.record(session, self.ctx.actor, "mediator.create", "mediator", row.id,
                         name=row.name, specialties=row.specialties)
            return mediator_info(row)

    @allowed(ADMIN, what="管理调解员")
    def update(self, mediator_id: int, draft: MediatorDraft) -> MediatorInfo:
        values = validate_mediator(draft)
        with self.ctx.db.transaction() as session:
            row = load_mediator(session, mediator_id)
            self._refuse_duplicate(session, values, exclude_id=mediator_id)
            changed = [name for name, value in values.items() if getattr(row, name) != value]
            for name in changed:
                setattr(row, name, values[name])
            if changed:
                audit.record(session, self.ctx.actor, "mediator.update", "mediator",
                             mediator_id, changed=changed)
            return mediator_info(row)

    @allowed(ADMIN, what="管理调解员")
    def set_active(self, mediator_id: int, active: bool) -> MediatorInfo:
        """An inactive mediator stays on old cases but is not offered for new ones."""
        with self.ctx.db.transaction() as session:
            row = load_mediator(session, mediator_id)
            if row.active != active:
                row.active = active
                audit.record(session, self.ctx.actor, "mediator.set_active", "mediator",
                             mediator_id, active=active)
            return mediator_info(row)

    @staticmethod
    def _refuse_duplicate(session, values: dict, exclude_id: int | None = None) -> None:
        # `== None` compiles to IS NULL: two phoneless namesakes are duplicates too.
        query = select(Mediator.id).where(Mediator.name == values["name"],
                                          Mediator.phone == values["phone"])
        if exclude_id is not None:
            query = query.where(Mediator.id != exclude_id)
        existing = session.scalar(query.limit(1))
        if existing is not None:
            raise UserError(f"调解员“{values['name']}”（电话{values['phone'] or '未填'}）"
                            f"已在名册中（编号{existing}），不要重复添加。")
