"""Legal and everyday words whose reading is fixed here, not guessed.

A polyphone read wrong changes the meaning for the listener: 调解 is tiáo jiě (mediate),
never diào jiě; 还款 is huán kuǎn (repay), not hái kuǎn. pypinyin's phrase dictionary
gets most words right, but not all of these (还款 -> hai2, 供养 -> gong4), and a legal
document must not depend on a statistical guess. Readings follow 《现代汉语词典》 (7th
edition) and the 《普通话异读词审音表》; tones are numbered (5 = neutral).

The table is matched longest-first before pypinyin sees the text, so 调解员 and 调查
both come out right; it never changes pypinyin's own dictionaries, which the party
search also uses for names.
"""
from __future__ import annotations

LEGAL_READINGS: dict[str, str] = {
    # 调 tiáo (mediate, adjust) / diào (transfer, investigate)
    "调解": "tiao2 jie3", "调处": "tiao2 chu3", "调停": "tiao2 ting2", "调和": "tiao2 he2",
    "调整": "tiao2 zheng3", "调剂": "tiao2 ji4", "调查": "diao4 cha2", "调取": "diao4 qu3",
    "调阅": "diao4 yue4", "调卷": "diao4 juan4", "委派调解": "wei3 pai4 tiao2 jie3",
    # 还 huán (give back) / hái (still)
    "还款": "huan2 kuan3", "还钱": "huan2 qian2", "还清": "huan2 qing1",
    "还债": "huan2 zhai4", "还本": "huan2 ben3", "归还": "gui1 huan2",
    "偿还": "chang2 huan2", "退还": "tui4 huan2", "返还": "fan3 huan2",
    "交还": "jiao1 huan2", "还给": "huan2 gei3", "清还": "qing1 huan2",
    # 行 xíng (act, carry out) / háng (bank, trade)
    "执行": "zhi2 xing2", "履行": "lv3 xing2", "行使": "xing2 shi3", "行为": "xing2 wei2",
    "银行": "yin2 hang2", "行业": "hang2 ye4", "分行": "fen1 hang2", "支行": "zhi1 hang2",
    "强制执行": "qiang2 zhi4 zhi2 xing2", "先行": "xian1 xing2", "另行": "ling4 xing2",
    # 重 chóng (again) / zhòng (heavy, important)
    "重新": "chong2 xin1", "重复": "chong2 fu4", "重审": "chong2 shen3",
    "重读": "chong2 du2", "重签": "chong2 qian1", "重大": "zhong4 da4",
    "严重": "yan2 zhong4", "重要": "zhong4 yao4",
    # 传 chuán (summon) / zhuàn (biography)
    "传唤": "chuan2 huan4", "传票": "chuan2 piao4",
    # 给 jǐ (supply, in legal wording) / gěi
    "给付": "ji3 fu4", "给予": "ji3 yu3", "供给": "gong1 ji3",
    # 供 gōng (support) / gòng (confess, offer)
    "供养": "gong1 yang3", "赡养": "shan4 yang3", "抚养": "fu3 yang3", "扶养": "fu2 yang3",
    "供述": "gong4 shu4",
    # 处 chǔ (deal with) / chù (place)
    "处理": "chu3 li3", "处分": "chu3 fen4", "处罚": "chu3 fa2", "判处": "pan4 chu3",
    "住处": "zhu4 chu4", "处所": "chu4 suo3",
    # 当 dāng / dàng; 应 yīng / yìng
    "当事人": "dang1 shi4 ren2", "应当": "ying1 dang1", "适当": "shi4 dang4",
    "妥当": "tuo3 dang4", "应诉": "ying4 su4", "答应": "da1 ying5",
    # 担 dān; 债 zhài; 载 zǎi (record) / zài (carry)
    "承担": "cheng2 dan1", "担保": "dan1 bao3", "债务": "zhai4 wu4", "债权": "zhai4 quan2",
    "载明": "zai3 ming2", "记载": "ji4 zai3", "转载": "zhuan3 zai3",
    # 盖 gài (seal) / gě (surname); 校 jiào (check) / xiào; 指 zhǐ
    "盖章": "gai4 zhang1", "加盖": "jia1 gai4", "校阅": "jiao4 yue4", "校对": "jiao4 dui4",
    "按指印": "an4 zhi3 yin4", "指印": "zhi3 yin4", "手印": "shou3 yin4",
    # 答 dá (reply) / dā; 着 zhuó; 落 luò; 了 liǎo; 数 shù; 率 lǜ; 差 chā
    "答辩": "da2 bian4", "答复": "da2 fu4", "着手": "zhuo2 shou3", "落实": "luo4 shi2",
    "了结": "liao3 jie2", "了解": "liao3 jie3", "数额": "shu4 e2", "利率": "li4 lv4",
    "差额": "cha1 e2", "参与": "can1 yu4",
    # 宅 zhái; 租 zū; 押 yā; 转 zhuǎn; 种 zhòng (plant)
    "宅基地": "zhai2 ji1 di4", "租赁": "zu1 lin4", "转账": "zhuan3 zhang4",
    "转让": "zhuan3 rang4", "种植": "zhong4 zhi2", "遗嘱": "yi2 zhu3",
    # words of the read-aloud record itself
    "宣读": "xuan1 du2", "听明白": "ting1 ming2 bai5", "送达": "song4 da2",
    "空白": "kong4 bai2", "勾选": "gou1 xuan3", "一式": "yi2 shi4",
    # the way digits are named in codes (numbers.py): 幺 yāo, 〇 líng
    "幺": "yao1", "〇": "ling2",
    # 一 keeps its first tone in dates (pypinyin's phrase list has 一月 as yí yuè)
    "一月": "yi1 yue4", "十一月": "shi2 yi1 yue4",
}
LONGEST_TERM = max(map(len, LEGAL_READINGS))
