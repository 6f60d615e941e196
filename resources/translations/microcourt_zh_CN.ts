<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>数据文件夹：{0}</translation>
    </message>
    <message>
        <source>Runs on Qt {0} and Python {1}.</source>
        <translation>运行环境：Qt {0}，Python {1}。</translation>
    </message>
    <message>
        <source>The PDF fonts are used under their licences, installed beside them.</source>
        <translation>PDF 字体按各自的许可使用，许可文本随字体安装。</translation>
    </message>
    <message>
        <source>MicroCourt Assistant</source>
        <translation>微法庭助手</translation>
    </message>
    <message>
        <source>About MicroCourt Assistant</source>
        <translation>关于微法庭助手</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About MicroCourt Assistant</source>
        <translation>关于微法庭助手(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>新建账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Lock the window after this long without use:</source>
        <translation>多久不操作后锁定窗口：</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>已新建账户。</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>已保存账户。</translation>
    </message>
    <message>
        <source>Password reset; the account is unlocked.</source>
        <translation>密码已重设，账户已解除锁定。</translation>
    </message>
    <message>
        <source>The window locks after {0} minutes without use (from the next login).</source>
        <translation>不操作 {0} 分钟后锁定窗口（下次登录起生效）。</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>No hearing</source>
        <translation>无安排</translation>
    </message>
</context>
<context>
    <name>AgentFormDialog</name>
    <message>
        <source>Edit agent {0}</source>
        <translation>修改代理人 {0}</translation>
    </message>
    <message>
        <source>Add an agent or guardian</source>
        <translation>添加代理人或监护人</translation>
    </message>
    <message>
        <source>&amp;Acts as</source>
        <translation>代理人类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Relation to the party</source>
        <translation>与当事人的关系(&amp;R)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Law firm or work unit</source>
        <translation>律师事务所或工作单位</translation>
    </message>
    <message>
        <source>Lawyer&apos;s licence number</source>
        <translation>律师执业证号</translation>
    </message>
    <message>
        <source>Special authority</source>
        <translation>特别授权</translation>
    </message>
    <message>
        <source>Scope of the authority</source>
        <translation>授权范围</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>e.g. son, daughter-in-law</source>
        <translation>例如：儿子、儿媳</translation>
    </message>
    <message>
        <source>Lawyers only</source>
        <translation>律师填写</translation>
    </message>
    <message>
        <source>(from the ID number)</source>
        <translation>（按身份证号码）</translation>
    </message>
    <message>
        <source>May settle, waive or change claims and apply for judicial confirmation</source>
        <translation>可以代为承认、放弃、变更请求，进行和解，申请司法确认</translation>
    </message>
    <message>
        <source>Is the party&apos;s legal guardian</source>
        <translation>是当事人的法定监护人</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>纠纷情况(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>协议条款(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Amount and plan</source>
        <translation>金额与分期(&amp;A)</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>履行情况(&amp;Y)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Clause te&amp;mplates…</source>
        <translation>条款模板(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>大字版(&amp;L)</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>预览和打印(&amp;V)…</translation>
    </message>
    <message>
        <source>Rec&amp;ord signing…</source>
        <translation>登记签署(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>生成新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>第{0}版（{1}）</translation>
    </message>
    <message>
        <source>Signed and locked: it took effect on {0} (the last of the signatures and the committee&apos;s seal). Apply for judicial confirmation by {1} (within 30 days). To change it, make a new version.</source>
        <translation>已签署并锁定：自{0}（各方签名和调解委员会盖章中最晚的日期）起生效。请在{1}前（含当天，30日内）申请司法确认。如需修改，请生成新版本。</translation>
    </message>
    <message>
        <source>Version {0} was replaced by a newer signed version. It is kept for reference and cannot be changed.</source>
        <translation>第{0}版已被新签署的版本取代，仅保留备查，不能修改。</translation>
    </message>
    <message>
        <source>Draft: edit freely and save with Ctrl+S; it is locked once the signing is recorded.</source>
        <translation>草稿：可以随意修改，按 Ctrl+S 保存；登记签署后即锁定。</translation>
    </message>
    <message>
        <source>When signed, it replaces version {0}.</source>
        <translation>签署后将取代第{0}版。</translation>
    </message>
    <message>
        <source>&amp;Read aloud…</source>
        <translation>朗读(&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mediation agreement&lt;/b&gt; {0}, version {1}</source>
        <translation>&lt;b&gt;人民调解协议书&lt;/b&gt; {0}，第{1}版</translation>
    </message>
    <message>
        <source>Mediation agreement {0}</source>
        <translation>调解协议书 {0}</translation>
    </message>
    <message>
        <source>Agreement {0} saved.</source>
        <translation>协议{0}已保存。</translation>
    </message>
    <message>
        <source>Print the agreement anyway?</source>
        <translation>仍然打印这份协议吗？</translation>
    </message>
    <message>
        <source>Check these as well:</source>
        <translation>以下几点也请核对：</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet</source>
        <translation>协议暂不能签署</translation>
    </message>
    <message>
        <source>A court refuses an agreement whose content is unclear. Fix these first (each has a Fix… button above the agreement):</source>
        <translation>内容不明确的协议法院不予确认。请先修改以下问题（协议上方每条都有“去处理…”按钮）：</translation>
    </message>
    <message>
        <source>Signing recorded: in effect from {0}.</source>
        <translation>已登记签署：自{0}起生效。</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>生成新版本</translation>
    </message>
    <message>
        <source>Why does the agreement change? (kept in the case&apos;s timeline)</source>
        <translation>为什么要修改协议？（记入案件进程）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The agreement has changes that are not saved. Save them now?</source>
        <translation>协议有尚未保存的修改，现在保存吗？</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <source>Cannot create the data folder {0}: {1}</source>
        <translation>无法创建数据文件夹 {0}：{1}</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
    <message>
        <source>MicroCourt Assistant is already open. Please use the window that is already running.</source>
        <translation>微法庭助手已经打开，请使用已经打开的那个窗口。</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>检查哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>全部操作人</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>全部对象类型</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <source>Newest {0} of {1} entries</source>
        <translation>共 {1} 条，显示最新的 {0} 条</translation>
    </message>
    <message>
        <source>The audit log is complete: {0} entries, none changed or removed; it agrees with the {1} records of its head kept outside the database.</source>
        <translation>审计日志完整：共 {0} 条，没有被改动或删除；与数据库之外保存的 {1} 处链头记录相符。</translation>
    </message>
    <message>
        <source>The audit log contradicts what was recorded outside the database: {0}</source>
        <translation>审计日志与数据库之外的记录不符：{0}</translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry {0} ({1}); the {2} entries before it are intact.</source>
        <translation>审计日志在第 {0} 号记录处被改动（{1}）；此前的 {2} 条完好。</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up to a fol&amp;der…</source>
        <translation>备份到文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>检查(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Damaged: {0}</source>
        <translation>已损坏：{0}</translation>
    </message>
    <message>
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>The full check of the data file found damage ({0}). Close the program and open it again: it then checks the data and offers to restore the newest good backup.</source>
        <translation>对数据文件的全面检查发现了损坏（{0}）。请关闭本软件后重新打开：软件会检查数据，并提出从最近的完好备份恢复。</translation>
    </message>
    <message>
        <source>The data file has not been checked in full yet: every backup checks it.</source>
        <translation>数据文件还没有经过全面检查：每次备份都会全面检查它。</translation>
    </message>
    <message>
        <source>The data file was checked in full with the backup of {0}: sound.</source>
        <translation>数据文件已随{0}的备份经过全面检查：完好。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Backups (*.db *.mcbak)</source>
        <translation>备份文件 (*.db *.mcbak)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>已备份：{0}</translation>
    </message>
    <message>
        <source>Backing up to a folder</source>
        <translation>正在备份到文件夹</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <source>{0} is good: {1}</source>
        <translation>{0} 检查通过：{1}</translation>
    </message>
    <message>
        <source>{0} failed the check: {1}</source>
        <translation>{0} 没有通过检查：{1}</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>没有恢复，当前数据没有改动。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restore the backup {0}?

Everything entered since that backup will be replaced by the backup&apos;s data. The current data is first saved aside as a backup (kind: before restore), so this can be undone.

No other window or command line may be using the data.</source>
        <translation>确定要恢复备份 {0} 吗？

这份备份之后录入的所有内容都会被备份中的数据替换。当前数据会先另存为一份备份（类型：恢复前的数据），需要时可以再恢复回来。

恢复时不能有其他窗口或命令行正在使用这些数据。</translation>
    </message>
    <message>
        <source>This backup was made by another installation of MicroCourt Assistant, not by this one.</source>
        <translation>这个备份不是这台电脑上的微法庭助手做的，而是来自另一个安装。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is saved as {0}. Please close and start the program again so every page shows the restored data.</source>
        <translation>已恢复。恢复前的数据已另存为 {0}。请关闭并重新启动本软件，让每个页面都显示恢复后的数据。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the hearing</source>
        <translation>取消开庭/调解</translation>
    </message>
    <message>
        <source>Cancel &amp;hearing</source>
        <translation>取消开庭(&amp;H)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>原因(&amp;S)</translation>
    </message>
    <message>
        <source>Why it is cancelled, e.g. the parties settled</source>
        <translation>取消原因，例如：双方已自行和解</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Choose a case in the list, or register a new one.</source>
        <translation>请在列表中选择案件，或登记新案件。</translation>
    </message>
    <message>
        <source>&amp;Edit particulars…</source>
        <translation>修改案件信息(&amp;E)…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>调解协议(&amp;G)…</translation>
    </message>
    <message>
        <source>Write, print and sign the mediation agreement; record payments</source>
        <translation>编写、打印、签署调解协议，登记履行付款</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>案件类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Amount in dispute</source>
        <translation>标的额</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>no amount stated</source>
        <translation>未填标的额</translation>
    </message>
    <message>
        <source>{0} yuan</source>
        <translation>{0}元</translation>
    </message>
    <message>
        <source>{0} · {1} · received {2} · {3}</source>
        <translation>{0} · {1} · {2}收案 · {3}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>{0} yuan ({1})</source>
        <translation>{0}元（{1}）</translation>
    </message>
    <message>
        <source>= the claims of {0} applicants</source>
        <translation>＝{0}名申请人请求金额合计</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Recusal decision needed for {0} (Mediators tab): the case cannot go into mediation before.</source>
        <translation>调解员{0}是否回避尚待确认（见“调解员”页），确认前案件不能开始调解。</translation>
    </message>
    <message>
        <source>Parties ({0})</source>
        <translation>当事人（{0}）</translation>
    </message>
    <message>
        <source>Applicants ({0})</source>
        <translation>申请人（{0}）</translation>
    </message>
    <message>
        <source>Mediators ({0})</source>
        <translation>调解员（{0}）</translation>
    </message>
    <message>
        <source>Timeline ({0})</source>
        <translation>办理经过（{0}）</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存{0}。</translation>
    </message>
</context>
<context>
    <name>CaseFiling</name>
    <message>
        <source>Check again what the court needs (after fixing a party, an agent or the agreement)</source>
        <translation>修改当事人、代理人或调解协议后，重新检查法院要求的材料</translation>
    </message>
    <message>
        <source>Read a party their service address form or power of attorney before they sign it</source>
        <translation>当事人签署送达地址确认书或授权委托书前，把文书读给他听</translation>
    </message>
    <message>
        <source>Generate the packets</source>
        <translation>生成申请材料</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <source>Cho&amp;ose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Judicial confirmation ({0})</source>
        <translation>司法确认（{0}）</translation>
    </message>
    <message>
        <source>{0}: nothing stops the packet; {1} applicants.</source>
        <translation>{0}：可以生成申请材料，共{1}名申请人。</translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation>申请材料保存文件夹</translation>
    </message>
    <message>
        <source>Generating the judicial confirmation packets of {0}</source>
        <translation>正在生成{0}的司法确认申请材料</translation>
    </message>
    <message>
        <source>Generated {0} packets in {1}.</source>
        <translation>已生成{0}套申请材料，保存在“{1}”。</translation>
    </message>
    <message>
        <source>With warnings: see above the packets.</source>
        <translation>有提醒事项，请看申请材料列表上方。</translation>
    </message>
    <message>
        <source>Recorded for {0} applications.</source>
        <translation>已记录{0}份申请。</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>Edit case {0}</source>
        <translation>修改案件 {0}</translation>
    </message>
    <message>
        <source>Register a new case</source>
        <translation>登记新案件</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>yuan, e.g. 400000 or 40万; empty if none</source>
        <translation>单位：元，如 400000 或 40万；没有可不填</translation>
    </message>
    <message>
        <source>What the dispute is about, in a few lines</source>
        <translation>用几句话说明纠纷的经过</translation>
    </message>
    <message>
        <source>What the applicant asks for</source>
        <translation>申请人的请求</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>案件类别(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>Referral &amp;kind</source>
        <translation>委派方式(&amp;K)</translation>
    </message>
    <message>
        <source>Referring c&amp;ourt</source>
        <translation>委派法院(&amp;O)</translation>
    </message>
    <message>
        <source>Court&apos;s case &amp;number</source>
        <translation>法院案号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>收案日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount in dispute</source>
        <translation>标的额(&amp;A)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>案情摘要(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>请求事项(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. 杭州市临安区人民法院</source>
        <translation>例如：杭州市临安区人民法院</translation>
    </message>
    <message>
        <source>e.g. （2026）浙0185民诉前调701号</source>
        <translation>例如：（2026）浙0185民诉前调701号</translation>
    </message>
    <message>
        <source>The sum of the {0} applicants&apos; claims ({1} yuan): change their amounts on the Applicants tab.</source>
        <translation>这是{0}名申请人请求金额的合计（{1}元），请在“申请人”页修改各人的金额。</translation>
    </message>
</context>
<context>
    <name>CaseHearings</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>Double-click a hearing to open it in the Hearings page.</source>
        <translation>双击一次开庭/调解，在“开庭安排”页打开。</translation>
    </message>
    <message>
        <source>Hearings ({0})</source>
        <translation>开庭/调解（{0}）</translation>
    </message>
</context>
<context>
    <name>CaseMediators</name>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Organization or team</source>
        <translation>单位或团队</translation>
    </message>
    <message>
        <source>Presides</source>
        <translation>主持</translation>
    </message>
    <message>
        <source>Linked party</source>
        <translation>关联当事人</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>回避情况</translation>
    </message>
    <message>
        <source>&amp;Assign mediator…</source>
        <translation>指派调解员(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a &amp;link to a party…</source>
        <translation>记录与当事人的关联(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Decide recusal…</source>
        <translation>确认是否回避(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Presides</source>
        <translation>由其主持(&amp;P)</translation>
    </message>
    <message>
        <source>Remove from case…</source>
        <translation>移出本案…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Decision needed</source>
        <translation>待确认是否回避</translation>
    </message>
    <message>
        <source>Stepped aside</source>
        <translation>已回避</translation>
    </message>
    <message>
        <source>Continues: {0}</source>
        <translation>不回避：{0}</translation>
    </message>
    <message>
        <source>Recusal decision recorded.</source>
        <translation>已记录回避决定。</translation>
    </message>
    <message>
        <source>{0} is recorded as linked to {1} ({2}). A mediator who is a close relative of a party or has an interest in the dispute must step aside, unless the reason to continue is recorded.</source>
        <translation>调解员{0}与当事人{1}存在关联（{2}）。是当事人近亲属或与纠纷有利害关系的调解员应当回避；如不回避，须记录理由。</translation>
    </message>
    <message>
        <source>{0} presides.</source>
        <translation>由{0}主持调解。</translation>
    </message>
    <message>
        <source>Remove mediator</source>
        <translation>移出调解员</translation>
    </message>
    <message>
        <source>Take {0} off this case?</source>
        <translation>把{0}移出本案？</translation>
    </message>
    <message>
        <source>{0} removed from the case.</source>
        <translation>已把{0}移出本案。</translation>
    </message>
</context>
<context>
    <name>CaseParties</name>
    <message>
        <source>Role</source>
        <translation>地位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Claim (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>Agents in this case</source>
        <translation>本案代理人</translation>
    </message>
    <message>
        <source>Double-click a party to open it in the Parties page.</source>
        <translation>双击当事人，在“当事人”页面中打开。</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>加入当事人(&amp;A)</translation>
    </message>
    <message>
        <source>Remove from case…</source>
        <translation>移出本案…</translation>
    </message>
    <message>
        <source>Agent acts in this case…</source>
        <translation>委托代理人…</translation>
    </message>
    <message>
        <source>Agent no longer acts…</source>
        <translation>解除代理…</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>加入{0}</translation>
    </message>
    <message>
        <source>Party added.</source>
        <translation>已加入当事人。</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>移出本案</translation>
    </message>
    <message>
        <source>Take {0} ({1}) off this case, with the agents acting for them in it?</source>
        <translation>把{0}（{1}）及其在本案的代理人移出本案？</translation>
    </message>
    <message>
        <source>{0} removed from the case.</source>
        <translation>已把{0}移出本案。</translation>
    </message>
    <message>
        <source>Agent added to the case.</source>
        <translation>已委托代理人。</translation>
    </message>
    <message>
        <source>Agent removed from the case.</source>
        <translation>已解除代理。</translation>
    </message>
    <message>
        <source>No agent to add</source>
        <translation>没有可委托的代理人</translation>
    </message>
    <message>
        <source>{0} has no other registered agent. Add agents on the Parties page first.</source>
        <translation>{0}没有其他登记的代理人，请先在“当事人”页添加代理人。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人数</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>标的额（元）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Registered</source>
        <translation>登记收案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Particulars changed</source>
        <translation>修改案件信息</translation>
    </message>
    <message>
        <source>Party added</source>
        <translation>加入当事人</translation>
    </message>
    <message>
        <source>Party removed</source>
        <translation>移出当事人</translation>
    </message>
    <message>
        <source>Claim amount</source>
        <translation>请求金额</translation>
    </message>
    <message>
        <source>Applicants added</source>
        <translation>加入申请人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>调解/庭审</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>宣读文书</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}：{1} → {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Why / details</source>
        <translation>原因/说明</translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation>添加备注(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note for the timeline:</source>
        <translation>记入办理经过的备注：</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>已添加备注。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search: registry number, year, category, summary, party name</source>
        <translation>查找：案件编号、年份、类别、案情、当事人姓名</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>登记新案件(&amp;N)…</translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation>共{0}件</translation>
    </message>
    <message>
        <source>{0} of {1} cases</source>
        <translation>{0}件（共{1}件）</translation>
    </message>
    <message>
        <source>Registered case {0}.</source>
        <translation>已登记案件{0}。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>原密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>修改(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>新密码至少 8 个字符。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>CharPicker</name>
    <message>
        <source>Pick a character the input method cannot type</source>
        <translation>选字：输入法打不出的字</translation>
    </message>
</context>
<context>
    <name>CharPickerDialog</name>
    <message>
        <source>Pick a character</source>
        <translation>选字</translation>
    </message>
    <message>
        <source>Pinyin without tones, e.g. ji or lv</source>
        <translation>不带声调的拼音，如 ji、lv（绿）</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>读音(&amp;R)</translation>
    </message>
    <message>
        <source>By reading</source>
        <translation>按读音</translation>
    </message>
    <message>
        <source>By radical and strokes</source>
        <translation>按部首和笔画</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>R&amp;adical</source>
        <translation>部首(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;More strokes</source>
        <translation>部首外笔画(&amp;M)</translation>
    </message>
    <message>
        <source>{0}: {1}; {2} strokes</source>
        <translation>{0}：{1}；共 {2} 画</translation>
    </message>
    <message>
        <source>{0} more: narrow the search</source>
        <translation>另有 {0} 个，请缩小范围</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>找到 {0} 个</translation>
    </message>
</context>
<context>
    <name>ClaimAmountDialog</name>
    <message>
        <source>Claim of {0}</source>
        <translation>{0}的请求金额</translation>
    </message>
    <message>
        <source>yuan; empty if not known yet</source>
        <translation>单位：元；还不清楚可不填</translation>
    </message>
    <message>
        <source>&amp;Amount claimed</source>
        <translation>请求金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ClaimantSelector</name>
    <message>
        <source>Find a claimant</source>
        <translation>查找申请人</translation>
    </message>
    <message>
        <source>Whose schedule:</source>
        <translation>查看谁的分期：</translation>
    </message>
    <message>
        <source>All installments</source>
        <translation>全部分期</translation>
    </message>
    <message>
        <source>Common schedule</source>
        <translation>共同分期</translation>
    </message>
    <message>
        <source>{0}  {1} yuan</source>
        <translation>{0}  {1}元</translation>
    </message>
    <message>
        <source>  ({0} overdue)</source>
        <translation>  （逾期{0}期）</translation>
    </message>
    <message>
        <source>{0} schedules</source>
        <translation>共{0}份分期计划</translation>
    </message>
</context>
<context>
    <name>ClaimantTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Claim (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>No amount yet: counted as 0 in the total.</source>
        <translation>尚未填写金额：合计时按0计算。</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未填</translation>
    </message>
</context>
<context>
    <name>ClaimantsPanel</name>
    <message>
        <source>{0} applicants, claims in all {1} yuan ({2})</source>
        <translation>申请人{0}名，请求金额合计{1}元（{2}）</translation>
    </message>
    <message>
        <source>; {0} without an amount</source>
        <translation>；其中{0}名未填金额</translation>
    </message>
    <message>
        <source>&amp;Edit amount…</source>
        <translation>修改金额(&amp;E)…</translation>
    </message>
    <message>
        <source>Add applicants from the &amp;registry…</source>
        <translation>从当事人名册添加申请人(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Register the people of a spreadsheet (with a 金额 column) and add them as applicants with those amounts</source>
        <translation>登记表格（含“金额”列）中的人员，并按表中金额加入为申请人</translation>
    </message>
    <message>
        <source>No applicant has an amount yet: the amount in dispute is the one on the case form.</source>
        <translation>申请人都还没有请求金额：标的额以案件信息中填写的为准。</translation>
    </message>
    <message>
        <source>This sum is the case&apos;s amount in dispute; it follows every change.</source>
        <translation>该合计即本案标的额，随每次修改自动更新。</translation>
    </message>
    <message>
        <source>The case amount ({0} yuan) differs from the sum of the claims!</source>
        <translation>本案标的额（{0}元）与请求金额合计不一致！</translation>
    </message>
    <message>
        <source>Claim of {0} saved.</source>
        <translation>已保存{0}的请求金额。</translation>
    </message>
    <message>
        <source>Add applicants</source>
        <translation>添加申请人</translation>
    </message>
    <message>
        <source>{0} applicants added.</source>
        <translation>已添加申请人{0}名。</translation>
    </message>
</context>
<context>
    <name>ClausesWidget</name>
    <message>
        <source>Choose a clause above to edit it here.</source>
        <translation>在上面选一条，在这里修改。</translation>
    </message>
    <message>
        <source>Add claus&amp;e</source>
        <translation>添加条款(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Insert from template</source>
        <translation>从模板插入(&amp;I)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>(no templates for this category)</source>
        <translation>（本类纠纷还没有条款模板）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source> [written from the plan]</source>
        <translation>【按分期计划生成】</translation>
    </message>
    <message>
        <source>The payment clause is written from the payment plan: change the plan to change it.</source>
        <translation>付款条款按分期付款计划生成：要修改它，请修改分期计划。</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Personal-information consent: {0}</source>
        <translation>个人信息同意：{0}</translation>
    </message>
    <message>
        <source>Before the ID number is saved, tell the party in plain words what is kept and why (the printed notice says it; read it aloud if need be), and ask whether they agree. They may withdraw at any time.</source>
        <translation>保存身份证号码之前，请用通俗的话告诉当事人记下哪些信息、为什么记（打印的告知同意书上都写着，需要时读给他听），并问他是否同意。当事人随时可以撤回同意。</translation>
    </message>
    <message>
        <source>The liaison who heard the oral consent</source>
        <translation>听取口头同意的联络员</translation>
    </message>
    <message>
        <source>&amp;Print consent notice…</source>
        <translation>打印告知同意书(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Date of consent</source>
        <translation>同意日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;How it was given</source>
        <translation>同意方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>见证人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>记录同意(&amp;R)</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>{0}, witness: {1}</source>
        <translation>{0}，见证人：{1}</translation>
    </message>
</context>
<context>
    <name>ConsentPrint</name>
    <message>
        <source>Consent notice for {0}</source>
        <translation>个人信息处理告知同意书（{0}）</translation>
    </message>
</context>
<context>
    <name>DeviceCheckDialog</name>
    <message>
        <source>Device check</source>
        <translation>设备检测</translation>
    </message>
    <message>
        <source>Before the hearing of {0} at {1}</source>
        <translation>{0}，{1}开始前的检测</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPanel</name>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Level %p%</source>
        <translation>音量 %p%</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>The platform&apos;s address, https://…</source>
        <translation>平台网址，https://……</translation>
    </message>
    <message>
        <source>&amp;Check the address</source>
        <translation>检测网址(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot check the camera and microphone: {0}</source>
        <translation>无法使用摄像头和麦克风检测：{0}</translation>
    </message>
    <message>
        <source>The camera could not be started: {0}</source>
        <translation>摄像头无法启动：{0}</translation>
    </message>
    <message>
        <source>The microphone could not be started: {0}</source>
        <translation>麦克风无法启动：{0}</translation>
    </message>
    <message>
        <source>No camera found. Plug in the camera and open the check again.</source>
        <translation>没有找到摄像头。请插好摄像头，再重新打开检测。</translation>
    </message>
    <message>
        <source>The camera reports a problem: {0}</source>
        <translation>摄像头报告问题：{0}</translation>
    </message>
    <message>
        <source>Camera: {0}. Check that everyone in the room is in the picture.</source>
        <translation>摄像头：{0}。请确认调解室里的每个人都在画面中。</translation>
    </message>
    <message>
        <source>No microphone found. Plug in the microphone and open the check again.</source>
        <translation>没有找到麦克风。请插好麦克风，再重新打开检测。</translation>
    </message>
    <message>
        <source>Microphone: {0}. Speak: the bar should move.</source>
        <translation>麦克风：{0}。请说话，音量条应当跳动。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检测……</translation>
    </message>
    <message>
        <source>Checking the platform&apos;s address</source>
        <translation>正在检测平台网址</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>放弃填写的内容？</translation>
    </message>
    <message>
        <source>This form has not been saved. Close it and discard what you typed?</source>
        <translation>这张表格还没有保存。要关闭它并放弃已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit (HK/Macao)</source>
        <translation>港澳居民居住证</translation>
    </message>
    <message>
        <source>Residence permit (Taiwan)</source>
        <translation>台湾居民居住证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>书面签字</translation>
    </message>
    <message>
        <source>Oral, liaison as witness</source>
        <translation>口头同意（联络员见证）</translation>
    </message>
    <message>
        <source>Hard of hearing</source>
        <translation>听力不好</translation>
    </message>
    <message>
        <source>Poor sight</source>
        <translation>视力不好</translation>
    </message>
    <message>
        <source>Cannot read or write</source>
        <translation>不识字</translation>
    </message>
    <message>
        <source>Speaks only dialect</source>
        <translation>只会说方言</translation>
    </message>
    <message>
        <source>Limited mobility</source>
        <translation>行动不便</translation>
    </message>
    <message>
        <source>Close relative</source>
        <translation>近亲属</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>Citizen recommended by the community</source>
        <translation>社区推荐的公民</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Employee of the organization</source>
        <translation>单位工作人员</translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation>拖欠工资</translation>
    </message>
    <message>
        <source>House or shop lease</source>
        <translation>房屋、商铺租赁</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Support of elderly parents</source>
        <translation>赡养老人</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Land contract</source>
        <translation>土地承包</translation>
    </message>
    <message>
        <source>Sale contract</source>
        <translation>买卖合同</translation>
    </message>
    <message>
        <source>Private loan</source>
        <translation>民间借贷</translation>
    </message>
    <message>
        <source>Traffic accident</source>
        <translation>交通事故</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>当事人来访</translation>
    </message>
    <message>
        <source>Grid worker referral</source>
        <translation>网格员移交</translation>
    </message>
    <message>
        <source>Court referral</source>
        <translation>法院委派</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Confirmation applied</source>
        <translation>已申请司法确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被驳回</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>履行完毕</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation>银行存款</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <source>Wages or fees receivable</source>
        <translation>应收工资、劳务报酬</translation>
    </message>
    <message>
        <source>Other property</source>
        <translation>其他财产</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>New Year&apos;s Day holiday</source>
        <translation>元旦假期</translation>
    </message>
    <message>
        <source>Spring Festival holiday</source>
        <translation>春节假期</translation>
    </message>
    <message>
        <source>Qingming Festival holiday</source>
        <translation>清明节假期</translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation>劳动节假期</translation>
    </message>
    <message>
        <source>Dragon Boat Festival holiday</source>
        <translation>端午节假期</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival holiday</source>
        <translation>中秋节假期</translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation>国庆节假期</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Referred before filing (委派)</source>
        <translation>委派调解（诉前）</translation>
    </message>
    <message>
        <source>Entrusted during the lawsuit (委托)</source>
        <translation>委托调解（诉中）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>退出时备份</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <source>Encrypted export</source>
        <translation>加密导出</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>司法确认申请书</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>Signed agreement (scan)</source>
        <translation>调解协议签署原件扫描件</translation>
    </message>
    <message>
        <source>Proof of mediation</source>
        <translation>调解组织主持调解的证明</translation>
    </message>
    <message>
        <source>Service address confirmation</source>
        <translation>送达地址确认书</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Combined packet</source>
        <translation>合并申请材料</translation>
    </message>
    <message>
        <source>Marriage, family and support</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Labour and wages</source>
        <translation>劳动报酬</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Personal information consent notice</source>
        <translation>个人信息处理告知同意书</translation>
    </message>
    <message>
        <source>Hearing notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Not read aloud</source>
        <translation>未宣读</translation>
    </message>
    <message>
        <source>Read aloud and understood</source>
        <translation>已宣读，表示听明白</translation>
    </message>
    <message>
        <source>Read aloud, not understood</source>
        <translation>已宣读，表示没有听明白</translation>
    </message>
    <message>
        <source>Changed since it was read</source>
        <translation>宣读后已改动，需重新宣读</translation>
    </message>
    <message>
        <source>Hearing today or tomorrow</source>
        <translation>今明两天的庭审/调解</translation>
    </message>
    <message>
        <source>Confirmation window closing</source>
        <translation>司法确认申请期限将届满</translation>
    </message>
    <message>
        <source>Confirmation window missed</source>
        <translation>司法确认申请期限已过</translation>
    </message>
    <message>
        <source>Overdue installments</source>
        <translation>分期付款逾期</translation>
    </message>
    <message>
        <source>Unsigned draft agreement</source>
        <translation>调解协议草稿久未签署</translation>
    </message>
    <message>
        <source>Filing returned for correction</source>
        <translation>司法确认申请退回补正</translation>
    </message>
    <message>
        <source>Mass dispute</source>
        <translation>群体性纠纷</translation>
    </message>
    <message>
        <source>Repeated disputes</source>
        <translation>同一当事人多次纠纷</translation>
    </message>
    <message>
        <source>Enforcement suggested</source>
        <translation>确认后逾期未履行</translation>
    </message>
    <message>
        <source>Idle case</source>
        <translation>案件长期无进展</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Automatic (the best voice this PC has)</source>
        <translation>自动（用这台电脑最好的语音）</translation>
    </message>
    <message>
        <source>The system&apos;s Chinese voice</source>
        <translation>系统中文语音</translation>
    </message>
    <message>
        <source>The offline voice (eSpeak NG)</source>
        <translation>离线语音（eSpeak NG）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Video mediation</source>
        <translation>视频调解</translation>
    </message>
    <message>
        <source>Online court hearing</source>
        <translation>在线庭审</translation>
    </message>
    <message>
        <source>On-site mediation</source>
        <translation>现场调解</translation>
    </message>
    <message>
        <source>Mobile Micro Court</source>
        <translation>移动微法院</translation>
    </message>
    <message>
        <source>Zhejiang ODR</source>
        <translation>浙江ODR / 解纷码</translation>
    </message>
    <message>
        <source>People&apos;s Court Mediation Platform</source>
        <translation>人民法院调解平台</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>未达成协议</translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation>休会改期</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Village room</source>
        <translation>村微法庭调解室</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家中</translation>
    </message>
    <message>
        <source>Law office</source>
        <translation>律师事务所</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <source>One packet per claimant</source>
        <translation>每人一份申请</translation>
    </message>
    <message>
        <source>One joint packet</source>
        <translation>共同申请一份</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Liaison (administrator)</source>
        <translation>联络员（管理员）</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <source>Please correct these and try again:</source>
        <translation>请更正以下问题后重试：</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your saved data is safe; you can keep working.</source>
        <translation>抱歉，程序出错了。已经保存的数据不受影响，您可以继续使用。</translation>
    </message>
    <message>
        <source>Details were written to the log file:
{0}</source>
        <translation>详细情况已记入日志文件：
{0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Back up to a folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The backup is encrypted with this password. Without it the backup cannot be restored: write it down and keep it apart from the USB stick.</source>
        <translation>备份用这个密码加密。没有密码就无法恢复：请把密码记下来，和U盘分开保管。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose the folder (USB stick)</source>
        <translation>选择文件夹（U盘）</translation>
    </message>
    <message>
        <source>Please choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
</context>
<context>
    <name>FilingDocumentsDialog</name>
    <message>
        <source>Documents of {0}</source>
        <translation>{0}的申请材料</translation>
    </message>
    <message>
        <source>{0} · folder: {1}</source>
        <translation>{0} · 文件夹：{1}</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>核对文件(&amp;C)</translation>
    </message>
    <message>
        <source>Compute the SHA-256 of the files on disk again and compare with the record</source>
        <translation>重新计算磁盘上文件的 SHA-256，并与生成时的记录比对</translation>
    </message>
    <message>
        <source>C&amp;opy list</source>
        <translation>复制清单(&amp;O)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已被改动</translation>
    </message>
</context>
<context>
    <name>FilingList</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Documents and SHA-256…</source>
        <translation>材料与 SHA-256(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Record submission…</source>
        <translation>记录提交(&amp;R)…</translation>
    </message>
    <message>
        <source>No packet generated yet.</source>
        <translation>尚未生成申请材料。</translation>
    </message>
    <message>
        <source>{0} applications in {1} ({2})</source>
        <translation>{0}份申请，保存在“{1}”（{2}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&amp;Update status…</source>
        <translation>更新状态(&amp;U)…</translation>
    </message>
    <message>
        <source>The folder {0} is no longer there: generate the packet again.</source>
        <translation>文件夹“{0}”已不存在，请重新生成申请材料。</translation>
    </message>
    <message>
        <source>The file {0} is no longer there: generate the packet again.</source>
        <translation>文件“{0}”已不存在，请重新生成申请材料。</translation>
    </message>
    <message>
        <source>Judicial confirmation: {0}</source>
        <translation>司法确认申请材料：{0}</translation>
    </message>
</context>
<context>
    <name>FilingTableModel</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>法院案号</translation>
    </message>
    <message>
        <source>{0} (correct by {1})</source>
        <translation>{0}（{1}前补正）</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>FilingUpdateDialog</name>
    <message>
        <source>Record submission</source>
        <translation>记录提交</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>更新状态</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} · {1} applications at once</source>
        <translation>{0} · 同时更新{1}份申请</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>e.g. (2026)浙0185民特123号</source>
        <translation>如（2026）浙0185民特123号</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ubmitted on</source>
        <translation>提交日期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>提交平台(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ourt</source>
        <translation>法院(&amp;O)</translation>
    </message>
    <message>
        <source>Court &amp;case number</source>
        <translation>法院案号(&amp;C)</translation>
    </message>
    <message>
        <source>Correct &amp;by</source>
        <translation>补正期限(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Ruling date</source>
        <translation>裁定日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Each application gets its own court case number: select one to enter it.</source>
        <translation>每份申请有各自的法院案号：请只选中一份再填写。</translation>
    </message>
    <message>
        <source>Leave empty to keep each application&apos;s own notes</source>
        <translation>留空则保留各份申请原有的备注</translation>
    </message>
</context>
<context>
    <name>FormButtons</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FreeSlotRow</name>
    <message>
        <source>F&amp;ind the next free slot</source>
        <translation>查找下一个空闲时段(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Use this time</source>
        <translation>采用这个时间(&amp;U)</translation>
    </message>
    <message>
        <source>Free: {0} to {1} (mediator, judge and room)</source>
        <translation>空闲时段：{0}至{1}（调解员、法官和地点都有空）</translation>
    </message>
    <message>
        <source>No free slot within two months.</source>
        <translation>两个月内没有空闲时段。</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>HearingActions</name>
    <message>
        <source>Booked {0} for {1}.</source>
        <translation>已安排{0}：{1}。</translation>
    </message>
    <message>
        <source>Saved the hearing of {0}.</source>
        <translation>已保存{0}的安排。</translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <translation>已改期到{0}。</translation>
    </message>
    <message>
        <source>Cancelled the hearing of {0}.</source>
        <translation>已取消{0}的安排。</translation>
    </message>
    <message>
        <source>Recorded the hearing of {0}.</source>
        <translation>已登记{0}的结果。</translation>
    </message>
    <message>
        <source>Hearing notices {0}</source>
        <translation>参加通知书 {0}</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入{0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存{0}。</translation>
    </message>
    <message>
        <source>Type the meeting number {0} into the {1} app.</source>
        <translation>请在{1}里输入会议号 {0}。</translation>
    </message>
    <message>
        <source>platform&apos;s</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>This hearing has no meeting link yet: edit it to add one.</source>
        <translation>这次安排还没有会议链接：请点“修改”补上。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入会议</translation>
    </message>
</context>
<context>
    <name>HearingButtons</name>
    <message>
        <source>&amp;Book…</source>
        <translation>安排(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>修改(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark &amp;held…</source>
        <translation>登记已举行(&amp;H)…</translation>
    </message>
    <message>
        <source>Resched&amp;ule…</source>
        <translation>改期(&amp;U)…</translation>
    </message>
    <message>
        <source>Cancel hea&amp;ring…</source>
        <translation>取消(&amp;R)…</translation>
    </message>
    <message>
        <source>Not&amp;ices…</source>
        <translation>通知书(&amp;I)…</translation>
    </message>
    <message>
        <source>Ca&amp;lendar (.ics)…</source>
        <translation>日历(.ics)(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入会议(&amp;J)</translation>
    </message>
    <message>
        <source>Open the meeting link in the browser</source>
        <translation>在浏览器中打开会议链接</translation>
    </message>
    <message>
        <source>Notice for {0} ({1})</source>
        <translation>{0}（{1}）的通知书</translation>
    </message>
</context>
<context>
    <name>HearingDays</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>（今天）</translation>
    </message>
    <message>
        <source>(tomorrow)</source>
        <translation>（明天）</translation>
    </message>
</context>
<context>
    <name>HearingDetailPanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Joins from</source>
        <translation>参加地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>需协助</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reason / notes</source>
        <translation>原因/记录</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Choose a hearing in the agenda or the week.</source>
        <translation>请在日程或周视图中选择一次安排。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>会议链接</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>结果记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Moved from {0} to {1}</source>
        <translation>由{0}改到{1}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
</context>
<context>
    <name>HearingFormDialog</name>
    <message>
        <source>Edit hearing</source>
        <translation>修改安排</translation>
    </message>
    <message>
        <source>Book a hearing</source>
        <translation>安排开庭/调解</translation>
    </message>
    <message>
        <source>(none: on site)</source>
        <translation>（无：现场进行）</translation>
    </message>
    <message>
        <source>https://… link, or the meeting number on the platform</source>
        <translation>https://……链接，或平台上的会议号</translation>
    </message>
    <message>
        <source>default: the court in Settings</source>
        <translation>默认：设置中的法院</translation>
    </message>
    <message>
        <source>default: the judge in Settings</source>
        <translation>默认：设置中的法官</translation>
    </message>
    <message>
        <source>default: the micro-court room</source>
        <translation>默认：微法庭调解室</translation>
    </message>
    <message>
        <source>&amp;Fill from the case</source>
        <translation>按案件重新填写(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <source>Meeting &amp;link or number</source>
        <translation>会议链接或会议号(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ourt</source>
        <translation>法院(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>法官(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>地点(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>参加人(&amp;A)</translation>
    </message>
    <message>
        <source>(choose a case)</source>
        <translation>（请选择案件）</translation>
    </message>
    <message>
        <source>(the case&apos;s lead mediator)</source>
        <translation>（本案主调解员）</translation>
    </message>
    <message>
        <source>Use Reschedule to change the time (with the reason).</source>
        <translation>要改时间，请用“改期”（并填写原因）。</translation>
    </message>
    <message>
        <source>Please choose the case.</source>
        <translation>请选择案件。</translation>
    </message>
</context>
<context>
    <name>HearingsPage</name>
    <message>
        <source>&amp;Book a hearing…</source>
        <translation>安排开庭/调解(&amp;B)…</translation>
    </message>
    <message>
        <source>Export the coming weeks (.&amp;ics)…</source>
        <translation>导出近期安排(.ics)(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Device check…</source>
        <translation>设备检测(&amp;D)…</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>提醒：开始</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>Phone list for tomorrow</source>
        <translation>明天的电话通知名单</translation>
    </message>
    <message>
        <source>Reminders come {0} minutes before each hearing.</source>
        <translation>每次开庭/调解前{0}分钟提醒。</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Mark as held</source>
        <translation>登记为已举行</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <source>What was agreed or why not; what happens next</source>
        <translation>达成了什么，或为什么没有达成；下一步怎么办</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>A day at the desk</source>
        <translation>联络员的一天</translation>
    </message>
    <message>
        <source>Register a party</source>
        <translation>登记当事人</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Book a hearing</source>
        <translation>安排开庭/调解</translation>
    </message>
    <message>
        <source>Write and sign an agreement</source>
        <translation>起草并签署调解协议</translation>
    </message>
    <message>
        <source>File for judicial confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>Back up the data</source>
        <translation>备份数据</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Party type</source>
        <translation>当事人类型</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>送达地址</translation>
    </message>
    <message>
        <source>Accepts e-service</source>
        <translation>接受电子送达</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>法定代表人职务</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relation</source>
        <translation>与紧急联系人关系</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import parties from a list</source>
        <translation>从名单导入当事人</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file</source>
        <translation>请选择Excel（.xlsx）或CSV文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新读取(&amp;L)</translation>
    </message>
    <message>
        <source>Read the file again after correcting it</source>
        <translation>在Excel中改正文件后，点这里重新读取</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The first row of the list must hold the column titles, e.g. 姓名, 性别, 身份证号, 电话, 住址. A 金额 column (amount owed to each claimant) is kept too.</source>
        <translation>名单第一行必须是列标题，例如：姓名、性别、身份证号、电话、住址。如有“金额”列（每位申请人的欠款金额），也会一并保存。</translation>
    </message>
    <message>
        <source>Bold columns will be imported; grey ones will not. Click a column title to change the field it fills.</source>
        <translation>粗体的列会导入，灰色的列不导入。点击列标题可以更改该列对应的项目。</translation>
    </message>
    <message>
        <source>Signed consent forms are on file</source>
        <translation>已存档书面同意书</translation>
    </message>
    <message>
        <source>The list contains ID numbers. Under the Personal Information Protection Law an ID number may only be kept with the person&apos;s consent: tick the box only if every person on the list has signed a written consent form and it is kept on file.</source>
        <translation>名单中有身份证号码。依照个人信息保护法，须经本人同意才能保存身份证号码：只有名单上每个人都已签署书面同意书并已存档，才能勾选此项。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a party list</source>
        <translation>选择当事人名单</translation>
    </message>
    <message>
        <source>Party lists (*.xlsx *.csv);;All files (*)</source>
        <translation>当事人名单 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取“{0}”…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>{0}: {1} data rows (the first {2} are shown).</source>
        <translation>“{0}”：共{1}行数据（下表显示前{2}行）。</translation>
    </message>
    <message>
        <source>The file has column titles but no data rows.</source>
        <translation>文件只有列标题，没有数据行。</translation>
    </message>
    <message>
        <source>Importing parties</source>
        <translation>正在导入当事人</translation>
    </message>
    <message>
        <source>Nothing was imported: {0} problems found. Please correct them in the spreadsheet and import again.</source>
        <translation>没有导入任何数据：共{0}处问题，请在表格中改正后重新导入。</translation>
    </message>
    <message>
        <source>Imported {0} parties from {1}.</source>
        <translation>已从“{1}”导入{0}位当事人。</translation>
    </message>
    <message>
        <source>Please read the notes below.</source>
        <translation>请看下面的提示。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>已取消导入，没有导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>(second {0} column: not imported)</source>
        <translation>（第二个“{0}”列，不导入）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Click to choose which field this column fills.</source>
        <translation>点击选择这一列对应的项目。</translation>
    </message>
    <message>
        <source>Recognise from the column title</source>
        <translation>按列标题自动识别</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>InstallmentTableModel</name>
    <message>
        <source>Claimant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已付（元）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LatePanel</name>
    <message>
        <source>&lt;b&gt;The 30-day window is missed: the court will normally not accept this application.&lt;/b&gt;</source>
        <translation>&lt;b&gt;已超过三十日申请期限：法院通常不予受理本申请。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I &amp;understand, and generate the packet anyway</source>
        <translation>我已了解，仍然生成申请材料(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LeadsTable</name>
    <message>
        <source>Kind</source>
        <translation>财产类型</translation>
    </message>
    <message>
        <source>What is known</source>
        <translation>已知情况</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>Debtor: {0}</source>
        <translation>被执行人：{0}</translation>
    </message>
    <message>
        <source>bank and account, number plate, address, employer...</source>
        <translation>开户行及账号、车牌号、不动产坐落、工资发放单位等</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;已锁定&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <source>MicroCourt Assistant is locked</source>
        <translation>微法庭助手已锁定</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;{0}, please enter your password to continue. Your unsaved work is kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;已锁定&lt;/h2&gt;&lt;p&gt;{0}，请输入您的密码继续。没有保存的内容都原样保留。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user...</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Another operator logs in; your window waits locked, as it is, until they log out.</source>
        <translation>让另一位操作员登录；您的窗口保持锁定、原样不动，等对方退出登录后再回来。</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Ends your session: forms not saved are closed without saving.</source>
        <translation>结束您的登录：没有保存的表格将不保存而关闭。</translation>
    </message>
    <message>
        <source>The program stays open while it is locked, so nothing is lost. Enter your password first, then close it.</source>
        <translation>锁定时程序不会关闭，什么都不会丢失。请先输入密码解锁，再关闭程序。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>建立管理员账户</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;First create your own account: you are the liaison and the administrator of this program. Later you can add accounts for mediators and for reading only.&lt;/p&gt;&lt;p&gt;The password needs at least 8 characters. Keep it safe: the data holds people&apos;s personal information.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用！&lt;/h3&gt;&lt;p&gt;请先建立您自己的账户：您是联络员，也是本软件的管理员。以后可以为调解员添加账户，或添加只读账户。&lt;/p&gt;&lt;p&gt;密码至少 8 个字符。请妥善保管：数据中有当事人的个人信息。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MicroCourt Assistant&lt;/h3&gt;&lt;p&gt;Please log in.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;微法庭助手&lt;/h3&gt;&lt;p&gt;请登录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Create and start</source>
        <translation>建立并开始(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MicroCourt Assistant</source>
        <translation>微法庭助手</translation>
    </message>
    <message>
        <source>Opening the data...</source>
        <translation>正在打开数据……</translation>
    </message>
    <message>
        <source>Micro-court: ...</source>
        <translation>微法庭：……</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>请登录。</translation>
    </message>
    <message>
        <source>How to do the work of this page (F1)</source>
        <translation>这一页的操作说明（F1）</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>本页帮助</translation>
    </message>
    <message>
        <source>Data: {0}</source>
        <translation>数据位置：{0}</translation>
    </message>
    <message>
        <source>not set up yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Micro-court: {0}</source>
        <translation>微法庭：{0}</translation>
    </message>
</context>
<context>
    <name>MediatorAssignDialog</name>
    <message>
        <source>Assign a mediator to {0}</source>
        <translation>为{0}指派调解员</translation>
    </message>
    <message>
        <source>Link between {0} and a party</source>
        <translation>{0}与当事人的关联</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <source>Linked to a party of the case (relative, interest, …)</source>
        <translation>与本案当事人有关联（亲属、利害关系等）</translation>
    </message>
    <message>
        <source>e.g. cousin; neighbours in the same group</source>
        <translation>如：堂兄；同一村民小组邻居</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MediatorFormDialog</name>
    <message>
        <source>Edit mediator {0}</source>
        <translation>修改调解员 {0}</translation>
    </message>
    <message>
        <source>Add an invited mediator</source>
        <translation>添加特邀调解员</translation>
    </message>
    <message>
        <source>e.g. Women&apos;s Federation volunteer mediation team</source>
        <translation>如：区妇联巾帼志愿调解队</translation>
    </message>
    <message>
        <source>Active: offered for new cases</source>
        <translation>在任：新案件可指派</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organization or team</source>
        <translation>单位或团队(&amp;O)</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>擅长领域</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>MediatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization or team</source>
        <translation>单位或团队</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>擅长领域</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>&amp;Add mediator…</source>
        <translation>添加调解员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Mediators: {0} ({1} active)</source>
        <translation>调解员{0}名（在任{1}名）</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>恢复在任(&amp;C)</translation>
    </message>
    <message>
        <source>Saved mediator {0}.</source>
        <translation>已保存调解员{0}。</translation>
    </message>
    <message>
        <source>{0} is active again.</source>
        <translation>{0}已恢复在任。</translation>
    </message>
    <message>
        <source>{0} is deactivated: kept on old cases, not offered for new ones.</source>
        <translation>{0}已停用：原有案件中保留，新案件不再可选。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Switch user...</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>开庭安排</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他参加人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Joins from</source>
        <translation>参加地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Needs help to join</source>
        <translation>需联络员协助</translation>
    </message>
    <message>
        <source>Add perso&amp;n</source>
        <translation>添加参加人(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Search: name, pinyin or initials (zs), last 4-6 of the ID number, or phone</source>
        <translation>查找：姓名、拼音或首字母（zs）、证件号码后4至6位、电话</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>登记个人(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;organization…</source>
        <translation>登记单位(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Agent or representative</source>
        <translation>代理人或代表人</translation>
    </message>
    <message>
        <source>Claimed (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>The particulars come from the party registry. To correct a name, ID number, address or phone, edit the party in the Parties page; the agreement shows the change when reopened.</source>
        <translation>当事人信息来自当事人登记。如需更正姓名、证件号码、住所或电话，请到“当事人”页面修改；重新打开协议即显示更正后的信息。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>Mediators: {0}</source>
        <translation>人民调解员：{0}</translation>
    </message>
</context>
<context>
    <name>PartyActions</name>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存：{0}。</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <source>Consent recorded for {0}.</source>
        <translation>已记录{0}的个人信息同意。</translation>
    </message>
    <message>
        <source>{0} appears in a case, so the record cannot simply be deleted. Withdrawing consent anonymizes it: the name, ID number, phone numbers and addresses are erased, and the case keeps only a placeholder name so its papers stay whole.

This cannot be undone. Record that {0} withdrew consent?</source>
        <translation>{0}涉及案件，记录不能直接删除。撤回同意后将匿名化：姓名、身份证号码、电话和地址都会清除，案件中只保留一个代称，案卷仍然完整。

此操作无法撤销。确定记录{0}撤回同意吗？</translation>
    </message>
    <message>
        <source>{0} is in no case. Withdrawing consent deletes the record and the agents for good.

This cannot be undone. Record that {0} withdrew consent?</source>
        <translation>{0}不涉及任何案件。撤回同意后，将永久删除这条记录及其代理人。

此操作无法撤销。确定记录{0}撤回同意吗？</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>{0} appears in a case, so the record cannot simply be deleted: it will be anonymized instead. The name, ID number, phone numbers and addresses are erased; the case keeps a placeholder name.

This cannot be undone. Anonymize {0}?</source>
        <translation>{0}涉及案件，记录不能直接删除，将改为匿名化：姓名、身份证号码、电话和地址都会清除，案件中保留一个代称。

此操作无法撤销。确定将{0}匿名化吗？</translation>
    </message>
    <message>
        <source>{0} is in no case. Delete the record and the agents for good?

This cannot be undone.</source>
        <translation>{0}不涉及任何案件。确定永久删除这条记录及其代理人吗？

此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete a party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>{0} was anonymized; the cases keep a placeholder name.</source>
        <translation>{0}已匿名化，案件中保留代称。</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>{0}已删除。</translation>
    </message>
    <message>
        <source>Saved agent {0}.</source>
        <translation>已保存代理人：{0}。</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>移除代理人</translation>
    </message>
    <message>
        <source>Remove {0} as agent?</source>
        <translation>确定移除代理人{0}吗？</translation>
    </message>
    <message>
        <source>{0} acted in a case: kept in its record, no longer listed.</source>
        <translation>{0}曾在案件中代理：案卷中保留，不再列出。</translation>
    </message>
    <message>
        <source>Removed agent {0}.</source>
        <translation>已移除代理人：{0}。</translation>
    </message>
</context>
<context>
    <name>PartyDetailView</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Special authority</source>
        <translation>特别授权</translation>
    </message>
    <message>
        <source>Choose a party in the list, or register a new one.</source>
        <translation>请在左边列表中选择当事人，或登记新的当事人。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Record c&amp;onsent…</source>
        <translation>记录同意(&amp;O)…</translation>
    </message>
    <message>
        <source>Print consent notice…</source>
        <translation>打印告知同意书…</translation>
    </message>
    <message>
        <source>Read consent notice &amp;aloud…</source>
        <translation>朗读告知同意书(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add agent…</source>
        <translation>添加代理人(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit agent…</source>
        <translation>修改代理人…</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>移除代理人</translation>
    </message>
    <message>
        <source>Consent withdrawn…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agents and guardians&lt;/b&gt;</source>
        <translation>&lt;b&gt;代理人和监护人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Elderly (60+)</source>
        <translation>老年人（60岁以上）</translation>
    </message>
    <message>
        <source>Aged 60 or over: speak slowly, offer large print.</source>
        <translation>60岁以上：说话慢一些，提供大字版材料。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{0} (age {1})</source>
        <translation>{0}（{1}岁）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>单位住所</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>送达地址</translation>
    </message>
    <message>
        <source>Electronic service</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>个人信息同意</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Withdrawn or deleted: the record is anonymized.</source>
        <translation>已撤回或已删除：记录已匿名化。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Show full number</source>
        <translation>显示完整号码(&amp;S)</translation>
    </message>
    <message>
        <source>Each look at a full ID number is written to the audit log.</source>
        <translation>每次查看完整证件号码都会记入审计日志。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PartyFields</name>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>(from the ID number)</source>
        <translation>（按身份证号码）</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. 1962-02-28 (filled from the ID number)</source>
        <translation>例如 1962-02-28（可按身份证号码自动填写）</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>18 characters; a final x is fine</source>
        <translation>18位，末位x大小写均可</translation>
    </message>
    <message>
        <source>Contact and service</source>
        <translation>联系与送达</translation>
    </message>
    <message>
        <source>Working with this person</source>
        <translation>与当事人打交道</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Relation to them</source>
        <translation>与紧急联系人的关系</translation>
    </message>
    <message>
        <source>e.g. son, neighbour</source>
        <translation>例如：儿子、邻居</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>单位住所</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>送达地址</translation>
    </message>
    <message>
        <source>Where court papers reach them; empty: same as above</source>
        <translation>法律文书寄到哪里；不填则同上</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>6 digits, of the address for service</source>
        <translation>6位数字，送达地址的邮编</translation>
    </message>
    <message>
        <source>Electronic service</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <source>Accepts papers by SMS, WeChat or e-mail</source>
        <translation>同意以短信、微信或电子邮件送达</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>E-mail for service</source>
        <translation>电子送达邮箱</translation>
    </message>
    <message>
        <source>Optional; a company&apos;s e-service address</source>
        <translation>选填；单位的电子送达地址</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Unified social credit code</source>
        <translation>统一社会信用代码(&amp;U)</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>&amp;Legal representative</source>
        <translation>法定代表人(&amp;L)</translation>
    </message>
    <message>
        <source>Their &amp;title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. general manager</source>
        <translation>例如：总经理</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Filled in from the ID number: {0}. Please check against the card.</source>
        <translation>已按身份证号码填写：{0}。请对照证件核对。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PartyFormDialog</name>
    <message>
        <source>Edit {0}</source>
        <translation>修改 {0}</translation>
    </message>
    <message>
        <source>Register an organization</source>
        <translation>登记单位</translation>
    </message>
    <message>
        <source>Register a person</source>
        <translation>登记个人</translation>
    </message>
    <message>
        <source>Personal-information consent</source>
        <translation>个人信息同意</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>记录同意(&amp;C)…</translation>
    </message>
    <message>
        <source>Print consent &amp;notice…</source>
        <translation>打印告知同意书(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Will be recorded on save: {0}</source>
        <translation>保存时记录：{0}</translation>
    </message>
    <message>
        <source>Given {0}</source>
        <translation>已同意：{0}</translation>
    </message>
    <message>
        <source>Not recorded yet. It is needed before an ID number is saved.</source>
        <translation>尚未记录。保存身份证号码前需要先记录。</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已经登记过</translation>
    </message>
    <message>
        <source>{0}

Open {1} now?</source>
        <translation>{0}

现在打开“{1}”吗？</translation>
    </message>
</context>
<context>
    <name>PartyPickerDialog</name>
    <message>
        <source>Choose parties</source>
        <translation>选择当事人</translation>
    </message>
    <message>
        <source>Choose a party</source>
        <translation>选择当事人</translation>
    </message>
    <message>
        <source>Search: name, pinyin or initials, last digits of the ID number, or phone</source>
        <translation>搜索：姓名、拼音或首字母、证件号码末几位、电话</translation>
    </message>
    <message>
        <source>Hold Ctrl or Shift to choose several.</source>
        <translation>按住 Ctrl 或 Shift 可以选多人。</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>选择(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Register a new party…</source>
        <translation>登记新当事人(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>60+</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>More than {0} found: type more of the name or number</source>
        <translation>找到超过 {0} 位，请多输入几个字或号码缩小范围</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>找到 {0} 位</translation>
    </message>
    <message>
        <source>{0} parties</source>
        <translation>共 {0} 位当事人</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Aged 60 or over ({0}): speak slowly, offer large print and a seat near the screen.</source>
        <translation>60岁以上（{0}岁）：说话慢一些，提供大字版材料，安排坐在屏幕近处。</translation>
    </message>
    <message>
        <source>Shown in part. The full number is in the detail view.</source>
        <translation>只显示部分号码，完整号码在详细信息中查看。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Backup password</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <source>Password of the encrypted backup {0}:</source>
        <translation>加密备份 {0} 的密码：</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <source>Installment {0} due {1}: {2} yuan, paid {3}, still owed {4}.</source>
        <translation>第{0}期，{1}到期：{2}元，已付{3}元，尚欠{4}元。</translation>
    </message>
    <message>
        <source>e.g. bank transfer, receipt no.</source>
        <translation>如：银行转账、收据号</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>付款日期：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记付款(&amp;P)…</translation>
    </message>
    <message>
        <source>Overdue installments: {0}</source>
        <translation>逾期分期：{0}期</translation>
    </message>
    <message>
        <source>No installment is overdue.</source>
        <translation>没有逾期的分期。</translation>
    </message>
    <message>
        <source>This agreement has no payment plan.</source>
        <translation>本协议没有分期付款计划。</translation>
    </message>
    <message>
        <source>Payments are recorded once the agreement is signed.</source>
        <translation>协议签署后才能登记付款。</translation>
    </message>
    <message>
        <source>This version was replaced by a newer one: record payments there.</source>
        <translation>本版本已被新版本取代，请在新版本中登记付款。</translation>
    </message>
    <message>
        <source>States as of {0}. Choose an installment and record what was paid; a part payment is fine.</source>
        <translation>状态截至{0}。选中一期，登记实际付款；可以部分支付。</translation>
    </message>
    <message>
        <source>{0}: {1} yuan {2}</source>
        <translation>{0}：{1}元 {2}</translation>
    </message>
    <message>
        <source>Payments: </source>
        <translation>付款记录：</translation>
    </message>
    <message>
        <source>Please choose the installment that was paid.</source>
        <translation>请先选中付款的那一期。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer could not be started. Please check that it is switched on and connected.</source>
        <translation>无法启动打印机，请检查打印机是否已开机并连接好。</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>共{0}页</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <source>Print {0} copies: one for each party and one to keep.</source>
        <translation>请打印{0}份：每位当事人一份，留存一份。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>打印：{0}</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>PDF另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF as {0}: {1}</source>
        <translation>无法把PDF保存为“{0}”：{1}</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>正在生成“{0}”…</translation>
    </message>
</context>
<context>
    <name>PlanWidget</name>
    <message>
        <source>month(s)</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>周</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <source>e.g. 397864.50 (empty if no money is paid)</source>
        <translation>如 397864.50（不涉及给付金钱的留空）</translation>
    </message>
    <message>
        <source>Total (yuan):</source>
        <translation>总额（元）：</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>大写：</translation>
    </message>
    <message>
        <source>Make a payment plan</source>
        <translation>生成分期付款计划</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>生成分期(&amp;G)</translation>
    </message>
    <message>
        <source>One schedule per &amp;claimant</source>
        <translation>按申请人逐人分期(&amp;C)</translation>
    </message>
    <message>
        <source>Each applicant gets their own installments for their own claimed amount, all on the same dates.</source>
        <translation>每名申请人按自己的请求金额单独分期，各期日期相同。</translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation>期数：</translation>
    </message>
    <message>
        <source>First due date:</source>
        <translation>首期到期日：</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>Payer:</source>
        <translation>付款人：</translation>
    </message>
    <message>
        <source>Payee:</source>
        <translation>收款人：</translation>
    </message>
    <message>
        <source>The last installment takes the rounding, so the plan adds up to the total exactly.</source>
        <translation>尾差计入最后一期，各期合计与总额分毫不差。</translation>
    </message>
    <message>
        <source>Add installm&amp;ent</source>
        <translation>添加一期(&amp;E)</translation>
    </message>
    <message>
        <source>Remove &amp;installment</source>
        <translation>删除一期(&amp;I)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>{0} installments, together {1} yuan ({2})</source>
        <translation>共{0}期，合计{1}元（{2}）</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>&lt;b&gt;Before the packet can be generated, fix this:&lt;/b&gt;</source>
        <translation>&lt;b&gt;生成申请材料之前，请先处理以下问题：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the packet can be generated, fix these {0} problems:&lt;/b&gt;</source>
        <translation>&lt;b&gt;生成申请材料之前，请先处理以下{0}个问题：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>处理：{0}</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>去处理…</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Micro-court name</source>
        <translation>微法庭名称</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>People&apos;s mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>People&apos;s court it works with</source>
        <translation>对接的人民法院</translation>
    </message>
    <message>
        <source>Liaison&apos;s name</source>
        <translation>联络员姓名</translation>
    </message>
    <message>
        <source>Liaison&apos;s phone</source>
        <translation>联络员电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <source>Contact judge</source>
        <translation>联系法官</translation>
    </message>
    <message>
        <source>Case number pattern</source>
        <translation>案件编号格式</translation>
    </message>
    <message>
        <source>e.g. Shangtian Village Micro-court</source>
        <translation>例如：上田村微法庭</translation>
    </message>
    <message>
        <source>Mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>Use {year} and {seq}; {village} is optional</source>
        <translation>须包含 {year} 和 {seq}，{village} 可选</translation>
    </message>
    <message>
        <source>Example: (the pattern is not valid yet)</source>
        <translation>示例：（编号格式还不正确）</translation>
    </message>
    <message>
        <source>Example: {0}</source>
        <translation>示例：{0}</translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message>
        <source>Applications: confirmed {0}/{3}, submitted {1}/{3}, not submitted {2}</source>
        <translation>各申请人：已确认 {0}/{3}，已提交 {1}/{3}，未提交 {2}</translation>
    </message>
    <message>
        <source>; refused {0}/{1}</source>
        <translation>；已驳回 {0}/{1}</translation>
    </message>
    <message>
        <source>. Generating makes the packets not yet submitted only.</source>
        <translation>。再次生成只制作尚未提交的申请人的材料。</translation>
    </message>
</context>
<context>
    <name>PropertyLeadsDialog</name>
    <message>
        <source>Debtors&apos; property for the enforcement application</source>
        <translation>强制执行申请书：被执行人财产线索</translation>
    </message>
    <message>
        <source>The court asks the applicant for what they know of the debtor&apos;s property. Fill in what is known; leave the rest empty (the application leaves room to write by hand).</source>
        <translation>法院要求申请执行人提供所知道的被执行人财产情况。请填写已知的线索，不知道的可以不填（申请书上会留出空白，可以手写补充）。</translation>
    </message>
    <message>
        <source>&amp;Make the application</source>
        <translation>生成申请书(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ReadAloudDialog</name>
    <message>
        <source>Read aloud: {0}</source>
        <translation>朗读：{0}</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Read this one &amp;again</source>
        <translation>重读这一条(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>慢一点(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Voice: {0}</source>
        <translation>语音：{0}</translation>
    </message>
    <message>
        <source>Finished reading.</source>
        <translation>已经读完。</translation>
    </message>
    <message>
        <source>understood</source>
        <translation>表示听明白</translation>
    </message>
    <message>
        <source>did not understand</source>
        <translation>表示没有听明白</translation>
    </message>
    <message>
        <source>Recorded: {0} read it to {1} on {2}; the party {3}.</source>
        <translation>已记录：{0}于{2}向{1}宣读，当事人{3}。</translation>
    </message>
</context>
<context>
    <name>ReadAloudMenu</name>
    <message>
        <source>Read &amp;aloud…</source>
        <translation>朗读(&amp;A)…</translation>
    </message>
    <message>
        <source>Nothing to read aloud yet</source>
        <translation>暂时没有可以朗读的文书</translation>
    </message>
</context>
<context>
    <name>ReadingStatus</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Read aloud: {0}</source>
        <translation>宣读情况：{0}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Record the reading</source>
        <translation>记录宣读</translation>
    </message>
    <message>
        <source>The party said they &amp;understood</source>
        <translation>当事人表示听明白(&amp;U)</translation>
    </message>
    <message>
        <source>The party did &amp;not understand</source>
        <translation>当事人表示没有听明白(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Confirm the reading</source>
        <translation>确认已宣读(&amp;C)</translation>
    </message>
    <message>
        <source>Read &amp;to</source>
        <translation>听读的当事人(&amp;T)</translation>
    </message>
    <message>
        <source>Read &amp;by</source>
        <translation>宣读人(&amp;B)</translation>
    </message>
    <message>
        <source>This document is not addressed to a party: a reading of it is not recorded.</source>
        <translation>这份文书不是发给当事人的，宣读不做记录。</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Recusal of mediator {0}</source>
        <translation>调解员{0}是否回避</translation>
    </message>
    <message>
        <source>&amp;Step aside: {0} does not mediate this case</source>
        <translation>回避(&amp;S)：{0}不再调解本案</translation>
    </message>
    <message>
        <source>&amp;Continue, for this reason (required):</source>
        <translation>不回避(&amp;C)，理由如下（必填）：</translation>
    </message>
    <message>
        <source>e.g. both parties know of the relation and agreed in writing</source>
        <translation>如：双方当事人知悉该关系并书面同意</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>记录决定(&amp;R)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>知道了(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>In {0} min: {1}</source>
        <translation>{0}分钟后：{1}</translation>
    </message>
    <message>
        <source>Hearing reminder</source>
        <translation>开庭/调解提醒</translation>
    </message>
    <message>
        <source>MicroCourt Assistant</source>
        <translation>微法庭助手</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>月度工作报告</translation>
    </message>
    <message>
        <source>PDF, for printing</source>
        <translation>PDF（用于打印）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>文件类型：</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制问题清单(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存问题清单(&amp;R)…</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV文件，可用Excel打开 (*.csv)</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>保存导入问题清单</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the report as {0}: {1}</source>
        <translation>无法把问题清单保存为“{0}”：{1}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>改期(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;start</source>
        <translation>新的开始时间(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;end</source>
        <translation>新的结束时间(&amp;E)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>原因(&amp;S)</translation>
    </message>
    <message>
        <source>Why it moves, e.g. epidemic control, the judge is ill</source>
        <translation>改期原因，例如：疫情防控、法官生病</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>重设 {0} 的密码</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <source>Attach signed sc&amp;an…</source>
        <translation>附签署原件扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>The signed, fingerprinted and sealed agreement from the scanner: one PDF, or one JPEG/PNG per page (choose them in page order)</source>
        <translation>扫描仪扫描的已签名、按指印、盖章的调解协议：一个PDF文件，或每页一张JPEG/PNG图片（按页序选择）</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>删除扫描件</translation>
    </message>
    <message>
        <source>The signed original is not scanned yet: the packet will carry only the printed copy, for reference. Scan the signed paper and attach it.</source>
        <translation>尚未附签署原件扫描件：申请材料中只有协议打印件，仅供参考。请扫描已签署的协议原件并附上。</translation>
    </message>
    <message>
        <source>Signed original scanned: {0} file(s), {1} page(s), attached {2} by {3}. Every packet binds it.</source>
        <translation>已附签署原件扫描件：{0}个文件，共{1}页，{2}由{3}附上。每套申请材料都装订该扫描件。</translation>
    </message>
    <message>
        <source>Replace sc&amp;an…</source>
        <translation>更换扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>The scanned signed agreement</source>
        <translation>调解协议签署原件扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Remove the scan?</source>
        <translation>删除扫描件？</translation>
    </message>
    <message>
        <source>Packets generated from now on will carry only the printed copy. Packets already generated keep the scan.</source>
        <translation>此后生成的申请材料将只有协议打印件；已生成的申请材料仍保留扫描件。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Log out now? Forms that are not saved are closed without saving.</source>
        <translation>现在退出登录吗？没有保存的表格将不保存而关闭。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This micro-court</source>
        <translation>本微法庭</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Display (this PC only)</source>
        <translation>显示（仅本电脑）</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>The language changes the next time you open the program.</source>
        <translation>界面语言在下次打开程序时生效。</translation>
    </message>
    <message>
        <source>Larger fonts for tired &amp;eyes</source>
        <translation>放大字体，看得更清楚(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Record the signing of {0}, version {1}</source>
        <translation>登记签署：{0} 第{1}版</translation>
    </message>
    <message>
        <source>Tick everyone who has signed (or put their fingerprint on) the paper agreement, with the day they signed, and the day the committee&apos;s seal was put on. Once recorded it can no longer be changed: a later change makes a new version.</source>
        <translation>勾选已在纸质协议上签名（或按指印）的每个人，填写签名日期，并填写调解委员会盖章的日期。登记后协议不能再修改；以后如有变更，将生成新版本。</translation>
    </message>
    <message>
        <source>&amp;Record signing</source>
        <translation>登记签署(&amp;R)</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Set every &amp;date</source>
        <translation>全部设为此日期(&amp;D)</translation>
    </message>
    <message>
        <source>Everyone signed on:</source>
        <translation>统一签名日期：</translation>
    </message>
    <message>
        <source>Committee seal affixed on:</source>
        <translation>调解委员会盖章日期：</translation>
    </message>
    <message>
        <source>It takes effect on the last of the signatures and the seal.</source>
        <translation>协议自各方签名和盖章中最晚的日期起生效。</translation>
    </message>
    <message>
        <source>The agreement of {0} is in effect, so the case has reached agreement. These hearings are still scheduled for it:
{1}

Cancel them now?</source>
        <translation>{0}的调解协议已生效，案件已达成协议。本案还有以下已安排的庭审或调解：
{1}

现在取消吗？</translation>
    </message>
    <message>
        <source>Cancel the scheduled hearings?</source>
        <translation>取消已安排的庭审？</translation>
    </message>
</context>
<context>
    <name>SpeechSettings</name>
    <message>
        <source>Reading aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Tr&amp;y the voice</source>
        <translation>试听(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>朗读语音(&amp;V)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <source>The data file is in use by another program. It is not damaged and nothing was changed. Close the other program, then try again.</source>
        <translation>数据文件正被另一个程序使用。它没有损坏，也没有被改动。请关闭那个程序，然后重试。</translation>
    </message>
    <message>
        <source>Data in use</source>
        <translation>数据正被占用</translation>
    </message>
    <message>
        <source>The data file failed its check ({0}). It was moved aside, not deleted, as:
{1}</source>
        <translation>数据文件没有通过检查（{0}）。它已被移到一旁（没有删除），现在的文件名是：
{1}</translation>
    </message>
    <message>
        <source>No good backup was found. Please contact technical support.</source>
        <translation>没有找到可用的备份。请联系技术支持。</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken {0} ({1})?</source>
        <translation>要恢复最新的可用备份吗？备份时间 {0}（{1}）</translation>
    </message>
    <message>
        <source>Damaged data</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>没有恢复任何数据。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Cases received by category ({0})</source>
        <translation>按类别收案（共{0}件）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认有效</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Status of those cases today</source>
        <translation>这些案件目前的状态</translation>
    </message>
    <message>
        <source>No cases received in this period</source>
        <translation>本期没有收案</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月度工作报告(&amp;M)…</translation>
    </message>
    <message>
        <source>The month&apos;s report for the town, as PDF or Excel</source>
        <translation>报送镇（街道）的月度工作报告，PDF 或 Excel</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>收案数</translation>
    </message>
    <message>
        <source>Mediation success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>Amount agreed (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>履行付款（元）</translation>
    </message>
    <message>
        <source>Median days from registration to agreement</source>
        <translation>收案至达成协议天数（中位数）</translation>
    </message>
    <message>
        <source>Median days from agreement to ruling</source>
        <translation>达成协议至法院裁定天数（中位数）</translation>
    </message>
    <message>
        <source>Confirmations: confirmed / refused</source>
        <translation>司法确认：确认有效 / 驳回</translation>
    </message>
    <message>
        <source>Parties aged 60 or over</source>
        <translation>60周岁以上当事人占比</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Month {0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <source>Quarter {0}</source>
        <translation>第{0}季度</translation>
    </message>
    <message>
        <source>{0} agreements reached, {1} mediations failed in the period</source>
        <translation>本期达成协议{0}件，调解不成{1}件</translation>
    </message>
    <message>
        <source>{0} (in {1} agreements)</source>
        <translation>{0}（{1}份协议）</translation>
    </message>
    <message>
        <source>{0} (in {1} payments)</source>
        <translation>{0}（{1}笔付款）</translation>
    </message>
    <message>
        <source>Over {0} cases</source>
        <translation>按{0}件案件计算</translation>
    </message>
    <message>
        <source>{0} filings submitted; confirmation rate {1}</source>
        <translation>提交申请{0}份；确认成功率{1}</translation>
    </message>
    <message>
        <source>{0} of {1} persons whose birth date is known ({2} persons in all)</source>
        <translation>已知出生日期的{1}人中有{0}人（共{2}名自然人）</translation>
    </message>
</context>
<context>
    <name>StatusButton</name>
    <message>
        <source>Change &amp;status</source>
        <translation>改变状态(&amp;S)</translation>
    </message>
    <message>
        <source>The case is closed: its record is final.</source>
        <translation>案件已结案，记录不能再修改。</translation>
    </message>
    <message>
        <source>{0} is now “{1}”.</source>
        <translation>{0}已改为“{1}”。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the status of {0}</source>
        <translation>改变{0}的状态</translation>
    </message>
    <message>
        <source>Change {0} from “{1}” to “{2}”?</source>
        <translation>把{0}从“{1}”改为“{2}”？</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <source>&amp;Reason or remark (optional):</source>
        <translation>原因或说明(&amp;R)（可不填）：</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>改变状态(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Clause templates</source>
        <translation>条款模板</translation>
    </message>
    <message>
        <source>Placeholders filled in from the case: {申请人} {被申请人} {金额} {金额大写}.</source>
        <translation>插入时按案件自动填写：{申请人} {被申请人} {金额} {金额大写}。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Wording:</source>
        <translation>条款内容：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>纠纷类别：</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template &quot;{0}&quot;? Agreements already written keep their wording.</source>
        <translation>删除模板“{0}”吗？已经写好的协议不受影响。</translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <source>Main facts:</source>
        <translation>主要事实：</translation>
    </message>
    <message>
        <source>What happened, in plain words: who, when, what is owed or disputed.</source>
        <translation>用平实的话写清楚：谁、什么时候、欠什么或争什么。</translation>
    </message>
    <message>
        <source>Items in dispute:</source>
        <translation>争议事项：</translation>
    </message>
    <message>
        <source>What each side asks for.</source>
        <translation>各方的请求。</translation>
    </message>
    <message>
        <source>Responsibility:</source>
        <translation>各方责任：</translation>
    </message>
    <message>
        <source>Each side&apos;s responsibility, as the parties accept it.</source>
        <translation>当事人认可的各方责任。</translation>
    </message>
    <message>
        <source>Agreed terms (in order)</source>
        <translation>协议内容（按顺序）</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>Way:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>e.g. bank transfer to each applicant</source>
        <translation>如：银行转账至每名申请人本人账户</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>履行期限至</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>On breach:</source>
        <translation>违约责任：</translation>
    </message>
    <message>
        <source>What happens if a side does not perform.</source>
        <translation>一方不履行时如何处理。</translation>
    </message>
    <message>
        <source>Copies and signing</source>
        <translation>份数和签署</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>签署地点：</translation>
    </message>
    <message>
        <source>Signed electronically on the court&apos;s platform</source>
        <translation>在法院平台上电子签名</translation>
    </message>
    <message>
        <source>The last date of the payment plan</source>
        <translation>分期付款计划的最后一期日期</translation>
    </message>
    <message>
        <source>At least {0}: one for each of the {1} parties and one for the committee.</source>
        <translation>至少{0}份：{1}名当事人各执一份，调解委员会留存一份。</translation>
    </message>
</context>
<context>
    <name>TomorrowList</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Joins from</source>
        <translation>参加地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>需协助</translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation>（无电话）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Phone these {0} people today about tomorrow&apos;s hearings; {1} need help to join.</source>
        <translation>今天请给这{0}人打电话通知明天的安排；其中{1}人需要协助参加。</translation>
    </message>
    <message>
        <source>No hearing tomorrow: nobody to phone.</source>
        <translation>明天没有开庭/调解，不用打电话。</translation>
    </message>
</context>
<context>
    <name>WarningPanel</name>
    <message>
        <source>&lt;b&gt;The agreement cannot be signed until these are fixed (marked ✖):&lt;/b&gt;</source>
        <translation>&lt;b&gt;以下问题（标✖）修改前，协议不能签署：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please check before signing or printing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;签署或打印前请核对：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The agreement cannot be signed until those marked ✖ are fixed; check those marked • as well:&lt;/b&gt;</source>
        <translation>&lt;b&gt;标✖的问题修改前，协议不能签署；标•的几点也请核对：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>去处理…</translation>
    </message>
    <message>
        <source>Please check the agreement</source>
        <translation>请核对协议</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>本周(&amp;W)</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>下一周(&amp;X) ▶</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} 至 {1}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to MicroCourt Assistant</source>
        <translation>欢迎使用微法庭助手</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;This program helps you, the liaison, register parties, arrange video mediation with the court, print agreements and prepare judicial-confirmation filings.&lt;/p&gt;&lt;p&gt;First, please fill in this micro-court&apos;s particulars. You can change them later under Settings. Or load the demo data to look around first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎！&lt;/h3&gt;&lt;p&gt;这个程序帮助联络员登记当事人、和法院安排视频调解、打印调解协议，并准备司法确认申请材料。&lt;/p&gt;&lt;p&gt;请先填写本微法庭的基本信息，以后可以在“设置”里修改。也可以先载入示范数据，看看怎么用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>保存并开始(&amp;S)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>载入示范数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>The demo data is not available in this version.</source>
        <translation>这个版本没有示范数据。</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>正在载入示范数据</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>示范数据已载入。</translation>
    </message>
</context>
<context>
    <name>WindowLabel</name>
    <message>
        <source>No signed agreement yet: the 30 days to apply for judicial confirmation start when the last party, the mediator and the committee have signed.</source>
        <translation>尚无已签署的调解协议：各方当事人、调解员签名并加盖调解委员会印章后，开始计算三十日的司法确认申请期限。</translation>
    </message>
    <message>
        <source>Agreement in force since {0}. The 30 days to apply ended on {1}, {2} days ago.</source>
        <translation>调解协议自{0}生效。三十日申请期限已于{1}届满，已超过{2}天。</translation>
    </message>
    <message>
        <source>Agreement in force since {0}. Today ({1}) is the last day to apply.</source>
        <translation>调解协议自{0}生效。今天（{1}）是申请的最后一天。</translation>
    </message>
    <message>
        <source>Agreement in force since {0}. Apply by {1}: {2} days left.</source>
        <translation>调解协议自{0}生效。请在{1}前申请，还剩{2}天。</translation>
    </message>
    <message>
        <source>The holiday calendar does not have the State Council&apos;s holidays for {0} yet: the last day is counted as {1}. If that day is a public holiday, the period ends on the first working day after it; check the State Council&apos;s notice and update the app.</source>
        <translation>节假日日历尚未收录国务院公布的{0}年放假安排：最后一日暂按{1}计算。该日如是法定节假日，期间顺延至其后第一个工作日；请对照国务院的通知核对，并更新本软件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The thirtieth day, {0}, falls on the {1}: the period ends on the first working day after it (Civil Procedure Law art. 85).</source>
        <translation>第三十日{0}逢{1}，期间顺延至其后第一个工作日（民事诉讼法第八十五条）。</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Hearings today</source>
        <translation>今天的庭审</translation>
    </message>
    <message>
        <source>No hearings today.</source>
        <translation>今天没有庭审。</translation>
    </message>
    <message>
        <source>Hearings tomorrow</source>
        <translation>明天的庭审</translation>
    </message>
    <message>
        <source>No hearings tomorrow.</source>
        <translation>明天没有庭审。</translation>
    </message>
    <message>
        <source>Confirmation windows closing within {0} days</source>
        <translation>{0}天内届满的司法确认申请期限</translation>
    </message>
    <message>
        <source>No confirmation window closes within {0} days.</source>
        <translation>没有{0}天内届满的司法确认申请期限。</translation>
    </message>
    <message>
        <source>Confirmation windows missed</source>
        <translation>已错过的司法确认申请期限</translation>
    </message>
    <message>
        <source>No confirmation window has been missed.</source>
        <translation>没有错过司法确认申请期限的案件。</translation>
    </message>
    <message>
        <source>Overdue installments</source>
        <translation>逾期的分期付款</translation>
    </message>
    <message>
        <source>No installment is overdue.</source>
        <translation>没有逾期的分期付款。</translation>
    </message>
    <message>
        <source>Draft agreements unsigned for over {0} days</source>
        <translation>超过{0}天未签署的协议草稿</translation>
    </message>
    <message>
        <source>No draft agreement has waited over {0} days.</source>
        <translation>没有超过{0}天未签署的协议草稿。</translation>
    </message>
    <message>
        <source>Filings returned for correction</source>
        <translation>退回补正的司法确认申请</translation>
    </message>
    <message>
        <source>No filing has been returned for correction.</source>
        <translation>没有被退回补正的司法确认申请。</translation>
    </message>
    <message>
        <source>Mass disputes ({0} or more claimants)</source>
        <translation>群体性纠纷（{0}人及以上）</translation>
    </message>
    <message>
        <source>No mass dispute.</source>
        <translation>没有群体性纠纷。</translation>
    </message>
    <message>
        <source>Parties in {0} or more disputes within 12 months</source>
        <translation>12个月内卷入{0}件及以上纠纷的当事人</translation>
    </message>
    <message>
        <source>No party has had {0} disputes within 12 months.</source>
        <translation>没有当事人在12个月内卷入{0}件及以上纠纷。</translation>
    </message>
    <message>
        <source>Overdue after judicial confirmation</source>
        <translation>司法确认后逾期未履行</translation>
    </message>
    <message>
        <source>No confirmed agreement is overdue.</source>
        <translation>没有经司法确认后逾期未履行的协议。</translation>
    </message>
    <message>
        <source>Cases idle for over {0} days</source>
        <translation>超过{0}天无进展的案件</translation>
    </message>
    <message>
        <source>No case has been idle for over {0} days.</source>
        <translation>没有超过{0}天无进展的案件。</translation>
    </message>
    <message>
        <source>[{0}] {1}</source>
        <translation>【{0}】{1}</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Enforcement application…</source>
        <translation>强制执行申请书(&amp;E)…</translation>
    </message>
    <message>
        <source>The application for enforcement (强制执行申请书) of the chosen confirmed agreement</source>
        <translation>为选中的已确认协议生成强制执行申请书</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>矛盾风险预警</translation>
    </message>
    <message>
        <source>Today is {0}, {1}</source>
        <translation>今天是{0}，{1}</translation>
    </message>
    <message>
        <source>{0} things to do, {1} early warnings.</source>
        <translation>待办{0}项，风险预警{1}条。</translation>
    </message>
    <message>
        <source>Enforcement application {0}</source>
        <translation>强制执行申请书 {0}</translation>
    </message>
</context>
</TS>
