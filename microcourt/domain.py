"""The domain's vocabularies: one enum per kind of code stored in the database.

Each member has an English UI label (marked with QT_TRANSLATE_NOOP so Qt Linguist
collects it; the UI translates it in the "Domain" context) and the Chinese term that
legal documents print, which never depends on the UI language.
"""
from __future__ import annotations

from enum import StrEnum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name
    """Marks text for lupdate without importing Qt; returns it unchanged."""
    return text


class Coded(StrEnum):
    """A StrEnum whose members carry (value, English label, Chinese legal term)."""

    def __new__(cls, value: str, label: str, cn: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.cn = cn
        return member

    @classmethod
    def choices(cls) -> list[Coded]:
        return list(cls)

    @classmethod
    def from_cn(cls, text: str):
        text = text.strip()
        for member in cls:
            if text in (member.cn, member.value, member.label):
                return member
        return None


_ = QT_TRANSLATE_NOOP


class PartyKind(Coded):
    PERSON = "person", _("Domain", "Natural person"), "自然人"
    ORGANIZATION = "organization", _("Domain", "Organization"), "法人或其他组织"


class Gender(Coded):
    MALE = "male", _("Domain", "Male"), "男"
    FEMALE = "female", _("Domain", "Female"), "女"


class IdType(Coded):
    RESIDENT_ID = "resident_id", _("Domain", "Resident ID card"), "居民身份证"
    HK_MACAO_PERMIT = ("hk_macao_permit", _("Domain", "Residence permit (HK/Macao)"),
                       "港澳居民居住证")
    TAIWAN_PERMIT = "taiwan_permit", _("Domain", "Residence permit (Taiwan)"), "台湾居民居住证"
    PASSPORT = "passport", _("Domain", "Passport"), "护照"
    CREDIT_CODE = "credit_code", _("Domain", "Unified social credit code"), "统一社会信用代码"


class ConsentForm(Coded):
    PAPER = "paper", _("Domain", "Signed on paper"), "书面签字"
    ORAL = "oral", _("Domain", "Oral, liaison as witness"), "口头同意（联络员见证）"


class PartyNeed(Coded):
    HARD_OF_HEARING = "hearing", _("Domain", "Hard of hearing"), "听力不好"
    POOR_SIGHT = "sight", _("Domain", "Poor sight"), "视力不好"
    CANNOT_READ = "illiterate", _("Domain", "Cannot read or write"), "不识字"
    DIALECT_ONLY = "dialect", _("Domain", "Speaks only dialect"), "只会说方言"
    LIMITED_MOBILITY = "mobility", _("Domain", "Limited mobility"), "行动不便"


class AgentKind(Coded):
    CLOSE_RELATIVE = "relative", _("Domain", "Close relative"), "近亲属"
    LAWYER = "lawyer", _("Domain", "Lawyer"), "律师"
    COMMUNITY = "community", _("Domain", "Citizen recommended by the community"), "社区推荐的公民"
    GUARDIAN = "guardian", _("Domain", "Guardian"), "监护人"
    EMPLOYEE = "employee", _("Domain", "Employee of the organization"), "工作人员"


class CaseCategory(Coded):
    WAGES = "wages", _("Domain", "Unpaid wages"), "追索劳动报酬纠纷"
    LEASE = "lease", _("Domain", "House or shop lease"), "房屋租赁合同纠纷"
    MARRIAGE_FAMILY = "family", _("Domain", "Marriage and family"), "婚姻家庭纠纷"
    ELDERLY_SUPPORT = "support", _("Domain", "Support of elderly parents"), "赡养纠纷"
    NEIGHBOURS = "neighbours", _("Domain", "Neighbours"), "相邻关系纠纷"
    LAND_CONTRACT = "land", _("Domain", "Land contract"), "土地承包经营权纠纷"
    SALE_CONTRACT = "sale", _("Domain", "Sale contract"), "买卖合同纠纷"
    PRIVATE_LOAN = "loan", _("Domain", "Private loan"), "民间借贷纠纷"
    TRAFFIC_ACCIDENT = "traffic", _("Domain", "Traffic accident"), "机动车交通事故责任纠纷"
    OTHER = "other", _("Domain", "Other"), "其他纠纷"


class CaseSource(Coded):
    WALK_IN = "walk_in", _("Domain", "Walk-in"), "当事人来访"
    GRID_REFERRAL = "grid", _("Domain", "Grid worker referral"), "网格员排查移交"
    COURT_REFERRAL = "court", _("Domain", "Court referral"), "法院委派"


class ReferralKind(Coded):
    """How a court handed a case to the committee: 委派调解 before the case is docketed
    (诉前), 委托调解 after (诉中). The case number is the court's either way."""

    ASSIGNED = "assigned", _("Domain", "Referred before filing (委派)"), "委派调解"
    ENTRUSTED = "entrusted", _("Domain", "Entrusted during the lawsuit (委托)"), "委托调解"


class CaseStatus(Coded):
    REGISTERED = "registered", _("Domain", "Registered"), "已登记"
    IN_MEDIATION = "in_mediation", _("Domain", "In mediation"), "调解中"
    AGREEMENT_REACHED = "agreed", _("Domain", "Agreement reached"), "达成协议"
    MEDIATION_FAILED = "failed", _("Domain", "Mediation failed"), "调解不成"
    CONFIRMATION_APPLIED = "applied", _("Domain", "Confirmation applied"), "已申请司法确认"
    CONFIRMED = "confirmed", _("Domain", "Confirmed"), "司法确认有效"
    REFUSED = "refused", _("Domain", "Refused"), "司法确认驳回"
    PERFORMED = "performed", _("Domain", "Performed"), "履行完毕"
    CLOSED = "closed", _("Domain", "Closed"), "已结案"


class CaseRole(Coded):
    APPLICANT = "applicant", _("Domain", "Applicant"), "申请人"
    RESPONDENT = "respondent", _("Domain", "Respondent"), "被申请人"
    THIRD_PARTY = "third_party", _("Domain", "Third party"), "第三人"


class HearingKind(Coded):
    VIDEO_MEDIATION = "video_mediation", _("Domain", "Video mediation"), "视频调解"
    ONLINE_HEARING = "online_hearing", _("Domain", "Online court hearing"), "在线庭审"
    ONSITE_MEDIATION = "onsite_mediation", _("Domain", "On-site mediation"), "现场调解"


class PropertyKind(Coded):
    """What a debtor's property lead is about, as an enforcement application asks."""

    BANK = "bank", _("Domain", "Bank deposits"), "银行存款"
    VEHICLE = "vehicle", _("Domain", "Vehicles"), "车辆"
    REAL_ESTATE = "real_estate", _("Domain", "Real estate"), "不动产"
    WAGES = "wages", _("Domain", "Wages or fees receivable"), "应收工资、劳务报酬"
    OTHER = "other", _("Domain", "Other property"), "其他财产"


class Platform(Coded):
    MOBILE_MICRO_COURT = "mobile_micro_court", _("Domain", "Mobile Micro Court"), "移动微法院"
    ZHEJIANG_ODR = "zhejiang_odr", _("Domain", "Zhejiang ODR"), "浙江ODR / 解纷码"
    COURT_MEDIATION = ("court_mediation", _("Domain", "People's Court Mediation Platform"),
                       "人民法院调解平台")
    OTHER = "other", _("Domain", "Other platform"), "其他"


class HearingStatus(Coded):
    SCHEDULED = "scheduled", _("Domain", "Scheduled"), "已安排"
    HELD = "held", _("Domain", "Held"), "已举行"
    CANCELLED = "cancelled", _("Domain", "Cancelled"), "已取消"


class HearingOutcome(Coded):
    AGREEMENT = "agreement", _("Domain", "Agreement reached"), "达成协议"
    NO_AGREEMENT = "no_agreement", _("Domain", "No agreement"), "未达成协议"
    ADJOURNED = "adjourned", _("Domain", "Adjourned"), "休会改期"


class JoinLocation(Coded):
    COURT = "court", _("Domain", "Court"), "法院"
    VILLAGE_ROOM = "village_room", _("Domain", "Village room"), "村微法庭调解室"
    HOME = "home", _("Domain", "Home"), "家中"
    LAW_OFFICE = "law_office", _("Domain", "Law office"), "律师事务所"


class AgreementStatus(Coded):
    DRAFT = "draft", _("Domain", "Draft"), "草稿"
    SIGNED = "signed", _("Domain", "Signed"), "已签署"
    SUPERSEDED = "superseded", _("Domain", "Superseded"), "已被新版本取代"


class FilingMode(Coded):
    PER_CLAIMANT = "per_claimant", _("Domain", "One packet per claimant"), "逐人申请"
    JOINT = "joint", _("Domain", "One joint packet"), "共同申请"


class FilingStatus(Coded):
    GENERATED = "generated", _("Domain", "Generated"), "已生成"
    SUBMITTED = "submitted", _("Domain", "Submitted"), "已提交"
    ACCEPTED = "accepted", _("Domain", "Accepted"), "已受理"
    RETURNED = "returned", _("Domain", "Returned for correction"), "退回补正"
    CONFIRMED = "confirmed", _("Domain", "Confirmed"), "裁定确认有效"
    REFUSED = "refused", _("Domain", "Refused"), "裁定驳回申请"
    WITHDRAWN = "withdrawn", _("Domain", "Withdrawn"), "撤回申请"


class OperatorRole(Coded):
    ADMIN = "admin", _("Domain", "Liaison (administrator)"), "联络员（管理员）"
    MEDIATOR = "mediator", _("Domain", "Mediator"), "调解员"
    READ_ONLY = "read_only", _("Domain", "Read only"), "只读"


ETHNIC_GROUPS = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
    "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
    "珞巴族", "基诺族",
)
assert len(ETHNIC_GROUPS) == 56
