from microcourt.services.legal_checks import clause_warnings, e_signature_warning


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
