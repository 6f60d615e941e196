from microcourt.validation.text import clean, clean_code, clean_name


def test_prose_keeps_chinese_punctuation_but_folds_full_width_digits():
    assert clean("  上田村３组（东）：５号  ") == "上田村3组（东）：5号"


def test_codes_fold_every_full_width_ascii_character():
    assert clean_code("３３０１８５１９５００３１１００１Ｘ") == "33018519500311001X"
    assert clean_code("＋８６") == "+86"


def test_minority_name_dots_unified():
    assert clean_name("阿依古丽•买买提") == "阿依古丽·买买提"
    assert clean_name(" 王 𠮷 ") == "王𠮷"
