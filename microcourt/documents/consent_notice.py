"""个人信息处理告知同意书: what the micro-court keeps about a party, in plain words.

Encodes 个人信息保护法:
* art. 13(1), 14: consent is the basis, given freely and knowingly after being told;
* art. 17: tell the processor's name and contact, the purpose, the kinds of information,
  how long it is kept and how to exercise one's rights, "清晰易懂的语言" (so: plain words,
  large print by default, read aloud by the liaison, who signs as witness);
* art. 28-30: an ID number is sensitive information: say why it is needed and ask for
  separate consent (单独同意), hence its own tick box;
* art. 15: consent can be withdrawn easily (tell the liaison, by name and phone), without
  undoing what was done before;
* art. 44-47: the party may see, copy and correct it; it is deleted when the keeping
  period ends or consent is withdrawn, except what rules require to stay in the file.
"""
from __future__ import annotations

import os
from pathlib import Path

from reportlab.platypus import KeepTogether, Spacer

from microcourt.documents.builder import build_pdf, heading
from microcourt.documents.inputs.court import CourtProfileData
from microcourt.documents.parts.signatures import DATE, LINE, TEXT, SignatureBlock, SignatureRow
from microcourt.documents.styles import DocumentStyles, document_styles
from microcourt.documents.text import check_printable, paragraph
from microcourt.errors import ValidationError
from microcourt.validation.text import clean

TITLE = "个人信息处理告知同意书"
BLANK = "__________"
MASKED_EXAMPLE = "330112********123X"


def build_consent_notice(out_path: str | os.PathLike, party_name: str,
                         court_profile: CourtProfileData | None,
                         large_print: bool = True) -> Path:
    """Write the notice for `party_name` to `out_path` (atomically) and return the path.
    Without a court profile the committee, court and liaison are left blank to fill in."""
    name = clean(party_name)
    if not name:
        raise ValidationError("party_name", "请填写当事人姓名。")
    check_printable(name, "party_name")
    styles = document_styles(large_print)
    story = consent_notice_story(name, court_profile or CourtProfileData(), styles)
    return build_pdf(out_path, story, title=f"{TITLE}（{name}）", styles=styles,
                     subject="个人信息保护法第十七条告知")


def consent_notice_story(name: str, profile: CourtProfileData, styles: DocumentStyles) -> list:
    """The flowables of the notice, for callers that bind several documents together."""
    who = _fill_ins(profile)
    story = [
        paragraph(TITLE, styles.title),
        paragraph("（请您本人阅读，或者请联络员一条一条读给您听）", styles.subtitle),
        paragraph(f"{name}：", styles.plain),
        paragraph(
            f"您好！为了帮您调解纠纷，{who['committee']}（下面简称“我们”）需要记下和使用"
            "您的一些个人信息。按照《中华人民共和国个人信息保护法》的规定，我们先把下面"
            "几件事跟您讲清楚。您听明白了、愿意了，再签字；不愿意，可以不签。", styles.body),
    ]
    for title, text in _sections(who):
        story += [*heading(title, styles), paragraph(text, styles.body)]
    story += _consent_and_signatures(name, who, styles)
    return story


def _fill_ins(profile: CourtProfileData) -> dict[str, str]:
    """The court profile's particulars, or blanks for the liaison to write in by hand."""
    return {
        "committee": clean(profile.committee) or "本村（社区）人民调解委员会",
        "court": clean(profile.court) or "人民法院",
        "liaison": clean(profile.liaison_name) or BLANK,
        "phone": clean(profile.liaison_phone) or BLANK,
        "place": clean(profile.name) or clean(profile.address) or "微法庭",
    }


def _sections(who: dict[str, str]) -> list[tuple[str, str]]:
    return [
        ("一、我们记下您的哪些信息",
         "您的姓名、身份证号码、电话号码、住址和收法律文书的地址（送达地址），以及和这次"
         "纠纷有关的材料，比如借条、合同、照片、调解笔录和调解协议。办这件事用不着的，我们不记。"),
        ("二、为什么要记",
         "只用来办三件事：一是调解您和对方的纠纷；二是调解成功后，代您向人民法院申请司法确认，"
         "让调解协议能够申请法院强制执行；三是打电话或发短信，通知您调解、开庭的时间。"
         "不用来办别的事，不卖给任何人。"),
        ("三、谁能看到",
         f"我们的调解员和联络员；{who['court']}的法官和工作人员（申请司法确认时，材料要交给"
         "法院）；开视频调解时用的法院网上平台。除了法律规定的情况，不给其他人看。"),
        ("四、身份证号码要特别保护",
         "身份证号码是敏感个人信息，需要您单独同意。我们只在核对您的身份、向法院申请司法确认"
         f"时用它；平时在电脑上和打印的材料上只显示一部分，比如 {MASKED_EXAMPLE}。"),
        ("五、保存多久",
         "事情办完后，您的信息跟调解档案一起，按档案规定的期限保存。期限到了，我们就把它删掉，"
         "或者处理成别人认不出是您的样子（匿名化）。"),
        ("六、您随时可以反悔",
         "您可以随时查看、复印、更正您的信息，也可以随时撤回同意：告诉联络员"
         f"{who['liaison']}（电话：{who['phone']}），或者到{who['place']}说一声就行。"
         "撤回以前已经办好的事仍然有效；撤回以后，我们删掉您的信息（按规定必须留在档案里的"
         "只保存、不再用），这可能会影响我们继续帮您调解、代您申请司法确认。"),
    ]


def _consent_and_signatures(name: str, who: dict[str, str], styles: DocumentStyles) -> list:
    gap = styles.sizes.body
    # one block, never split: the ticks, the signature and the witness stay on one page
    return [KeepTogether([
        paragraph("请在您同意的方框里打“✓”：", styles.heading),
        paragraph("□ 上面的内容我听明白了，同意你们按上面说的记下和使用我的个人信息。",
                  styles.plain),
        paragraph("□ 我单独同意你们使用我的身份证号码。", styles.plain),
        Spacer(1, gap),
        SignatureBlock(styles, [SignatureRow("当事人：", TEXT, name),
                                SignatureRow("签　名："),
                                SignatureRow("日　期：", DATE)], fingerprint=True),
        paragraph("不会写字的，可以只按指印。", styles.small),
        Spacer(1, gap),
        paragraph("以上内容已由联络员一条一条读给当事人听，当事人表示听明白了。", styles.plain),
        SignatureBlock(styles, [SignatureRow("联络员签名：", LINE),
                                SignatureRow("日　　　期：", DATE)]),
        Spacer(1, gap),
        paragraph(f"本告知同意书一式两份，当事人和{who['committee']}各留一份。"
                  "依据：《中华人民共和国个人信息保护法》第十三条、第十四条、第十五条、"
                  "第十七条、第二十九条、第四十七条。", styles.small),
    ])]
