<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="30"/>
        <source>About {name}</source>
        <translation>{name} 정보</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="31"/>
        <source>Runs the NEAR Youth Painting Contest: the regions&apos; batches, the blind jury, the awards, the certificates and the touring exhibitions.</source>
        <translation>NEAR 청소년 회화 공모전 운영 프로그램: 지역별 출품작 일괄 접수, 블라인드 심사, 시상, 상장 발급, 순회 전시.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="35"/>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="36"/>
        <source>Database: {url}</source>
        <translation>데이터베이스: {url}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/about_dialog.py" line="37"/>
        <source>Images: {folder}</source>
        <translation>이미지: {folder}</translation>
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
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="43"/>
        <source>Awards</source>
        <translation>시상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="46"/>
        <source>Quota</source>
        <translation>정원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="47"/>
        <source>Awarded</source>
        <translation>수상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="50"/>
        <source>Code</source>
        <translation>익명 코드</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="51"/>
        <source>Title</source>
        <translation>작품명</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="52"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="53"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="56"/>
        <source>Award tiers</source>
        <translation>시상 등급</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="57"/>
        <source>Awarded works</source>
        <translation>수상작</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="58"/>
        <source>No awards yet. They are proposed from the jury&apos;s scores once a round is complete.</source>
        <translation>아직 시상 내역이 없습니다. 심사 단계가 끝나면 심사위원 점수를 바탕으로 수상작이 제안됩니다.</translation>
    </message>
</context>
<context>
    <name>BatchReportsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="34"/>
        <source>Files for the regions</source>
        <translation>지역 배포 파일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="49"/>
        <source>Problem report of a batch</source>
        <translation>출품 자료 문제 보고서</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="54"/>
        <source>Save report…</source>
        <translation>보고서 저장…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="58"/>
        <source>Batch:</source>
        <translation>출품 자료:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="59"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="73"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="64"/>
        <source>Blank entry template</source>
        <translation>빈 출품 양식</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="69"/>
        <source>Save template…</source>
        <translation>양식 저장…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="72"/>
        <source>Region:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="78"/>
        <source>Reports and templates are written in the region&apos;s language unless you choose another.</source>
        <translation>다른 언어를 선택하지 않으면 보고서와 양식은 해당 지역의 언어로 작성됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="116"/>
        <source>Save the problem report</source>
        <translation>문제 보고서 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="117"/>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="133"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 파일 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/batch_reports_dialog.py" line="132"/>
        <source>Save the entry template</source>
        <translation>출품 양식 저장</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="28"/>
        <source>Certificates</source>
        <translation>상장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="31"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="32"/>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="33"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Issued</source>
        <translation>발급일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="34"/>
        <source>Reissue</source>
        <translation>재발급</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="37"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>아직 발급된 상장이 없습니다. 수상 상장은 최종 결과에 따라 발급되며, 그 밖의 모든 적격 학생에게는 참가증서가 발급됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="47"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
</context>
<context>
    <name>ContestSettingsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="130"/>
        <source>New contest</source>
        <translation>새 공모전</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="132"/>
        <source>Contest settings</source>
        <translation>공모전 설정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="134"/>
        <source>Edition:</source>
        <translation>회차:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="135"/>
        <source>Year:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="136"/>
        <source>Submission deadline:</source>
        <translation>접수 마감일:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="137"/>
        <source>Ages counted on:</source>
        <translation>나이 기준일:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="138"/>
        <source>Youngest age:</source>
        <translation>최저 연령:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="139"/>
        <source>Oldest age:</source>
        <translation>최고 연령:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="140"/>
        <source>Reason for the change:</source>
        <translation>변경 사유:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="145"/>
        <source>Count ages on the submission deadline</source>
        <translation>접수 마감일 기준으로 나이 계산</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="147"/>
        <source>Kept in the audit log (optional)</source>
        <translation>변경 이력에 기록됩니다(선택 사항)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="148"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="149"/>
        <source>Title and theme</source>
        <translation>제목 및 주제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="150"/>
        <source>Award tiers</source>
        <translation>시상 등급</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="151"/>
        <source>Criteria</source>
        <translation>심사 기준</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="152"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="153"/>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="155"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="158"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="156"/>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="159"/>
        <source>Name</source>
        <translation>명칭</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="157"/>
        <source>Quota</source>
        <translation>정원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="160"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="161"/>
        <source>Lowest score</source>
        <translation>최저 점수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/contest_settings_dialog.py" line="162"/>
        <source>Highest score</source>
        <translation>최고 점수</translation>
    </message>
</context>
<context>
    <name>EditTable</name>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="39"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="40"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="41"/>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/edit_table.py" line="42"/>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="148"/>
        <source>Entries</source>
        <translation>출품작</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>Code</source>
        <translation>익명 코드</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="46"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Title</source>
        <translation>작품명</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Problems</source>
        <translation>문제점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="151"/>
        <source>Search names, titles, codes…</source>
        <translation>이름, 작품명, 코드 검색…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Country / region</source>
        <translation>국가 / 지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="29"/>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Eligible</source>
        <translation>적격</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="64"/>
        <source>Works per country</source>
        <translation>국가별 작품 수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="68"/>
        <source>Works per region: {country}</source>
        <translation>지역별 작품 수: {country}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="155"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="156"/>
        <source>Thumbnails</source>
        <translation>썸네일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="159"/>
        <source>Import batch…</source>
        <translation>출품 자료 가져오기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="160"/>
        <source>Reports…</source>
        <translation>보고서…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="161"/>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="162"/>
        <source>Counts</source>
        <translation>집계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="163"/>
        <source>No works in this contest yet. Import each region&apos;s batch with “Import batch…”; to try the app, run “contest-app demo”.</source>
        <translation>이 공모전에는 아직 출품작이 없습니다. 각 지역의 출품 자료는 “출품 자료 가져오기…”로 가져오세요. 앱을 체험해 보려면 “contest-app demo”를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="199"/>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="201"/>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="204"/>
        <source>Any problems or none</source>
        <translation>문제 유무 전체</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="205"/>
        <source>With problems</source>
        <translation>문제 있음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="206"/>
        <source>Without problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="218"/>
        <source>All regions</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="48"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/entries_page.py" line="234"/>
        <source>{shown} of {total} works shown</source>
        <translation>전체 {total}점 중 {shown}점 표시</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="65"/>
        <source>Student (sheet row {row})</source>
        <translation>학생(시트 {row}행)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="66"/>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="67"/>
        <source>Latin script:</source>
        <translation>로마자 표기:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Born:</source>
        <translation>생년월일:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="68"/>
        <source>Grade:</source>
        <translation>학년:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="69"/>
        <source>School:</source>
        <translation>학교:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="73"/>
        <source>Suggested by the app; saving confirms it.</source>
        <translation>앱이 제안한 값입니다. 저장하면 확정됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="77"/>
        <source>Guardian&apos;s consent to take part</source>
        <translation>보호자 참가 동의</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="78"/>
        <source>Consent to publish name and image</source>
        <translation>이름·이미지 공개 동의</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title:</source>
        <translation>작품명:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="170"/>
        <source>Title (English):</source>
        <translation>작품명(영문):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Medium:</source>
        <translation>재료:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="171"/>
        <source>Width (cm):</source>
        <translation>가로(cm):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Height (cm):</source>
        <translation>세로(cm):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="172"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="173"/>
        <source>Why:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="177"/>
        <source>Reason for this status (needed to disqualify)</source>
        <translation>상태 사유(실격 처리 시 필수)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="178"/>
        <source>Problems</source>
        <translation>문제점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="180"/>
        <source>Reason for the change (kept in the audit log)</source>
        <translation>변경 사유(변경 이력에 기록됨)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="181"/>
        <source>Save changes</source>
        <translation>변경 내용 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="182"/>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="183"/>
        <source>Choose a work to see it here.</source>
        <translation>작품을 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/entry_detail.py" line="222"/>
        <source>{file}: {format}, {width}×{height} px</source>
        <translation>{file}: {format}, {width}×{height}픽셀</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../contest_app/gui/errors.py" line="22"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>편집하는 동안 다른 사용자가 이 항목을 저장했습니다. 다시 불러온 뒤 변경 내용을 다시 적용하세요. 덮어쓴 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="25"/>
        <source>The database could not be reached or refused the change. Check the connection and try again; nothing was saved.</source>
        <translation>데이터베이스에 연결할 수 없거나 변경이 거부되었습니다. 연결을 확인한 뒤 다시 시도하세요. 저장된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="28"/>
        <source>A file could not be read or written: {detail}</source>
        <translation>파일을 읽거나 쓸 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="31"/>
        <source>Something unexpected went wrong ({kind}). Nothing was saved. The details are in the log file.</source>
        <translation>예기치 않은 오류가 발생했습니다({kind}). 저장된 내용은 없습니다. 자세한 내용은 로그 파일을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/errors.py" line="36"/>
        <source>Cannot do that</source>
        <translation>이 작업을 할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ExhibitionsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="29"/>
        <source>Exhibitions</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>Tour</source>
        <translation>순회전</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="32"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="33"/>
        <source>Venues</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="34"/>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="37"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>아직 순회 전시가 없습니다. 순회 전시는 지난 회차의 수상작을 한 곳 이상의 장소에서 선보입니다.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="18"/>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="19"/>
        <source>This database holds no contest yet.</source>
        <translation>이 데이터베이스에는 아직 공모전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="20"/>
        <source>Create the first edition now, or open a demo contest shaped like the 12th edition (2024) to explore the app. The demo lives in a database of its own.</source>
        <translation>지금 첫 회차 공모전을 만들거나, 제12회(2024년)를 본뜬 데모 공모전을 열어 앱을 살펴보세요. 데모는 별도의 데이터베이스에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="23"/>
        <source>Create a contest…</source>
        <translation>공모전 만들기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="25"/>
        <source>Open the demo</source>
        <translation>데모 열기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="26"/>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/first_run_dialog.py" line="57"/>
        <source>Building the demo contest…</source>
        <translation>데모 공모전을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="100"/>
        <source>Import a region&apos;s batch</source>
        <translation>지역 출품 자료 가져오기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="102"/>
        <source>Batch (folder or .zip):</source>
        <translation>출품 자료(폴더 또는 .zip):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Region:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Sheet encoding:</source>
        <translation>시트 인코딩:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="106"/>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Zip file…</source>
        <translation>ZIP 파일…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Read and check the batch</source>
        <translation>출품 자료 읽기 및 검사</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Save problem report…</source>
        <translation>문제 보고서 저장…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="114"/>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="143"/>
        <source>Choose the batch folder</source>
        <translation>출품 자료 폴더 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="149"/>
        <source>Choose the batch .zip</source>
        <translation>출품 자료 .zip 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP 파일 (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="172"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>존재하는 출품 자료 폴더나 .zip 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="176"/>
        <source>Choose the region that sent it.</source>
        <translation>자료를 보낸 지역을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="193"/>
        <source>Reading the batch and its images…</source>
        <translation>출품 자료와 이미지를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="199"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>“가져오기”를 누르기 전에는 아무것도 저장되지 않습니다. “취소”하면 데이터베이스는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="203"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>작품 {works}점(신규 {new}, 수정 {updated}, 변경 없음 {unchanged}, 거부 {refused}), 학생 {students}명; 오류 {errors}건, 경고 {warnings}건. 시트 인코딩: {encoding}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="212"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>이 상태로는 출품 자료를 가져올 수 없습니다. 행 번호가 없는 문제를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="231"/>
        <source>Writing the batch…</source>
        <translation>출품 자료를 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="239"/>
        <source>Save the problem report</source>
        <translation>문제 보고서 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="240"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 파일 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="29"/>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="30"/>
        <source>update</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="31"/>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="32"/>
        <source>refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="73"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Action</source>
        <translation>처리</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="74"/>
        <source>Title</source>
        <translation>작품명</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="91"/>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="75"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="92"/>
        <source>Problems</source>
        <translation>문제점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="76"/>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="79"/>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="80"/>
        <source>Latin script</source>
        <translation>로마자 표기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Born</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="81"/>
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="82"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="85"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="86"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="87"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="90"/>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="93"/>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="95"/>
        <source>Column in the sheet</source>
        <translation>시트의 열</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="96"/>
        <source>Read as</source>
        <translation>읽을 항목</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="97"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>앱이 인식하지 못한 열은 메모로 보관됩니다. 열에 담긴 항목을 선택하면 그 항목으로 읽으며, 이어서 출품 자료를 다시 읽습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="113"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>(suggested)</source>
        <translation>(제안)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="135"/>
        <source>Errors and warnings</source>
        <translation>오류 및 경고</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="137"/>
        <source>Every problem</source>
        <translation>모든 문제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="177"/>
        <source>Keep as a note</source>
        <translation>메모로 보관</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="44"/>
        <source>Jury</source>
        <translation>심사</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="47"/>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="48"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Conflicts</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="49"/>
        <source>Scores given</source>
        <translation>채점 수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Round</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="52"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="53"/>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Assignments</source>
        <translation>배정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="54"/>
        <source>Scores</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="57"/>
        <source>Jurors</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="58"/>
        <source>Rounds</source>
        <translation>심사 단계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="59"/>
        <source>No jurors yet. Jurors are added once the works have been checked.</source>
        <translation>아직 심사위원이 없습니다. 작품 검토가 끝나면 심사위원을 추가합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="61"/>
        <source>No rounds yet. A preliminary round over all eligible works comes first.</source>
        <translation>아직 심사 단계가 없습니다. 먼저 모든 적격 작품을 대상으로 예심을 진행합니다.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../contest_app/gui/labels.py" line="8"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="9"/>
        <source>Associate member</source>
        <translation>준회원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="10"/>
        <source>Special member</source>
        <translation>특별회원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="11"/>
        <source>Observer</source>
        <translation>옵서버</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="12"/>
        <source>Non-member</source>
        <translation>비회원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="13"/>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="14"/>
        <source>Eligible</source>
        <translation>적격</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="15"/>
        <source>Disqualified</source>
        <translation>실격</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="16"/>
        <source>Preliminary round</source>
        <translation>예심</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="17"/>
        <source>Final round</source>
        <translation>본심</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="18"/>
        <source>Boundary round</source>
        <translation>추가 심사</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="19"/>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="21"/>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <source>Provisional</source>
        <translation>잠정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <source>Withdrawn</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="24"/>
        <source>Award certificate</source>
        <translation>상장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="25"/>
        <source>Participation certificate</source>
        <translation>참가증서</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="26"/>
        <source>Thank-you letter</source>
        <translation>감사장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="27"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="28"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="131"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR 청소년 회화 공모전</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="132"/>
        <source>Contest:</source>
        <translation>공모전:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="136"/>
        <source>&amp;New contest…</source>
        <translation>새 공모전(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="137"/>
        <source>Contest &amp;settings…</source>
        <translation>공모전 설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="138"/>
        <source>&amp;Regions…</source>
        <translation>지역(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="139"/>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="143"/>
        <source>&amp;About…</source>
        <translation>정보(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="175"/>
        <source>No contest yet</source>
        <translation>공모전 없음</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../contest_app/messages.py" line="20"/>
        <source>Not found.</source>
        <translation>찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="21"/>
        <source>There is no contest with id {id}.</source>
        <translation>ID가 {id}인 공모전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="22"/>
        <source>There is no region with code {code}.</source>
        <translation>코드가 {code}인 지역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="23"/>
        <source>There is no country with code {code}.</source>
        <translation>코드가 {code}인 국가가 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="24"/>
        <source>Edition {edition} exists already. Choose another edition number.</source>
        <translation>제{edition}회 공모전이 이미 있습니다. 다른 회차 번호를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="26"/>
        <source>The edition number must be 1 or more.</source>
        <translation>회차 번호는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="27"/>
        <source>The year {value} is not a plausible year.</source>
        <translation>{value}년은 올바른 연도가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="28"/>
        <source>The age range {min_age}-{max_age} is not valid: the minimum must not exceed the maximum.</source>
        <translation>연령 범위({min_age}-{max_age})가 올바르지 않습니다. 최저 연령은 최고 연령보다 클 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="31"/>
        <source>A quota cannot be negative.</source>
        <translation>정원은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="32"/>
        <source>Each award tier must appear once, and there must be at least one.</source>
        <translation>각 시상 등급은 한 번씩만 지정해야 하며, 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="34"/>
        <source>Cannot read the tier &quot;{value}&quot;: write tiers as key=quota, for example grand=1,excellence=10.</source>
        <translation>등급 “{value}”을(를) 읽을 수 없습니다. 키=정원 형식으로 입력하세요(예: grand=1,excellence=10).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="37"/>
        <source>The criterion &quot;{key}&quot; needs a positive weight and a scale whose minimum is below its maximum.</source>
        <translation>심사 기준 “{key}”에는 양수 가중치와, 최저 점수가 최고 점수보다 낮은 척도가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="40"/>
        <source>Cannot read &quot;{value}&quot;: write LANG=TEXT with LANG one of en, ko, zh, ja, ru, mn.</source>
        <translation>“{value}”을(를) 읽을 수 없습니다. LANG=TEXT 형식으로 입력하세요. LANG은 en, ko, zh, ja, ru, mn 중 하나입니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="43"/>
        <source>Cannot read the date &quot;{value}&quot;: write it as YYYY-MM-DD.</source>
        <translation>날짜 “{value}”을(를) 읽을 수 없습니다. YYYY-MM-DD 형식으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="45"/>
        <source>The region code &quot;{code}&quot; is not valid: use the country code, a hyphen and letters or digits, for example KR-47 or KR-POHANG.</source>
        <translation>지역 코드 “{code}”이(가) 올바르지 않습니다. 국가 코드, 하이픈, 영문자 또는 숫자 순으로 입력하세요(예: KR-47, KR-POHANG).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="48"/>
        <source>The region code &quot;{code}&quot; must start with its country code {country}.</source>
        <translation>지역 코드 “{code}”은(는) 해당 국가 코드 {country}(으)로 시작해야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="50"/>
        <source>Another region already has the code {code}.</source>
        <translation>코드 {code}은(는) 이미 다른 지역에서 사용 중입니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="52"/>
        <source>The region needs an English name.</source>
        <translation>지역의 영문 이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="53"/>
        <source>&quot;{membership}&quot; is not a membership kind.</source>
        <translation>“{membership}”은(는) 올바른 회원 유형이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="55"/>
        <source>Someone else saved this record while you were editing it. Reload it and make your change again; nothing was overwritten.</source>
        <translation>편집하는 동안 다른 사용자가 이 항목을 저장했습니다. 다시 불러온 뒤 변경 내용을 다시 적용하세요. 덮어쓴 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="58"/>
        <source>The work {id} no longer exists.</source>
        <translation>작품 {id}이(가) 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="59"/>
        <source>The student {id} no longer exists.</source>
        <translation>학생 {id}이(가) 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="60"/>
        <source>&quot;{field}&quot; cannot be edited here.</source>
        <translation>“{field}”은(는) 여기에서 수정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="61"/>
        <source>&quot;{value}&quot; is not a status of a work.</source>
        <translation>“{value}”은(는) 올바른 작품 상태가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="62"/>
        <source>Give a reason: it is kept in the audit log and can be sent to the region.</source>
        <translation>사유를 입력하세요. 사유는 변경 이력에 기록되며 해당 지역에 전달될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="64"/>
        <source>This database was written by a newer version of the app (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 앱으로 작성되었습니다(스키마 {revision}). 열려면 새 버전을 설치하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="67"/>
        <source>This database was not made by this app (it holds tables such as {tables}). Choose another database; nothing was changed.</source>
        <translation>이 데이터베이스는 이 앱으로 만든 것이 아닙니다({tables} 등의 테이블이 있음). 다른 데이터베이스를 선택하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="70"/>
        <source>This database needs an upgrade to the current schema.</source>
        <translation>이 데이터베이스를 현재 스키마로 업그레이드해야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="72"/>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>데이터베이스 {url}을(를) 열 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="75"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} 칸이 비어 있지만 필수 항목입니다. 내용을 입력한 뒤 시트를 다시 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="78"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>학생의 나이는 {reference_date} 기준 {age}세이며, 공모전 참가 연령은 {min}~{max}세입니다. 생년월일을 확인하세요. 생년월일이 맞다면 이 작품은 참가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="81"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>{name} 학생의 보호자 동의가 기록되어 있지 않습니다. 작품은 보관되지만 동의가 확인될 때까지 심사할 수 없습니다. 동의를 요청하고 “예”로 표시하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="84"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>“{value}”은(는) 예/아니요로 판단할 수 없습니다. 보호자가 동의했으면 “예”, 아니면 “아니요”로 적으세요. 그 전까지는 동의가 없는 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="87"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>이미지 파일 “{value}”이(가) 출품 자료에 없습니다. 파일을 추가하거나 시트의 파일 이름을 고치세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="90"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>이미지 “{value}”을(를) 열 수 없습니다. 파일이 손상되었거나 일부가 잘렸거나 JPEG, PNG, TIFF, WebP, HEIC 파일이 아닙니다. 파일을 다시 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="93"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>이미지 “{value}”이(가) 너무 커서 안전하게 열 수 없습니다. 100메가픽셀 이하의 작품 사진 또는 스캔 파일을 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="96"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>작품 {entry_no}의 행 내용이 서로 다릅니다. 이 행의 {column}은(는) “{value}”이고, {first_row}행은 “{first_value}”입니다. 한 작품의 모든 행에 같은 제목과 이미지를 적으세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>이 학생은 이미 {first_row}행에 이 작품으로 등록되어 있습니다. 중복된 행은 제외했으니 시트에서 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>이미지 “{value}”은(는) 작품 {other_entry_no}({other_region}, 제{other_edition}회)와 같은 파일입니다. 작품마다 별도의 이미지가 필요하며, 이전 회차에 출품된 작품은 다시 출품할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>이미지 “{value}”이(가) 작품 {other_entry_no}({other_region}, 제{other_edition}회)의 이미지와 매우 비슷합니다. 서로 다른 작품인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>“{value}”은(는) 센티미터 단위의 크기가 아닙니다. 54.5와 같이 숫자로 적으세요. 크기는 비워 두었습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="113"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>{name}의 로마자 표기가 없어 “{value}”을(를) 제안했습니다. 확인하고 필요하면 고치세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="116"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>“{value}”은(는) 이 공모전의 시상 등급이 아닙니다. 시상 등급 이름 중 하나를 적거나 칸을 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="119"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>작품 {value}은(는) 데이터베이스에는 있지만 이번 출품 자료에는 없습니다. 작품은 그대로 두었으니, 지역에서 출품을 취소했다면 직접 철회하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="122"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>시트에 {column} 열이 없습니다. 열을 추가하거나, 어느 열에 해당 내용이 있는지 지정하세요(--map HEADER={column}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="125"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>“{value}” 열은 앱에서 인식하지 못하는 열입니다. 해당 값은 작품별로 그대로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="128"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>시트 전체에 관한 문제를 해결하기 전에는 이 출품 자료를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="131"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>이 가져오기는 이미 완료되었거나 취소되었습니다. 출품 자료를 다시 검사하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="133"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>출품 자료를 검사한 뒤 이 지역의 작품이 변경되었습니다. 자료를 다시 검사한 후 가져오세요.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="23"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/progress.py" line="24"/>
        <source>Working</source>
        <translation>처리 중</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="95"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Name</source>
        <translation>명칭</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="96"/>
        <source>Membership</source>
        <translation>회원 유형</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="97"/>
        <source>Active</source>
        <translation>참여</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="100"/>
        <source>Regions</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="101"/>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="102"/>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>국가:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="104"/>
        <source>Membership:</source>
        <translation>회원 유형:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="105"/>
        <source>e.g. KR-47, or KR-POHANG</source>
        <translation>예: KR-47 또는 KR-POHANG</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="106"/>
        <source>Takes part (shown in lists)</source>
        <translation>참여(목록에 표시)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="107"/>
        <source>Reason (kept in the audit log)</source>
        <translation>사유(변경 이력에 기록됨)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="108"/>
        <source>New region</source>
        <translation>새 지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="109"/>
        <source>Save region</source>
        <translation>지역 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/regions_dialog.py" line="136"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
</context>
<context>
    <name>ScoringWindow</name>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="170"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>채점 — {juror}, {round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="173"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name}({low:g}–{high:g}):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="175"/>
        <source>Comment (optional)</source>
        <translation>의견(선택 사항)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="176"/>
        <source>Flag for discussion (F)</source>
        <translation>논의 대상으로 표시(F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="177"/>
        <source>Favourite (S)</source>
        <translation>관심작(S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="178"/>
        <source>I cannot judge this work</source>
        <translation>이 작품은 심사할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="179"/>
        <source>Pass line:</source>
        <translation>합격선:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="180"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>키: 1–9, 0(=10) 선택한 기준 채점, ↑↓ 기준 선택, Enter 또는 → 다음 작품, ← 이전 작품, C 비교, F 논의 표시, S 관심작, Backspace 지우기, +/− 확대·축소.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="187"/>
        <source>All my works</source>
        <translation>내 담당 작품 전체</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Not scored yet</source>
        <translation>미채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flagged</source>
        <translation>논의 표시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourites</source>
        <translation>관심작</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="257"/>
        <source>Work {n} of {total}</source>
        <translation>작품 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="260"/>
        <source>No works in this view.</source>
        <translation>이 보기에는 작품이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="321"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g}은(는) 척도 {low:g}–{high:g}의 범위를 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="369"/>
        <source>Weighted score: {score}</source>
        <translation>가중 점수: {score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="377"/>
        <source>{done} of {total} scored</source>
        <translation>{total}점 중 {done}점 채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="386"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>채점한 작품 {scored}점 중 {passed}점({share:.0f}%)이 합격선 이상입니다.</translation>
    </message>
</context>
</TS>
