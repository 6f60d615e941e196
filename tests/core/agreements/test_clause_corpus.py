"""The clause corpus: sentences a liaison writes, with the verdict a court would give.

ok: confirmable as written; status / ownership: not accepted (民诉解释 355); placeholder,
vague: unclear (358(五)); plan_conflict: a free-text payment term the plan contradicts.
The plan the sentences are compared with: 120,000 yuan in two installments of 60,000,
due 2027-01-10 and 2027-02-10.
"""
from datetime import date

import pytest

from microcourt.documents.inputs.agreement import ClaimantSchedule, InstallmentInfo
from microcourt.services.agreements.checks import AgreementContent, agreement_warnings


def _installment(seq, due, fen):
    return InstallmentInfo(seq, None, seq, due, fen, 2, "赵四", 1, "钱三", 0, "due")


PLAN = (ClaimantSchedule(None, None, "", (_installment(1, date(2027, 1, 10), 6_000_000),
                                          _installment(2, date(2027, 2, 10), 6_000_000))),)

CORPUS = [
    # status relationships
    ("双方同意离婚。", "status"),
    ("双方自愿解除婚姻关系，婚生女由女方抚养。", "status"),
    ("双方同意解除收养关系。", "status"),
    ("确认申请人与被申请人之间的亲子关系。", "status"),
    ("确认双方婚姻关系无效。", "status"),
    ("双方已于2020年离婚，男方每月15日前支付抚养费1,000元。", "ok"),
    # property rights (355(五))
    ("确认坐落于上田村3组的房屋归申请人所有。", "ownership"),
    ("上田村3组的两间平房归申请人所有。", "ownership"),
    ("争议房屋归被申请人所有，申请人不再主张权利。", "ownership"),
    ("确认申请人享有该地块的土地承包经营权。", "ownership"),
    ("村东茶园的承包经营权归申请人。", "ownership"),
    ("该宅基地使用权归被申请人。", "ownership"),
    ("确认宅基地使用权属于申请人。", "ownership"),
    ("确认涉案商标的商标权归申请人。", "ownership"),
    ("被申请人享有涉案房屋的所有权。", "ownership"),
    ("被申请人将其名下房屋作价30万元转让给申请人，房屋归申请人所有。", "ok"),
    ("被申请人于2027年3月1日前协助申请人办理房屋过户登记。", "ok"),
    ("被申请人于2027年3月1日前腾退商铺并交还钥匙。", "ok"),
    ("押金5,000元归出租方所有，抵作租金。", "ok"),
    ("5万元归申请人所有。", "ok"),
    ("剩余货物归申请人所有，由其自行处理。", "ok"),
    # placeholders
    ("双方同意于某年某月某日解除签订的房屋租赁合同。", "placeholder"),
    ("承租方于某年某月某日前搬离并将房屋腾空交还出租方。", "placeholder"),
    ("被申请人自某年某月起每月某日前支付赡养费。", "placeholder"),
    ("申请人某某放弃其他请求。", "placeholder"),
    ("被申请人××于协议生效后十日内交付钥匙。", "placeholder"),
    ("被申请人拆除所搭建的（ ），恢复通行。", "placeholder"),
    ("被申请人向申请人支付人民币{金额}元。", "placeholder"),
    ("大写：{金额大写}。", "placeholder"),
    ("被申请人{被申请人}确认欠款。", "placeholder"),
    ("各赡养义务人轮流照料申请人，具体安排为：……", "placeholder"),
    ("被申请人支付赡养费人民币若干元。", "placeholder"),
    ("被申请人于____年__月__日前赔偿。", "placeholder"),
    ("双方就本纠纷再无其他争议（）。", "placeholder"),
    # vague performance
    ("被申请人尽快支付部分货款，其余视销售情况再商量。", "vague"),
    ("被申请人尽快归还借款。", "vague"),
    ("剩余款项另行协商。", "vague"),
    ("医疗费用由被申请人酌情补偿。", "vague"),
    ("被申请人视情况修复院墙。", "vague"),
    ("被申请人尽早搬离商铺。", "vague"),
    ("租金减免部分双方再商量。", "vague"),
    ("被申请人尽快支付60,000元。", "vague"),
    ("如有其他争议，双方另行协商解决。", "ok"),
    ("被申请人于2027年1月10日前拆除违建，如遇雨天可酌情顺延三日。", "ok"),
    # ordinary payments (with the plan: only what the plan says)
    ("被申请人于2027年1月10日前支付60,000元。", "ok"),
    ("被申请人向申请人支付借款共计120,000元。", "ok"),
    ("被申请人于2027年1月9日前支付60,000元。", "plan_conflict"),
    ("被申请人分两期归还借款：协议生效后一个月内归还60,000元，三个月内归还其余60,000元。",
     "plan_conflict"),
    ("被申请人于2027年2月10日前一次性归还借款100,000元。", "plan_conflict"),
    ("被申请人于协议生效后十日内支付全部借款。", "plan_conflict"),
    ("申请人放弃利息。", "ok"),
    ("被申请人任何一期未按时足额支付的，申请人可就全部未付款项申请强制执行。", "ok"),
    ("逾期支付的，按每日万分之五支付违约金。", "ok"),
    ("以上款项以银行转账方式支付至申请人本人名下的银行账户。", "ok"),
    # child support
    ("孩子由申请人直接抚养，被申请人自2027年1月起每月10日前支付抚养费1,500元，至孩子年满十八周岁止。",
     "ok"),
    ("被申请人每月可探望孩子两次，申请人应予协助。", "ok"),
    ("被申请人于离婚后每月15日前支付抚养费800元。", "ok"),
    ("抚养费视被申请人收入情况再商量。", "vague"),
    ("被申请人每月某日前支付抚养费。", "placeholder"),
    # support of elderly parents (赡养)
    ("三名被申请人自2027年1月起，每人每月10日前向申请人支付赡养费600元。", "ok"),
    ("申请人由长子、次子按季度轮流接回家中照料，女儿每周探望一次。", "ok"),
    ("申请人的医疗费用凭票据由三名被申请人平均分担，每月10日前结清上月费用。", "ok"),
    ("赡养费由三名子女尽快商定。", "vague"),
    ("被申请人应当经常看望、问候申请人。", "ok"),
]


def verdict(sentence: str) -> str:
    content = AgreementContent("loan", (sentence,), {}, PLAN, 12_000_000)
    kinds = {w.kind for w in agreement_warnings(content)}
    return kinds.pop() if len(kinds) == 1 else ("ok" if not kinds else "+".join(sorted(kinds)))


def test_the_corpus_is_big_enough_and_covers_every_kind():
    assert len(CORPUS) >= 60
    assert {v for _, v in CORPUS} == {"ok", "status", "ownership", "placeholder", "vague",
                                      "plan_conflict"}


@pytest.mark.parametrize(("sentence", "expected"), CORPUS)
def test_clause_verdict(sentence, expected):
    assert verdict(sentence) == expected


def test_every_problem_names_its_clause_for_the_fix_button():
    content = AgreementContent("loan", ("申请人放弃利息。", "被申请人尽快归还借款。"), {}, PLAN,
                               12_000_000)
    [warning] = agreement_warnings(content)
    assert (warning.field, warning.clause_index, warning.blocks_signing) == (
        "clauses[1]", 2, True)
    assert warning.message.startswith("第2条")


def test_the_clause_written_from_the_plan_is_not_compared_with_it():
    clause = "赵四分2期向钱三支付人民币120,000.00元：第一期于2027年1月9日前支付60,000.00元。"
    content = AgreementContent("loan", (clause,), {}, PLAN, 12_000_000, plan_clause=0)
    assert agreement_warnings(content) == []


def test_placeholders_in_the_other_fields_are_named_by_field():
    content = AgreementContent("loan", ("申请人放弃利息。",), {
        "performance_way": "转账至{账号}", "facts": "去年某日，被申请人借款。"}, PLAN, 12_000_000)
    assert [(w.field, w.kind) for w in agreement_warnings(content)] == [
        ("performance_way", "placeholder")]
