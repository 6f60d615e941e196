<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message>
        <source>MicroCourt Assistant</source>
        <translation>微法庭助手</translation>
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
    <name>Pages</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>Larger &amp;fonts for tired eyes</source>
        <translation>放大字体，看得更清楚(&amp;F)</translation>
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
</TS>
