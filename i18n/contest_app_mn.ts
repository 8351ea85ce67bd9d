<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="30"/>
        <source>About {name}</source>
        <translation>{name} — программын тухай</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="31"/>
        <source>Runs the NEAR Youth Painting Contest: the regions&apos; batches, the blind jury, the awards, the certificates and the touring exhibitions.</source>
        <translation>NEAR залуучуудын уран зургийн уралдааныг зохион байгуулах программ: бүс нутгуудаас ирүүлсэн бүтээлүүд, нэр нууцалсан шүүлт, шагнал, өргөмжлөл, явуулын үзэсгэлэн.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="35"/>
        <source>Version {version}</source>
        <translation>Хувилбар {version}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="36"/>
        <source>Database: {url}</source>
        <translation>Өгөгдлийн сан: {url}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="37"/>
        <source>Images: {folder}</source>
        <translation>Зургууд: {folder}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="38"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>AddWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="95"/>
        <source>Every edition</source>
        <translation>Бүх уралдаан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="97"/>
        <source>Every award</source>
        <translation>Бүх шагнал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="99"/>
        <source>Every country</source>
        <translation>Бүх улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="101"/>
        <source>Every region</source>
        <translation>Бүх бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="118"/>
        <source>Add awarded works</source>
        <translation>Шагналт бүтээл нэмэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="119"/>
        <source>Title, name or region</source>
        <translation>Бүтээлийн нэр, сурагчийн нэр, бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="120"/>
        <source>Tick all shown</source>
        <translation>Харагдаж буйг бүгдийг сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="121"/>
        <source>Untick all</source>
        <translation>Бүх сонголтыг цуцлах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Work</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Year</source>
        <translation>Он</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Award</source>
        <translation>Шагнал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="126"/>
        <source>Students</source>
        <translation>Сурагчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="178"/>
        <source>{shown} works shown, {ticked} ticked</source>
        <translation>Харуулсан бүтээл: {shown}, сонгосон: {ticked}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../contest_app/gui/app.py" line="43"/>
        <source>Cannot open the database</source>
        <translation>Өгөгдлийн санг нээж чадсангүй</translation>
    </message>
</context>
<context>
    <name>AwardDecisionDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="91"/>
        <source>Change the tier of {code}</source>
        <translation>Зэрэг өөрчлөх: {code}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="93"/>
        <source>The committee&apos;s decision overrides the ranking. The reason is kept in the audit log with your name and the time.</source>
        <translation>Хорооны шийдвэр эрэмбээс давуу эрхтэй. Шалтгааныг таны нэр, цагийн хамт өөрчлөлтийн бүртгэлд хадгална.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="96"/>
        <source>New tier:</source>
        <translation>Шинэ зэрэг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="97"/>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="130"/>
        <source>Reason:</source>
        <translation>Шалтгаан:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="98"/>
        <source>No award</source>
        <translation>Шагналгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="132"/>
        <source>Disqualify {code}</source>
        <translation>Хасах: {code}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="134"/>
        <source>Work {code} will be disqualified. If it holds an award, the award is withdrawn and the next works move up one place in every tier below, so that each tier keeps its quota.</source>
        <translation>{code} кодтой бүтээлийг хасна. Шагналтай бол шагналыг цуцалж, доорх зэрэг бүрт дараагийн бүтээлүүд нэг байр дээшилснээр зэрэг бүр квотоо хадгална.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="139"/>
        <source>Finalise the results</source>
        <translation>Дүнг эцэслэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="140"/>
        <source>The results become final and are locked: any later change needs an unlock with a reason.</source>
        <translation>Дүн эцэслэгдэж түгжигдэнэ: дараа нь өөрчлөхийн тулд шалтгаан бичиж түгжээг тайлах шаардлагатай.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="142"/>
        <source>Some tiers do not hold their quota: say why.</source>
        <translation>Зарим зэрэг квотоо хангаагүй байна: шалтгааныг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="146"/>
        <source>Unlock the final results</source>
        <translation>Эцсийн дүнгийн түгжээг тайлах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="147"/>
        <source>The results become provisional again and can be changed. The reason is kept in the audit log.</source>
        <translation>Дүн дахин урьдчилсан болж, өөрчлөх боломжтой болно. Шалтгааныг өөрчлөлтийн бүртгэлд хадгална.</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="144"/>
        <source>Awards</source>
        <translation>Шагнал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Tier</source>
        <translation>Зэрэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Rank</source>
        <translation>Байр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Code</source>
        <translation>Нууц код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <source>No.</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <source>Title</source>
        <translation>Бүтээлийн нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Jurors</source>
        <translation>Шүүгч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="151"/>
        <source>Abstained</source>
        <translation>Түдгэлзсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Tier line</source>
        <translation>Зааг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Moved by</source>
        <translation>Шилжилтийн шалтгаан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="156"/>
        <source>Combine scores by:</source>
        <translation>Оноо нэгтгэх арга:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="159"/>
        <source>At most per country:</source>
        <translation>Нэг улсад дээд тал нь:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="160"/>
        <source>e.g. grand=1, excellence=3</source>
        <translation>жишээ нь grand=1, excellence=3</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="161"/>
        <source>At least one finalist per region</source>
        <translation>Бүс нутаг бүрээс дор хаяж нэг шагналт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="162"/>
        <source>Propose awards</source>
        <translation>Шагнал санал болгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="163"/>
        <source>Change tier…</source>
        <translation>Зэрэг өөрчлөх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="164"/>
        <source>Disqualify…</source>
        <translation>Хасах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="165"/>
        <source>Approve as provisional</source>
        <translation>Урьдчилан батлах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="166"/>
        <source>Finalise and lock…</source>
        <translation>Эцэслэн түгжих…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="167"/>
        <source>Unlock…</source>
        <translation>Түгжээ тайлах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="168"/>
        <source>Results (.xlsx)…</source>
        <translation>Дүн (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="169"/>
        <source>Report (PDF)…</source>
        <translation>Тайлан (PDF)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="170"/>
        <source>Lists per region (.xlsx)…</source>
        <translation>Бүс нутгаарх жагсаалт (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="171"/>
        <source>Ranking</source>
        <translation>Эрэмбэ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="172"/>
        <source>Jury statistics</source>
        <translation>Шүүлтийн статистик</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="173"/>
        <source>Tier lines and constraints</source>
        <translation>Зааг ба хязгаарлалт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="174"/>
        <source>Method sensitivity</source>
        <translation>Аргын нөлөө</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="175"/>
        <source>Decisions</source>
        <translation>Шийдвэрүүд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="211"/>
        <source>Open a contest to see its results.</source>
        <translation>Дүнг харахын тулд уралдаан нээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="228"/>
        <source>Ranked by {method}, the method of the saved proposal.</source>
        <translation>Хадгалсан саналын аргаар эрэмбэлсэн: {method}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="231"/>
        <source>Preview ranked by {method}: nothing is saved until you propose the awards.</source>
        <translation>Урьдчилан харах, арга: {method}. Шагнал санал болгох хүртэл юу ч хадгалагдахгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="236"/>
        <source>No scores yet: the ranking appears once jurors have scored works.</source>
        <translation>Оноо одоогоор алга: шүүгчид бүтээлүүдийг үнэлсний дараа эрэмбэ гарна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="336"/>
        <source>Open a boundary round over {count} works at the {tier} line? Assign its jurors on the Jury page; once it is closed its scores order these works.</source>
        <translation>{tier} зэргийн заагт байгаа бүтээлүүдэд (тоо: {count}) нэмэлт шат нээх үү? Шүүгчдийг «Шүүгчид» хуудсанд хуваарилна уу; шат хаагдсаны дараа түүний оноогоор эдгээр бүтээлийн дарааллыг тогтооно.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="340"/>
        <source>Boundary round</source>
        <translation>Нэмэлт шат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="345"/>
        <source>Works too close to call at the {tier} line</source>
        <translation>{tier} зэргийн заагт ялгахад хэцүү бүтээлүүд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="364"/>
        <source>The committee has decided on {count} awards. A new proposal replaces those decisions (the audit log keeps them). Continue?</source>
        <translation>Хороо шагналын талаар шийдвэр гаргасан байна (тоо: {count}). Шинэ санал эдгээр шийдвэрийг орлоно (өөрчлөлтийн бүртгэлд хадгалагдана). Үргэлжлүүлэх үү?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="368"/>
        <source>Replace decisions?</source>
        <translation>Шийдвэрүүдийг орлуулах уу?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="379"/>
        <source>Proposing the awards…</source>
        <translation>Шагналын санал боловсруулж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="153"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="41"/>
        <source>Saved {path}</source>
        <translation>Хадгалсан: {path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="43"/>
        <source>Writing {name}…</source>
        <translation>Бичиж байна: {name}…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="49"/>
        <source>Save the ranked results</source>
        <translation>Эрэмбэлсэн дүнг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="51"/>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="67"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel файл (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="57"/>
        <source>Save the results report</source>
        <translation>Дүнгийн тайланг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="59"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF баримт (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="65"/>
        <source>Save the award lists per region</source>
        <translation>Бүс нутгаарх шагналтны жагсаалтыг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="25"/>
        <source>Mean (raw)</source>
        <translation>Дундаж (анхны оноо)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="26"/>
        <source>Trimmed mean</source>
        <translation>Тайрсан дундаж</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="27"/>
        <source>Z-scores per juror</source>
        <translation>Шүүгч тус бүрийн Z оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="28"/>
        <source>Ranks per juror</source>
        <translation>Шүүгч тус бүрийн эрэмбэ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="31"/>
        <source>Country limit</source>
        <translation>Улсын хязгаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="32"/>
        <source>Pushed down</source>
        <translation>Доошилсон</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="33"/>
        <source>Moved up</source>
        <translation>Дээшилсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="34"/>
        <source>Region&apos;s place</source>
        <translation>Бүс нутгийн байр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="35"/>
        <source>Made room for a region</source>
        <translation>Бүс нутагт байр тавьж өгсөн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="38"/>
        <source>Preview: nothing saved yet</source>
        <translation>Урьдчилан харах: хадгалаагүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="39"/>
        <source>Proposed, not yet approved</source>
        <translation>Санал болгосон, батлаагүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="40"/>
        <source>Provisional results</source>
        <translation>Урьдчилсан дүн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="41"/>
        <source>Final results (locked)</source>
        <translation>Эцсийн дүн (түгжсэн)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="44"/>
        <source>Proposal saved</source>
        <translation>Санал хадгалсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="45"/>
        <source>Approved as provisional</source>
        <translation>Урьдчилан баталсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="46"/>
        <source>Tier changed</source>
        <translation>Зэрэг өөрчилсөн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="47"/>
        <source>Disqualified</source>
        <translation>Хассан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="48"/>
        <source>Moved up after a disqualification</source>
        <translation>Хасалтын улмаас дээшилсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="49"/>
        <source>Finalised and locked</source>
        <translation>Эцэслэн түгжсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="50"/>
        <source>Unlocked</source>
        <translation>Түгжээ тайлсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="51"/>
        <source>Boundary round opened</source>
        <translation>Нэмэлт шат нээсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="62"/>
        <source>No award</source>
        <translation>Шагналгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="71"/>
        <source>tie at the {tier} line</source>
        <translation>{tier} зэргийн заагт ижил оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="72"/>
        <source>close to the {tier} line</source>
        <translation>{tier} зэргийн заагт ойр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="79"/>
        <source>preview</source>
        <translation>урьдчилсан харагдац</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Line under</source>
        <translation>Доод зааг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Tie</source>
        <translation>Ижил оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Gap</source>
        <translation>Зөрүү</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Works too close to call</source>
        <translation>Ялгахад хэцүү бүтээлүүд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="149"/>
        <source>A boundary round would hold</source>
        <translation>Нэмэлт шатанд орох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="153"/>
        <source>By the ranking</source>
        <translation>Эрэмбээр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="154"/>
        <source>After constraints</source>
        <translation>Хязгаарлалтын дараа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="155"/>
        <source>Why</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="158"/>
        <source>Tier lines</source>
        <translation>Зэргийн заагууд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="159"/>
        <source>Works moved by a constraint</source>
        <translation>Хязгаарлалтаар шилжсэн бүтээлүүд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="160"/>
        <source>Open a boundary round over these works…</source>
        <translation>Эдгээр бүтээлд нэмэлт шат нээх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="161"/>
        <source>No constraint moved any work.</source>
        <translation>Хязгаарлалтаар шилжсэн бүтээл алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="170"/>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="171"/>
        <source>settled by a boundary round</source>
        <translation>нэмэлт шатаар шийдсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="216"/>
        <source>Works whose tier would change if the scores were combined by another method (same quotas and constraints). The cell shows the tier and the rank.</source>
        <translation>Оноог өөр аргаар нэгтгэвэл зэрэг нь өөрчлөгдөх бүтээлүүд (квот, хязгаарлалт ижил). Нүдэнд зэрэг ба байрыг харуулна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="219"/>
        <source>Every method gives every work the same tier.</source>
        <translation>Аль ч аргаар бүх бүтээлийн зэрэг ижил байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>When (UTC)</source>
        <translation>Хэзээ (UTC)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>Who</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Decision</source>
        <translation>Шийдвэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Work</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Change</source>
        <translation>Өөрчлөлт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="254"/>
        <source>No award decision has been made yet.</source>
        <translation>Шагналын шийдвэр одоогоор гараагүй байна.</translation>
    </message>
</context>
<context>
    <name>AwardsStats</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="24"/>
        <source>poor</source>
        <translation>сул</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="25"/>
        <source>moderate</source>
        <translation>дунд зэрэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="26"/>
        <source>good</source>
        <translation>сайн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="27"/>
        <source>excellent</source>
        <translation>маш сайн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="28"/>
        <source>not enough scores</source>
        <translation>оноо хангалтгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Juror</source>
        <translation>Шүүгч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <source>Scored</source>
        <translation>Үнэлсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Abstained</source>
        <translation>Түдгэлзсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Mean</source>
        <translation>Дундаж</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Spread (SD)</source>
        <translation>Тархалт (SD)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Leniency</source>
        <translation>Зөөлөн байдал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="93"/>
        <source>Works compared</source>
        <translation>Харьцуулсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Work</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Score</source>
        <translation>Оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Others&apos; mean</source>
        <translation>Бусдын дундаж</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="98"/>
        <source>Gap</source>
        <translation>Зөрүү</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="101"/>
        <source>Round:</source>
        <translation>Шат:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="102"/>
        <source>Jurors</source>
        <translation>Шүүгчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="103"/>
        <source>Agreement of the panel</source>
        <translation>Шүүгчдийн санал нийцэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="104"/>
        <source>Scores far from the other jurors&apos;</source>
        <translation>Бусад шүүгчээс их зөрсөн оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="105"/>
        <source>Leniency: how many points a juror gave above (red) or below (blue) the other jurors on the same works.</source>
        <translation>Зөөлөн байдал: шүүгч ижил бүтээлд бусад шүүгчээс хэдэн оноо илүү (улаан) эсвэл бага (цэнхэр) өгснийг харуулна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="157"/>
        <source>No scores in this round yet.</source>
        <translation>Энэ шатанд одоогоор оноо алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="162"/>
        <source>Single jurors agree {word}: ICC(1,1) = {icc} over {works} works scored by {raters} jurors on average.</source>
        <translation>Шүүгчдийн хоорондын санал нийцэл {word}: ICC(1,1) = {icc} (бүтээл: {works}, нэг бүтээлд дунджаар шүүгч: {raters}).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="166"/>
        <source>Reliability of a work&apos;s mean: ICC(1,k) = {icc}.</source>
        <translation>Бүтээлийн дундаж онооны найдвартай байдал: ICC(1,k) = {icc}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="169"/>
        <source>Kendall&apos;s W = {w} over the {works} works all {jurors} jurors scored (1: the same order).</source>
        <translation>Кендаллын W = {w}: бүх шүүгчийн үнэлсэн бүтээлүүдээр тооцов (бүтээл: {works}, шүүгч: {jurors}; 1 — дараалал бүрэн ижил).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="174"/>
        <source>Kendall&apos;s W needs at least 3 works scored by every juror.</source>
        <translation>Кендаллын W-г тооцоход бүх шүүгчийн үнэлсэн дор хаяж 3 бүтээл шаардлагатай.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="39"/>
        <source>Back up the database and images</source>
        <translation>Өгөгдлийн сан ба зургийг нөөцлөх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="41"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="134"/>
        <source>Backup (*.zip)</source>
        <translation>Нөөц (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>Backup written</source>
        <translation>Нөөцөлж дууслаа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>The database and its images are saved in {path}. Keep a copy away from this computer.</source>
        <translation>Өгөгдлийн сан болон зургуудыг хадгалсан байршил: {path}. Хуулбарыг энэ компьютерээс өөр газар хадгална уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="55"/>
        <source>Writing the backup…</source>
        <translation>Нөөц бичиж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="104"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Restore a backup</source>
        <translation>Нөөцөөс сэргээх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="105"/>
        <source>Restoring replaces the whole database and every image with the backup&apos;s. What is there now is backed up automatically first. Automatic backups are taken before each import, round close, award finalisation and migration:</source>
        <translation>Сэргээхэд өгөгдлийн санг бүхэлд нь болон бүх зургийг нөөцийн агуулгаар солино. Одоогийн өгөгдлийг эхлээд автоматаар нөөцөлнө. Автомат нөөцийг оруулалт, шат хаах, шагнал эцэслэх, шилжүүлэлт бүрийн өмнө хийдэг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="109"/>
        <source>Backup file…</source>
        <translation>Нөөц файл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="110"/>
        <source>Backup folder…</source>
        <translation>Нөөцийн хавтас…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="111"/>
        <source>Restore…</source>
        <translation>Сэргээх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="133"/>
        <source>Choose a backup</source>
        <translation>Нөөц сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="140"/>
        <source>Choose a backup folder</source>
        <translation>Нөөцийн хавтас сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Replace all current data and images with the backup {name}? A copy of the current data is kept.</source>
        <translation>Одоогийн бүх өгөгдөл, зургийг нөөцөөр солих уу? Нөөц: {name}. Одоогийн өгөгдлийн хуулбарыг хадгална.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>Backup restored</source>
        <translation>Нөөцөөс сэргээлээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>The backup is restored ({rows} records, {images} image files). The data it replaced is kept in {kept}.</source>
        <translation>Нөөцөөс сэргээлээ (бичлэг: {rows}, зургийн файл: {images}). Солигдсон өгөгдлийг хадгалсан байршил: {kept}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="178"/>
        <source>Restoring the backup…</source>
        <translation>Нөөцөөс сэргээж байна…</translation>
    </message>
</context>
<context>
    <name>BatchReportsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="34"/>
        <source>Files for the regions</source>
        <translation>Бүс нутгуудад зориулсан файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="49"/>
        <source>Problem report of a batch</source>
        <translation>Багцын асуудлын тайлан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="54"/>
        <source>Save report…</source>
        <translation>Тайлан хадгалах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="58"/>
        <source>Batch:</source>
        <translation>Багц:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="59"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="73"/>
        <source>Language:</source>
        <translation>Хэл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="64"/>
        <source>Blank entry template</source>
        <translation>Хоосон бүртгэлийн загвар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="69"/>
        <source>Save template…</source>
        <translation>Загвар хадгалах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="72"/>
        <source>Region:</source>
        <translation>Бүс нутаг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="78"/>
        <source>Reports and templates are written in the region&apos;s language unless you choose another.</source>
        <translation>Өөр хэл сонгоогүй бол тайлан, загварыг бүс нутгийн хэлээр гаргана.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="116"/>
        <source>Save the problem report</source>
        <translation>Асуудлын тайланг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="117"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="133"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="132"/>
        <source>Save the entry template</source>
        <translation>Бүртгэлийн загварыг хадгалах</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="111"/>
        <source>English only</source>
        <translation>Зөвхөн англи</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="113"/>
        <source>English and {language}</source>
        <translation>Англи ба {language}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="115"/>
        <source>3 mm bleed and crop marks</source>
        <translation>3 мм илүүдэл ба зүсэх тэмдэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="116"/>
        <source>Show them without the names</source>
        <translation>Нэргүйгээр оруулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="117"/>
        <source>Leave them out</source>
        <translation>Оруулахгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="119"/>
        <source>Languages:</source>
        <translation>Хэл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="120"/>
        <source>Page size:</source>
        <translation>Хуудасны хэмжээ:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="121"/>
        <source>For the print shop:</source>
        <translation>Хэвлэх газарт:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="122"/>
        <source>Works without publication consent:</source>
        <translation>Нийтлэх зөвшөөрөлгүй бүтээл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="123"/>
        <source>Cover picture:</source>
        <translation>Нүүрний зураг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="125"/>
        <source>Texts…</source>
        <translation>Бичвэр…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="126"/>
        <source>Check</source>
        <translation>Шалгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="127"/>
        <source>Preview</source>
        <translation>Урьдчилан харах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="128"/>
        <source>Export catalogue…</source>
        <translation>Каталог экспортлох…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="129"/>
        <source>Before printing:</source>
        <translation>Хэвлэхийн өмнө:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="151"/>
        <source>Highest award of the newest edition</source>
        <translation>Сүүлийн уралдааны дээд шагнал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="197"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="257"/>
        <source>Checking the catalogue…</source>
        <translation>Каталогийг шалгаж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="203"/>
        <source>{pages} pages, {works} works</source>
        <translation>{pages} хуудас, {works} бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="207"/>
        <source>{count} pictures are smaller than 300 dpi needs at their printed size; ask the regions for better photographs or scans:</source>
        <translation>Хэвлэх хэмжээндээ 300 dpi хүрэхгүй зураг: {count}. Бүс нутгуудаас илүү чанартай зураг эсвэл скан хүснэ үү:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="213"/>
        <source>Cover: the picture prints at {dpi} dpi</source>
        <translation>Нүүр: зураг {dpi} dpi нягтаршилтай хэвлэгдэнэ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="217"/>
        <source>No. {number}: the original prints at {dpi} dpi; {wanted} pixels wide would give 300 dpi</source>
        <translation>№ {number}: эх зураг {dpi} dpi нягтаршилтай хэвлэгдэнэ; 300 dpi болохын тулд өргөн нь {wanted} пиксел байх ёстой</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="222"/>
        <source>No. {number}: no original image</source>
        <translation>№ {number}: эх зураг байхгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="225"/>
        <source>Left out, no consent: {numbers}</source>
        <translation>Зөвшөөрөлгүй тул оруулаагүй: {numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="228"/>
        <source>Names left off, no consent: {numbers}</source>
        <translation>Зөвшөөрөлгүй тул нэргүй: {numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="240"/>
        <source>Making the preview…</source>
        <translation>Урьдчилсан харагдацыг бэлтгэж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="252"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="267"/>
        <source>Export catalogue</source>
        <translation>Каталог экспортлох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файл (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="268"/>
        <source>{count} pictures are too small for 300 dpi or missing (see the list). Export anyway?</source>
        <translation>300 dpi-д хүрэхгүй эсвэл байхгүй зураг байна (жагсаалтыг харна уу): {count}. Гэсэн ч экспортлох уу?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="276"/>
        <source>Exporting the catalogue…</source>
        <translation>Каталогийг экспортлож байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="282"/>
        <source>Catalogue exported</source>
        <translation>Каталогийг экспортлолоо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="283"/>
        <source>{pages} pages, {size} MB: {path}</source>
        <translation>{pages} хуудас, {size} МБ: {path}</translation>
    </message>
</context>
<context>
    <name>CataloguePreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="75"/>
        <source>Page</source>
        <translation>Хуудас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="76"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="79"/>
        <source>Press Preview to see the pages here.</source>
        <translation>Хуудсуудыг энд харахын тулд «Урьдчилан харах» товчийг дарна уу.</translation>
    </message>
</context>
<context>
    <name>CatalogueTextsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="71"/>
        <source>Catalogue texts</source>
        <translation>Каталогийн бичвэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="72"/>
        <source>The catalogue prints English and the language you choose when exporting. Leave the title empty for the standard one; a blank line in the foreword starts a new paragraph.</source>
        <translation>Каталогийг англи хэл болон экспортлохдоо сонгосон хэлээр хэвлэнэ. Гарчгийг хоосон үлдээвэл стандарт гарчиг хэрэглэнэ; өмнөх үгэнд хоосон мөр шинэ догол мөр эхлүүлнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="77"/>
        <source>Title:</source>
        <translation>Гарчиг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="78"/>
        <source>Theme or subtitle:</source>
        <translation>Сэдэв эсвэл дэд гарчиг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="79"/>
        <source>Foreword:</source>
        <translation>Өмнөх үг:</translation>
    </message>
</context>
<context>
    <name>CertificateGenerateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="89"/>
        <source>Generate certificates</source>
        <translation>Өргөмжлөл үүсгэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>Сонгох…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="91"/>
        <source>Folder:</source>
        <translation>Хавтас:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="92"/>
        <source>Regions:</source>
        <translation>Бүс нутаг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="93"/>
        <source>Certificates:</source>
        <translation>Өргөмжлөл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="94"/>
        <source>Language:</source>
        <translation>Хэл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="95"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="99"/>
        <source>All regions, one file each</source>
        <translation>Бүх бүс нутаг, тус бүр нэг файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="103"/>
        <source>Award and participation</source>
        <translation>Шагналын өргөмжлөл ба оролцсоны гэрчилгээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="104"/>
        <source>Award certificates only</source>
        <translation>Зөвхөн шагналын өргөмжлөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="105"/>
        <source>Participation certificates only</source>
        <translation>Зөвхөн оролцсоны гэрчилгээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="107"/>
        <source>Thank-you letters to teachers</source>
        <translation>Багш нарт талархлын бичиг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="109"/>
        <source>The student&apos;s language and English</source>
        <translation>Сурагчийн хэл ба англи хэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="112"/>
        <source>One combined PDF</source>
        <translation>Нэг нэгдсэн PDF</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="113"/>
        <source>Print a thumbnail of the painting</source>
        <translation>Бүтээлийн жижиг зургийг хэвлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="115"/>
        <source>A cover sheet for each region</source>
        <translation>Бүс нутаг бүрт нүүр хуудас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="117"/>
        <source>Include provisional awards (for proofs)</source>
        <translation>Урьдчилсан шагналыг оруулах (хянахад)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="119"/>
        <source>For pre-printed stock: only the names and details, shifted by the printer&apos;s calibration</source>
        <translation>Бэлэн бланкад: зөвхөн нэр, мэдээллийг принтерийн тохируулгаар шилжүүлж хэвлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="130"/>
        <source>Folder for the certificates</source>
        <translation>Өргөмжлөл хадгалах хавтас</translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="77"/>
        <source>The printer could not be started.</source>
        <translation>Принтерийг ажиллуулж чадсангүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="182"/>
        <source>Print certificates</source>
        <translation>Өргөмжлөл хэвлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="183"/>
        <source>Open PDF…</source>
        <translation>PDF нээх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="184"/>
        <source>Pre-printed stock</source>
        <translation>Бэлэн бланк</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="185"/>
        <source>Apply the printer&apos;s calibration</source>
        <translation>Принтерийн тохируулгыг хэрэглэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="188"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="189"/>
        <source>Offset right (mm):</source>
        <translation>Баруун тийш (мм):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="190"/>
        <source>Offset down (mm):</source>
        <translation>Доош (мм):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="191"/>
        <source>Scale:</source>
        <translation>Масштаб:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="193"/>
        <source>Save calibration</source>
        <translation>Тохируулгыг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="194"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="242"/>
        <source>Calibration page</source>
        <translation>Тохируулгын хуудас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="195"/>
        <source>Shows a page with a millimetre grid and crosshairs: print it on plain paper, measure where the crosshairs land, enter the offsets.</source>
        <translation>Миллиметрийн тор, загалмай шугамтай хуудсыг харуулна: энгийн цаасан дээр хэвлээд загалмай шугам хаана буусныг хэмжиж, шилжилтийн утгыг оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="198"/>
        <source>Print…</source>
        <translation>Хэвлэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="199"/>
        <source>Save PDF as…</source>
        <translation>PDF файлыг өөр нэрээр хадгалах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="200"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="221"/>
        <source>{file}: {pages} pages</source>
        <translation>{file}: {pages} хуудас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="224"/>
        <source>No PDF open.</source>
        <translation>PDF нээгээгүй байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="228"/>
        <source>Open certificates</source>
        <translation>Өргөмжлөл нээх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="230"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="302"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файл (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="300"/>
        <source>Save PDF</source>
        <translation>PDF хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="313"/>
        <source>Saved</source>
        <translation>Хадгалсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="314"/>
        <source>Saved {file}.</source>
        <translation>Хадгалсан: {file}.</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="16"/>
        <source>Wordmark</source>
        <translation>Нэрийн тэмдэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="17"/>
        <source>Organisation</source>
        <translation>Байгууллага</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="18"/>
        <source>Title</source>
        <translation>Гарчиг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="19"/>
        <source>Edition</source>
        <translation>Уралдааны дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="20"/>
        <source>Theme</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="21"/>
        <source>Award tier</source>
        <translation>Шагналын зэрэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="22"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="23"/>
        <source>School</source>
        <translation>Сургууль</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="24"/>
        <source>Region and country</source>
        <translation>Бүс нутаг ба улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="25"/>
        <source>Work</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="26"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="87"/>
        <source>Text</source>
        <translation>Бичвэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="27"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="28"/>
        <source>Signatory 1: name</source>
        <translation>Гарын үсэг зурагч 1: нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="29"/>
        <source>Signatory 1: title</source>
        <translation>Гарын үсэг зурагч 1: албан тушаал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="30"/>
        <source>Signatory 2: name</source>
        <translation>Гарын үсэг зурагч 2: нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="31"/>
        <source>Signatory 2: title</source>
        <translation>Гарын үсэг зурагч 2: албан тушаал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="32"/>
        <source>Verification code</source>
        <translation>Баталгаажуулах код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="33"/>
        <source>Serial</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="34"/>
        <source>Reissue note</source>
        <translation>Дахин олгосон тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="35"/>
        <source>Background image</source>
        <translation>Арын зураг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="36"/>
        <source>Logo</source>
        <translation>Лого</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="37"/>
        <source>Seal</source>
        <translation>Тамга</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="38"/>
        <source>Signature 1</source>
        <translation>Гарын үсэг 1</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="39"/>
        <source>Signature 2</source>
        <translation>Гарын үсэг 2</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="40"/>
        <source>Painting thumbnail</source>
        <translation>Бүтээлийн жижиг зураг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="41"/>
        <source>QR code</source>
        <translation>QR код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="86"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>Field</source>
        <translation>Талбар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>X mm</source>
        <translation>X, мм</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="140"/>
        <source>Y mm</source>
        <translation>Y, мм</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="140"/>
        <source>Width</source>
        <translation>Өргөн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Height</source>
        <translation>Өндөр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Size</source>
        <translation>Үсгийн хэмжээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="142"/>
        <source>English size</source>
        <translation>Англи үсгийн хэмжээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Style</source>
        <translation>Хэв маяг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Align</source>
        <translation>Тэгшлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="144"/>
        <source>Shown</source>
        <translation>Харуулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="145"/>
        <source>On stock</source>
        <translation>Бланк дээр</translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="190"/>
        <source>Certificate templates</source>
        <translation>Өргөмжлөлийн загвар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="192"/>
        <source>Award certificate (every tier)</source>
        <translation>Шагналын өргөмжлөл (бүх зэрэг)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="193"/>
        <source>Award certificate: {tier}</source>
        <translation>Шагналын өргөмжлөл: {tier}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="195"/>
        <source>Participation certificate</source>
        <translation>Оролцсоны гэрчилгээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="197"/>
        <source>Thank-you letter to a teacher</source>
        <translation>Багшид талархлын бичиг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="201"/>
        <source>Paper:</source>
        <translation>Цаас:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="202"/>
        <source>Orientation:</source>
        <translation>Чиглэл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="203"/>
        <source>Border:</source>
        <translation>Хүрээ:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="204"/>
        <source>Accent colour:</source>
        <translation>Онцлох өнгө:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="207"/>
        <source>Portrait</source>
        <translation>Босоо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="208"/>
        <source>Landscape</source>
        <translation>Хэвтээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="210"/>
        <source>Thin double rule</source>
        <translation>Нарийн давхар шугам</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="211"/>
        <source>None (pre-printed stock or a background image)</source>
        <translation>Байхгүй (бэлэн бланк эсвэл арын зураг)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="213"/>
        <source>Page</source>
        <translation>Хуудас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="214"/>
        <source>Texts</source>
        <translation>Бичвэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="215"/>
        <source>Images</source>
        <translation>Зургууд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="216"/>
        <source>Positions</source>
        <translation>Байрлал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="218"/>
        <source>Placeholders: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. A language with an empty text prints nothing in that place.</source>
        <translation>Орлуулах хэсэг: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. Аль нэг хэлний бичвэр хоосон бол тэр хэсэгт юу ч хэвлэхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="224"/>
        <source>Choose…</source>
        <translation>Сонгох…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="225"/>
        <source>Remove</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="226"/>
        <source>A second signature</source>
        <translation>Хоёр дахь гарын үсэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="230"/>
        <source>As on stock</source>
        <translation>Бланк дээрх шиг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="231"/>
        <source>Reset to built-in</source>
        <translation>Анхдагч загварт буцаах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="232"/>
        <source>Save</source>
        <translation>Хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="233"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="288"/>
        <source>saved for this contest</source>
        <translation>энэ уралдаанд хадгалсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="289"/>
        <source>built-in</source>
        <translation>анхдагч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="294"/>
        <source>none</source>
        <translation>байхгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="335"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зураг (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="383"/>
        <source>Reset</source>
        <translation>Буцаах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="384"/>
        <source>Return this template to the built-in design? Your texts, images and positions for it are removed.</source>
        <translation>Энэ загварыг анхдагч хэлбэрт нь буцаах уу? Үүнд оруулсан бичвэр, зураг, байрлал устгагдана.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="103"/>
        <source>Certificates</source>
        <translation>Өргөмжлөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Serial</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="107"/>
        <source>Student</source>
        <translation>Сурагч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="108"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="109"/>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="110"/>
        <source>Issued</source>
        <translation>Олгосон огноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>Reissue</source>
        <translation>Дахин олгосон</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="114"/>
        <source>Generate…</source>
        <translation>Үүсгэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="115"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="267"/>
        <source>Preview</source>
        <translation>Урьдчилан харах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="116"/>
        <source>Template editor…</source>
        <translation>Загвар засах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="117"/>
        <source>Print…</source>
        <translation>Хэвлэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="118"/>
        <source>Reprint one…</source>
        <translation>Нэгийг дахин хэвлэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="119"/>
        <source>Export register…</source>
        <translation>Бүртгэл экспортлох…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="120"/>
        <source>Verification list…</source>
        <translation>Баталгаажуулах жагсаалт…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="121"/>
        <source>Pre-flight</source>
        <translation>Хэвлэхийн өмнөх шалгалт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="124"/>
        <source>Shows the selected certificate, or one student of each language as the certificates would print now.</source>
        <translation>Сонгосон өргөмжлөлийг, эсвэл хэл тус бүрээс нэг сурагчийн өргөмжлөлийг одоо хэвлэгдэх байдлаар харуулна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="127"/>
        <source>Prints the selected certificate again with the same serial; the register marks it as a reissue.</source>
        <translation>Сонгосон өргөмжлөлийг ижил дугаартай дахин хэвлэнэ; бүртгэлд дахин олгосон гэж тэмдэглэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="130"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>Одоогоор өргөмжлөл олгоогүй байна. Шагналын өргөмжлөлийг эцсийн дүнгээр олгох бөгөөд бусад тэнцсэн сурагч бүр оролцсоны гэрчилгээ авна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="141"/>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="212"/>
        <source>Generating certificates…</source>
        <translation>Өргөмжлөл үүсгэж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="227"/>
        <source>{total} certificates in {files} files ({new} new serials).</source>
        <translation>Өргөмжлөл: {total}, файл: {files} (шинэ дугаар: {new}).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="233"/>
        <source>Certificates ready</source>
        <translation>Өргөмжлөл бэлэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="236"/>
        <source>Open folder</source>
        <translation>Хавтас нээх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="256"/>
        <source>No student would receive a certificate yet: no work is eligible.</source>
        <translation>Одоогоор өргөмжлөл авах сурагч алга: тэнцсэн бүтээл байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="272"/>
        <source>Certificate preview</source>
        <translation>Өргөмжлөлийг урьдчилан харах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="287"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="306"/>
        <source>Reprint</source>
        <translation>Дахин хэвлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="288"/>
        <source>Why is {serial} printed again? (kept in the audit log)</source>
        <translation>{serial} дугаартай өргөмжлөлийг яагаад дахин хэвлэж байна вэ? (өөрчлөлтийн бүртгэлд хадгалагдана)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="293"/>
        <source>Save the reprint</source>
        <translation>Дахин хэвлэх файлыг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="295"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файл (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="307"/>
        <source>Saved {file}. Print it now?</source>
        <translation>Хадгалсан: {file}. Одоо хэвлэх үү?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="320"/>
        <source>Export the register</source>
        <translation>Бүртгэлийг экспортлох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="322"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel файл (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="331"/>
        <source>{count} certificates written to {file}.</source>
        <translation>Бичсэн өргөмжлөл: {count}, файл: {file}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="337"/>
        <source>Save the verification page</source>
        <translation>Баталгаажуулах хуудсыг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="339"/>
        <source>Web pages (*.html)</source>
        <translation>Вэб хуудас (*.html)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="348"/>
        <source>{file} can check {count} codes offline; it shows initials, never full names.</source>
        <translation>{file} файлаар кодыг интернетгүйгээр шалгана (код: {count}); зөвхөн нэрийн эхний үсгийг харуулж, бүтэн нэрийг харуулахгүй.</translation>
    </message>
</context>
<context>
    <name>ContestSettingsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="130"/>
        <source>New contest</source>
        <translation>Шинэ уралдаан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="132"/>
        <source>Contest settings</source>
        <translation>Уралдааны тохиргоо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="134"/>
        <source>Edition:</source>
        <translation>Хэд дэх удаа:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="135"/>
        <source>Year:</source>
        <translation>Он:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="136"/>
        <source>Submission deadline:</source>
        <translation>Ирүүлэх эцсийн хугацаа:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="137"/>
        <source>Ages counted on:</source>
        <translation>Нас тооцох огноо:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="138"/>
        <source>Youngest age:</source>
        <translation>Доод нас:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="139"/>
        <source>Oldest age:</source>
        <translation>Дээд нас:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="140"/>
        <source>Reason for the change:</source>
        <translation>Өөрчлөлтийн шалтгаан:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="145"/>
        <source>Count ages on the submission deadline</source>
        <translation>Насыг эцсийн хугацаагаар тооцох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="147"/>
        <source>Kept in the audit log (optional)</source>
        <translation>Өөрчлөлтийн бүртгэлд хадгалагдана (заавал биш)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="148"/>
        <source>General</source>
        <translation>Ерөнхий</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="149"/>
        <source>Title and theme</source>
        <translation>Гарчиг ба сэдэв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="150"/>
        <source>Award tiers</source>
        <translation>Шагналын зэрэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="151"/>
        <source>Criteria</source>
        <translation>Шалгуур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="152"/>
        <source>Title</source>
        <translation>Гарчиг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="153"/>
        <source>Theme</source>
        <translation>Сэдэв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="155"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="158"/>
        <source>Key</source>
        <translation>Түлхүүр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="156"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="159"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="157"/>
        <source>Quota</source>
        <translation>Квот</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="160"/>
        <source>Weight</source>
        <translation>Жин</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="161"/>
        <source>Lowest score</source>
        <translation>Доод оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="162"/>
        <source>Highest score</source>
        <translation>Дээд оноо</translation>
    </message>
</context>
<context>
    <name>EditTable</name>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="39"/>
        <source>Add</source>
        <translation>Нэмэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="40"/>
        <source>Remove</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="41"/>
        <source>Move up</source>
        <translation>Дээш зөөх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="42"/>
        <source>Move down</source>
        <translation>Доош зөөх</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="148"/>
        <source>Entries</source>
        <translation>Бүтээлүүд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Code</source>
        <translation>Нууц код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>No.</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Title</source>
        <translation>Бүтээлийн нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>Сурагчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
        <source>Problems</source>
        <translation>Асуудал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="151"/>
        <source>Search names, titles, codes…</source>
        <translation>Нэр, гарчиг, кодоор хайх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Country / region</source>
        <translation>Улс / бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Works</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Eligible</source>
        <translation>Тэнцсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="64"/>
        <source>Works per country</source>
        <translation>Бүтээлийн тоо (улсаар)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="68"/>
        <source>Works per region: {country}</source>
        <translation>Бүтээлийн тоо (бүс нутгаар): {country}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="155"/>
        <source>Table</source>
        <translation>Хүснэгт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="156"/>
        <source>Thumbnails</source>
        <translation>Жижиг зураг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="159"/>
        <source>Import batch…</source>
        <translation>Багц оруулах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="160"/>
        <source>Reports…</source>
        <translation>Тайлан…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="161"/>
        <source>Details</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="162"/>
        <source>Counts</source>
        <translation>Нэгтгэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="163"/>
        <source>No works in this contest yet. Import each region&apos;s batch with “Import batch…”; to try the app, run “contest-app demo”.</source>
        <translation>Энэ уралдаанд одоогоор бүтээл алга. Бүс нутаг бүрийн багцыг «Багц оруулах…» товчоор оруулна уу; программыг туршиж үзэхийн тулд «contest-app demo» тушаалыг ажиллуулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="199"/>
        <source>All countries</source>
        <translation>Бүх улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="201"/>
        <source>Any status</source>
        <translation>Бүх төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="204"/>
        <source>Any problems or none</source>
        <translation>Асуудалтай, асуудалгүй бүгд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="205"/>
        <source>With problems</source>
        <translation>Асуудалтай</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="206"/>
        <source>Without problems</source>
        <translation>Асуудалгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="218"/>
        <source>All regions</source>
        <translation>Бүх бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="48"/>
        <source>Total</source>
        <translation>Нийт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="234"/>
        <source>{shown} of {total} works shown</source>
        <translation>Харуулсан: {shown} / {total} бүтээл</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="65"/>
        <source>Student (sheet row {row})</source>
        <translation>Сурагч (хүснэгтийн мөр {row})</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="66"/>
        <source>Student</source>
        <translation>Сурагч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Name:</source>
        <translation>Нэр:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Latin script:</source>
        <translation>Латин үсгээр:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Born:</source>
        <translation>Төрсөн огноо:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Grade:</source>
        <translation>Анги:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="69"/>
        <source>School:</source>
        <translation>Сургууль:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="73"/>
        <source>Suggested by the app; saving confirms it.</source>
        <translation>Программын санал болгосон утга; хадгалснаар баталгаажна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="77"/>
        <source>Guardian&apos;s consent to take part</source>
        <translation>Асран хамгаалагчийн оролцох зөвшөөрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="78"/>
        <source>Consent to publish name and image</source>
        <translation>Нэр, зургийг нийтлэх зөвшөөрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title:</source>
        <translation>Бүтээлийн нэр:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title (English):</source>
        <translation>Англи нэр:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Medium:</source>
        <translation>Материал:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Width (cm):</source>
        <translation>Өргөн (см):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Height (cm):</source>
        <translation>Өндөр (см):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Status:</source>
        <translation>Төлөв:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="173"/>
        <source>Why:</source>
        <translation>Шалтгаан:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="177"/>
        <source>Reason for this status (needed to disqualify)</source>
        <translation>Төлөвийн шалтгаан (хасахад заавал бичнэ)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="178"/>
        <source>Problems</source>
        <translation>Асуудал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="180"/>
        <source>Reason for the change (kept in the audit log)</source>
        <translation>Өөрчлөлтийн шалтгаан (бүртгэлд хадгалагдана)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="181"/>
        <source>Save changes</source>
        <translation>Өөрчлөлтийг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="182"/>
        <source>Revert</source>
        <translation>Буцаах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="183"/>
        <source>Choose a work to see it here.</source>
        <translation>Энд харахын тулд бүтээл сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="222"/>
        <source>{file}: {format}, {width}×{height} px</source>
        <translation>{file}: {format}, {width}×{height} пиксел</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../contest_app/gui/errors.py" line="22"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>Таныг засварлаж байх хооронд өөр хэрэглэгч энэ бичлэгийг хадгалсан байна. Дахин ачаалаад өөрчлөлтөө дахин хийнэ үү; юу ч дарж бичигдээгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="25"/>
        <source>The database could not be reached or refused the change. Check the connection and try again; nothing was saved.</source>
        <translation>Өгөгдлийн сантай холбогдож чадсангүй эсвэл өөрчлөлтийг хүлээн аваагүй. Холболтоо шалгаад дахин оролдоно уу; юу ч хадгалагдаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="28"/>
        <source>A file could not be read or written: {detail}</source>
        <translation>Файлыг уншиж эсвэл бичиж чадсангүй: {detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="31"/>
        <source>Something unexpected went wrong ({kind}). Nothing was saved. The details are in the log file.</source>
        <translation>Гэнэтийн алдаа гарлаа ({kind}). Юу ч хадгалагдаагүй. Дэлгэрэнгүйг лог файлаас харна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="36"/>
        <source>Cannot do that</source>
        <translation>Үйлдлийг гүйцэтгэх боломжгүй</translation>
    </message>
</context>
<context>
    <name>ExhibitionsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="139"/>
        <source>Exhibitions</source>
        <translation>Үзэсгэлэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>Tour</source>
        <translation>Үзэсгэлэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>From</source>
        <translation>Эхлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <source>Until</source>
        <translation>Дуусах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="166"/>
        <source>Venues</source>
        <translation>Байршил</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="144"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="165"/>
        <source>Works</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="147"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>Явуулын үзэсгэлэн одоогоор алга. Явуулын үзэсгэлэнд өмнөх уралдаануудын шагналт бүтээлүүдийг нэг буюу хэд хэдэн газарт дэлгэн үзүүлнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="150"/>
        <source>No works in this tour yet. Add awarded works of any edition; drag them into the order they hang in.</source>
        <translation>Энэ үзэсгэлэнд одоогоор бүтээл алга. Аль ч уралдааны шагналт бүтээлийг нэмээд өлгөх дарааллаар нь чирж байрлуулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="153"/>
        <source>New tour…</source>
        <translation>Шинэ үзэсгэлэн…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="154"/>
        <source>Edit…</source>
        <translation>Засах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="155"/>
        <source>Delete</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="156"/>
        <source>Add works…</source>
        <translation>Бүтээл нэмэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="157"/>
        <source>Remove</source>
        <translation>Хасах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="158"/>
        <source>Move up</source>
        <translation>Дээш зөөх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="159"/>
        <source>Move down</source>
        <translation>Доош зөөх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="162"/>
        <source>Set status</source>
        <translation>Төлөв тогтоох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="163"/>
        <source>Condition notes…</source>
        <translation>Байдал…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="164"/>
        <source>Work list and originals…</source>
        <translation>Жагсаалт, эх файл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="167"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="217"/>
        <source>Choose or create a tour.</source>
        <translation>Үзэсгэлэн сонгох эсвэл шинээр үүсгэнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="220"/>
        <source>{name}: {works} works, {venues} venues  {period}</source>
        <translation>{name}: {works} бүтээл, {venues} байршил  {period}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete tour</source>
        <translation>Үзэсгэлэн устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete the tour &quot;{name}&quot; with its venues and work list? The works themselves stay.</source>
        <translation>«{name}» үзэсгэлэнг байршил, бүтээлийн жагсаалттай нь устгах уу? Бүтээлүүд өөрсдөө хэвээр үлдэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="310"/>
        <source>Condition notes</source>
        <translation>Бүтээлийн байдал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="311"/>
        <source>Condition of No. {number}:</source>
        <translation>№ {number} бүтээлийн байдал:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="39"/>
        <source>Folder for the work list and originals</source>
        <translation>Жагсаалт ба эх файл хадгалах хавтас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>Files written</source>
        <translation>Файлуудыг бичлээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>{files} originals and the work list are in {folder}.</source>
        <translation>Эх файл ({files}) болон бүтээлийн жагсаалтыг хадгалсан хавтас: {folder}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="48"/>
        <source>Copying the originals…</source>
        <translation>Эх файлуудыг хуулж байна…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="18"/>
        <source>Welcome</source>
        <translation>Тавтай морилно уу</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="19"/>
        <source>This database holds no contest yet.</source>
        <translation>Энэ өгөгдлийн санд одоогоор уралдаан алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="20"/>
        <source>Create the first edition now, or open a demo contest shaped like the 12th edition (2024) to explore the app. The demo lives in a database of its own.</source>
        <translation>Эхний уралдааныг одоо үүсгэх, эсвэл программтай танилцахын тулд 12 дахь удаагийн (2024 он) уралдааны жишээгээр бэлтгэсэн демо уралдааныг нээнэ үү. Демо нь тусдаа өгөгдлийн санд хадгалагдана.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="23"/>
        <source>Create a contest…</source>
        <translation>Уралдаан үүсгэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="25"/>
        <source>Open the demo</source>
        <translation>Демо нээх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="26"/>
        <source>Later</source>
        <translation>Дараа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="57"/>
        <source>Building the demo contest…</source>
        <translation>Демо уралдааныг үүсгэж байна…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="101"/>
        <source>Import a region&apos;s batch</source>
        <translation>Бүс нутгийн багц оруулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Batch (folder or .zip):</source>
        <translation>Багц (хавтас эсвэл .zip):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Region:</source>
        <translation>Бүс нутаг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="105"/>
        <source>Sheet encoding:</source>
        <translation>Хүснэгтийн кодчилол:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Folder…</source>
        <translation>Хавтас…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Zip file…</source>
        <translation>ZIP файл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Read and check the batch</source>
        <translation>Багцыг уншиж шалгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Import</source>
        <translation>Оруулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="111"/>
        <source>Save problem report…</source>
        <translation>Асуудлын тайлан хадгалах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="115"/>
        <source>Detect automatically</source>
        <translation>Автоматаар тодорхойлох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="144"/>
        <source>Choose the batch folder</source>
        <translation>Багцын хавтсыг сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Choose the batch .zip</source>
        <translation>Багцын .zip файлыг сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="151"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP файл (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="173"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>Байгаа багцын хавтас эсвэл .zip файлыг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="177"/>
        <source>Choose the region that sent it.</source>
        <translation>Багцыг илгээсэн бүс нутгийг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="194"/>
        <source>Reading the batch and its images…</source>
        <translation>Багц болон зургуудыг уншиж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="200"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>«Оруулах» товчийг дарах хүртэл юу ч бичигдэхгүй; цуцалбал өгөгдлийн сан өөрчлөгдөхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="204"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>Бүтээл: {works} (шинэ: {new}, шинэчилсэн: {updated}, өөрчлөгдөөгүй: {unchanged}, татгалзсан: {refused}), сурагч: {students}; алдаа: {errors}, анхааруулга: {warnings}. Хүснэгтийн кодчилол: {encoding}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="213"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>Багцыг энэ байдлаар оруулах боломжгүй: мөрийн дугааргүй асуудлуудыг харна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="233"/>
        <source>Writing the batch…</source>
        <translation>Багцыг бичиж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="241"/>
        <source>Save the problem report</source>
        <translation>Асуудлын тайланг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="242"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="29"/>
        <source>new</source>
        <translation>шинэ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="30"/>
        <source>update</source>
        <translation>шинэчлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="31"/>
        <source>unchanged</source>
        <translation>өөрчлөлтгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="32"/>
        <source>refused</source>
        <translation>татгалзсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <source>Rows</source>
        <translation>Мөрүүд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <source>No.</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Action</source>
        <translation>Үйлдэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Title</source>
        <translation>Бүтээлийн нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="91"/>
        <source>Students</source>
        <translation>Сурагчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <source>Image</source>
        <translation>Зураг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="92"/>
        <source>Problems</source>
        <translation>Асуудал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <source>Changes</source>
        <translation>Өөрчлөлт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Row</source>
        <translation>Мөр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Latin script</source>
        <translation>Латин үсгээр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Born</source>
        <translation>Төрсөн огноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Age</source>
        <translation>Нас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>School</source>
        <translation>Сургууль</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>Consent</source>
        <translation>Зөвшөөрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Column</source>
        <translation>Багана</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Value</source>
        <translation>Утга</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="87"/>
        <source>Problem</source>
        <translation>Асуудал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="90"/>
        <source>Works</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="93"/>
        <source>Columns</source>
        <translation>Баганууд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="95"/>
        <source>Column in the sheet</source>
        <translation>Хүснэгтийн багана</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="96"/>
        <source>Read as</source>
        <translation>Унших талбар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="98"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>Программ танихгүй баганууд тэмдэглэл болж хадгалагдана. Баганад юу байгааг сонговол түүнийг тухайн талбараар уншиж, багцыг дахин уншина.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>no</source>
        <translation>үгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="115"/>
        <source>(suggested)</source>
        <translation>(санал болгосон)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="136"/>
        <source>Errors and warnings</source>
        <translation>Алдаа ба анхааруулга</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="138"/>
        <source>Every problem</source>
        <translation>Бүх асуудал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="178"/>
        <source>Keep as a note</source>
        <translation>Тэмдэглэл болгон хадгалах</translation>
    </message>
</context>
<context>
    <name>JuryDialogs</name>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="49"/>
        <source>Add a juror</source>
        <translation>Шүүгч нэмэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="56"/>
        <source>e.g. teaches at a school there</source>
        <translation>жишээ нь тэнд сургуульд багшилдаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="64"/>
        <source>All of {country}</source>
        <translation>{country} (бүхэлдээ)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="137"/>
        <source>Name:</source>
        <translation>Нэр:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="76"/>
        <source>Affiliation:</source>
        <translation>Байгууллага:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="77"/>
        <source>Country:</source>
        <translation>Улс:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="78"/>
        <source>Language:</source>
        <translation>Хэл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="81"/>
        <source>Conflicts of interest: regions or countries this juror must not score</source>
        <translation>Сонирхлын зөрчил: энэ шүүгчийн үнэлж болохгүй бүс нутаг, улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="120"/>
        <source>Open a round</source>
        <translation>Шат нээх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="127"/>
        <source>every juror scores every work</source>
        <translation>бүх шүүгч бүх бүтээлийг үнэлнэ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="132"/>
        <source>codes, separated by commas</source>
        <translation>нууц кодууд, таслалаар тусгаарлана</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="133"/>
        <source>Show titles to jurors (a title can give a region away)</source>
        <translation>Шүүгчдэд бүтээлийн нэрийг харуулах (нэр нь бүс нутгийг илчилж болно)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="136"/>
        <source>Kind:</source>
        <translation>Төрөл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="138"/>
        <source>Jurors per work:</source>
        <translation>Нэг бүтээлд шүүгч:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="139"/>
        <source>Final round: the top</source>
        <translation>Эцсийн шат: шилдэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="140"/>
        <source>Boundary round: works</source>
        <translation>Нэмэлт шат: бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="182"/>
        <source>Close the round</source>
        <translation>Шатыг хаах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="184"/>
        <source>Accept the gap: results use the scores there are</source>
        <translation>Дутууг зөвшөөрөх: байгаа оноогоор дүн гаргана</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="186"/>
        <source>The missing works were reassigned or go to another round</source>
        <translation>Дутуу бүтээлүүдийг дахин хуваарилсан эсвэл өөр шатанд шилжүүлнэ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="189"/>
        <source>Reason (kept in the audit log)</source>
        <translation>Шалтгаан (өөрчлөлтийн бүртгэлд хадгалагдана)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="194"/>
        <source>{missing} scores are still missing. Closing the round needs a decision.</source>
        <translation>Дутуу оноо: {missing}. Шатыг хаахын тулд шийдвэр гаргах шаардлагатай.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="201"/>
        <source>Every score is in.</source>
        <translation>Бүх оноо ирсэн.</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="104"/>
        <source>Jury</source>
        <translation>Шүүгчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Juror</source>
        <translation>Шүүгч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Assigned</source>
        <translation>Хуваарилсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Scored</source>
        <translation>Үнэлсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <source>Missing</source>
        <translation>Дутуу</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Done %</source>
        <translation>Гүйцэтгэл, %</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <source>Flagged</source>
        <translation>Тэмдэглэсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="110"/>
        <source>Active</source>
        <translation>Идэвхтэй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Round</source>
        <translation>Шат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Works</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Assignments</source>
        <translation>Хуваарилалт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Decision</source>
        <translation>Шийдвэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="119"/>
        <source>Round:</source>
        <translation>Шат:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="120"/>
        <source>Open a round…</source>
        <translation>Шат нээх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="121"/>
        <source>Close round…</source>
        <translation>Шат хаах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="122"/>
        <source>Import results…</source>
        <translation>Дүн оруулах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="123"/>
        <source>Import paper scores…</source>
        <translation>Цаасан үнэлгээ оруулах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="126"/>
        <source>Add juror…</source>
        <translation>Шүүгч нэмэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="127"/>
        <source>Score as this juror</source>
        <translation>Энэ шүүгчийн өмнөөс үнэлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="128"/>
        <source>Offline package…</source>
        <translation>Офлайн багц…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="129"/>
        <source>Paper score sheet…</source>
        <translation>Цаасан үнэлгээний хуудас…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="130"/>
        <source>Juror drops out…</source>
        <translation>Шүүгч гарах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="131"/>
        <source>Scored, per cent of assigned works</source>
        <translation>Үнэлсэн, хуваарилсан бүтээлийн %</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="132"/>
        <source>No jurors in this round yet. Add jurors, then open a round: its works are assigned to them at once.</source>
        <translation>Энэ шатанд одоогоор шүүгч алга. Шүүгч нэмээд шат нээвэл бүтээлүүд тэдэнд шууд хуваарилагдана.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="169"/>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="191"/>
        <source>Choose a juror in the table first.</source>
        <translation>Эхлээд хүснэгтээс шүүгч сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="212"/>
        <source>{count} works could not get enough jurors without a conflict of interest.</source>
        <translation>Сонирхлын зөрчилгүй шүүгч хүрэлцээгүй бүтээл: {count}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="230"/>
        <source>Juror drops out</source>
        <translation>Шүүгч гарах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="231"/>
        <source>Why? Their works without a score go to other jurors.</source>
        <translation>Шалтгаан юу вэ? Үнэлээгүй бүтээлүүд нь бусад шүүгчид шилжинэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="265"/>
        <source>Save the juror&apos;s package</source>
        <translation>Шүүгчийн багцыг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="266"/>
        <source>Juror packages (*.nearjury)</source>
        <translation>Шүүгчийн багц (*.nearjury)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="280"/>
        <source>Save the score sheet</source>
        <translation>Үнэлгээний хуудсыг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="281"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="294"/>
        <source>Import a juror&apos;s results</source>
        <translation>Шүүгчийн дүнг оруулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="295"/>
        <source>Juror results (*.nearresults)</source>
        <translation>Шүүгчийн дүн (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="305"/>
        <source>This results file was imported before; nothing changed.</source>
        <translation>Энэ дүнгийн файлыг өмнө нь оруулсан; юу ч өөрчлөгдөөгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="308"/>
        <source>{saved} scores imported, {unscored} works still unscored, {refused} refused.</source>
        <translation>Оруулсан оноо: {saved}; үнэлээгүй бүтээл: {unscored}; татгалзсан: {refused}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="321"/>
        <source>Import typed-up paper scores</source>
        <translation>Шивсэн цаасан үнэлгээг оруулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="322"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Хүснэгт (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="332"/>
        <source>{saved} scores imported, {refused} rows refused.</source>
        <translation>Оруулсан оноо: {saved}; татгалзсан мөр: {refused}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="124"/>
        <source>Jurors</source>
        <translation>Шүүгчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="125"/>
        <source>Rounds</source>
        <translation>Шүүлтийн шатууд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="135"/>
        <source>No rounds yet. A preliminary round over all eligible works comes first.</source>
        <translation>Шүүлтийн шат одоогоор алга. Эхлээд тэнцсэн бүх бүтээлийг хамарсан урьдчилсан шат явагдана.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../contest_app/gui/labels.py" line="8"/>
        <source>Member</source>
        <translation>Гишүүн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="9"/>
        <source>Associate member</source>
        <translation>Хамтрагч гишүүн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="10"/>
        <source>Special member</source>
        <translation>Тусгай гишүүн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="11"/>
        <source>Observer</source>
        <translation>Ажиглагч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="12"/>
        <source>Non-member</source>
        <translation>Гишүүн бус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="13"/>
        <source>Received</source>
        <translation>Хүлээн авсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="14"/>
        <source>Eligible</source>
        <translation>Тэнцсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="15"/>
        <source>Disqualified</source>
        <translation>Хасагдсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="16"/>
        <source>Preliminary round</source>
        <translation>Урьдчилсан шат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="17"/>
        <source>Final round</source>
        <translation>Эцсийн шат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="18"/>
        <source>Boundary round</source>
        <translation>Нэмэлт шат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="19"/>
        <source>Open</source>
        <translation>Нээлттэй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>Хаалттай</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="21"/>
        <location filename="../contest_app/gui/labels.py" line="33"/>
        <source>Proposed</source>
        <translation>Санал болгосон</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <location filename="../contest_app/gui/labels.py" line="34"/>
        <source>Provisional</source>
        <translation>Урьдчилсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <location filename="../contest_app/gui/labels.py" line="36"/>
        <source>Withdrawn</source>
        <translation>Цуцалсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="24"/>
        <source>Award certificate</source>
        <translation>Шагналын өргөмжлөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="25"/>
        <source>Participation certificate</source>
        <translation>Оролцсоны гэрчилгээ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="26"/>
        <source>Thank-you letter</source>
        <translation>Талархлын бичиг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="27"/>
        <source>Error</source>
        <translation>Алдаа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="28"/>
        <source>Warning</source>
        <translation>Анхааруулга</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="35"/>
        <source>Final</source>
        <translation>Эцсийн</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR залуучуудын уран зургийн уралдаан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>Contest:</source>
        <translation>Уралдаан:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="146"/>
        <source>&amp;New contest…</source>
        <translation>&amp;Шинэ уралдаан…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="147"/>
        <source>Contest &amp;settings…</source>
        <translation>Уралдааны &amp;тохиргоо…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="148"/>
        <source>&amp;Regions…</source>
        <translation>&amp;Бүс нутаг…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="149"/>
        <source>Re&amp;fresh</source>
        <translation>Ш&amp;инэчлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="150"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Нөөцлөх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="151"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Сэргээх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="152"/>
        <source>&amp;Privacy…</source>
        <translation>&amp;Хувийн мэдээлэл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Гарах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>&amp;Хэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Тусламж</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="156"/>
        <source>&amp;About…</source>
        <translation>Программын &amp;тухай…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="188"/>
        <source>No contest yet</source>
        <translation>Уралдаан алга</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../contest_app/messages.py" line="20"/>
        <source>Not found.</source>
        <translation>Олдсонгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="21"/>
        <source>There is no contest with id {id}.</source>
        <translation>ID нь {id} бүхий уралдаан байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="22"/>
        <source>There is no region with code {code}.</source>
        <translation>{code} кодтой бүс нутаг байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="23"/>
        <source>There is no country with code {code}.</source>
        <translation>{code} кодтой улс байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="24"/>
        <source>Edition {edition} exists already. Choose another edition number.</source>
        <translation>{edition} дугаартай уралдаан аль хэдийн бүртгэгдсэн байна. Өөр дугаар сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="26"/>
        <source>The edition number must be 1 or more.</source>
        <translation>Уралдааны дугаар 1 буюу түүнээс их байх ёстой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="27"/>
        <source>The year {value} is not a plausible year.</source>
        <translation>{value} он буруу байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="28"/>
        <source>The age range {min_age}-{max_age} is not valid: the minimum must not exceed the maximum.</source>
        <translation>{min_age}-{max_age} насны хязгаар буруу байна: доод нас дээд наснаас их байж болохгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="31"/>
        <source>A quota cannot be negative.</source>
        <translation>Квот сөрөг байж болохгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="32"/>
        <source>Each award tier must appear once, and there must be at least one.</source>
        <translation>Шагналын зэрэг бүр нэг л удаа орох ёстой бөгөөд дор хаяж нэг зэрэг байх шаардлагатай.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="34"/>
        <source>Cannot read the tier &quot;{value}&quot;: write tiers as key=quota, for example grand=1,excellence=10.</source>
        <translation>«{value}» зэргийг уншиж чадсангүй: зэргүүдийг түлхүүр=квот хэлбэрээр бичнэ үү, жишээ нь grand=1,excellence=10.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="37"/>
        <source>The criterion &quot;{key}&quot; needs a positive weight and a scale whose minimum is below its maximum.</source>
        <translation>«{key}» шалгуурт эерэг жин болон доод оноо нь дээд онооноос бага байх үнэлгээний хуваарь шаардлагатай.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="40"/>
        <source>Cannot read &quot;{value}&quot;: write LANG=TEXT with LANG one of en, ko, zh, ja, ru, mn.</source>
        <translation>«{value}» утгыг уншиж чадсангүй: LANG=TEXT хэлбэрээр бичнэ үү, LANG нь en, ko, zh, ja, ru, mn гэсэн утгын аль нэг байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="43"/>
        <source>Cannot read the date &quot;{value}&quot;: write it as YYYY-MM-DD.</source>
        <translation>«{value}» огноог уншиж чадсангүй: YYYY-MM-DD хэлбэрээр бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="45"/>
        <source>The region code &quot;{code}&quot; is not valid: use the country code, a hyphen and letters or digits, for example KR-47 or KR-POHANG.</source>
        <translation>«{code}» бүс нутгийн код буруу байна: улсын код, зураас, дараа нь үсэг эсвэл тоо бичнэ үү, жишээ нь KR-47 эсвэл KR-POHANG.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="48"/>
        <source>The region code &quot;{code}&quot; must start with its country code {country}.</source>
        <translation>«{code}» бүс нутгийн код нь улсынхаа кодоор ({country}) эхлэх ёстой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="50"/>
        <source>Another region already has the code {code}.</source>
        <translation>{code} кодыг өөр бүс нутаг ашиглаж байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="52"/>
        <source>The region needs an English name.</source>
        <translation>Бүс нутгийн англи нэрийг оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="53"/>
        <source>&quot;{membership}&quot; is not a membership kind.</source>
        <translation>«{membership}» гэсэн гишүүнчлэлийн төрөл байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="55"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>Таныг засварлаж байх хооронд өөр хэрэглэгч энэ бичлэгийг хадгалсан байна. Дахин ачаалаад өөрчлөлтөө дахин хийнэ үү; юу ч дарж бичигдээгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="58"/>
        <source>The work {id} no longer exists.</source>
        <translation>Бүтээл {id} байхгүй болсон байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="59"/>
        <source>The student {id} no longer exists.</source>
        <translation>Сурагч {id} байхгүй болсон байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="60"/>
        <source>&quot;{field}&quot; cannot be edited here.</source>
        <translation>«{field}» талбарыг энд засах боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="61"/>
        <source>&quot;{value}&quot; is not a status of a work.</source>
        <translation>«{value}» гэсэн бүтээлийн төлөв байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="62"/>
        <source>Give a reason: it is kept in the audit log and can be sent to the region.</source>
        <translation>Шалтгааныг бичнэ үү: энэ нь өөрчлөлтийн бүртгэлд хадгалагдах бөгөөд бүс нутагт илгээгдэж болно.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="64"/>
        <source>This database was written by a newer version of the app (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>Энэ өгөгдлийн санг программын шинэ хувилбараар үүсгэсэн байна (схем {revision}). Нээхийн тулд шинэ хувилбарыг суулгана уу; юу ч өөрчлөгдөөгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="67"/>
        <source>This database was not made by this app (it holds tables such as {tables}). Choose another database; nothing was changed.</source>
        <translation>Энэ өгөгдлийн санг энэ программ үүсгээгүй байна ({tables} зэрэг хүснэгттэй). Өөр өгөгдлийн сан сонгоно уу; юу ч өөрчлөгдөөгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="70"/>
        <source>This database needs an upgrade to the current schema.</source>
        <translation>Энэ өгөгдлийн санг одоогийн схем рүү шинэчлэх шаардлагатай.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="72"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>{url} өгөгдлийн санг нээж чадсангүй: {detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="76"/>
        <source>Cannot read &quot;{value}&quot; as a date. Write it as YYYY-MM-DD, for example 2010-05-03.</source>
        <translation>«{value}» утгыг огноо гэж уншиж чадсангүй. YYYY-MM-DD хэлбэрээр бичнэ үү, жишээ нь 2010-05-03.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="79"/>
        <source>The date &quot;{value}&quot; does not exist or lies in the future. Check it and correct it.</source>
        <translation>«{value}» огноо байхгүй эсвэл ирээдүйн огноо байна. Шалгаад засна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="82"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} нүд хоосон байна, гэвч заавал бөглөх ёстой. Бөглөөд хүснэгтийг дахин илгээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="85"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>Сурагч {reference_date} өдрийн байдлаар {age} настай; уралдаанд {min}–{max} насны сурагчид оролцоно. Төрсөн огноог шалгана уу: зөв бол бүтээл оролцох боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="88"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>Сурагч {name}: асран хамгаалагчийн зөвшөөрөл бүртгэгдээгүй байна. Бүтээлийг хадгалсан боловч зөвшөөрөл ирэх хүртэл шүүх боломжгүй: зөвшөөрлийг авч «тийм» гэж тэмдэглэнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="91"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>«{value}» нь тийм эсвэл үгүй гэдгийг илэрхийлэхгүй байна. Асран хамгаалагч зөвшөөрсөн бол «тийм», үгүй бол «үгүй» гэж бичнэ үү; тэр хүртэл зөвшөөрөлгүйд тооцно.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="94"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>«{value}» зургийн файл багцад алга. Файлыг нэмэх эсвэл хүснэгт дэх нэрийг засна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="97"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>«{value}» зургийг нээх боломжгүй: файл гэмтсэн, дутуу, эсвэл JPEG, PNG, TIFF, WebP, HEIC файл биш байна. Файлыг дахин илгээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>«{value}» зураг хэт том тул аюулгүй нээх боломжгүй. Бүтээлийн 100 мегапикселээс ихгүй зураг эсвэл скан илгээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>{entry_no} дугаартай бүтээлийн мөрүүд зөрж байна: энэ мөрөнд {column} нь «{value}», харин мөр {first_row} дээр «{first_value}» байна. Нэг бүтээлийн бүх мөрөнд ижил нэр, зураг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>Энэ сурагч энэ бүтээлд мөр {first_row} дээр аль хэдийн бүртгэгдсэн байна. Давхардсан мөрийг орхисон; хүснэгтээс устгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>«{value}» зураг нь {other_entry_no} дугаартай бүтээлийн файлтай ижил байна ({other_region}, уралдаан №{other_edition}). Бүтээл бүр өөрийн зурагтай байх ёстой бөгөөд өмнөх уралдаанд оролцсон бүтээл дахин оролцох боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="114"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>«{value}» зураг нь {other_entry_no} дугаартай бүтээлийн зурагтай маш төстэй байна ({other_region}, уралдаан №{other_edition}). Эдгээр нь хоёр өөр бүтээл эсэхийг шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="117"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>«{value}» нь сантиметрээр илэрхийлсэн хэмжээ биш байна. 54.5 гэх мэт тоо бичнэ үү; хэмжээг хоосон үлдээсэн.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="120"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>Сурагч {name}: латин үсгээр бичсэн нэр өгөөгүй тул «{value}» гэж санал болголоо. Шалгаад шаардлагатай бол засна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="123"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>«{value}» нь энэ уралдааны шагналын зэрэг биш. Аль нэг зэргийн нэрийг бичих эсвэл нүдийг хоосон үлдээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="126"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>{value} дугаартай бүтээл өгөгдлийн санд байгаа ч энэ багцад алга. Бүтээлийг хадгалсан; бүс нутаг буцаан авсан бол гараар цуцална уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="129"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>Хүснэгтэд {column} багана алга. Баганыг нэмэх эсвэл аль баганад байгааг заана уу (--map HEADER={column}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="132"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>«{value}» баганыг программ танихгүй байна; түүний утгуудыг бүтээл тус бүртэй хамт хадгалсан.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="135"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>Хүснэгтийн ерөнхий асуудлуудыг засах хүртэл энэ багцыг оруулах боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="138"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>Энэ оруулалт аль хэдийн хийгдсэн эсвэл цуцлагдсан. Багцыг дахин шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="140"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>Багцыг шалгасны дараа бүс нутгийн бүтээлүүд өөрчлөгдсөн. Багцыг дахин шалгаад оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="144"/>
        <source>There is no juror &quot;{ref}&quot; in this contest. Give the juror&apos;s id or exact name.</source>
        <translation>Энэ уралдаанд «{ref}» шүүгч байхгүй. Шүүгчийн ID эсвэл нэрийг яг таг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="147"/>
        <source>The juror needs a name.</source>
        <translation>Шүүгчийн нэрийг оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="148"/>
        <source>&quot;{name}&quot; cannot be a juror&apos;s name: a name made of digits would be read as an id.</source>
        <translation>«{name}» нь шүүгчийн нэр байж болохгүй: зөвхөн цифрээс бүрдсэн нэрийг ID гэж уншина.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="151"/>
        <source>This contest has a juror named {name} already. Add something to tell them apart, such as the affiliation.</source>
        <translation>Энэ уралдаанд {name} нэртэй шүүгч аль хэдийн бүртгэгдсэн байна. Ялгахын тулд байгууллага зэрэг мэдээлэл нэмнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="154"/>
        <source>{name} is no longer on the panel, so no works can be assigned to them.</source>
        <translation>Шүүгч {name} шүүгчдийн бүрэлдэхүүнд байхаа больсон тул бүтээл хуваарилах боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="156"/>
        <source>There is no active juror to assign works to. Add jurors first.</source>
        <translation>Бүтээл хуваарилах идэвхтэй шүүгч алга. Эхлээд шүүгч нэмнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="158"/>
        <source>&quot;{value}&quot; is not one of the languages en, ko, zh, ja, ru, mn.</source>
        <translation>«{value}» нь en, ko, zh, ja, ru, mn хэлний аль нь ч биш.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="160"/>
        <source>&quot;{code}&quot; is neither a country code (such as KR) nor a region code (such as KR-47).</source>
        <translation>«{code}» нь улсын код (жишээ нь KR) ч биш, бүс нутгийн код (жишээ нь KR-47) ч биш.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="163"/>
        <source>&quot;{value}&quot; is not a kind of conflict: use country or region.</source>
        <translation>«{value}» гэсэн зөрчлийн төрөл байхгүй: country эсвэл region гэж бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="165"/>
        <source>There is no round {id} in this contest.</source>
        <translation>Энэ уралдаанд {id} дугаартай шат байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="167"/>
        <source>This contest has no open round. Create one first.</source>
        <translation>Энэ уралдаанд нээлттэй шат алга. Эхлээд шат үүсгэнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="169"/>
        <source>Round {round} is closed: its scores can no longer be entered or changed.</source>
        <translation>«{round}» шат хаагдсан: оноог оруулах, өөрчлөх боломжгүй болсон.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="171"/>
        <source>&quot;{value}&quot; is not a kind of round: use preliminary, final or boundary.</source>
        <translation>«{value}» гэсэн шатны төрөл байхгүй: preliminary, final эсвэл boundary гэж бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="173"/>
        <source>A final round needs the number of works to take from the previous round (1 or more).</source>
        <translation>Эцсийн шатанд өмнөх шатнаас авах бүтээлийн тоог (1 буюу түүнээс дээш) заах шаардлагатай.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="176"/>
        <source>A final round takes the best works of an earlier round, but there is none yet.</source>
        <translation>Эцсийн шат өмнөх шатны шилдэг бүтээлүүдийг авдаг боловч өмнөх шат одоогоор алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="179"/>
        <source>Round {round} is still open. Close it before taking its best works into a final round.</source>
        <translation>«{round}» шат нээлттэй хэвээр байна. Шилдэг бүтээлүүдийг эцсийн шатанд оруулахаас өмнө хаана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="182"/>
        <source>A boundary round needs the works it is to decide: give their codes.</source>
        <translation>Нэмэлт шатанд шийдвэрлэх бүтээлүүд шаардлагатай: тэдгээрийн нууц кодыг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="184"/>
        <source>This round would hold no works. A preliminary round takes the eligible works, and there are none yet.</source>
        <translation>Энэ шатанд бүтээл орохгүй. Урьдчилсан шат тэнцсэн бүтээлүүдийг авдаг боловч одоогоор алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="187"/>
        <source>{value} jurors per work is not possible: give 1 or more.</source>
        <translation>Нэг бүтээлд {value} шүүгч байх боломжгүй: 1 буюу түүнээс их тоо бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="189"/>
        <source>{missing} assigned scores are still missing in round {round}. Reassign the works, or accept the gap, to close it; the decision is kept in the audit log.</source>
        <translation>«{round}» шатанд хуваарилсан онооноос дутуу: {missing}. Шатыг хаахын тулд бүтээлүүдийг дахин хуваарилах эсвэл дутууг зөвшөөрнө үү; шийдвэрийг өөрчлөлтийн бүртгэлд хадгална.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="192"/>
        <source>&quot;{value}&quot; is not a decision: use accept_gap or reassigned.</source>
        <translation>«{value}» гэсэн шийдвэр байхгүй: accept_gap эсвэл reassigned гэж бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="194"/>
        <source>Work {code} has only {got} jurors: the others have a conflict with it.</source>
        <translation>{code} кодтой бүтээлд ердөө {got} шүүгч байна: бусад нь сонирхлын зөрчилтэй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="196"/>
        <source>&quot;{key}&quot; is not a criterion of this round.</source>
        <translation>«{key}» нь энэ шатны шалгуур биш.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="198"/>
        <source>&quot;{value}&quot; is not a number. Write the {key} score as a number such as 7 or 7.5.</source>
        <translation>«{value}» нь тоо биш. {key} шалгуурын оноог 7 эсвэл 7.5 гэх мэт тоогоор бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="201"/>
        <source>{value} is outside the scale of {key}: write a score from {min} to {max}.</source>
        <translation>{value} нь {key} шалгуурын хуваарийн гадна байна: {min}–{max} хооронд оноо бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="203"/>
        <source>The {column} score is empty while other scores of this work are filled in. Type the missing score, or clear the row if the work was not scored.</source>
        <translation>Энэ бүтээлийн бусад оноо бөглөгдсөн боловч {column} оноо хоосон байна. Дутуу оноог бичих, эсвэл бүтээлийг үнэлээгүй бол мөрийг хоослоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="206"/>
        <source>&quot;{value}&quot; is not a source of scores: use screen, package or paper.</source>
        <translation>«{value}» гэсэн онооны эх сурвалж байхгүй: screen, package эсвэл paper гэж бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="208"/>
        <source>Work {code} is not assigned to juror {juror} in this round, so the score cannot be taken.</source>
        <translation>Энэ шатанд {code} кодтой бүтээлийг дараах шүүгчид хуваарилаагүй тул оноог авах боломжгүй: {juror}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="211"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest. Check the code on the sheet.</source>
        <translation>Энэ уралдаанд «{value}» нууц кодтой бүтээл байхгүй. Хүснэгт дэх кодыг шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="214"/>
        <source>There is no juror &quot;{value}&quot; in this contest. Write the juror&apos;s id or exact name.</source>
        <translation>Энэ уралдаанд «{value}» шүүгч байхгүй. Шүүгчийн ID эсвэл нэрийг яг таг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="217"/>
        <source>Work {value} is scored for the same juror again in row {rows}. Neither row was imported: keep the right one and import the sheet again.</source>
        <translation>{value} бүтээлийг ижил шүүгчийн нэрээр дахин үнэлсэн байна (мөр: {rows}). Аль ч мөрийг оруулаагүй: зөвийг нь үлдээгээд хүснэгтийг дахин оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="220"/>
        <source>The sheet has no {column} column. Use the score sheet made for the juror: its first row names the columns code, juror, one per criterion and comment.</source>
        <translation>Хүснэгтэд {column} багана алга. Шүүгчид зориулж гаргасан үнэлгээний хуудсыг ашиглана уу: эхний мөрөнд code, juror, шалгуур тус бүрийн багана, comment гэсэн нэрс байдаг.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="223"/>
        <source>Cannot write &quot;{value}&quot;: a score sheet is a .xlsx or a .pdf file.</source>
        <translation>«{value}» файлыг бичих боломжгүй: үнэлгээний хуудас нь .xlsx эсвэл .pdf файл байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="225"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest.</source>
        <translation>Энэ уралдаанд «{value}» нууц кодтой бүтээл байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="228"/>
        <source>{juror} has no works to score in {round}. Assign works first, then export the package.</source>
        <translation>Шүүгч {juror} үнэлэх бүтээлгүй байна (шат: {round}). Эхлээд бүтээл хуваарилаад дараа нь багцыг экспортлоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="231"/>
        <source>Work {code} has no preview image, so it cannot be put in a package. Re-import its image first.</source>
        <translation>{code} кодтой бүтээлд урьдчилан харах зураг байхгүй тул багцад оруулах боломжгүй. Эхлээд зургийг дахин оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="234"/>
        <source>&quot;{path}&quot; is not a juror package. Open the .nearjury file staff sent.</source>
        <translation>«{path}» нь шүүгчийн багц биш. Нарийн бичгийн газраас илгээсэн .nearjury файлыг нээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="236"/>
        <source>&quot;{path}&quot; was made by a newer version of the app (format {version}). Install the newer version to open it.</source>
        <translation>«{path}» файлыг программын шинэ хувилбараар үүсгэсэн байна (формат {version}). Нээхийн тулд шинэ хувилбарыг суулгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="239"/>
        <source>The package &quot;{path}&quot; was changed after it was exported, so it cannot be trusted. Ask staff to send it again.</source>
        <translation>«{path}» багцыг экспортолсны дараа өөрчилсөн тул найдвартай биш. Нарийн бичгийн газраас дахин илгээхийг хүснэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="242"/>
        <source>The saved scores &quot;{path}&quot; were changed outside the app, so they cannot be trusted. Ask staff what to do; the file was left as it is.</source>
        <translation>Хадгалсан оноо «{path}» программаас гадуур өөрчлөгдсөн тул найдвартай биш. Яах талаар нарийн бичгийн газраас асууна уу; файлыг хэвээр нь үлдээсэн.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="245"/>
        <source>Work {code} is not one of the works you were given.</source>
        <translation>{code} кодтой бүтээл танд олгосон бүтээлүүдэд ороогүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="247"/>
        <source>&quot;{path}&quot; is not a results file of a juror package. Nothing was imported.</source>
        <translation>«{path}» нь шүүгчийн багцын дүнгийн файл биш. Юу ч оруулаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="250"/>
        <source>The results &quot;{path}&quot; belong to a package this database never exported. Nothing was imported; check that you opened the right contest database.</source>
        <translation>«{path}» дүн нь энэ өгөгдлийн сангаас экспортлоогүй багцынх байна. Юу ч оруулаагүй; зөв уралдааны өгөгдлийн санг нээсэн эсэхээ шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="253"/>
        <source>The results &quot;{path}&quot; were changed outside the app after the juror exported them. Nothing was imported; ask the juror to export them again.</source>
        <translation>«{path}» дүнг шүүгч экспортолсны дараа программаас гадуур өөрчилсөн байна. Юу ч оруулаагүй; шүүгчээс дахин экспортлохыг хүснэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="256"/>
        <source>The results &quot;{path}&quot; are older than results already imported from the same package. Nothing was imported, so the newer scores stay.</source>
        <translation>«{path}» дүн нь нэг багцаас өмнө оруулсан дүнгээс хуучин байна. Юу ч оруулаагүй тул шинэ оноо хэвээр үлдэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="259"/>
        <source>Work {work} was not in this juror&apos;s package; its score was not imported.</source>
        <translation>{work} бүтээл энэ шүүгчийн багцад байгаагүй; оноог нь оруулаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="261"/>
        <source>The score for work {work} cannot be read; it was not imported.</source>
        <translation>{work} бүтээлийн оноог уншиж чадсангүй; оруулаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="263"/>
        <source>The scoring screen is not part of this installation. Export the results with: contest-app juror --export-results PACKAGE OUT</source>
        <translation>Энэ суулгацад үнэлгээний дэлгэц ороогүй. Дүнг дараах тушаалаар экспортлоно уу: contest-app juror --export-results PACKAGE OUT</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="266"/>
        <source>Jurors can sign in to a shared database on PostgreSQL only, not on {backend}. Use offline packages instead.</source>
        <translation>Шүүгчид зөвхөн PostgreSQL дээрх нийтийн өгөгдлийн санд нэвтэрч болно ({backend} дээр болохгүй). Оронд нь офлайн багц ашиглана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="269"/>
        <source>There is no open round with works for you to score.</source>
        <translation>Таны үнэлэх бүтээлтэй нээлттэй шат алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="271"/>
        <source>Give the juror a password for signing in.</source>
        <translation>Шүүгчид нэвтрэх нууц үг өгнө үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="274"/>
        <source>&quot;{value}&quot; is not a method of combining scores. Choose one of {methods}.</source>
        <translation>«{value}» гэсэн оноо нэгтгэх арга байхгүй. Дараахаас сонгоно уу: {methods}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="276"/>
        <source>Round {round} is still open: its scores may still change.</source>
        <translation>«{round}» шат нээлттэй хэвээр байна: оноо өөрчлөгдөж болзошгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="278"/>
        <source>Boundary round {round} is still open; its scores count once it is closed.</source>
        <translation>«{round}» нэмэлт шат нээлттэй хэвээр байна; хаагдсаны дараа оноо нь тооцогдоно.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="280"/>
        <source>{count} scores were set aside: the juror has a conflict of interest with the work&apos;s region or country.</source>
        <translation>{count} оноог тооцоогүй: шүүгч бүтээлийн бүс нутаг эсвэл улстай сонирхлын зөрчилтэй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="283"/>
        <source>{count} scores were set aside because not every criterion was scored.</source>
        <translation>Бүх шалгуураар үнэлээгүй тул {count} оноог тооцоогүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="285"/>
        <source>{count} scores were set aside because the work was handed to another juror.</source>
        <translation>Бүтээлийг өөр шүүгчид шилжүүлсэн тул {count} оноог тооцоогүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="288"/>
        <source>{count} scored works are not eligible (or were disqualified) and are not ranked.</source>
        <translation>Үнэлэгдсэн боловч тэнцээгүй (эсвэл хасагдсан) {count} бүтээлийг эрэмбэлээгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="291"/>
        <source>No work has a usable score yet, so there is nothing to rank.</source>
        <translation>Ашиглах боломжтой оноотой бүтээл одоогоор алга тул эрэмбэлэх зүйл байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="293"/>
        <source>Cannot read &quot;{value}&quot;: write TIER=N with N at least 1, for example excellence=3.</source>
        <translation>«{value}» утгыг уншиж чадсангүй: TIER=N хэлбэрээр бичнэ үү (N нь дор хаяж 1), жишээ нь excellence=3.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="296"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Its tiers are {tiers}.</source>
        <translation>«{value}» нь энэ уралдааны шагналын зэрэг биш. Зэргүүд: {tiers}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="298"/>
        <source>Region {region} could not get a work into the {tier} tier: no other region has a place to spare within the constraints.</source>
        <translation>{region} бүс нутгийн бүтээлийг {tier} зэрэгт оруулж чадсангүй: хязгаарлалтын хүрээнд байраа тавьж өгөх өөр бүс нутаг алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="301"/>
        <source>There are not enough ranked works to fill every tier (places left: {tiers}).</source>
        <translation>Бүх зэргийг дүүргэх хэмжээний эрэмбэлэгдсэн бүтээл хүрэлцэхгүй байна (үлдсэн байр: {tiers}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="304"/>
        <source>The results of edition {edition} are final and locked. Unlock them, with a reason, before changing them.</source>
        <translation>№{edition} уралдааны дүн эцэслэгдэж түгжигдсэн. Өөрчлөхөөс өмнө шалтгаанаа бичиж түгжээг тайлна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="307"/>
        <source>The results of edition {edition} are not locked.</source>
        <translation>№{edition} уралдааны дүн түгжигдээгүй байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="309"/>
        <source>The committee has already decided on {count} awards. A new proposal would replace those decisions; confirm that you want to replace them.</source>
        <translation>Хороо шагналын талаар шийдвэр гаргасан байна (тоо: {count}). Шинэ санал эдгээр шийдвэрийг орлоно; орлуулахыг хүсэж буйгаа баталгаажуулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="312"/>
        <source>There are no awards yet. Propose the awards first.</source>
        <translation>Шагнал одоогоор алга. Эхлээд шагнал санал болгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="314"/>
        <source>There is no work with the code {code} in this contest.</source>
        <translation>Энэ уралдаанд {code} нууц кодтой бүтээл байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="316"/>
        <source>Work {code} is disqualified and cannot receive an award.</source>
        <translation>{code} кодтой бүтээл хасагдсан тул шагнал авах боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="318"/>
        <source>Some tiers do not hold their quota ({tiers}). Give a reason to finalise the results anyway.</source>
        <translation>Зарим зэрэг квотоо хангаагүй байна ({tiers}). Гэсэн ч дүнг эцэслэхийн тулд шалтгааныг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="321"/>
        <source>A boundary round needs at least two works.</source>
        <translation>Нэмэлт шатанд дор хаяж хоёр бүтээл шаардлагатай.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="323"/>
        <source>Say what to write: a results workbook (OUT.xlsx), --pdf OUT.pdf or --regions OUT.xlsx.</source>
        <translation>Юу бичихийг заана уу: дүнгийн Excel файл (OUT.xlsx), --pdf OUT.pdf эсвэл --regions OUT.xlsx.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="327"/>
        <source>&quot;{value}&quot; is not a kind of certificate: use award, participation, teacher or all.</source>
        <translation>«{value}» гэсэн өргөмжлөлийн төрөл байхгүй: award, participation, teacher эсвэл all гэж бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="330"/>
        <source>The certificate template cannot be used ({value}): every field needs a width, a height and a font size above zero.</source>
        <translation>Өргөмжлөлийн загварыг ашиглах боломжгүй ({value}): талбар бүрийн өргөн, өндөр, үсгийн хэмжээ тэгээс их байх ёстой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="333"/>
        <source>The image &quot;{value}&quot; cannot be opened. Choose a PNG or JPEG file.</source>
        <translation>«{value}» зургийг нээх боломжгүй. PNG эсвэл JPEG файл сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="335"/>
        <source>There is no certificate with the serial {serial} in this contest.</source>
        <translation>Энэ уралдаанд {serial} дугаартай өргөмжлөл байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="337"/>
        <source>The calibration ({dx} mm, {dy} mm, scale {scale}) is not plausible: offsets must be within 30 mm and the scale between 0.8 and 1.2.</source>
        <translation>Тохируулга ({dx} мм, {dy} мм, масштаб {scale}) бодит бус байна: шилжилт 30 мм-ээс ихгүй, масштаб 0.8–1.2 байх ёстой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="340"/>
        <source>{count} works have awards that are not final yet. Their students get no certificate until the awards are final (or until you allow provisional awards).</source>
        <translation>{count} бүтээлийн шагнал эцэслэгдээгүй байна. Шагнал эцэслэгдэх хүртэл (эсвэл урьдчилсан шагналыг зөвшөөрөх хүртэл) тэдгээрийн сурагчид өргөмжлөл авахгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="343"/>
        <source>{count} works have provisional awards; their award certificates were made as you allowed. Check them before they are sent.</source>
        <translation>{count} бүтээл урьдчилсан шагналтай; таны зөвшөөрснөөр шагналын өргөмжлөлийг үүсгэсэн. Илгээхээс өмнө шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="346"/>
        <source>{count} awarded works are not eligible (disqualified or without consent) and got no certificate. Check the awards.</source>
        <translation>Тэнцээгүй (хасагдсан эсвэл зөвшөөрөлгүй) {count} шагналт бүтээлд өргөмжлөл үүсгээгүй. Шагналуудыг шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="349"/>
        <source>{count} students&apos; personal data has been removed, so they get no certificate.</source>
        <translation>{count} сурагчийн хувийн мэдээлэл устгагдсан тул өргөмжлөл авахгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="352"/>
        <source>The {field} &quot;{text}&quot; has characters no font can print ({characters}); they would come out as empty boxes. Correct the text or add a font that has them.</source>
        <translation>{field} талбар: «{text}» бичвэрт ямар ч фонтоор хэвлэх боломжгүй тэмдэгт байна ({characters}); тэдгээр нь хоосон дөрвөлжин болж гарна. Бичвэрийг засах эсвэл тэдгээр тэмдэгттэй фонт нэмнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="355"/>
        <source>The template&apos;s {field} image ({text}) is missing from the data folder. Choose the image again in the template editor.</source>
        <translation>Загварын зураг ({field}: {text}) өгөгдлийн хавтаст алга. Загвар засах хэсэгт зургийг дахин сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="358"/>
        <source>The painting&apos;s image for &quot;{text}&quot; is missing; the certificate prints without it.</source>
        <translation>Бүтээлийн зураг алга («{text}»); өргөмжлөлийг зураггүй хэвлэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="361"/>
        <source>Your score could not be saved in {path}: the folder cannot be written to. Copy the package to a folder of your own (such as Documents) and open it there.</source>
        <translation>Таны оноог хадгалж чадсангүй ({path}): энэ хавтаст бичих боломжгүй. Багцыг өөрийн хавтас руу (жишээ нь Documents) хуулж, тэндээс нээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="365"/>
        <source>There is no tour with id {id}.</source>
        <translation>ID нь {id} бүхий үзэсгэлэн байхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="366"/>
        <source>This tour has no venue &quot;{id}&quot;. Give the venue&apos;s id or exact name.</source>
        <translation>Энэ үзэсгэлэнд «{id}» байршил байхгүй. Байршлын ID эсвэл нэрийг яг таг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="368"/>
        <source>The tour needs a name.</source>
        <translation>Үзэсгэлэнгийн нэрийг оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="369"/>
        <source>The venue needs a name.</source>
        <translation>Байршлын нэрийг оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="370"/>
        <source>The period ends ({ends_on}) before it starts ({starts_on}). Check the dates.</source>
        <translation>Дуусах огноо ({ends_on}) эхлэх огнооноос ({starts_on}) өмнө байна. Огноог шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="373"/>
        <source>Work {id} has no award, so it cannot tour. Tours show awarded works only.</source>
        <translation>{id} бүтээл шагналгүй тул үзэсгэлэнд оруулах боломжгүй. Үзэсгэлэнд зөвхөн шагналт бүтээлийг дэлгэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="376"/>
        <source>Work {id} is not part of this tour.</source>
        <translation>{id} бүтээл энэ үзэсгэлэнд ороогүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="378"/>
        <source>&quot;{value}&quot; is not a status of a touring work: use selected, packed, shipped, on_show or returned.</source>
        <translation>«{value}» гэсэн үзэсгэлэнгийн бүтээлийн төлөв байхгүй: selected, packed, shipped, on_show эсвэл returned гэж бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="381"/>
        <source>The tour &quot;{tour}&quot; has no works to print. Add works first, or show works without consent anonymised instead of leaving them out.</source>
        <translation>«{tour}» үзэсгэлэнд хэвлэх бүтээл алга. Эхлээд бүтээл нэмэх, эсвэл зөвшөөрөлгүй бүтээлүүдийг хасахын оронд нэргүйгээр оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="384"/>
        <source>&quot;{value}&quot; is not a page size the catalogue offers: use A4 or B5.</source>
        <translation>«{value}» нь каталогт байхгүй хуудасны хэмжээ: A4 эсвэл B5 гэж бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="386"/>
        <source>Cannot use the label size &quot;{value}&quot;: write WIDTHxHEIGHT in millimetres, for example 100x70, from 50x30 up to 200x287.</source>
        <translation>«{value}» шошгоны хэмжээг ашиглах боломжгүй: WIDTHxHEIGHT хэлбэрээр миллиметрээр бичнэ үү, жишээ нь 100x70; 50x30-аас 200x287 хүртэл.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="389"/>
        <source>No works are shown at {venue} yet, so there are no labels to print. Choose the venue&apos;s works first.</source>
        <translation>Байршилд ({venue}) одоогоор дэлгэх бүтээл алга тул хэвлэх шошго байхгүй. Эхлээд байршлын бүтээлүүдийг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="393"/>
        <source>The batch {file} holds no sheet (.xlsx, .xls, .ods or .csv). Add the region&apos;s entry sheet and import the batch again.</source>
        <translation>{file} багцад хүснэгт (.xlsx, .xls, .ods эсвэл .csv) алга. Бүс нутгийн бүртгэлийн хүснэгтийг нэмээд багцыг дахин оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="396"/>
        <source>The batch {file} holds more than one sheet ({names}); it must hold exactly one. Remove the others and import it again.</source>
        <translation>{file} багцад нэгээс олон хүснэгт байна ({names}); яг нэг байх ёстой. Бусдыг нь устгаад дахин оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="399"/>
        <source>The sheet {file} cannot be read ({detail}). Open it in the office program, save it again as .xlsx and import that. Nothing was imported.</source>
        <translation>{file} хүснэгтийг уншиж чадсангүй ({detail}). Оффисын программаар нээж .xlsx хэлбэрээр дахин хадгалаад тэр файлыг оруулна уу. Юу ч оруулаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="402"/>
        <source>The sheet {file} has no works: it is empty or has only a header row.</source>
        <translation>{file} хүснэгтэд бүтээл алга: хоосон эсвэл зөвхөн гарчгийн мөртэй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="404"/>
        <source>The sheet {file} is larger than the app reads (limit {value}). Check that it is the right file, or split it. Nothing was imported.</source>
        <translation>{file} хүснэгт программын унших хэмжээнээс том байна (хязгаар {value}). Зөв файл эсэхийг шалгах эсвэл хуваана уу. Юу ч оруулаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="407"/>
        <source>Row {row} of the sheet {file} has a cell longer than a spreadsheet can hold ({value} characters). The file was not typed in Excel or is damaged; nothing was imported.</source>
        <translation>{file} хүснэгтэд хүснэгтийн программын багтаах хэмжээнээс урт нүд байна (мөр: {row}, тэмдэгт: {value}). Файлыг Excel-д бичээгүй эсвэл гэмтсэн байна; юу ч оруулаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="411"/>
        <source>{file} is named as a {value} file but its content is something else ({detail}). Send the sheet itself, saved in the format its name says.</source>
        <translation>{file} файлын нэр нь {value} файл гэж заасан боловч агуулга нь өөр байна ({detail}). Нэрэнд заасан хэлбэрээр хадгалсан хүснэгтийг өөрийг нь илгээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="414"/>
        <source>The text of {file} is in no code page the app knows (or mixes several). Save it as UTF-8 or as .xlsx and import it again.</source>
        <translation>{file} файлын бичвэр программын мэдэх кодчилолд биш (эсвэл хэд хэдэн кодчилол холилдсон) байна. UTF-8 эсвэл .xlsx хэлбэрээр хадгалаад дахин оруулна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="417"/>
        <source>The zip holds a file named &quot;{name}&quot; that would be written outside its folder (an absolute path, &quot;..&quot;, a link or a device name). Nothing was unpacked; ask the region to zip its folder again.</source>
        <translation>ZIP файлд хавтаснаасаа гадна бичигдэх «{name}» нэртэй файл байна (үнэмлэхүй зам, «..», холбоос эсвэл төхөөрөмжийн нэр). Юу ч задлаагүй; бүс нутгаас хавтсаа дахин ZIP болгохыг хүснэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="421"/>
        <source>The zip {file} is too large to unpack safely ({value}): too many files, too many bytes, or a compression ratio no real batch has (a zip bomb). Nothing was kept.</source>
        <translation>{file} ZIP файлыг аюулгүй задлахад хэт том байна ({value}): файл хэт олон, хэмжээ хэт их, эсвэл жинхэнэ багцад байдаггүй шахалтын харьцаатай (ZIP бөмбөг). Юу ч хадгалаагүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="424"/>
        <source>The zip {file} cannot be opened ({detail}): it is damaged, encrypted or not a zip. Ask the region to send it again.</source>
        <translation>{file} ZIP файлыг нээж чадсангүй ({detail}): гэмтсэн, шифрлэгдсэн эсвэл ZIP биш байна. Бүс нутгаас дахин илгээхийг хүснэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="427"/>
        <source>{file} is not a batch: choose a folder, a .zip, or a sheet (.xlsx, .xls, .ods or .csv).</source>
        <translation>{file} нь багц биш: хавтас, .zip эсвэл хүснэгт (.xlsx, .xls, .ods, .csv) сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="430"/>
        <source>{value} is not one of the batch&apos;s files.</source>
        <translation>{value} нь багцын файлуудын нэг биш.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="431"/>
        <source>The sheet has no column for {field}. Use the template&apos;s headers, or say which column it is (--map HEADER={field}).</source>
        <translation>Хүснэгтэд {field} талбарын багана алга. Загварын гарчгийг ашиглах эсвэл аль багана болохыг заана уу (--map HEADER={field}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="434"/>
        <source>Two columns of the sheet mean {field} (one is &quot;{header}&quot;). Remove or rename one.</source>
        <translation>Хүснэгтийн хоёр багана хоёулаа {field} талбарыг илэрхийлж байна (нэг нь «{header}»). Нэгийг нь устгах эсвэл нэрийг нь өөрчилнө үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="437"/>
        <source>Cannot use the column mapping &quot;{value}&quot;: write HEADER=field with a field the app knows.</source>
        <translation>«{value}» баганын тохируулгыг ашиглах боломжгүй: HEADER=field хэлбэрээр, программын мэдэх талбарыг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="441"/>
        <source>The backup could not be written ({detail}). Nothing else was done: free some disk space or check the backup folder, then try again.</source>
        <translation>Нөөцийг бичиж чадсангүй ({detail}). Өөр юу ч хийгээгүй: дискэнд зай гаргах эсвэл нөөцийн хавтсыг шалгаад дахин оролдоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="444"/>
        <source>{path} exists already. Choose a new file or folder name for the backup.</source>
        <translation>{path} аль хэдийн байна. Нөөцөд шинэ файл эсвэл хавтасны нэр сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="446"/>
        <source>A database held only in memory cannot be backed up or restored.</source>
        <translation>Зөвхөн санах ойд байгаа өгөгдлийн санг нөөцлөх, сэргээх боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="448"/>
        <source>{file} is not a backup of this app, or it is damaged ({detail}). Nothing was changed.</source>
        <translation>{file} нь энэ программын нөөц биш эсвэл гэмтсэн байна ({detail}). Юу ч өөрчлөгдөөгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="451"/>
        <source>The backup {file} was written by a newer version of the app (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>{file} нөөцийг программын шинэ хувилбараар үүсгэсэн байна (схем {revision}). Сэргээхийн тулд тэр хувилбарыг суулгана уу; юу ч өөрчлөгдөөгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="454"/>
        <source>The database is in use by another window or program ({detail}). Close it and restore again; nothing was changed.</source>
        <translation>Өгөгдлийн санг өөр цонх эсвэл программ ашиглаж байна ({detail}). Түүнийг хаагаад дахин сэргээнэ үү; юу ч өөрчлөгдөөгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="458"/>
        <source>The retention period must be a whole number of days from 0 to {max}, not {value}.</source>
        <translation>Хадгалах хугацаа нь 0-ээс {max} хүртэлх бүхэл тооны хоног байх ёстой, {value} биш.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="461"/>
        <source>No retention period is set. Set one first (privacy retention --days N), or give --days.</source>
        <translation>Хадгалах хугацаа тохируулаагүй байна. Эхлээд тохируулах (privacy retention --days N) эсвэл --days заана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="464"/>
        <source>This contest&apos;s deadline ({deadline}) is within the retention period of {days} days: its personal data may be removed from {due} on.</source>
        <translation>Энэ уралдааны эцсийн хугацаа ({deadline}) {days} хоногийн хадгалах хугацаанд багтаж байна: хувийн мэдээллийг дараах өдрөөс эхлэн устгаж болно: {due}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="68"/>
        <source>Whole page</source>
        <translation>Бүтэн хуудас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="69"/>
        <source>Page width</source>
        <translation>Хуудасны өргөн</translation>
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
            <numerusform>Хуудас: %n</numerusform>
            <numerusform>Хуудас: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="56"/>
        <source>Pre-flight check</source>
        <translation>Хэвлэхийн өмнөх шалгалт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="59"/>
        <source>Every text can be printed with the embedded fonts, and every image of the templates is there.</source>
        <translation>Бүх бичвэрийг суулгасан фонтоор хэвлэх боломжтой бөгөөд загварын бүх зураг байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="62"/>
        <source>{count} texts have characters that no font can print; they would come out as empty boxes. Correct them first.</source>
        <translation>Ямар ч фонтоор хэвлэх боломжгүй тэмдэгттэй бичвэр байна (тоо: {count}); тэдгээр нь хоосон дөрвөлжин болж гарна. Эхлээд засна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="66"/>
        <source>Nothing would print as boxes; some certificates will lack the painting&apos;s thumbnail.</source>
        <translation>Хоосон дөрвөлжин хэвлэгдэхгүй; зарим өргөмжлөлд бүтээлийн жижиг зураг байхгүй болно.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="69"/>
        <source>Generate anyway?</source>
        <translation>Гэсэн ч үүсгэх үү?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="71"/>
        <source>Generate anyway</source>
        <translation>Гэсэн ч үүсгэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Severity</source>
        <translation>Түвшин</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Student</source>
        <translation>Сурагч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Field</source>
        <translation>Талбар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Characters</source>
        <translation>Тэмдэгт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="76"/>
        <source>Problem</source>
        <translation>Асуудал</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="104"/>
        <source>Privacy</source>
        <translation>Хувийн мэдээлэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="105"/>
        <source>Retention of personal data</source>
        <translation>Хувийн мэдээлэл хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="106"/>
        <source>Keep non-winners&apos; data for (days):</source>
        <translation>Шагналгүй сурагчдын мэдээллийг хадгалах (хоног):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="107"/>
        <source>Save</source>
        <translation>Хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="108"/>
        <source>Remove non-winners&apos; personal data</source>
        <translation>Шагналгүй сурагчдын хувийн мэдээллийг устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="109"/>
        <source>Preview (changes nothing)</source>
        <translation>Урьдчилан харах (юу ч өөрчлөхгүй)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="110"/>
        <source>Remove…</source>
        <translation>Устгах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="111"/>
        <source>Everything held about one student</source>
        <translation>Нэг сурагчийн тухай бүх мэдээлэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="112"/>
        <source>Name of the student</source>
        <translation>Сурагчийн нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="113"/>
        <source>Export…</source>
        <translation>Экспортлох…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="134"/>
        <source>Not set yet</source>
        <translation>Тохируулаагүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="135"/>
        <source>Saved: {days} days</source>
        <translation>Хадгалсан: {days} хоног</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="168"/>
        <source>Counting…</source>
        <translation>Тоолж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove personal data</source>
        <translation>Хувийн мэдээлэл устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove the names, birth dates and schools of {students} students and the images of {works} works for good? Counts, titles and scores stay.</source>
        <translation>{students} сурагчийн нэр, төрсөн огноо, сургууль болон {works} бүтээлийн зургийг бүрмөсөн устгах уу? Тоо, бүтээлийн нэр, оноо хэвээр үлдэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="185"/>
        <source>Removed: {students} students&apos; personal data, {files} image files.</source>
        <translation>Устгасан: {students} сурагчийн хувийн мэдээлэл, {files} зургийн файл.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="190"/>
        <source>Removing personal data…</source>
        <translation>Хувийн мэдээллийг устгаж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="195"/>
        <source>Choose a contest first.</source>
        <translation>Эхлээд уралдаан сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="197"/>
        <source>Students none of whose works won an award lose their names, birth dates and schools, and their works&apos; images are deleted, once the contest&apos;s deadline is older than the retention period. Preview first.</source>
        <translation>Уралдааны эцсийн хугацаанаас хойш хадгалах хугацаа өнгөрвөл аль ч бүтээл нь шагнал аваагүй сурагчдын нэр, төрсөн огноо, сургууль болон бүтээлийн зургийг устгана. Эхлээд урьдчилан харна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="202"/>
        <source>{students} students and the images of {works} works ({files} files) would be removed; {kept} students with an award are kept, {done} were removed before.</source>
        <translation>{students} сурагчийн мэдээлэл, {works} бүтээлийн зураг ({files} файл) устгагдана; шагналтай {kept} сурагчийнх хадгалагдана, өмнө нь устгасан: {done}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="237"/>
        <source>Folder for the export</source>
        <translation>Экспортлох хавтас</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Export written</source>
        <translation>Экспортлолоо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Everything held about the student is in {folder}. It holds personal data: hand it over securely.</source>
        <translation>Сурагчийн тухай бүх мэдээллийг хадгалсан хавтас: {folder}. Хувийн мэдээлэл агуулсан тул аюулгүй замаар хүлээлгэн өгнө үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="253"/>
        <source>Exporting…</source>
        <translation>Экспортлож байна…</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="24"/>
        <source>Working</source>
        <translation>Ажиллаж байна</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Membership</source>
        <translation>Гишүүнчлэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="97"/>
        <source>Active</source>
        <translation>Оролцдог</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="100"/>
        <source>Regions</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>Шүүлтүүр…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="102"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>Улс:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="104"/>
        <source>Membership:</source>
        <translation>Гишүүнчлэл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="105"/>
        <source>e.g. KR-47, or KR-POHANG</source>
        <translation>жишээ нь KR-47 эсвэл KR-POHANG</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="106"/>
        <source>Takes part (shown in lists)</source>
        <translation>Оролцдог (жагсаалтад харагдана)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="107"/>
        <source>Reason (kept in the audit log)</source>
        <translation>Шалтгаан (өөрчлөлтийн бүртгэлд хадгалагдана)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="108"/>
        <source>New region</source>
        <translation>Шинэ бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="109"/>
        <source>Save region</source>
        <translation>Бүс нутгийг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="136"/>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
</context>
<context>
    <name>ScoringWindow</name>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="183"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>Үнэлгээ — {juror}, {round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="186"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name} ({low:g}–{high:g}):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Comment (optional)</source>
        <translation>Тайлбар (заавал биш)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flag for discussion (F)</source>
        <translation>Хэлэлцүүлэгт тэмдэглэх (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourite (S)</source>
        <translation>Дуртай (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="191"/>
        <source>I cannot judge this work</source>
        <translation>Энэ бүтээлийг үнэлэх боломжгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="192"/>
        <source>Pass line:</source>
        <translation>Тэнцэх оноо:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="193"/>
        <source>Export results for the secretariat…</source>
        <translation>Нарийн бичгийн газарт дүн экспортлох…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="195"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>Товчлуур: 1–9 ба 0 (=10) — сонгосон шалгуурт оноо өгөх; ↑↓ — шалгуур сонгох; Enter эсвэл → — дараагийн бүтээл, ← — өмнөх; C — харьцуулах; F — тэмдэглэх; S — дуртай; Backspace — арилгах; +/− — томруулах, жижигрүүлэх.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="202"/>
        <source>All my works</source>
        <translation>Миний бүх бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="203"/>
        <source>Not scored yet</source>
        <translation>Үнэлээгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="204"/>
        <source>Flagged</source>
        <translation>Тэмдэглэсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="205"/>
        <source>Favourites</source>
        <translation>Дуртай</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="272"/>
        <source>Work {n} of {total}</source>
        <translation>Бүтээл {n}/{total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="275"/>
        <source>No works in this view.</source>
        <translation>Энэ жагсаалтад бүтээл алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="336"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} нь {low:g}–{high:g} хуваарийн гадна байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="384"/>
        <source>Weighted score: {score}</source>
        <translation>Жигнэсэн оноо: {score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="392"/>
        <source>{done} of {total} scored</source>
        <translation>Үнэлсэн: {done} / {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="401"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>Үнэлсэн {scored} бүтээлээс {passed} нь ({share:.0f}%) тэнцэх оноонд хүрсэн эсвэл давсан.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="444"/>
        <source>Export results</source>
        <translation>Дүн экспортлох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="445"/>
        <source>Juror results (*.nearresults)</source>
        <translation>Шүүгчийн дүн (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="454"/>
        <source>Results written to {file}</source>
        <translation>Дүнг бичсэн файл: {file}</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="106"/>
        <source>Tour</source>
        <translation>Үзэсгэлэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="107"/>
        <source>Name:</source>
        <translation>Нэр:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="108"/>
        <source>From:</source>
        <translation>Эхлэх:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="109"/>
        <source>Until:</source>
        <translation>Дуусах:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="110"/>
        <source>Notes:</source>
        <translation>Тэмдэглэл:</translation>
    </message>
</context>
<context>
    <name>TourWorksView</name>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="37"/>
        <source>Selected</source>
        <translation>Сонгогдсон</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="38"/>
        <source>Packed</source>
        <translation>Баглаасан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="39"/>
        <source>Shipped</source>
        <translation>Илгээсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="40"/>
        <source>On show</source>
        <translation>Дэлгэгдэж буй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="41"/>
        <source>Returned</source>
        <translation>Буцаасан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>No.</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>Work</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Year</source>
        <translation>Он</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Award</source>
        <translation>Шагнал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Condition</source>
        <translation>Байдал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Venues</source>
        <translation>Байршил</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="137"/>
        <source>No publication consent for every author: the catalogue leaves the names off, or the work out.</source>
        <translation>Бүх зохиогч нийтлэх зөвшөөрөл өгөөгүй: каталогт нэрийг эсвэл бүтээлийг оруулахгүй.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="154"/>
        <source>Venue</source>
        <translation>Байршил</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>Name:</source>
        <translation>Нэр:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>City:</source>
        <translation>Хот:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Address:</source>
        <translation>Хаяг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Language:</source>
        <translation>Хэл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>From:</source>
        <translation>Эхлэх:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>Until:</source>
        <translation>Дуусах:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="159"/>
        <source>Contact:</source>
        <translation>Холбоо барих:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="161"/>
        <source>Wall labels and work lists for this venue print in its language and in English.</source>
        <translation>Энэ байршлын шошго, бүтээлийн жагсаалтыг тухайн байршлын хэл болон англи хэлээр хэвлэнэ.</translation>
    </message>
</context>
<context>
    <name>VenueWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="206"/>
        <source>Works at {venue}</source>
        <translation>Дэлгэх бүтээл: {venue}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="208"/>
        <source>Tick the works shown at this venue.</source>
        <translation>Энэ байршилд дэлгэх бүтээлүүдийг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="209"/>
        <source>All</source>
        <translation>Бүгдийг сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="210"/>
        <source>None</source>
        <translation>Бүгдийг болих</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>Venue</source>
        <translation>Байршил</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>City</source>
        <translation>Хот</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>From</source>
        <translation>Эхлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Until</source>
        <translation>Дуусах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Works</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="93"/>
        <source>Contact</source>
        <translation>Холбоо барих</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="96"/>
        <source>Add venue…</source>
        <translation>Байршил нэмэх…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="97"/>
        <source>Edit…</source>
        <translation>Засах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="98"/>
        <source>Delete</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="99"/>
        <source>Works shown…</source>
        <translation>Дэлгэх бүтээл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="100"/>
        <source>Wall labels…</source>
        <translation>Шошго…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="101"/>
        <source>Files for this venue…</source>
        <translation>Энэ байршлын файл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="102"/>
        <source>No venues yet. A venue shows the tour&apos;s works for a time; its labels print in its language.</source>
        <translation>Байршил одоогоор алга. Байршилд үзэсгэлэнгийн бүтээлүүдийг тодорхой хугацаанд дэлгэнэ; шошгыг тухайн байршлын хэлээр хэвлэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete venue</source>
        <translation>Байршил устгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete the venue &quot;{name}&quot;? Its works stay in the tour.</source>
        <translation>«{name}» байршлыг устгах уу? Бүтээлүүд нь үзэсгэлэнд үлдэнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="192"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="198"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>Wall labels</source>
        <translation>Шошго</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="193"/>
        <source>Card size in millimetres (width x height):</source>
        <translation>Шошгоны хэмжээ, мм (өргөн x өндөр):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файл (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>{labels} labels on {sheets} sheets: {path}</source>
        <translation>Шошго: {labels}, хуудас: {sheets}. Файл: {path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="209"/>
        <source>Making the wall labels…</source>
        <translation>Шошго бэлтгэж байна…</translation>
    </message>
</context>
</TS>
