"""Region codes (GB/T 2260) at the start of ID numbers: which province and prefecture a
6-digit code names, and a warning when it names none.

An unknown code is only a warning, never an error (DESIGN.md section 2): codes change,
and a card issued under an abolished code stays valid until it expires.
"""
from __future__ import annotations

from microcourt.validation.region_table import PREFECTURES

# The 34 provincial-level divisions, plus 83: the prefix of Taiwan residents' residence
# permits (国务院办公厅《港澳台居民居住证申领发放办法》, 2018), which is not a GB/T 2260 code.
PROVINCES: dict[str, str] = {
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区",
    "21": "辽宁省", "22": "吉林省", "23": "黑龙江省",
    "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省",
    "36": "江西省", "37": "山东省",
    "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区",
    "46": "海南省",
    "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省", "54": "西藏自治区",
    "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
    "71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区",
    "83": "台湾居民居住证",
}

# Provincial-level codes that have no prefecture table (the whole code is xx0000).
_NO_PREFECTURES = {"71", "81", "82", "83"}


def region_name(code: str) -> str | None:
    """`浙江省杭州市` for 330112, `北京市` for 110101; None when the code is unknown at
    the province or prefecture level."""
    province = PROVINCES.get(code[:2])
    if province is None or len(code) < 4:
        return None
    prefecture_code = code[:4]
    if prefecture_code.endswith("00"):  # the province's own code, e.g. 330000 or 810000
        return province
    if code[:2] in _NO_PREFECTURES or prefecture_code not in PREFECTURES:
        return None
    return province + PREFECTURES[prefecture_code]


def region_warning(code: str, what: str = "身份证号码") -> str | None:
    """A Chinese warning when the 6-digit code at the start of a number is unknown."""
    if region_name(code) is not None:
        return None
    if code[:2] not in PROVINCES:
        return (f"{what}前两位“{code[:2]}”不是已知的省级行政区划代码，"
                "请对照证件核对（可以保存）。")
    return (f"{what}前六位“{code}”不在已知的行政区划代码表中，"
            "请对照证件核对（可以保存）。")
