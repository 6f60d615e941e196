"""Figures, dates and codes are read the way a person says them (issue 18, item 2)."""
import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcourt.speech.numbers import amount_cn, integer_cn
from microcourt.speech.spoken import spoken

READINGS = [
    # amounts
    ("397,864.50元", "三十九万七千八百六十四元五角"),
    ("人民币5000元", "五千元"),
    ("¥1,200", "一千二百元"),
    ("0.05元", "五分"),
    ("100.05元", "一百元零五分"),
    ("12.34元", "十二元三角四分"),
    ("2元", "两元"),
    ("0元", "零元"),
    ("1.5万元", "一点五万元"),
    ("20,000.00元", "两万元"),
    # dates
    ("2027-01-10", "二〇二七年一月十日"),
    ("2027年1月10日前", "二〇二七年一月十日前"),
    ("2027/1/10", "二〇二七年一月十日"),
    ("2028.2.29", "二〇二八年二月二十九日"),
    ("2026年11月", "二〇二六年十一月"),
    ("2026年", "二〇二六年"),
    ("上田微调〔2026〕第1号", "上田微调二〇二六年第一号"),
    ("（2026）浙0185民特12号", "二〇二六年浙〇一八五民特十二号"),
    # ID numbers and codes, digit by digit (1 as 幺, X as 叉)
    ("33011219491231002X", "三三〇幺幺二，幺九四九幺二三幺，〇〇二叉"),
    ("33011219491231002x", "三三〇幺幺二，幺九四九幺二三幺，〇〇二叉"),
    ("330112********123X", "三三〇幺幺二，中间八位隐去，幺二三叉"),
    ("91330185MA2B3C4D5E", "九幺三三〇幺八五艾姆诶二必三西四迪五伊"),
    ("6222021234567890123", "六二二二〇二一二三四五六七八九〇一二三"),
    # phones
    ("13812345678", "幺三八，幺二三四，五六七八"),
    ("138 1234 5678", "幺三八，幺二三四，五六七八"),
    ("138****5678", "幺三八，中间四位隐去，五六七八"),
    ("0571-63712345", "〇五七幺，六三七幺二三四五"),
    # percentages, counts, times
    ("5%", "百分之五"),
    ("12.5％", "百分之十二点五"),
    ("第3条", "第三条"),
    ("77名工人", "七十七名工人"),
    ("分3期", "分三期"),
    ("1-3期", "一至三期"),
    ("14:30", "十四点三十分"),
    ("9:05", "九点零五分"),
    ("9:00", "九点整"),
    # letters, blanks and tick boxes
    ("ODR", "欧迪阿尔"),
    ("☑同意　☐不同意　电子送达", "已勾选同意， 未勾选不同意， 电子送达"),
    ("微信号：____________", "微信号：（空白）"),
    # words stay as they are
    ("调解协议", "调解协议"),
    ("王𠮷、阿依古丽·买买提", "王𠮷、阿依古丽·买买提"),
]


@pytest.mark.parametrize(("printed", "said"), READINGS)
def test_reading_table(printed, said):
    assert spoken(printed) == said


def test_a_clause_with_everything():
    clause = "被申请人于2027年1月10日前向申请人王𠮷支付397,864.50元，逾期按年利率3.85%计算。"
    assert spoken(clause) == ("被申请人于二〇二七年一月十日前向申请人王𠮷支付三十九万七千八百六十四元五角，"
                              "逾期按年利率百分之三点八五计算。")


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_counts_agree_with_cn2an(value):
    # cn2an writes 二 where a speaker says 两 (两千, 两万): the same number otherwise
    assert integer_cn(value).replace("两", "二") == cn2an.an2cn(value, "low")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_amounts_read_back_to_the_same_fen(yuan, fen):
    words = amount_cn(yuan, fen).replace("两", "二")
    if "元" in words:
        said_yuan, _, rest = words.partition("元")
        assert cn2an.cn2an(said_yuan, "smart") == yuan
    else:
        assert yuan == 0
        rest = words
    digit = "〇一二三四五六七八九".index
    jiao = digit(rest[rest.index("角") - 1]) if "角" in rest else 0
    cents = digit(rest[rest.index("分") - 1]) if "分" in rest else 0
    assert jiao * 10 + cents == fen
