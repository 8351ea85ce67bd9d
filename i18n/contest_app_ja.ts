<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="30"/>
        <source>About {name}</source>
        <translation>{name} について</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="31"/>
        <source>Runs the NEAR Youth Painting Contest: the regions&apos; batches, the blind jury, the awards, the certificates and the touring exhibitions.</source>
        <translation>NEAR 青少年絵画コンクールの運営アプリ：地域ごとの一括応募、匿名審査、表彰、賞状、巡回展。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="35"/>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="36"/>
        <source>Database: {url}</source>
        <translation>データベース：{url}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="37"/>
        <source>Images: {folder}</source>
        <translation>画像：{folder}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="38"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}、PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>AddWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="95"/>
        <source>Every edition</source>
        <translation>すべての開催回</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="97"/>
        <source>Every award</source>
        <translation>すべての賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="99"/>
        <source>Every country</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="101"/>
        <source>Every region</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="118"/>
        <source>Add awarded works</source>
        <translation>受賞作品を追加</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="119"/>
        <source>Title, name or region</source>
        <translation>作品名・氏名・地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="120"/>
        <source>Tick all shown</source>
        <translation>表示中をすべて選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="121"/>
        <source>Untick all</source>
        <translation>すべて選択解除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Award</source>
        <translation>賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="126"/>
        <source>Students</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="178"/>
        <source>{shown} works shown, {ticked} ticked</source>
        <translation>{shown} 点を表示、{ticked} 点を選択</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../contest_app/gui/app.py" line="43"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
</context>
<context>
    <name>AwardDecisionDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="91"/>
        <source>Change the tier of {code}</source>
        <translation>{code} の賞を変更</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="93"/>
        <source>The committee&apos;s decision overrides the ranking. The reason is kept in the audit log with your name and the time.</source>
        <translation>委員会の決定は順位に優先します。理由は、あなたの名前と日時とともに監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="96"/>
        <source>New tier:</source>
        <translation>新しい賞：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="97"/>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="130"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="98"/>
        <source>No award</source>
        <translation>受賞なし</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="132"/>
        <source>Disqualify {code}</source>
        <translation>{code} を失格にする</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="134"/>
        <source>Work {code} will be disqualified. If it holds an award, the award is withdrawn and the next works move up one place in every tier below, so that each tier keeps its quota.</source>
        <translation>作品 {code} を失格にします。受賞している場合は賞が取り消され、下位のすべての賞で次の作品が1つずつ繰り上がり、各賞の枠数が保たれます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="139"/>
        <source>Finalise the results</source>
        <translation>結果の確定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="140"/>
        <source>The results become final and are locked: any later change needs an unlock with a reason.</source>
        <translation>結果が確定し、ロックされます。後で変更するには、理由を添えてロックを解除する必要があります。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="142"/>
        <source>Some tiers do not hold their quota: say why.</source>
        <translation>枠数どおりでない賞があります。理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="146"/>
        <source>Unlock the final results</source>
        <translation>最終結果のロック解除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="147"/>
        <source>The results become provisional again and can be changed. The reason is kept in the audit log.</source>
        <translation>結果は再び暫定となり、変更できるようになります。理由は監査ログに記録されます。</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="144"/>
        <source>Awards</source>
        <translation>表彰</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Tier</source>
        <translation>賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Code</source>
        <translation>匿名コード</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <source>Title</source>
        <translation>作品名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Jurors</source>
        <translation>審査員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="151"/>
        <source>Abstained</source>
        <translation>棄権</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Tier line</source>
        <translation>賞の境界</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Moved by</source>
        <translation>移動理由</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="156"/>
        <source>Combine scores by:</source>
        <translation>得点の集計方法：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="159"/>
        <source>At most per country:</source>
        <translation>国ごとの上限：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="160"/>
        <source>e.g. grand=1, excellence=3</source>
        <translation>例：grand=1, excellence=3</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="161"/>
        <source>At least one finalist per region</source>
        <translation>各地域から少なくとも1点入賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="162"/>
        <source>Propose awards</source>
        <translation>受賞案を作成</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="163"/>
        <source>Change tier…</source>
        <translation>賞を変更…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="164"/>
        <source>Disqualify…</source>
        <translation>失格にする…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="165"/>
        <source>Approve as provisional</source>
        <translation>暫定として承認</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="166"/>
        <source>Finalise and lock…</source>
        <translation>確定してロック…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="167"/>
        <source>Unlock…</source>
        <translation>ロック解除…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="168"/>
        <source>Results (.xlsx)…</source>
        <translation>結果（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="169"/>
        <source>Report (PDF)…</source>
        <translation>レポート（PDF）…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="170"/>
        <source>Lists per region (.xlsx)…</source>
        <translation>地域別リスト（.xlsx）…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="171"/>
        <source>Ranking</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="172"/>
        <source>Jury statistics</source>
        <translation>審査統計</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="173"/>
        <source>Tier lines and constraints</source>
        <translation>賞の境界と制約</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="174"/>
        <source>Method sensitivity</source>
        <translation>集計方法による違い</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="175"/>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="211"/>
        <source>Open a contest to see its results.</source>
        <translation>結果を表示するには、コンクールを開いてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="228"/>
        <source>Ranked by {method}, the method of the saved proposal.</source>
        <translation>保存済みの受賞案の集計方法（{method}）で順位付けしています。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="231"/>
        <source>Preview ranked by {method}: nothing is saved until you propose the awards.</source>
        <translation>{method}で順位付けしたプレビューです。受賞案を作成するまで何も保存されません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="236"/>
        <source>No scores yet: the ranking appears once jurors have scored works.</source>
        <translation>得点はまだありません。審査員が作品を採点すると順位が表示されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="336"/>
        <source>Open a boundary round over {count} works at the {tier} line? Assign its jurors on the Jury page; once it is closed its scores order these works.</source>
        <translation>{tier}の境界にある {count} 点の作品でボーダー審査を開きますか？審査員は「審査」ページで割り当ててください。ボーダー審査を終了すると、その得点でこれらの作品の順位が決まります。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="340"/>
        <source>Boundary round</source>
        <translation>ボーダー審査</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="345"/>
        <source>Works too close to call at the {tier} line</source>
        <translation>{tier}の境界で優劣のつけがたい作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="364"/>
        <source>The committee has decided on {count} awards. A new proposal replaces those decisions (the audit log keeps them). Continue?</source>
        <translation>委員会はすでに {count} 件の賞について決定しています。新しい受賞案はこれらの決定を置き換えます（監査ログには残ります）。続行しますか？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="368"/>
        <source>Replace decisions?</source>
        <translation>決定を置き換えますか？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="379"/>
        <source>Proposing the awards…</source>
        <translation>受賞案を作成しています…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="153"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="41"/>
        <source>Saved {path}</source>
        <translation>保存しました：{path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="43"/>
        <source>Writing {name}…</source>
        <translation>{name} を書き込んでいます…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="49"/>
        <source>Save the ranked results</source>
        <translation>順位結果の保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="51"/>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="67"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="57"/>
        <source>Save the results report</source>
        <translation>結果レポートの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="59"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="65"/>
        <source>Save the award lists per region</source>
        <translation>地域別受賞リストの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="25"/>
        <source>Mean (raw)</source>
        <translation>平均（素点）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="26"/>
        <source>Trimmed mean</source>
        <translation>トリム平均</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="27"/>
        <source>Z-scores per juror</source>
        <translation>審査員別 Z スコア</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="28"/>
        <source>Ranks per juror</source>
        <translation>審査員別順位</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="31"/>
        <source>Country limit</source>
        <translation>国別上限</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="32"/>
        <source>Pushed down</source>
        <translation>繰り下げ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="33"/>
        <source>Moved up</source>
        <translation>繰り上げ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="34"/>
        <source>Region&apos;s place</source>
        <translation>地域枠</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="35"/>
        <source>Made room for a region</source>
        <translation>地域枠のため繰り下げ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="38"/>
        <source>Preview: nothing saved yet</source>
        <translation>プレビュー：未保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="39"/>
        <source>Proposed, not yet approved</source>
        <translation>提案済み・未承認</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="40"/>
        <source>Provisional results</source>
        <translation>暫定結果</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="41"/>
        <source>Final results (locked)</source>
        <translation>最終結果（ロック済み）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="44"/>
        <source>Proposal saved</source>
        <translation>受賞案を保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="45"/>
        <source>Approved as provisional</source>
        <translation>暫定承認</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="46"/>
        <source>Tier changed</source>
        <translation>賞を変更</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="47"/>
        <source>Disqualified</source>
        <translation>失格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="48"/>
        <source>Moved up after a disqualification</source>
        <translation>失格による繰り上げ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="49"/>
        <source>Finalised and locked</source>
        <translation>確定・ロック</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="50"/>
        <source>Unlocked</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="51"/>
        <source>Boundary round opened</source>
        <translation>ボーダー審査を開始</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="62"/>
        <source>No award</source>
        <translation>受賞なし</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="71"/>
        <source>tie at the {tier} line</source>
        <translation>{tier}の境界で同点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="72"/>
        <source>close to the {tier} line</source>
        <translation>{tier}の境界に近い</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="79"/>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Line under</source>
        <translation>下限ライン</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Tie</source>
        <translation>同点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Gap</source>
        <translation>点差</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Works too close to call</source>
        <translation>優劣のつけがたい作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="149"/>
        <source>A boundary round would hold</source>
        <translation>ボーダー審査の対象</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="153"/>
        <source>By the ranking</source>
        <translation>順位どおり</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="154"/>
        <source>After constraints</source>
        <translation>制約適用後</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="155"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="158"/>
        <source>Tier lines</source>
        <translation>賞の境界</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="159"/>
        <source>Works moved by a constraint</source>
        <translation>制約により移動した作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="160"/>
        <source>Open a boundary round over these works…</source>
        <translation>これらの作品でボーダー審査を開く…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="161"/>
        <source>No constraint moved any work.</source>
        <translation>制約により移動した作品はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="170"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="171"/>
        <source>settled by a boundary round</source>
        <translation>ボーダー審査で決定済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="216"/>
        <source>Works whose tier would change if the scores were combined by another method (same quotas and constraints). The cell shows the tier and the rank.</source>
        <translation>別の集計方法を使うと賞が変わる作品です（枠数と制約は同じ）。セルには賞と順位が表示されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="219"/>
        <source>Every method gives every work the same tier.</source>
        <translation>どの集計方法でも、すべての作品の賞は同じです。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="254"/>
        <source>No award decision has been made yet.</source>
        <translation>表彰の決定はまだありません。</translation>
    </message>
</context>
<context>
    <name>AwardsStats</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="24"/>
        <source>poor</source>
        <translation>低い</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="25"/>
        <source>moderate</source>
        <translation>中程度</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="26"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="27"/>
        <source>excellent</source>
        <translation>非常に高い</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="28"/>
        <source>not enough scores</source>
        <translation>得点不足</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Juror</source>
        <translation>審査員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <source>Scored</source>
        <translation>採点数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Abstained</source>
        <translation>棄権</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Spread (SD)</source>
        <translation>ばらつき（SD）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Leniency</source>
        <translation>甘さ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="93"/>
        <source>Works compared</source>
        <translation>比較作品数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Score</source>
        <translation>得点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Others&apos; mean</source>
        <translation>他の審査員の平均</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="98"/>
        <source>Gap</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="101"/>
        <source>Round:</source>
        <translation>ラウンド：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="102"/>
        <source>Jurors</source>
        <translation>審査員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="103"/>
        <source>Agreement of the panel</source>
        <translation>審査員団の一致度</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="104"/>
        <source>Scores far from the other jurors&apos;</source>
        <translation>他の審査員と大きく異なる得点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="105"/>
        <source>Leniency: how many points a juror gave above (red) or below (blue) the other jurors on the same works.</source>
        <translation>甘さ：同じ作品について、審査員が他の審査員より何点高く（赤）または低く（青）採点したかを示します。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="157"/>
        <source>No scores in this round yet.</source>
        <translation>このラウンドにはまだ得点がありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="162"/>
        <source>Single jurors agree {word}: ICC(1,1) = {icc} over {works} works scored by {raters} jurors on average.</source>
        <translation>個々の審査員の一致度：{word}。ICC(1,1) = {icc}（作品 {works} 点、1点あたり平均 {raters} 人が採点）。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="166"/>
        <source>Reliability of a work&apos;s mean: ICC(1,k) = {icc}.</source>
        <translation>作品平均点の信頼性：ICC(1,k) = {icc}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="169"/>
        <source>Kendall&apos;s W = {w} over the {works} works all {jurors} jurors scored (1: the same order).</source>
        <translation>ケンドールの W = {w}（審査員 {jurors} 人全員が採点した {works} 点について。1 は順位が完全に一致）。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="174"/>
        <source>Kendall&apos;s W needs at least 3 works scored by every juror.</source>
        <translation>ケンドールの W を求めるには、審査員全員が採点した作品が3点以上必要です。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="39"/>
        <source>Back up the database and images</source>
        <translation>データベースと画像のバックアップ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="41"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="134"/>
        <source>Backup (*.zip)</source>
        <translation>バックアップ (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>Backup written</source>
        <translation>バックアップ完了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>The database and its images are saved in {path}. Keep a copy away from this computer.</source>
        <translation>データベースとその画像を {path} に保存しました。このコンピューター以外の場所にもコピーを保管してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="55"/>
        <source>Writing the backup…</source>
        <translation>バックアップを書き込んでいます…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="104"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="105"/>
        <source>Restoring replaces the whole database and every image with the backup&apos;s. What is there now is backed up automatically first. Automatic backups are taken before each import, round close, award finalisation and migration:</source>
        <translation>復元すると、データベース全体とすべての画像がバックアップの内容に置き換わります。現在のデータは先に自動でバックアップされます。自動バックアップは、取り込み、ラウンドの終了、受賞の確定、移行の前に毎回作成されます：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="109"/>
        <source>Backup file…</source>
        <translation>バックアップファイル…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="110"/>
        <source>Backup folder…</source>
        <translation>バックアップフォルダー…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="111"/>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="133"/>
        <source>Choose a backup</source>
        <translation>バックアップの選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="140"/>
        <source>Choose a backup folder</source>
        <translation>バックアップフォルダーの選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Replace all current data and images with the backup {name}? A copy of the current data is kept.</source>
        <translation>現在のすべてのデータと画像をバックアップ {name} の内容で置き換えますか？現在のデータのコピーは保管されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>Backup restored</source>
        <translation>バックアップの復元完了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>The backup is restored ({rows} records, {images} image files). The data it replaced is kept in {kept}.</source>
        <translation>バックアップを復元しました（レコード {rows} 件、画像ファイル {images} 件）。置き換えられたデータは {kept} に保管されています。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="178"/>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
</context>
<context>
    <name>BatchReportsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="34"/>
        <source>Files for the regions</source>
        <translation>地域向けファイル</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="49"/>
        <source>Problem report of a batch</source>
        <translation>応募データの問題レポート</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="54"/>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="58"/>
        <source>Batch:</source>
        <translation>応募データ：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="59"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="73"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="64"/>
        <source>Blank entry template</source>
        <translation>空の応募テンプレート</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="69"/>
        <source>Save template…</source>
        <translation>テンプレートを保存…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="72"/>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="78"/>
        <source>Reports and templates are written in the region&apos;s language unless you choose another.</source>
        <translation>別の言語を選ばない限り、レポートとテンプレートは地域の言語で作成されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="116"/>
        <source>Save the problem report</source>
        <translation>問題レポートの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="117"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="133"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel ファイル (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="132"/>
        <source>Save the entry template</source>
        <translation>応募テンプレートの保存</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="111"/>
        <source>English only</source>
        <translation>英語のみ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="113"/>
        <source>English and {language}</source>
        <translation>英語と{language}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="115"/>
        <source>3 mm bleed and crop marks</source>
        <translation>3 mm の塗り足しとトンボ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="116"/>
        <source>Show them without the names</source>
        <translation>氏名なしで掲載</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="117"/>
        <source>Leave them out</source>
        <translation>掲載しない</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="119"/>
        <source>Languages:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="120"/>
        <source>Page size:</source>
        <translation>ページサイズ：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="121"/>
        <source>For the print shop:</source>
        <translation>印刷所向け：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="122"/>
        <source>Works without publication consent:</source>
        <translation>公開の同意がない作品：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="123"/>
        <source>Cover picture:</source>
        <translation>表紙の絵：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="125"/>
        <source>Texts…</source>
        <translation>文章…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="126"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="127"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="128"/>
        <source>Export catalogue…</source>
        <translation>図録をエクスポート…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="129"/>
        <source>Before printing:</source>
        <translation>印刷前の確認：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="151"/>
        <source>Highest award of the newest edition</source>
        <translation>最新回の最高賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="197"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="257"/>
        <source>Checking the catalogue…</source>
        <translation>図録をチェックしています…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="203"/>
        <source>{pages} pages, {works} works</source>
        <translation>{pages} ページ、作品 {works} 点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="207"/>
        <source>{count} pictures are smaller than 300 dpi needs at their printed size; ask the regions for better photographs or scans:</source>
        <translation>{count} 枚の画像は、印刷サイズで 300 dpi に必要な解像度に足りません。地域に、より良い写真またはスキャン画像を依頼してください：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="213"/>
        <source>Cover: the picture prints at {dpi} dpi</source>
        <translation>表紙：画像は {dpi} dpi で印刷されます</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="217"/>
        <source>No. {number}: the original prints at {dpi} dpi; {wanted} pixels wide would give 300 dpi</source>
        <translation>番号 {number}：元画像は {dpi} dpi で印刷されます。幅が {wanted} ピクセルあれば 300 dpi になります</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="222"/>
        <source>No. {number}: no original image</source>
        <translation>番号 {number}：元画像なし</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="225"/>
        <source>Left out, no consent: {numbers}</source>
        <translation>同意がないため不掲載：{numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="228"/>
        <source>Names left off, no consent: {numbers}</source>
        <translation>同意がないため氏名を不掲載：{numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="240"/>
        <source>Making the preview…</source>
        <translation>プレビューを作成しています…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="252"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="267"/>
        <source>Export catalogue</source>
        <translation>図録のエクスポート</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="268"/>
        <source>{count} pictures are too small for 300 dpi or missing (see the list). Export anyway?</source>
        <translation>{count} 枚の画像が 300 dpi に足りないか、見つかりません（一覧を参照）。それでもエクスポートしますか？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="276"/>
        <source>Exporting the catalogue…</source>
        <translation>図録をエクスポートしています…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="282"/>
        <source>Catalogue exported</source>
        <translation>図録のエクスポート完了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="283"/>
        <source>{pages} pages, {size} MB: {path}</source>
        <translation>{pages} ページ、{size} MB：{path}</translation>
    </message>
</context>
<context>
    <name>CataloguePreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="75"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="76"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="79"/>
        <source>Press Preview to see the pages here.</source>
        <translation>「プレビュー」を押すと、ここにページが表示されます。</translation>
    </message>
</context>
<context>
    <name>CatalogueTextsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="71"/>
        <source>Catalogue texts</source>
        <translation>図録の文章</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="72"/>
        <source>The catalogue prints English and the language you choose when exporting. Leave the title empty for the standard one; a blank line in the foreword starts a new paragraph.</source>
        <translation>図録は英語と、エクスポート時に選んだ言語で印刷されます。タイトルを空欄にすると標準のタイトルになります。序文では空行で新しい段落が始まります。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="77"/>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="78"/>
        <source>Theme or subtitle:</source>
        <translation>テーマまたはサブタイトル：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="79"/>
        <source>Foreword:</source>
        <translation>序文：</translation>
    </message>
</context>
<context>
    <name>CertificateGenerateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="89"/>
        <source>Generate certificates</source>
        <translation>賞状の作成</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="91"/>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="92"/>
        <source>Regions:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="93"/>
        <source>Certificates:</source>
        <translation>賞状の種類：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="94"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="95"/>
        <source>Printer:</source>
        <translation>プリンター：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="99"/>
        <source>All regions, one file each</source>
        <translation>すべての地域（地域ごとに1ファイル）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="103"/>
        <source>Award and participation</source>
        <translation>賞状と参加証</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="104"/>
        <source>Award certificates only</source>
        <translation>賞状のみ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="105"/>
        <source>Participation certificates only</source>
        <translation>参加証のみ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="107"/>
        <source>Thank-you letters to teachers</source>
        <translation>指導教員への感謝状</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="109"/>
        <source>The student&apos;s language and English</source>
        <translation>生徒の言語と英語</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="112"/>
        <source>One combined PDF</source>
        <translation>1つの PDF にまとめる</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="113"/>
        <source>Print a thumbnail of the painting</source>
        <translation>作品のサムネイルを印刷</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="115"/>
        <source>A cover sheet for each region</source>
        <translation>地域ごとに表紙を付ける</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="117"/>
        <source>Include provisional awards (for proofs)</source>
        <translation>暫定の賞を含める（校正用）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="119"/>
        <source>For pre-printed stock: only the names and details, shifted by the printer&apos;s calibration</source>
        <translation>印刷済み用紙用：氏名と詳細のみを、プリンターの補正値だけずらして印刷</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="130"/>
        <source>Folder for the certificates</source>
        <translation>賞状の保存先フォルダー</translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="77"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="182"/>
        <source>Print certificates</source>
        <translation>賞状の印刷</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="183"/>
        <source>Open PDF…</source>
        <translation>PDF を開く…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="184"/>
        <source>Pre-printed stock</source>
        <translation>印刷済み用紙</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="185"/>
        <source>Apply the printer&apos;s calibration</source>
        <translation>プリンターの補正を適用</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="188"/>
        <source>Printer:</source>
        <translation>プリンター：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="189"/>
        <source>Offset right (mm):</source>
        <translation>右へずらす（mm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="190"/>
        <source>Offset down (mm):</source>
        <translation>下へずらす（mm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="191"/>
        <source>Scale:</source>
        <translation>倍率：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="193"/>
        <source>Save calibration</source>
        <translation>補正を保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="194"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="242"/>
        <source>Calibration page</source>
        <translation>補正用ページ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="195"/>
        <source>Shows a page with a millimetre grid and crosshairs: print it on plain paper, measure where the crosshairs land, enter the offsets.</source>
        <translation>ミリ方眼と十字線のあるページを表示します。普通紙に印刷し、十字線の位置を測って、ずれの値を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="198"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="199"/>
        <source>Save PDF as…</source>
        <translation>PDF に名前を付けて保存…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="200"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="221"/>
        <source>{file}: {pages} pages</source>
        <translation>{file}：{pages} ページ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="224"/>
        <source>No PDF open.</source>
        <translation>PDF が開かれていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="228"/>
        <source>Open certificates</source>
        <translation>賞状を開く</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="230"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="302"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="300"/>
        <source>Save PDF</source>
        <translation>PDF の保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="313"/>
        <source>Saved</source>
        <translation>保存完了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="314"/>
        <source>Saved {file}.</source>
        <translation>{file} を保存しました。</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="16"/>
        <source>Wordmark</source>
        <translation>ロゴタイプ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="17"/>
        <source>Organisation</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="18"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="19"/>
        <source>Edition</source>
        <translation>開催回</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="20"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="21"/>
        <source>Award tier</source>
        <translation>賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="22"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="23"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="24"/>
        <source>Region and country</source>
        <translation>地域と国</translation>
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
        <translation>文面</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="27"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="28"/>
        <source>Signatory 1: name</source>
        <translation>署名者1：氏名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="29"/>
        <source>Signatory 1: title</source>
        <translation>署名者1：肩書き</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="30"/>
        <source>Signatory 2: name</source>
        <translation>署名者2：氏名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="31"/>
        <source>Signatory 2: title</source>
        <translation>署名者2：肩書き</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="32"/>
        <source>Verification code</source>
        <translation>照合コード</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="33"/>
        <source>Serial</source>
        <translation>通し番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="34"/>
        <source>Reissue note</source>
        <translation>再発行の表記</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="35"/>
        <source>Background image</source>
        <translation>背景画像</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="36"/>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="37"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="38"/>
        <source>Signature 1</source>
        <translation>署名1</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="39"/>
        <source>Signature 2</source>
        <translation>署名2</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="40"/>
        <source>Painting thumbnail</source>
        <translation>作品のサムネイル</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="41"/>
        <source>QR code</source>
        <translation>QR コード</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="86"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>Field</source>
        <translation>項目</translation>
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
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="142"/>
        <source>English size</source>
        <translation>英語の文字サイズ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Align</source>
        <translation>揃え</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="144"/>
        <source>Shown</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="145"/>
        <source>On stock</source>
        <translation>用紙に印字</translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="190"/>
        <source>Certificate templates</source>
        <translation>賞状のテンプレート</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="192"/>
        <source>Award certificate (every tier)</source>
        <translation>賞状（すべての賞）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="193"/>
        <source>Award certificate: {tier}</source>
        <translation>賞状：{tier}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="195"/>
        <source>Participation certificate</source>
        <translation>参加証</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="197"/>
        <source>Thank-you letter to a teacher</source>
        <translation>指導教員への感謝状</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="201"/>
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="202"/>
        <source>Orientation:</source>
        <translation>向き：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="203"/>
        <source>Border:</source>
        <translation>枠線：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="204"/>
        <source>Accent colour:</source>
        <translation>アクセントカラー：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="207"/>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="208"/>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="210"/>
        <source>Thin double rule</source>
        <translation>細い二重線</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="211"/>
        <source>None (pre-printed stock or a background image)</source>
        <translation>なし（印刷済み用紙または背景画像）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="213"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="214"/>
        <source>Texts</source>
        <translation>文面</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="215"/>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="216"/>
        <source>Positions</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="218"/>
        <source>Placeholders: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. A language with an empty text prints nothing in that place.</source>
        <translation>プレースホルダー：{name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}。文面が空の言語では、その位置には何も印刷されません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="224"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="225"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="226"/>
        <source>A second signature</source>
        <translation>2人目の署名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="230"/>
        <source>As on stock</source>
        <translation>印刷済み用紙の表示</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="231"/>
        <source>Reset to built-in</source>
        <translation>組み込みのデザインに戻す</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="232"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="233"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="288"/>
        <source>saved for this contest</source>
        <translation>このコンクール用に保存済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="289"/>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="294"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="335"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="383"/>
        <source>Reset</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="384"/>
        <source>Return this template to the built-in design? Your texts, images and positions for it are removed.</source>
        <translation>このテンプレートを組み込みのデザインに戻しますか？このテンプレートの文面・画像・配置の設定は削除されます。</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="103"/>
        <source>Certificates</source>
        <translation>賞状</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Serial</source>
        <translation>通し番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="107"/>
        <source>Student</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="108"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="109"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="110"/>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>Reissue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="114"/>
        <source>Generate…</source>
        <translation>作成…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="115"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="267"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="116"/>
        <source>Template editor…</source>
        <translation>テンプレート編集…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="117"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="118"/>
        <source>Reprint one…</source>
        <translation>1枚を再印刷…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="119"/>
        <source>Export register…</source>
        <translation>発行台帳をエクスポート…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="120"/>
        <source>Verification list…</source>
        <translation>照合リスト…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="121"/>
        <source>Pre-flight</source>
        <translation>印刷前チェック</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="124"/>
        <source>Shows the selected certificate, or one student of each language as the certificates would print now.</source>
        <translation>選択した賞状を表示します。選択していない場合は、言語ごとに生徒1人分の賞状を現在の印刷イメージで表示します。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="127"/>
        <source>Prints the selected certificate again with the same serial; the register marks it as a reissue.</source>
        <translation>選択した賞状を同じ通し番号で再印刷します。発行台帳には再発行として記録されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="130"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>発行済みの賞状はまだありません。受賞者の賞状は最終結果に基づいて発行され、その他の適格な生徒全員に参加証が発行されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="141"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="212"/>
        <source>Generating certificates…</source>
        <translation>賞状を作成しています…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="227"/>
        <source>{total} certificates in {files} files ({new} new serials).</source>
        <translation>賞状 {total} 枚、ファイル {files} 個（新しい通し番号 {new} 件）。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="233"/>
        <source>Certificates ready</source>
        <translation>賞状の作成完了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="236"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="256"/>
        <source>No student would receive a certificate yet: no work is eligible.</source>
        <translation>賞状を受け取る生徒はまだいません。適格な作品がありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="272"/>
        <source>Certificate preview</source>
        <translation>賞状のプレビュー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="287"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="306"/>
        <source>Reprint</source>
        <translation>再印刷</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="288"/>
        <source>Why is {serial} printed again? (kept in the audit log)</source>
        <translation>{serial} を再印刷する理由は何ですか？（監査ログに記録）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="293"/>
        <source>Save the reprint</source>
        <translation>再印刷分の保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="295"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="307"/>
        <source>Saved {file}. Print it now?</source>
        <translation>{file} を保存しました。今すぐ印刷しますか？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="320"/>
        <source>Export the register</source>
        <translation>発行台帳のエクスポート</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="322"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="331"/>
        <source>{count} certificates written to {file}.</source>
        <translation>{count} 枚の賞状を {file} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="337"/>
        <source>Save the verification page</source>
        <translation>照合ページの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="339"/>
        <source>Web pages (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="348"/>
        <source>{file} can check {count} codes offline; it shows initials, never full names.</source>
        <translation>{file} では {count} 件の照合コードをオフラインで確認できます。表示されるのはイニシャルのみで、氏名全体は表示されません。</translation>
    </message>
</context>
<context>
    <name>ContestSettingsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="130"/>
        <source>New contest</source>
        <translation>新しいコンクール</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="132"/>
        <source>Contest settings</source>
        <translation>コンクールの設定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="134"/>
        <source>Edition:</source>
        <translation>開催回：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="135"/>
        <source>Year:</source>
        <translation>年：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="136"/>
        <source>Submission deadline:</source>
        <translation>応募締切日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="137"/>
        <source>Ages counted on:</source>
        <translation>年齢基準日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="138"/>
        <source>Youngest age:</source>
        <translation>最低年齢：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="139"/>
        <source>Oldest age:</source>
        <translation>最高年齢：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="140"/>
        <source>Reason for the change:</source>
        <translation>変更理由：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="145"/>
        <source>Count ages on the submission deadline</source>
        <translation>応募締切日時点の年齢で判定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="147"/>
        <source>Kept in the audit log (optional)</source>
        <translation>監査ログに記録されます（任意）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="148"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="149"/>
        <source>Title and theme</source>
        <translation>タイトルとテーマ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="150"/>
        <source>Award tiers</source>
        <translation>賞の種類</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="151"/>
        <source>Criteria</source>
        <translation>審査基準</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="152"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="153"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="155"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="158"/>
        <source>Key</source>
        <translation>キー</translation>
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
        <translation>枠数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="160"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="161"/>
        <source>Lowest score</source>
        <translation>最低点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="162"/>
        <source>Highest score</source>
        <translation>最高点</translation>
    </message>
</context>
<context>
    <name>EditTable</name>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="39"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="40"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="41"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="42"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="148"/>
        <source>Entries</source>
        <translation>応募作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Code</source>
        <translation>匿名コード</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Title</source>
        <translation>作品名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="151"/>
        <source>Search names, titles, codes…</source>
        <translation>氏名・作品名・コードで検索…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Country / region</source>
        <translation>国 / 地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Eligible</source>
        <translation>適格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="64"/>
        <source>Works per country</source>
        <translation>国別の作品数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="68"/>
        <source>Works per region: {country}</source>
        <translation>地域別の作品数：{country}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="155"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="156"/>
        <source>Thumbnails</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="159"/>
        <source>Import batch…</source>
        <translation>応募データの取り込み…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="160"/>
        <source>Reports…</source>
        <translation>レポート…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="161"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="162"/>
        <source>Counts</source>
        <translation>集計</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="163"/>
        <source>No works in this contest yet. Import each region&apos;s batch with “Import batch…”; to try the app, run “contest-app demo”.</source>
        <translation>このコンクールにはまだ作品がありません。各地域の応募データは「応募データの取り込み…」で取り込んでください。アプリを試すには「contest-app demo」を実行してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="199"/>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="201"/>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="204"/>
        <source>Any problems or none</source>
        <translation>問題の有無を問わない</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="205"/>
        <source>With problems</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="206"/>
        <source>Without problems</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="218"/>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="48"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="234"/>
        <source>{shown} of {total} works shown</source>
        <translation>{total} 点中 {shown} 点を表示</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="65"/>
        <source>Student (sheet row {row})</source>
        <translation>生徒（シート {row} 行目）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="66"/>
        <source>Student</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Latin script:</source>
        <translation>ローマ字表記：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Born:</source>
        <translation>生年月日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Grade:</source>
        <translation>学年：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="69"/>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="73"/>
        <source>Suggested by the app; saving confirms it.</source>
        <translation>アプリによる提案です。保存すると確定します。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="77"/>
        <source>Guardian&apos;s consent to take part</source>
        <translation>保護者の参加同意</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="78"/>
        <source>Consent to publish name and image</source>
        <translation>氏名・画像の公開に同意</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title:</source>
        <translation>作品名：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title (English):</source>
        <translation>作品名（英語）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Medium:</source>
        <translation>画材：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Width (cm):</source>
        <translation>横（cm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Height (cm):</source>
        <translation>縦（cm）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="173"/>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="177"/>
        <source>Reason for this status (needed to disqualify)</source>
        <translation>この状態の理由（失格にする場合は必須）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="178"/>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="180"/>
        <source>Reason for the change (kept in the audit log)</source>
        <translation>変更理由（監査ログに記録）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="181"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="182"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="183"/>
        <source>Choose a work to see it here.</source>
        <translation>作品を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="222"/>
        <source>{file}: {format}, {width}×{height} px</source>
        <translation>{file}：{format}、{width}×{height} ピクセル</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../contest_app/gui/errors.py" line="22"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>編集中に他のユーザーがこのレコードを保存しました。再読み込みしてから、もう一度変更してください。上書きされた内容はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="25"/>
        <source>The database could not be reached or refused the change. Check the connection and try again; nothing was saved.</source>
        <translation>データベースに接続できないか、変更が拒否されました。接続を確認してもう一度お試しください。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="28"/>
        <source>A file could not be read or written: {detail}</source>
        <translation>ファイルを読み書きできませんでした：{detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="31"/>
        <source>Something unexpected went wrong ({kind}). Nothing was saved. The details are in the log file.</source>
        <translation>予期しないエラーが発生しました（{kind}）。何も保存されていません。詳細はログファイルに記録されています。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="36"/>
        <source>Cannot do that</source>
        <translation>この操作はできません</translation>
    </message>
</context>
<context>
    <name>ExhibitionsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="139"/>
        <source>Exhibitions</source>
        <translation>展覧会</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>Tour</source>
        <translation>巡回展</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="166"/>
        <source>Venues</source>
        <translation>会場</translation>
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
        <translation>巡回展はまだありません。巡回展では、過去の回の受賞作品を1か所以上の会場で展示します。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="150"/>
        <source>No works in this tour yet. Add awarded works of any edition; drag them into the order they hang in.</source>
        <translation>この巡回展にはまだ作品がありません。どの回の受賞作品でも追加できます。展示する順にドラッグして並べてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="153"/>
        <source>New tour…</source>
        <translation>新しい巡回展…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="154"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="155"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="156"/>
        <source>Add works…</source>
        <translation>作品を追加…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="157"/>
        <source>Remove</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="158"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="159"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="162"/>
        <source>Set status</source>
        <translation>状態を設定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="163"/>
        <source>Condition notes…</source>
        <translation>コンディション記録…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="164"/>
        <source>Work list and originals…</source>
        <translation>作品リストと元画像…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="167"/>
        <source>Catalogue</source>
        <translation>図録</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="217"/>
        <source>Choose or create a tour.</source>
        <translation>巡回展を選択するか、新しく作成してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="220"/>
        <source>{name}: {works} works, {venues} venues  {period}</source>
        <translation>{name}：作品 {works} 点、会場 {venues} か所  {period}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete tour</source>
        <translation>巡回展の削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete the tour &quot;{name}&quot; with its venues and work list? The works themselves stay.</source>
        <translation>巡回展「{name}」を会場と作品リストごと削除しますか？作品自体は残ります。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="310"/>
        <source>Condition notes</source>
        <translation>コンディション記録</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="311"/>
        <source>Condition of No. {number}:</source>
        <translation>番号 {number} のコンディション：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="39"/>
        <source>Folder for the work list and originals</source>
        <translation>作品リストと元画像の保存先フォルダー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>Files written</source>
        <translation>ファイルの書き出し完了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>{files} originals and the work list are in {folder}.</source>
        <translation>元画像 {files} 件と作品リストを {folder} に保存しました。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="48"/>
        <source>Copying the originals…</source>
        <translation>元画像をコピーしています…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="18"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="19"/>
        <source>This database holds no contest yet.</source>
        <translation>このデータベースにはまだコンクールがありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="20"/>
        <source>Create the first edition now, or open a demo contest shaped like the 12th edition (2024) to explore the app. The demo lives in a database of its own.</source>
        <translation>最初の回を今すぐ作成するか、第12回（2024年）を模したデモ用コンクールを開いてアプリをお試しください。デモは専用のデータベースに保存されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="23"/>
        <source>Create a contest…</source>
        <translation>コンクールを作成…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="25"/>
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="26"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="57"/>
        <source>Building the demo contest…</source>
        <translation>デモ用コンクールを作成しています…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="101"/>
        <source>Import a region&apos;s batch</source>
        <translation>地域の応募データの取り込み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Batch (folder or .zip):</source>
        <translation>応募データ（フォルダーまたは .zip）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="105"/>
        <source>Sheet encoding:</source>
        <translation>シートの文字コード：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Zip file…</source>
        <translation>ZIP ファイル…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Read and check the batch</source>
        <translation>読み込んでチェック</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="111"/>
        <source>Save problem report…</source>
        <translation>問題レポートを保存…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="115"/>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="144"/>
        <source>Choose the batch folder</source>
        <translation>応募データのフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Choose the batch .zip</source>
        <translation>応募データの .zip を選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="151"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP ファイル (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="173"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>存在する応募データのフォルダーまたは .zip を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="177"/>
        <source>Choose the region that sent it.</source>
        <translation>送付元の地域を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="194"/>
        <source>Reading the batch and its images…</source>
        <translation>応募データと画像を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="200"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>「取り込む」を押すまで何も書き込まれません。「キャンセル」を押すとデータベースは元のままです。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="204"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>作品 {works} 点（新規 {new}、更新 {updated}、変更なし {unchanged}、不受理 {refused}）、生徒 {students} 名。エラー {errors} 件、警告 {warnings} 件。シートの文字コード：{encoding}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="213"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>このままでは応募データを取り込めません。行番号のない問題を確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="233"/>
        <source>Writing the batch…</source>
        <translation>応募データを書き込んでいます…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="241"/>
        <source>Save the problem report</source>
        <translation>問題レポートの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="242"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel ファイル (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="29"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="30"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="31"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="32"/>
        <source>refused</source>
        <translation>不受理</translation>
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
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Title</source>
        <translation>作品名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="91"/>
        <source>Students</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="92"/>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <source>Changes</source>
        <translation>変更点</translation>
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
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Latin script</source>
        <translation>ローマ字表記</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Age</source>
        <translation>年齢</translation>
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
        <translation>値</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="87"/>
        <source>Problem</source>
        <translation>問題</translation>
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
        <translation>シートの列</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="96"/>
        <source>Read as</source>
        <translation>対応する項目</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="98"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>アプリが認識できなかった列はメモとして保存されます。列の内容に対応する項目を選ぶとその項目として読み取り、応募データを読み込み直します。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="115"/>
        <source>(suggested)</source>
        <translation>（提案）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="136"/>
        <source>Errors and warnings</source>
        <translation>エラーと警告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="138"/>
        <source>Every problem</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="178"/>
        <source>Keep as a note</source>
        <translation>メモとして保存</translation>
    </message>
</context>
<context>
    <name>JuryDialogs</name>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="49"/>
        <source>Add a juror</source>
        <translation>審査員の追加</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="56"/>
        <source>e.g. teaches at a school there</source>
        <translation>例：その地域の学校で教えている</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="64"/>
        <source>All of {country}</source>
        <translation>{country}全体</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="137"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="76"/>
        <source>Affiliation:</source>
        <translation>所属：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="77"/>
        <source>Country:</source>
        <translation>国：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="78"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="81"/>
        <source>Conflicts of interest: regions or countries this juror must not score</source>
        <translation>利害関係：この審査員が採点してはならない地域または国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="120"/>
        <source>Open a round</source>
        <translation>審査ラウンドを開く</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="127"/>
        <source>every juror scores every work</source>
        <translation>全審査員が全作品を採点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="132"/>
        <source>codes, separated by commas</source>
        <translation>匿名コード（カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="133"/>
        <source>Show titles to jurors (a title can give a region away)</source>
        <translation>審査員に作品名を表示（作品名から地域がわかることがあります）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="136"/>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="138"/>
        <source>Jurors per work:</source>
        <translation>1作品あたりの審査員数：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="139"/>
        <source>Final round: the top</source>
        <translation>最終審査：上位</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="140"/>
        <source>Boundary round: works</source>
        <translation>ボーダー審査：作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="182"/>
        <source>Close the round</source>
        <translation>ラウンドの終了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="184"/>
        <source>Accept the gap: results use the scores there are</source>
        <translation>欠落を容認：ある得点だけで結果を出す</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="186"/>
        <source>The missing works were reassigned or go to another round</source>
        <translation>未採点の作品は再割り当て済み、または別のラウンドに回す</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="189"/>
        <source>Reason (kept in the audit log)</source>
        <translation>理由（監査ログに記録）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="194"/>
        <source>{missing} scores are still missing. Closing the round needs a decision.</source>
        <translation>まだ {missing} 件の得点がありません。ラウンドを終了するには、対応を決める必要があります。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="201"/>
        <source>Every score is in.</source>
        <translation>すべての得点がそろっています。</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="104"/>
        <source>Jury</source>
        <translation>審査</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Juror</source>
        <translation>審査員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Assigned</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Scored</source>
        <translation>採点済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <source>Missing</source>
        <translation>未採点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Done %</source>
        <translation>完了率（%）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <source>Flagged</source>
        <translation>マーク済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="110"/>
        <source>Active</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Assignments</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="119"/>
        <source>Round:</source>
        <translation>ラウンド：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="120"/>
        <source>Open a round…</source>
        <translation>ラウンドを開く…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="121"/>
        <source>Close round…</source>
        <translation>ラウンドを終了…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="122"/>
        <source>Import results…</source>
        <translation>結果を取り込む…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="123"/>
        <source>Import paper scores…</source>
        <translation>紙の採点を取り込む…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="126"/>
        <source>Add juror…</source>
        <translation>審査員を追加…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="127"/>
        <source>Score as this juror</source>
        <translation>この審査員として採点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="128"/>
        <source>Offline package…</source>
        <translation>オフラインパッケージ…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="129"/>
        <source>Paper score sheet…</source>
        <translation>紙の採点表…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="130"/>
        <source>Juror drops out…</source>
        <translation>審査員の辞退…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="131"/>
        <source>Scored, per cent of assigned works</source>
        <translation>採点済み（割り当て作品に対する %）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="132"/>
        <source>No jurors in this round yet. Add jurors, then open a round: its works are assigned to them at once.</source>
        <translation>このラウンドにはまだ審査員がいません。審査員を追加してからラウンドを開くと、作品がすぐに割り当てられます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="169"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="191"/>
        <source>Choose a juror in the table first.</source>
        <translation>先に表で審査員を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="212"/>
        <source>{count} works could not get enough jurors without a conflict of interest.</source>
        <translation>{count} 点の作品に、利害関係のない審査員を十分に割り当てられませんでした。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="230"/>
        <source>Juror drops out</source>
        <translation>審査員の辞退</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="231"/>
        <source>Why? Their works without a score go to other jurors.</source>
        <translation>理由は何ですか？未採点の作品は他の審査員に回されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="265"/>
        <source>Save the juror&apos;s package</source>
        <translation>審査員パッケージの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="266"/>
        <source>Juror packages (*.nearjury)</source>
        <translation>審査員パッケージ (*.nearjury)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="280"/>
        <source>Save the score sheet</source>
        <translation>採点表の保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="281"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF ファイル (*.pdf);;Excel ファイル (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="294"/>
        <source>Import a juror&apos;s results</source>
        <translation>審査員の結果の取り込み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="295"/>
        <source>Juror results (*.nearresults)</source>
        <translation>審査員の結果 (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="305"/>
        <source>This results file was imported before; nothing changed.</source>
        <translation>この結果ファイルはすでに取り込まれています。変更はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="308"/>
        <source>{saved} scores imported, {unscored} works still unscored, {refused} refused.</source>
        <translation>{saved} 件の得点を取り込みました。未採点の作品 {unscored} 点、不受理 {refused} 件。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="321"/>
        <source>Import typed-up paper scores</source>
        <translation>入力済みの紙の採点の取り込み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="322"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>シート (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="332"/>
        <source>{saved} scores imported, {refused} rows refused.</source>
        <translation>{saved} 件の得点を取り込みました。不受理 {refused} 行。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="124"/>
        <source>Jurors</source>
        <translation>審査員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="125"/>
        <source>Rounds</source>
        <translation>審査ラウンド</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="135"/>
        <source>No rounds yet. A preliminary round over all eligible works comes first.</source>
        <translation>審査ラウンドはまだありません。最初に、すべての適格作品を対象に一次審査を行います。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../contest_app/gui/labels.py" line="8"/>
        <source>Member</source>
        <translation>会員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="9"/>
        <source>Associate member</source>
        <translation>準会員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="10"/>
        <source>Special member</source>
        <translation>特別会員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="11"/>
        <source>Observer</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="12"/>
        <source>Non-member</source>
        <translation>非会員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="13"/>
        <source>Received</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="14"/>
        <source>Eligible</source>
        <translation>適格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="15"/>
        <source>Disqualified</source>
        <translation>失格</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="16"/>
        <source>Preliminary round</source>
        <translation>一次審査</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="17"/>
        <source>Final round</source>
        <translation>最終審査</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="18"/>
        <source>Boundary round</source>
        <translation>ボーダー審査</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="19"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="21"/>
        <location filename="../contest_app/gui/labels.py" line="33"/>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <location filename="../contest_app/gui/labels.py" line="34"/>
        <source>Provisional</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <location filename="../contest_app/gui/labels.py" line="36"/>
        <source>Withdrawn</source>
        <translation>取消し</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="24"/>
        <source>Award certificate</source>
        <translation>賞状</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="25"/>
        <source>Participation certificate</source>
        <translation>参加証</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="26"/>
        <source>Thank-you letter</source>
        <translation>感謝状</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="27"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="28"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="35"/>
        <source>Final</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR 青少年絵画コンクール</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>Contest:</source>
        <translation>コンクール：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="146"/>
        <source>&amp;New contest…</source>
        <translation>新しいコンクール(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="147"/>
        <source>Contest &amp;settings…</source>
        <translation>コンクールの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="148"/>
        <source>&amp;Regions…</source>
        <translation>地域(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="149"/>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="150"/>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="151"/>
        <source>Res&amp;tore…</source>
        <translation>復元(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="152"/>
        <source>&amp;Privacy…</source>
        <translation>プライバシー(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="156"/>
        <source>&amp;About…</source>
        <translation>バージョン情報(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="188"/>
        <source>No contest yet</source>
        <translation>コンクールがありません</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../contest_app/messages.py" line="20"/>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="21"/>
        <source>There is no contest with id {id}.</source>
        <translation>ID {id} のコンクールはありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="22"/>
        <source>There is no region with code {code}.</source>
        <translation>コード {code} の地域はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="23"/>
        <source>There is no country with code {code}.</source>
        <translation>コード {code} の国はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="24"/>
        <source>Edition {edition} exists already. Choose another edition number.</source>
        <translation>第{edition}回はすでに存在します。別の開催回を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="26"/>
        <source>The edition number must be 1 or more.</source>
        <translation>開催回は1以上にしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="27"/>
        <source>The year {value} is not a plausible year.</source>
        <translation>{value} 年は妥当な年ではありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="28"/>
        <source>The age range {min_age}-{max_age} is not valid: the minimum must not exceed the maximum.</source>
        <translation>年齢範囲 {min_age}～{max_age} は無効です。最低年齢は最高年齢以下にしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="31"/>
        <source>A quota cannot be negative.</source>
        <translation>枠数に負の値は指定できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="32"/>
        <source>Each award tier must appear once, and there must be at least one.</source>
        <translation>各賞は1回ずつ指定し、少なくとも1つは必要です。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="34"/>
        <source>Cannot read the tier &quot;{value}&quot;: write tiers as key=quota, for example grand=1,excellence=10.</source>
        <translation>賞「{value}」を読み取れません。「キー=枠数」の形式で入力してください（例：grand=1,excellence=10）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="37"/>
        <source>The criterion &quot;{key}&quot; needs a positive weight and a scale whose minimum is below its maximum.</source>
        <translation>審査基準「{key}」には、正の重みと、最低点が最高点より小さい評価尺度が必要です。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="40"/>
        <source>Cannot read &quot;{value}&quot;: write LANG=TEXT with LANG one of en, ko, zh, ja, ru, mn.</source>
        <translation>「{value}」を読み取れません。LANG=TEXT の形式で入力してください（LANG は en、ko、zh、ja、ru、mn のいずれか）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="43"/>
        <source>Cannot read the date &quot;{value}&quot;: write it as YYYY-MM-DD.</source>
        <translation>日付「{value}」を読み取れません。YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="45"/>
        <source>The region code &quot;{code}&quot; is not valid: use the country code, a hyphen and letters or digits, for example KR-47 or KR-POHANG.</source>
        <translation>地域コード「{code}」は無効です。国コード、ハイフン、英字または数字の順に指定してください（例：KR-47、KR-POHANG）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="48"/>
        <source>The region code &quot;{code}&quot; must start with its country code {country}.</source>
        <translation>地域コード「{code}」は、その国の国コード {country} で始まる必要があります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="50"/>
        <source>Another region already has the code {code}.</source>
        <translation>コード {code} はすでに別の地域で使われています。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="52"/>
        <source>The region needs an English name.</source>
        <translation>地域の英語名を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="53"/>
        <source>&quot;{membership}&quot; is not a membership kind.</source>
        <translation>「{membership}」は有効な会員区分ではありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="55"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>編集中に他のユーザーがこのレコードを保存しました。再読み込みしてから、もう一度変更してください。上書きされた内容はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="58"/>
        <source>The work {id} no longer exists.</source>
        <translation>作品 {id} はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="59"/>
        <source>The student {id} no longer exists.</source>
        <translation>生徒 {id} はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="60"/>
        <source>&quot;{field}&quot; cannot be edited here.</source>
        <translation>「{field}」はここでは編集できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="61"/>
        <source>&quot;{value}&quot; is not a status of a work.</source>
        <translation>「{value}」は作品の状態として無効です。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="62"/>
        <source>Give a reason: it is kept in the audit log and can be sent to the region.</source>
        <translation>理由を入力してください。理由は監査ログに記録され、地域に送付されることがあります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="64"/>
        <source>This database was written by a newer version of the app (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>このデータベースは新しいバージョンのアプリで作成されています（スキーマ {revision}）。開くには新しいバージョンをインストールしてください。変更は加えられていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="67"/>
        <source>This database was not made by this app (it holds tables such as {tables}). Choose another database; nothing was changed.</source>
        <translation>このデータベースはこのアプリで作成されたものではありません（{tables} などのテーブルがあります）。別のデータベースを選択してください。変更は加えられていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="70"/>
        <source>This database needs an upgrade to the current schema.</source>
        <translation>このデータベースは現在のスキーマへのアップグレードが必要です。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="72"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>データベース {url} を開けません：{detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="76"/>
        <source>Cannot read &quot;{value}&quot; as a date. Write it as YYYY-MM-DD, for example 2010-05-03.</source>
        <translation>「{value}」を日付として読み取れません。YYYY-MM-DD の形式で入力してください（例：2010-05-03）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="79"/>
        <source>The date &quot;{value}&quot; does not exist or lies in the future. Check it and correct it.</source>
        <translation>日付「{value}」は存在しないか、未来の日付です。確認して修正してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="82"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} のセルが空ですが、必須項目です。入力してからシートを再送してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="85"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>この生徒は {reference_date} 時点で {age} 歳です。コンクールの対象は {min}～{max} 歳です。生年月日を確認してください。正しい場合、この作品は参加できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="88"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>{name} さんの保護者の同意が記録されていません。作品は保管されますが、同意が得られるまで審査できません。同意を取り付けて「はい」と記入してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="91"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>「{value}」からは「はい」か「いいえ」か判断できません。保護者が同意していれば「はい」、そうでなければ「いいえ」と記入してください。それまでは同意なしとして扱います。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="94"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>画像ファイル「{value}」が応募データに含まれていません。ファイルを追加するか、シートのファイル名を修正してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="97"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>画像「{value}」を開けません。ファイルが破損しているか、途中で切れているか、JPEG・PNG・TIFF・WebP・HEIC 形式ではありません。ファイルを再送してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>画像「{value}」は大きすぎるため安全に開けません。1億画素以下の作品の写真またはスキャン画像を送ってください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>作品 {entry_no} の行の内容が一致しません。この行の {column} は「{value}」ですが、{first_row} 行目は「{first_value}」です。同じ作品の行には、すべて同じ作品名と画像を記入してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>この生徒はすでに {first_row} 行目でこの作品に登録されています。重複した行は除外しました。シートから削除してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>画像「{value}」は作品 {other_entry_no}（{other_region}、第{other_edition}回）と同じファイルです。作品ごとに別の画像が必要です。また、過去の回に応募した作品は再応募できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="114"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>画像「{value}」は作品 {other_entry_no}（{other_region}、第{other_edition}回）の画像とよく似ています。別々の作品であることを確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="117"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>「{value}」はセンチメートル単位の寸法ではありません。54.5 のように数値で記入してください。寸法は空欄のままにしました。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="120"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>{name} のローマ字表記がないため、「{value}」を提案しました。確認し、必要に応じて修正してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="123"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>「{value}」はこのコンクールの賞ではありません。いずれかの賞の名称を記入するか、セルを空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="126"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>作品 {value} はデータベースにありますが、今回の応募データには含まれていません。作品はそのまま残しました。地域が取り下げた場合は手動で取り下げてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="129"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>シートに {column} 列がありません。列を追加するか、どの列に該当するかを指定してください（--map HEADER={column}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="132"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>「{value}」列はアプリが認識できない列です。その値は各作品とともに保存しました。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="135"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>シート全体の問題を解決するまで、この応募データは取り込めません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="138"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>この取り込みはすでに完了したか、破棄されています。応募データをもう一度チェックしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="140"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>応募データのチェック後に、この地域の作品が変更されました。もう一度チェックしてから取り込んでください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="144"/>
        <source>There is no juror &quot;{ref}&quot; in this contest. Give the juror&apos;s id or exact name.</source>
        <translation>このコンクールに審査員「{ref}」はいません。審査員の ID または正確な名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="147"/>
        <source>The juror needs a name.</source>
        <translation>審査員の名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="148"/>
        <source>&quot;{name}&quot; cannot be a juror&apos;s name: a name made of digits would be read as an id.</source>
        <translation>「{name}」は審査員の名前にできません。数字だけの名前は ID として読み取られます。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="151"/>
        <source>This contest has a juror named {name} already. Add something to tell them apart, such as the affiliation.</source>
        <translation>このコンクールにはすでに {name} という審査員がいます。所属など、区別できる情報を加えてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="154"/>
        <source>{name} is no longer on the panel, so no works can be assigned to them.</source>
        <translation>{name} さんはすでに審査員団から外れているため、作品を割り当てられません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="156"/>
        <source>There is no active juror to assign works to. Add jurors first.</source>
        <translation>作品を割り当てられる在任の審査員がいません。先に審査員を追加してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="158"/>
        <source>&quot;{value}&quot; is not one of the languages en, ko, zh, ja, ru, mn.</source>
        <translation>「{value}」は en、ko、zh、ja、ru、mn のいずれの言語でもありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="160"/>
        <source>&quot;{code}&quot; is neither a country code (such as KR) nor a region code (such as KR-47).</source>
        <translation>「{code}」は国コード（例：KR）でも地域コード（例：KR-47）でもありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="163"/>
        <source>&quot;{value}&quot; is not a kind of conflict: use country or region.</source>
        <translation>「{value}」は利害関係の種類ではありません。country または region を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="165"/>
        <source>There is no round {id} in this contest.</source>
        <translation>このコンクールにラウンド {id} はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="167"/>
        <source>This contest has no open round. Create one first.</source>
        <translation>このコンクールには進行中のラウンドがありません。先に作成してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="169"/>
        <source>Round {round} is closed: its scores can no longer be entered or changed.</source>
        <translation>ラウンド {round} は終了しています。得点の入力や変更はもうできません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="171"/>
        <source>&quot;{value}&quot; is not a kind of round: use preliminary, final or boundary.</source>
        <translation>「{value}」はラウンドの種類ではありません。preliminary、final、boundary のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="173"/>
        <source>A final round needs the number of works to take from the previous round (1 or more).</source>
        <translation>最終審査には、前のラウンドから選ぶ作品数（1以上）を指定する必要があります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="176"/>
        <source>A final round takes the best works of an earlier round, but there is none yet.</source>
        <translation>最終審査は前のラウンドの上位作品で行いますが、前のラウンドがまだありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="179"/>
        <source>Round {round} is still open. Close it before taking its best works into a final round.</source>
        <translation>ラウンド {round} はまだ進行中です。上位作品を最終審査に進める前に終了してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="182"/>
        <source>A boundary round needs the works it is to decide: give their codes.</source>
        <translation>ボーダー審査には判定する作品が必要です。作品の匿名コードを指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="184"/>
        <source>This round would hold no works. A preliminary round takes the eligible works, and there are none yet.</source>
        <translation>このラウンドには作品が1点も入りません。一次審査は適格作品が対象ですが、適格作品がまだありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="187"/>
        <source>{value} jurors per work is not possible: give 1 or more.</source>
        <translation>1作品あたり {value} 人の審査員は指定できません。1以上を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="189"/>
        <source>{missing} assigned scores are still missing in round {round}. Reassign the works, or accept the gap, to close it; the decision is kept in the audit log.</source>
        <translation>ラウンド {round} で、割り当て済みの得点がまだ {missing} 件ありません。終了するには、作品を再割り当てするか欠落を容認してください。この判断は監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="192"/>
        <source>&quot;{value}&quot; is not a decision: use accept_gap or reassigned.</source>
        <translation>「{value}」は有効な判断ではありません。accept_gap または reassigned を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="194"/>
        <source>Work {code} has only {got} jurors: the others have a conflict with it.</source>
        <translation>作品 {code} の審査員は {got} 人だけです。ほかの審査員はこの作品と利害関係があります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="196"/>
        <source>&quot;{key}&quot; is not a criterion of this round.</source>
        <translation>「{key}」はこのラウンドの審査基準ではありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="198"/>
        <source>&quot;{value}&quot; is not a number. Write the {key} score as a number such as 7 or 7.5.</source>
        <translation>「{value}」は数値ではありません。{key} の得点は 7 や 7.5 のような数値で入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="201"/>
        <source>{value} is outside the scale of {key}: write a score from {min} to {max}.</source>
        <translation>{value} は {key} の尺度の範囲外です。{min}～{max} の得点を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="203"/>
        <source>The {column} score is empty while other scores of this work are filled in. Type the missing score, or clear the row if the work was not scored.</source>
        <translation>この作品のほかの得点は入力されていますが、{column} の得点が空です。不足している得点を入力するか、採点していない作品であれば行を空にしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="206"/>
        <source>&quot;{value}&quot; is not a source of scores: use screen, package or paper.</source>
        <translation>「{value}」は得点の入力元ではありません。screen、package、paper のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="208"/>
        <source>Work {code} is not assigned to juror {juror} in this round, so the score cannot be taken.</source>
        <translation>このラウンドで作品 {code} は審査員 {juror} に割り当てられていないため、得点を受け付けられません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="211"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest. Check the code on the sheet.</source>
        <translation>このコンクールに匿名コード「{value}」の作品はありません。シートのコードを確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="214"/>
        <source>There is no juror &quot;{value}&quot; in this contest. Write the juror&apos;s id or exact name.</source>
        <translation>このコンクールに審査員「{value}」はいません。審査員の ID または正確な名前を記入してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="217"/>
        <source>Work {value} is scored for the same juror again in row {rows}. Neither row was imported: keep the right one and import the sheet again.</source>
        <translation>作品 {value} が {rows} 行目で同じ審査員について重複して採点されています。どちらの行も取り込んでいません。正しい行だけを残して、シートをもう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="220"/>
        <source>The sheet has no {column} column. Use the score sheet made for the juror: its first row names the columns code, juror, one per criterion and comment.</source>
        <translation>シートに {column} 列がありません。審査員用に作成した採点表を使ってください。採点表の1行目には code、juror、基準ごとの列、comment の列名があります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="223"/>
        <source>Cannot write &quot;{value}&quot;: a score sheet is a .xlsx or a .pdf file.</source>
        <translation>「{value}」に書き込めません。採点表は .xlsx または .pdf ファイルです。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="225"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest.</source>
        <translation>このコンクールに匿名コード「{value}」の作品はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="228"/>
        <source>{juror} has no works to score in {round}. Assign works first, then export the package.</source>
        <translation>審査員 {juror} には、{round} で採点する作品がありません。先に作品を割り当ててから、パッケージをエクスポートしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="231"/>
        <source>Work {code} has no preview image, so it cannot be put in a package. Re-import its image first.</source>
        <translation>作品 {code} にはプレビュー画像がないため、パッケージに入れられません。先に画像を取り込み直してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="234"/>
        <source>&quot;{path}&quot; is not a juror package. Open the .nearjury file staff sent.</source>
        <translation>「{path}」は審査員パッケージではありません。事務局から送られた .nearjury ファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="236"/>
        <source>&quot;{path}&quot; was made by a newer version of the app (format {version}). Install the newer version to open it.</source>
        <translation>「{path}」は新しいバージョンのアプリで作成されています（形式 {version}）。開くには新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="239"/>
        <source>The package &quot;{path}&quot; was changed after it was exported, so it cannot be trusted. Ask staff to send it again.</source>
        <translation>パッケージ「{path}」はエクスポート後に変更されているため、信頼できません。事務局に再送を依頼してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="242"/>
        <source>The saved scores &quot;{path}&quot; were changed outside the app, so they cannot be trusted. Ask staff what to do; the file was left as it is.</source>
        <translation>保存された得点「{path}」はアプリの外で変更されているため、信頼できません。対応を事務局に問い合わせてください。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="245"/>
        <source>Work {code} is not one of the works you were given.</source>
        <translation>作品 {code} は、あなたに割り当てられた作品ではありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="247"/>
        <source>&quot;{path}&quot; is not a results file of a juror package. Nothing was imported.</source>
        <translation>「{path}」は審査員パッケージの結果ファイルではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="250"/>
        <source>The results &quot;{path}&quot; belong to a package this database never exported. Nothing was imported; check that you opened the right contest database.</source>
        <translation>結果「{path}」は、このデータベースからエクスポートしたことのないパッケージのものです。何も取り込んでいません。正しいコンクールのデータベースを開いているか確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="253"/>
        <source>The results &quot;{path}&quot; were changed outside the app after the juror exported them. Nothing was imported; ask the juror to export them again.</source>
        <translation>結果「{path}」は、審査員がエクスポートした後にアプリの外で変更されています。何も取り込んでいません。審査員に再エクスポートを依頼してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="256"/>
        <source>The results &quot;{path}&quot; are older than results already imported from the same package. Nothing was imported, so the newer scores stay.</source>
        <translation>結果「{path}」は、同じパッケージから取り込み済みの結果より古いものです。何も取り込んでいないため、新しい得点がそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="259"/>
        <source>Work {work} was not in this juror&apos;s package; its score was not imported.</source>
        <translation>作品 {work} はこの審査員のパッケージに含まれていなかったため、得点は取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="261"/>
        <source>The score for work {work} cannot be read; it was not imported.</source>
        <translation>作品 {work} の得点を読み取れないため、取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="263"/>
        <source>The scoring screen is not part of this installation. Export the results with: contest-app juror --export-results PACKAGE OUT</source>
        <translation>このインストールには採点画面が含まれていません。次のコマンドで結果をエクスポートしてください：contest-app juror --export-results PACKAGE OUT</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="266"/>
        <source>Jurors can sign in to a shared database on PostgreSQL only, not on {backend}. Use offline packages instead.</source>
        <translation>審査員がサインインできる共有データベースは PostgreSQL のみで、{backend} には対応していません。代わりにオフラインパッケージを使ってください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="269"/>
        <source>There is no open round with works for you to score.</source>
        <translation>あなたが採点する作品のある進行中のラウンドはありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="271"/>
        <source>Give the juror a password for signing in.</source>
        <translation>審査員のサインイン用パスワードを指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="274"/>
        <source>&quot;{value}&quot; is not a method of combining scores. Choose one of {methods}.</source>
        <translation>「{value}」は得点の集計方法ではありません。{methods} のいずれかを選んでください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="276"/>
        <source>Round {round} is still open: its scores may still change.</source>
        <translation>ラウンド {round} はまだ進行中のため、得点が変わる可能性があります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="278"/>
        <source>Boundary round {round} is still open; its scores count once it is closed.</source>
        <translation>ボーダー審査 {round} はまだ進行中です。得点は終了後に反映されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="280"/>
        <source>{count} scores were set aside: the juror has a conflict of interest with the work&apos;s region or country.</source>
        <translation>{count} 件の得点を除外しました。審査員が作品の地域または国と利害関係にあります。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="283"/>
        <source>{count} scores were set aside because not every criterion was scored.</source>
        <translation>すべての基準が採点されていないため、{count} 件の得点を除外しました。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="285"/>
        <source>{count} scores were set aside because the work was handed to another juror.</source>
        <translation>作品がほかの審査員に回されたため、{count} 件の得点を除外しました。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="288"/>
        <source>{count} scored works are not eligible (or were disqualified) and are not ranked.</source>
        <translation>採点済みの作品のうち {count} 点は適格でない（または失格の）ため、順位付けしません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="291"/>
        <source>No work has a usable score yet, so there is nothing to rank.</source>
        <translation>有効な得点のある作品がまだないため、順位付けできません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="293"/>
        <source>Cannot read &quot;{value}&quot;: write TIER=N with N at least 1, for example excellence=3.</source>
        <translation>「{value}」を読み取れません。TIER=N の形式（N は1以上）で入力してください（例：excellence=3）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="296"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Its tiers are {tiers}.</source>
        <translation>「{value}」はこのコンクールの賞ではありません。賞の一覧：{tiers}。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="298"/>
        <source>Region {region} could not get a work into the {tier} tier: no other region has a place to spare within the constraints.</source>
        <translation>地域 {region} の作品を{tier}に入れられませんでした。制約の範囲内で枠を譲れる地域がほかにありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="301"/>
        <source>There are not enough ranked works to fill every tier (places left: {tiers}).</source>
        <translation>すべての賞を埋めるだけの順位付け済み作品がありません（残りの枠：{tiers}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="304"/>
        <source>The results of edition {edition} are final and locked. Unlock them, with a reason, before changing them.</source>
        <translation>第{edition}回の結果は確定し、ロックされています。変更する前に、理由を添えてロックを解除してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="307"/>
        <source>The results of edition {edition} are not locked.</source>
        <translation>第{edition}回の結果はロックされていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="309"/>
        <source>The committee has already decided on {count} awards. A new proposal would replace those decisions; confirm that you want to replace them.</source>
        <translation>委員会はすでに {count} 件の賞について決定しています。新しい受賞案はこれらの決定を置き換えます。置き換えてよいか確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="312"/>
        <source>There are no awards yet. Propose the awards first.</source>
        <translation>表彰はまだありません。先に受賞案を作成してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="314"/>
        <source>There is no work with the code {code} in this contest.</source>
        <translation>このコンクールに匿名コード {code} の作品はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="316"/>
        <source>Work {code} is disqualified and cannot receive an award.</source>
        <translation>作品 {code} は失格のため、受賞できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="318"/>
        <source>Some tiers do not hold their quota ({tiers}). Give a reason to finalise the results anyway.</source>
        <translation>枠数どおりでない賞があります（{tiers}）。それでも結果を確定するには、理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="321"/>
        <source>A boundary round needs at least two works.</source>
        <translation>ボーダー審査には少なくとも2点の作品が必要です。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="323"/>
        <source>Say what to write: a results workbook (OUT.xlsx), --pdf OUT.pdf or --regions OUT.xlsx.</source>
        <translation>書き出す内容を指定してください：結果ブック（OUT.xlsx）、--pdf OUT.pdf、または --regions OUT.xlsx。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="327"/>
        <source>&quot;{value}&quot; is not a kind of certificate: use award, participation, teacher or all.</source>
        <translation>「{value}」は賞状の種類ではありません。award、participation、teacher、all のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="330"/>
        <source>The certificate template cannot be used ({value}): every field needs a width, a height and a font size above zero.</source>
        <translation>賞状のテンプレートを使用できません（{value}）。すべての項目の幅、高さ、文字サイズを 0 より大きくしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="333"/>
        <source>The image &quot;{value}&quot; cannot be opened. Choose a PNG or JPEG file.</source>
        <translation>画像「{value}」を開けません。PNG または JPEG ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="335"/>
        <source>There is no certificate with the serial {serial} in this contest.</source>
        <translation>このコンクールに通し番号 {serial} の賞状はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="337"/>
        <source>The calibration ({dx} mm, {dy} mm, scale {scale}) is not plausible: offsets must be within 30 mm and the scale between 0.8 and 1.2.</source>
        <translation>補正値（{dx} mm、{dy} mm、倍率 {scale}）が妥当ではありません。ずれは 30 mm 以内、倍率は 0.8～1.2 にしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="340"/>
        <source>{count} works have awards that are not final yet. Their students get no certificate until the awards are final (or until you allow provisional awards).</source>
        <translation>{count} 点の作品の賞がまだ確定していません。賞が確定するまで（または暫定の賞を許可するまで）、その生徒には賞状が発行されません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="343"/>
        <source>{count} works have provisional awards; their award certificates were made as you allowed. Check them before they are sent.</source>
        <translation>{count} 点の作品の賞は暫定です。許可に従って賞状を作成しました。送付する前に確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="346"/>
        <source>{count} awarded works are not eligible (disqualified or without consent) and got no certificate. Check the awards.</source>
        <translation>受賞作品のうち {count} 点は適格でない（失格または同意なし）ため、賞状を作成していません。表彰を確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="349"/>
        <source>{count} students&apos; personal data has been removed, so they get no certificate.</source>
        <translation>{count} 名の生徒は個人データが削除されているため、賞状は発行されません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="352"/>
        <source>The {field} &quot;{text}&quot; has characters no font can print ({characters}); they would come out as empty boxes. Correct the text or add a font that has them.</source>
        <translation>{field}「{text}」に、どのフォントでも印刷できない文字（{characters}）があり、空の四角で印刷されます。文字を修正するか、その文字を含むフォントを追加してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="355"/>
        <source>The template&apos;s {field} image ({text}) is missing from the data folder. Choose the image again in the template editor.</source>
        <translation>テンプレートの{field}の画像（{text}）がデータフォルダーにありません。テンプレート編集で画像を選び直してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="358"/>
        <source>The painting&apos;s image for &quot;{text}&quot; is missing; the certificate prints without it.</source>
        <translation>「{text}」の作品画像がないため、賞状は画像なしで印刷されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="361"/>
        <source>Your score could not be saved in {path}: the folder cannot be written to. Copy the package to a folder of your own (such as Documents) and open it there.</source>
        <translation>得点を {path} に保存できませんでした。このフォルダーには書き込めません。パッケージを自分のフォルダー（「ドキュメント」など）にコピーし、そこで開いてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="365"/>
        <source>There is no tour with id {id}.</source>
        <translation>ID {id} の巡回展はありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="366"/>
        <source>This tour has no venue &quot;{id}&quot;. Give the venue&apos;s id or exact name.</source>
        <translation>この巡回展に会場「{id}」はありません。会場の ID または正確な名称を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="368"/>
        <source>The tour needs a name.</source>
        <translation>巡回展の名称を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="369"/>
        <source>The venue needs a name.</source>
        <translation>会場の名称を入力してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="370"/>
        <source>The period ends ({ends_on}) before it starts ({starts_on}). Check the dates.</source>
        <translation>終了日（{ends_on}）が開始日（{starts_on}）より前になっています。日付を確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="373"/>
        <source>Work {id} has no award, so it cannot tour. Tours show awarded works only.</source>
        <translation>作品 {id} は受賞していないため、巡回展に加えられません。巡回展では受賞作品のみを展示します。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="376"/>
        <source>Work {id} is not part of this tour.</source>
        <translation>作品 {id} はこの巡回展に含まれていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="378"/>
        <source>&quot;{value}&quot; is not a status of a touring work: use selected, packed, shipped, on_show or returned.</source>
        <translation>「{value}」は巡回作品の状態ではありません。selected、packed、shipped、on_show、returned のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="381"/>
        <source>The tour &quot;{tour}&quot; has no works to print. Add works first, or show works without consent anonymised instead of leaving them out.</source>
        <translation>巡回展「{tour}」には印刷する作品がありません。先に作品を追加するか、同意のない作品を除外せずに匿名で掲載してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="384"/>
        <source>&quot;{value}&quot; is not a page size the catalogue offers: use A4 or B5.</source>
        <translation>「{value}」は図録で使えるページサイズではありません。A4 または B5 を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="386"/>
        <source>Cannot use the label size &quot;{value}&quot;: write WIDTHxHEIGHT in millimetres, for example 100x70, from 50x30 up to 200x287.</source>
        <translation>キャプションのサイズ「{value}」は使用できません。WIDTHxHEIGHT の形式（mm）で、50x30～200x287 の範囲で入力してください（例：100x70）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="389"/>
        <source>No works are shown at {venue} yet, so there are no labels to print. Choose the venue&apos;s works first.</source>
        <translation>{venue} で展示する作品がまだないため、印刷するキャプションがありません。先に会場の展示作品を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="393"/>
        <source>The batch {file} holds no sheet (.xlsx, .xls, .ods or .csv). Add the region&apos;s entry sheet and import the batch again.</source>
        <translation>応募データ {file} にシート（.xlsx、.xls、.ods、.csv）がありません。地域の応募シートを追加して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="396"/>
        <source>The batch {file} holds more than one sheet ({names}); it must hold exactly one. Remove the others and import it again.</source>
        <translation>応募データ {file} に複数のシートがあります（{names}）。シートは1つだけにしてください。ほかを削除して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="399"/>
        <source>The sheet {file} cannot be read ({detail}). Open it in the office program, save it again as .xlsx and import that. Nothing was imported.</source>
        <translation>シート {file} を読み取れません（{detail}）。オフィスソフトで開いて .xlsx として保存し直し、そのファイルを取り込んでください。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="402"/>
        <source>The sheet {file} has no works: it is empty or has only a header row.</source>
        <translation>シート {file} に作品がありません。空であるか、見出し行しかありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="404"/>
        <source>The sheet {file} is larger than the app reads (limit {value}). Check that it is the right file, or split it. Nothing was imported.</source>
        <translation>シート {file} はアプリが読み込める大きさを超えています（上限 {value}）。正しいファイルか確認するか、分割してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="407"/>
        <source>Row {row} of the sheet {file} has a cell longer than a spreadsheet can hold ({value} characters). The file was not typed in Excel or is damaged; nothing was imported.</source>
        <translation>シート {file} の {row} 行目に、表計算ソフトで扱える長さを超えるセルがあります（{value} 文字）。Excel で入力されたファイルではないか、破損しています。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="411"/>
        <source>{file} is named as a {value} file but its content is something else ({detail}). Send the sheet itself, saved in the format its name says.</source>
        <translation>{file} は名前の上では {value} ファイルですが、中身は別の形式です（{detail}）。名前どおりの形式で保存したシートそのものを送ってください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="414"/>
        <source>The text of {file} is in no code page the app knows (or mixes several). Save it as UTF-8 or as .xlsx and import it again.</source>
        <translation>{file} のテキストは、アプリが認識できる文字コードではありません（または複数が混在しています）。UTF-8 または .xlsx で保存して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="417"/>
        <source>The zip holds a file named &quot;{name}&quot; that would be written outside its folder (an absolute path, &quot;..&quot;, a link or a device name). Nothing was unpacked; ask the region to zip its folder again.</source>
        <translation>ZIP に、フォルダーの外に書き込まれてしまう「{name}」というファイルがあります（絶対パス、「..」、リンク、またはデバイス名）。何も展開していません。地域にフォルダーを圧縮し直すよう依頼してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="421"/>
        <source>The zip {file} is too large to unpack safely ({value}): too many files, too many bytes, or a compression ratio no real batch has (a zip bomb). Nothing was kept.</source>
        <translation>ZIP {file} は大きすぎて安全に展開できません（{value}）。ファイル数やバイト数が多すぎるか、実際の応募データではありえない圧縮率です（ZIP 爆弾）。何も保存していません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="424"/>
        <source>The zip {file} cannot be opened ({detail}): it is damaged, encrypted or not a zip. Ask the region to send it again.</source>
        <translation>ZIP {file} を開けません（{detail}）。破損しているか、暗号化されているか、ZIP ではありません。地域に再送を依頼してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="427"/>
        <source>{file} is not a batch: choose a folder, a .zip, or a sheet (.xlsx, .xls, .ods or .csv).</source>
        <translation>{file} は応募データではありません。フォルダー、.zip、またはシート（.xlsx、.xls、.ods、.csv）を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="430"/>
        <source>{value} is not one of the batch&apos;s files.</source>
        <translation>{value} は応募データ内のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="431"/>
        <source>The sheet has no column for {field}. Use the template&apos;s headers, or say which column it is (--map HEADER={field}).</source>
        <translation>シートに {field} の列がありません。テンプレートの見出しを使うか、どの列が該当するか指定してください（--map HEADER={field}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="434"/>
        <source>Two columns of the sheet mean {field} (one is &quot;{header}&quot;). Remove or rename one.</source>
        <translation>シートの2つの列がどちらも {field} を表しています（一方は「{header}」）。どちらかを削除するか、名前を変えてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="437"/>
        <source>Cannot use the column mapping &quot;{value}&quot;: write HEADER=field with a field the app knows.</source>
        <translation>列の対応付け「{value}」は使用できません。HEADER=field の形式で、アプリが認識できる項目を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="441"/>
        <source>The backup could not be written ({detail}). Nothing else was done: free some disk space or check the backup folder, then try again.</source>
        <translation>バックアップを書き込めませんでした（{detail}）。ほかの処理は行っていません。ディスクの空き容量を確保するかバックアップフォルダーを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="444"/>
        <source>{path} exists already. Choose a new file or folder name for the backup.</source>
        <translation>{path} はすでに存在します。バックアップ用に新しいファイル名またはフォルダー名を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="446"/>
        <source>A database held only in memory cannot be backed up or restored.</source>
        <translation>メモリ上にしかないデータベースは、バックアップも復元もできません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="448"/>
        <source>{file} is not a backup of this app, or it is damaged ({detail}). Nothing was changed.</source>
        <translation>{file} はこのアプリのバックアップではないか、破損しています（{detail}）。変更は加えられていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="451"/>
        <source>The backup {file} was written by a newer version of the app (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>バックアップ {file} は新しいバージョンのアプリで作成されています（スキーマ {revision}）。復元するにはそのバージョンをインストールしてください。変更は加えられていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="454"/>
        <source>The database is in use by another window or program ({detail}). Close it and restore again; nothing was changed.</source>
        <translation>データベースが別のウィンドウまたはプログラムで使用中です（{detail}）。それを閉じてから、もう一度復元してください。変更は加えられていません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="458"/>
        <source>The retention period must be a whole number of days from 0 to {max}, not {value}.</source>
        <translation>保存期間は 0～{max} の整数の日数にしてください。{value} は指定できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="461"/>
        <source>No retention period is set. Set one first (privacy retention --days N), or give --days.</source>
        <translation>保存期間が設定されていません。先に設定する（privacy retention --days N）か、--days を指定してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="464"/>
        <source>This contest&apos;s deadline ({deadline}) is within the retention period of {days} days: its personal data may be removed from {due} on.</source>
        <translation>このコンクールの締切日（{deadline}）は保存期間 {days} 日の範囲内です。個人データは {due} 以降に削除できます。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="68"/>
        <source>Whole page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="69"/>
        <source>Page width</source>
        <translation>ページ幅</translation>
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
            <numerusform>ページ数：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="56"/>
        <source>Pre-flight check</source>
        <translation>印刷前チェック</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="59"/>
        <source>Every text can be printed with the embedded fonts, and every image of the templates is there.</source>
        <translation>すべての文字は埋め込みフォントで印刷でき、テンプレートの画像もすべてそろっています。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="62"/>
        <source>{count} texts have characters that no font can print; they would come out as empty boxes. Correct them first.</source>
        <translation>{count} 件の文字に、どのフォントでも印刷できない文字が含まれており、空の四角で印刷されます。先に修正してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="66"/>
        <source>Nothing would print as boxes; some certificates will lack the painting&apos;s thumbnail.</source>
        <translation>空の四角で印刷される文字はありません。ただし、一部の賞状には作品のサムネイルが入りません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="69"/>
        <source>Generate anyway?</source>
        <translation>それでも作成しますか？</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="71"/>
        <source>Generate anyway</source>
        <translation>それでも作成</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Student</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Characters</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="76"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="104"/>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="105"/>
        <source>Retention of personal data</source>
        <translation>個人データの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="106"/>
        <source>Keep non-winners&apos; data for (days):</source>
        <translation>非受賞者のデータの保存期間（日）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="107"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="108"/>
        <source>Remove non-winners&apos; personal data</source>
        <translation>非受賞者の個人データの削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="109"/>
        <source>Preview (changes nothing)</source>
        <translation>プレビュー（変更なし）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="110"/>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="111"/>
        <source>Everything held about one student</source>
        <translation>1人の生徒に関するすべてのデータ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="112"/>
        <source>Name of the student</source>
        <translation>生徒の氏名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="113"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="134"/>
        <source>Not set yet</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="135"/>
        <source>Saved: {days} days</source>
        <translation>保存済み：{days} 日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="168"/>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove personal data</source>
        <translation>個人データの削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove the names, birth dates and schools of {students} students and the images of {works} works for good? Counts, titles and scores stay.</source>
        <translation>生徒 {students} 名の氏名・生年月日・学校と、作品 {works} 点の画像を完全に削除しますか？件数、作品名、得点は残ります。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="185"/>
        <source>Removed: {students} students&apos; personal data, {files} image files.</source>
        <translation>削除しました：生徒 {students} 名の個人データ、画像ファイル {files} 件。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="190"/>
        <source>Removing personal data…</source>
        <translation>個人データを削除しています…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="195"/>
        <source>Choose a contest first.</source>
        <translation>先にコンクールを選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="197"/>
        <source>Students none of whose works won an award lose their names, birth dates and schools, and their works&apos; images are deleted, once the contest&apos;s deadline is older than the retention period. Preview first.</source>
        <translation>コンクールの応募締切日から保存期間が過ぎると、受賞作品が1点もない生徒の氏名・生年月日・学校と作品の画像が削除されます。まずプレビューで確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="202"/>
        <source>{students} students and the images of {works} works ({files} files) would be removed; {kept} students with an award are kept, {done} were removed before.</source>
        <translation>生徒 {students} 名のデータと作品 {works} 点の画像（ファイル {files} 件）が削除されます。受賞した生徒 {kept} 名は残り、{done} 名は削除済みです。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="237"/>
        <source>Folder for the export</source>
        <translation>エクスポート先フォルダー</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Export written</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Everything held about the student is in {folder}. It holds personal data: hand it over securely.</source>
        <translation>この生徒に関するすべてのデータを {folder} に保存しました。個人データを含むため、安全な方法で受け渡してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="253"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="24"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Membership</source>
        <translation>会員区分</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="97"/>
        <source>Active</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="100"/>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>フィルター…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="102"/>
        <source>Code:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>国：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="104"/>
        <source>Membership:</source>
        <translation>会員区分：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="105"/>
        <source>e.g. KR-47, or KR-POHANG</source>
        <translation>例：KR-47、KR-POHANG</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="106"/>
        <source>Takes part (shown in lists)</source>
        <translation>参加する（一覧に表示）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="107"/>
        <source>Reason (kept in the audit log)</source>
        <translation>理由（監査ログに記録）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="108"/>
        <source>New region</source>
        <translation>新しい地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="109"/>
        <source>Save region</source>
        <translation>地域を保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="136"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>ScoringWindow</name>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="183"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>採点 — {juror}、{round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="186"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name}（{low:g}～{high:g}）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Comment (optional)</source>
        <translation>コメント（任意）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flag for discussion (F)</source>
        <translation>協議対象にマーク (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourite (S)</source>
        <translation>お気に入り (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="191"/>
        <source>I cannot judge this work</source>
        <translation>この作品は審査できません</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="192"/>
        <source>Pass line:</source>
        <translation>合格ライン：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="193"/>
        <source>Export results for the secretariat…</source>
        <translation>事務局向けに結果をエクスポート…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="195"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>キー：1～9 と 0（=10）で選択中の基準を採点、↑↓ で基準を選択、Enter または → で次の作品、← で前の作品、C で比較、F でマーク、S でお気に入り、Backspace で消去、+/− で拡大・縮小。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="202"/>
        <source>All my works</source>
        <translation>担当作品すべて</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="203"/>
        <source>Not scored yet</source>
        <translation>未採点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="204"/>
        <source>Flagged</source>
        <translation>マーク済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="205"/>
        <source>Favourites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="272"/>
        <source>Work {n} of {total}</source>
        <translation>作品 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="275"/>
        <source>No works in this view.</source>
        <translation>この表示には作品がありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="336"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} は尺度 {low:g}～{high:g} の範囲外です。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="384"/>
        <source>Weighted score: {score}</source>
        <translation>加重得点：{score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="392"/>
        <source>{done} of {total} scored</source>
        <translation>{total} 点中 {done} 点採点済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="401"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>採点済み {scored} 点のうち {passed} 点（{share:.0f}%）が合格ライン以上です。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="444"/>
        <source>Export results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="445"/>
        <source>Juror results (*.nearresults)</source>
        <translation>審査員の結果 (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="454"/>
        <source>Results written to {file}</source>
        <translation>結果を {file} に書き出しました</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="106"/>
        <source>Tour</source>
        <translation>巡回展</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="107"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="108"/>
        <source>From:</source>
        <translation>開始日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="109"/>
        <source>Until:</source>
        <translation>終了日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="110"/>
        <source>Notes:</source>
        <translation>メモ：</translation>
    </message>
</context>
<context>
    <name>TourWorksView</name>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="37"/>
        <source>Selected</source>
        <translation>選定済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="38"/>
        <source>Packed</source>
        <translation>梱包済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="39"/>
        <source>Shipped</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="40"/>
        <source>On show</source>
        <translation>展示中</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="41"/>
        <source>Returned</source>
        <translation>返却済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>Work</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Award</source>
        <translation>賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Condition</source>
        <translation>コンディション</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="137"/>
        <source>No publication consent for every author: the catalogue leaves the names off, or the work out.</source>
        <translation>すべての作者から公開の同意を得ていません。図録では氏名を載せないか、作品を掲載しません。</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="154"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>City:</source>
        <translation>都市：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>From:</source>
        <translation>開始日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>Until:</source>
        <translation>終了日：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="159"/>
        <source>Contact:</source>
        <translation>連絡先：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="161"/>
        <source>Wall labels and work lists for this venue print in its language and in English.</source>
        <translation>この会場のキャプションと作品リストは、会場の言語と英語で印刷されます。</translation>
    </message>
</context>
<context>
    <name>VenueWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="206"/>
        <source>Works at {venue}</source>
        <translation>{venue} の展示作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="208"/>
        <source>Tick the works shown at this venue.</source>
        <translation>この会場で展示する作品を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="209"/>
        <source>All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="210"/>
        <source>None</source>
        <translation>すべて解除</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="93"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="96"/>
        <source>Add venue…</source>
        <translation>会場を追加…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="97"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="98"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="99"/>
        <source>Works shown…</source>
        <translation>展示作品…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="100"/>
        <source>Wall labels…</source>
        <translation>キャプション…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="101"/>
        <source>Files for this venue…</source>
        <translation>この会場用のファイル…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="102"/>
        <source>No venues yet. A venue shows the tour&apos;s works for a time; its labels print in its language.</source>
        <translation>会場はまだありません。会場では一定期間、巡回展の作品を展示します。キャプションは会場の言語で印刷されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete venue</source>
        <translation>会場の削除</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete the venue &quot;{name}&quot;? Its works stay in the tour.</source>
        <translation>会場「{name}」を削除しますか？作品は巡回展に残ります。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="192"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="198"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>Wall labels</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="193"/>
        <source>Card size in millimetres (width x height):</source>
        <translation>キャプションのサイズ（mm、幅 x 高さ）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>{labels} labels on {sheets} sheets: {path}</source>
        <translation>キャプション {labels} 枚（用紙 {sheets} 枚）：{path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="209"/>
        <source>Making the wall labels…</source>
        <translation>キャプションを作成しています…</translation>
    </message>
</context>
</TS>
