from microcourt.services.agreements.rules import clause_warnings, e_signature_warning


def test_divorce_and_ownership_clauses_warned_with_their_number():
    warnings = clause_warnings([
        "被申请人于2026年3月1日前支付拖欠工资。",
        "双方同意离婚，婚生子由女方抚养。",
        "确认坐落于上田村3组的房屋归申请人所有。",
    ])
    assert [(w.clause_index, w.kind) for w in warnings] == [(2, "status"), (3, "ownership")]
    assert "第三百五十五条" in warnings[0].message


def test_ordinary_payment_clauses_pass():
    assert clause_warnings(["被申请人每月15日前支付赡养费800元。", "租赁合同于2026年1月31日解除。"]) == []


def test_electronic_signature_on_family_matters_warned():
    assert e_signature_warning("family", ["抚养费每月500元"], electronic=True) is not None
    assert e_signature_warning("loan", ["遗产中的存款由长子领取"], electronic=True) is not None
    assert e_signature_warning("wages", ["支付工资"], electronic=True) is None
    assert e_signature_warning("family", ["抚养费每月500元"], electronic=False) is None


def test_a_divorce_already_past_is_background_not_a_status_clause():
    # Child support after a divorce is confirmable; flagging it blocked the filing.
    assert clause_warnings(["双方已于2020年离婚，男方每月支付抚养费1000元。",
                            "男方于离婚后每月15日前支付抚养费。",
                            "按离婚判决，女方名下存款分给男方2万元。"]) == []
    assert [w.kind for w in clause_warnings(["双方已于2019年离婚，现同意女方于2026年3月前支付2万元，"
                                             "双方同意解除收养关系。"])] == ["status"]


def test_confirming_a_marriage_valid_or_void_is_a_status_clause():
    # 民诉解释 355: confirming marriage, parent-child or adoption valid, void or dissolved.
    for text in ("确认双方婚姻关系无效。", "确认原告与被告的婚姻关系有效。", "双方离婚。"):
        assert [w.kind for w in clause_warnings([text])] == ["status"], text
