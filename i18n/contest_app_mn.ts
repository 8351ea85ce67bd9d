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
    <name>App</name>
    <message>
        <location filename="../contest_app/gui/app.py" line="43"/>
        <source>Cannot open the database</source>
        <translation>Өгөгдлийн санг нээж чадсангүй</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="43"/>
        <source>Awards</source>
        <translation>Шагнал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Tier</source>
        <translation>Зэрэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <source>Quota</source>
        <translation>Квот</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="47"/>
        <source>Awarded</source>
        <translation>Олгосон</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Rank</source>
        <translation>Байр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Code</source>
        <translation>Нууц код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>No.</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>Title</source>
        <translation>Бүтээлийн нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Score</source>
        <translation>Оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="53"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="56"/>
        <source>Award tiers</source>
        <translation>Шагналын зэрэг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="57"/>
        <source>Awarded works</source>
        <translation>Шагнал хүртсэн бүтээлүүд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="58"/>
        <source>No awards yet. They are proposed from the jury&apos;s scores once a round is complete.</source>
        <translation>Шагнал одоогоор алга. Шүүлтийн шат дууссаны дараа шүүгчдийн оноонд үндэслэн шагналыг санал болгоно.</translation>
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
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="28"/>
        <source>Certificates</source>
        <translation>Өргөмжлөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Serial</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="32"/>
        <source>Student</source>
        <translation>Сурагч</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="33"/>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Issued</source>
        <translation>Олгосон огноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Reissue</source>
        <translation>Дахин олгосон</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="37"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>Одоогоор өргөмжлөл олгоогүй байна. Шагналын өргөмжлөлийг эцсийн дүнгээр олгох бөгөөд бусад тэнцсэн сурагч бүр оролцсоны гэрчилгээ авна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="47"/>
        <source>yes</source>
        <translation>тийм</translation>
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
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>Code</source>
        <translation>Нууц код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>No.</source>
        <translation>Дугаар</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Region</source>
        <translation>Бүс нутаг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Title</source>
        <translation>Бүтээлийн нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>Сурагчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
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
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="29"/>
        <source>Exhibitions</source>
        <translation>Үзэсгэлэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>Tour</source>
        <translation>Үзэсгэлэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>From</source>
        <translation>Эхлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Until</source>
        <translation>Дуусах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Venues</source>
        <translation>Байршил</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="34"/>
        <source>Works</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="37"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>Явуулын үзэсгэлэн одоогоор алга. Явуулын үзэсгэлэнд өмнөх уралдаануудын шагналт бүтээлүүдийг нэг буюу хэд хэдэн газарт дэлгэн үзүүлнэ.</translation>
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
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="100"/>
        <source>Import a region&apos;s batch</source>
        <translation>Бүс нутгийн багц оруулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="102"/>
        <source>Batch (folder or .zip):</source>
        <translation>Багц (хавтас эсвэл .zip):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Region:</source>
        <translation>Бүс нутаг:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Sheet encoding:</source>
        <translation>Хүснэгтийн кодчилол:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="106"/>
        <source>Folder…</source>
        <translation>Хавтас…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Zip file…</source>
        <translation>ZIP файл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Read and check the batch</source>
        <translation>Багцыг уншиж шалгах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Import</source>
        <translation>Оруулах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Save problem report…</source>
        <translation>Асуудлын тайлан хадгалах…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="114"/>
        <source>Detect automatically</source>
        <translation>Автоматаар тодорхойлох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="143"/>
        <source>Choose the batch folder</source>
        <translation>Багцын хавтсыг сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="149"/>
        <source>Choose the batch .zip</source>
        <translation>Багцын .zip файлыг сонгох</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP файл (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="172"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>Байгаа багцын хавтас эсвэл .zip файлыг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="176"/>
        <source>Choose the region that sent it.</source>
        <translation>Багцыг илгээсэн бүс нутгийг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="193"/>
        <source>Reading the batch and its images…</source>
        <translation>Багц болон зургуудыг уншиж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="199"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>«Оруулах» товчийг дарах хүртэл юу ч бичигдэхгүй; цуцалбал өгөгдлийн сан өөрчлөгдөхгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="203"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>Бүтээл: {works} (шинэ: {new}, шинэчилсэн: {updated}, өөрчлөгдөөгүй: {unchanged}, татгалзсан: {refused}), сурагч: {students}; алдаа: {errors}, анхааруулга: {warnings}. Хүснэгтийн кодчилол: {encoding}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="212"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>Багцыг энэ байдлаар оруулах боломжгүй: мөрийн дугааргүй асуудлуудыг харна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="231"/>
        <source>Writing the batch…</source>
        <translation>Багцыг бичиж байна…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="239"/>
        <source>Save the problem report</source>
        <translation>Асуудлын тайланг хадгалах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="240"/>
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
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="97"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>Программ танихгүй баганууд тэмдэглэл болж хадгалагдана. Баганад юу байгааг сонговол түүнийг тухайн талбараар уншиж, багцыг дахин уншина.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>yes</source>
        <translation>тийм</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>no</source>
        <translation>үгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>(suggested)</source>
        <translation>(санал болгосон)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="135"/>
        <source>Errors and warnings</source>
        <translation>Алдаа ба анхааруулга</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="137"/>
        <source>Every problem</source>
        <translation>Бүх асуудал</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="177"/>
        <source>Keep as a note</source>
        <translation>Тэмдэглэл болгон хадгалах</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="44"/>
        <source>Jury</source>
        <translation>Шүүгчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Affiliation</source>
        <translation>Байгууллага</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Country</source>
        <translation>Улс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Language</source>
        <translation>Хэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Conflicts</source>
        <translation>Сонирхлын зөрчил</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Scores given</source>
        <translation>Өгсөн оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Round</source>
        <translation>Шат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Works</source>
        <translation>Бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Assignments</source>
        <translation>Хуваарилалт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Scores</source>
        <translation>Оноо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="57"/>
        <source>Jurors</source>
        <translation>Шүүгчид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="58"/>
        <source>Rounds</source>
        <translation>Шүүлтийн шатууд</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="59"/>
        <source>No jurors yet. Jurors are added once the works have been checked.</source>
        <translation>Шүүгч одоогоор алга. Бүтээлүүдийг шалгасны дараа шүүгчдийг нэмнэ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="61"/>
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
        <source>Proposed</source>
        <translation>Санал болгосон</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <source>Provisional</source>
        <translation>Урьдчилсан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="131"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR залуучуудын уран зургийн уралдаан</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="132"/>
        <source>Contest:</source>
        <translation>Уралдаан:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="136"/>
        <source>&amp;New contest…</source>
        <translation>&amp;Шинэ уралдаан…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="137"/>
        <source>Contest &amp;settings…</source>
        <translation>Уралдааны &amp;тохиргоо…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="138"/>
        <source>&amp;Regions…</source>
        <translation>&amp;Бүс нутаг…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="139"/>
        <source>Re&amp;fresh</source>
        <translation>Ш&amp;инэчлэх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Гарах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>&amp;Language</source>
        <translation>&amp;Хэл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Тусламж</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="143"/>
        <source>&amp;About…</source>
        <translation>Программын &amp;тухай…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="175"/>
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
        <location filename="../contest_app/messages.py" line="75"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} нүд хоосон байна, гэвч заавал бөглөх ёстой. Бөглөөд хүснэгтийг дахин илгээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="78"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>Сурагч {reference_date} өдрийн байдлаар {age} настай; уралдаанд {min}–{max} насны сурагчид оролцоно. Төрсөн огноог шалгана уу: зөв бол бүтээл оролцох боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="81"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>Сурагч {name}: асран хамгаалагчийн зөвшөөрөл бүртгэгдээгүй байна. Бүтээлийг хадгалсан боловч зөвшөөрөл ирэх хүртэл шүүх боломжгүй: зөвшөөрлийг авч «тийм» гэж тэмдэглэнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="84"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>«{value}» нь тийм эсвэл үгүй гэдгийг илэрхийлэхгүй байна. Асран хамгаалагч зөвшөөрсөн бол «тийм», үгүй бол «үгүй» гэж бичнэ үү; тэр хүртэл зөвшөөрөлгүйд тооцно.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="87"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>«{value}» зургийн файл багцад алга. Файлыг нэмэх эсвэл хүснэгт дэх нэрийг засна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="90"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>«{value}» зургийг нээх боломжгүй: файл гэмтсэн, дутуу, эсвэл JPEG, PNG, TIFF, WebP, HEIC файл биш байна. Файлыг дахин илгээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="93"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>«{value}» зураг хэт том тул аюулгүй нээх боломжгүй. Бүтээлийн 100 мегапикселээс ихгүй зураг эсвэл скан илгээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="96"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>{entry_no} дугаартай бүтээлийн мөрүүд зөрж байна: энэ мөрөнд {column} нь «{value}», харин мөр {first_row} дээр «{first_value}» байна. Нэг бүтээлийн бүх мөрөнд ижил нэр, зураг бичнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>Энэ сурагч энэ бүтээлд мөр {first_row} дээр аль хэдийн бүртгэгдсэн байна. Давхардсан мөрийг орхисон; хүснэгтээс устгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>«{value}» зураг нь {other_entry_no} дугаартай бүтээлийн файлтай ижил байна ({other_region}, уралдаан №{other_edition}). Бүтээл бүр өөрийн зурагтай байх ёстой бөгөөд өмнөх уралдаанд оролцсон бүтээл дахин оролцох боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>«{value}» зураг нь {other_entry_no} дугаартай бүтээлийн зурагтай маш төстэй байна ({other_region}, уралдаан №{other_edition}). Эдгээр нь хоёр өөр бүтээл эсэхийг шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>«{value}» нь сантиметрээр илэрхийлсэн хэмжээ биш байна. 54.5 гэх мэт тоо бичнэ үү; хэмжээг хоосон үлдээсэн.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="113"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>Сурагч {name}: латин үсгээр бичсэн нэр өгөөгүй тул «{value}» гэж санал болголоо. Шалгаад шаардлагатай бол засна уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="116"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>«{value}» нь энэ уралдааны шагналын зэрэг биш. Аль нэг зэргийн нэрийг бичих эсвэл нүдийг хоосон үлдээнэ үү.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="119"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>{value} дугаартай бүтээл өгөгдлийн санд байгаа ч энэ багцад алга. Бүтээлийг хадгалсан; бүс нутаг буцаан авсан бол гараар цуцална уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="122"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>Хүснэгтэд {column} багана алга. Баганыг нэмэх эсвэл аль баганад байгааг заана уу (--map HEADER={column}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="125"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>«{value}» баганыг программ танихгүй байна; түүний утгуудыг бүтээл тус бүртэй хамт хадгалсан.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="128"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>Хүснэгтийн ерөнхий асуудлуудыг засах хүртэл энэ багцыг оруулах боломжгүй.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="131"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>Энэ оруулалт аль хэдийн хийгдсэн эсвэл цуцлагдсан. Багцыг дахин шалгана уу.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="133"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>Багцыг шалгасны дараа бүс нутгийн бүтээлүүд өөрчлөгдсөн. Багцыг дахин шалгаад оруулна уу.</translation>
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
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="170"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>Үнэлгээ — {juror}, {round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="173"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name} ({low:g}–{high:g}):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="175"/>
        <source>Comment (optional)</source>
        <translation>Тайлбар (заавал биш)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="176"/>
        <source>Flag for discussion (F)</source>
        <translation>Хэлэлцүүлэгт тэмдэглэх (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="177"/>
        <source>Favourite (S)</source>
        <translation>Дуртай (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="178"/>
        <source>I cannot judge this work</source>
        <translation>Энэ бүтээлийг үнэлэх боломжгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="179"/>
        <source>Pass line:</source>
        <translation>Тэнцэх оноо:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="180"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>Товчлуур: 1–9 ба 0 (=10) — сонгосон шалгуурт оноо өгөх; ↑↓ — шалгуур сонгох; Enter эсвэл → — дараагийн бүтээл, ← — өмнөх; C — харьцуулах; F — тэмдэглэх; S — дуртай; Backspace — арилгах; +/− — томруулах, жижигрүүлэх.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="187"/>
        <source>All my works</source>
        <translation>Миний бүх бүтээл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Not scored yet</source>
        <translation>Үнэлээгүй</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flagged</source>
        <translation>Тэмдэглэсэн</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourites</source>
        <translation>Дуртай</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="257"/>
        <source>Work {n} of {total}</source>
        <translation>Бүтээл {n}/{total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="260"/>
        <source>No works in this view.</source>
        <translation>Энэ жагсаалтад бүтээл алга.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="321"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} нь {low:g}–{high:g} хуваарийн гадна байна.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="369"/>
        <source>Weighted score: {score}</source>
        <translation>Жигнэсэн оноо: {score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="377"/>
        <source>{done} of {total} scored</source>
        <translation>Үнэлсэн: {done} / {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="386"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>Үнэлсэн {scored} бүтээлээс {passed} нь ({share:.0f}%) тэнцэх оноонд хүрсэн эсвэл давсан.</translation>
    </message>
</context>
</TS>
