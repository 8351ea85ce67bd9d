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
    <name>AddWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="95"/>
        <source>Every edition</source>
        <translation>모든 회차</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="97"/>
        <source>Every award</source>
        <translation>모든 상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="99"/>
        <source>Every country</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="101"/>
        <source>Every region</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="118"/>
        <source>Add awarded works</source>
        <translation>수상작 추가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="119"/>
        <source>Title, name or region</source>
        <translation>작품명, 이름 또는 지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="120"/>
        <source>Tick all shown</source>
        <translation>표시된 작품 모두 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="121"/>
        <source>Untick all</source>
        <translation>모두 선택 해제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Work</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="124"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Award</source>
        <translation>상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="125"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="126"/>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/add_works_dialog.py" line="178"/>
        <source>{shown} works shown, {ticked} ticked</source>
        <translation>작품 {shown}점 표시, {ticked}점 선택</translation>
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
    <name>AwardDecisionDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="91"/>
        <source>Change the tier of {code}</source>
        <translation>{code} 등급 변경</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="93"/>
        <source>The committee&apos;s decision overrides the ranking. The reason is kept in the audit log with your name and the time.</source>
        <translation>위원회의 결정은 순위보다 우선합니다. 사유는 처리자 이름, 시각과 함께 변경 이력에 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="96"/>
        <source>New tier:</source>
        <translation>새 등급:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="97"/>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="130"/>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="98"/>
        <source>No award</source>
        <translation>수상 없음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="132"/>
        <source>Disqualify {code}</source>
        <translation>{code} 실격 처리</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="134"/>
        <source>Work {code} will be disqualified. If it holds an award, the award is withdrawn and the next works move up one place in every tier below, so that each tier keeps its quota.</source>
        <translation>작품 {code}을(를) 실격 처리합니다. 수상작인 경우 상이 취소되고, 그 아래 모든 등급에서 다음 작품이 한 자리씩 올라가 각 등급의 정원이 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="139"/>
        <source>Finalise the results</source>
        <translation>결과 확정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="140"/>
        <source>The results become final and are locked: any later change needs an unlock with a reason.</source>
        <translation>결과가 확정되고 잠깁니다. 이후에 변경하려면 사유를 적고 잠금을 해제해야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="142"/>
        <source>Some tiers do not hold their quota: say why.</source>
        <translation>정원을 채우지 못한 등급이 있습니다. 사유를 적으세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="146"/>
        <source>Unlock the final results</source>
        <translation>최종 결과 잠금 해제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/award_decision_dialog.py" line="147"/>
        <source>The results become provisional again and can be changed. The reason is kept in the audit log.</source>
        <translation>결과가 다시 잠정 상태가 되어 변경할 수 있습니다. 사유는 변경 이력에 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="144"/>
        <source>Awards</source>
        <translation>시상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="147"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Code</source>
        <translation>익명 코드</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="148"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <source>Title</source>
        <translation>작품명</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="149"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="152"/>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="212"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="150"/>
        <source>Jurors</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="151"/>
        <source>Abstained</source>
        <translation>기권</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Tier line</source>
        <translation>등급 경계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="152"/>
        <source>Moved by</source>
        <translation>이동 사유</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="156"/>
        <source>Combine scores by:</source>
        <translation>점수 집계 방식:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="159"/>
        <source>At most per country:</source>
        <translation>국가별 최대:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="160"/>
        <source>e.g. grand=1, excellence=3</source>
        <translation>예: grand=1, excellence=3</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="161"/>
        <source>At least one finalist per region</source>
        <translation>지역마다 입상작 1점 이상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="162"/>
        <source>Propose awards</source>
        <translation>수상작 제안</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="163"/>
        <source>Change tier…</source>
        <translation>등급 변경…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="164"/>
        <source>Disqualify…</source>
        <translation>실격 처리…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="165"/>
        <source>Approve as provisional</source>
        <translation>잠정 승인</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="166"/>
        <source>Finalise and lock…</source>
        <translation>확정 및 잠금…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="167"/>
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="168"/>
        <source>Results (.xlsx)…</source>
        <translation>결과(.xlsx)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="169"/>
        <source>Report (PDF)…</source>
        <translation>보고서(PDF)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="170"/>
        <source>Lists per region (.xlsx)…</source>
        <translation>지역별 명단(.xlsx)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="171"/>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="172"/>
        <source>Jury statistics</source>
        <translation>심사 통계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="173"/>
        <source>Tier lines and constraints</source>
        <translation>등급 경계 및 제약 조건</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="174"/>
        <source>Method sensitivity</source>
        <translation>집계 방식별 차이</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="175"/>
        <source>Decisions</source>
        <translation>결정 내역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="211"/>
        <source>Open a contest to see its results.</source>
        <translation>결과를 보려면 공모전을 여세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="228"/>
        <source>Ranked by {method}, the method of the saved proposal.</source>
        <translation>저장된 제안의 집계 방식({method})으로 순위를 매겼습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="231"/>
        <source>Preview ranked by {method}: nothing is saved until you propose the awards.</source>
        <translation>{method} 방식으로 순위를 매긴 미리 보기입니다. 수상작을 제안하기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="236"/>
        <source>No scores yet: the ranking appears once jurors have scored works.</source>
        <translation>아직 점수가 없습니다. 심사위원이 작품을 채점하면 순위가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="336"/>
        <source>Open a boundary round over {count} works at the {tier} line? Assign its jurors on the Jury page; once it is closed its scores order these works.</source>
        <translation>{tier} 경계에 있는 작품 {count}점으로 추가 심사를 여시겠습니까? 심사위원은 심사 페이지에서 배정하세요. 추가 심사를 마감하면 그 점수로 이 작품들의 순서가 정해집니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="340"/>
        <source>Boundary round</source>
        <translation>추가 심사</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="345"/>
        <source>Works too close to call at the {tier} line</source>
        <translation>{tier} 경계에서 우열을 가리기 어려운 작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="364"/>
        <source>The committee has decided on {count} awards. A new proposal replaces those decisions (the audit log keeps them). Continue?</source>
        <translation>위원회가 이미 {count}건의 시상을 결정했습니다. 새로 제안하면 이 결정이 대체됩니다(변경 이력에는 남습니다). 계속하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="368"/>
        <source>Replace decisions?</source>
        <translation>결정을 대체하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="379"/>
        <source>Proposing the awards…</source>
        <translation>수상작을 제안하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_page.py" line="153"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="41"/>
        <source>Saved {path}</source>
        <translation>저장됨: {path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="43"/>
        <source>Writing {name}…</source>
        <translation>{name} 저장 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="49"/>
        <source>Save the ranked results</source>
        <translation>순위 결과 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="51"/>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="67"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="57"/>
        <source>Save the results report</source>
        <translation>결과 보고서 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="59"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_documents.py" line="65"/>
        <source>Save the award lists per region</source>
        <translation>지역별 수상 명단 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="25"/>
        <source>Mean (raw)</source>
        <translation>평균(원점수)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="26"/>
        <source>Trimmed mean</source>
        <translation>절사 평균</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="27"/>
        <source>Z-scores per juror</source>
        <translation>심사위원별 Z점수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="28"/>
        <source>Ranks per juror</source>
        <translation>심사위원별 순위</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="31"/>
        <source>Country limit</source>
        <translation>국가별 상한</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="32"/>
        <source>Pushed down</source>
        <translation>하향</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="33"/>
        <source>Moved up</source>
        <translation>상향</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="34"/>
        <source>Region&apos;s place</source>
        <translation>지역 몫</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="35"/>
        <source>Made room for a region</source>
        <translation>지역 몫에 양보</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="38"/>
        <source>Preview: nothing saved yet</source>
        <translation>미리 보기: 아직 저장되지 않음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="39"/>
        <source>Proposed, not yet approved</source>
        <translation>제안됨, 미승인</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="40"/>
        <source>Provisional results</source>
        <translation>잠정 결과</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="41"/>
        <source>Final results (locked)</source>
        <translation>최종 결과(잠금)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="44"/>
        <source>Proposal saved</source>
        <translation>제안 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="45"/>
        <source>Approved as provisional</source>
        <translation>잠정 승인</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="46"/>
        <source>Tier changed</source>
        <translation>등급 변경</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="47"/>
        <source>Disqualified</source>
        <translation>실격</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="48"/>
        <source>Moved up after a disqualification</source>
        <translation>실격에 따른 상향</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="49"/>
        <source>Finalised and locked</source>
        <translation>확정 및 잠금</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="50"/>
        <source>Unlocked</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="51"/>
        <source>Boundary round opened</source>
        <translation>추가 심사 개시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="62"/>
        <source>No award</source>
        <translation>수상 없음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="71"/>
        <source>tie at the {tier} line</source>
        <translation>{tier} 경계에서 동점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="72"/>
        <source>close to the {tier} line</source>
        <translation>{tier} 경계에 근접</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="79"/>
        <source>preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Line under</source>
        <translation>하한선</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="147"/>
        <source>Tie</source>
        <translation>동점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Gap</source>
        <translation>점수 차</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="148"/>
        <source>Works too close to call</source>
        <translation>우열을 가리기 어려운 작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="149"/>
        <source>A boundary round would hold</source>
        <translation>추가 심사 대상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="153"/>
        <source>By the ranking</source>
        <translation>순위상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="154"/>
        <source>After constraints</source>
        <translation>제약 적용 후</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="155"/>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="158"/>
        <source>Tier lines</source>
        <translation>등급 경계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="159"/>
        <source>Works moved by a constraint</source>
        <translation>제약 조건으로 이동한 작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="160"/>
        <source>Open a boundary round over these works…</source>
        <translation>이 작품들로 추가 심사 열기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="161"/>
        <source>No constraint moved any work.</source>
        <translation>제약 조건으로 이동한 작품이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="170"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="171"/>
        <source>settled by a boundary round</source>
        <translation>추가 심사로 결정됨</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="216"/>
        <source>Works whose tier would change if the scores were combined by another method (same quotas and constraints). The cell shows the tier and the rank.</source>
        <translation>다른 방식으로 점수를 집계하면 등급이 달라지는 작품입니다(정원과 제약 조건은 동일). 각 칸에는 등급과 순위가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="219"/>
        <source>Every method gives every work the same tier.</source>
        <translation>어느 방식으로 집계해도 모든 작품의 등급이 같습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>When (UTC)</source>
        <translation>일시(UTC)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="249"/>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="250"/>
        <source>Work</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="251"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_panels.py" line="254"/>
        <source>No award decision has been made yet.</source>
        <translation>아직 시상 결정이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AwardsStats</name>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="24"/>
        <source>poor</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="25"/>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="26"/>
        <source>good</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="27"/>
        <source>excellent</source>
        <translation>매우 높음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="28"/>
        <source>not enough scores</source>
        <translation>점수 부족</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Juror</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="90"/>
        <source>Scored</source>
        <translation>채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Abstained</source>
        <translation>기권</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="91"/>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Spread (SD)</source>
        <translation>편차(SD)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="92"/>
        <source>Leniency</source>
        <translation>관대도</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="93"/>
        <source>Works compared</source>
        <translation>비교 작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="96"/>
        <source>Work</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="97"/>
        <source>Others&apos; mean</source>
        <translation>다른 심사위원 평균</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="98"/>
        <source>Gap</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="101"/>
        <source>Round:</source>
        <translation>심사 단계:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="102"/>
        <source>Jurors</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="103"/>
        <source>Agreement of the panel</source>
        <translation>심사위원단 일치도</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="104"/>
        <source>Scores far from the other jurors&apos;</source>
        <translation>다른 심사위원과 크게 다른 점수</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="105"/>
        <source>Leniency: how many points a juror gave above (red) or below (blue) the other jurors on the same works.</source>
        <translation>관대도: 같은 작품에 대해 심사위원이 다른 심사위원보다 몇 점 높게(빨강) 또는 낮게(파랑) 주었는지 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="157"/>
        <source>No scores in this round yet.</source>
        <translation>이 심사 단계에는 아직 점수가 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="162"/>
        <source>Single jurors agree {word}: ICC(1,1) = {icc} over {works} works scored by {raters} jurors on average.</source>
        <translation>개별 심사위원 간 일치도: {word}. ICC(1,1) = {icc}(작품 {works}점, 작품당 평균 심사위원 {raters}명).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="166"/>
        <source>Reliability of a work&apos;s mean: ICC(1,k) = {icc}.</source>
        <translation>작품 평균의 신뢰도: ICC(1,k) = {icc}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="169"/>
        <source>Kendall&apos;s W = {w} over the {works} works all {jurors} jurors scored (1: the same order).</source>
        <translation>켄달의 W = {w}(심사위원 {jurors}명 전원이 채점한 작품 {works}점 기준, 1이면 순서가 완전히 같음).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/awards_stats_panel.py" line="174"/>
        <source>Kendall&apos;s W needs at least 3 works scored by every juror.</source>
        <translation>켄달의 W를 구하려면 모든 심사위원이 채점한 작품이 3점 이상 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="39"/>
        <source>Back up the database and images</source>
        <translation>데이터베이스와 이미지 백업</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="41"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="134"/>
        <source>Backup (*.zip)</source>
        <translation>백업 (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>Backup written</source>
        <translation>백업 완료</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="51"/>
        <source>The database and its images are saved in {path}. Keep a copy away from this computer.</source>
        <translation>데이터베이스와 이미지를 {path}에 저장했습니다. 사본 하나는 이 컴퓨터가 아닌 다른 곳에 보관하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="55"/>
        <source>Writing the backup…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="104"/>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="105"/>
        <source>Restoring replaces the whole database and every image with the backup&apos;s. What is there now is backed up automatically first. Automatic backups are taken before each import, round close, award finalisation and migration:</source>
        <translation>복원하면 데이터베이스 전체와 모든 이미지가 백업의 내용으로 바뀝니다. 현재 데이터는 먼저 자동으로 백업됩니다. 자동 백업은 가져오기, 심사 단계 마감, 수상 확정, 마이그레이션 전에 매번 만들어집니다:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="109"/>
        <source>Backup file…</source>
        <translation>백업 파일…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="110"/>
        <source>Backup folder…</source>
        <translation>백업 폴더…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="111"/>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="133"/>
        <source>Choose a backup</source>
        <translation>백업 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="140"/>
        <source>Choose a backup folder</source>
        <translation>백업 폴더 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="158"/>
        <source>Replace all current data and images with the backup {name}? A copy of the current data is kept.</source>
        <translation>현재의 모든 데이터와 이미지를 백업 {name}의 내용으로 바꾸시겠습니까? 현재 데이터의 사본은 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>Backup restored</source>
        <translation>백업 복원 완료</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="172"/>
        <source>The backup is restored ({rows} records, {images} image files). The data it replaced is kept in {kept}.</source>
        <translation>백업을 복원했습니다(레코드 {rows}개, 이미지 파일 {images}개). 대체된 데이터는 {kept}에 보관되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/backup_dialog.py" line="178"/>
        <source>Restoring the backup…</source>
        <translation>백업을 복원하는 중…</translation>
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
    <name>CataloguePanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="111"/>
        <source>English only</source>
        <translation>영어만</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="113"/>
        <source>English and {language}</source>
        <translation>영어 및 {language}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="115"/>
        <source>3 mm bleed and crop marks</source>
        <translation>도련 3mm 및 재단선</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="116"/>
        <source>Show them without the names</source>
        <translation>이름 없이 싣기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="117"/>
        <source>Leave them out</source>
        <translation>싣지 않기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="119"/>
        <source>Languages:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="120"/>
        <source>Page size:</source>
        <translation>페이지 크기:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="121"/>
        <source>For the print shop:</source>
        <translation>인쇄소용:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="122"/>
        <source>Works without publication consent:</source>
        <translation>공개 동의가 없는 작품:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="123"/>
        <source>Cover picture:</source>
        <translation>표지 그림:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="125"/>
        <source>Texts…</source>
        <translation>문구…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="126"/>
        <source>Check</source>
        <translation>점검</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="127"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="128"/>
        <source>Export catalogue…</source>
        <translation>도록 내보내기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="129"/>
        <source>Before printing:</source>
        <translation>인쇄 전 확인 사항:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="151"/>
        <source>Highest award of the newest edition</source>
        <translation>최근 회차 최고상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="197"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="257"/>
        <source>Checking the catalogue…</source>
        <translation>도록을 점검하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="203"/>
        <source>{pages} pages, {works} works</source>
        <translation>{pages}쪽, 작품 {works}점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="207"/>
        <source>{count} pictures are smaller than 300 dpi needs at their printed size; ask the regions for better photographs or scans:</source>
        <translation>이미지 {count}개가 인쇄 크기에서 300dpi에 필요한 해상도에 못 미칩니다. 해당 지역에 더 좋은 사진이나 스캔을 요청하세요:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="213"/>
        <source>Cover: the picture prints at {dpi} dpi</source>
        <translation>표지: 그림이 {dpi}dpi로 인쇄됩니다</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="217"/>
        <source>No. {number}: the original prints at {dpi} dpi; {wanted} pixels wide would give 300 dpi</source>
        <translation>{number}번: 원본이 {dpi}dpi로 인쇄됩니다. 가로 {wanted}픽셀이면 300dpi가 됩니다</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="222"/>
        <source>No. {number}: no original image</source>
        <translation>{number}번: 원본 이미지 없음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="225"/>
        <source>Left out, no consent: {numbers}</source>
        <translation>동의가 없어 제외: {numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="228"/>
        <source>Names left off, no consent: {numbers}</source>
        <translation>동의가 없어 이름 제외: {numbers}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="240"/>
        <source>Making the preview…</source>
        <translation>미리 보기를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="252"/>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="267"/>
        <source>Export catalogue</source>
        <translation>도록 내보내기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="268"/>
        <source>{count} pictures are too small for 300 dpi or missing (see the list). Export anyway?</source>
        <translation>이미지 {count}개가 300dpi에 비해 너무 작거나 없습니다(목록 참조). 그래도 내보내시겠습니까?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="276"/>
        <source>Exporting the catalogue…</source>
        <translation>도록을 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="282"/>
        <source>Catalogue exported</source>
        <translation>도록 내보내기 완료</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_panel.py" line="283"/>
        <source>{pages} pages, {size} MB: {path}</source>
        <translation>{pages}쪽, {size}MB: {path}</translation>
    </message>
</context>
<context>
    <name>CataloguePreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="75"/>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="76"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/catalogue_preview.py" line="79"/>
        <source>Press Preview to see the pages here.</source>
        <translation>“미리 보기”를 누르면 여기에 페이지가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>CatalogueTextsDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="71"/>
        <source>Catalogue texts</source>
        <translation>도록 문구</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="72"/>
        <source>The catalogue prints English and the language you choose when exporting. Leave the title empty for the standard one; a blank line in the foreword starts a new paragraph.</source>
        <translation>도록은 영어와, 내보낼 때 선택한 언어로 인쇄됩니다. 제목을 비워 두면 기본 제목이 쓰이며, 서문에서 빈 줄을 넣으면 새 단락이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="77"/>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="78"/>
        <source>Theme or subtitle:</source>
        <translation>주제 또는 부제:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/catalogue_texts_dialog.py" line="79"/>
        <source>Foreword:</source>
        <translation>서문:</translation>
    </message>
</context>
<context>
    <name>CertificateGenerateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="89"/>
        <source>Generate certificates</source>
        <translation>상장 생성</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="91"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="92"/>
        <source>Regions:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="93"/>
        <source>Certificates:</source>
        <translation>상장 종류:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="94"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="95"/>
        <source>Printer:</source>
        <translation>프린터:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="99"/>
        <source>All regions, one file each</source>
        <translation>모든 지역(지역별 파일)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="103"/>
        <source>Award and participation</source>
        <translation>상장 및 참가증서</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="104"/>
        <source>Award certificates only</source>
        <translation>상장만</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="105"/>
        <source>Participation certificates only</source>
        <translation>참가증서만</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="107"/>
        <source>Thank-you letters to teachers</source>
        <translation>교사 감사장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="109"/>
        <source>The student&apos;s language and English</source>
        <translation>학생의 언어와 영어</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="112"/>
        <source>One combined PDF</source>
        <translation>하나의 PDF로 합치기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="113"/>
        <source>Print a thumbnail of the painting</source>
        <translation>작품 썸네일 인쇄</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="115"/>
        <source>A cover sheet for each region</source>
        <translation>지역별 표지 포함</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="117"/>
        <source>Include provisional awards (for proofs)</source>
        <translation>잠정 수상 포함(교정용)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="119"/>
        <source>For pre-printed stock: only the names and details, shifted by the printer&apos;s calibration</source>
        <translation>상장 용지용: 이름과 세부 정보만 프린터 보정값만큼 옮겨 인쇄</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_generate_dialog.py" line="130"/>
        <source>Folder for the certificates</source>
        <translation>상장을 저장할 폴더</translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="77"/>
        <source>The printer could not be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="182"/>
        <source>Print certificates</source>
        <translation>상장 인쇄</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="183"/>
        <source>Open PDF…</source>
        <translation>PDF 열기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="184"/>
        <source>Pre-printed stock</source>
        <translation>상장 용지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="185"/>
        <source>Apply the printer&apos;s calibration</source>
        <translation>프린터 보정값 적용</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="188"/>
        <source>Printer:</source>
        <translation>프린터:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="189"/>
        <source>Offset right (mm):</source>
        <translation>오른쪽 이동(mm):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="190"/>
        <source>Offset down (mm):</source>
        <translation>아래쪽 이동(mm):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="191"/>
        <source>Scale:</source>
        <translation>배율:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="193"/>
        <source>Save calibration</source>
        <translation>보정값 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="194"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="242"/>
        <source>Calibration page</source>
        <translation>보정용 페이지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="195"/>
        <source>Shows a page with a millimetre grid and crosshairs: print it on plain paper, measure where the crosshairs land, enter the offsets.</source>
        <translation>밀리미터 눈금과 십자선이 있는 페이지를 보여 줍니다. 일반 용지에 인쇄한 뒤 십자선이 찍힌 위치를 재서 이동 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="198"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="199"/>
        <source>Save PDF as…</source>
        <translation>다른 이름으로 PDF 저장…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="200"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="221"/>
        <source>{file}: {pages} pages</source>
        <translation>{file}: {pages}쪽</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="224"/>
        <source>No PDF open.</source>
        <translation>열린 PDF가 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="228"/>
        <source>Open certificates</source>
        <translation>상장 열기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="230"/>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="302"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="300"/>
        <source>Save PDF</source>
        <translation>PDF 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="313"/>
        <source>Saved</source>
        <translation>저장 완료</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_print_dialog.py" line="314"/>
        <source>Saved {file}.</source>
        <translation>{file}을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="16"/>
        <source>Wordmark</source>
        <translation>워드마크</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="17"/>
        <source>Organisation</source>
        <translation>기관명</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="18"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="19"/>
        <source>Edition</source>
        <translation>회차</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="20"/>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="21"/>
        <source>Award tier</source>
        <translation>시상 등급</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="22"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="23"/>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="24"/>
        <source>Region and country</source>
        <translation>지역 및 국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="25"/>
        <source>Work</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="26"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="87"/>
        <source>Text</source>
        <translation>문구</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="27"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="28"/>
        <source>Signatory 1: name</source>
        <translation>서명자 1: 이름</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="29"/>
        <source>Signatory 1: title</source>
        <translation>서명자 1: 직함</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="30"/>
        <source>Signatory 2: name</source>
        <translation>서명자 2: 이름</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="31"/>
        <source>Signatory 2: title</source>
        <translation>서명자 2: 직함</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="32"/>
        <source>Verification code</source>
        <translation>확인 코드</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="33"/>
        <source>Serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="34"/>
        <source>Reissue note</source>
        <translation>재발급 표시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="35"/>
        <source>Background image</source>
        <translation>배경 이미지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="36"/>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="37"/>
        <source>Seal</source>
        <translation>직인</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="38"/>
        <source>Signature 1</source>
        <translation>서명 1</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="39"/>
        <source>Signature 2</source>
        <translation>서명 2</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="40"/>
        <source>Painting thumbnail</source>
        <translation>작품 썸네일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="41"/>
        <source>QR code</source>
        <translation>QR 코드</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="86"/>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="139"/>
        <source>X mm</source>
        <translation>X(mm)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="140"/>
        <source>Y mm</source>
        <translation>Y(mm)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="140"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="141"/>
        <source>Size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="142"/>
        <source>English size</source>
        <translation>영문 글자 크기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="143"/>
        <source>Align</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="144"/>
        <source>Shown</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/certificate_template_tables.py" line="145"/>
        <source>On stock</source>
        <translation>용지 인쇄</translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="190"/>
        <source>Certificate templates</source>
        <translation>상장 양식</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="192"/>
        <source>Award certificate (every tier)</source>
        <translation>상장(모든 등급)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="193"/>
        <source>Award certificate: {tier}</source>
        <translation>상장: {tier}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="195"/>
        <source>Participation certificate</source>
        <translation>참가증서</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="197"/>
        <source>Thank-you letter to a teacher</source>
        <translation>교사 감사장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="201"/>
        <source>Paper:</source>
        <translation>용지:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="202"/>
        <source>Orientation:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="203"/>
        <source>Border:</source>
        <translation>테두리:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="204"/>
        <source>Accent colour:</source>
        <translation>강조 색상:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="207"/>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="208"/>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="210"/>
        <source>Thin double rule</source>
        <translation>가는 이중선</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="211"/>
        <source>None (pre-printed stock or a background image)</source>
        <translation>없음(상장 용지 또는 배경 이미지 사용)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="213"/>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="214"/>
        <source>Texts</source>
        <translation>문구</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="215"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="216"/>
        <source>Positions</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="218"/>
        <source>Placeholders: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. A language with an empty text prints nothing in that place.</source>
        <translation>자리 표시자: {name} {name_latin} {tier} {region} {country} {school} {title} {title_en} {edition_title} {theme} {date} {serial} {year}. 문구가 비어 있는 언어는 그 자리에 아무것도 인쇄되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="224"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="225"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="226"/>
        <source>A second signature</source>
        <translation>두 번째 서명</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="230"/>
        <source>As on stock</source>
        <translation>용지 인쇄 모습</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="231"/>
        <source>Reset to built-in</source>
        <translation>기본 양식으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="232"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="233"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="288"/>
        <source>saved for this contest</source>
        <translation>이 공모전용으로 저장됨</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="289"/>
        <source>built-in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="294"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="335"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="383"/>
        <source>Reset</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_template_dialog.py" line="384"/>
        <source>Return this template to the built-in design? Your texts, images and positions for it are removed.</source>
        <translation>이 양식을 기본 디자인으로 되돌리시겠습니까? 이 양식에 입력한 문구, 이미지, 위치가 삭제됩니다.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="103"/>
        <source>Certificates</source>
        <translation>상장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="106"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="107"/>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="108"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="109"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="110"/>
        <source>Issued</source>
        <translation>발급일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>Reissue</source>
        <translation>재발급</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="111"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="114"/>
        <source>Generate…</source>
        <translation>생성…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="115"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="267"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="116"/>
        <source>Template editor…</source>
        <translation>양식 편집…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="117"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="118"/>
        <source>Reprint one…</source>
        <translation>한 장 재인쇄…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="119"/>
        <source>Export register…</source>
        <translation>발급 대장 내보내기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="120"/>
        <source>Verification list…</source>
        <translation>진위 확인 목록…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="121"/>
        <source>Pre-flight</source>
        <translation>인쇄 전 점검</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="124"/>
        <source>Shows the selected certificate, or one student of each language as the certificates would print now.</source>
        <translation>선택한 상장을 보여 주거나, 언어마다 학생 한 명의 상장을 지금 인쇄될 모습으로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="127"/>
        <source>Prints the selected certificate again with the same serial; the register marks it as a reissue.</source>
        <translation>선택한 상장을 같은 일련번호로 다시 인쇄합니다. 발급 대장에는 재발급으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="130"/>
        <source>No certificates issued yet. Award certificates follow the final results; every other eligible student receives a participation certificate.</source>
        <translation>아직 발급된 상장이 없습니다. 수상 상장은 최종 결과에 따라 발급되며, 그 밖의 모든 적격 학생에게는 참가증서가 발급됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="141"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="212"/>
        <source>Generating certificates…</source>
        <translation>상장을 생성하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="227"/>
        <source>{total} certificates in {files} files ({new} new serials).</source>
        <translation>상장 {total}장, 파일 {files}개(새 일련번호 {new}개).</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="233"/>
        <source>Certificates ready</source>
        <translation>상장 생성 완료</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="236"/>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="256"/>
        <source>No student would receive a certificate yet: no work is eligible.</source>
        <translation>아직 상장을 받을 학생이 없습니다. 적격 작품이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="272"/>
        <source>Certificate preview</source>
        <translation>상장 미리 보기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="287"/>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="306"/>
        <source>Reprint</source>
        <translation>재인쇄</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="288"/>
        <source>Why is {serial} printed again? (kept in the audit log)</source>
        <translation>{serial}을(를) 다시 인쇄하는 사유는 무엇입니까? (변경 이력에 기록됨)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="293"/>
        <source>Save the reprint</source>
        <translation>재인쇄본 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="295"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="307"/>
        <source>Saved {file}. Print it now?</source>
        <translation>{file}을(를) 저장했습니다. 지금 인쇄하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="320"/>
        <source>Export the register</source>
        <translation>발급 대장 내보내기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="322"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="331"/>
        <source>{count} certificates written to {file}.</source>
        <translation>상장 {count}장을 {file}에 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="337"/>
        <source>Save the verification page</source>
        <translation>진위 확인 페이지 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="339"/>
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/certificates_page.py" line="348"/>
        <source>{file} can check {count} codes offline; it shows initials, never full names.</source>
        <translation>{file}에서 확인 코드 {count}개를 오프라인으로 확인할 수 있습니다. 이름은 이니셜만 표시되고 전체 이름은 표시되지 않습니다.</translation>
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
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>Code</source>
        <translation>익명 코드</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="47"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="48"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <source>Title</source>
        <translation>작품명</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="49"/>
        <location filename="../contest_app/gui/widgets/counts_panel.py" line="30"/>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/models/entries_model.py" line="50"/>
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
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="139"/>
        <source>Exhibitions</source>
        <translation>전시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>Tour</source>
        <translation>순회전</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="142"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="143"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="166"/>
        <source>Venues</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="144"/>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="165"/>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="147"/>
        <source>No touring exhibitions yet. A tour shows winning works of past editions at one or more venues.</source>
        <translation>아직 순회 전시가 없습니다. 순회 전시는 지난 회차의 수상작을 한 곳 이상의 장소에서 선보입니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="150"/>
        <source>No works in this tour yet. Add awarded works of any edition; drag them into the order they hang in.</source>
        <translation>이 순회전에는 아직 작품이 없습니다. 어느 회차의 수상작이든 추가할 수 있으며, 거는 순서대로 끌어서 정렬하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="153"/>
        <source>New tour…</source>
        <translation>새 순회전…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="154"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="155"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="156"/>
        <source>Add works…</source>
        <translation>작품 추가…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="157"/>
        <source>Remove</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="158"/>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="159"/>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="162"/>
        <source>Set status</source>
        <translation>상태 지정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="163"/>
        <source>Condition notes…</source>
        <translation>보존 상태 메모…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="164"/>
        <source>Work list and originals…</source>
        <translation>작품 목록 및 원본…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="167"/>
        <source>Catalogue</source>
        <translation>도록</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="217"/>
        <source>Choose or create a tour.</source>
        <translation>순회전을 선택하거나 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="220"/>
        <source>{name}: {works} works, {venues} venues  {period}</source>
        <translation>{name}: 작품 {works}점, 장소 {venues}곳  {period}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete tour</source>
        <translation>순회전 삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="260"/>
        <source>Delete the tour &quot;{name}&quot; with its venues and work list? The works themselves stay.</source>
        <translation>순회전 “{name}”을(를) 장소 및 작품 목록과 함께 삭제하시겠습니까? 작품 자체는 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="310"/>
        <source>Condition notes</source>
        <translation>보존 상태 메모</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/exhibitions_page.py" line="311"/>
        <source>Condition of No. {number}:</source>
        <translation>{number}번 작품의 보존 상태:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="39"/>
        <source>Folder for the work list and originals</source>
        <translation>작품 목록과 원본을 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>Files written</source>
        <translation>파일 저장 완료</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="43"/>
        <source>{files} originals and the work list are in {folder}.</source>
        <translation>원본 {files}개와 작품 목록을 {folder}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="48"/>
        <source>Copying the originals…</source>
        <translation>원본을 복사하는 중…</translation>
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
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="101"/>
        <source>Import a region&apos;s batch</source>
        <translation>지역 출품 자료 가져오기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="103"/>
        <source>Batch (folder or .zip):</source>
        <translation>출품 자료(폴더 또는 .zip):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="104"/>
        <source>Region:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="105"/>
        <source>Sheet encoding:</source>
        <translation>시트 인코딩:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="107"/>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="108"/>
        <source>Zip file…</source>
        <translation>ZIP 파일…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="109"/>
        <source>Read and check the batch</source>
        <translation>출품 자료 읽기 및 검사</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="110"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="111"/>
        <source>Save problem report…</source>
        <translation>문제 보고서 저장…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="115"/>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="144"/>
        <source>Choose the batch folder</source>
        <translation>출품 자료 폴더 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="150"/>
        <source>Choose the batch .zip</source>
        <translation>출품 자료 .zip 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="151"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP 파일 (*.zip)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="173"/>
        <source>Choose a batch folder or .zip that exists.</source>
        <translation>존재하는 출품 자료 폴더나 .zip 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="177"/>
        <source>Choose the region that sent it.</source>
        <translation>자료를 보낸 지역을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="194"/>
        <source>Reading the batch and its images…</source>
        <translation>출품 자료와 이미지를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="200"/>
        <source>Nothing is written until you press Import; Cancel leaves the database as it was.</source>
        <translation>“가져오기”를 누르기 전에는 아무것도 저장되지 않습니다. “취소”하면 데이터베이스는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="204"/>
        <source>{works} works ({new} new, {updated} updated, {unchanged} unchanged, {refused} refused), {students} students; {errors} errors, {warnings} warnings. Sheet encoding: {encoding}.</source>
        <translation>작품 {works}점(신규 {new}, 수정 {updated}, 변경 없음 {unchanged}, 거부 {refused}), 학생 {students}명; 오류 {errors}건, 경고 {warnings}건. 시트 인코딩: {encoding}.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="213"/>
        <source>The batch cannot be imported as it is: see the problems without a row.</source>
        <translation>이 상태로는 출품 자료를 가져올 수 없습니다. 행 번호가 없는 문제를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="233"/>
        <source>Writing the batch…</source>
        <translation>출품 자료를 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="241"/>
        <source>Save the problem report</source>
        <translation>문제 보고서 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_dialog.py" line="242"/>
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
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="98"/>
        <source>Columns the app did not recognise are kept as notes. Choose what a column holds to read it as that field; the batch is then read again.</source>
        <translation>앱이 인식하지 못한 열은 메모로 보관됩니다. 열에 담긴 항목을 선택하면 그 항목으로 읽으며, 이어서 출품 자료를 다시 읽습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="114"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="115"/>
        <source>(suggested)</source>
        <translation>(제안)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="136"/>
        <source>Errors and warnings</source>
        <translation>오류 및 경고</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="138"/>
        <source>Every problem</source>
        <translation>모든 문제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/import_preview.py" line="178"/>
        <source>Keep as a note</source>
        <translation>메모로 보관</translation>
    </message>
</context>
<context>
    <name>JuryDialogs</name>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="49"/>
        <source>Add a juror</source>
        <translation>심사위원 추가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="56"/>
        <source>e.g. teaches at a school there</source>
        <translation>예: 그 지역 학교에서 가르침</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="64"/>
        <source>All of {country}</source>
        <translation>{country} 전체</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="75"/>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="137"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="76"/>
        <source>Affiliation:</source>
        <translation>소속:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="77"/>
        <source>Country:</source>
        <translation>국가:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="78"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="81"/>
        <source>Conflicts of interest: regions or countries this juror must not score</source>
        <translation>이해충돌: 이 심사위원이 채점하면 안 되는 지역 또는 국가</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="120"/>
        <source>Open a round</source>
        <translation>심사 단계 열기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="127"/>
        <source>every juror scores every work</source>
        <translation>모든 심사위원이 모든 작품 채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="132"/>
        <source>codes, separated by commas</source>
        <translation>익명 코드(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="133"/>
        <source>Show titles to jurors (a title can give a region away)</source>
        <translation>심사위원에게 작품명 표시(작품명으로 지역이 드러날 수 있음)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="136"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="138"/>
        <source>Jurors per work:</source>
        <translation>작품당 심사위원 수:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="139"/>
        <source>Final round: the top</source>
        <translation>본심: 상위</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="140"/>
        <source>Boundary round: works</source>
        <translation>추가 심사: 작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="182"/>
        <source>Close the round</source>
        <translation>심사 단계 마감</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="184"/>
        <source>Accept the gap: results use the scores there are</source>
        <translation>누락 인정: 있는 점수로 결과 산출</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="186"/>
        <source>The missing works were reassigned or go to another round</source>
        <translation>누락된 작품은 재배정했거나 다른 단계로 넘김</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="189"/>
        <source>Reason (kept in the audit log)</source>
        <translation>사유(변경 이력에 기록됨)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="194"/>
        <source>{missing} scores are still missing. Closing the round needs a decision.</source>
        <translation>아직 점수 {missing}건이 누락되어 있습니다. 단계를 마감하려면 처리 방법을 결정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/jury_dialogs.py" line="201"/>
        <source>Every score is in.</source>
        <translation>모든 점수가 입력되었습니다.</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="104"/>
        <source>Jury</source>
        <translation>심사</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Juror</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="107"/>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Scored</source>
        <translation>채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="108"/>
        <source>Missing</source>
        <translation>미채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Done %</source>
        <translation>완료율(%)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="109"/>
        <source>Flagged</source>
        <translation>논의 표시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="110"/>
        <source>Active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Round</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="113"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="114"/>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="115"/>
        <source>Assignments</source>
        <translation>배정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="116"/>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="119"/>
        <source>Round:</source>
        <translation>심사 단계:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="120"/>
        <source>Open a round…</source>
        <translation>단계 열기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="121"/>
        <source>Close round…</source>
        <translation>단계 마감…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="122"/>
        <source>Import results…</source>
        <translation>결과 가져오기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="123"/>
        <source>Import paper scores…</source>
        <translation>종이 채점 결과 가져오기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="126"/>
        <source>Add juror…</source>
        <translation>심사위원 추가…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="127"/>
        <source>Score as this juror</source>
        <translation>이 심사위원으로 채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="128"/>
        <source>Offline package…</source>
        <translation>오프라인 패키지…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="129"/>
        <source>Paper score sheet…</source>
        <translation>종이 채점표…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="130"/>
        <source>Juror drops out…</source>
        <translation>심사위원 하차…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="131"/>
        <source>Scored, per cent of assigned works</source>
        <translation>채점 완료(배정 작품 대비 %)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="132"/>
        <source>No jurors in this round yet. Add jurors, then open a round: its works are assigned to them at once.</source>
        <translation>이 심사 단계에는 아직 심사위원이 없습니다. 심사위원을 추가한 뒤 단계를 열면 작품이 바로 배정됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="169"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="191"/>
        <source>Choose a juror in the table first.</source>
        <translation>먼저 표에서 심사위원을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="212"/>
        <source>{count} works could not get enough jurors without a conflict of interest.</source>
        <translation>작품 {count}점은 이해충돌이 없는 심사위원을 충분히 배정받지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="230"/>
        <source>Juror drops out</source>
        <translation>심사위원 하차</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="231"/>
        <source>Why? Their works without a score go to other jurors.</source>
        <translation>사유를 입력하세요. 채점하지 않은 작품은 다른 심사위원에게 넘어갑니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="265"/>
        <source>Save the juror&apos;s package</source>
        <translation>심사위원 패키지 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="266"/>
        <source>Juror packages (*.nearjury)</source>
        <translation>심사위원 패키지 (*.nearjury)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="280"/>
        <source>Save the score sheet</source>
        <translation>채점표 저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="281"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF 파일 (*.pdf);;Excel 파일 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="294"/>
        <source>Import a juror&apos;s results</source>
        <translation>심사위원 결과 가져오기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="295"/>
        <source>Juror results (*.nearresults)</source>
        <translation>심사위원 결과 (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="305"/>
        <source>This results file was imported before; nothing changed.</source>
        <translation>이 결과 파일은 이미 가져왔습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="308"/>
        <source>{saved} scores imported, {unscored} works still unscored, {refused} refused.</source>
        <translation>점수 {saved}건을 가져왔습니다. 미채점 작품 {unscored}점, 거부 {refused}건.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="321"/>
        <source>Import typed-up paper scores</source>
        <translation>입력한 종이 채점 결과 가져오기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="322"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>시트 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="332"/>
        <source>{saved} scores imported, {refused} rows refused.</source>
        <translation>점수 {saved}건을 가져왔고 {refused}개 행은 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="124"/>
        <source>Jurors</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="125"/>
        <source>Rounds</source>
        <translation>심사 단계</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/pages/jury_page.py" line="135"/>
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
        <location filename="../contest_app/gui/labels.py" line="33"/>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="22"/>
        <location filename="../contest_app/gui/labels.py" line="34"/>
        <source>Provisional</source>
        <translation>잠정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/labels.py" line="23"/>
        <location filename="../contest_app/gui/labels.py" line="36"/>
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
    <message>
        <location filename="../contest_app/gui/labels.py" line="35"/>
        <source>Final</source>
        <translation>확정</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="141"/>
        <source>NEAR Youth Painting Contest</source>
        <translation>NEAR 청소년 회화 공모전</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="142"/>
        <source>Contest:</source>
        <translation>공모전:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="146"/>
        <source>&amp;New contest…</source>
        <translation>새 공모전(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="147"/>
        <source>Contest &amp;settings…</source>
        <translation>공모전 설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="148"/>
        <source>&amp;Regions…</source>
        <translation>지역(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="149"/>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="150"/>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="151"/>
        <source>Res&amp;tore…</source>
        <translation>복원(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="152"/>
        <source>&amp;Privacy…</source>
        <translation>개인정보(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="154"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="156"/>
        <source>&amp;About…</source>
        <translation>정보(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/main_window.py" line="188"/>
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
        <location filename="../contest_app/messages.py" line="76"/>
        <source>Cannot read &quot;{value}&quot; as a date. Write it as YYYY-MM-DD, for example 2010-05-03.</source>
        <translation>“{value}”을(를) 날짜로 읽을 수 없습니다. YYYY-MM-DD 형식으로 입력하세요(예: 2010-05-03).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="79"/>
        <source>The date &quot;{value}&quot; does not exist or lies in the future. Check it and correct it.</source>
        <translation>날짜 “{value}”은(는) 존재하지 않거나 미래의 날짜입니다. 확인하고 고치세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="82"/>
        <source>The {column} cell is empty, but it is required. Fill it in and send the sheet again.</source>
        <translation>{column} 칸이 비어 있지만 필수 항목입니다. 내용을 입력한 뒤 시트를 다시 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="85"/>
        <source>The student is {age} years old on {reference_date}; the contest is for ages {min} to {max}. Check the birth date: if it is right, the work cannot take part.</source>
        <translation>학생의 나이는 {reference_date} 기준 {age}세이며, 공모전 참가 연령은 {min}~{max}세입니다. 생년월일을 확인하세요. 생년월일이 맞다면 이 작품은 참가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="88"/>
        <source>No guardian consent is recorded for {name}. The work is kept but cannot be judged until the consent arrives: ask for it and mark it &quot;yes&quot;.</source>
        <translation>{name} 학생의 보호자 동의가 기록되어 있지 않습니다. 작품은 보관되지만 동의가 확인될 때까지 심사할 수 없습니다. 동의를 요청하고 “예”로 표시하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="91"/>
        <source>&quot;{value}&quot; does not say yes or no. Write &quot;yes&quot; if the guardian agreed, otherwise &quot;no&quot;; until then the consent counts as missing.</source>
        <translation>“{value}”은(는) 예/아니요로 판단할 수 없습니다. 보호자가 동의했으면 “예”, 아니면 “아니요”로 적으세요. 그 전까지는 동의가 없는 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="94"/>
        <source>The image file &quot;{value}&quot; is not in the batch. Add the file, or correct its name in the sheet.</source>
        <translation>이미지 파일 “{value}”이(가) 출품 자료에 없습니다. 파일을 추가하거나 시트의 파일 이름을 고치세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="97"/>
        <source>The image &quot;{value}&quot; cannot be opened: it is damaged, cut short, or not a JPEG, PNG, TIFF, WebP or HEIC file. Send the file again.</source>
        <translation>이미지 “{value}”을(를) 열 수 없습니다. 파일이 손상되었거나 일부가 잘렸거나 JPEG, PNG, TIFF, WebP, HEIC 파일이 아닙니다. 파일을 다시 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="100"/>
        <source>The image &quot;{value}&quot; is too large to open safely. Send a photograph or scan of the work of at most 100 megapixels.</source>
        <translation>이미지 “{value}”이(가) 너무 커서 안전하게 열 수 없습니다. 100메가픽셀 이하의 작품 사진 또는 스캔 파일을 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="103"/>
        <source>The rows of work {entry_no} disagree: this row has &quot;{value}&quot; as {column}, row {first_row} has &quot;{first_value}&quot;. Give every row of one work the same title and image.</source>
        <translation>작품 {entry_no}의 행 내용이 서로 다릅니다. 이 행의 {column}은(는) “{value}”이고, {first_row}행은 “{first_value}”입니다. 한 작품의 모든 행에 같은 제목과 이미지를 적으세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="107"/>
        <source>This student is listed for this work already, in row {first_row}. The repeated row was left out; delete it from the sheet.</source>
        <translation>이 학생은 이미 {first_row}행에 이 작품으로 등록되어 있습니다. 중복된 행은 제외했으니 시트에서 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="110"/>
        <source>The image &quot;{value}&quot; is the same file as work {other_entry_no} ({other_region}, edition {other_edition}). Each work needs its own image, and a work of an earlier edition cannot enter again.</source>
        <translation>이미지 “{value}”은(는) 작품 {other_entry_no}({other_region}, 제{other_edition}회)와 같은 파일입니다. 작품마다 별도의 이미지가 필요하며, 이전 회차에 출품된 작품은 다시 출품할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="114"/>
        <source>The image &quot;{value}&quot; looks very like the image of work {other_entry_no} ({other_region}, edition {other_edition}). Check that these are two different works.</source>
        <translation>이미지 “{value}”이(가) 작품 {other_entry_no}({other_region}, 제{other_edition}회)의 이미지와 매우 비슷합니다. 서로 다른 작품인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="117"/>
        <source>&quot;{value}&quot; is not a size in centimetres. Write a number such as 54.5; the size was left empty.</source>
        <translation>“{value}”은(는) 센티미터 단위의 크기가 아닙니다. 54.5와 같이 숫자로 적으세요. 크기는 비워 두었습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="120"/>
        <source>No Latin spelling was given for {name}, so &quot;{value}&quot; was suggested. Check it and correct it if needed.</source>
        <translation>{name}의 로마자 표기가 없어 “{value}”을(를) 제안했습니다. 확인하고 필요하면 고치세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="123"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Write the name of one of its tiers, or leave the cell empty.</source>
        <translation>“{value}”은(는) 이 공모전의 시상 등급이 아닙니다. 시상 등급 이름 중 하나를 적거나 칸을 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="126"/>
        <source>Work {value} is in the database but not in this batch. It was kept; withdraw it by hand if the region took it back.</source>
        <translation>작품 {value}은(는) 데이터베이스에는 있지만 이번 출품 자료에는 없습니다. 작품은 그대로 두었으니, 지역에서 출품을 취소했다면 직접 철회하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="129"/>
        <source>The sheet has no {column} column. Add it, or say which column holds it (--map HEADER={column}).</source>
        <translation>시트에 {column} 열이 없습니다. 열을 추가하거나, 어느 열에 해당 내용이 있는지 지정하세요(--map HEADER={column}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="132"/>
        <source>The column &quot;{value}&quot; is not one the app knows; its values were kept with each work.</source>
        <translation>“{value}” 열은 앱에서 인식하지 못하는 열입니다. 해당 값은 작품별로 그대로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="135"/>
        <source>This batch cannot be imported until the problems of the whole sheet are fixed.</source>
        <translation>시트 전체에 관한 문제를 해결하기 전에는 이 출품 자료를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="138"/>
        <source>This import was already done or discarded. Check the batch again.</source>
        <translation>이 가져오기는 이미 완료되었거나 취소되었습니다. 출품 자료를 다시 검사하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="140"/>
        <source>The region&apos;s works changed after the batch was checked. Check the batch again, then import it.</source>
        <translation>출품 자료를 검사한 뒤 이 지역의 작품이 변경되었습니다. 자료를 다시 검사한 후 가져오세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="144"/>
        <source>There is no juror &quot;{ref}&quot; in this contest. Give the juror&apos;s id or exact name.</source>
        <translation>이 공모전에는 “{ref}” 심사위원이 없습니다. 심사위원의 ID나 정확한 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="147"/>
        <source>The juror needs a name.</source>
        <translation>심사위원 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="148"/>
        <source>&quot;{name}&quot; cannot be a juror&apos;s name: a name made of digits would be read as an id.</source>
        <translation>“{name}”은(는) 심사위원 이름으로 쓸 수 없습니다. 숫자로만 된 이름은 ID로 인식됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="151"/>
        <source>This contest has a juror named {name} already. Add something to tell them apart, such as the affiliation.</source>
        <translation>이 공모전에는 이미 {name} 심사위원이 있습니다. 소속 등 서로 구별할 수 있는 정보를 덧붙이세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="154"/>
        <source>{name} is no longer on the panel, so no works can be assigned to them.</source>
        <translation>{name} 심사위원은 더 이상 심사위원단에 속하지 않으므로 작품을 배정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="156"/>
        <source>There is no active juror to assign works to. Add jurors first.</source>
        <translation>작품을 배정할 활동 중인 심사위원이 없습니다. 먼저 심사위원을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="158"/>
        <source>&quot;{value}&quot; is not one of the languages en, ko, zh, ja, ru, mn.</source>
        <translation>“{value}”은(는) en, ko, zh, ja, ru, mn 중 어느 언어도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="160"/>
        <source>&quot;{code}&quot; is neither a country code (such as KR) nor a region code (such as KR-47).</source>
        <translation>“{code}”은(는) 국가 코드(예: KR)도 지역 코드(예: KR-47)도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="163"/>
        <source>&quot;{value}&quot; is not a kind of conflict: use country or region.</source>
        <translation>“{value}”은(는) 이해충돌 유형이 아닙니다. country 또는 region을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="165"/>
        <source>There is no round {id} in this contest.</source>
        <translation>이 공모전에는 심사 단계 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="167"/>
        <source>This contest has no open round. Create one first.</source>
        <translation>이 공모전에는 진행 중인 심사 단계가 없습니다. 먼저 단계를 만드세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="169"/>
        <source>Round {round} is closed: its scores can no longer be entered or changed.</source>
        <translation>심사 단계 {round}은(는) 마감되었습니다. 점수를 더 이상 입력하거나 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="171"/>
        <source>&quot;{value}&quot; is not a kind of round: use preliminary, final or boundary.</source>
        <translation>“{value}”은(는) 심사 단계 종류가 아닙니다. preliminary, final, boundary 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="173"/>
        <source>A final round needs the number of works to take from the previous round (1 or more).</source>
        <translation>본심에는 이전 단계에서 올릴 작품 수(1 이상)를 지정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="176"/>
        <source>A final round takes the best works of an earlier round, but there is none yet.</source>
        <translation>본심은 이전 단계의 우수 작품으로 진행하는데, 아직 이전 단계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="179"/>
        <source>Round {round} is still open. Close it before taking its best works into a final round.</source>
        <translation>심사 단계 {round}이(가) 아직 진행 중입니다. 우수 작품을 본심으로 올리기 전에 단계를 마감하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="182"/>
        <source>A boundary round needs the works it is to decide: give their codes.</source>
        <translation>추가 심사에는 판정할 작품이 필요합니다. 작품의 익명 코드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="184"/>
        <source>This round would hold no works. A preliminary round takes the eligible works, and there are none yet.</source>
        <translation>이 단계에 포함될 작품이 없습니다. 예심은 적격 작품으로 진행하는데, 아직 적격 작품이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="187"/>
        <source>{value} jurors per work is not possible: give 1 or more.</source>
        <translation>작품당 심사위원 {value}명은 지정할 수 없습니다. 1 이상으로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="189"/>
        <source>{missing} assigned scores are still missing in round {round}. Reassign the works, or accept the gap, to close it; the decision is kept in the audit log.</source>
        <translation>심사 단계 {round}에서 배정된 점수 {missing}건이 아직 누락되어 있습니다. 단계를 마감하려면 작품을 재배정하거나 누락을 인정하세요. 이 결정은 변경 이력에 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="192"/>
        <source>&quot;{value}&quot; is not a decision: use accept_gap or reassigned.</source>
        <translation>“{value}”은(는) 올바른 결정이 아닙니다. accept_gap 또는 reassigned를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="194"/>
        <source>Work {code} has only {got} jurors: the others have a conflict with it.</source>
        <translation>작품 {code}에는 심사위원이 {got}명뿐입니다. 나머지 심사위원은 이해충돌이 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="196"/>
        <source>&quot;{key}&quot; is not a criterion of this round.</source>
        <translation>“{key}”은(는) 이 단계의 심사 기준이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="198"/>
        <source>&quot;{value}&quot; is not a number. Write the {key} score as a number such as 7 or 7.5.</source>
        <translation>“{value}”은(는) 숫자가 아닙니다. {key} 점수는 7이나 7.5처럼 숫자로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="201"/>
        <source>{value} is outside the scale of {key}: write a score from {min} to {max}.</source>
        <translation>{value}은(는) {key} 척도의 범위를 벗어납니다. {min}~{max} 사이의 점수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="203"/>
        <source>The {column} score is empty while other scores of this work are filled in. Type the missing score, or clear the row if the work was not scored.</source>
        <translation>이 작품의 다른 점수는 입력되어 있는데 {column} 점수가 비어 있습니다. 누락된 점수를 입력하거나, 채점하지 않은 작품이면 행을 비우세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="206"/>
        <source>&quot;{value}&quot; is not a source of scores: use screen, package or paper.</source>
        <translation>“{value}”은(는) 점수 출처가 아닙니다. screen, package, paper 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="208"/>
        <source>Work {code} is not assigned to juror {juror} in this round, so the score cannot be taken.</source>
        <translation>이 단계에서 작품 {code}은(는) {juror} 심사위원에게 배정되지 않았으므로 점수를 받을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="211"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest. Check the code on the sheet.</source>
        <translation>이 공모전에는 익명 코드가 “{value}”인 작품이 없습니다. 시트의 코드를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="214"/>
        <source>There is no juror &quot;{value}&quot; in this contest. Write the juror&apos;s id or exact name.</source>
        <translation>이 공모전에는 “{value}” 심사위원이 없습니다. 심사위원의 ID나 정확한 이름을 적으세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="217"/>
        <source>Work {value} is scored for the same juror again in row {rows}. Neither row was imported: keep the right one and import the sheet again.</source>
        <translation>작품 {value}이(가) {rows}행에서 같은 심사위원에 대해 다시 채점되어 있습니다. 어느 행도 가져오지 않았습니다. 올바른 행만 남기고 시트를 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="220"/>
        <source>The sheet has no {column} column. Use the score sheet made for the juror: its first row names the columns code, juror, one per criterion and comment.</source>
        <translation>시트에 {column} 열이 없습니다. 심사위원용으로 만든 채점표를 사용하세요. 채점표의 첫 행에는 code, juror, 기준별 열, comment가 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="223"/>
        <source>Cannot write &quot;{value}&quot;: a score sheet is a .xlsx or a .pdf file.</source>
        <translation>“{value}”을(를) 저장할 수 없습니다. 채점표는 .xlsx 또는 .pdf 파일입니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="225"/>
        <source>There is no work with the code &quot;{value}&quot; in this contest.</source>
        <translation>이 공모전에는 익명 코드가 “{value}”인 작품이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="228"/>
        <source>{juror} has no works to score in {round}. Assign works first, then export the package.</source>
        <translation>{juror} 심사위원에게는 {round}에서 채점할 작품이 없습니다. 먼저 작품을 배정한 뒤 패키지를 내보내세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="231"/>
        <source>Work {code} has no preview image, so it cannot be put in a package. Re-import its image first.</source>
        <translation>작품 {code}에는 미리 보기 이미지가 없어 패키지에 넣을 수 없습니다. 먼저 이미지를 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="234"/>
        <source>&quot;{path}&quot; is not a juror package. Open the .nearjury file staff sent.</source>
        <translation>“{path}”은(는) 심사위원 패키지가 아닙니다. 사무국에서 보낸 .nearjury 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="236"/>
        <source>&quot;{path}&quot; was made by a newer version of the app (format {version}). Install the newer version to open it.</source>
        <translation>“{path}”은(는) 더 새로운 버전의 앱으로 만들어졌습니다(형식 {version}). 열려면 새 버전을 설치하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="239"/>
        <source>The package &quot;{path}&quot; was changed after it was exported, so it cannot be trusted. Ask staff to send it again.</source>
        <translation>패키지 “{path}”은(는) 내보낸 뒤에 변경되어 신뢰할 수 없습니다. 사무국에 다시 보내 달라고 요청하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="242"/>
        <source>The saved scores &quot;{path}&quot; were changed outside the app, so they cannot be trusted. Ask staff what to do; the file was left as it is.</source>
        <translation>저장된 점수 “{path}”이(가) 앱 밖에서 변경되어 신뢰할 수 없습니다. 사무국에 처리 방법을 문의하세요. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="245"/>
        <source>Work {code} is not one of the works you were given.</source>
        <translation>작품 {code}은(는) 배정받은 작품이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="247"/>
        <source>&quot;{path}&quot; is not a results file of a juror package. Nothing was imported.</source>
        <translation>“{path}”은(는) 심사위원 패키지의 결과 파일이 아닙니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="250"/>
        <source>The results &quot;{path}&quot; belong to a package this database never exported. Nothing was imported; check that you opened the right contest database.</source>
        <translation>결과 “{path}”은(는) 이 데이터베이스에서 내보낸 적이 없는 패키지의 결과입니다. 아무것도 가져오지 않았습니다. 올바른 공모전 데이터베이스를 열었는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="253"/>
        <source>The results &quot;{path}&quot; were changed outside the app after the juror exported them. Nothing was imported; ask the juror to export them again.</source>
        <translation>결과 “{path}”은(는) 심사위원이 내보낸 뒤 앱 밖에서 변경되었습니다. 아무것도 가져오지 않았습니다. 심사위원에게 다시 내보내 달라고 요청하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="256"/>
        <source>The results &quot;{path}&quot; are older than results already imported from the same package. Nothing was imported, so the newer scores stay.</source>
        <translation>결과 “{path}”은(는) 같은 패키지에서 이미 가져온 결과보다 오래되었습니다. 아무것도 가져오지 않았으므로 더 최근 점수가 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="259"/>
        <source>Work {work} was not in this juror&apos;s package; its score was not imported.</source>
        <translation>작품 {work}은(는) 이 심사위원의 패키지에 없었으므로 점수를 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="261"/>
        <source>The score for work {work} cannot be read; it was not imported.</source>
        <translation>작품 {work}의 점수를 읽을 수 없어 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="263"/>
        <source>The scoring screen is not part of this installation. Export the results with: contest-app juror --export-results PACKAGE OUT</source>
        <translation>이 설치본에는 채점 화면이 포함되어 있지 않습니다. 다음 명령으로 결과를 내보내세요: contest-app juror --export-results PACKAGE OUT</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="266"/>
        <source>Jurors can sign in to a shared database on PostgreSQL only, not on {backend}. Use offline packages instead.</source>
        <translation>심사위원은 PostgreSQL 공유 데이터베이스에만 로그인할 수 있으며 {backend}에는 로그인할 수 없습니다. 대신 오프라인 패키지를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="269"/>
        <source>There is no open round with works for you to score.</source>
        <translation>채점할 작품이 있는 진행 중인 심사 단계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="271"/>
        <source>Give the juror a password for signing in.</source>
        <translation>심사위원의 로그인 비밀번호를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="274"/>
        <source>&quot;{value}&quot; is not a method of combining scores. Choose one of {methods}.</source>
        <translation>“{value}”은(는) 점수 집계 방식이 아닙니다. {methods} 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="276"/>
        <source>Round {round} is still open: its scores may still change.</source>
        <translation>심사 단계 {round}이(가) 아직 진행 중이므로 점수가 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="278"/>
        <source>Boundary round {round} is still open; its scores count once it is closed.</source>
        <translation>추가 심사 {round}이(가) 아직 진행 중입니다. 점수는 마감한 뒤에 반영됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="280"/>
        <source>{count} scores were set aside: the juror has a conflict of interest with the work&apos;s region or country.</source>
        <translation>점수 {count}건을 제외했습니다. 심사위원이 작품의 지역 또는 국가와 이해충돌이 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="283"/>
        <source>{count} scores were set aside because not every criterion was scored.</source>
        <translation>모든 기준이 채점되지 않아 점수 {count}건을 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="285"/>
        <source>{count} scores were set aside because the work was handed to another juror.</source>
        <translation>작품이 다른 심사위원에게 넘어가 점수 {count}건을 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="288"/>
        <source>{count} scored works are not eligible (or were disqualified) and are not ranked.</source>
        <translation>채점된 작품 {count}점은 적격이 아니거나 실격되어 순위에서 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="291"/>
        <source>No work has a usable score yet, so there is nothing to rank.</source>
        <translation>아직 사용할 수 있는 점수를 받은 작품이 없어 순위를 매길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="293"/>
        <source>Cannot read &quot;{value}&quot;: write TIER=N with N at least 1, for example excellence=3.</source>
        <translation>“{value}”을(를) 읽을 수 없습니다. TIER=N 형식(N은 1 이상)으로 입력하세요(예: excellence=3).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="296"/>
        <source>&quot;{value}&quot; is not an award tier of this contest. Its tiers are {tiers}.</source>
        <translation>“{value}”은(는) 이 공모전의 시상 등급이 아닙니다. 시상 등급: {tiers}.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="298"/>
        <source>Region {region} could not get a work into the {tier} tier: no other region has a place to spare within the constraints.</source>
        <translation>지역 {region}의 작품을 {tier} 등급에 넣지 못했습니다. 제약 조건 안에서 자리를 내줄 수 있는 다른 지역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="301"/>
        <source>There are not enough ranked works to fill every tier (places left: {tiers}).</source>
        <translation>모든 등급을 채울 만큼 순위가 매겨진 작품이 충분하지 않습니다(남은 자리: {tiers}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="304"/>
        <source>The results of edition {edition} are final and locked. Unlock them, with a reason, before changing them.</source>
        <translation>제{edition}회 결과는 확정되어 잠겨 있습니다. 변경하려면 먼저 사유를 적고 잠금을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="307"/>
        <source>The results of edition {edition} are not locked.</source>
        <translation>제{edition}회 결과는 잠겨 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="309"/>
        <source>The committee has already decided on {count} awards. A new proposal would replace those decisions; confirm that you want to replace them.</source>
        <translation>위원회가 이미 {count}건의 시상을 결정했습니다. 새로 제안하면 이 결정이 대체되므로, 대체할지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="312"/>
        <source>There are no awards yet. Propose the awards first.</source>
        <translation>아직 시상 내역이 없습니다. 먼저 수상작을 제안하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="314"/>
        <source>There is no work with the code {code} in this contest.</source>
        <translation>이 공모전에는 익명 코드가 {code}인 작품이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="316"/>
        <source>Work {code} is disqualified and cannot receive an award.</source>
        <translation>작품 {code}은(는) 실격되어 상을 받을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="318"/>
        <source>Some tiers do not hold their quota ({tiers}). Give a reason to finalise the results anyway.</source>
        <translation>정원을 채우지 못한 등급이 있습니다({tiers}). 그래도 결과를 확정하려면 사유를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="321"/>
        <source>A boundary round needs at least two works.</source>
        <translation>추가 심사에는 작품이 2점 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="323"/>
        <source>Say what to write: a results workbook (OUT.xlsx), --pdf OUT.pdf or --regions OUT.xlsx.</source>
        <translation>저장할 파일을 지정하세요: 결과 통합 문서(OUT.xlsx), --pdf OUT.pdf 또는 --regions OUT.xlsx.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="327"/>
        <source>&quot;{value}&quot; is not a kind of certificate: use award, participation, teacher or all.</source>
        <translation>“{value}”은(는) 상장 종류가 아닙니다. award, participation, teacher, all 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="330"/>
        <source>The certificate template cannot be used ({value}): every field needs a width, a height and a font size above zero.</source>
        <translation>상장 양식을 사용할 수 없습니다({value}). 모든 항목의 너비, 높이, 글자 크기는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="333"/>
        <source>The image &quot;{value}&quot; cannot be opened. Choose a PNG or JPEG file.</source>
        <translation>이미지 “{value}”을(를) 열 수 없습니다. PNG 또는 JPEG 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="335"/>
        <source>There is no certificate with the serial {serial} in this contest.</source>
        <translation>이 공모전에는 일련번호가 {serial}인 상장이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="337"/>
        <source>The calibration ({dx} mm, {dy} mm, scale {scale}) is not plausible: offsets must be within 30 mm and the scale between 0.8 and 1.2.</source>
        <translation>보정값({dx}mm, {dy}mm, 배율 {scale})이 타당하지 않습니다. 이동 값은 30mm 이내, 배율은 0.8~1.2여야 합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="340"/>
        <source>{count} works have awards that are not final yet. Their students get no certificate until the awards are final (or until you allow provisional awards).</source>
        <translation>작품 {count}점의 시상이 아직 확정되지 않았습니다. 시상이 확정될 때까지(또는 잠정 수상을 허용할 때까지) 해당 학생에게는 상장이 발급되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="343"/>
        <source>{count} works have provisional awards; their award certificates were made as you allowed. Check them before they are sent.</source>
        <translation>작품 {count}점은 잠정 수상 상태입니다. 허용하신 대로 상장을 만들었으니 발송하기 전에 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="346"/>
        <source>{count} awarded works are not eligible (disqualified or without consent) and got no certificate. Check the awards.</source>
        <translation>수상작 {count}점이 적격이 아니어서(실격 또는 동의 없음) 상장을 만들지 않았습니다. 시상 내역을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="349"/>
        <source>{count} students&apos; personal data has been removed, so they get no certificate.</source>
        <translation>학생 {count}명은 개인정보가 삭제되어 상장이 발급되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="352"/>
        <source>The {field} &quot;{text}&quot; has characters no font can print ({characters}); they would come out as empty boxes. Correct the text or add a font that has them.</source>
        <translation>{field} “{text}”에 어떤 글꼴로도 인쇄할 수 없는 문자({characters})가 있어 빈 네모로 인쇄됩니다. 텍스트를 고치거나 해당 문자가 있는 글꼴을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="355"/>
        <source>The template&apos;s {field} image ({text}) is missing from the data folder. Choose the image again in the template editor.</source>
        <translation>양식의 {field} 이미지({text})가 데이터 폴더에 없습니다. 양식 편집에서 이미지를 다시 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="358"/>
        <source>The painting&apos;s image for &quot;{text}&quot; is missing; the certificate prints without it.</source>
        <translation>“{text}”의 작품 이미지가 없어 상장은 이미지 없이 인쇄됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="361"/>
        <source>Your score could not be saved in {path}: the folder cannot be written to. Copy the package to a folder of your own (such as Documents) and open it there.</source>
        <translation>점수를 {path}에 저장할 수 없습니다. 이 폴더에는 쓸 수 없습니다. 패키지를 본인 폴더(예: 문서)로 복사한 뒤 그곳에서 여세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="365"/>
        <source>There is no tour with id {id}.</source>
        <translation>ID가 {id}인 순회전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="366"/>
        <source>This tour has no venue &quot;{id}&quot;. Give the venue&apos;s id or exact name.</source>
        <translation>이 순회전에는 “{id}” 장소가 없습니다. 장소의 ID나 정확한 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="368"/>
        <source>The tour needs a name.</source>
        <translation>순회전 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="369"/>
        <source>The venue needs a name.</source>
        <translation>장소 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="370"/>
        <source>The period ends ({ends_on}) before it starts ({starts_on}). Check the dates.</source>
        <translation>종료일({ends_on})이 시작일({starts_on})보다 앞섭니다. 날짜를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="373"/>
        <source>Work {id} has no award, so it cannot tour. Tours show awarded works only.</source>
        <translation>작품 {id}은(는) 수상작이 아니므로 순회전에 넣을 수 없습니다. 순회전에서는 수상작만 전시합니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="376"/>
        <source>Work {id} is not part of this tour.</source>
        <translation>작품 {id}은(는) 이 순회전에 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="378"/>
        <source>&quot;{value}&quot; is not a status of a touring work: use selected, packed, shipped, on_show or returned.</source>
        <translation>“{value}”은(는) 순회 작품의 상태가 아닙니다. selected, packed, shipped, on_show, returned 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="381"/>
        <source>The tour &quot;{tour}&quot; has no works to print. Add works first, or show works without consent anonymised instead of leaving them out.</source>
        <translation>순회전 “{tour}”에는 인쇄할 작품이 없습니다. 먼저 작품을 추가하거나, 동의가 없는 작품을 빼지 말고 이름 없이 싣도록 하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="384"/>
        <source>&quot;{value}&quot; is not a page size the catalogue offers: use A4 or B5.</source>
        <translation>“{value}”은(는) 도록에서 쓸 수 있는 페이지 크기가 아닙니다. A4 또는 B5를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="386"/>
        <source>Cannot use the label size &quot;{value}&quot;: write WIDTHxHEIGHT in millimetres, for example 100x70, from 50x30 up to 200x287.</source>
        <translation>캡션 크기 “{value}”을(를) 사용할 수 없습니다. WIDTHxHEIGHT 형식(mm)으로 50x30부터 200x287 사이에서 입력하세요(예: 100x70).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="389"/>
        <source>No works are shown at {venue} yet, so there are no labels to print. Choose the venue&apos;s works first.</source>
        <translation>{venue}에서 전시할 작품이 아직 없어 인쇄할 캡션이 없습니다. 먼저 장소의 전시 작품을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="393"/>
        <source>The batch {file} holds no sheet (.xlsx, .xls, .ods or .csv). Add the region&apos;s entry sheet and import the batch again.</source>
        <translation>출품 자료 {file}에 시트(.xlsx, .xls, .ods 또는 .csv)가 없습니다. 지역의 출품 시트를 추가한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="396"/>
        <source>The batch {file} holds more than one sheet ({names}); it must hold exactly one. Remove the others and import it again.</source>
        <translation>출품 자료 {file}에 시트가 둘 이상 있습니다({names}). 시트는 하나만 있어야 합니다. 나머지를 삭제하고 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="399"/>
        <source>The sheet {file} cannot be read ({detail}). Open it in the office program, save it again as .xlsx and import that. Nothing was imported.</source>
        <translation>시트 {file}을(를) 읽을 수 없습니다({detail}). 오피스 프로그램에서 열어 .xlsx로 다시 저장한 뒤 그 파일을 가져오세요. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="402"/>
        <source>The sheet {file} has no works: it is empty or has only a header row.</source>
        <translation>시트 {file}에 작품이 없습니다. 비어 있거나 머리글 행만 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="404"/>
        <source>The sheet {file} is larger than the app reads (limit {value}). Check that it is the right file, or split it. Nothing was imported.</source>
        <translation>시트 {file}이(가) 앱이 읽을 수 있는 크기를 넘습니다(한도 {value}). 올바른 파일인지 확인하거나 파일을 나누세요. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="407"/>
        <source>Row {row} of the sheet {file} has a cell longer than a spreadsheet can hold ({value} characters). The file was not typed in Excel or is damaged; nothing was imported.</source>
        <translation>시트 {file}의 {row}행에 스프레드시트가 담을 수 있는 것보다 긴 셀이 있습니다({value}자). Excel에서 입력한 파일이 아니거나 손상된 파일입니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="411"/>
        <source>{file} is named as a {value} file but its content is something else ({detail}). Send the sheet itself, saved in the format its name says.</source>
        <translation>{file}은(는) 이름상 {value} 파일이지만 내용은 다른 형식입니다({detail}). 이름에 맞는 형식으로 저장한 시트 자체를 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="414"/>
        <source>The text of {file} is in no code page the app knows (or mixes several). Save it as UTF-8 or as .xlsx and import it again.</source>
        <translation>{file}의 텍스트가 앱이 아는 문자 인코딩이 아니거나 여러 인코딩이 섞여 있습니다. UTF-8 또는 .xlsx로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="417"/>
        <source>The zip holds a file named &quot;{name}&quot; that would be written outside its folder (an absolute path, &quot;..&quot;, a link or a device name). Nothing was unpacked; ask the region to zip its folder again.</source>
        <translation>ZIP 파일에 폴더 밖으로 기록될 수 있는 “{name}” 파일이 있습니다(절대 경로, “..”, 링크 또는 장치 이름). 아무것도 압축 해제하지 않았습니다. 해당 지역에 폴더를 다시 압축해 달라고 요청하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="421"/>
        <source>The zip {file} is too large to unpack safely ({value}): too many files, too many bytes, or a compression ratio no real batch has (a zip bomb). Nothing was kept.</source>
        <translation>ZIP 파일 {file}이(가) 너무 커서 안전하게 압축을 풀 수 없습니다({value}). 파일 수나 용량이 너무 크거나, 실제 출품 자료에서는 나올 수 없는 압축률입니다(ZIP 폭탄). 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="424"/>
        <source>The zip {file} cannot be opened ({detail}): it is damaged, encrypted or not a zip. Ask the region to send it again.</source>
        <translation>ZIP 파일 {file}을(를) 열 수 없습니다({detail}). 손상되었거나 암호화되었거나 ZIP 파일이 아닙니다. 해당 지역에 다시 보내 달라고 요청하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="427"/>
        <source>{file} is not a batch: choose a folder, a .zip, or a sheet (.xlsx, .xls, .ods or .csv).</source>
        <translation>{file}은(는) 출품 자료가 아닙니다. 폴더, .zip 파일 또는 시트(.xlsx, .xls, .ods, .csv)를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="430"/>
        <source>{value} is not one of the batch&apos;s files.</source>
        <translation>{value}은(는) 출품 자료에 포함된 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="431"/>
        <source>The sheet has no column for {field}. Use the template&apos;s headers, or say which column it is (--map HEADER={field}).</source>
        <translation>시트에 {field} 열이 없습니다. 양식의 머리글을 사용하거나 해당하는 열을 지정하세요(--map HEADER={field}).</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="434"/>
        <source>Two columns of the sheet mean {field} (one is &quot;{header}&quot;). Remove or rename one.</source>
        <translation>시트의 두 열이 모두 {field}에 해당합니다(그중 하나는 “{header}”). 하나를 삭제하거나 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="437"/>
        <source>Cannot use the column mapping &quot;{value}&quot;: write HEADER=field with a field the app knows.</source>
        <translation>열 매핑 “{value}”을(를) 사용할 수 없습니다. HEADER=field 형식으로, 앱이 인식하는 항목을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="441"/>
        <source>The backup could not be written ({detail}). Nothing else was done: free some disk space or check the backup folder, then try again.</source>
        <translation>백업을 저장할 수 없습니다({detail}). 다른 작업은 하지 않았습니다. 디스크 공간을 확보하거나 백업 폴더를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="444"/>
        <source>{path} exists already. Choose a new file or folder name for the backup.</source>
        <translation>{path}이(가) 이미 있습니다. 백업에 쓸 새 파일 또는 폴더 이름을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="446"/>
        <source>A database held only in memory cannot be backed up or restored.</source>
        <translation>메모리에만 있는 데이터베이스는 백업하거나 복원할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="448"/>
        <source>{file} is not a backup of this app, or it is damaged ({detail}). Nothing was changed.</source>
        <translation>{file}은(는) 이 앱의 백업이 아니거나 손상되었습니다({detail}). 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="451"/>
        <source>The backup {file} was written by a newer version of the app (schema {revision}). Install that version to restore it; nothing was changed.</source>
        <translation>백업 {file}은(는) 더 새로운 버전의 앱으로 작성되었습니다(스키마 {revision}). 복원하려면 해당 버전을 설치하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="454"/>
        <source>The database is in use by another window or program ({detail}). Close it and restore again; nothing was changed.</source>
        <translation>다른 창이나 프로그램에서 데이터베이스를 사용 중입니다({detail}). 그 창이나 프로그램을 닫고 다시 복원하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="458"/>
        <source>The retention period must be a whole number of days from 0 to {max}, not {value}.</source>
        <translation>보존 기간은 0~{max}의 정수 일수여야 합니다. {value}은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="461"/>
        <source>No retention period is set. Set one first (privacy retention --days N), or give --days.</source>
        <translation>보존 기간이 설정되어 있지 않습니다. 먼저 설정하거나(privacy retention --days N) --days를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/messages.py" line="464"/>
        <source>This contest&apos;s deadline ({deadline}) is within the retention period of {days} days: its personal data may be removed from {due} on.</source>
        <translation>이 공모전의 접수 마감일({deadline})이 보존 기간 {days}일 이내입니다. 개인정보는 {due}부터 삭제할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="68"/>
        <source>Whole page</source>
        <translation>전체 페이지</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/pdf_preview.py" line="69"/>
        <source>Page width</source>
        <translation>페이지 너비</translation>
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
            <numerusform>페이지: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="56"/>
        <source>Pre-flight check</source>
        <translation>인쇄 전 점검</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="59"/>
        <source>Every text can be printed with the embedded fonts, and every image of the templates is there.</source>
        <translation>모든 문구를 내장 글꼴로 인쇄할 수 있으며, 양식의 이미지도 모두 있습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="62"/>
        <source>{count} texts have characters that no font can print; they would come out as empty boxes. Correct them first.</source>
        <translation>문구 {count}개에 어떤 글꼴로도 인쇄할 수 없는 문자가 있어 빈 네모로 인쇄됩니다. 먼저 고치세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="66"/>
        <source>Nothing would print as boxes; some certificates will lack the painting&apos;s thumbnail.</source>
        <translation>빈 네모로 인쇄되는 문자는 없습니다. 다만 일부 상장에는 작품 썸네일이 빠집니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="69"/>
        <source>Generate anyway?</source>
        <translation>그래도 생성하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="71"/>
        <source>Generate anyway</source>
        <translation>그래도 생성</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="74"/>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="75"/>
        <source>Characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/certificate_preflight_dialog.py" line="76"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="104"/>
        <source>Privacy</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="105"/>
        <source>Retention of personal data</source>
        <translation>개인정보 보존</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="106"/>
        <source>Keep non-winners&apos; data for (days):</source>
        <translation>비수상자 정보 보존 기간(일):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="107"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="108"/>
        <source>Remove non-winners&apos; personal data</source>
        <translation>비수상자 개인정보 삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="109"/>
        <source>Preview (changes nothing)</source>
        <translation>미리 보기(변경 없음)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="110"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="111"/>
        <source>Everything held about one student</source>
        <translation>학생 한 명에 관한 모든 정보</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="112"/>
        <source>Name of the student</source>
        <translation>학생 이름</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="113"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="134"/>
        <source>Not set yet</source>
        <translation>아직 설정되지 않음</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="135"/>
        <source>Saved: {days} days</source>
        <translation>저장됨: {days}일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="168"/>
        <source>Counting…</source>
        <translation>집계하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove personal data</source>
        <translation>개인정보 삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="175"/>
        <source>Remove the names, birth dates and schools of {students} students and the images of {works} works for good? Counts, titles and scores stay.</source>
        <translation>학생 {students}명의 이름, 생년월일, 학교와 작품 {works}점의 이미지를 영구히 삭제하시겠습니까? 집계, 작품명, 점수는 남습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="185"/>
        <source>Removed: {students} students&apos; personal data, {files} image files.</source>
        <translation>삭제됨: 학생 {students}명의 개인정보, 이미지 파일 {files}개.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="190"/>
        <source>Removing personal data…</source>
        <translation>개인정보를 삭제하는 중…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="195"/>
        <source>Choose a contest first.</source>
        <translation>먼저 공모전을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="197"/>
        <source>Students none of whose works won an award lose their names, birth dates and schools, and their works&apos; images are deleted, once the contest&apos;s deadline is older than the retention period. Preview first.</source>
        <translation>공모전 접수 마감일로부터 보존 기간이 지나면, 수상작이 하나도 없는 학생의 이름, 생년월일, 학교와 작품 이미지가 삭제됩니다. 먼저 미리 보기로 확인하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="202"/>
        <source>{students} students and the images of {works} works ({files} files) would be removed; {kept} students with an award are kept, {done} were removed before.</source>
        <translation>학생 {students}명의 정보와 작품 {works}점의 이미지(파일 {files}개)가 삭제됩니다. 수상한 학생 {kept}명은 유지되며, {done}명은 이미 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="237"/>
        <source>Folder for the export</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Export written</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="249"/>
        <source>Everything held about the student is in {folder}. It holds personal data: hand it over securely.</source>
        <translation>이 학생에 관한 모든 정보를 {folder}에 저장했습니다. 개인정보가 포함되어 있으니 안전하게 전달하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/privacy_dialog.py" line="253"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
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
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="183"/>
        <source>Scoring — {juror}, {round}</source>
        <translation>채점 — {juror}, {round}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="186"/>
        <source>{name} ({low:g}–{high:g}):</source>
        <translation>{name}({low:g}–{high:g}):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="188"/>
        <source>Comment (optional)</source>
        <translation>의견(선택 사항)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="189"/>
        <source>Flag for discussion (F)</source>
        <translation>논의 대상으로 표시(F)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="190"/>
        <source>Favourite (S)</source>
        <translation>관심작(S)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="191"/>
        <source>I cannot judge this work</source>
        <translation>이 작품은 심사할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="192"/>
        <source>Pass line:</source>
        <translation>합격선:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="193"/>
        <source>Export results for the secretariat…</source>
        <translation>사무국용 결과 내보내기…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="195"/>
        <source>Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; Backspace clears; +/− zoom.</source>
        <translation>키: 1–9, 0(=10) 선택한 기준 채점, ↑↓ 기준 선택, Enter 또는 → 다음 작품, ← 이전 작품, C 비교, F 논의 표시, S 관심작, Backspace 지우기, +/− 확대·축소.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="202"/>
        <source>All my works</source>
        <translation>내 담당 작품 전체</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="203"/>
        <source>Not scored yet</source>
        <translation>미채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="204"/>
        <source>Flagged</source>
        <translation>논의 표시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="205"/>
        <source>Favourites</source>
        <translation>관심작</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="272"/>
        <source>Work {n} of {total}</source>
        <translation>작품 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="275"/>
        <source>No works in this view.</source>
        <translation>이 보기에는 작품이 없습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="336"/>
        <source>{value:g} is outside the scale {low:g}–{high:g}.</source>
        <translation>{value:g}은(는) 척도 {low:g}–{high:g}의 범위를 벗어납니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="384"/>
        <source>Weighted score: {score}</source>
        <translation>가중 점수: {score}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="392"/>
        <source>{done} of {total} scored</source>
        <translation>{total}점 중 {done}점 채점</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="401"/>
        <source>{passed} of {scored} scored works ({share:.0f}%) are at or above the pass line.</source>
        <translation>채점한 작품 {scored}점 중 {passed}점({share:.0f}%)이 합격선 이상입니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="444"/>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="445"/>
        <source>Juror results (*.nearresults)</source>
        <translation>심사위원 결과 (*.nearresults)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/scoring/scoring_window.py" line="454"/>
        <source>Results written to {file}</source>
        <translation>결과를 {file}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="106"/>
        <source>Tour</source>
        <translation>순회전</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="107"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="108"/>
        <source>From:</source>
        <translation>시작일:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="109"/>
        <source>Until:</source>
        <translation>종료일:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="110"/>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
</context>
<context>
    <name>TourWorksView</name>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="37"/>
        <source>Selected</source>
        <translation>선정</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="38"/>
        <source>Packed</source>
        <translation>포장</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="39"/>
        <source>Shipped</source>
        <translation>발송</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="40"/>
        <source>On show</source>
        <translation>전시 중</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="41"/>
        <source>Returned</source>
        <translation>반환</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="96"/>
        <source>Work</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="97"/>
        <source>Award</source>
        <translation>상</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="98"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Condition</source>
        <translation>보존 상태</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="99"/>
        <source>Venues</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/tour_works_view.py" line="137"/>
        <source>No publication consent for every author: the catalogue leaves the names off, or the work out.</source>
        <translation>모든 작가에게서 공개 동의를 받지는 못했습니다. 도록에서는 이름을 빼거나 작품을 싣지 않습니다.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="154"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="156"/>
        <source>City:</source>
        <translation>도시:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="157"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>From:</source>
        <translation>시작일:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="158"/>
        <source>Until:</source>
        <translation>종료일:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="159"/>
        <source>Contact:</source>
        <translation>연락처:</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="161"/>
        <source>Wall labels and work lists for this venue print in its language and in English.</source>
        <translation>이 장소의 캡션과 작품 목록은 장소의 언어와 영어로 인쇄됩니다.</translation>
    </message>
</context>
<context>
    <name>VenueWorksDialog</name>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="206"/>
        <source>Works at {venue}</source>
        <translation>{venue} 전시 작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="208"/>
        <source>Tick the works shown at this venue.</source>
        <translation>이 장소에서 전시할 작품을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="209"/>
        <source>All</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/dialogs/tour_dialogs.py" line="210"/>
        <source>None</source>
        <translation>모두 해제</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="90"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="91"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="92"/>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="93"/>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="96"/>
        <source>Add venue…</source>
        <translation>장소 추가…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="97"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="98"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="99"/>
        <source>Works shown…</source>
        <translation>전시 작품…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="100"/>
        <source>Wall labels…</source>
        <translation>캡션…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="101"/>
        <source>Files for this venue…</source>
        <translation>이 장소용 파일…</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="102"/>
        <source>No venues yet. A venue shows the tour&apos;s works for a time; its labels print in its language.</source>
        <translation>아직 장소가 없습니다. 장소에서는 일정 기간 순회전 작품을 전시하며, 캡션은 그 장소의 언어로 인쇄됩니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete venue</source>
        <translation>장소 삭제</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="166"/>
        <source>Delete the venue &quot;{name}&quot;? Its works stay in the tour.</source>
        <translation>장소 “{name}”을(를) 삭제하시겠습니까? 작품은 순회전에 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="192"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="198"/>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>Wall labels</source>
        <translation>캡션</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="193"/>
        <source>Card size in millimetres (width x height):</source>
        <translation>캡션 크기(mm, 가로 x 세로):</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="204"/>
        <source>{labels} labels on {sheets} sheets: {path}</source>
        <translation>캡션 {labels}장(용지 {sheets}장): {path}</translation>
    </message>
    <message>
        <location filename="../contest_app/gui/widgets/venues_panel.py" line="209"/>
        <source>Making the wall labels…</source>
        <translation>캡션을 만드는 중…</translation>
    </message>
</context>
</TS>
