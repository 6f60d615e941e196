"""Clause templates per case category: the wording a liaison starts an agreement from.

The defaults below are seeded once into the database (marked in app_setting), after
which they are the liaison's to edit, reorder or delete; deleting every template of a
category does not bring the defaults back. Placeholders in braces are filled from the
case when a draft is created: {申请人} {被申请人} {金额} {金额大写}; "某年某月某日" is
left for the liaison to write (signing refuses it until written). A sum of money is stated
once; when and in how many payments it is paid is the installment plan's clause, written
from the plan (plan_text.py), so no default restates a payment date.

The defaults avoid what a court will not confirm (民诉解释 355): no "同意离婚", no
"确认所有权"; they are written as duties to perform (pay, hand over, vacate).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import AppSetting, ClauseTemplate
from microcourt.domain import CaseCategory as C
from microcourt.errors import NotFound, ValidationError, ValidationErrors
from microcourt.services.agreements.dto import ClauseTemplateInfo
from microcourt.services.agreements.text import clean_prose
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import ADMIN, EVERYONE, allowed
from microcourt.validation.text import clean

SEEDED_KEY = "agreements.clause_templates_seeded"
MAX_TITLE = 100
MAX_TEXT = 4000

DEFAULTS: dict[C, tuple[tuple[str, str], ...]] = {
    C.WAGES: (
        ("确认欠薪", "被申请人{被申请人}确认拖欠申请人{申请人}劳动报酬共计人民币{金额}元（大写：{金额大写}）。"),
        ("支付方式", "上述款项以银行转账方式支付至申请人本人名下的银行账户。"),
        ("加速到期", "被申请人任何一期未按时足额支付的，申请人可就全部未付款项向人民法院申请强制执行。"),
        ("放弃其他请求", "申请人放弃其他请求，双方就本纠纷再无其他争议。"),
    ),
    C.LEASE: (
        ("解除合同", "双方同意于某年某月某日解除签订的房屋租赁合同。"),
        ("腾退交还", "承租方于某年某月某日前搬离并将房屋腾空交还出租方，水电燃气等费用结清至交还之日。"),
        ("租金减免", "出租方同意减免部分租金，承租方尚欠剩余租金共计人民币{金额}元（大写：{金额大写}）。"),
        ("押金处理", "出租方在房屋交还并验收后七日内退还押金（或押金抵作租金）。"),
        ("放弃其他请求", "双方就本租赁合同再无其他争议。"),
    ),
    C.ELDERLY_SUPPORT: (
        ("赡养费", "被申请人{被申请人}自某年某月起每月某日前向申请人{申请人}支付赡养费人民币若干元，按月支付。"),
        ("医疗费用", "申请人患病产生的医疗费用，在扣除医疗保险报销部分后，由各赡养义务人平均负担。"),
        ("生活照料", "各赡养义务人轮流照料申请人的日常生活，具体安排为：……"),
        ("探望", "被申请人应当经常看望、问候申请人，不得以任何理由拒绝履行赡养义务。"),
    ),
    C.MARRIAGE_FAMILY: (
        ("抚养费", "子女由一方直接抚养，另一方自某年某月起每月某日前支付抚养费人民币若干元，至子女年满十八周岁止。"),
        ("探望", "不直接抚养子女的一方每月可探望子女两次，另一方应予协助。"),
        ("财产给付", "被申请人{被申请人}向申请人{申请人}支付人民币{金额}元（大写：{金额大写}）。"),
    ),
    C.NEIGHBOURS: (
        ("排除妨碍", "被申请人于某年某月某日前拆除所搭建的……，恢复通行（排水、采光）原状。"),
        ("费用负担", "拆除和恢复所需费用由被申请人负担。"),
        ("赔偿", "被申请人赔偿申请人损失人民币{金额}元（大写：{金额大写}）。"),
        ("和睦相处", "双方今后互谅互让，和睦相处，不再因此事发生争执。"),
    ),
    C.LAND_CONTRACT: (
        ("返还土地", "被申请人于某年某月某日前将耕种的……地块交还申请人耕种。"),
        ("补偿", "申请人向被申请人支付地上青苗补偿款人民币{金额}元（大写：{金额大写}）。"),
        ("界址", "双方按村民委员会现场确认的界址耕种，互不越界。"),
    ),
    C.SALE_CONTRACT: (
        ("确认货款", "被申请人确认尚欠申请人货款共计人民币{金额}元（大写：{金额大写}）。"),
        ("违约责任", "被申请人逾期未付的，应自逾期之日起按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付逾期付款利息。"),
    ),
    C.PRIVATE_LOAN: (
        ("确认借款", "被申请人确认向申请人借款本金共计人民币{金额}元（大写：{金额大写}）尚未归还。"),
        ("利息", "申请人同意放弃此前的利息；被申请人逾期未还的，自逾期之日起按一年期贷款市场报价利率计付利息。"),
    ),
    C.TRAFFIC_ACCIDENT: (
        ("赔偿总额", "被申请人赔偿申请人医疗费、误工费、护理费、交通费、财产损失等各项损失共计人民币{金额}元（大写：{金额大写}）。"),
        ("保险理赔", "保险公司理赔的部分由被申请人负责办理并于收到理赔款后三日内交付申请人。"),
        ("一次性解决", "本协议履行完毕后，双方就本次交通事故再无其他争议。"),
    ),
    C.OTHER: (
        ("给付金额", "被申请人应向申请人支付人民币{金额}元（大写：{金额大写}）。"),
        ("再无争议", "双方就本纠纷再无其他争议。"),
    ),
}


def seed_defaults(session: Session) -> None:
    """Insert the defaults once per database (a deleted default stays deleted)."""
    if session.get(AppSetting, SEEDED_KEY) is not None:
        return
    for category, templates in DEFAULTS.items():
        session.add_all(ClauseTemplate(category=category.value, title=title, text=text,
                                       position=position)
                        for position, (title, text) in enumerate(templates, start=1))
    session.add(AppSetting(key=SEEDED_KEY, value="1"))
    session.flush()


def templates_for(session: Session, category: str) -> list[ClauseTemplate]:
    seed_defaults(session)
    return list(session.scalars(select(ClauseTemplate)
                                .where(ClauseTemplate.category == category)
                                .order_by(ClauseTemplate.position, ClauseTemplate.id)))


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """Replace {key} with its value; unknown braces stay as typed (no str.format, so a
    stray brace in a liaison's template cannot break anything)."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _info(row: ClauseTemplate) -> ClauseTemplateInfo:
    return ClauseTemplateInfo(row.id, row.category, row.title, row.text, row.position)


class ClauseTemplates:
    """List, save and delete the clause templates of a category."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看条款模板")
    def list(self, category: str) -> list[ClauseTemplateInfo]:
        category = _category(category)
        with self.ctx.db.transaction() as session:  # may seed on first use
            return [_info(row) for row in templates_for(session, category)]

    @allowed(ADMIN, what="修改条款模板")
    def save(self, category: str, title: str, text: str, position: int | None = None,
             template_id: int | None = None) -> ClauseTemplateInfo:
        """Create a template (template_id None) or change one; position None appends."""
        category = _category(category)
        title, text = _validated(title, text)
        with self.ctx.db.transaction() as session:
            rows = templates_for(session, category)
            if template_id is None:
                row = ClauseTemplate(category=category)
                session.add(row)
            else:
                row = _load(session, template_id)
            row.title, row.text, row.category = title, text, category
            if position is not None:
                row.position = position
            elif template_id is None:
                row.position = max((r.position for r in rows), default=0) + 1
            session.flush()
            audit.record(session, self.ctx.actor, "clause_template.save", "clause_template",
                         row.id, category=category, title=title)
            return _info(row)

    @allowed(ADMIN, what="修改条款模板")
    def delete(self, template_id: int) -> None:
        with self.ctx.db.transaction() as session:
            row = _load(session, template_id)
            audit.record(session, self.ctx.actor, "clause_template.delete", "clause_template",
                         row.id, category=row.category, title=row.title)
            session.delete(row)


def _category(category: str) -> str:
    try:
        return C(category).value
    except ValueError:
        raise ValidationError("category", f"没有“{category}”这个纠纷类别。") from None


def _validated(title: str, text: str) -> tuple[str, str]:
    title, text = clean(title), clean_prose(text)
    errors = []
    if not title:
        errors.append(ValidationError("title", "请填写条款模板的名称。"))
    elif len(title) > MAX_TITLE:
        errors.append(ValidationError("title", f"条款模板名称最多{MAX_TITLE}个字。"))
    if not text:
        errors.append(ValidationError("text", "请填写条款内容。"))
    elif len(text) > MAX_TEXT:
        errors.append(ValidationError("text", f"条款内容最多{MAX_TEXT}个字。"))
    if errors:
        raise ValidationErrors(errors)
    return title, text


def _load(session: Session, template_id: int) -> ClauseTemplate:
    row = session.get(ClauseTemplate, template_id)
    if row is None:
        raise NotFound(f"没有编号为{template_id}的条款模板，可能已被删除。")
    return row
