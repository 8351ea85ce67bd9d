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
    <name>AddWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="95"/>
        <source>Every edition</source>
        <translation>全部届次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="97"/>
        <source>Every award</source>
        <translation>全部奖项</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="99"/>
        <source>Every country</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="101"/>
        <source>Every region</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="118"/>
        <source>Add awarded works</source>
        <translation>添加获奖作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="119"/>
        <source>Title, name or region</source>
        <translation>作品名称、姓名或地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="120"/>
        <source>Tick all shown</source>
        <translation>勾选所有显示的作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="121"/>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="126"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="178"/>
        <source>{shown} works shown, {ticked} ticked</source>
        <translation>显示 {shown} 件作品，已勾选 {ticked} 件</translation>
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
    <name>AwardDecisionDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="91"/>
        <source>Change the tier of {code}</source>
        <translation>更改 {code} 的奖级</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="93"/>
        <source>The committee&apos;s decision overrides the ranking. The reason is kept in the audit log with your name and the time.</source>
        <translation>委员会的决定优先于排名。原因将连同您的姓名和时间记入审计日志。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="96"/>
        <source>New tier:</source>
        <translation>新奖级：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="97"/>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="130"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="98"/>
        <source>No award</source>
        <translation>未获奖</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="132"/>
        <source>Disqualify {code}</source>
        <translation>取消 {code} 的资格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="134"/>
        <source>Work {code} will be disqualified. If it holds an award, the award is withdrawn and the next works move up one place in every tier below, so that each tier keeps its quota.</source>
        <translation>作品 {code} 将被取消资格。如该作品已获奖，奖项将被撤销，其下各奖级的后续作品依次递补一位，使每个奖级保持名额。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="139"/>
        <source>Finalise the results</source>
        <translation>确定最终结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="140"/>
        <source>The results become final and are locked: any later change needs an unlock with a reason.</source>
        <translation>结果将成为最终结果并被锁定：之后如需更改，须说明原因并解锁。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="142"/>
        <source>Some tiers do not hold their quota: say why.</source>
        <translation>部分奖级未达到名额：请说明原因。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="146"/>
        <source>Unlock the final results</source>
        <translation>解锁最终结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="147"/>
        <source>The results become provisional again and can be changed. The reason is kept in the audit log.</source>
        <translation>结果将重新变为暂定结果，可以更改。原因将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="144"/>
        <source>Awards</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Tier</source>
        <translation>奖级</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Code</source>
        <translation>匿名编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <source>Title</source>
        <translation>作品名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Jurors</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="151"/>
        <source>Abstained</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Tier line</source>
        <translation>奖级分界</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Moved by</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="156"/>
        <source>Combine scores by:</source>
        <translation>计分方法：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="159"/>
        <source>At most per country:</source>
        <translation>每国上限：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="160"/>
        <source>e.g. grand=1, excellence=3</source>
        <translation>例如 grand=1, excellence=3</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="161"/>
        <source>At least one finalist per region</source>
        <translation>每个地区至少一件获奖作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="162"/>
        <source>Propose awards</source>
        <translation>提出获奖建议</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="163"/>
        <source>Change tier…</source>
        <translation>更改奖级…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="164"/>
        <source>Disqualify…</source>
        <translation>取消资格…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="165"/>
        <source>Approve as provisional</source>
        <translation>批准为暂定结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="166"/>
        <source>Finalise and lock…</source>
        <translation>确定并锁定…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="167"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="168"/>
        <source>Results (.xlsx)…</source>
        <translation>结果（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="169"/>
        <source>Report (PDF)…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="170"/>
        <source>Lists per region (.xlsx)…</source>
        <translation>各地区名单（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="171"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="172"/>
        <source>Jury statistics</source>
        <translation>评审统计</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="173"/>
        <source>Tier lines and constraints</source>
        <translation>奖级分界与限制条件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="174"/>
        <source>Method sensitivity</source>
        <translation>计分方法敏感性</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="175"/>
        <source>Decisions</source>
        <translation>决定记录</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="211"/>
        <source>Open a contest to see its results.</source>
        <translation>请打开大赛以查看其结果。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="228"/>
        <source>Ranked by {method}, the method of the saved proposal.</source>
        <translation>按已保存建议所用的方法（{method}）排名。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="231"/>
        <source>Preview ranked by {method}: nothing is saved until you propose the awards.</source>
        <translation>按{method}排名的预览：提出获奖建议之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="236"/>
        <source>No scores yet: the ranking appears once jurors have scored works.</source>
        <translation>尚无评分：评委为作品评分后将显示排名。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="336"/>
        <source>Open a boundary round over {count} works at the {tier} line? Assign its jurors on the Jury page; once it is closed its scores order these works.</source>
        <translation>是否对处于{tier}分界处的 {count} 件作品开启补充评审？请在“评审”页面为其分配评委；该轮结束后，将按其评分确定这些作品的顺序。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="340"/>
        <source>Boundary round</source>
        <translation>补充评审</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="345"/>
        <source>Works too close to call at the {tier} line</source>
        <translation>在{tier}分界处难分高下的作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="364"/>
        <source>The committee has decided on {count} awards. A new proposal replaces those decisions (the audit log keeps them). Continue?</source>
        <translation>委员会已就 {count} 个奖项作出决定。新的建议将替换这些决定（审计日志会保留记录）。是否继续？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="368"/>
        <source>Replace decisions?</source>
        <translation>替换这些决定？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="379"/>
        <source>Proposing the awards…</source>
        <translation>正在提出获奖建议…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="153"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="41"/>
        <source>Saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="43"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="49"/>
        <source>Save the ranked results</source>
        <translation>保存排名结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="51"/>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="67"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="57"/>
        <source>Save the results report</source>
        <translation>保存结果报告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="59"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="65"/>
        <source>Save the award lists per region</source>
        <translation>保存各地区获奖名单</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="25"/>
        <source>Mean (raw)</source>
        <translation>平均分（原始分）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="26"/>
        <source>Trimmed mean</source>
        <translation>截尾平均分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="27"/>
        <source>Z-scores per juror</source>
        <translation>各评委 Z 分数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="28"/>
        <source>Ranks per juror</source>
        <translation>各评委名次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="31"/>
        <source>Country limit</source>
        <translation>国家上限</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="32"/>
        <source>Pushed down</source>
        <translation>下调</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="33"/>
        <source>Moved up</source>
        <translation>上调</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="34"/>
        <source>Region&apos;s place</source>
        <translation>地区名额</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="35"/>
        <source>Made room for a region</source>
        <translation>为地区名额让位</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="38"/>
        <source>Preview: nothing saved yet</source>
        <translation>预览：尚未保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="39"/>
        <source>Proposed, not yet approved</source>
        <translation>已提出，尚未批准</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="40"/>
        <source>Provisional results</source>
        <translation>暂定结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="41"/>
        <source>Final results (locked)</source>
        <translation>最终结果（已锁定）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="44"/>
        <source>Proposal saved</source>
        <translation>建议已保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="45"/>
        <source>Approved as provisional</source>
        <translation>批准为暂定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="46"/>
        <source>Tier changed</source>
        <translation>奖级已更改</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="47"/>
        <source>Disqualified</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="48"/>
        <source>Moved up after a disqualification</source>
        <translation>因取消资格而递补</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="49"/>
        <source>Finalised and locked</source>
        <translation>已确定并锁定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="50"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="51"/>
        <source>Boundary round opened</source>
        <translation>已开启补充评审</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="62"/>
        <source>No award</source>
        <translation>未获奖</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="71"/>
        <source>tie at the {tier} line</source>
        <translation>{tier}分界处同分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="72"/>
        <source>close to the {tier} line</source>
        <translation>接近{tier}分界</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="79"/>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Line under</source>
        <translation>下限线</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Tie</source>
        <translation>同分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Gap</source>
        <translation>分差</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Works too close to call</source>
        <translation>难分高下的作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="149"/>
        <source>A boundary round would hold</source>
        <translation>补充评审将包括</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="153"/>
        <source>By the ranking</source>
        <translation>按排名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="154"/>
        <source>After constraints</source>
        <translation>按限制条件调整后</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="155"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="158"/>
        <source>Tier lines</source>
        <translation>奖级分界</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="159"/>
        <source>Works moved by a constraint</source>
        <translation>因限制条件调整的作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="160"/>
        <source>Open a boundary round over these works…</source>
        <translation>对这些作品开启补充评审…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="161"/>
        <source>No constraint moved any work.</source>
        <translation>没有作品因限制条件而调整。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="170"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="171"/>
        <source>settled by a boundary round</source>
        <translation>已由补充评审确定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="216"/>
        <source>Works whose tier would change if the scores were combined by another method (same quotas and constraints). The cell shows the tier and the rank.</source>
        <translation>若改用其他方法计分，奖级会发生变化的作品（名额和限制条件相同）。单元格中显示奖级和名次。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="219"/>
        <source>Every method gives every work the same tier.</source>
        <translation>无论采用哪种方法，所有作品的奖级都相同。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="254"/>
        <source>No award decision has been made yet.</source>
        <translation>尚未作出任何获奖决定。</translation>
    </message>
</context>
<context>
    <name>AwardsStats</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="24"/>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="25"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="26"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="27"/>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="28"/>
        <source>not enough scores</source>
        <translation>评分不足</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Juror</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <source>Scored</source>
        <translation>已评</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Abstained</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Spread (SD)</source>
        <translation>离散度（SD）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Leniency</source>
        <translation>宽松度</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="93"/>
        <source>Works compared</source>
        <translation>比较作品数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Others&apos; mean</source>
        <translation>其他评委平均分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="98"/>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="101"/>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="102"/>
        <source>Jurors</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="103"/>
        <source>Agreement of the panel</source>
        <translation>评审团一致性</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="104"/>
        <source>Scores far from the other jurors&apos;</source>
        <translation>与其他评委差异较大的评分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="105"/>
        <source>Leniency: how many points a juror gave above (red) or below (blue) the other jurors on the same works.</source>
        <translation>宽松度：评委对相同作品的评分比其他评委高（红色）或低（蓝色）多少分。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="157"/>
        <source>No scores in this round yet.</source>
        <translation>本轮尚无评分。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="162"/>
        <source>Single jurors agree {word}: ICC(1,1) = {icc} over {works} works scored by {raters} jurors on average.</source>
        <translation>单个评委之间的一致性{word}：ICC(1,1) = {icc}，共 {works} 件作品，平均每件由 {raters} 位评委评分。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="166"/>
        <source>Reliability of a work&apos;s mean: ICC(1,k) = {icc}.</source>
        <translation>作品平均分的信度：ICC(1,k) = {icc}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="169"/>
        <source>Kendall&apos;s W = {w} over the {works} works all {jurors} jurors scored (1: the same order).</source>
        <translation>肯德尔 W = {w}，基于全部 {jurors} 位评委都评过分的 {works} 件作品（1 表示排序完全相同）。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="174"/>
        <source>Kendall&apos;s W needs at least 3 works scored by every juror.</source>
        <translation>计算肯德尔 W 至少需要 3 件由全部评委评分的作品。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="39"/>
        <source>Back up the database and images</source>
        <translation>备份数据库和图片</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="41"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="134"/>
        <source>Backup (*.zip)</source>
        <translation>备份 (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>The database and its images are saved in {path}. Keep a copy away from this computer.</source>
        <translation>数据库及其图片已保存到 {path}。请在这台电脑以外的地方另存一份副本。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="55"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="104"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="105"/>
        <source>Restoring replaces the whole database and every image with the backup&apos;s. What is there now is backed up automatically first. Automatic backups are taken before each import, round close, award finalisation and migration:</source>
        <translation>恢复会用备份中的内容替换整个数据库和所有图片。现有数据会先自动备份。每次导入、结束评审轮次、确定获奖结果和迁移之前都会自动备份：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="109"/>
        <source>Backup file…</source>
        <translation>备份文件…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="110"/>
        <source>Backup folder…</source>
        <translation>备份文件夹…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="111"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="133"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="140"/>
        <source>Choose a backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Replace all current data and images with the backup {name}? A copy of the current data is kept.</source>
        <translation>用备份 {name} 替换当前所有数据和图片吗？当前数据会保留一份副本。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>The backup is restored ({rows} records, {images} image files). The data it replaced is kept in {kept}.</source>
        <translation>备份已恢复（{rows} 条记录，{images} 个图片文件）。被替换的数据保存在 {kept}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="178"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
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
    <name>CataloguePanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="111"/>
        <source>English only</source>
        <translation>仅英语</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="113"/>
        <source>English and {language}</source>
        <translation>英语和{language}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="115"/>
        <source>3 mm bleed and crop marks</source>
        <translation>3 毫米出血和裁切线</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="116"/>
        <source>Show them without the names</source>
        <translation>收录但不印姓名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="117"/>
        <source>Leave them out</source>
        <translation>不收录</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="119"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="120"/>
        <source>Page size:</source>
        <translation>页面尺寸：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="121"/>
        <source>For the print shop:</source>
        <translation>供印刷厂：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="122"/>
        <source>Works without publication consent:</source>
        <translation>未同意公开的作品：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="123"/>
        <source>Cover picture:</source>
        <translation>封面图片：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="125"/>
        <source>Texts…</source>
        <translation>文字…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="126"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="127"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="128"/>
        <source>Export catalogue…</source>
        <translation>导出图录…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="129"/>
        <source>Before printing:</source>
        <translation>印刷前须知：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="151"/>
        <source>Highest award of the newest edition</source>
        <translation>最新一届的最高奖</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="197"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="257"/>
        <source>Checking the catalogue…</source>
        <translation>正在检查图录…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="203"/>
        <source>{pages} pages, {works} works</source>
        <translation>{pages} 页，作品 {works} 件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="207"/>
        <source>{count} pictures are smaller than 300 dpi needs at their printed size; ask the regions for better photographs or scans:</source>
        <translation>有 {count} 张图片按印刷尺寸达不到 300 dpi；请向相关地区索取质量更好的照片或扫描件：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="213"/>
        <source>Cover: the picture prints at {dpi} dpi</source>
        <translation>封面：图片的印刷分辨率为 {dpi} dpi</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="217"/>
        <source>No. {number}: the original prints at {dpi} dpi; {wanted} pixels wide would give 300 dpi</source>
        <translation>{number} 号：原图的印刷分辨率为 {dpi} dpi；宽度达到 {wanted} 像素即可达到 300 dpi</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="222"/>
        <source>No. {number}: no original image</source>
        <translation>{number} 号：无原图</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="225"/>
        <source>Left out, no consent: {numbers}</source>
        <translation>未同意，不收录：{numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="228"/>
        <source>Names left off, no consent: {numbers}</source>
        <translation>未同意，不印姓名：{numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="240"/>
        <source>Making the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="252"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="267"/>
        <source>Export catalogue</source>
        <translation>导出图录</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="268"/>
        <source>{count} pictures are too small for 300 dpi or missing (see the list). Export anyway?</source>
        <translation>有 {count} 张图片达不到 300 dpi 或缺失（见列表）。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="276"/>
        <source>Exporting the catalogue…</source>
        <translation>正在导出图录…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="282"/>
        <source>Catalogue exported</source>
        <translation>图录已导出</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="283"/>
        <source>{pages} pages, {size} MB: {path}</source>
        <translation>{pages} 页，{size} MB：{path}</translation>
    </message>
</context>
<context>
    <name>CataloguePreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="75"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="76"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="79"/>
        <source>Press Preview to see the pages here.</source>
        <translation>点击“预览”即可在此查看页面。</translation>
    </message>
</context>
<context>
    <name>CatalogueTextsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="71"/>
        <source>Catalogue texts</source>
        <translation>图录文字</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="72"/>
        <source>The catalogue prints English and the language you choose when exporting. Leave the title empty for the standard one; a blank line in the foreword starts a new paragraph.</source>
        <translation>图录以英语和导出时所选的语言印刷。标题留空则使用标准标题；前言中的空行表示新段落。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="77"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="78"/>
        <source>Theme or subtitle:</source>
        <translation>主题或副标题：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="79"/>
        <source>Foreword:</source>
        <translation>前言：</translation>
    </message>
</context>
<context>
    <name>CertificateGenerateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="89"/>
        <source>Generate certificates</source>
        <translation>生成证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="91"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="92"/>
        <source>Regions:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="93"/>
        <source>Certificates:</source>
        <translation>证书类型：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="94"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="95"/>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="99"/>
        <source>All regions, one file each</source>
        <translation>全部地区（每个地区一个文件）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="103"/>
        <source>Award and participation</source>
        <translation>获奖证书和参赛证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="104"/>
        <source>Award certificates only</source>
        <translation>仅获奖证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="105"/>
        <source>Participation certificates only</source>
        <translation>仅参赛证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="107"/>
        <source>Thank-you letters to teachers</source>
        <translation>致教师的感谢信</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="109"/>
        <source>The student&apos;s language and English</source>
        <translation>学生的语言和英语</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="112"/>
        <source>One combined PDF</source>
        <translation>合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="113"/>
        <source>Print a thumbnail of the painting</source>
        <translation>打印作品缩略图</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="115"/>
        <source>A cover sheet for each region</source>
        <translation>每个地区附一张封面页</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="117"/>
        <source>Include provisional awards (for proofs)</source>
        <translation>包括暂定奖项（用于校样）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="119"/>
        <source>For pre-printed stock: only the names and details, shifted by the printer&apos;s calibration</source>
        <translation>用于预印纸张套打：只打印姓名和详细信息，并按打印机校准值偏移</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="130"/>
        <source>Folder for the certificates</source>
        <translation>证书保存文件夹</translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="77"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="182"/>
        <source>Print certificates</source>
        <translation>打印证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="183"/>
        <source>Open PDF…</source>
        <translation>打开 PDF…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="184"/>
        <source>Pre-printed stock</source>
        <translation>预印纸张</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="185"/>
        <source>Apply the printer&apos;s calibration</source>
        <translation>应用打印机校准</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="188"/>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="189"/>
        <source>Offset right (mm):</source>
        <translation>向右偏移（mm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="190"/>
        <source>Offset down (mm):</source>
        <translation>向下偏移（mm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="191"/>
        <source>Scale:</source>
        <translation>缩放比例：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="193"/>
        <source>Save calibration</source>
        <translation>保存校准</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="194"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="242"/>
        <source>Calibration page</source>
        <translation>校准页</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="195"/>
        <source>Shows a page with a millimetre grid and crosshairs: print it on plain paper, measure where the crosshairs land, enter the offsets.</source>
        <translation>显示带毫米网格和十字线的页面：用普通纸打印，测量十字线的实际位置，再输入偏移量。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="198"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="199"/>
        <source>Save PDF as…</source>
        <translation>PDF 另存为…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="200"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="221"/>
        <source>{file}: {pages} pages</source>
        <translation>{file}：共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="224"/>
        <source>No PDF open.</source>
        <translation>未打开 PDF。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="228"/>
        <source>Open certificates</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="230"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="302"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="300"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="313"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="314"/>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="16"/>
        <source>Wordmark</source>
        <translation>文字标识</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="17"/>
        <source>Organisation</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="18"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="19"/>
        <source>Edition</source>
        <translation>届次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="20"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="21"/>
        <source>Award tier</source>
        <translation>奖级</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="23"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="24"/>
        <source>Region and country</source>
        <translation>地区和国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="25"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="26"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="87"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="27"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="28"/>
        <source>Signatory 1: name</source>
        <translation>签署人 1：姓名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="29"/>
        <source>Signatory 1: title</source>
        <translation>签署人 1：职务</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="30"/>
        <source>Signatory 2: name</source>
        <translation>签署人 2：姓名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="31"/>
        <source>Signatory 2: title</source>
        <translation>签署人 2：职务</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="32"/>
        <source>Verification code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="33"/>
        <source>Serial</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="34"/>
        <source>Reissue note</source>
        <translation>补发说明</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="35"/>
        <source>Background image</source>
        <translation>背景图片</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="36"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="37"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="38"/>
        <source>Signature 1</source>
        <translation>签名 1</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="39"/>
        <source>Signature 2</source>
        <translation>签名 2</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="40"/>
        <source>Painting thumbnail</source>
        <translation>作品缩略图</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="41"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="86"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>X mm</source>
        <translation>X（mm）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="140"/>
        <source>Y mm</source>
        <translation>Y（mm）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="140"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="142"/>
        <source>English size</source>
        <translation>英文字号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="144"/>
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="145"/>
        <source>On stock</source>
        <translation>套打</translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="190"/>
        <source>Certificate templates</source>
        <translation>证书模板</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="192"/>
        <source>Award certificate (every tier)</source>
        <translation>获奖证书（所有奖级）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="193"/>
        <source>Award certificate: {tier}</source>
        <translation>获奖证书：{tier}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="195"/>
        <source>Participation certificate</source>
        <translation>参赛证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="197"/>
        <source>Thank-you letter to a teacher</source>
        <translation>致教师的感谢信</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="201"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="202"/>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="203"/>
        <source>Border:</source>
        <translation>边框：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="204"/>
        <source>Accent colour:</source>
        <translation>强调色：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="207"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="208"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="210"/>
        <source>Thin double rule</source>
        <translation>细双线</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="211"/>
        <source>None (pre-printed stock or a background image)</source>
        <translation>无（预印纸张或背景图片）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="213"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="214"/>
        <source>Texts</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="215"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="216"/>
        <source>Positions</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="218"/>
        <source>Placeholders: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. A language with an empty text prints nothing in that place.</source>
        <translation>占位符：{name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}。某种语言的文字为空时，该位置不打印任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="224"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="225"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="226"/>
        <source>A second signature</source>
        <translation>第二个签名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="230"/>
        <source>As on stock</source>
        <translation>按套打效果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="231"/>
        <source>Reset to built-in</source>
        <translation>恢复为内置模板</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="232"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="233"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="288"/>
        <source>saved for this contest</source>
        <translation>已为本届大赛保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="289"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="294"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="335"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="383"/>
        <source>Reset</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="384"/>
        <source>Return this template to the built-in design? Your texts, images and positions for it are removed.</source>
        <translation>将此模板恢复为内置设计吗？您为其设置的文字、图片和位置将被删除。</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="103"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Serial</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="107"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="108"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="109"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="110"/>
        <source>Issued</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>Reissue</source>
        <translation>补发</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="114"/>
        <source>Generate…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="115"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="267"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="116"/>
        <source>Template editor…</source>
        <translation>模板编辑器…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="117"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="118"/>
        <source>Reprint one…</source>
        <translation>补打一份…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="119"/>
        <source>Export register…</source>
        <translation>导出证书登记簿…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="120"/>
        <source>Verification list…</source>
        <translation>核验清单…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="121"/>
        <source>Pre-flight</source>
        <translation>印前检查</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="124"/>
        <source>Shows the selected certificate, or one student of each language as the certificates would print now.</source>
        <translation>显示所选证书；如未选择，则按当前打印效果为每种语言显示一名学生的证书。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="127"/>
        <source>Prints the selected certificate again with the same serial; the register marks it as a reissue.</source>
        <translation>以相同编号重新打印所选证书；登记簿中将其标记为补发。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="130"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>尚未颁发证书。获奖证书依据最终结果颁发；其他所有合格学生均获得参赛证书。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="141"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="212"/>
        <source>Generating certificates…</source>
        <translation>正在生成证书…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="227"/>
        <source>{total} certificates in {files} files ({new} new serials).</source>
        <translation>共 {total} 份证书，{files} 个文件（新编号 {new} 个）。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="233"/>
        <source>Certificates ready</source>
        <translation>证书已生成</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="236"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="256"/>
        <source>No student would receive a certificate yet: no work is eligible.</source>
        <translation>目前没有学生可获得证书：尚无合格作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="272"/>
        <source>Certificate preview</source>
        <translation>证书预览</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="287"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="306"/>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="288"/>
        <source>Why is {serial} printed again? (kept in the audit log)</source>
        <translation>为何重新打印 {serial}？（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="293"/>
        <source>Save the reprint</source>
        <translation>保存补打文件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="295"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="307"/>
        <source>Saved {file}. Print it now?</source>
        <translation>已保存 {file}。现在打印吗？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="320"/>
        <source>Export the register</source>
        <translation>导出证书登记簿</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="322"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="331"/>
        <source>{count} certificates written to {file}.</source>
        <translation>已将 {count} 份证书写入 {file}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="337"/>
        <source>Save the verification page</source>
        <translation>保存核验页面</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="339"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="348"/>
        <source>{file} can check {count} codes offline; it shows initials, never full names.</source>
        <translation>{file} 可离线核验 {count} 个核验码；仅显示姓名首字母，从不显示全名。</translation>
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
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Code</source>
        <translation>匿名编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Title</source>
        <translation>作品名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
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
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="139"/>
        <source>Exhibitions</source>
        <translation>展览</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>Tour</source>
        <translation>巡展</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="166"/>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="144"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="165"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="147"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>尚无巡回展览。巡展在一个或多个场地展出往届获奖作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="150"/>
        <source>No works in this tour yet. Add awarded works of any edition; drag them into the order they hang in.</source>
        <translation>此巡展尚无作品。可添加任意一届的获奖作品，并拖动排成悬挂顺序。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="153"/>
        <source>New tour…</source>
        <translation>新建巡展…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="154"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="155"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="156"/>
        <source>Add works…</source>
        <translation>添加作品…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="157"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="158"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="159"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="162"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="163"/>
        <source>Condition notes…</source>
        <translation>品相记录…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="164"/>
        <source>Work list and originals…</source>
        <translation>作品清单和原图…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="167"/>
        <source>Catalogue</source>
        <translation>图录</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="217"/>
        <source>Choose or create a tour.</source>
        <translation>请选择或新建巡展。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="220"/>
        <source>{name}: {works} works, {venues} venues  {period}</source>
        <translation>{name}：作品 {works} 件，场地 {venues} 个  {period}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete tour</source>
        <translation>删除巡展</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete the tour &quot;{name}&quot; with its venues and work list? The works themselves stay.</source>
        <translation>删除巡展“{name}”及其场地和作品清单吗？作品本身将保留。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="310"/>
        <source>Condition notes</source>
        <translation>品相记录</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="311"/>
        <source>Condition of No. {number}:</source>
        <translation>{number} 号作品的品相：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="39"/>
        <source>Folder for the work list and originals</source>
        <translation>作品清单和原图的保存文件夹</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>Files written</source>
        <translation>文件已写入</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>{files} originals and the work list are in {folder}.</source>
        <translation>{files} 个原图文件和作品清单已保存到 {folder}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="48"/>
        <source>Copying the originals…</source>
        <translation>正在复制原图…</translation>
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
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="101"/>
        <source>Import a region&apos;s batch</source>
        <translation>导入地区作品批次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Batch (folder or .zip):</source>
        <translation>批次（文件夹或 .zip）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="105"/>
        <source>Sheet encoding:</source>
        <translation>表格编码：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Zip file…</source>
        <translation>ZIP 文件…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Read and check the batch</source>
        <translation>读取并检查批次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="111"/>
        <source>Save problem report…</source>
        <translation>保存问题报告…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="115"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="144"/>
        <source>Choose the batch folder</source>
        <translation>选择批次文件夹</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Choose the batch .zip</source>
        <translation>选择批次 .zip 文件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="151"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="173"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>请选择一个存在的批次文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="177"/>
        <source>Choose the region that sent it.</source>
        <translation>请选择报送该批次的地区。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="194"/>
        <source>Reading the batch and its images…</source>
        <translation>正在读取批次及其图片…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="200"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>点击“导入”之前不会写入任何内容；点击“取消”则数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="204"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>作品 {works} 件（新增 {new}，更新 {updated}，未变 {unchanged}，拒收 {refused}），学生 {students} 名；错误 {errors} 个，警告 {warnings} 个。表格编码：{encoding}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="213"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>该批次目前无法导入：请查看未标明行号的问题。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="233"/>
        <source>Writing the batch…</source>
        <translation>正在写入批次…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="241"/>
        <source>Save the problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="242"/>
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
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="98"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>程序未能识别的列将作为备注保存。为某列选择其内容对应的字段，即可按该字段读取；随后将重新读取批次。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="115"/>
        <source>(suggested)</source>
        <translation>（建议）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="136"/>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="138"/>
        <source>Every problem</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="178"/>
        <source>Keep as a note</source>
        <translation>作为备注保存</translation>
    </message>
</context>
<context>
    <name>JuryDialogs</name>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="49"/>
        <source>Add a juror</source>
        <translation>添加评委</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="56"/>
        <source>e.g. teaches at a school there</source>
        <translation>例如：在当地学校任教</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="64"/>
        <source>All of {country}</source>
        <translation>整个{country}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="137"/>
        <source>Name:</source>
        <translation>名字：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="76"/>
        <source>Affiliation:</source>
        <translation>所属单位：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="77"/>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="78"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="81"/>
        <source>Conflicts of interest: regions or countries this juror must not score</source>
        <translation>回避：该评委不得评审的地区或国家</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="120"/>
        <source>Open a round</source>
        <translation>开启评审轮次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="127"/>
        <source>every juror scores every work</source>
        <translation>每位评委评审全部作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="132"/>
        <source>codes, separated by commas</source>
        <translation>匿名编号，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="133"/>
        <source>Show titles to jurors (a title can give a region away)</source>
        <translation>向评委显示作品名称（名称可能暴露地区）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="136"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="138"/>
        <source>Jurors per work:</source>
        <translation>每件作品的评委人数：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="139"/>
        <source>Final round: the top</source>
        <translation>终评：前</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="140"/>
        <source>Boundary round: works</source>
        <translation>补充评审：作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="182"/>
        <source>Close the round</source>
        <translation>结束本轮评审</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="184"/>
        <source>Accept the gap: results use the scores there are</source>
        <translation>接受缺失：按现有评分计算结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="186"/>
        <source>The missing works were reassigned or go to another round</source>
        <translation>缺评作品已重新分配或转入其他轮次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="189"/>
        <source>Reason (kept in the audit log)</source>
        <translation>原因（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="194"/>
        <source>{missing} scores are still missing. Closing the round needs a decision.</source>
        <translation>仍缺少 {missing} 个评分。结束本轮前需要作出决定。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="201"/>
        <source>Every score is in.</source>
        <translation>所有评分均已提交。</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="104"/>
        <source>Jury</source>
        <translation>评审</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Juror</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Scored</source>
        <translation>已评</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <source>Missing</source>
        <translation>未评</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Done %</source>
        <translation>完成率（%）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="110"/>
        <source>Active</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Assignments</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="119"/>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="120"/>
        <source>Open a round…</source>
        <translation>开启轮次…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="121"/>
        <source>Close round…</source>
        <translation>结束轮次…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="122"/>
        <source>Import results…</source>
        <translation>导入结果…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="123"/>
        <source>Import paper scores…</source>
        <translation>导入纸质评分…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="126"/>
        <source>Add juror…</source>
        <translation>添加评委…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="127"/>
        <source>Score as this juror</source>
        <translation>以该评委身份评分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="128"/>
        <source>Offline package…</source>
        <translation>离线评审包…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="129"/>
        <source>Paper score sheet…</source>
        <translation>纸质评分表…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="130"/>
        <source>Juror drops out…</source>
        <translation>评委退出…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="131"/>
        <source>Scored, per cent of assigned works</source>
        <translation>已评作品占分配作品的百分比</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="132"/>
        <source>No jurors in this round yet. Add jurors, then open a round: its works are assigned to them at once.</source>
        <translation>本轮尚无评委。请先添加评委，再开启轮次：该轮作品会立即分配给他们。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="169"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="191"/>
        <source>Choose a juror in the table first.</source>
        <translation>请先在表格中选择一位评委。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="212"/>
        <source>{count} works could not get enough jurors without a conflict of interest.</source>
        <translation>有 {count} 件作品未能分配到足够的无需回避的评委。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="230"/>
        <source>Juror drops out</source>
        <translation>评委退出</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="231"/>
        <source>Why? Their works without a score go to other jurors.</source>
        <translation>原因是什么？其尚未评分的作品将转给其他评委。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="265"/>
        <source>Save the juror&apos;s package</source>
        <translation>保存评委评审包</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="266"/>
        <source>Juror packages (*.nearjury)</source>
        <translation>评委评审包 (*.nearjury)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="280"/>
        <source>Save the score sheet</source>
        <translation>保存评分表</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="281"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="294"/>
        <source>Import a juror&apos;s results</source>
        <translation>导入评委结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="295"/>
        <source>Juror results (*.nearresults)</source>
        <translation>评委结果 (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="305"/>
        <source>This results file was imported before; nothing changed.</source>
        <translation>此结果文件此前已导入；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="308"/>
        <source>{saved} scores imported, {unscored} works still unscored, {refused} refused.</source>
        <translation>已导入 {saved} 个评分，{unscored} 件作品尚未评分，拒收 {refused} 个。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="321"/>
        <source>Import typed-up paper scores</source>
        <translation>导入录入的纸质评分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="322"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="332"/>
        <source>{saved} scores imported, {refused} rows refused.</source>
        <translation>已导入 {saved} 个评分，拒收 {refused} 行。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="124"/>
        <source>Jurors</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="125"/>
        <source>Rounds</source>
        <translation>评审轮次</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="135"/>
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
        <location filename="../contest_app/gui/labels.py" line="33"/>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <location filename="../contest_app/gui/labels.py" line="34"/>
        <source>Provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <location filename="../contest_app/gui/labels.py" line="36"/>
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
    <message>
        <location filename="../contest_app/gui/labels.py" line="35"/>
        <source>Final</source>
        <translation>最终</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR 青少年绘画大赛</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>Contest:</source>
        <translation>大赛：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="146"/>
        <source>&amp;New contest…</source>
        <translation>新建大赛(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="147"/>
        <source>Contest &amp;settings…</source>
        <translation>大赛设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="148"/>
        <source>&amp;Regions…</source>
        <translation>地区(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="149"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="150"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="151"/>
        <source>Res&amp;tore…</source>
        <translation>恢复(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="152"/>
        <source>&amp;Privacy…</source>
        <translation>隐私(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="156"/>
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="188"/>
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
        <location filename="../contest_app/messages.py" line="76"/>
        <source>Cannot read &quot;{value}&quot; as a date. Write it as YYYY-MM-DD, for example 2010-05-03.</source>
        <translation>无法将“{value}”识别为日期。请按 YYYY-MM-DD 格式填写，例如 2010-05-03。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="79"/>
        <source>The date &quot;{value}&quot; does not exist or lies in the future. Check it and correct it.</source>
        <translation>日期“{value}”不存在或晚于今天。请核对并更正。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="82"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} 单元格为空，但该项为必填。请填写后重新发送表格。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="85"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>截至 {reference_date}，该学生 {age} 岁；本大赛面向 {min} 至 {max} 岁的学生。请核对出生日期：如无误，该作品不能参赛。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="88"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>{name} 没有监护人同意记录。作品予以保留，但在收到同意书之前不能参加评审：请索取同意书并标记为“是”。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="91"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>无法从“{value}”判断是或否。如监护人已同意请填写“是”，否则填写“否”；在此之前视为未取得同意。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="94"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>批次中没有图片文件“{value}”。请添加该文件，或更正表格中的文件名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="97"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>无法打开图片“{value}”：文件已损坏、不完整，或不是 JPEG、PNG、TIFF、WebP 或 HEIC 文件。请重新发送该文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>图片“{value}”过大，无法安全打开。请发送不超过 1 亿像素的作品照片或扫描件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>作品 {entry_no} 的各行不一致：本行的 {column} 为“{value}”，第 {first_row} 行为“{first_value}”。同一作品的各行须填写相同的标题和图片。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>该学生已在第 {first_row} 行登记为此作品的作者。重复的行已被忽略；请从表格中删除。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>图片“{value}”与作品 {other_entry_no}（{other_region}，第 {other_edition} 届）是同一文件。每件作品须有各自的图片，往届作品不得再次参赛。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="114"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>图片“{value}”与作品 {other_entry_no}（{other_region}，第 {other_edition} 届）的图片非常相似。请确认这是两件不同的作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="117"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>“{value}”不是以厘米为单位的尺寸。请填写数字，例如 54.5；该尺寸暂留空。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="120"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>未提供 {name} 的拉丁字母拼写，已建议使用“{value}”。请核对，如有需要请更正。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="123"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>“{value}”不是本届大赛的奖级。请填写其中一个奖级的名称，或将单元格留空。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="126"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>作品 {value} 在数据库中，但不在本批次中。该作品已保留；如该地区已撤回，请手动撤销。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="129"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>表格中没有 {column} 列。请添加该列，或指定哪一列包含该内容（--map HEADER={column}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="132"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>程序无法识别“{value}”列；其中的值已随各作品一并保存。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="135"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>在解决整张表格的问题之前，无法导入此批次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="138"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>此次导入已完成或已放弃。请重新检查批次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="140"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>检查批次后，该地区的作品发生了变化。请重新检查批次后再导入。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="144"/>
        <source>There is no juror &quot;{ref}&quot; in this contest. Give the juror&apos;s id or exact name.</source>
        <translation>本届大赛中没有评委“{ref}”。请提供该评委的 ID 或准确姓名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="147"/>
        <source>The juror needs a name.</source>
        <translation>请填写评委姓名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="148"/>
        <source>&quot;{name}&quot; cannot be a juror&apos;s name: a name made of digits would be read as an id.</source>
        <translation>“{name}”不能用作评委姓名：纯数字的名字会被识别为 ID。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="151"/>
        <source>This contest has a juror named {name} already. Add something to tell them apart, such as the affiliation.</source>
        <translation>本届大赛已有名为 {name} 的评委。请添加可区分二者的信息，例如所属单位。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="154"/>
        <source>{name} is no longer on the panel, so no works can be assigned to them.</source>
        <translation>{name} 已不在评审团中，因此无法为其分配作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="156"/>
        <source>There is no active juror to assign works to. Add jurors first.</source>
        <translation>没有可分配作品的在任评委。请先添加评委。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="158"/>
        <source>&quot;{value}&quot; is not one of the languages en, ko, zh, ja, ru, mn.</source>
        <translation>“{value}”不是 en、ko、zh、ja、ru、mn 中的任何一种语言。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="160"/>
        <source>&quot;{code}&quot; is neither a country code (such as KR) nor a region code (such as KR-47).</source>
        <translation>“{code}”既不是国家代码（如 KR），也不是地区代码（如 KR-47）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="163"/>
        <source>&quot;{value}&quot; is not a kind of conflict: use country or region.</source>
        <translation>“{value}”不是有效的回避类型：请使用 country 或 region。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="165"/>
        <source>There is no round {id} in this contest.</source>
        <translation>本届大赛中没有轮次 {id}。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="167"/>
        <source>This contest has no open round. Create one first.</source>
        <translation>本届大赛没有进行中的轮次。请先创建一个。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="169"/>
        <source>Round {round} is closed: its scores can no longer be entered or changed.</source>
        <translation>轮次 {round} 已结束：无法再录入或修改其评分。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="171"/>
        <source>&quot;{value}&quot; is not a kind of round: use preliminary, final or boundary.</source>
        <translation>“{value}”不是有效的轮次类型：请使用 preliminary、final 或 boundary。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="173"/>
        <source>A final round needs the number of works to take from the previous round (1 or more).</source>
        <translation>终评需要指定从上一轮选取的作品数量（1 或以上）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="176"/>
        <source>A final round takes the best works of an earlier round, but there is none yet.</source>
        <translation>终评从之前轮次中选取最佳作品，但目前尚无之前的轮次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="179"/>
        <source>Round {round} is still open. Close it before taking its best works into a final round.</source>
        <translation>轮次 {round} 仍在进行中。请先结束该轮，再将其最佳作品选入终评。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="182"/>
        <source>A boundary round needs the works it is to decide: give their codes.</source>
        <translation>补充评审需要指定待决定的作品：请提供其匿名编号。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="184"/>
        <source>This round would hold no works. A preliminary round takes the eligible works, and there are none yet.</source>
        <translation>此轮将不包含任何作品。初评针对合格作品，但目前尚无合格作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="187"/>
        <source>{value} jurors per work is not possible: give 1 or more.</source>
        <translation>每件作品 {value} 位评委不可行：请填写 1 或以上。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="189"/>
        <source>{missing} assigned scores are still missing in round {round}. Reassign the works, or accept the gap, to close it; the decision is kept in the audit log.</source>
        <translation>轮次 {round} 中仍缺少 {missing} 个已分配的评分。如需结束该轮，请重新分配作品或接受缺失；该决定将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="192"/>
        <source>&quot;{value}&quot; is not a decision: use accept_gap or reassigned.</source>
        <translation>“{value}”不是有效的决定：请使用 accept_gap 或 reassigned。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="194"/>
        <source>Work {code} has only {got} jurors: the others have a conflict with it.</source>
        <translation>作品 {code} 只有 {got} 位评委：其他评委需要回避。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="196"/>
        <source>&quot;{key}&quot; is not a criterion of this round.</source>
        <translation>“{key}”不是本轮的评审标准。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="198"/>
        <source>&quot;{value}&quot; is not a number. Write the {key} score as a number such as 7 or 7.5.</source>
        <translation>“{value}”不是数字。请将 {key} 的分数填写为数字，例如 7 或 7.5。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="201"/>
        <source>{value} is outside the scale of {key}: write a score from {min} to {max}.</source>
        <translation>{value} 超出 {key} 的评分范围：请填写 {min} 至 {max} 之间的分数。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="203"/>
        <source>The {column} score is empty while other scores of this work are filled in. Type the missing score, or clear the row if the work was not scored.</source>
        <translation>此作品的其他分数已填写，但 {column} 分数为空。请补填缺少的分数；如该作品未评分，请清空该行。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="206"/>
        <source>&quot;{value}&quot; is not a source of scores: use screen, package or paper.</source>
        <translation>“{value}”不是有效的评分来源：请使用 screen、package 或 paper。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="208"/>
        <source>Work {code} is not assigned to juror {juror} in this round, so the score cannot be taken.</source>
        <translation>本轮中作品 {code} 未分配给评委 {juror}，因此无法接收该评分。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="211"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest. Check the code on the sheet.</source>
        <translation>本届大赛中没有匿名编号为“{value}”的作品。请核对表格中的编号。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="214"/>
        <source>There is no juror &quot;{value}&quot; in this contest. Write the juror&apos;s id or exact name.</source>
        <translation>本届大赛中没有评委“{value}”。请填写该评委的 ID 或准确姓名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="217"/>
        <source>Work {value} is scored for the same juror again in row {rows}. Neither row was imported: keep the right one and import the sheet again.</source>
        <translation>作品 {value} 在第 {rows} 行中为同一评委重复评分。两行均未导入：请保留正确的一行后重新导入表格。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="220"/>
        <source>The sheet has no {column} column. Use the score sheet made for the juror: its first row names the columns code, juror, one per criterion and comment.</source>
        <translation>表格中没有 {column} 列。请使用为该评委生成的评分表：其第一行的列名为 code、juror、每项标准各一列以及 comment。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="223"/>
        <source>Cannot write &quot;{value}&quot;: a score sheet is a .xlsx or a .pdf file.</source>
        <translation>无法写入“{value}”：评分表须为 .xlsx 或 .pdf 文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="225"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest.</source>
        <translation>本届大赛中没有匿名编号为“{value}”的作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="228"/>
        <source>{juror} has no works to score in {round}. Assign works first, then export the package.</source>
        <translation>评委 {juror} 在{round}中没有需要评分的作品。请先分配作品，再导出评审包。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="231"/>
        <source>Work {code} has no preview image, so it cannot be put in a package. Re-import its image first.</source>
        <translation>作品 {code} 没有预览图，因此无法放入评审包。请先重新导入其图片。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="234"/>
        <source>&quot;{path}&quot; is not a juror package. Open the .nearjury file staff sent.</source>
        <translation>“{path}”不是评委评审包。请打开秘书处发送的 .nearjury 文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="236"/>
        <source>&quot;{path}&quot; was made by a newer version of the app (format {version}). Install the newer version to open it.</source>
        <translation>“{path}”由更高版本的软件生成（格式 {version}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="239"/>
        <source>The package &quot;{path}&quot; was changed after it was exported, so it cannot be trusted. Ask staff to send it again.</source>
        <translation>评审包“{path}”在导出后被修改过，因此不可信。请让秘书处重新发送。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="242"/>
        <source>The saved scores &quot;{path}&quot; were changed outside the app, so they cannot be trusted. Ask staff what to do; the file was left as it is.</source>
        <translation>已保存的评分“{path}”在软件之外被修改过，因此不可信。请向秘书处咨询处理办法；该文件保持原样。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="245"/>
        <source>Work {code} is not one of the works you were given.</source>
        <translation>作品 {code} 不在分配给您的作品之中。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="247"/>
        <source>&quot;{path}&quot; is not a results file of a juror package. Nothing was imported.</source>
        <translation>“{path}”不是评委评审包的结果文件。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="250"/>
        <source>The results &quot;{path}&quot; belong to a package this database never exported. Nothing was imported; check that you opened the right contest database.</source>
        <translation>结果“{path}”所属的评审包并非由此数据库导出。未导入任何内容；请确认打开的是正确的大赛数据库。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="253"/>
        <source>The results &quot;{path}&quot; were changed outside the app after the juror exported them. Nothing was imported; ask the juror to export them again.</source>
        <translation>结果“{path}”在评委导出后于软件之外被修改过。未导入任何内容；请让该评委重新导出。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="256"/>
        <source>The results &quot;{path}&quot; are older than results already imported from the same package. Nothing was imported, so the newer scores stay.</source>
        <translation>结果“{path}”比已从同一评审包导入的结果更旧。未导入任何内容，较新的评分保持不变。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="259"/>
        <source>Work {work} was not in this juror&apos;s package; its score was not imported.</source>
        <translation>作品 {work} 不在该评委的评审包中；其评分未导入。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="261"/>
        <source>The score for work {work} cannot be read; it was not imported.</source>
        <translation>无法读取作品 {work} 的评分；未导入。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="263"/>
        <source>The scoring screen is not part of this installation. Export the results with: contest-app juror --export-results PACKAGE OUT</source>
        <translation>此安装中不包含评分界面。请用以下命令导出结果：contest-app juror --export-results PACKAGE OUT</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="266"/>
        <source>Jurors can sign in to a shared database on PostgreSQL only, not on {backend}. Use offline packages instead.</source>
        <translation>评委只能登录 PostgreSQL 上的共享数据库，不能登录 {backend}。请改用离线评审包。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="269"/>
        <source>There is no open round with works for you to score.</source>
        <translation>没有包含待您评分作品的进行中轮次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="271"/>
        <source>Give the juror a password for signing in.</source>
        <translation>请为该评委设置登录密码。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="274"/>
        <source>&quot;{value}&quot; is not a method of combining scores. Choose one of {methods}.</source>
        <translation>“{value}”不是有效的计分方法。请从 {methods} 中选择。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="276"/>
        <source>Round {round} is still open: its scores may still change.</source>
        <translation>轮次 {round} 仍在进行中：其评分可能还会变化。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="278"/>
        <source>Boundary round {round} is still open; its scores count once it is closed.</source>
        <translation>补充评审 {round} 仍在进行中；结束后其评分才会计入。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="280"/>
        <source>{count} scores were set aside: the juror has a conflict of interest with the work&apos;s region or country.</source>
        <translation>已搁置 {count} 个评分：评委与作品所属地区或国家存在利益冲突。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="283"/>
        <source>{count} scores were set aside because not every criterion was scored.</source>
        <translation>因未对所有标准评分，已搁置 {count} 个评分。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="285"/>
        <source>{count} scores were set aside because the work was handed to another juror.</source>
        <translation>因作品已转给其他评委，已搁置 {count} 个评分。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="288"/>
        <source>{count} scored works are not eligible (or were disqualified) and are not ranked.</source>
        <translation>有 {count} 件已评分作品不合格（或已取消资格），不参与排名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="291"/>
        <source>No work has a usable score yet, so there is nothing to rank.</source>
        <translation>尚无作品获得可用的评分，因此无法排名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="293"/>
        <source>Cannot read &quot;{value}&quot;: write TIER=N with N at least 1, for example excellence=3.</source>
        <translation>无法识别“{value}”：请按 TIER=N 的格式填写，N 至少为 1，例如 excellence=3。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="296"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Its tiers are {tiers}.</source>
        <translation>“{value}”不是本届大赛的奖级。本届奖级为：{tiers}。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="298"/>
        <source>Region {region} could not get a work into the {tier} tier: no other region has a place to spare within the constraints.</source>
        <translation>地区 {region} 未能有作品进入{tier}：在限制条件范围内，没有其他地区可以让出名额。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="301"/>
        <source>There are not enough ranked works to fill every tier (places left: {tiers}).</source>
        <translation>已排名的作品不足以填满所有奖级（剩余名额：{tiers}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="304"/>
        <source>The results of edition {edition} are final and locked. Unlock them, with a reason, before changing them.</source>
        <translation>第 {edition} 届的结果已确定并锁定。如需更改，请先说明原因并解锁。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="307"/>
        <source>The results of edition {edition} are not locked.</source>
        <translation>第 {edition} 届的结果未锁定。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="309"/>
        <source>The committee has already decided on {count} awards. A new proposal would replace those decisions; confirm that you want to replace them.</source>
        <translation>委员会已就 {count} 个奖项作出决定。新的建议将替换这些决定；请确认是否要替换。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="312"/>
        <source>There are no awards yet. Propose the awards first.</source>
        <translation>尚无奖项。请先提出获奖建议。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="314"/>
        <source>There is no work with the code {code} in this contest.</source>
        <translation>本届大赛中没有匿名编号为 {code} 的作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="316"/>
        <source>Work {code} is disqualified and cannot receive an award.</source>
        <translation>作品 {code} 已被取消资格，不能获奖。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="318"/>
        <source>Some tiers do not hold their quota ({tiers}). Give a reason to finalise the results anyway.</source>
        <translation>部分奖级未达到名额（{tiers}）。如仍要确定结果，请说明原因。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="321"/>
        <source>A boundary round needs at least two works.</source>
        <translation>补充评审至少需要两件作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="323"/>
        <source>Say what to write: a results workbook (OUT.xlsx), --pdf OUT.pdf or --regions OUT.xlsx.</source>
        <translation>请指定要写入的内容：结果工作簿（OUT.xlsx）、--pdf OUT.pdf 或 --regions OUT.xlsx。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="327"/>
        <source>&quot;{value}&quot; is not a kind of certificate: use award, participation, teacher or all.</source>
        <translation>“{value}”不是有效的证书类型：请使用 award、participation、teacher 或 all。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="330"/>
        <source>The certificate template cannot be used ({value}): every field needs a width, a height and a font size above zero.</source>
        <translation>无法使用该证书模板（{value}）：每个字段的宽度、高度和字号都必须大于零。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="333"/>
        <source>The image &quot;{value}&quot; cannot be opened. Choose a PNG or JPEG file.</source>
        <translation>无法打开图片“{value}”。请选择 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="335"/>
        <source>There is no certificate with the serial {serial} in this contest.</source>
        <translation>本届大赛中没有编号为 {serial} 的证书。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="337"/>
        <source>The calibration ({dx} mm, {dy} mm, scale {scale}) is not plausible: offsets must be within 30 mm and the scale between 0.8 and 1.2.</source>
        <translation>校准值（{dx} mm，{dy} mm，缩放 {scale}）不合理：偏移量须在 30 mm 以内，缩放比例须在 0.8 至 1.2 之间。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="340"/>
        <source>{count} works have awards that are not final yet. Their students get no certificate until the awards are final (or until you allow provisional awards).</source>
        <translation>有 {count} 件作品的奖项尚未确定。在奖项确定之前（或在您允许使用暂定奖项之前），其学生不会获得证书。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="343"/>
        <source>{count} works have provisional awards; their award certificates were made as you allowed. Check them before they are sent.</source>
        <translation>有 {count} 件作品的奖项为暂定；已按您的许可生成其获奖证书。请在寄出前核对。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="346"/>
        <source>{count} awarded works are not eligible (disqualified or without consent) and got no certificate. Check the awards.</source>
        <translation>有 {count} 件获奖作品不合格（已取消资格或未取得同意），未生成证书。请核对奖项。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="349"/>
        <source>{count} students&apos; personal data has been removed, so they get no certificate.</source>
        <translation>有 {count} 名学生的个人数据已被删除，因此不会获得证书。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="352"/>
        <source>The {field} &quot;{text}&quot; has characters no font can print ({characters}); they would come out as empty boxes. Correct the text or add a font that has them.</source>
        <translation>{field}“{text}”中含有任何字体都无法打印的字符（{characters}），打印出来将是空白方框。请更正文字，或添加包含这些字符的字体。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="355"/>
        <source>The template&apos;s {field} image ({text}) is missing from the data folder. Choose the image again in the template editor.</source>
        <translation>模板的{field}图片（{text}）不在数据文件夹中。请在模板编辑器中重新选择该图片。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="358"/>
        <source>The painting&apos;s image for &quot;{text}&quot; is missing; the certificate prints without it.</source>
        <translation>“{text}”的作品图片缺失；证书将在不含该图片的情况下打印。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="361"/>
        <source>Your score could not be saved in {path}: the folder cannot be written to. Copy the package to a folder of your own (such as Documents) and open it there.</source>
        <translation>无法将您的评分保存到 {path}：该文件夹不可写入。请将评审包复制到您自己的文件夹（如“文档”）中，再从那里打开。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="365"/>
        <source>There is no tour with id {id}.</source>
        <translation>不存在 ID 为 {id} 的巡展。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="366"/>
        <source>This tour has no venue &quot;{id}&quot;. Give the venue&apos;s id or exact name.</source>
        <translation>此巡展中没有场地“{id}”。请提供场地的 ID 或准确名称。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="368"/>
        <source>The tour needs a name.</source>
        <translation>请填写巡展名称。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="369"/>
        <source>The venue needs a name.</source>
        <translation>请填写场地名称。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="370"/>
        <source>The period ends ({ends_on}) before it starts ({starts_on}). Check the dates.</source>
        <translation>结束日期（{ends_on}）早于开始日期（{starts_on}）。请核对日期。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="373"/>
        <source>Work {id} has no award, so it cannot tour. Tours show awarded works only.</source>
        <translation>作品 {id} 未获奖，因此不能参加巡展。巡展只展出获奖作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="376"/>
        <source>Work {id} is not part of this tour.</source>
        <translation>作品 {id} 不在此巡展中。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="378"/>
        <source>&quot;{value}&quot; is not a status of a touring work: use selected, packed, shipped, on_show or returned.</source>
        <translation>“{value}”不是有效的巡展作品状态：请使用 selected、packed、shipped、on_show 或 returned。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="381"/>
        <source>The tour &quot;{tour}&quot; has no works to print. Add works first, or show works without consent anonymised instead of leaving them out.</source>
        <translation>巡展“{tour}”没有可印刷的作品。请先添加作品，或将未同意公开的作品改为匿名收录，而不是不收录。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="384"/>
        <source>&quot;{value}&quot; is not a page size the catalogue offers: use A4 or B5.</source>
        <translation>“{value}”不是图录支持的页面尺寸：请使用 A4 或 B5。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="386"/>
        <source>Cannot use the label size &quot;{value}&quot;: write WIDTHxHEIGHT in millimetres, for example 100x70, from 50x30 up to 200x287.</source>
        <translation>无法使用展签尺寸“{value}”：请按 WIDTHxHEIGHT（毫米）格式填写，范围为 50x30 至 200x287，例如 100x70。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="389"/>
        <source>No works are shown at {venue} yet, so there are no labels to print. Choose the venue&apos;s works first.</source>
        <translation>{venue}尚无展出作品，因此没有可打印的展签。请先选择该场地的展出作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="393"/>
        <source>The batch {file} holds no sheet (.xlsx, .xls, .ods or .csv). Add the region&apos;s entry sheet and import the batch again.</source>
        <translation>批次 {file} 中没有表格（.xlsx、.xls、.ods 或 .csv）。请添加该地区的报名表后重新导入批次。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="396"/>
        <source>The batch {file} holds more than one sheet ({names}); it must hold exactly one. Remove the others and import it again.</source>
        <translation>批次 {file} 中有多个表格（{names}）；只能有一个。请删除其余表格后重新导入。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="399"/>
        <source>The sheet {file} cannot be read ({detail}). Open it in the office program, save it again as .xlsx and import that. Nothing was imported.</source>
        <translation>无法读取表格 {file}（{detail}）。请在办公软件中打开，另存为 .xlsx 后导入该文件。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="402"/>
        <source>The sheet {file} has no works: it is empty or has only a header row.</source>
        <translation>表格 {file} 中没有作品：表格为空或只有标题行。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="404"/>
        <source>The sheet {file} is larger than the app reads (limit {value}). Check that it is the right file, or split it. Nothing was imported.</source>
        <translation>表格 {file} 超出本软件可读取的大小（上限 {value}）。请确认文件是否正确，或将其拆分。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="407"/>
        <source>Row {row} of the sheet {file} has a cell longer than a spreadsheet can hold ({value} characters). The file was not typed in Excel or is damaged; nothing was imported.</source>
        <translation>表格 {file} 第 {row} 行中有一个单元格超出电子表格可容纳的长度（{value} 个字符）。该文件不是在 Excel 中录入的，或已损坏；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="411"/>
        <source>{file} is named as a {value} file but its content is something else ({detail}). Send the sheet itself, saved in the format its name says.</source>
        <translation>{file} 的文件名表明它是 {value} 文件，但其内容是其他格式（{detail}）。请发送按文件名所示格式保存的表格本身。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="414"/>
        <source>The text of {file} is in no code page the app knows (or mixes several). Save it as UTF-8 or as .xlsx and import it again.</source>
        <translation>{file} 的文本编码不是本软件能识别的代码页（或混用了多种编码）。请另存为 UTF-8 或 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="417"/>
        <source>The zip holds a file named &quot;{name}&quot; that would be written outside its folder (an absolute path, &quot;..&quot;, a link or a device name). Nothing was unpacked; ask the region to zip its folder again.</source>
        <translation>ZIP 文件中有名为“{name}”的文件，会被写到其文件夹之外（绝对路径、“..”、链接或设备名）。未解压任何内容；请让该地区重新压缩其文件夹。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="421"/>
        <source>The zip {file} is too large to unpack safely ({value}): too many files, too many bytes, or a compression ratio no real batch has (a zip bomb). Nothing was kept.</source>
        <translation>ZIP 文件 {file} 过大，无法安全解压（{value}）：文件过多、字节数过大，或压缩率远超任何真实批次（ZIP 炸弹）。未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="424"/>
        <source>The zip {file} cannot be opened ({detail}): it is damaged, encrypted or not a zip. Ask the region to send it again.</source>
        <translation>无法打开 ZIP 文件 {file}（{detail}）：文件已损坏、已加密或不是 ZIP 文件。请让该地区重新发送。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="427"/>
        <source>{file} is not a batch: choose a folder, a .zip, or a sheet (.xlsx, .xls, .ods or .csv).</source>
        <translation>{file} 不是批次：请选择文件夹、.zip 文件或表格（.xlsx、.xls、.ods 或 .csv）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="430"/>
        <source>{value} is not one of the batch&apos;s files.</source>
        <translation>{value} 不是该批次中的文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="431"/>
        <source>The sheet has no column for {field}. Use the template&apos;s headers, or say which column it is (--map HEADER={field}).</source>
        <translation>表格中没有对应 {field} 的列。请使用模板中的列标题，或指定对应的列（--map HEADER={field}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="434"/>
        <source>Two columns of the sheet mean {field} (one is &quot;{header}&quot;). Remove or rename one.</source>
        <translation>表格中有两列都对应 {field}（其中一列为“{header}”）。请删除或重命名其中一列。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="437"/>
        <source>Cannot use the column mapping &quot;{value}&quot;: write HEADER=field with a field the app knows.</source>
        <translation>无法使用列映射“{value}”：请按 HEADER=field 的格式填写，field 须为本软件可识别的字段。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="441"/>
        <source>The backup could not be written ({detail}). Nothing else was done: free some disk space or check the backup folder, then try again.</source>
        <translation>无法写入备份（{detail}）。未执行其他任何操作：请释放磁盘空间或检查备份文件夹，然后重试。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="444"/>
        <source>{path} exists already. Choose a new file or folder name for the backup.</source>
        <translation>{path} 已存在。请为备份选择新的文件名或文件夹名。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="446"/>
        <source>A database held only in memory cannot be backed up or restored.</source>
        <translation>仅存在于内存中的数据库无法备份或恢复。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="448"/>
        <source>{file} is not a backup of this app, or it is damaged ({detail}). Nothing was changed.</source>
        <translation>{file} 不是本软件的备份，或已损坏（{detail}）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="451"/>
        <source>The backup {file} was written by a newer version of the app (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>备份 {file} 由更高版本的软件写入（架构 {revision}）。请安装该版本后再恢复；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="454"/>
        <source>The database is in use by another window or program ({detail}). Close it and restore again; nothing was changed.</source>
        <translation>数据库正被其他窗口或程序使用（{detail}）。请将其关闭后重新恢复；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="458"/>
        <source>The retention period must be a whole number of days from 0 to {max}, not {value}.</source>
        <translation>保留期限必须是 0 至 {max} 之间的整数天数，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="461"/>
        <source>No retention period is set. Set one first (privacy retention --days N), or give --days.</source>
        <translation>尚未设置保留期限。请先设置（privacy retention --days N），或指定 --days。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="464"/>
        <source>This contest&apos;s deadline ({deadline}) is within the retention period of {days} days: its personal data may be removed from {due} on.</source>
        <translation>本届大赛的截止日期（{deadline}）仍在 {days} 天的保留期限内：其个人数据可从 {due} 起删除。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="68"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="69"/>
        <source>Page width</source>
        <translation>页宽</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="70"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message numerus="yes">
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="133"/>
        <source>Pages: %n</source>
        <translation>
            <numerusform>页数：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="56"/>
        <source>Pre-flight check</source>
        <translation>印前检查</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="59"/>
        <source>Every text can be printed with the embedded fonts, and every image of the templates is there.</source>
        <translation>所有文字都能用嵌入字体打印，模板中的图片也都齐全。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="62"/>
        <source>{count} texts have characters that no font can print; they would come out as empty boxes. Correct them first.</source>
        <translation>有 {count} 处文字包含任何字体都无法打印的字符，打印出来将是空白方框。请先更正。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="66"/>
        <source>Nothing would print as boxes; some certificates will lack the painting&apos;s thumbnail.</source>
        <translation>不会打印出空白方框；但部分证书将缺少作品缩略图。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="69"/>
        <source>Generate anyway?</source>
        <translation>仍要生成吗？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="71"/>
        <source>Generate anyway</source>
        <translation>仍然生成</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="76"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="104"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="105"/>
        <source>Retention of personal data</source>
        <translation>个人数据保留</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="106"/>
        <source>Keep non-winners&apos; data for (days):</source>
        <translation>未获奖者数据保留（天）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="107"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="108"/>
        <source>Remove non-winners&apos; personal data</source>
        <translation>删除未获奖者的个人数据</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="109"/>
        <source>Preview (changes nothing)</source>
        <translation>预览（不做任何更改）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="110"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="111"/>
        <source>Everything held about one student</source>
        <translation>某一学生的全部数据</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="112"/>
        <source>Name of the student</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="113"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="134"/>
        <source>Not set yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="135"/>
        <source>Saved: {days} days</source>
        <translation>已保存：{days} 天</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="168"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove the names, birth dates and schools of {students} students and the images of {works} works for good? Counts, titles and scores stay.</source>
        <translation>永久删除 {students} 名学生的姓名、出生日期和学校，以及 {works} 件作品的图片吗？统计数字、作品名称和评分将保留。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="185"/>
        <source>Removed: {students} students&apos; personal data, {files} image files.</source>
        <translation>已删除：{students} 名学生的个人数据，{files} 个图片文件。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="190"/>
        <source>Removing personal data…</source>
        <translation>正在删除个人数据…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="195"/>
        <source>Choose a contest first.</source>
        <translation>请先选择大赛。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="197"/>
        <source>Students none of whose works won an award lose their names, birth dates and schools, and their works&apos; images are deleted, once the contest&apos;s deadline is older than the retention period. Preview first.</source>
        <translation>自大赛提交截止日期起超过保留期限后，没有任何作品获奖的学生，其姓名、出生日期和学校以及作品图片将被删除。请先预览。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="202"/>
        <source>{students} students and the images of {works} works ({files} files) would be removed; {kept} students with an award are kept, {done} were removed before.</source>
        <translation>将删除 {students} 名学生的数据以及 {works} 件作品的图片（{files} 个文件）；保留 {kept} 名获奖学生，另有 {done} 名此前已删除。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="237"/>
        <source>Folder for the export</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Export written</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Everything held about the student is in {folder}. It holds personal data: hand it over securely.</source>
        <translation>该学生的全部数据已保存到 {folder}。其中包含个人数据：请以安全的方式移交。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="253"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
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
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="183"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>评分 — {juror}，{round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="186"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name}（{low:g}–{high:g}）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Comment (optional)</source>
        <translation>评语（选填）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flag for discussion (F)</source>
        <translation>标记待讨论 (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourite (S)</source>
        <translation>心仪作品 (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="191"/>
        <source>I cannot judge this work</source>
        <translation>我无法评审此作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="192"/>
        <source>Pass line:</source>
        <translation>合格线：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="193"/>
        <source>Export results for the secretariat…</source>
        <translation>导出结果交秘书处…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="195"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>按键：1–9 和 0（=10）为当前标准评分；↑↓ 选择标准；Enter 或 → 下一件作品，← 上一件；C 比较；F 标记；S 心仪作品；Backspace 清除；+/− 缩放。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="202"/>
        <source>All my works</source>
        <translation>我负责的全部作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="203"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="204"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="205"/>
        <source>Favourites</source>
        <translation>心仪作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="272"/>
        <source>Work {n} of {total}</source>
        <translation>第 {n} 件，共 {total} 件</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="275"/>
        <source>No works in this view.</source>
        <translation>此视图中没有作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="336"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} 超出评分范围 {low:g}–{high:g}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="384"/>
        <source>Weighted score: {score}</source>
        <translation>加权得分：{score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="392"/>
        <source>{done} of {total} scored</source>
        <translation>已评 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="401"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>已评分的 {scored} 件作品中，有 {passed} 件（{share:.0f}%）达到或超过合格线。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="444"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="445"/>
        <source>Juror results (*.nearresults)</source>
        <translation>评委结果 (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="454"/>
        <source>Results written to {file}</source>
        <translation>结果已写入 {file}</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="106"/>
        <source>Tour</source>
        <translation>巡展</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="107"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="108"/>
        <source>From:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="109"/>
        <source>Until:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="110"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>TourWorksView</name>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="37"/>
        <source>Selected</source>
        <translation>已选定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="38"/>
        <source>Packed</source>
        <translation>已包装</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="39"/>
        <source>Shipped</source>
        <translation>已发运</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="40"/>
        <source>On show</source>
        <translation>展出中</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="41"/>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Condition</source>
        <translation>品相</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="137"/>
        <source>No publication consent for every author: the catalogue leaves the names off, or the work out.</source>
        <translation>并非所有作者都同意公开：图录将不印姓名，或不收录该作品。</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="154"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>From:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>Until:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="159"/>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="161"/>
        <source>Wall labels and work lists for this venue print in its language and in English.</source>
        <translation>此场地的展签和作品清单以该场地的语言和英语打印。</translation>
    </message>
</context>
<context>
    <name>VenueWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="206"/>
        <source>Works at {venue}</source>
        <translation>{venue} 的展出作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="208"/>
        <source>Tick the works shown at this venue.</source>
        <translation>请勾选在此场地展出的作品。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="209"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="210"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="93"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="96"/>
        <source>Add venue…</source>
        <translation>添加场地…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="97"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="98"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="99"/>
        <source>Works shown…</source>
        <translation>展出作品…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="100"/>
        <source>Wall labels…</source>
        <translation>展签…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="101"/>
        <source>Files for this venue…</source>
        <translation>此场地的文件…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="102"/>
        <source>No venues yet. A venue shows the tour&apos;s works for a time; its labels print in its language.</source>
        <translation>尚无场地。场地在一段时间内展出巡展作品；其展签以该场地的语言打印。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete venue</source>
        <translation>删除场地</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete the venue &quot;{name}&quot;? Its works stay in the tour.</source>
        <translation>删除场地“{name}”吗？其作品仍保留在巡展中。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="192"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="198"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>Wall labels</source>
        <translation>展签</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="193"/>
        <source>Card size in millimetres (width x height):</source>
        <translation>展签尺寸（毫米，宽 x 高）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>{labels} labels on {sheets} sheets: {path}</source>
        <translation>{labels} 张展签，共 {sheets} 页：{path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="209"/>
        <source>Making the wall labels…</source>
        <translation>正在生成展签…</translation>
    </message>
</context>
</TS>
