<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="30"/>
        <source>About {name}</source>
        <translation>О программе {name}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="31"/>
        <source>Runs the NEAR Youth Painting Contest: the regions&apos; batches, the blind jury, the awards, the certificates and the touring exhibitions.</source>
        <translation>Ведение молодёжного конкурса живописи NEAR: пакеты работ от регионов, анонимное жюри, награды, сертификаты и передвижные выставки.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="35"/>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="36"/>
        <source>Database: {url}</source>
        <translation>База данных: {url}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="37"/>
        <source>Images: {folder}</source>
        <translation>Изображения: {folder}</translation>
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
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="43"/>
        <source>Awards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Tier</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="47"/>
        <source>Awarded</source>
        <translation>Присуждено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Code</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="56"/>
        <source>Award tiers</source>
        <translation>Категории наград</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="57"/>
        <source>Awarded works</source>
        <translation>Награждённые работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="58"/>
        <source>No awards yet. They are proposed from the jury&apos;s scores once a round is complete.</source>
        <translation>Наград пока нет. Они предлагаются по оценкам жюри после завершения тура.</translation>
    </message>
</context>
<context>
    <name>BatchReportsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="34"/>
        <source>Files for the regions</source>
        <translation>Файлы для регионов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="49"/>
        <source>Problem report of a batch</source>
        <translation>Отчёт о замечаниях к пакету</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="54"/>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="58"/>
        <source>Batch:</source>
        <translation>Пакет:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="59"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="73"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="64"/>
        <source>Blank entry template</source>
        <translation>Пустой шаблон заявки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="69"/>
        <source>Save template…</source>
        <translation>Сохранить шаблон…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="72"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="78"/>
        <source>Reports and templates are written in the region&apos;s language unless you choose another.</source>
        <translation>Отчёты и шаблоны составляются на языке региона, если не выбран другой язык.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="116"/>
        <source>Save the problem report</source>
        <translation>Сохранение отчёта о замечаниях</translation>
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
        <translation>Сохранение шаблона заявки</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="28"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="32"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="33"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Reissue</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="37"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>Сертификаты ещё не выдавались. Дипломы выдаются по итогам конкурса; все остальные допущенные участники получают сертификат участника.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="47"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>ContestSettingsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="130"/>
        <source>New contest</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="132"/>
        <source>Contest settings</source>
        <translation>Параметры конкурса</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="134"/>
        <source>Edition:</source>
        <translation>Номер конкурса:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="135"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="136"/>
        <source>Submission deadline:</source>
        <translation>Срок подачи работ:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="137"/>
        <source>Ages counted on:</source>
        <translation>Возраст на дату:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="138"/>
        <source>Youngest age:</source>
        <translation>Минимальный возраст:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="139"/>
        <source>Oldest age:</source>
        <translation>Максимальный возраст:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="140"/>
        <source>Reason for the change:</source>
        <translation>Причина изменения:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="145"/>
        <source>Count ages on the submission deadline</source>
        <translation>Считать возраст на дату окончания приёма</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="147"/>
        <source>Kept in the audit log (optional)</source>
        <translation>Сохраняется в журнале изменений (необязательно)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="148"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="149"/>
        <source>Title and theme</source>
        <translation>Название и тема</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="150"/>
        <source>Award tiers</source>
        <translation>Категории наград</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="151"/>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="152"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="153"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="155"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="158"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="156"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="159"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="157"/>
        <source>Quota</source>
        <translation>Квота</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="160"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="161"/>
        <source>Lowest score</source>
        <translation>Мин. балл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="162"/>
        <source>Highest score</source>
        <translation>Макс. балл</translation>
    </message>
</context>
<context>
    <name>EditTable</name>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="39"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="40"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="41"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="42"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="148"/>
        <source>Entries</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>Code</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="151"/>
        <source>Search names, titles, codes…</source>
        <translation>Поиск по именам, названиям, шифрам…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Country / region</source>
        <translation>Страна / регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Eligible</source>
        <translation>Допущено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="64"/>
        <source>Works per country</source>
        <translation>Работы по странам</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="68"/>
        <source>Works per region: {country}</source>
        <translation>Работы по регионам: {country}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="155"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="156"/>
        <source>Thumbnails</source>
        <translation>Миниатюры</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="159"/>
        <source>Import batch…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="160"/>
        <source>Reports…</source>
        <translation>Отчёты…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="161"/>
        <source>Details</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="162"/>
        <source>Counts</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="163"/>
        <source>No works in this contest yet. Import each region&apos;s batch with “Import batch…”; to try the app, run “contest-app demo”.</source>
        <translation>В этом конкурсе пока нет работ. Загрузите пакет работ каждого региона кнопкой «Импорт пакета…»; чтобы опробовать программу, выполните «contest-app demo».</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="199"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="201"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="204"/>
        <source>Any problems or none</source>
        <translation>С замечаниями и без</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="205"/>
        <source>With problems</source>
        <translation>С замечаниями</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="206"/>
        <source>Without problems</source>
        <translation>Без замечаний</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="218"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="48"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="234"/>
        <source>{shown} of {total} works shown</source>
        <translation>Показано работ: {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="65"/>
        <source>Student (sheet row {row})</source>
        <translation>Учащийся (строка {row} таблицы)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="66"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Latin script:</source>
        <translation>Латиницей:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Grade:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="69"/>
        <source>School:</source>
        <translation>Школа:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="73"/>
        <source>Suggested by the app; saving confirms it.</source>
        <translation>Предложено программой; сохранение подтвердит его.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="77"/>
        <source>Guardian&apos;s consent to take part</source>
        <translation>Согласие родителей на участие</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="78"/>
        <source>Consent to publish name and image</source>
        <translation>Согласие на публикацию имени и изображения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title (English):</source>
        <translation>Название (англ.):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Medium:</source>
        <translation>Техника:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Width (cm):</source>
        <translation>Ширина (см):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Height (cm):</source>
        <translation>Высота (см):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="173"/>
        <source>Why:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="177"/>
        <source>Reason for this status (needed to disqualify)</source>
        <translation>Причина статуса (обязательна при дисквалификации)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="178"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="180"/>
        <source>Reason for the change (kept in the audit log)</source>
        <translation>Причина изменения (сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="181"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="182"/>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="183"/>
        <source>Choose a work to see it here.</source>
        <translation>Выберите работу, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="222"/>
        <source>{file}: {format}, {width}×{height} px</source>
        <translation>{file}: {format}, {width}×{height} пикс.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../contest_app/gui/errors.py" line="22"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>Пока вы редактировали запись, её сохранил другой пользователь. Загрузите её заново и внесите изменения ещё раз; ничего не перезаписано.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="25"/>
        <source>The database could not be reached or refused the change. Check the connection and try again; nothing was saved.</source>
        <translation>Не удалось связаться с базой данных, или она отклонила изменение. Проверьте подключение и повторите попытку; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="28"/>
        <source>A file could not be read or written: {detail}</source>
        <translation>Не удалось прочитать или записать файл: {detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="31"/>
        <source>Something unexpected went wrong ({kind}). Nothing was saved. The details are in the log file.</source>
        <translation>Произошла непредвиденная ошибка ({kind}). Ничего не сохранено. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="36"/>
        <source>Cannot do that</source>
        <translation>Действие невозможно</translation>
    </message>
</context>
<context>
    <name>ExhibitionsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="29"/>
        <source>Exhibitions</source>
        <translation>Выставки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>Tour</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Venues</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="34"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="37"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>Передвижных выставок пока нет. Такая выставка показывает работы-победители прошлых конкурсов на одной или нескольких площадках.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="18"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="19"/>
        <source>This database holds no contest yet.</source>
        <translation>В этой базе данных пока нет ни одного конкурса.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="20"/>
        <source>Create the first edition now, or open a demo contest shaped like the 12th edition (2024) to explore the app. The demo lives in a database of its own.</source>
        <translation>Создайте первый конкурс сейчас или откройте демонстрационный конкурс по образцу 12-го (2024 г.), чтобы познакомиться с программой. Демоверсия хранится в отдельной базе данных.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="23"/>
        <source>Create a contest…</source>
        <translation>Создать конкурс…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="25"/>
        <source>Open the demo</source>
        <translation>Открыть демо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="26"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="57"/>
        <source>Building the demo contest…</source>
        <translation>Создание демонстрационного конкурса…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="100"/>
        <source>Import a region&apos;s batch</source>
        <translation>Импорт пакета от региона</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="102"/>
        <source>Batch (folder or .zip):</source>
        <translation>Пакет (папка или .zip):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Sheet encoding:</source>
        <translation>Кодировка таблицы:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="106"/>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Zip file…</source>
        <translation>ZIP-файл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Read and check the batch</source>
        <translation>Прочитать и проверить пакет</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Save problem report…</source>
        <translation>Сохранить отчёт о замечаниях…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="114"/>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="143"/>
        <source>Choose the batch folder</source>
        <translation>Выберите папку пакета</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="149"/>
        <source>Choose the batch .zip</source>
        <translation>Выберите .zip-файл пакета</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-архивы (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="172"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>Выберите существующую папку или .zip-файл пакета.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="176"/>
        <source>Choose the region that sent it.</source>
        <translation>Выберите регион, приславший пакет.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="193"/>
        <source>Reading the batch and its images…</source>
        <translation>Чтение пакета и изображений…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="199"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>Пока вы не нажмёте «Импортировать», ничего не записывается; «Отмена» оставляет базу данных без изменений.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="203"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>Работ: {works} (новых: {new}, изменённых: {updated}, без изменений: {unchanged}, отклонённых: {refused}), учащихся: {students}; ошибок: {errors}, предупреждений: {warnings}. Кодировка таблицы: {encoding}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="212"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>В таком виде пакет импортировать нельзя: см. замечания без номера строки.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="231"/>
        <source>Writing the batch…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="239"/>
        <source>Save the problem report</source>
        <translation>Сохранение отчёта о замечаниях</translation>
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
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="30"/>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="31"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="32"/>
        <source>refused</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="91"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="92"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Latin script</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="87"/>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="90"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="93"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="95"/>
        <source>Column in the sheet</source>
        <translation>Столбец таблицы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="96"/>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="97"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>Столбцы, которые программа не распознала, сохраняются как примечания. Укажите, что содержит столбец, чтобы читать его как это поле; затем пакет будет прочитан заново.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>(suggested)</source>
        <translation>(предложено)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="135"/>
        <source>Errors and warnings</source>
        <translation>Ошибки и предупреждения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="137"/>
        <source>Every problem</source>
        <translation>Все замечания</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="177"/>
        <source>Keep as a note</source>
        <translation>Сохранить как примечание</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="44"/>
        <source>Jury</source>
        <translation>Жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Affiliation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Conflicts</source>
        <translation>Отводы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Scores given</source>
        <translation>Выставлено оценок</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Assignments</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="57"/>
        <source>Jurors</source>
        <translation>Члены жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="58"/>
        <source>Rounds</source>
        <translation>Туры</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="59"/>
        <source>No jurors yet. Jurors are added once the works have been checked.</source>
        <translation>Членов жюри пока нет. Их добавляют после проверки работ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="61"/>
        <source>No rounds yet. A preliminary round over all eligible works comes first.</source>
        <translation>Туров пока нет. Первым проводится отборочный тур по всем допущенным работам.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../contest_app/gui/labels.py" line="8"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="9"/>
        <source>Associate member</source>
        <translation>Ассоциированный член</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="10"/>
        <source>Special member</source>
        <translation>Специальный член</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="11"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="12"/>
        <source>Non-member</source>
        <translation>Не член</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="13"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="14"/>
        <source>Eligible</source>
        <translation>Допущена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="15"/>
        <source>Disqualified</source>
        <translation>Дисквалифицирована</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="16"/>
        <source>Preliminary round</source>
        <translation>Отборочный тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="17"/>
        <source>Final round</source>
        <translation>Финальный тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="18"/>
        <source>Boundary round</source>
        <translation>Дополнительный тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="19"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="21"/>
        <source>Proposed</source>
        <translation>Предложена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <source>Provisional</source>
        <translation>Предварительная</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="24"/>
        <source>Award certificate</source>
        <translation>Диплом</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="25"/>
        <source>Participation certificate</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="26"/>
        <source>Thank-you letter</source>
        <translation>Благодарственное письмо</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="27"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="28"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="131"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>Молодёжный конкурс живописи NEAR</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="132"/>
        <source>Contest:</source>
        <translation>Конкурс:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="136"/>
        <source>&amp;New contest…</source>
        <translation>&amp;Новый конкурс…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="137"/>
        <source>Contest &amp;settings…</source>
        <translation>&amp;Параметры конкурса…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="138"/>
        <source>&amp;Regions…</source>
        <translation>&amp;Регионы…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="139"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="143"/>
        <source>&amp;About…</source>
        <translation>&amp;О программе…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="175"/>
        <source>No contest yet</source>
        <translation>Конкурсов пока нет</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../contest_app/messages.py" line="20"/>
        <source>Not found.</source>
        <translation>Не найдено.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="21"/>
        <source>There is no contest with id {id}.</source>
        <translation>Конкурс с id {id} не найден.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="22"/>
        <source>There is no region with code {code}.</source>
        <translation>Регион с кодом {code} не найден.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="23"/>
        <source>There is no country with code {code}.</source>
        <translation>Страна с кодом {code} не найдена.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="24"/>
        <source>Edition {edition} exists already. Choose another edition number.</source>
        <translation>Конкурс № {edition} уже существует. Укажите другой номер.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="26"/>
        <source>The edition number must be 1 or more.</source>
        <translation>Номер конкурса должен быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="27"/>
        <source>The year {value} is not a plausible year.</source>
        <translation>Год {value} указан неверно.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="28"/>
        <source>The age range {min_age}-{max_age} is not valid: the minimum must not exceed the maximum.</source>
        <translation>Недопустимый возрастной диапазон {min_age}–{max_age}: минимальный возраст не может превышать максимальный.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="31"/>
        <source>A quota cannot be negative.</source>
        <translation>Квота не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="32"/>
        <source>Each award tier must appear once, and there must be at least one.</source>
        <translation>Каждая категория награды указывается один раз; нужна хотя бы одна.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="34"/>
        <source>Cannot read the tier &quot;{value}&quot;: write tiers as key=quota, for example grand=1,excellence=10.</source>
        <translation>Не удалось разобрать категорию «{value}»: укажите категории в виде ключ=квота, например grand=1,excellence=10.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="37"/>
        <source>The criterion &quot;{key}&quot; needs a positive weight and a scale whose minimum is below its maximum.</source>
        <translation>Для критерия «{key}» нужны положительный вес и шкала, у которой минимум меньше максимума.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="40"/>
        <source>Cannot read &quot;{value}&quot;: write LANG=TEXT with LANG one of en, ko, zh, ja, ru, mn.</source>
        <translation>Не удалось разобрать «{value}»: укажите LANG=TEXT, где LANG — одно из en, ko, zh, ja, ru, mn.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="43"/>
        <source>Cannot read the date &quot;{value}&quot;: write it as YYYY-MM-DD.</source>
        <translation>Не удалось разобрать дату «{value}»: укажите её в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="45"/>
        <source>The region code &quot;{code}&quot; is not valid: use the country code, a hyphen and letters or digits, for example KR-47 or KR-POHANG.</source>
        <translation>Недопустимый код региона «{code}»: укажите код страны, дефис и латинские буквы или цифры, например KR-47 или KR-POHANG.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="48"/>
        <source>The region code &quot;{code}&quot; must start with its country code {country}.</source>
        <translation>Код региона «{code}» должен начинаться с кода страны {country}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="50"/>
        <source>Another region already has the code {code}.</source>
        <translation>Код {code} уже присвоен другому региону.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="52"/>
        <source>The region needs an English name.</source>
        <translation>Укажите название региона на английском языке.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="53"/>
        <source>&quot;{membership}&quot; is not a membership kind.</source>
        <translation>«{membership}» — недопустимый вид членства.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="55"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>Пока вы редактировали запись, её сохранил другой пользователь. Загрузите её заново и внесите изменения ещё раз; ничего не перезаписано.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="58"/>
        <source>The work {id} no longer exists.</source>
        <translation>Работа {id} больше не существует.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="59"/>
        <source>The student {id} no longer exists.</source>
        <translation>Учащийся {id} больше не существует.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="60"/>
        <source>&quot;{field}&quot; cannot be edited here.</source>
        <translation>Поле «{field}» здесь изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="61"/>
        <source>&quot;{value}&quot; is not a status of a work.</source>
        <translation>«{value}» — недопустимый статус работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="62"/>
        <source>Give a reason: it is kept in the audit log and can be sent to the region.</source>
        <translation>Укажите причину: она сохраняется в журнале изменений и может быть отправлена региону.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="64"/>
        <source>This database was written by a newer version of the app (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>Эта база данных создана более новой версией программы (схема {revision}). Чтобы открыть её, установите новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="67"/>
        <source>This database was not made by this app (it holds tables such as {tables}). Choose another database; nothing was changed.</source>
        <translation>Эта база данных создана не этой программой (в ней есть, например, таблицы {tables}). Выберите другую базу данных; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="70"/>
        <source>This database needs an upgrade to the current schema.</source>
        <translation>Базу данных необходимо обновить до текущей схемы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="72"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>Не удаётся открыть базу данных {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="75"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>Не заполнена обязательная ячейка {column}. Заполните её и пришлите таблицу снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="78"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>Возраст учащегося на {reference_date} — {age}; в конкурсе участвуют учащиеся от {min} до {max} лет. Проверьте дату рождения: если она верна, работа не может участвовать в конкурсе.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="81"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>Для учащегося {name} не отмечено согласие родителей. Работа сохранена, но не может оцениваться, пока согласие не получено: запросите его и отметьте «да».</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="84"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>Из «{value}» не ясно, да или нет. Напишите «да», если родители согласны, иначе «нет»; до этого согласие считается отсутствующим.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="87"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>Файла изображения «{value}» нет в пакете. Добавьте файл или исправьте его имя в таблице.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="90"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>Не удаётся открыть изображение «{value}»: файл повреждён, обрезан или не является файлом JPEG, PNG, TIFF, WebP или HEIC. Пришлите файл снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="93"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>Изображение «{value}» слишком велико, чтобы безопасно его открыть. Пришлите фотографию или скан работы размером не более 100 мегапикселей.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="96"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>Строки работы {entry_no} расходятся: в этой строке {column} — «{value}», в строке {first_row} — «{first_value}». Укажите во всех строках одной работы одинаковые название и изображение.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>Этот учащийся уже указан для этой работы в строке {first_row}. Повторная строка пропущена; удалите её из таблицы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>Изображение «{value}» — тот же файл, что и у работы {other_entry_no} ({other_region}, конкурс № {other_edition}). У каждой работы должно быть своё изображение, а работа прошлого конкурса не может участвовать повторно.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>Изображение «{value}» очень похоже на изображение работы {other_entry_no} ({other_region}, конкурс № {other_edition}). Убедитесь, что это две разные работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>«{value}» — не размер в сантиметрах. Укажите число, например 54.5; размер оставлен пустым.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="113"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>Для учащегося {name} не указано написание латиницей, поэтому предложено «{value}». Проверьте и при необходимости исправьте.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="116"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>«{value}» — не категория награды этого конкурса. Укажите название одной из его категорий или оставьте ячейку пустой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="119"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>Работа {value} есть в базе данных, но отсутствует в этом пакете. Она сохранена; если регион её отозвал, снимите её вручную.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="122"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>В таблице нет столбца {column}. Добавьте его или укажите, в каком столбце эти данные (--map HEADER={column}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="125"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>Столбец «{value}» программе неизвестен; его значения сохранены вместе с каждой работой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="128"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>Этот пакет нельзя импортировать, пока не исправлены замечания ко всей таблице.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="131"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>Этот импорт уже выполнен или отменён. Проверьте пакет ещё раз.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="133"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>После проверки пакета работы региона изменились. Проверьте пакет ещё раз, затем импортируйте его.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="24"/>
        <source>Working</source>
        <translation>Выполнение</translation>
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
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="97"/>
        <source>Active</source>
        <translation>Участвует</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="100"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="102"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="104"/>
        <source>Membership:</source>
        <translation>Членство:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="105"/>
        <source>e.g. KR-47, or KR-POHANG</source>
        <translation>напр. KR-47 или KR-POHANG</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="106"/>
        <source>Takes part (shown in lists)</source>
        <translation>Участвует (показывается в списках)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="107"/>
        <source>Reason (kept in the audit log)</source>
        <translation>Причина (сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="108"/>
        <source>New region</source>
        <translation>Новый регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="109"/>
        <source>Save region</source>
        <translation>Сохранить регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="136"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>ScoringWindow</name>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="170"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>Оценивание — {juror}, {round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="173"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name} ({low:g}–{high:g}):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="175"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="176"/>
        <source>Flag for discussion (F)</source>
        <translation>Отметить для обсуждения (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="177"/>
        <source>Favourite (S)</source>
        <translation>Избранное (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="178"/>
        <source>I cannot judge this work</source>
        <translation>Не могу оценить эту работу</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="179"/>
        <source>Pass line:</source>
        <translation>Проходной балл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="180"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>Клавиши: 1–9 и 0 (=10) — оценка по выделенному критерию; ↑↓ — выбор критерия; Enter или → — следующая работа, ← — предыдущая; C — сравнить; F — отметить; S — избранное; Backspace — очистить; +/− — масштаб.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="187"/>
        <source>All my works</source>
        <translation>Все мои работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Not scored yet</source>
        <translation>Ещё не оценены</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flagged</source>
        <translation>Отмеченные</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="257"/>
        <source>Work {n} of {total}</source>
        <translation>Работа {n} из {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="260"/>
        <source>No works in this view.</source>
        <translation>В этом списке нет работ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="321"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} — вне шкалы {low:g}–{high:g}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="369"/>
        <source>Weighted score: {score}</source>
        <translation>Взвешенный балл: {score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="377"/>
        <source>{done} of {total} scored</source>
        <translation>Оценено: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="386"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>Из {scored} оценённых работ на проходном балле или выше: {passed} ({share:.0f}%).</translation>
    </message>
</context>
</TS>
