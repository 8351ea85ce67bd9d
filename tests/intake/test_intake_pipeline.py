"""plan_import / commit_import end to end: clean batches, each problem, duplicates, safety."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.demo_data import SHEET_HEADERS, generate_batches, write_batch_folder
from contest_app.core.demo_images import painting, painting_bytes
from contest_app.core.errors import NotFound
from contest_app.core.intake import problems as P
from contest_app.core.intake import writer
from contest_app.core.intake.cancel import Cancelled
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.pipeline import (
    ImportPlan,
    ImportResult,
    commit_import,
    discard_plan,
    import_batch,
    plan_import,
)
from contest_app.db.models import (
    AuditLog,
    Batch,
    Entry,
    EntryStatus,
    EntryStudent,
    ImageFile,
    Problem,
    Student,
)
from contest_app.db.session import Database

SMALL = (400, 300)
TABLES = (Batch, Entry, Student, EntryStudent, ImageFile, Problem, AuditLog)


def make_contest(db: Database, edition: int = 12, year: int = 2024) -> int:
    with db.session() as session, session.begin():
        contest = create_contest(session, ContestSpec(
            edition=edition, year=year, deadline=date(year, 9, 13),
            age_reference_date=date(year, 9, 13)))
        return contest.id


def demo_folder(tmp_path: Path, region: str, name: str = "batch", seed: int = 12) -> Path:
    batch = next(b for b in generate_batches(seed=seed) if b.region_code == region)
    folder = tmp_path / name
    write_batch_folder(batch, folder, image_size=SMALL, seed=seed)
    return folder


def row_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
                for t in TABLES}


def media_files(db: Database) -> set[Path]:
    """Files of the media root outside the staging area."""
    root = db.media_root
    return {p.relative_to(root) for p in root.rglob("*")
            if p.is_file() and p.relative_to(root).parts[0] != "staging"}


def staged(db: Database) -> list[Path]:
    return list((db.media_root / "staging").rglob("*"))


def png_bomb() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 40000, 40000, 8, 2, 0, 0, 0)  # 1.6 gigapixels declared
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


HEADERS = [*SHEET_HEADERS, "award_tier", "teacher"]


def sheet_row(entry_no: str, name: str, *, latin: str = "Kim Ji Yoo", birth: object = "2010-05-03",
              consent: str = "yes", title: str = "단군 신화", image: str = "",
              width: object = 54.5, height: object = 39.4, tier: str = "",
              teacher: str = "") -> list[object]:
    return [entry_no, name, latin, birth, "9", "포항중학교", consent, title, "The Myth of Dangun",
            "watercolour", width, height, image or f"{entry_no}.jpg", tier, teacher]


def write_sheet(folder: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    (folder / "images").mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(folder / "entries.xlsx")
    return folder


def put_image(folder: Path, name: str, seed: int = 0, data: bytes | None = None) -> bytes:
    data = data if data is not None else painting_bytes(seed, SMALL)
    (folder / "images").mkdir(parents=True, exist_ok=True)
    (folder / "images" / name).write_bytes(data)
    return data


def test_clean_batch_plans_without_writing_then_commits(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = demo_folder(tmp_path, "JP-32")  # Shimane: 9 works
    before, files_before = row_counts(db), media_files(db)
    control = CancelAt(10_000)  # never cancels: records the progress reported
    plan = plan_import(db, contest_id, "jp-32", folder, workers=2, control=control)
    assert row_counts(db) == before and media_files(db) == files_before  # planning writes nothing
    assert control.calls == [(done, 9) for done in range(10)]
    assert plan.region_code == "JP-32" and plan.source_sha256 and plan.sheet_name
    assert len(plan.works) == 9 and not plan.errors and not plan.works_refused
    assert {w.action for w in plan.works} == {"new"}
    assert all(w.image is not None for w in plan.works)
    assert plan.staging_dir.is_dir()

    result = commit_import(db, plan, actor="tester")
    assert isinstance(result, ImportResult)
    assert (result.created, result.updated, result.refused) == (9, 0, 0)
    assert result.students == plan.students_count
    assert not plan.staging_dir.exists()
    with db.session() as session:
        entries = list(session.scalars(select(Entry).where(Entry.contest_id == contest_id)))
        assert len(entries) == 9
        assert len({e.anon_code for e in entries}) == 9
        for entry in entries:
            assert entry.batch_id == result.batch_id
            assert len(entry.images) == 1
            image = entry.images[0]
            for rel in (image.stored_path, image.thumb_path, image.preview_path):
                assert (db.media_root / rel).is_file()
                assert rel.startswith(f"contest-{contest_id}/")
            consent = all(s.guardian_consent for s in entry.students)
            assert entry.status == (EntryStatus.ELIGIBLE if consent else EntryStatus.RECEIVED)
            assert [link.source_row for link in entry.authors] == sorted(
                link.source_row for link in entry.authors)
        batch = session.get(Batch, result.batch_id)
        assert batch is not None and batch.imported_by == "tester"
        assert batch.rows_read == plan.rows_read and batch.rows_refused == 0


def test_zip_batch_and_dry_run(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = demo_folder(tmp_path, "MN-059")  # Dundgovi: 3 works
    archive = tmp_path / "dundgovi.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in folder.rglob("*"):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    before = row_counts(db)
    plan = import_batch(db, contest_id, "MN-059", archive, dry_run=True, workers=1)
    assert isinstance(plan, ImportPlan) and len(plan.works) == 3 and not plan.errors
    assert not plan.staging_dir.exists() and row_counts(db) == before
    result = import_batch(db, contest_id, "MN-059", archive)
    assert isinstance(result, ImportResult) and result.created == 3


def _problem_batch(folder: Path) -> None:
    rows = [
        sheet_row("001", "김지유"),  # clean
        sheet_row("002", "이민준", title=""),  # field_missing
        sheet_row("003", "박서연", birth="soon"),  # date_unparseable
        sheet_row("004", "최하준", birth="2010-02-30"),  # date_impossible
        sheet_row("005", "정서윤", birth="2001-01-01"),  # age_out_of_range
        sheet_row("006", "강도윤", consent="no"),  # consent_missing
        sheet_row("007", "조지우", image="nowhere.jpg"),  # image_missing
        sheet_row("008", "윤예준"),  # image_unreadable
        sheet_row("009", "장하은"),  # image_too_large
        sheet_row("010", "임시우"), sheet_row("010", "임시우"),  # duplicate_row
        sheet_row("011", "한수아"), sheet_row("011", "오주원", title="다른 제목"),  # inconsistent
        sheet_row("012", "서지민", image="001.jpg"),  # image_duplicate_exact (001's file)
        sheet_row("013", "신건우"),  # image_duplicate_near (001 resized)
        sheet_row("014", "권채원", width="wide"),  # number_invalid
        sheet_row("015", "황현우", latin=""),  # name_latin_suggested
        sheet_row("016", "안지호", tier="gold star"),  # award_tier_unknown
        sheet_row("017", "송예은", tier="최우수상", teacher="Ms Kim"),  # legacy tier, extra
        sheet_row("018", "류은서", consent="maybe"),  # consent_unclear
    ]
    write_sheet(folder, rows)
    base = painting(1, (900, 700))
    for number in range(1, 19):
        put_image(folder, f"{number:03d}.jpg", seed=100 + number)
    out = io.BytesIO()
    base.save(out, "JPEG", quality=90)
    put_image(folder, "001.jpg", data=out.getvalue())
    out = io.BytesIO()
    base.resize((640, 498)).save(out, "JPEG", quality=70)
    put_image(folder, "013.jpg", data=out.getvalue())
    put_image(folder, "008.jpg", data=out.getvalue()[:900])
    put_image(folder, "009.png", data=png_bomb())
    (folder / "images" / "009.jpg").unlink()


EXPECTED = {  # entry_no -> (code, column), each on that work's row
    "002": (P.FIELD_MISSING, "title"),
    "003": (P.DATE_UNPARSEABLE, "birth_date"),
    "004": (P.DATE_IMPOSSIBLE, "birth_date"),
    "005": (P.AGE_OUT_OF_RANGE, "birth_date"),
    "006": (P.CONSENT_MISSING, "guardian_consent"),
    "007": (P.IMAGE_MISSING, "image"),
    "008": (P.IMAGE_UNREADABLE, "image"),
    "009": (P.IMAGE_TOO_LARGE, "image"),
    "010": (P.DUPLICATE_ROW, "student_name"),
    "011": (P.GROUP_INCONSISTENT, "title"),
    "012": (P.IMAGE_DUPLICATE_EXACT, "image"),
    "013": (P.IMAGE_DUPLICATE_NEAR, "image"),
    "014": (P.NUMBER_INVALID, "width_cm"),
    "015": (P.NAME_LATIN_SUGGESTED, "student_name_latin"),
    "016": (P.AWARD_TIER_UNKNOWN, "award_tier"),
    "018": (P.CONSENT_UNCLEAR, "guardian_consent"),
}


def test_each_problem_code_is_found_at_its_place(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = tmp_path / "problems"
    _problem_batch(folder)
    plan = plan_import(db, contest_id, "KR-47", folder, workers=2)
    works = {w.entry_no: w for w in plan.works}
    assert len(works) == 18
    for entry_no, (code, column) in EXPECTED.items():
        found = [p for p in works[entry_no].problems if p.code == code]
        assert found, (entry_no, code, works[entry_no].problems)
        item = found[0]
        assert item.column == column and item.entry_no == entry_no
        assert item.row in works[entry_no].rows
        assert item.severity == P.SEVERITY[code]
    assert works["001"].problems == [] and works["001"].action == "new"
    age = next(p for p in works["005"].problems if p.code == P.AGE_OUT_OF_RANGE)
    assert age.detail["age"] == 23 and (age.detail["min"], age.detail["max"]) == (12, 19)
    exact = next(p for p in works["012"].problems if p.code == P.IMAGE_DUPLICATE_EXACT)
    assert exact.detail["other_entry_no"] == "001" and exact.detail["scope"] == "batch"
    near = next(p for p in works["013"].problems if p.code == P.IMAGE_DUPLICATE_NEAR)
    assert near.detail["other_entry_no"] == "001" and near.detail["distance"] <= 6
    assert len(works["010"].students) == 1  # the repeat is dropped
    suggested = works["015"].students[0]
    assert suggested.name_latin_suggested and suggested.name_latin
    assert works["017"].legacy_tier == "grand" and works["017"].extra == {"teacher": "Ms Kim"}
    assert {p.value for p in plan.batch_problems} == {"teacher"}  # column_unknown, info
    refused = {w.entry_no for w in plan.works_refused}
    assert refused == {"002", "003", "004", "005", "007", "008", "009", "011", "012"}

    before = row_counts(db)
    result = commit_import(db, plan)
    assert result.refused == 9 and result.created == 9
    assert result.counts_by_code == plan.counts_by_code()
    with db.session() as session:
        entries = {e.entry_no: e for e in session.scalars(select(Entry))}
        assert set(entries) == {w.entry_no for w in plan.works_ok}
        assert entries["006"].status == EntryStatus.RECEIVED
        assert entries["018"].status == EntryStatus.RECEIVED
        assert entries["001"].status == EntryStatus.ELIGIBLE
        assert entries["017"].legacy_tier == "grand"
        problems = list(session.scalars(select(Problem).where(
            Problem.batch_id == result.batch_id)))
        assert len(problems) == len(plan.problems)
        orphans = [p for p in problems if p.entry_id is None and p.row is not None]
        assert {p.severity for p in orphans} >= {"error"}
        assert {p.detail["entry_no"] for p in orphans} == refused
        flagged = [p for p in problems if p.entry_id == entries["006"].id]
        assert [(p.code, p.severity, p.column) for p in flagged] == [
            (P.CONSENT_MISSING, "warning", "guardian_consent")]
    assert row_counts(db)["entry"] == before["entry"] + 9


def test_duplicates_against_an_earlier_edition(db: Database, tmp_path: Path) -> None:
    old_id = make_contest(db, edition=11, year=2023)
    new_id = make_contest(db, edition=12, year=2024)
    base = painting(77, (900, 700))
    first = tmp_path / "2023"
    write_sheet(first, [sheet_row("001", "김지유", birth="2009-05-03")])
    out = io.BytesIO()
    base.save(out, "JPEG", quality=90)
    original = put_image(first, "001.jpg", data=out.getvalue())
    assert isinstance(import_batch(db, old_id, "KR-47", first), ImportResult)

    second = tmp_path / "2024"
    write_sheet(second, [sheet_row("A1", "이민준"), sheet_row("A2", "박서연")])
    put_image(second, "A1.jpg", data=original)
    copy = io.BytesIO()
    base.resize((500, 389)).save(copy, "WEBP", quality=75)
    put_image(second, "A2.jpg", data=copy.getvalue())
    plan = plan_import(db, new_id, "KR-41", second, workers=1)
    works = {w.entry_no: w for w in plan.works}
    exact = [p for p in works["A1"].problems if p.code == P.IMAGE_DUPLICATE_EXACT]
    assert exact and exact[0].detail["other_edition"] == 11
    assert exact[0].detail["scope"] == "earlier_edition"
    assert exact[0].detail["other_region"] == "KR-47"
    near = [p for p in works["A2"].problems if p.code == P.IMAGE_DUPLICATE_NEAR]
    assert near and near[0].detail["other_edition"] == 11 and near[0].severity == "warning"
    assert works["A1"].action == "refused" and works["A2"].action == "new"
    discard_plan(plan)


def test_failed_commit_leaves_no_rows_and_no_new_files(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    contest_id = make_contest(db)
    folder = demo_folder(tmp_path, "JP-04")  # Miyagi: 6 works
    plan = plan_import(db, contest_id, "JP-04", folder, workers=1)
    # a file that was there before (say, from the demo) and that this batch would also write
    first = plan.works[0].image
    assert first is not None
    existing = db.media_root / writer.stored_paths(first, f"contest-{contest_id}")["thumb_path"]
    existing.parent.mkdir(parents=True, exist_ok=True)
    existing.write_bytes(b"kept")
    before, files_before = row_counts(db), media_files(db)

    placed: list[Path] = []
    real_place = writer._place_files

    def place_then_fail(plan: ImportPlan, media_root: Path, added: list[Path]) -> None:
        real_place(plan, media_root, added)
        placed.extend(added)
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "_place_files", place_then_fail)
    with pytest.raises(RuntimeError, match="disk full"):
        commit_import(db, plan)
    assert len(placed) == 6 * 3 - 1 and all(not p.exists() for p in placed)
    assert row_counts(db) == before
    assert media_files(db) == files_before and existing.read_bytes() == b"kept"
    assert plan.staging_dir.is_dir()  # the plan can be committed again

    monkeypatch.setattr(writer, "_place_files", real_place)
    failing_audit = writer.audit.record

    def audit_fails(*args: object, **kwargs: object) -> None:
        raise RuntimeError("audit down")

    monkeypatch.setattr(writer.audit, "record", audit_fails)
    with pytest.raises(RuntimeError, match="audit down"):
        commit_import(db, plan)
    assert row_counts(db) == before and media_files(db) == files_before
    monkeypatch.setattr(writer.audit, "record", failing_audit)
    result = commit_import(db, plan)
    assert result.created == 6 and existing.read_bytes() == b"kept"
    with pytest.raises(IntakeError) as used:
        commit_import(db, plan)
    assert used.value.code == "plan_used"


class CancelAt:
    def __init__(self, at: int) -> None:
        self.at = at
        self.calls: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if done >= self.at:
            raise Cancelled


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_during_plan_leaves_nothing(db: Database, tmp_path: Path, workers: int) -> None:
    contest_id = make_contest(db)
    folder = demo_folder(tmp_path, "KR-27")  # Daegu: 6 works
    before, files_before = row_counts(db), media_files(db)
    control = CancelAt(2)
    with pytest.raises(Cancelled):
        plan_import(db, contest_id, "KR-27", folder, control=control, workers=workers)
    assert control.calls[0] == (0, 6) and control.calls[-1][0] == 2
    assert staged(db) == []
    with pytest.raises(NotFound):  # refused before any work, so nothing to clean either
        plan_import(db, contest_id, "XX-99", folder, workers=workers)
    assert staged(db) == []
    assert row_counts(db) == before and media_files(db) == files_before


def test_headers_in_another_language_and_mapped_columns(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = tmp_path / "ko"
    headers = ["출품 번호", "학생 이름", "생년월일", "보호자 동의", "작품 제목", "그림"]
    write_sheet(folder, [["K1", "김지유", date(2010, 5, 3), "예", "바리공주", "K1.jpg"]],
                headers=headers)
    put_image(folder, "K1.jpg", seed=5)
    plan = plan_import(db, contest_id, "KR-47", folder, header_overrides={"그림": "image"},
                       workers=1)
    assert not plan.errors, plan.errors
    work = plan.works[0]
    assert work.students[0].birth_date == date(2010, 5, 3) and work.students[0].guardian_consent
    assert work.image is not None and work.title == "바리공주"
    discard_plan(plan)
