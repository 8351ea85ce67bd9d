<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="30"/>
        <source>About {name}</source>
        <translation>关于 {name}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="31"/>
        <source>Runs the NEAR Youth Painting Contest: the regions&apos; batches, the blind jury, the awards, the certificates and the touring exhibitions.</source>
        <translation>用于运营 NEAR 青少年绘画大赛：各地区的作品批次、匿名评审、奖项、证书和巡回展览。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="35"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="36"/>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="37"/>
        <source>Images: {folder}</source>
        <translation>图片：{folder}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="38"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}，PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../contest_app/gui/app.py" line="43"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="43"/>
        <source>Awards</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Tier</source>
        <translation>奖级</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="47"/>
        <source>Awarded</source>
        <translation>已授予</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Code</source>
        <translation>匿名编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>Title</source>
        <translation>作品名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="56"/>
        <source>Award tiers</source>
        <translation>奖级</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="57"/>
        <source>Awarded works</source>
        <translation>获奖作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="58"/>
        <source>No awards yet. They are proposed from the jury&apos;s scores once a round is complete.</source>
        <translation>尚无奖项。每轮评审结束后，将根据评委评分提出获奖建议。</translation>
    </message>
</context>
<context>
    <name>BatchReportsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="34"/>
        <source>Files for the regions</source>
        <translation>发给各地区的文件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="49"/>
        <source>Problem report of a batch</source>
        <translation>批次问题报告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="54"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="58"/>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="59"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="73"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="64"/>
        <source>Blank entry template</source>
        <translation>空白报名表模板</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="69"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="72"/>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="78"/>
        <source>Reports and templates are written in the region&apos;s language unless you choose another.</source>
        <translation>除非另选语言，报告和模板将使用该地区的语言生成。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="116"/>
        <source>Save the problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="117"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="133"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="132"/>
        <source>Save the entry template</source>
        <translation>保存报名表模板</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="28"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Serial</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="32"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="33"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Issued</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Reissue</source>
        <translation>补发</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="37"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>尚未颁发证书。获奖证书依据最终结果颁发；其他所有合格学生均获得参赛证书。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="47"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ContestSettingsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="130"/>
        <source>New contest</source>
        <translation>新建大赛</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="132"/>
        <source>Contest settings</source>
        <translation>大赛设置</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="134"/>
        <source>Edition:</source>
        <translation>届次：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="135"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="136"/>
        <source>Submission deadline:</source>
        <translation>提交截止日期：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="137"/>
        <source>Ages counted on:</source>
        <translation>年龄计算基准日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="138"/>
        <source>Youngest age:</source>
        <translation>最小年龄：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="139"/>
        <source>Oldest age:</source>
        <translation>最大年龄：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="140"/>
        <source>Reason for the change:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="145"/>
        <source>Count ages on the submission deadline</source>
        <translation>按提交截止日期计算年龄</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="147"/>
        <source>Kept in the audit log (optional)</source>
        <translation>将记入审计日志（选填）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="148"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="149"/>
        <source>Title and theme</source>
        <translation>标题和主题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="150"/>
        <source>Award tiers</source>
        <translation>奖级</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="151"/>
        <source>Criteria</source>
        <translation>评审标准</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="152"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="153"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="155"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="158"/>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="156"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="159"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="157"/>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="160"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="161"/>
        <source>Lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="162"/>
        <source>Highest score</source>
        <translation>最高分</translation>
    </message>
</context>
<context>
    <name>EditTable</name>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="39"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="40"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="41"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="42"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="148"/>
        <source>Entries</source>
        <translation>参赛作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>Code</source>
        <translation>匿名编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Title</source>
        <translation>作品名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="151"/>
        <source>Search names, titles, codes…</source>
        <translation>搜索姓名、作品名称、编号…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Country / region</source>
        <translation>国家 / 地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Eligible</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="64"/>
        <source>Works per country</source>
        <translation>各国作品数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="68"/>
        <source>Works per region: {country}</source>
        <translation>各地区作品数：{country}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="155"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="156"/>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="159"/>
        <source>Import batch…</source>
        <translation>批量导入…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="160"/>
        <source>Reports…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="161"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="162"/>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="163"/>
        <source>No works in this contest yet. Import each region&apos;s batch with “Import batch…”; to try the app, run “contest-app demo”.</source>
        <translation>本届大赛尚无作品。请通过“批量导入…”导入各地区的作品批次；如需试用本软件，请运行“contest-app demo”。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="199"/>
        <source>All countries</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="201"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="204"/>
        <source>Any problems or none</source>
        <translation>不限问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="205"/>
        <source>With problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="206"/>
        <source>Without problems</source>
        <translation>无问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="218"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="48"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="234"/>
        <source>{shown} of {total} works shown</source>
        <translation>显示 {shown} / {total} 件作品</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="65"/>
        <source>Student (sheet row {row})</source>
        <translation>学生（表格第 {row} 行）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="66"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Latin script:</source>
        <translation>拉丁字母拼写：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Born:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Grade:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="69"/>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="73"/>
        <source>Suggested by the app; saving confirms it.</source>
        <translation>由软件建议；保存即确认。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="77"/>
        <source>Guardian&apos;s consent to take part</source>
        <translation>监护人同意参赛</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="78"/>
        <source>Consent to publish name and image</source>
        <translation>同意公开姓名和图像</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title:</source>
        <translation>作品名称：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title (English):</source>
        <translation>作品名称（英文）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Medium:</source>
        <translation>画材：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Width (cm):</source>
        <translation>宽（cm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Height (cm):</source>
        <translation>高（cm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="173"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="177"/>
        <source>Reason for this status (needed to disqualify)</source>
        <translation>此状态的原因（取消资格时必填）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="178"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="180"/>
        <source>Reason for the change (kept in the audit log)</source>
        <translation>修改原因（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="181"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="182"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="183"/>
        <source>Choose a work to see it here.</source>
        <translation>选择一件作品即可在此查看。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="222"/>
        <source>{file}: {format}, {width}×{height} px</source>
        <translation>{file}：{format}，{width}×{height} 像素</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../contest_app/gui/errors.py" line="22"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>在您编辑期间，其他人已保存了此记录。请重新加载后再修改一次；未覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="25"/>
        <source>The database could not be reached or refused the change. Check the connection and try again; nothing was saved.</source>
        <translation>无法连接数据库，或数据库拒绝了此更改。请检查连接后重试；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="28"/>
        <source>A file could not be read or written: {detail}</source>
        <translation>无法读取或写入文件：{detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="31"/>
        <source>Something unexpected went wrong ({kind}). Nothing was saved. The details are in the log file.</source>
        <translation>发生意外错误（{kind}）。未保存任何内容。详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="36"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
</context>
<context>
    <name>ExhibitionsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="29"/>
        <source>Exhibitions</source>
        <translation>展览</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>Tour</source>
        <translation>巡展</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="34"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="37"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>尚无巡回展览。巡展在一个或多个场地展出往届获奖作品。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="18"/>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="19"/>
        <source>This database holds no contest yet.</source>
        <translation>此数据库中尚无大赛。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="20"/>
        <source>Create the first edition now, or open a demo contest shaped like the 12th edition (2024) to explore the app. The demo lives in a database of its own.</source>
        <translation>现在创建第一届大赛，或打开仿照第 12 届（2024 年）的演示大赛来了解本软件。演示数据保存在单独的数据库中。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="23"/>
        <source>Create a contest…</source>
        <translation>创建大赛…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="25"/>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="26"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="57"/>
        <source>Building the demo contest…</source>
        <translation>正在生成演示大赛…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="100"/>
        <source>Import a region&apos;s batch</source>
        <translation>导入地区作品批次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="102"/>
        <source>Batch (folder or .zip):</source>
        <translation>批次（文件夹或 .zip）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Sheet encoding:</source>
        <translation>表格编码：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="106"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Zip file…</source>
        <translation>ZIP 文件…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Read and check the batch</source>
        <translation>读取并检查批次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Save problem report…</source>
        <translation>保存问题报告…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="114"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="143"/>
        <source>Choose the batch folder</source>
        <translation>选择批次文件夹</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="149"/>
        <source>Choose the batch .zip</source>
        <translation>选择批次 .zip 文件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="172"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>请选择一个存在的批次文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="176"/>
        <source>Choose the region that sent it.</source>
        <translation>请选择报送该批次的地区。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="193"/>
        <source>Reading the batch and its images…</source>
        <translation>正在读取批次及其图片…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="199"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>点击“导入”之前不会写入任何内容；点击“取消”则数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="203"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>作品 {works} 件（新增 {new}，更新 {updated}，未变 {unchanged}，拒收 {refused}），学生 {students} 名；错误 {errors} 个，警告 {warnings} 个。表格编码：{encoding}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="212"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>该批次目前无法导入：请查看未标明行号的问题。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="231"/>
        <source>Writing the batch…</source>
        <translation>正在写入批次…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="239"/>
        <source>Save the problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="240"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="29"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="30"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="31"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="32"/>
        <source>refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Title</source>
        <translation>作品名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="91"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="92"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Latin script</source>
        <translation>拉丁字母拼写</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="87"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="90"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="93"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="95"/>
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="96"/>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="97"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>程序未能识别的列将作为备注保存。为某列选择其内容对应的字段，即可按该字段读取；随后将重新读取批次。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>(suggested)</source>
        <translation>（建议）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="135"/>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="137"/>
        <source>Every problem</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="177"/>
        <source>Keep as a note</source>
        <translation>作为备注保存</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="44"/>
        <source>Jury</source>
        <translation>评审</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Affiliation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Conflicts</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Scores given</source>
        <translation>已评分数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Assignments</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="57"/>
        <source>Jurors</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="58"/>
        <source>Rounds</source>
        <translation>评审轮次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="59"/>
        <source>No jurors yet. Jurors are added once the works have been checked.</source>
        <translation>尚无评委。作品审核完成后再添加评委。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="61"/>
        <source>No rounds yet. A preliminary round over all eligible works comes first.</source>
        <translation>尚无评审轮次。首先对所有合格作品进行初评。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../contest_app/gui/labels.py" line="8"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="9"/>
        <source>Associate member</source>
        <translation>准会员</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="10"/>
        <source>Special member</source>
        <translation>特别会员</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="11"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="12"/>
        <source>Non-member</source>
        <translation>非会员</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="13"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="14"/>
        <source>Eligible</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="15"/>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="16"/>
        <source>Preliminary round</source>
        <translation>初评</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="17"/>
        <source>Final round</source>
        <translation>终评</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="18"/>
        <source>Boundary round</source>
        <translation>补充评审</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="19"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="21"/>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <source>Provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="24"/>
        <source>Award certificate</source>
        <translation>获奖证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="25"/>
        <source>Participation certificate</source>
        <translation>参赛证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="26"/>
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="27"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="28"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="131"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR 青少年绘画大赛</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="132"/>
        <source>Contest:</source>
        <translation>大赛：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="136"/>
        <source>&amp;New contest…</source>
        <translation>新建大赛(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="137"/>
        <source>Contest &amp;settings…</source>
        <translation>大赛设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="138"/>
        <source>&amp;Regions…</source>
        <translation>地区(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="139"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="143"/>
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="175"/>
        <source>No contest yet</source>
        <translation>暂无大赛</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../contest_app/messages.py" line="20"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="21"/>
        <source>There is no contest with id {id}.</source>
        <translation>不存在 ID 为 {id} 的大赛。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="22"/>
        <source>There is no region with code {code}.</source>
        <translation>不存在代码为 {code} 的地区。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="23"/>
        <source>There is no country with code {code}.</source>
        <translation>不存在代码为 {code} 的国家。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="24"/>
        <source>Edition {edition} exists already. Choose another edition number.</source>
        <translation>第 {edition} 届已存在。请选择其他届次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="26"/>
        <source>The edition number must be 1 or more.</source>
        <translation>届次必须大于或等于 1。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="27"/>
        <source>The year {value} is not a plausible year.</source>
        <translation>{value} 不是有效的年份。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="28"/>
        <source>The age range {min_age}-{max_age} is not valid: the minimum must not exceed the maximum.</source>
        <translation>年龄范围 {min_age}-{max_age} 无效：最小年龄不得大于最大年龄。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="31"/>
        <source>A quota cannot be negative.</source>
        <translation>名额不能为负数。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="32"/>
        <source>Each award tier must appear once, and there must be at least one.</source>
        <translation>每个奖级只能出现一次，且至少要有一个。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="34"/>
        <source>Cannot read the tier &quot;{value}&quot;: write tiers as key=quota, for example grand=1,excellence=10.</source>
        <translation>无法识别奖级“{value}”：请按“标识=名额”的格式填写，例如 grand=1,excellence=10。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="37"/>
        <source>The criterion &quot;{key}&quot; needs a positive weight and a scale whose minimum is below its maximum.</source>
        <translation>评审标准“{key}”需要正数权重，且评分范围的最小值须小于最大值。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="40"/>
        <source>Cannot read &quot;{value}&quot;: write LANG=TEXT with LANG one of en, ko, zh, ja, ru, mn.</source>
        <translation>无法识别“{value}”：请按 LANG=TEXT 的格式填写，LANG 须为 en、ko、zh、ja、ru、mn 之一。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="43"/>
        <source>Cannot read the date &quot;{value}&quot;: write it as YYYY-MM-DD.</source>
        <translation>无法识别日期“{value}”：请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="45"/>
        <source>The region code &quot;{code}&quot; is not valid: use the country code, a hyphen and letters or digits, for example KR-47 or KR-POHANG.</source>
        <translation>地区代码“{code}”无效：请使用国家代码、连字符加字母或数字，例如 KR-47 或 KR-POHANG。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="48"/>
        <source>The region code &quot;{code}&quot; must start with its country code {country}.</source>
        <translation>地区代码“{code}”必须以其国家代码 {country} 开头。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="50"/>
        <source>Another region already has the code {code}.</source>
        <translation>代码 {code} 已被其他地区使用。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="52"/>
        <source>The region needs an English name.</source>
        <translation>请填写地区的英文名称。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="53"/>
        <source>&quot;{membership}&quot; is not a membership kind.</source>
        <translation>“{membership}”不是有效的会员类型。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="55"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>在您编辑期间，其他人已保存了此记录。请重新加载后再修改一次；未覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="58"/>
        <source>The work {id} no longer exists.</source>
        <translation>作品 {id} 已不存在。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="59"/>
        <source>The student {id} no longer exists.</source>
        <translation>学生 {id} 已不存在。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="60"/>
        <source>&quot;{field}&quot; cannot be edited here.</source>
        <translation>此处无法编辑“{field}”。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="61"/>
        <source>&quot;{value}&quot; is not a status of a work.</source>
        <translation>“{value}”不是有效的作品状态。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="62"/>
        <source>Give a reason: it is kept in the audit log and can be sent to the region.</source>
        <translation>请填写原因：原因将记入审计日志，并可发送给相关地区。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="64"/>
        <source>This database was written by a newer version of the app (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>此数据库由更高版本的软件写入（架构 {revision}）。请安装新版本后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="67"/>
        <source>This database was not made by this app (it holds tables such as {tables}). Choose another database; nothing was changed.</source>
        <translation>此数据库并非由本软件创建（其中包含 {tables} 等表）。请选择其他数据库；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="70"/>
        <source>This database needs an upgrade to the current schema.</source>
        <translation>此数据库需要升级到当前架构。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="72"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>无法打开数据库 {url}：{detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="75"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} 单元格为空，但该项为必填。请填写后重新发送表格。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="78"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>截至 {reference_date}，该学生 {age} 岁；本大赛面向 {min} 至 {max} 岁的学生。请核对出生日期：如无误，该作品不能参赛。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="81"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>{name} 没有监护人同意记录。作品予以保留，但在收到同意书之前不能参加评审：请索取同意书并标记为“是”。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="84"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>无法从“{value}”判断是或否。如监护人已同意请填写“是”，否则填写“否”；在此之前视为未取得同意。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="87"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>批次中没有图片文件“{value}”。请添加该文件，或更正表格中的文件名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="90"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>无法打开图片“{value}”：文件已损坏、不完整，或不是 JPEG、PNG、TIFF、WebP 或 HEIC 文件。请重新发送该文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="93"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>图片“{value}”过大，无法安全打开。请发送不超过 1 亿像素的作品照片或扫描件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="96"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>作品 {entry_no} 的各行不一致：本行的 {column} 为“{value}”，第 {first_row} 行为“{first_value}”。同一作品的各行须填写相同的标题和图片。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>该学生已在第 {first_row} 行登记为此作品的作者。重复的行已被忽略；请从表格中删除。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>图片“{value}”与作品 {other_entry_no}（{other_region}，第 {other_edition} 届）是同一文件。每件作品须有各自的图片，往届作品不得再次参赛。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>图片“{value}”与作品 {other_entry_no}（{other_region}，第 {other_edition} 届）的图片非常相似。请确认这是两件不同的作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>“{value}”不是以厘米为单位的尺寸。请填写数字，例如 54.5；该尺寸暂留空。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="113"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>未提供 {name} 的拉丁字母拼写，已建议使用“{value}”。请核对，如有需要请更正。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="116"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>“{value}”不是本届大赛的奖级。请填写其中一个奖级的名称，或将单元格留空。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="119"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>作品 {value} 在数据库中，但不在本批次中。该作品已保留；如该地区已撤回，请手动撤销。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="122"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>表格中没有 {column} 列。请添加该列，或指定哪一列包含该内容（--map HEADER={column}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="125"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>程序无法识别“{value}”列；其中的值已随各作品一并保存。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="128"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>在解决整张表格的问题之前，无法导入此批次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="131"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>此次导入已完成或已放弃。请重新检查批次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="133"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>检查批次后，该地区的作品发生了变化。请重新检查批次后再导入。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="24"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Membership</source>
        <translation>会员类型</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="97"/>
        <source>Active</source>
        <translation>参与</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="100"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="102"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="104"/>
        <source>Membership:</source>
        <translation>会员类型：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="105"/>
        <source>e.g. KR-47, or KR-POHANG</source>
        <translation>例如 KR-47 或 KR-POHANG</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="106"/>
        <source>Takes part (shown in lists)</source>
        <translation>参与（显示在列表中）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="107"/>
        <source>Reason (kept in the audit log)</source>
        <translation>原因（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="108"/>
        <source>New region</source>
        <translation>新建地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="109"/>
        <source>Save region</source>
        <translation>保存地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="136"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ScoringWindow</name>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="170"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>评分 — {juror}，{round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="173"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name}（{low:g}–{high:g}）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="175"/>
        <source>Comment (optional)</source>
        <translation>评语（选填）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="176"/>
        <source>Flag for discussion (F)</source>
        <translation>标记待讨论 (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="177"/>
        <source>Favourite (S)</source>
        <translation>心仪作品 (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="178"/>
        <source>I cannot judge this work</source>
        <translation>我无法评审此作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="179"/>
        <source>Pass line:</source>
        <translation>合格线：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="180"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>按键：1–9 和 0（=10）为当前标准评分；↑↓ 选择标准；Enter 或 → 下一件作品，← 上一件；C 比较；F 标记；S 心仪作品；Backspace 清除；+/− 缩放。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="187"/>
        <source>All my works</source>
        <translation>我负责的全部作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourites</source>
        <translation>心仪作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="257"/>
        <source>Work {n} of {total}</source>
        <translation>第 {n} 件，共 {total} 件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="260"/>
        <source>No works in this view.</source>
        <translation>此视图中没有作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="321"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} 超出评分范围 {low:g}–{high:g}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="369"/>
        <source>Weighted score: {score}</source>
        <translation>加权得分：{score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="377"/>
        <source>{done} of {total} scored</source>
        <translation>已评 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="386"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>已评分的 {scored} 件作品中，有 {passed} 件（{share:.0f}%）达到或超过合格线。</translation>
    </message>
</context>
</TS>
