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
    <name>App</name>
    <message>
        <location filename="../contest_app/gui/app.py" line="43"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="43"/>
        <source>Awards</source>
        <translation>表彰</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Tier</source>
        <translation>賞</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <source>Quota</source>
        <translation>枠数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="47"/>
        <source>Awarded</source>
        <translation>受賞数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Code</source>
        <translation>匿名コード</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>Title</source>
        <translation>作品名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Score</source>
        <translation>得点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="53"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="56"/>
        <source>Award tiers</source>
        <translation>賞の種類</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="57"/>
        <source>Awarded works</source>
        <translation>受賞作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="58"/>
        <source>No awards yet. They are proposed from the jury&apos;s scores once a round is complete.</source>
        <translation>表彰はまだありません。審査ラウンドが終わると、審査員の得点をもとに受賞案が作成されます。</translation>
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
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="28"/>
        <source>Certificates</source>
        <translation>賞状</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Serial</source>
        <translation>通し番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="32"/>
        <source>Student</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="33"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Reissue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="37"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>発行済みの賞状はまだありません。受賞者の賞状は最終結果に基づいて発行され、その他の適格な生徒全員に参加証が発行されます。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="47"/>
        <source>yes</source>
        <translation>はい</translation>
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
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>Code</source>
        <translation>匿名コード</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Title</source>
        <translation>作品名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>生徒</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
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
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="29"/>
        <source>Exhibitions</source>
        <translation>展覧会</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>Tour</source>
        <translation>巡回展</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="34"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="37"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>巡回展はまだありません。巡回展では、過去の回の受賞作品を1か所以上の会場で展示します。</translation>
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
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="100"/>
        <source>Import a region&apos;s batch</source>
        <translation>地域の応募データの取り込み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="102"/>
        <source>Batch (folder or .zip):</source>
        <translation>応募データ（フォルダーまたは .zip）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Sheet encoding:</source>
        <translation>シートの文字コード：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="106"/>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Zip file…</source>
        <translation>ZIP ファイル…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Read and check the batch</source>
        <translation>読み込んでチェック</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Save problem report…</source>
        <translation>問題レポートを保存…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="114"/>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="143"/>
        <source>Choose the batch folder</source>
        <translation>応募データのフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="149"/>
        <source>Choose the batch .zip</source>
        <translation>応募データの .zip を選択</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP ファイル (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="172"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>存在する応募データのフォルダーまたは .zip を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="176"/>
        <source>Choose the region that sent it.</source>
        <translation>送付元の地域を選択してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="193"/>
        <source>Reading the batch and its images…</source>
        <translation>応募データと画像を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="199"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>「取り込む」を押すまで何も書き込まれません。「キャンセル」を押すとデータベースは元のままです。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="203"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>作品 {works} 点（新規 {new}、更新 {updated}、変更なし {unchanged}、不受理 {refused}）、生徒 {students} 名。エラー {errors} 件、警告 {warnings} 件。シートの文字コード：{encoding}。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="212"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>このままでは応募データを取り込めません。行番号のない問題を確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="231"/>
        <source>Writing the batch…</source>
        <translation>応募データを書き込んでいます…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="239"/>
        <source>Save the problem report</source>
        <translation>問題レポートの保存</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="240"/>
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
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="97"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>アプリが認識できなかった列はメモとして保存されます。列の内容に対応する項目を選ぶとその項目として読み取り、応募データを読み込み直します。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>(suggested)</source>
        <translation>（提案）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="135"/>
        <source>Errors and warnings</source>
        <translation>エラーと警告</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="137"/>
        <source>Every problem</source>
        <translation>すべての問題</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="177"/>
        <source>Keep as a note</source>
        <translation>メモとして保存</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="44"/>
        <source>Jury</source>
        <translation>審査</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Conflicts</source>
        <translation>利害関係</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Scores given</source>
        <translation>採点数</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Works</source>
        <translation>作品</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Assignments</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Scores</source>
        <translation>採点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="57"/>
        <source>Jurors</source>
        <translation>審査員</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="58"/>
        <source>Rounds</source>
        <translation>審査ラウンド</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="59"/>
        <source>No jurors yet. Jurors are added once the works have been checked.</source>
        <translation>審査員はまだいません。作品の確認が済んだら審査員を追加します。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="61"/>
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
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <source>Provisional</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="131"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR 青少年絵画コンクール</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="132"/>
        <source>Contest:</source>
        <translation>コンクール：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="136"/>
        <source>&amp;New contest…</source>
        <translation>新しいコンクール(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="137"/>
        <source>Contest &amp;settings…</source>
        <translation>コンクールの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="138"/>
        <source>&amp;Regions…</source>
        <translation>地域(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="139"/>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="143"/>
        <source>&amp;About…</source>
        <translation>バージョン情報(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="175"/>
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
        <location filename="../contest_app/messages.py" line="75"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} のセルが空ですが、必須項目です。入力してからシートを再送してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="78"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>この生徒は {reference_date} 時点で {age} 歳です。コンクールの対象は {min}～{max} 歳です。生年月日を確認してください。正しい場合、この作品は参加できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="81"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>{name} さんの保護者の同意が記録されていません。作品は保管されますが、同意が得られるまで審査できません。同意を取り付けて「はい」と記入してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="84"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>「{value}」からは「はい」か「いいえ」か判断できません。保護者が同意していれば「はい」、そうでなければ「いいえ」と記入してください。それまでは同意なしとして扱います。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="87"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>画像ファイル「{value}」が応募データに含まれていません。ファイルを追加するか、シートのファイル名を修正してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="90"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>画像「{value}」を開けません。ファイルが破損しているか、途中で切れているか、JPEG・PNG・TIFF・WebP・HEIC 形式ではありません。ファイルを再送してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="93"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>画像「{value}」は大きすぎるため安全に開けません。1億画素以下の作品の写真またはスキャン画像を送ってください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="96"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>作品 {entry_no} の行の内容が一致しません。この行の {column} は「{value}」ですが、{first_row} 行目は「{first_value}」です。同じ作品の行には、すべて同じ作品名と画像を記入してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>この生徒はすでに {first_row} 行目でこの作品に登録されています。重複した行は除外しました。シートから削除してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>画像「{value}」は作品 {other_entry_no}（{other_region}、第{other_edition}回）と同じファイルです。作品ごとに別の画像が必要です。また、過去の回に応募した作品は再応募できません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>画像「{value}」は作品 {other_entry_no}（{other_region}、第{other_edition}回）の画像とよく似ています。別々の作品であることを確認してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>「{value}」はセンチメートル単位の寸法ではありません。54.5 のように数値で記入してください。寸法は空欄のままにしました。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="113"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>{name} のローマ字表記がないため、「{value}」を提案しました。確認し、必要に応じて修正してください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="116"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>「{value}」はこのコンクールの賞ではありません。いずれかの賞の名称を記入するか、セルを空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="119"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>作品 {value} はデータベースにありますが、今回の応募データには含まれていません。作品はそのまま残しました。地域が取り下げた場合は手動で取り下げてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="122"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>シートに {column} 列がありません。列を追加するか、どの列に該当するかを指定してください（--map HEADER={column}）。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="125"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>「{value}」列はアプリが認識できない列です。その値は各作品とともに保存しました。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="128"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>シート全体の問題を解決するまで、この応募データは取り込めません。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="131"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>この取り込みはすでに完了したか、破棄されています。応募データをもう一度チェックしてください。</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="133"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>応募データのチェック後に、この地域の作品が変更されました。もう一度チェックしてから取り込んでください。</translation>
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
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="170"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>採点 — {juror}、{round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="173"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name}（{low:g}～{high:g}）：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="175"/>
        <source>Comment (optional)</source>
        <translation>コメント（任意）</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="176"/>
        <source>Flag for discussion (F)</source>
        <translation>協議対象にマーク (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="177"/>
        <source>Favourite (S)</source>
        <translation>お気に入り (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="178"/>
        <source>I cannot judge this work</source>
        <translation>この作品は審査できません</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="179"/>
        <source>Pass line:</source>
        <translation>合格ライン：</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="180"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>キー：1～9 と 0（=10）で選択中の基準を採点、↑↓ で基準を選択、Enter または → で次の作品、← で前の作品、C で比較、F でマーク、S でお気に入り、Backspace で消去、+/− で拡大・縮小。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="187"/>
        <source>All my works</source>
        <translation>担当作品すべて</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Not scored yet</source>
        <translation>未採点</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flagged</source>
        <translation>マーク済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="257"/>
        <source>Work {n} of {total}</source>
        <translation>作品 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="260"/>
        <source>No works in this view.</source>
        <translation>この表示には作品がありません。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="321"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} は尺度 {low:g}～{high:g} の範囲外です。</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="369"/>
        <source>Weighted score: {score}</source>
        <translation>加重得点：{score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="377"/>
        <source>{done} of {total} scored</source>
        <translation>{total} 点中 {done} 点採点済み</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="386"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>採点済み {scored} 点のうち {passed} 点（{share:.0f}%）が合格ライン以上です。</translation>
    </message>
</context>
</TS>
