"""The audit log's action codes in the words a liaison reads (the log keeps the codes, so
a filter or a script never depends on the wording). Unknown codes are shown as they are."""
from __future__ import annotations

ACTION_LABELS = {
    "account.change_password": "修改密码", "account.create": "新建账户",
    "account.create_admin": "建立管理员账户", "account.deactivate": "停用账户",
    "account.login": "登录", "account.login_failed": "登录失败", "account.logout": "退出登录",
    "account.reset_password": "重设密码", "account.update": "修改账户",
    "agreement.create": "新建调解协议", "agreement.discard": "删除协议草稿",
    "agreement.new_version": "调解协议新版本", "agreement.payment": "登记履行付款",
    "agreement.payment_delete": "删除付款记录", "agreement.pdf": "生成调解协议书",
    "agreement.plan": "修改分期履行计划", "agreement.sign": "登记协议签署",
    "agreement.import": "导入调解协议草稿", "agreement.scan": "附协议签署原件扫描件", "agreement.scan_remove": "删除协议签署原件扫描件",
    "agreement.save": "保存协议草稿",
    "backup.create": "备份", "backup.export": "加密导出备份", "backup.restore": "从备份恢复",
    "backup.verify": "检查备份",
    "case.agent_attach": "委托代理人参加案件", "case.agent_detach": "代理人退出案件",
    "case.claim_amount": "修改请求金额", "case.claimants_add": "添加申请人",
    "case.create": "登记案件", "case.mediator_add": "指定调解员",
    "case.mediator_lead": "指定主持调解员", "case.mediator_remove": "撤换调解员",
    "case.note": "记录案件备注", "case.party_add": "添加当事人", "case.party_remove": "移除当事人",
    "case.recusal": "回避决定", "case.recusal_link": "记录调解员与当事人的关联",
    "case.status": "变更案件状态", "case.update": "修改案件信息",
    "clause_template.delete": "删除条款模板", "clause_template.save": "保存条款模板",
    "demo.load": "载入示范数据", "document.print": "打印文件", "document.save": "另存文件",
    "enforcement.pdf": "生成强制执行申请书",
    "filing.generate": "生成司法确认申请材料", "filing.update": "登记司法确认进展",
    "hearing.cancel": "取消庭审", "hearing.held": "登记庭审结果", "hearing.ics": "导出日历",
    "hearing.notices": "打印开庭通知书", "hearing.reminded": "庭审提醒",
    "hearing.reschedule": "庭审改期", "hearing.schedule": "安排庭审", "hearing.update": "修改庭审安排",
    "mediator.create": "新增调解员", "mediator.set_active": "启用或停用调解员",
    "mediator.update": "修改调解员信息",
    "party.agent_add": "添加代理人", "party.agent_remove": "删除代理人",
    "party.agent_update": "修改代理人", "party.consent": "登记或撤回个人信息同意",
    "party.property_leads": "修改财产线索",
    "party.consent_notice": "打印个人信息告知同意书", "party.create_many": "批量导入当事人",
    "party.register": "登记当事人", "party.reveal_id": "查看完整证件号码",
    "party.update": "修改当事人信息", "reading.record": "记录宣读文书",
    "reading.wav": "导出朗读声音", "settings.speech": "设置朗读语音", "party.delete": "删除当事人",
    "party.anonymize": "匿名化当事人", "report.monthly": "导出月度工作报告",
    "settings.update": "修改微法庭信息",
}
SOURCE_LABELS = {"gui": "窗口", "cli": "命令行"}


def action_label(code: str) -> str:
    return ACTION_LABELS.get(code, code)


def source_label(code: str) -> str:
    return SOURCE_LABELS.get(code, code)
