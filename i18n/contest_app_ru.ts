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
    <name>AddWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="95"/>
        <source>Every edition</source>
        <translation>Все конкурсы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="97"/>
        <source>Every award</source>
        <translation>Все награды</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="99"/>
        <source>Every country</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="101"/>
        <source>Every region</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="118"/>
        <source>Add awarded works</source>
        <translation>Добавить награждённые работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="119"/>
        <source>Title, name or region</source>
        <translation>Название, имя или регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="120"/>
        <source>Tick all shown</source>
        <translation>Отметить все показанные</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="121"/>
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="126"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="178"/>
        <source>{shown} works shown, {ticked} ticked</source>
        <translation>Показано работ: {shown}, отмечено: {ticked}</translation>
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
    <name>AwardDecisionDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="91"/>
        <source>Change the tier of {code}</source>
        <translation>Изменение категории: {code}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="93"/>
        <source>The committee&apos;s decision overrides the ranking. The reason is kept in the audit log with your name and the time.</source>
        <translation>Решение комитета имеет приоритет над рейтингом. Причина сохраняется в журнале изменений с вашим именем и временем.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="96"/>
        <source>New tier:</source>
        <translation>Новая категория:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="97"/>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="130"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="98"/>
        <source>No award</source>
        <translation>Без награды</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="132"/>
        <source>Disqualify {code}</source>
        <translation>Дисквалификация: {code}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="134"/>
        <source>Work {code} will be disqualified. If it holds an award, the award is withdrawn and the next works move up one place in every tier below, so that each tier keeps its quota.</source>
        <translation>Работа {code} будет дисквалифицирована. Если у неё есть награда, награда отзывается, а следующие работы поднимаются на одно место во всех нижестоящих категориях, чтобы каждая категория сохранила квоту.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="139"/>
        <source>Finalise the results</source>
        <translation>Утверждение итогов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="140"/>
        <source>The results become final and are locked: any later change needs an unlock with a reason.</source>
        <translation>Итоги станут окончательными и будут зафиксированы: для любого последующего изменения потребуется разблокировка с указанием причины.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="142"/>
        <source>Some tiers do not hold their quota: say why.</source>
        <translation>Не во всех категориях соблюдена квота: укажите причину.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="146"/>
        <source>Unlock the final results</source>
        <translation>Разблокировка итогов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="147"/>
        <source>The results become provisional again and can be changed. The reason is kept in the audit log.</source>
        <translation>Итоги снова станут предварительными, и их можно будет изменить. Причина сохраняется в журнале изменений.</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="144"/>
        <source>Awards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Tier</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Code</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Jurors</source>
        <translation>Жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="151"/>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Tier line</source>
        <translation>Граница</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Moved by</source>
        <translation>Причина сдвига</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="156"/>
        <source>Combine scores by:</source>
        <translation>Сведение баллов:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="159"/>
        <source>At most per country:</source>
        <translation>Максимум на страну:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="160"/>
        <source>e.g. grand=1, excellence=3</source>
        <translation>напр. grand=1, excellence=3</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="161"/>
        <source>At least one finalist per region</source>
        <translation>Не менее одного призёра от региона</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="162"/>
        <source>Propose awards</source>
        <translation>Предложить награды</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="163"/>
        <source>Change tier…</source>
        <translation>Изменить категорию…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="164"/>
        <source>Disqualify…</source>
        <translation>Дисквалифицировать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="165"/>
        <source>Approve as provisional</source>
        <translation>Утвердить предварительно</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="166"/>
        <source>Finalise and lock…</source>
        <translation>Зафиксировать итоги…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="167"/>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="168"/>
        <source>Results (.xlsx)…</source>
        <translation>Итоги (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="169"/>
        <source>Report (PDF)…</source>
        <translation>Отчёт (PDF)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="170"/>
        <source>Lists per region (.xlsx)…</source>
        <translation>Списки по регионам (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="171"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="172"/>
        <source>Jury statistics</source>
        <translation>Статистика жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="173"/>
        <source>Tier lines and constraints</source>
        <translation>Границы и ограничения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="174"/>
        <source>Method sensitivity</source>
        <translation>Влияние метода</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="175"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="211"/>
        <source>Open a contest to see its results.</source>
        <translation>Откройте конкурс, чтобы увидеть его итоги.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="228"/>
        <source>Ranked by {method}, the method of the saved proposal.</source>
        <translation>Рейтинг по методу сохранённого предложения: {method}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="231"/>
        <source>Preview ranked by {method}: nothing is saved until you propose the awards.</source>
        <translation>Предварительный рейтинг по методу «{method}»: пока вы не предложите награды, ничего не сохраняется.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="236"/>
        <source>No scores yet: the ranking appears once jurors have scored works.</source>
        <translation>Оценок пока нет: рейтинг появится, когда члены жюри оценят работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="336"/>
        <source>Open a boundary round over {count} works at the {tier} line? Assign its jurors on the Jury page; once it is closed its scores order these works.</source>
        <translation>Открыть дополнительный тур по работам на границе категории «{tier}» (работ: {count})? Назначьте членов жюри на странице «Жюри»; после закрытия тура его оценки определят порядок этих работ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="340"/>
        <source>Boundary round</source>
        <translation>Дополнительный тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="345"/>
        <source>Works too close to call at the {tier} line</source>
        <translation>Работы, которые трудно разделить на границе категории «{tier}»</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="364"/>
        <source>The committee has decided on {count} awards. A new proposal replaces those decisions (the audit log keeps them). Continue?</source>
        <translation>Комитет уже принял решения по наградам (решений: {count}). Новое предложение заменит их (журнал изменений их сохранит). Продолжить?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="368"/>
        <source>Replace decisions?</source>
        <translation>Заменить решения?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="379"/>
        <source>Proposing the awards…</source>
        <translation>Составление предложения по наградам…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="153"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="41"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="43"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="49"/>
        <source>Save the ranked results</source>
        <translation>Сохранение рейтинга</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="51"/>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="67"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="57"/>
        <source>Save the results report</source>
        <translation>Сохранение отчёта об итогах</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="59"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="65"/>
        <source>Save the award lists per region</source>
        <translation>Сохранение списков награждённых по регионам</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="25"/>
        <source>Mean (raw)</source>
        <translation>Среднее (исходное)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="26"/>
        <source>Trimmed mean</source>
        <translation>Усечённое среднее</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="27"/>
        <source>Z-scores per juror</source>
        <translation>Z-оценки по членам жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="28"/>
        <source>Ranks per juror</source>
        <translation>Места по членам жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="31"/>
        <source>Country limit</source>
        <translation>Лимит страны</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="32"/>
        <source>Pushed down</source>
        <translation>Понижена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="33"/>
        <source>Moved up</source>
        <translation>Повышена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="34"/>
        <source>Region&apos;s place</source>
        <translation>Место региона</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="35"/>
        <source>Made room for a region</source>
        <translation>Уступила место региону</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="38"/>
        <source>Preview: nothing saved yet</source>
        <translation>Предпросмотр: ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="39"/>
        <source>Proposed, not yet approved</source>
        <translation>Предложено, не утверждено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="40"/>
        <source>Provisional results</source>
        <translation>Предварительные итоги</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="41"/>
        <source>Final results (locked)</source>
        <translation>Окончательные итоги (зафиксированы)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="44"/>
        <source>Proposal saved</source>
        <translation>Предложение сохранено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="45"/>
        <source>Approved as provisional</source>
        <translation>Утверждено предварительно</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="46"/>
        <source>Tier changed</source>
        <translation>Категория изменена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="47"/>
        <source>Disqualified</source>
        <translation>Дисквалификация</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="48"/>
        <source>Moved up after a disqualification</source>
        <translation>Повышена после дисквалификации</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="49"/>
        <source>Finalised and locked</source>
        <translation>Итоги зафиксированы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="50"/>
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="51"/>
        <source>Boundary round opened</source>
        <translation>Открыт дополнительный тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="62"/>
        <source>No award</source>
        <translation>Без награды</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="71"/>
        <source>tie at the {tier} line</source>
        <translation>равные баллы на границе «{tier}»</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="72"/>
        <source>close to the {tier} line</source>
        <translation>близко к границе «{tier}»</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="79"/>
        <source>preview</source>
        <translation>предпросмотр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Line under</source>
        <translation>Нижняя граница</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Tie</source>
        <translation>Равные баллы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Works too close to call</source>
        <translation>Почти равные работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="149"/>
        <source>A boundary round would hold</source>
        <translation>Войдут в доп. тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="153"/>
        <source>By the ranking</source>
        <translation>По рейтингу</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="154"/>
        <source>After constraints</source>
        <translation>С ограничениями</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="155"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="158"/>
        <source>Tier lines</source>
        <translation>Границы категорий</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="159"/>
        <source>Works moved by a constraint</source>
        <translation>Работы, сдвинутые ограничениями</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="160"/>
        <source>Open a boundary round over these works…</source>
        <translation>Доп. тур по этим работам…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="161"/>
        <source>No constraint moved any work.</source>
        <translation>Ограничения не сдвинули ни одной работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="170"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="171"/>
        <source>settled by a boundary round</source>
        <translation>решено в доп. туре</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="216"/>
        <source>Works whose tier would change if the scores were combined by another method (same quotas and constraints). The cell shows the tier and the rank.</source>
        <translation>Работы, категория которых изменилась бы при другом методе сведения баллов (при тех же квотах и ограничениях). В ячейке — категория и место.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="219"/>
        <source>Every method gives every work the same tier.</source>
        <translation>При любом методе все работы получают ту же категорию.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="254"/>
        <source>No award decision has been made yet.</source>
        <translation>Решений по наградам пока нет.</translation>
    </message>
</context>
<context>
    <name>AwardsStats</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="24"/>
        <source>poor</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="25"/>
        <source>moderate</source>
        <translation>умеренная</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="26"/>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="27"/>
        <source>excellent</source>
        <translation>отличная</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="28"/>
        <source>not enough scores</source>
        <translation>мало оценок</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Juror</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Abstained</source>
        <translation>Воздержания</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Spread (SD)</source>
        <translation>Разброс (СКО)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Leniency</source>
        <translation>Мягкость</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="93"/>
        <source>Works compared</source>
        <translation>Сравнено работ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Others&apos; mean</source>
        <translation>Среднее других</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="98"/>
        <source>Gap</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="101"/>
        <source>Round:</source>
        <translation>Тур:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="102"/>
        <source>Jurors</source>
        <translation>Члены жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="103"/>
        <source>Agreement of the panel</source>
        <translation>Согласованность жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="104"/>
        <source>Scores far from the other jurors&apos;</source>
        <translation>Оценки, далёкие от оценок других</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="105"/>
        <source>Leniency: how many points a juror gave above (red) or below (blue) the other jurors on the same works.</source>
        <translation>Мягкость: на сколько баллов член жюри оценивал те же работы выше (красный) или ниже (синий) остальных.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="157"/>
        <source>No scores in this round yet.</source>
        <translation>В этом туре пока нет оценок.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="162"/>
        <source>Single jurors agree {word}: ICC(1,1) = {icc} over {works} works scored by {raters} jurors on average.</source>
        <translation>Согласованность отдельных членов жюри — {word}: ICC(1,1) = {icc} (работ: {works}, в среднем оценок на работу: {raters}).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="166"/>
        <source>Reliability of a work&apos;s mean: ICC(1,k) = {icc}.</source>
        <translation>Надёжность среднего балла работы: ICC(1,k) = {icc}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="169"/>
        <source>Kendall&apos;s W = {w} over the {works} works all {jurors} jurors scored (1: the same order).</source>
        <translation>W Кендалла = {w} по работам, которые оценили все члены жюри (работ: {works}, членов жюри: {jurors}; 1 — одинаковый порядок).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="174"/>
        <source>Kendall&apos;s W needs at least 3 works scored by every juror.</source>
        <translation>Для W Кендалла нужно не менее 3 работ, оценённых всеми членами жюри.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="39"/>
        <source>Back up the database and images</source>
        <translation>Резервная копия базы данных и изображений</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="41"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="134"/>
        <source>Backup (*.zip)</source>
        <translation>Резервная копия (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>Backup written</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>The database and its images are saved in {path}. Keep a copy away from this computer.</source>
        <translation>База данных и изображения сохранены в {path}. Храните копию не на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="55"/>
        <source>Writing the backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="104"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="105"/>
        <source>Restoring replaces the whole database and every image with the backup&apos;s. What is there now is backed up automatically first. Automatic backups are taken before each import, round close, award finalisation and migration:</source>
        <translation>Восстановление заменяет всю базу данных и все изображения содержимым резервной копии. Текущие данные сначала автоматически копируются. Автоматические копии создаются перед каждым импортом, закрытием тура, утверждением итогов и миграцией:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="109"/>
        <source>Backup file…</source>
        <translation>Файл копии…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="110"/>
        <source>Backup folder…</source>
        <translation>Папка копии…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="111"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="133"/>
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="140"/>
        <source>Choose a backup folder</source>
        <translation>Выбор папки резервной копии</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Replace all current data and images with the backup {name}? A copy of the current data is kept.</source>
        <translation>Заменить все текущие данные и изображения резервной копией {name}? Копия текущих данных сохранится.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>The backup is restored ({rows} records, {images} image files). The data it replaced is kept in {kept}.</source>
        <translation>Резервная копия восстановлена (записей: {rows}, файлов изображений: {images}). Заменённые данные сохранены в {kept}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="178"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление из резервной копии…</translation>
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
    <name>CataloguePanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="111"/>
        <source>English only</source>
        <translation>Только английский</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="113"/>
        <source>English and {language}</source>
        <translation>Английский и {language}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="115"/>
        <source>3 mm bleed and crop marks</source>
        <translation>Вылеты 3 мм и метки реза</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="116"/>
        <source>Show them without the names</source>
        <translation>Показать без имён</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="117"/>
        <source>Leave them out</source>
        <translation>Не включать</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="119"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="120"/>
        <source>Page size:</source>
        <translation>Формат страницы:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="121"/>
        <source>For the print shop:</source>
        <translation>Для типографии:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="122"/>
        <source>Works without publication consent:</source>
        <translation>Работы без согласия на публикацию:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="123"/>
        <source>Cover picture:</source>
        <translation>Обложка:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="125"/>
        <source>Texts…</source>
        <translation>Тексты…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="126"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="127"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="128"/>
        <source>Export catalogue…</source>
        <translation>Экспорт каталога…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="129"/>
        <source>Before printing:</source>
        <translation>Перед печатью:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="151"/>
        <source>Highest award of the newest edition</source>
        <translation>Гран-при последнего конкурса</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="197"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="257"/>
        <source>Checking the catalogue…</source>
        <translation>Проверка каталога…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="203"/>
        <source>{pages} pages, {works} works</source>
        <translation>Страниц: {pages}, работ: {works}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="207"/>
        <source>{count} pictures are smaller than 300 dpi needs at their printed size; ask the regions for better photographs or scans:</source>
        <translation>Изображений меньше, чем нужно для 300 dpi при печатном размере: {count}. Попросите регионы прислать более качественные фото или сканы:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="213"/>
        <source>Cover: the picture prints at {dpi} dpi</source>
        <translation>Обложка: изображение печатается с разрешением {dpi} dpi</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="217"/>
        <source>No. {number}: the original prints at {dpi} dpi; {wanted} pixels wide would give 300 dpi</source>
        <translation>№ {number}: оригинал печатается с разрешением {dpi} dpi; для 300 dpi нужна ширина {wanted} пикс.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="222"/>
        <source>No. {number}: no original image</source>
        <translation>№ {number}: нет исходного изображения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="225"/>
        <source>Left out, no consent: {numbers}</source>
        <translation>Не включены (нет согласия): {numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="228"/>
        <source>Names left off, no consent: {numbers}</source>
        <translation>Без имён (нет согласия): {numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="240"/>
        <source>Making the preview…</source>
        <translation>Создание предпросмотра…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="252"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="267"/>
        <source>Export catalogue</source>
        <translation>Экспорт каталога</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="268"/>
        <source>{count} pictures are too small for 300 dpi or missing (see the list). Export anyway?</source>
        <translation>Изображения слишком малы для 300 dpi или отсутствуют (см. список): {count}. Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="276"/>
        <source>Exporting the catalogue…</source>
        <translation>Экспорт каталога…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="282"/>
        <source>Catalogue exported</source>
        <translation>Каталог экспортирован</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="283"/>
        <source>{pages} pages, {size} MB: {path}</source>
        <translation>Страниц: {pages}, {size} МБ: {path}</translation>
    </message>
</context>
<context>
    <name>CataloguePreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="75"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="76"/>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="79"/>
        <source>Press Preview to see the pages here.</source>
        <translation>Нажмите «Предпросмотр», чтобы увидеть здесь страницы.</translation>
    </message>
</context>
<context>
    <name>CatalogueTextsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="71"/>
        <source>Catalogue texts</source>
        <translation>Тексты каталога</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="72"/>
        <source>The catalogue prints English and the language you choose when exporting. Leave the title empty for the standard one; a blank line in the foreword starts a new paragraph.</source>
        <translation>Каталог печатается на английском и на языке, выбранном при экспорте. Оставьте название пустым, чтобы использовать стандартное; пустая строка в предисловии начинает новый абзац.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="77"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="78"/>
        <source>Theme or subtitle:</source>
        <translation>Тема или подзаголовок:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="79"/>
        <source>Foreword:</source>
        <translation>Предисловие:</translation>
    </message>
</context>
<context>
    <name>CertificateGenerateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="89"/>
        <source>Generate certificates</source>
        <translation>Создание сертификатов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="91"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="92"/>
        <source>Regions:</source>
        <translation>Регионы:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="93"/>
        <source>Certificates:</source>
        <translation>Сертификаты:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="94"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="95"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="99"/>
        <source>All regions, one file each</source>
        <translation>Все регионы, по файлу на каждый</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="103"/>
        <source>Award and participation</source>
        <translation>Дипломы и сертификаты участника</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="104"/>
        <source>Award certificates only</source>
        <translation>Только дипломы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="105"/>
        <source>Participation certificates only</source>
        <translation>Только сертификаты участника</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="107"/>
        <source>Thank-you letters to teachers</source>
        <translation>Благодарственные письма учителям</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="109"/>
        <source>The student&apos;s language and English</source>
        <translation>Язык учащегося и английский</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="112"/>
        <source>One combined PDF</source>
        <translation>Один общий PDF</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="113"/>
        <source>Print a thumbnail of the painting</source>
        <translation>Печатать миниатюру работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="115"/>
        <source>A cover sheet for each region</source>
        <translation>Титульный лист для каждого региона</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="117"/>
        <source>Include provisional awards (for proofs)</source>
        <translation>Включить предварительные награды (для корректуры)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="119"/>
        <source>For pre-printed stock: only the names and details, shifted by the printer&apos;s calibration</source>
        <translation>Для готовых бланков: только имена и данные, со сдвигом по калибровке принтера</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="130"/>
        <source>Folder for the certificates</source>
        <translation>Папка для сертификатов</translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="77"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось начать печать на принтере.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="182"/>
        <source>Print certificates</source>
        <translation>Печать сертификатов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="183"/>
        <source>Open PDF…</source>
        <translation>Открыть PDF…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="184"/>
        <source>Pre-printed stock</source>
        <translation>Готовые бланки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="185"/>
        <source>Apply the printer&apos;s calibration</source>
        <translation>Применить калибровку принтера</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="188"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="189"/>
        <source>Offset right (mm):</source>
        <translation>Сдвиг вправо (мм):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="190"/>
        <source>Offset down (mm):</source>
        <translation>Сдвиг вниз (мм):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="191"/>
        <source>Scale:</source>
        <translation>Масштаб:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="193"/>
        <source>Save calibration</source>
        <translation>Сохранить калибровку</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="194"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="242"/>
        <source>Calibration page</source>
        <translation>Калибровочная страница</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="195"/>
        <source>Shows a page with a millimetre grid and crosshairs: print it on plain paper, measure where the crosshairs land, enter the offsets.</source>
        <translation>Показывает страницу с миллиметровой сеткой и перекрестьями: напечатайте её на обычной бумаге, измерьте, где оказались перекрестья, и введите сдвиги.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="198"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="199"/>
        <source>Save PDF as…</source>
        <translation>Сохранить PDF как…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="200"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="221"/>
        <source>{file}: {pages} pages</source>
        <translation>{file}: {pages} стр.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="224"/>
        <source>No PDF open.</source>
        <translation>PDF не открыт.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="228"/>
        <source>Open certificates</source>
        <translation>Открыть сертификаты</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="230"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="302"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="300"/>
        <source>Save PDF</source>
        <translation>Сохранение PDF</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="313"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="314"/>
        <source>Saved {file}.</source>
        <translation>Файл сохранён: {file}.</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="16"/>
        <source>Wordmark</source>
        <translation>Логотип-надпись</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="17"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="18"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="19"/>
        <source>Edition</source>
        <translation>Номер конкурса</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="20"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="21"/>
        <source>Award tier</source>
        <translation>Категория награды</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="22"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="23"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="24"/>
        <source>Region and country</source>
        <translation>Регион и страна</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="25"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="26"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="87"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="27"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="28"/>
        <source>Signatory 1: name</source>
        <translation>Подписант 1: ФИО</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="29"/>
        <source>Signatory 1: title</source>
        <translation>Подписант 1: должность</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="30"/>
        <source>Signatory 2: name</source>
        <translation>Подписант 2: ФИО</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="31"/>
        <source>Signatory 2: title</source>
        <translation>Подписант 2: должность</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="32"/>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="33"/>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="34"/>
        <source>Reissue note</source>
        <translation>Отметка о дубликате</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="35"/>
        <source>Background image</source>
        <translation>Фоновое изображение</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="36"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="37"/>
        <source>Seal</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="38"/>
        <source>Signature 1</source>
        <translation>Подпись 1</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="39"/>
        <source>Signature 2</source>
        <translation>Подпись 2</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="40"/>
        <source>Painting thumbnail</source>
        <translation>Миниатюра работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="41"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="86"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>Field</source>
        <translation>Поле</translation>
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
        <translation>Ширина</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Size</source>
        <translation>Кегль</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="142"/>
        <source>English size</source>
        <translation>Кегль (англ.)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Style</source>
        <translation>Начертание</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Align</source>
        <translation>Выравнивание</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="144"/>
        <source>Shown</source>
        <translation>Показ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="145"/>
        <source>On stock</source>
        <translation>На бланке</translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="190"/>
        <source>Certificate templates</source>
        <translation>Шаблоны сертификатов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="192"/>
        <source>Award certificate (every tier)</source>
        <translation>Диплом (все категории)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="193"/>
        <source>Award certificate: {tier}</source>
        <translation>Диплом: {tier}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="195"/>
        <source>Participation certificate</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="197"/>
        <source>Thank-you letter to a teacher</source>
        <translation>Благодарственное письмо учителю</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="201"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="202"/>
        <source>Orientation:</source>
        <translation>Ориентация:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="203"/>
        <source>Border:</source>
        <translation>Рамка:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="204"/>
        <source>Accent colour:</source>
        <translation>Акцентный цвет:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="207"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="208"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="210"/>
        <source>Thin double rule</source>
        <translation>Тонкая двойная линия</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="211"/>
        <source>None (pre-printed stock or a background image)</source>
        <translation>Нет (готовый бланк или фоновое изображение)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="213"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="214"/>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="215"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="216"/>
        <source>Positions</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="218"/>
        <source>Placeholders: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. A language with an empty text prints nothing in that place.</source>
        <translation>Подстановки: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. Если для языка текст пуст, на этом месте ничего не печатается.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="224"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="225"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="226"/>
        <source>A second signature</source>
        <translation>Вторая подпись</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="230"/>
        <source>As on stock</source>
        <translation>Как на бланке</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="231"/>
        <source>Reset to built-in</source>
        <translation>Вернуть встроенный</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="232"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="233"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="288"/>
        <source>saved for this contest</source>
        <translation>сохранён для этого конкурса</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="289"/>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="294"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="335"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="383"/>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="384"/>
        <source>Return this template to the built-in design? Your texts, images and positions for it are removed.</source>
        <translation>Вернуть этому шаблону встроенный вид? Ваши тексты, изображения и расположение для него будут удалены.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="103"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="107"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="108"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="109"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="110"/>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>Reissue</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="114"/>
        <source>Generate…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="115"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="267"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="116"/>
        <source>Template editor…</source>
        <translation>Редактор шаблонов…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="117"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="118"/>
        <source>Reprint one…</source>
        <translation>Перепечатать…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="119"/>
        <source>Export register…</source>
        <translation>Экспорт реестра…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="120"/>
        <source>Verification list…</source>
        <translation>Список для проверки…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="121"/>
        <source>Pre-flight</source>
        <translation>Предпечатная проверка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="124"/>
        <source>Shows the selected certificate, or one student of each language as the certificates would print now.</source>
        <translation>Показывает выбранный сертификат или по одному учащемуся на каждый язык — так, как сертификаты напечатаются сейчас.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="127"/>
        <source>Prints the selected certificate again with the same serial; the register marks it as a reissue.</source>
        <translation>Повторно печатает выбранный сертификат с тем же номером; в реестре он отмечается как дубликат.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="130"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>Сертификаты ещё не выдавались. Дипломы выдаются по итогам конкурса; все остальные допущенные участники получают сертификат участника.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="141"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="212"/>
        <source>Generating certificates…</source>
        <translation>Создание сертификатов…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="227"/>
        <source>{total} certificates in {files} files ({new} new serials).</source>
        <translation>Сертификатов: {total}, файлов: {files} (новых номеров: {new}).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="233"/>
        <source>Certificates ready</source>
        <translation>Сертификаты готовы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="236"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="256"/>
        <source>No student would receive a certificate yet: no work is eligible.</source>
        <translation>Пока ни один учащийся не получил бы сертификат: нет допущенных работ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="272"/>
        <source>Certificate preview</source>
        <translation>Предпросмотр сертификата</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="287"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="306"/>
        <source>Reprint</source>
        <translation>Перепечатка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="288"/>
        <source>Why is {serial} printed again? (kept in the audit log)</source>
        <translation>Почему сертификат {serial} печатается повторно? (сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="293"/>
        <source>Save the reprint</source>
        <translation>Сохранение дубликата</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="295"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="307"/>
        <source>Saved {file}. Print it now?</source>
        <translation>Файл {file} сохранён. Напечатать его сейчас?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="320"/>
        <source>Export the register</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="322"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="331"/>
        <source>{count} certificates written to {file}.</source>
        <translation>Сертификатов записано: {count}, файл: {file}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="337"/>
        <source>Save the verification page</source>
        <translation>Сохранение страницы проверки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="339"/>
        <source>Web pages (*.html)</source>
        <translation>Веб-страницы (*.html)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="348"/>
        <source>{file} can check {count} codes offline; it shows initials, never full names.</source>
        <translation>{file} позволяет проверять коды без интернета (кодов: {count}); показываются только инициалы, но не полные имена.</translation>
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
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Code</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
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
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="139"/>
        <source>Exhibitions</source>
        <translation>Выставки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>Tour</source>
        <translation>Тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="166"/>
        <source>Venues</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="144"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="165"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="147"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>Передвижных выставок пока нет. Такая выставка показывает работы-победители прошлых конкурсов на одной или нескольких площадках.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="150"/>
        <source>No works in this tour yet. Add awarded works of any edition; drag them into the order they hang in.</source>
        <translation>На этой выставке пока нет работ. Добавьте награждённые работы любых конкурсов и перетащите их в порядке развески.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="153"/>
        <source>New tour…</source>
        <translation>Новая выставка…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="154"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="155"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="156"/>
        <source>Add works…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="157"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="158"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="159"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="162"/>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="163"/>
        <source>Condition notes…</source>
        <translation>Сохранность…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="164"/>
        <source>Work list and originals…</source>
        <translation>Список и оригиналы…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="167"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="217"/>
        <source>Choose or create a tour.</source>
        <translation>Выберите или создайте выставку.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="220"/>
        <source>{name}: {works} works, {venues} venues  {period}</source>
        <translation>{name} — работ: {works}, площадок: {venues}  {period}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete tour</source>
        <translation>Удаление выставки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete the tour &quot;{name}&quot; with its venues and work list? The works themselves stay.</source>
        <translation>Удалить выставку «{name}» вместе с площадками и списком работ? Сами работы останутся.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="310"/>
        <source>Condition notes</source>
        <translation>Сохранность работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="311"/>
        <source>Condition of No. {number}:</source>
        <translation>Сохранность работы № {number}:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="39"/>
        <source>Folder for the work list and originals</source>
        <translation>Папка для списка работ и оригиналов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>Files written</source>
        <translation>Файлы записаны</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>{files} originals and the work list are in {folder}.</source>
        <translation>Оригиналы (файлов: {files}) и список работ сохранены в папке {folder}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="48"/>
        <source>Copying the originals…</source>
        <translation>Копирование оригиналов…</translation>
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
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="101"/>
        <source>Import a region&apos;s batch</source>
        <translation>Импорт пакета от региона</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Batch (folder or .zip):</source>
        <translation>Пакет (папка или .zip):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="105"/>
        <source>Sheet encoding:</source>
        <translation>Кодировка таблицы:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Zip file…</source>
        <translation>ZIP-файл…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Read and check the batch</source>
        <translation>Прочитать и проверить пакет</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="111"/>
        <source>Save problem report…</source>
        <translation>Сохранить отчёт о замечаниях…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="115"/>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="144"/>
        <source>Choose the batch folder</source>
        <translation>Выберите папку пакета</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Choose the batch .zip</source>
        <translation>Выберите .zip-файл пакета</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="151"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-архивы (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="173"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>Выберите существующую папку или .zip-файл пакета.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="177"/>
        <source>Choose the region that sent it.</source>
        <translation>Выберите регион, приславший пакет.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="194"/>
        <source>Reading the batch and its images…</source>
        <translation>Чтение пакета и изображений…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="200"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>Пока вы не нажмёте «Импортировать», ничего не записывается; «Отмена» оставляет базу данных без изменений.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="204"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>Работ: {works} (новых: {new}, изменённых: {updated}, без изменений: {unchanged}, отклонённых: {refused}), учащихся: {students}; ошибок: {errors}, предупреждений: {warnings}. Кодировка таблицы: {encoding}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="213"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>В таком виде пакет импортировать нельзя: см. замечания без номера строки.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="233"/>
        <source>Writing the batch…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="241"/>
        <source>Save the problem report</source>
        <translation>Сохранение отчёта о замечаниях</translation>
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
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="98"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>Столбцы, которые программа не распознала, сохраняются как примечания. Укажите, что содержит столбец, чтобы читать его как это поле; затем пакет будет прочитан заново.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="115"/>
        <source>(suggested)</source>
        <translation>(предложено)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="136"/>
        <source>Errors and warnings</source>
        <translation>Ошибки и предупреждения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="138"/>
        <source>Every problem</source>
        <translation>Все замечания</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="178"/>
        <source>Keep as a note</source>
        <translation>Сохранить как примечание</translation>
    </message>
</context>
<context>
    <name>JuryDialogs</name>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="49"/>
        <source>Add a juror</source>
        <translation>Добавление члена жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="56"/>
        <source>e.g. teaches at a school there</source>
        <translation>напр. преподаёт в школе этого региона</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="64"/>
        <source>All of {country}</source>
        <translation>Вся страна: {country}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="137"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="76"/>
        <source>Affiliation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="77"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="78"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="81"/>
        <source>Conflicts of interest: regions or countries this juror must not score</source>
        <translation>Отводы: регионы или страны, работы которых этот член жюри не оценивает</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="120"/>
        <source>Open a round</source>
        <translation>Открытие тура</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="127"/>
        <source>every juror scores every work</source>
        <translation>все члены жюри оценивают все работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="132"/>
        <source>codes, separated by commas</source>
        <translation>шифры через запятую</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="133"/>
        <source>Show titles to jurors (a title can give a region away)</source>
        <translation>Показывать жюри названия (название может выдать регион)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="136"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="138"/>
        <source>Jurors per work:</source>
        <translation>Членов жюри на работу:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="139"/>
        <source>Final round: the top</source>
        <translation>Финальный тур: лучшие</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="140"/>
        <source>Boundary round: works</source>
        <translation>Дополнительный тур: работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="182"/>
        <source>Close the round</source>
        <translation>Закрытие тура</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="184"/>
        <source>Accept the gap: results use the scores there are</source>
        <translation>Принять пропуски: итоги по имеющимся оценкам</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="186"/>
        <source>The missing works were reassigned or go to another round</source>
        <translation>Недостающие работы переназначены или перейдут в другой тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="189"/>
        <source>Reason (kept in the audit log)</source>
        <translation>Причина (сохраняется в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="194"/>
        <source>{missing} scores are still missing. Closing the round needs a decision.</source>
        <translation>Не хватает оценок: {missing}. Чтобы закрыть тур, нужно принять решение.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="201"/>
        <source>Every score is in.</source>
        <translation>Все оценки получены.</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="104"/>
        <source>Jury</source>
        <translation>Жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Juror</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <source>Missing</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Done %</source>
        <translation>Готово, %</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <source>Flagged</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="110"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Assignments</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="119"/>
        <source>Round:</source>
        <translation>Тур:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="120"/>
        <source>Open a round…</source>
        <translation>Открыть тур…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="121"/>
        <source>Close round…</source>
        <translation>Закрыть тур…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="122"/>
        <source>Import results…</source>
        <translation>Импорт результатов…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="123"/>
        <source>Import paper scores…</source>
        <translation>Импорт бумажных оценок…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="126"/>
        <source>Add juror…</source>
        <translation>Добавить члена жюри…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="127"/>
        <source>Score as this juror</source>
        <translation>Оценивать за этого члена жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="128"/>
        <source>Offline package…</source>
        <translation>Офлайн-пакет…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="129"/>
        <source>Paper score sheet…</source>
        <translation>Бумажный бланк оценок…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="130"/>
        <source>Juror drops out…</source>
        <translation>Выбытие члена жюри…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="131"/>
        <source>Scored, per cent of assigned works</source>
        <translation>Оценено, % от назначенных работ</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="132"/>
        <source>No jurors in this round yet. Add jurors, then open a round: its works are assigned to them at once.</source>
        <translation>В этом туре пока нет членов жюри. Добавьте их, затем откройте тур: его работы сразу распределятся между ними.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="169"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="191"/>
        <source>Choose a juror in the table first.</source>
        <translation>Сначала выберите члена жюри в таблице.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="212"/>
        <source>{count} works could not get enough jurors without a conflict of interest.</source>
        <translation>Работам не хватило членов жюри без конфликта интересов: {count}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="230"/>
        <source>Juror drops out</source>
        <translation>Выбытие члена жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="231"/>
        <source>Why? Their works without a score go to other jurors.</source>
        <translation>Причина? Неоценённые работы перейдут к другим членам жюри.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="265"/>
        <source>Save the juror&apos;s package</source>
        <translation>Сохранение пакета члена жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="266"/>
        <source>Juror packages (*.nearjury)</source>
        <translation>Пакеты жюри (*.nearjury)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="280"/>
        <source>Save the score sheet</source>
        <translation>Сохранение бланка оценок</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="281"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="294"/>
        <source>Import a juror&apos;s results</source>
        <translation>Импорт результатов члена жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="295"/>
        <source>Juror results (*.nearresults)</source>
        <translation>Результаты жюри (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="305"/>
        <source>This results file was imported before; nothing changed.</source>
        <translation>Этот файл результатов уже импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="308"/>
        <source>{saved} scores imported, {unscored} works still unscored, {refused} refused.</source>
        <translation>Импортировано оценок: {saved}; не оценено работ: {unscored}; отклонено: {refused}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="321"/>
        <source>Import typed-up paper scores</source>
        <translation>Импорт перенесённых бумажных оценок</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="322"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="332"/>
        <source>{saved} scores imported, {refused} rows refused.</source>
        <translation>Импортировано оценок: {saved}; отклонено строк: {refused}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="124"/>
        <source>Jurors</source>
        <translation>Члены жюри</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="125"/>
        <source>Rounds</source>
        <translation>Туры</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="135"/>
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
        <location filename="../contest_app/gui/labels.py" line="33"/>
        <source>Proposed</source>
        <translation>Предложена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <location filename="../contest_app/gui/labels.py" line="34"/>
        <source>Provisional</source>
        <translation>Предварительная</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <location filename="../contest_app/gui/labels.py" line="36"/>
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
    <message>
        <location filename="../contest_app/gui/labels.py" line="35"/>
        <source>Final</source>
        <translation>Окончательная</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>Молодёжный конкурс живописи NEAR</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>Contest:</source>
        <translation>Конкурс:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="146"/>
        <source>&amp;New contest…</source>
        <translation>&amp;Новый конкурс…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="147"/>
        <source>Contest &amp;settings…</source>
        <translation>&amp;Параметры конкурса…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="148"/>
        <source>&amp;Regions…</source>
        <translation>&amp;Регионы…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="149"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="150"/>
        <source>&amp;Back up…</source>
        <translation>Резервная &amp;копия…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="151"/>
        <source>Res&amp;tore…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="152"/>
        <source>&amp;Privacy…</source>
        <translation>Персональные &amp;данные…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="156"/>
        <source>&amp;About…</source>
        <translation>&amp;О программе…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="188"/>
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
        <location filename="../contest_app/messages.py" line="76"/>
        <source>Cannot read &quot;{value}&quot; as a date. Write it as YYYY-MM-DD, for example 2010-05-03.</source>
        <translation>Не удалось прочитать «{value}» как дату. Укажите её в формате ГГГГ-ММ-ДД, например 2010-05-03.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="79"/>
        <source>The date &quot;{value}&quot; does not exist or lies in the future. Check it and correct it.</source>
        <translation>Даты «{value}» не существует, или она ещё не наступила. Проверьте и исправьте её.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="82"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>Не заполнена обязательная ячейка {column}. Заполните её и пришлите таблицу снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="85"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>Возраст учащегося на {reference_date} — {age}; в конкурсе участвуют учащиеся от {min} до {max} лет. Проверьте дату рождения: если она верна, работа не может участвовать в конкурсе.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="88"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>Для учащегося {name} не отмечено согласие родителей. Работа сохранена, но не может оцениваться, пока согласие не получено: запросите его и отметьте «да».</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="91"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>Из «{value}» не ясно, да или нет. Напишите «да», если родители согласны, иначе «нет»; до этого согласие считается отсутствующим.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="94"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>Файла изображения «{value}» нет в пакете. Добавьте файл или исправьте его имя в таблице.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="97"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>Не удаётся открыть изображение «{value}»: файл повреждён, обрезан или не является файлом JPEG, PNG, TIFF, WebP или HEIC. Пришлите файл снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>Изображение «{value}» слишком велико, чтобы безопасно его открыть. Пришлите фотографию или скан работы размером не более 100 мегапикселей.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>Строки работы {entry_no} расходятся: в этой строке {column} — «{value}», в строке {first_row} — «{first_value}». Укажите во всех строках одной работы одинаковые название и изображение.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>Этот учащийся уже указан для этой работы в строке {first_row}. Повторная строка пропущена; удалите её из таблицы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>Изображение «{value}» — тот же файл, что и у работы {other_entry_no} ({other_region}, конкурс № {other_edition}). У каждой работы должно быть своё изображение, а работа прошлого конкурса не может участвовать повторно.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="114"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>Изображение «{value}» очень похоже на изображение работы {other_entry_no} ({other_region}, конкурс № {other_edition}). Убедитесь, что это две разные работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="117"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>«{value}» — не размер в сантиметрах. Укажите число, например 54.5; размер оставлен пустым.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="120"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>Для учащегося {name} не указано написание латиницей, поэтому предложено «{value}». Проверьте и при необходимости исправьте.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="123"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>«{value}» — не категория награды этого конкурса. Укажите название одной из его категорий или оставьте ячейку пустой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="126"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>Работа {value} есть в базе данных, но отсутствует в этом пакете. Она сохранена; если регион её отозвал, снимите её вручную.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="129"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>В таблице нет столбца {column}. Добавьте его или укажите, в каком столбце эти данные (--map HEADER={column}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="132"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>Столбец «{value}» программе неизвестен; его значения сохранены вместе с каждой работой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="135"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>Этот пакет нельзя импортировать, пока не исправлены замечания ко всей таблице.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="138"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>Этот импорт уже выполнен или отменён. Проверьте пакет ещё раз.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="140"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>После проверки пакета работы региона изменились. Проверьте пакет ещё раз, затем импортируйте его.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="144"/>
        <source>There is no juror &quot;{ref}&quot; in this contest. Give the juror&apos;s id or exact name.</source>
        <translation>В этом конкурсе нет члена жюри «{ref}». Укажите его id или точное имя.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="147"/>
        <source>The juror needs a name.</source>
        <translation>Укажите имя члена жюри.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="148"/>
        <source>&quot;{name}&quot; cannot be a juror&apos;s name: a name made of digits would be read as an id.</source>
        <translation>«{name}» не может быть именем члена жюри: имя из одних цифр будет принято за id.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="151"/>
        <source>This contest has a juror named {name} already. Add something to tell them apart, such as the affiliation.</source>
        <translation>В этом конкурсе уже есть член жюри с именем {name}. Добавьте что-нибудь, чтобы их различать, например организацию.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="154"/>
        <source>{name} is no longer on the panel, so no works can be assigned to them.</source>
        <translation>{name} больше не входит в жюри, поэтому назначить работы нельзя.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="156"/>
        <source>There is no active juror to assign works to. Add jurors first.</source>
        <translation>Нет действующих членов жюри, которым можно назначить работы. Сначала добавьте членов жюри.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="158"/>
        <source>&quot;{value}&quot; is not one of the languages en, ko, zh, ja, ru, mn.</source>
        <translation>«{value}» — не один из языков en, ko, zh, ja, ru, mn.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="160"/>
        <source>&quot;{code}&quot; is neither a country code (such as KR) nor a region code (such as KR-47).</source>
        <translation>«{code}» — не код страны (например, KR) и не код региона (например, KR-47).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="163"/>
        <source>&quot;{value}&quot; is not a kind of conflict: use country or region.</source>
        <translation>«{value}» — недопустимый вид отвода: укажите country или region.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="165"/>
        <source>There is no round {id} in this contest.</source>
        <translation>В этом конкурсе нет тура {id}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="167"/>
        <source>This contest has no open round. Create one first.</source>
        <translation>В этом конкурсе нет открытого тура. Сначала создайте его.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="169"/>
        <source>Round {round} is closed: its scores can no longer be entered or changed.</source>
        <translation>Тур «{round}» закрыт: его оценки больше нельзя вводить или изменять.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="171"/>
        <source>&quot;{value}&quot; is not a kind of round: use preliminary, final or boundary.</source>
        <translation>«{value}» — недопустимый вид тура: укажите preliminary, final или boundary.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="173"/>
        <source>A final round needs the number of works to take from the previous round (1 or more).</source>
        <translation>Для финального тура укажите, сколько работ взять из предыдущего тура (1 или больше).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="176"/>
        <source>A final round takes the best works of an earlier round, but there is none yet.</source>
        <translation>Финальный тур берёт лучшие работы предыдущего тура, но такого тура пока нет.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="179"/>
        <source>Round {round} is still open. Close it before taking its best works into a final round.</source>
        <translation>Тур «{round}» ещё открыт. Закройте его, прежде чем переводить лучшие работы в финальный тур.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="182"/>
        <source>A boundary round needs the works it is to decide: give their codes.</source>
        <translation>Для дополнительного тура нужны работы, которые он решает: укажите их шифры.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="184"/>
        <source>This round would hold no works. A preliminary round takes the eligible works, and there are none yet.</source>
        <translation>В этом туре не будет работ. Отборочный тур берёт допущенные работы, а их пока нет.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="187"/>
        <source>{value} jurors per work is not possible: give 1 or more.</source>
        <translation>Число членов жюри на работу не может быть {value}: укажите 1 или больше.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="189"/>
        <source>{missing} assigned scores are still missing in round {round}. Reassign the works, or accept the gap, to close it; the decision is kept in the audit log.</source>
        <translation>В туре «{round}» не хватает назначенных оценок: {missing}. Чтобы закрыть тур, переназначьте работы или примите пропуски; решение сохраняется в журнале изменений.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="192"/>
        <source>&quot;{value}&quot; is not a decision: use accept_gap or reassigned.</source>
        <translation>«{value}» — недопустимое решение: укажите accept_gap или reassigned.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="194"/>
        <source>Work {code} has only {got} jurors: the others have a conflict with it.</source>
        <translation>Для работы {code} нашлось членов жюри: только {got}; у остальных с ней конфликт интересов.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="196"/>
        <source>&quot;{key}&quot; is not a criterion of this round.</source>
        <translation>«{key}» — не критерий этого тура.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="198"/>
        <source>&quot;{value}&quot; is not a number. Write the {key} score as a number such as 7 or 7.5.</source>
        <translation>«{value}» — не число. Укажите балл по критерию {key} числом, например 7 или 7.5.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="201"/>
        <source>{value} is outside the scale of {key}: write a score from {min} to {max}.</source>
        <translation>{value} — вне шкалы критерия {key}: укажите балл от {min} до {max}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="203"/>
        <source>The {column} score is empty while other scores of this work are filled in. Type the missing score, or clear the row if the work was not scored.</source>
        <translation>Балл {column} не заполнен, хотя остальные баллы этой работы есть. Введите недостающий балл или очистите строку, если работа не оценивалась.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="206"/>
        <source>&quot;{value}&quot; is not a source of scores: use screen, package or paper.</source>
        <translation>«{value}» — недопустимый источник оценок: укажите screen, package или paper.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="208"/>
        <source>Work {code} is not assigned to juror {juror} in this round, so the score cannot be taken.</source>
        <translation>Работа {code} в этом туре не назначена члену жюри {juror}, поэтому оценку принять нельзя.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="211"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest. Check the code on the sheet.</source>
        <translation>В этом конкурсе нет работы с шифром «{value}». Проверьте шифр в таблице.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="214"/>
        <source>There is no juror &quot;{value}&quot; in this contest. Write the juror&apos;s id or exact name.</source>
        <translation>В этом конкурсе нет члена жюри «{value}». Укажите его id или точное имя.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="217"/>
        <source>Work {value} is scored for the same juror again in row {rows}. Neither row was imported: keep the right one and import the sheet again.</source>
        <translation>Работа {value} повторно оценена за того же члена жюри в строке {rows}. Ни одна из строк не импортирована: оставьте верную и импортируйте таблицу снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="220"/>
        <source>The sheet has no {column} column. Use the score sheet made for the juror: its first row names the columns code, juror, one per criterion and comment.</source>
        <translation>В таблице нет столбца {column}. Используйте бланк оценок, созданный для члена жюри: в его первой строке названы столбцы code, juror, по одному на каждый критерий и comment.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="223"/>
        <source>Cannot write &quot;{value}&quot;: a score sheet is a .xlsx or a .pdf file.</source>
        <translation>Не удаётся записать «{value}»: бланк оценок — это файл .xlsx или .pdf.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="225"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest.</source>
        <translation>В этом конкурсе нет работы с шифром «{value}».</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="228"/>
        <source>{juror} has no works to score in {round}. Assign works first, then export the package.</source>
        <translation>У члена жюри {juror} нет работ для оценки в туре «{round}». Сначала назначьте работы, затем экспортируйте пакет.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="231"/>
        <source>Work {code} has no preview image, so it cannot be put in a package. Re-import its image first.</source>
        <translation>У работы {code} нет изображения для просмотра, поэтому её нельзя включить в пакет. Сначала заново импортируйте изображение.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="234"/>
        <source>&quot;{path}&quot; is not a juror package. Open the .nearjury file staff sent.</source>
        <translation>«{path}» — не пакет члена жюри. Откройте файл .nearjury, присланный секретариатом.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="236"/>
        <source>&quot;{path}&quot; was made by a newer version of the app (format {version}). Install the newer version to open it.</source>
        <translation>«{path}» создан более новой версией программы (формат {version}). Чтобы открыть его, установите новую версию.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="239"/>
        <source>The package &quot;{path}&quot; was changed after it was exported, so it cannot be trusted. Ask staff to send it again.</source>
        <translation>Пакет «{path}» был изменён после экспорта, поэтому ему нельзя доверять. Попросите секретариат прислать его снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="242"/>
        <source>The saved scores &quot;{path}&quot; were changed outside the app, so they cannot be trusted. Ask staff what to do; the file was left as it is.</source>
        <translation>Сохранённые оценки «{path}» были изменены вне программы, поэтому им нельзя доверять. Спросите секретариат, что делать; файл оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="245"/>
        <source>Work {code} is not one of the works you were given.</source>
        <translation>Работа {code} не входит в число выданных вам работ.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="247"/>
        <source>&quot;{path}&quot; is not a results file of a juror package. Nothing was imported.</source>
        <translation>«{path}» — не файл результатов пакета члена жюри. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="250"/>
        <source>The results &quot;{path}&quot; belong to a package this database never exported. Nothing was imported; check that you opened the right contest database.</source>
        <translation>Результаты «{path}» относятся к пакету, который эта база данных не экспортировала. Ничего не импортировано; проверьте, что открыта нужная база данных конкурса.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="253"/>
        <source>The results &quot;{path}&quot; were changed outside the app after the juror exported them. Nothing was imported; ask the juror to export them again.</source>
        <translation>Результаты «{path}» были изменены вне программы после того, как член жюри их экспортировал. Ничего не импортировано; попросите члена жюри экспортировать их снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="256"/>
        <source>The results &quot;{path}&quot; are older than results already imported from the same package. Nothing was imported, so the newer scores stay.</source>
        <translation>Результаты «{path}» старше уже импортированных из того же пакета. Ничего не импортировано, более новые оценки сохранены.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="259"/>
        <source>Work {work} was not in this juror&apos;s package; its score was not imported.</source>
        <translation>Работы {work} не было в пакете этого члена жюри; её оценка не импортирована.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="261"/>
        <source>The score for work {work} cannot be read; it was not imported.</source>
        <translation>Не удаётся прочитать оценку работы {work}; она не импортирована.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="263"/>
        <source>The scoring screen is not part of this installation. Export the results with: contest-app juror --export-results PACKAGE OUT</source>
        <translation>Экран оценивания не входит в эту установку. Экспортируйте результаты командой: contest-app juror --export-results PACKAGE OUT</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="266"/>
        <source>Jurors can sign in to a shared database on PostgreSQL only, not on {backend}. Use offline packages instead.</source>
        <translation>Члены жюри могут входить в общую базу данных только на PostgreSQL, а не на {backend}. Используйте вместо этого офлайн-пакеты.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="269"/>
        <source>There is no open round with works for you to score.</source>
        <translation>Нет открытого тура с работами для вашей оценки.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="271"/>
        <source>Give the juror a password for signing in.</source>
        <translation>Задайте члену жюри пароль для входа.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="274"/>
        <source>&quot;{value}&quot; is not a method of combining scores. Choose one of {methods}.</source>
        <translation>«{value}» — не метод сведения баллов. Выберите один из: {methods}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="276"/>
        <source>Round {round} is still open: its scores may still change.</source>
        <translation>Тур «{round}» ещё открыт: его оценки могут измениться.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="278"/>
        <source>Boundary round {round} is still open; its scores count once it is closed.</source>
        <translation>Дополнительный тур «{round}» ещё открыт; его оценки учтутся после закрытия.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="280"/>
        <source>{count} scores were set aside: the juror has a conflict of interest with the work&apos;s region or country.</source>
        <translation>Не учтено оценок: {count} — у члена жюри конфликт интересов с регионом или страной работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="283"/>
        <source>{count} scores were set aside because not every criterion was scored.</source>
        <translation>Не учтено оценок: {count} — оценены не все критерии.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="285"/>
        <source>{count} scores were set aside because the work was handed to another juror.</source>
        <translation>Не учтено оценок: {count} — работа передана другому члену жюри.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="288"/>
        <source>{count} scored works are not eligible (or were disqualified) and are not ranked.</source>
        <translation>Оценённые работы, которые не допущены (или дисквалифицированы), в рейтинг не входят: {count}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="291"/>
        <source>No work has a usable score yet, so there is nothing to rank.</source>
        <translation>Пока ни у одной работы нет пригодных оценок, поэтому ранжировать нечего.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="293"/>
        <source>Cannot read &quot;{value}&quot;: write TIER=N with N at least 1, for example excellence=3.</source>
        <translation>Не удалось разобрать «{value}»: укажите TIER=N, где N не меньше 1, например excellence=3.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="296"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Its tiers are {tiers}.</source>
        <translation>«{value}» — не категория награды этого конкурса. Его категории: {tiers}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="298"/>
        <source>Region {region} could not get a work into the {tier} tier: no other region has a place to spare within the constraints.</source>
        <translation>Регион {region} не получил места в категории «{tier}»: ни у одного другого региона нет лишнего места в рамках ограничений.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="301"/>
        <source>There are not enough ranked works to fill every tier (places left: {tiers}).</source>
        <translation>Ранжированных работ не хватает, чтобы заполнить все категории (свободных мест: {tiers}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="304"/>
        <source>The results of edition {edition} are final and locked. Unlock them, with a reason, before changing them.</source>
        <translation>Итоги конкурса № {edition} окончательны и зафиксированы. Прежде чем их менять, разблокируйте их с указанием причины.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="307"/>
        <source>The results of edition {edition} are not locked.</source>
        <translation>Итоги конкурса № {edition} не зафиксированы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="309"/>
        <source>The committee has already decided on {count} awards. A new proposal would replace those decisions; confirm that you want to replace them.</source>
        <translation>Комитет уже принял решения по наградам (решений: {count}). Новое предложение заменит их; подтвердите, что хотите их заменить.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="312"/>
        <source>There are no awards yet. Propose the awards first.</source>
        <translation>Наград пока нет. Сначала предложите награды.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="314"/>
        <source>There is no work with the code {code} in this contest.</source>
        <translation>В этом конкурсе нет работы с шифром {code}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="316"/>
        <source>Work {code} is disqualified and cannot receive an award.</source>
        <translation>Работа {code} дисквалифицирована и не может получить награду.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="318"/>
        <source>Some tiers do not hold their quota ({tiers}). Give a reason to finalise the results anyway.</source>
        <translation>Не во всех категориях соблюдена квота ({tiers}). Чтобы всё же утвердить итоги, укажите причину.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="321"/>
        <source>A boundary round needs at least two works.</source>
        <translation>Для дополнительного тура нужно не менее двух работ.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="323"/>
        <source>Say what to write: a results workbook (OUT.xlsx), --pdf OUT.pdf or --regions OUT.xlsx.</source>
        <translation>Укажите, что записать: книгу с итогами (OUT.xlsx), --pdf OUT.pdf или --regions OUT.xlsx.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="327"/>
        <source>&quot;{value}&quot; is not a kind of certificate: use award, participation, teacher or all.</source>
        <translation>«{value}» — недопустимый вид сертификата: укажите award, participation, teacher или all.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="330"/>
        <source>The certificate template cannot be used ({value}): every field needs a width, a height and a font size above zero.</source>
        <translation>Шаблон сертификата нельзя использовать ({value}): у каждого поля ширина, высота и кегль должны быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="333"/>
        <source>The image &quot;{value}&quot; cannot be opened. Choose a PNG or JPEG file.</source>
        <translation>Не удаётся открыть изображение «{value}». Выберите файл PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="335"/>
        <source>There is no certificate with the serial {serial} in this contest.</source>
        <translation>В этом конкурсе нет сертификата с номером {serial}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="337"/>
        <source>The calibration ({dx} mm, {dy} mm, scale {scale}) is not plausible: offsets must be within 30 mm and the scale between 0.8 and 1.2.</source>
        <translation>Калибровка ({dx} мм, {dy} мм, масштаб {scale}) неправдоподобна: сдвиги должны быть в пределах 30 мм, а масштаб — от 0.8 до 1.2.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="340"/>
        <source>{count} works have awards that are not final yet. Their students get no certificate until the awards are final (or until you allow provisional awards).</source>
        <translation>Работ с неокончательными наградами: {count}. Их авторы не получат сертификаты, пока награды не утверждены (или пока вы не разрешите предварительные).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="343"/>
        <source>{count} works have provisional awards; their award certificates were made as you allowed. Check them before they are sent.</source>
        <translation>Работ с предварительными наградами: {count}; дипломы для них созданы, как вы разрешили. Проверьте их перед отправкой.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="346"/>
        <source>{count} awarded works are not eligible (disqualified or without consent) and got no certificate. Check the awards.</source>
        <translation>Награждённые работы без допуска (дисквалификация или нет согласия) остались без сертификатов: {count}. Проверьте награды.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="349"/>
        <source>{count} students&apos; personal data has been removed, so they get no certificate.</source>
        <translation>Учащиеся, чьи персональные данные удалены, не получат сертификаты: {count}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="352"/>
        <source>The {field} &quot;{text}&quot; has characters no font can print ({characters}); they would come out as empty boxes. Correct the text or add a font that has them.</source>
        <translation>Поле «{field}»: текст «{text}» содержит символы, которые не может напечатать ни один шрифт ({characters}); они выйдут пустыми квадратами. Исправьте текст или добавьте шрифт с этими символами.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="355"/>
        <source>The template&apos;s {field} image ({text}) is missing from the data folder. Choose the image again in the template editor.</source>
        <translation>Изображения шаблона «{field}» ({text}) нет в папке данных. Выберите его заново в редакторе шаблонов.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="358"/>
        <source>The painting&apos;s image for &quot;{text}&quot; is missing; the certificate prints without it.</source>
        <translation>Нет изображения работы для «{text}»; сертификат напечатается без него.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="361"/>
        <source>Your score could not be saved in {path}: the folder cannot be written to. Copy the package to a folder of your own (such as Documents) and open it there.</source>
        <translation>Не удалось сохранить вашу оценку в {path}: в эту папку нельзя записывать. Скопируйте пакет в свою папку (например, «Документы») и откройте его там.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="365"/>
        <source>There is no tour with id {id}.</source>
        <translation>Выставка с id {id} не найдена.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="366"/>
        <source>This tour has no venue &quot;{id}&quot;. Give the venue&apos;s id or exact name.</source>
        <translation>На этой выставке нет площадки «{id}». Укажите её id или точное название.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="368"/>
        <source>The tour needs a name.</source>
        <translation>Укажите название выставки.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="369"/>
        <source>The venue needs a name.</source>
        <translation>Укажите название площадки.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="370"/>
        <source>The period ends ({ends_on}) before it starts ({starts_on}). Check the dates.</source>
        <translation>Дата окончания ({ends_on}) раньше даты начала ({starts_on}). Проверьте даты.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="373"/>
        <source>Work {id} has no award, so it cannot tour. Tours show awarded works only.</source>
        <translation>У работы {id} нет награды, поэтому её нельзя включить в выставку. На выставках показываются только награждённые работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="376"/>
        <source>Work {id} is not part of this tour.</source>
        <translation>Работа {id} не входит в эту выставку.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="378"/>
        <source>&quot;{value}&quot; is not a status of a touring work: use selected, packed, shipped, on_show or returned.</source>
        <translation>«{value}» — недопустимый статус работы на выставке: укажите selected, packed, shipped, on_show или returned.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="381"/>
        <source>The tour &quot;{tour}&quot; has no works to print. Add works first, or show works without consent anonymised instead of leaving them out.</source>
        <translation>На выставке «{tour}» нет работ для печати. Сначала добавьте работы или показывайте работы без согласия анонимно, а не исключайте их.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="384"/>
        <source>&quot;{value}&quot; is not a page size the catalogue offers: use A4 or B5.</source>
        <translation>«{value}» — недоступный для каталога формат страницы: укажите A4 или B5.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="386"/>
        <source>Cannot use the label size &quot;{value}&quot;: write WIDTHxHEIGHT in millimetres, for example 100x70, from 50x30 up to 200x287.</source>
        <translation>Нельзя использовать размер этикетки «{value}»: укажите WIDTHxHEIGHT в миллиметрах, например 100x70, от 50x30 до 200x287.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="389"/>
        <source>No works are shown at {venue} yet, so there are no labels to print. Choose the venue&apos;s works first.</source>
        <translation>На площадке «{venue}» пока не показывается ни одной работы, поэтому печатать этикетки не для чего. Сначала выберите работы для площадки.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="393"/>
        <source>The batch {file} holds no sheet (.xlsx, .xls, .ods or .csv). Add the region&apos;s entry sheet and import the batch again.</source>
        <translation>В пакете {file} нет таблицы (.xlsx, .xls, .ods или .csv). Добавьте таблицу заявок региона и импортируйте пакет снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="396"/>
        <source>The batch {file} holds more than one sheet ({names}); it must hold exactly one. Remove the others and import it again.</source>
        <translation>В пакете {file} больше одной таблицы ({names}); должна быть ровно одна. Удалите остальные и импортируйте пакет снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="399"/>
        <source>The sheet {file} cannot be read ({detail}). Open it in the office program, save it again as .xlsx and import that. Nothing was imported.</source>
        <translation>Не удаётся прочитать таблицу {file} ({detail}). Откройте её в офисной программе, пересохраните как .xlsx и импортируйте этот файл. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="402"/>
        <source>The sheet {file} has no works: it is empty or has only a header row.</source>
        <translation>В таблице {file} нет работ: она пуста или содержит только строку заголовков.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="404"/>
        <source>The sheet {file} is larger than the app reads (limit {value}). Check that it is the right file, or split it. Nothing was imported.</source>
        <translation>Таблица {file} больше, чем может прочитать программа (предел {value}). Проверьте, тот ли это файл, или разделите его. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="407"/>
        <source>Row {row} of the sheet {file} has a cell longer than a spreadsheet can hold ({value} characters). The file was not typed in Excel or is damaged; nothing was imported.</source>
        <translation>В строке {row} таблицы {file} есть ячейка длиннее, чем допускают электронные таблицы (символов: {value}). Файл набран не в Excel или повреждён; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="411"/>
        <source>{file} is named as a {value} file but its content is something else ({detail}). Send the sheet itself, saved in the format its name says.</source>
        <translation>Файл {file} назван как файл {value}, но содержит другое ({detail}). Пришлите саму таблицу, сохранённую в формате, указанном в её имени.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="414"/>
        <source>The text of {file} is in no code page the app knows (or mixes several). Save it as UTF-8 or as .xlsx and import it again.</source>
        <translation>Текст файла {file} не в известной программе кодировке (или в смеси нескольких). Сохраните его в UTF-8 или как .xlsx и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="417"/>
        <source>The zip holds a file named &quot;{name}&quot; that would be written outside its folder (an absolute path, &quot;..&quot;, a link or a device name). Nothing was unpacked; ask the region to zip its folder again.</source>
        <translation>В zip-архиве есть файл «{name}», который записался бы за пределами своей папки (абсолютный путь, «..», ссылка или имя устройства). Ничего не распаковано; попросите регион заново упаковать папку.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="421"/>
        <source>The zip {file} is too large to unpack safely ({value}): too many files, too many bytes, or a compression ratio no real batch has (a zip bomb). Nothing was kept.</source>
        <translation>Zip-архив {file} слишком велик для безопасной распаковки ({value}): слишком много файлов или байтов либо степень сжатия, какой не бывает у настоящих пакетов (zip-бомба). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="424"/>
        <source>The zip {file} cannot be opened ({detail}): it is damaged, encrypted or not a zip. Ask the region to send it again.</source>
        <translation>Не удаётся открыть zip-архив {file} ({detail}): он повреждён, зашифрован или не является zip-архивом. Попросите регион прислать его снова.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="427"/>
        <source>{file} is not a batch: choose a folder, a .zip, or a sheet (.xlsx, .xls, .ods or .csv).</source>
        <translation>{file} — не пакет: выберите папку, .zip-файл или таблицу (.xlsx, .xls, .ods или .csv).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="430"/>
        <source>{value} is not one of the batch&apos;s files.</source>
        <translation>{value} — не файл этого пакета.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="431"/>
        <source>The sheet has no column for {field}. Use the template&apos;s headers, or say which column it is (--map HEADER={field}).</source>
        <translation>В таблице нет столбца для поля {field}. Используйте заголовки шаблона или укажите, какой это столбец (--map HEADER={field}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="434"/>
        <source>Two columns of the sheet mean {field} (one is &quot;{header}&quot;). Remove or rename one.</source>
        <translation>Два столбца таблицы означают {field} (один из них — «{header}»). Удалите или переименуйте один из них.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="437"/>
        <source>Cannot use the column mapping &quot;{value}&quot;: write HEADER=field with a field the app knows.</source>
        <translation>Нельзя использовать сопоставление столбцов «{value}»: укажите HEADER=field, где field — известное программе поле.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="441"/>
        <source>The backup could not be written ({detail}). Nothing else was done: free some disk space or check the backup folder, then try again.</source>
        <translation>Не удалось записать резервную копию ({detail}). Больше ничего не сделано: освободите место на диске или проверьте папку резервных копий и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="444"/>
        <source>{path} exists already. Choose a new file or folder name for the backup.</source>
        <translation>{path} уже существует. Выберите для резервной копии новое имя файла или папки.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="446"/>
        <source>A database held only in memory cannot be backed up or restored.</source>
        <translation>Базу данных, которая хранится только в памяти, нельзя сохранить в резервную копию или восстановить.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="448"/>
        <source>{file} is not a backup of this app, or it is damaged ({detail}). Nothing was changed.</source>
        <translation>{file} — не резервная копия этой программы, или файл повреждён ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="451"/>
        <source>The backup {file} was written by a newer version of the app (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>Резервная копия {file} создана более новой версией программы (схема {revision}). Чтобы восстановить её, установите эту версию; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="454"/>
        <source>The database is in use by another window or program ({detail}). Close it and restore again; nothing was changed.</source>
        <translation>База данных используется другим окном или программой ({detail}). Закройте его и повторите восстановление; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="458"/>
        <source>The retention period must be a whole number of days from 0 to {max}, not {value}.</source>
        <translation>Срок хранения должен быть целым числом дней от 0 до {max}, а не {value}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="461"/>
        <source>No retention period is set. Set one first (privacy retention --days N), or give --days.</source>
        <translation>Срок хранения не задан. Сначала задайте его (privacy retention --days N) или укажите --days.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="464"/>
        <source>This contest&apos;s deadline ({deadline}) is within the retention period of {days} days: its personal data may be removed from {due} on.</source>
        <translation>Срок подачи работ этого конкурса ({deadline}) ещё в пределах срока хранения ({days} дн.): персональные данные можно удалить начиная с {due}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="68"/>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="69"/>
        <source>Page width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="70"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="133"/>
        <source>Pages: %n</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="56"/>
        <source>Pre-flight check</source>
        <translation>Предпечатная проверка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="59"/>
        <source>Every text can be printed with the embedded fonts, and every image of the templates is there.</source>
        <translation>Все тексты печатаются встроенными шрифтами, и все изображения шаблонов на месте.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="62"/>
        <source>{count} texts have characters that no font can print; they would come out as empty boxes. Correct them first.</source>
        <translation>В текстах ({count}) есть символы, которые не может напечатать ни один шрифт; они выйдут пустыми квадратами. Сначала исправьте их.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="66"/>
        <source>Nothing would print as boxes; some certificates will lack the painting&apos;s thumbnail.</source>
        <translation>Пустых квадратов не будет; на некоторых сертификатах не окажется миниатюры работы.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="69"/>
        <source>Generate anyway?</source>
        <translation>Всё равно создать?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="71"/>
        <source>Generate anyway</source>
        <translation>Всё равно создать</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Characters</source>
        <translation>Символы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="76"/>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="104"/>
        <source>Privacy</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="105"/>
        <source>Retention of personal data</source>
        <translation>Хранение персональных данных</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="106"/>
        <source>Keep non-winners&apos; data for (days):</source>
        <translation>Хранить данные не получивших наград (дней):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="107"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="108"/>
        <source>Remove non-winners&apos; personal data</source>
        <translation>Удаление персональных данных не получивших наград</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="109"/>
        <source>Preview (changes nothing)</source>
        <translation>Предпросмотр (без изменений)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="110"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="111"/>
        <source>Everything held about one student</source>
        <translation>Все данные об одном учащемся</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="112"/>
        <source>Name of the student</source>
        <translation>Имя учащегося</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="113"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="134"/>
        <source>Not set yet</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="135"/>
        <source>Saved: {days} days</source>
        <translation>Сохранено: {days} дн.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="168"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove the names, birth dates and schools of {students} students and the images of {works} works for good? Counts, titles and scores stay.</source>
        <translation>Безвозвратно удалить имена, даты рождения и школы учащихся ({students}) и изображения работ ({works})? Количества, названия и оценки сохранятся.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="185"/>
        <source>Removed: {students} students&apos; personal data, {files} image files.</source>
        <translation>Удалено: персональные данные учащихся — {students}, файлов изображений — {files}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="190"/>
        <source>Removing personal data…</source>
        <translation>Удаление персональных данных…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="195"/>
        <source>Choose a contest first.</source>
        <translation>Сначала выберите конкурс.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="197"/>
        <source>Students none of whose works won an award lose their names, birth dates and schools, and their works&apos; images are deleted, once the contest&apos;s deadline is older than the retention period. Preview first.</source>
        <translation>Когда со срока подачи работ пройдёт срок хранения, у учащихся, ни одна работа которых не получила награды, удаляются имена, даты рождения и школы, а также изображения работ. Сначала посмотрите предпросмотр.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="202"/>
        <source>{students} students and the images of {works} works ({files} files) would be removed; {kept} students with an award are kept, {done} were removed before.</source>
        <translation>Будут удалены данные учащихся: {students}, изображения работ: {works} (файлов: {files}). Учащихся с наградами сохранится: {kept}; удалено ранее: {done}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="237"/>
        <source>Folder for the export</source>
        <translation>Папка для экспорта</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Export written</source>
        <translation>Экспорт выполнен</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Everything held about the student is in {folder}. It holds personal data: hand it over securely.</source>
        <translation>Все данные об учащемся сохранены в папке {folder}. Они содержат персональные данные: передавайте их защищённым способом.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="253"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
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
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="183"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>Оценивание — {juror}, {round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="186"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name} ({low:g}–{high:g}):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flag for discussion (F)</source>
        <translation>Отметить для обсуждения (F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourite (S)</source>
        <translation>Избранное (S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="191"/>
        <source>I cannot judge this work</source>
        <translation>Не могу оценить эту работу</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="192"/>
        <source>Pass line:</source>
        <translation>Проходной балл:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="193"/>
        <source>Export results for the secretariat…</source>
        <translation>Экспорт результатов для секретариата…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="195"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>Клавиши: 1–9 и 0 (=10) — оценка по выделенному критерию; ↑↓ — выбор критерия; Enter или → — следующая работа, ← — предыдущая; C — сравнить; F — отметить; S — избранное; Backspace — очистить; +/− — масштаб.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="202"/>
        <source>All my works</source>
        <translation>Все мои работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="203"/>
        <source>Not scored yet</source>
        <translation>Ещё не оценены</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="204"/>
        <source>Flagged</source>
        <translation>Отмеченные</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="205"/>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="272"/>
        <source>Work {n} of {total}</source>
        <translation>Работа {n} из {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="275"/>
        <source>No works in this view.</source>
        <translation>В этом списке нет работ.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="336"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g} — вне шкалы {low:g}–{high:g}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="384"/>
        <source>Weighted score: {score}</source>
        <translation>Взвешенный балл: {score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="392"/>
        <source>{done} of {total} scored</source>
        <translation>Оценено: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="401"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>Из {scored} оценённых работ на проходном балле или выше: {passed} ({share:.0f}%).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="444"/>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="445"/>
        <source>Juror results (*.nearresults)</source>
        <translation>Результаты жюри (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="454"/>
        <source>Results written to {file}</source>
        <translation>Результаты записаны в файл {file}</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="106"/>
        <source>Tour</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="107"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="108"/>
        <source>From:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="109"/>
        <source>Until:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="110"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>TourWorksView</name>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="37"/>
        <source>Selected</source>
        <translation>Отобрана</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="38"/>
        <source>Packed</source>
        <translation>Упакована</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="39"/>
        <source>Shipped</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="40"/>
        <source>On show</source>
        <translation>В экспозиции</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="41"/>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Condition</source>
        <translation>Сохранность</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Venues</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="137"/>
        <source>No publication consent for every author: the catalogue leaves the names off, or the work out.</source>
        <translation>Не все авторы дали согласие на публикацию: в каталоге не будет имён или самой работы.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="154"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>From:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>Until:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="159"/>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="161"/>
        <source>Wall labels and work lists for this venue print in its language and in English.</source>
        <translation>Этикетки и списки работ для этой площадки печатаются на её языке и на английском.</translation>
    </message>
</context>
<context>
    <name>VenueWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="206"/>
        <source>Works at {venue}</source>
        <translation>Работы на площадке «{venue}»</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="208"/>
        <source>Tick the works shown at this venue.</source>
        <translation>Отметьте работы, которые показываются на этой площадке.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="209"/>
        <source>All</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="210"/>
        <source>None</source>
        <translation>Снять все</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Works</source>
        <translation>Работы</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="93"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="96"/>
        <source>Add venue…</source>
        <translation>Добавить площадку…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="97"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="98"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="99"/>
        <source>Works shown…</source>
        <translation>Работы на площадке…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="100"/>
        <source>Wall labels…</source>
        <translation>Этикетки…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="101"/>
        <source>Files for this venue…</source>
        <translation>Файлы для площадки…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="102"/>
        <source>No venues yet. A venue shows the tour&apos;s works for a time; its labels print in its language.</source>
        <translation>Площадок пока нет. Площадка показывает работы выставки в течение какого-то времени; этикетки печатаются на её языке.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete venue</source>
        <translation>Удаление площадки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete the venue &quot;{name}&quot;? Its works stay in the tour.</source>
        <translation>Удалить площадку «{name}»? Её работы останутся в выставке.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="192"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="198"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>Wall labels</source>
        <translation>Этикетки</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="193"/>
        <source>Card size in millimetres (width x height):</source>
        <translation>Размер этикетки в мм (ширина x высота):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>{labels} labels on {sheets} sheets: {path}</source>
        <translation>Этикеток: {labels}, листов: {sheets}. Файл: {path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="209"/>
        <source>Making the wall labels…</source>
        <translation>Создание этикеток…</translation>
    </message>
</context>
</TS>
