"""Warnings about agreement clauses a court will not confirm.

民诉解释 art. 355: courts do not accept applications for judicial confirmation about
status relationships (marriage, parent-child, adoption: e.g. "双方同意离婚" itself) or
about confirming ownership of property or intellectual property. 电子签名法 art. 3:
electronic signatures do not apply to marriage, adoption or inheritance documents.
The checks are keyword heuristics: they warn, the liaison decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from microcourt.domain import CaseCategory

_STATUS = re.compile(r"离婚|解除(婚姻|收养|亲子)关系|确认.{0,16}(婚姻|亲子|父子|母子|收养)关系"
                     r"|婚姻关系.{0,4}(无效|有效)|解除.{0,4}收养")
# A divorce that already happened is background, not something the agreement settles
# ("双方已于2020年离婚，男方每月支付抚养费"): child support after a divorce is confirmable.
_PAST_DIVORCE = re.compile(r"已(经)?(于[^，。；,;]{0,16})?(协议|登记|判决|调解)?离婚|离婚(后|以后|时|之后|证|判决|调解书)")
_OWNERSHIP = re.compile(r"确认.{0,20}(所有权|归.{0,10}所有|产权|物权|使用权|承包经营权|宅基地|知识产权"
                        r"|专利权|著作权|商标权)|(所有权|产权|承包经营权|经营权|使用权)(归|属于|由)"
                        r"|享有[^，。；]{0,12}(所有权|承包经营权|宅基地使用权|土地使用权|产权)")
# 房屋归…所有 settles who owns the house (refused); a house handed over as the agreed
# performance (sold, set off against a debt, transferred) is an obligation the court
# confirms. Money "归…所有" ("5万元归申请人所有") is an ordinary payment.
_REAL_PROPERTY = re.compile(r"(房屋|房产|住房|楼房|平房|房子|宅基地|承包地|土地|山林|林地|茶园|果园|竹林"
                            r"|商铺|店面|厂房|车库|院子|院落|地块)[^，。；,;]{0,16}归[^，。；,;]{1,16}所有")
_TRANSFER = re.compile(r"转让|出售|买卖|作价|折价|抵偿|抵债|过户|变更登记|赠与")
FAMILY_STATUS_CATEGORIES = {CaseCategory.MARRIAGE_FAMILY}
_FAMILY_WORDS = re.compile(r"婚姻|离婚|收养|继承|遗产")


# Unclear content (民诉解释 358(五)): refused at signing, not merely warned about.
BLOCKING_KINDS = frozenset({"placeholder", "plan_conflict", "vague", "total_mismatch",
                            "no_payment_term"})


@dataclass(frozen=True)
class ClauseWarning:
    clause_index: int | None  # 1-based position, None for the agreement as a whole
    kind: str  # status / ownership / e_signature / total_mismatch / placeholder / ...
    message: str
    field: str = ""  # where to fix it: clauses[i] (0-based, as errors name it) or a field

    @property
    def blocks_signing(self) -> bool:
        return self.kind in BLOCKING_KINDS


def clause_warnings(clauses: list[str]) -> list[ClauseWarning]:
    warnings = []
    for index, text in enumerate(clauses, start=1):
        if _STATUS.search(_PAST_DIVORCE.sub("", text)):
            warnings.append(ClauseWarning(index, "status", (
                f"第{index}条涉及解除婚姻、收养等身份关系。法院不受理此类事项的司法确认"
                "（民诉解释第三百五十五条），离婚须到民政部门登记或向法院起诉。"),
                f"clauses[{index - 1}]"))
        if _OWNERSHIP.search(text) or _settles_ownership(text):
            warnings.append(ClauseWarning(index, "ownership", (
                f"第{index}条涉及确认物权或知识产权的归属（如所有权、承包经营权、宅基地使用权）。"
                "法院不受理此类事项的司法确认（民诉解释第三百五十五条第五项），"
                "可改写为履行义务（如交付、腾退、过户配合）。"), f"clauses[{index - 1}]"))
    return warnings


def _settles_ownership(text: str) -> bool:
    return any(_REAL_PROPERTY.search(sentence) and not _TRANSFER.search(sentence)
               for sentence in _SENTENCE.findall(text))


def e_signature_warning(category: str, clauses: list[str],
                        electronic: bool) -> ClauseWarning | None:
    """Marriage, adoption and inheritance documents are always signed on paper."""
    if not electronic:
        return None
    if CaseCategory(category) in FAMILY_STATUS_CATEGORIES or any(
            _FAMILY_WORDS.search(c) for c in clauses):
        return ClauseWarning(None, "e_signature", (
            "本协议涉及婚姻、收养或继承事项，依照电子签名法第三条不能使用电子签名，"
            "请打印后由当事人在纸质协议上签名、按指印。"), "electronic_signature")
    return None


# An acceleration clause (加速到期): one installment missed and the rest falls due at
# once. Parties perform as they agreed (民法典 art. 509), so an enforcement application
# claims the whole remainder when the agreement says so, otherwise what is overdue.
_SENTENCE = re.compile(r"[^。；;\n]+")
_DEFAULT = re.compile(r"(任何|任意|任|有|某)一(期|笔|次)|逾期")
_ALL_DUE = re.compile(r"(全部|剩余|其余|余下|所有|尚欠|未付)[^，,]{0,14}?"
                      r"(视为)?(全部)?(提前)?(到期|一次性|立即|一并)"
                      r"|就(全部|剩余|其余|所有)[^，,]{0,10}?申请(强制)?执行")


def acceleration_clause(texts: list[str]) -> str:
    """The first sentence of `texts` (the clauses, then the breach terms) that makes the
    remainder fall due on a missed installment, or ""."""
    for text in texts:
        for sentence in _SENTENCE.findall(text or ""):
            if _DEFAULT.search(sentence) and _ALL_DUE.search(sentence):
                return sentence.strip() + "。"
    return ""
