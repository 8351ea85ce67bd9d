"""Privacy of minors: a retention rule for non-winners' personal data, and subject access exports.

purge_non_winners removes, once a contest's deadline is older than the retention period, the
personal data of every student none of whose works won an award: names (native and Latin),
birth date and school are blanked and `purged_at` set; their works' image files (originals,
thumbnails, previews, print copies) are deleted and the image rows keep only hashes and sizes
(so a painting sent again next year is still recognised); the region's own extra columns, the
raw values in their import problems and the student values in re-import audit entries go too.
Titles, regions, grades, statuses and scores stay, so every count and statistic stays true.

Files are deleted before the caller commits. A crash or a rollback in between leaves files
gone and rows not yet blanked, and running the purge again finishes the job; the other order
could leave files no row names any more, never found again.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core import audit
from contest_app.core.contests import get_contest
from contest_app.core.errors import InvalidValue, NotFound
from contest_app.db.base import utcnow
from contest_app.db.models import (
    AuditLog,
    Award,
    AwardStatus,
    AwardTier,
    Certificate,
    Contest,
    Entry,
    EntryStudent,
    ImageFile,
    Problem,
    Setting,
    Student,
)

log = logging.getLogger(__name__)

RETENTION_KEY = "privacy/retention_days"
PRINT_CACHE = ("cache", "print")
MAX_RETENTION_DAYS = 36_500
_PERSONAL_DETAIL = ("value", "name", "names", "student", "existing")


@dataclass
class PurgeReport:
    contest_id: int
    retention_days: int
    cutoff: date  # contests whose deadline is before this day are due
    dry_run: bool
    students: int = 0  # personal data removed now (or, in a dry run, would be)
    already_purged: int = 0
    students_kept: int = 0  # authors of an awarded work
    works: int = 0  # works whose every author is purged
    images: int = 0  # image rows emptied
    files_deleted: int = 0
    files: list[str] = field(default_factory=list)  # relative to the media root


# --- the retention setting ------------------------------------------------------------------------
def retention_days(session: Session) -> int | None:
    setting = session.get(Setting, RETENTION_KEY)
    days = setting.value.get("days") if setting is not None else None
    return days if isinstance(days, int) else None


def set_retention_days(session: Session, days: int, actor: str | None = None) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_RETENTION_DAYS:
        raise InvalidValue("privacy_retention_invalid", value=days, max=MAX_RETENTION_DAYS)
    before = retention_days(session)
    setting = session.get(Setting, RETENTION_KEY)
    if setting is None:
        session.add(Setting(key=RETENTION_KEY, value={"days": days}))
    else:
        setting.value = {"days": days}
    audit.record(session, "privacy.retention", target_table="setting",
                 changes={"days": [before, days]}, actor=actor)


# --- who is a winner --------------------------------------------------------------------------
def _contest_end(contest: Contest) -> date:
    return contest.deadline or date(contest.year, 12, 31)


def _awarded_entries(session: Session, contest_id: int) -> set[int]:
    """Works with an award (proposed or later, not withdrawn) or a tier from before the app."""
    awarded = set(session.scalars(select(Award.entry_id).where(
        Award.contest_id == contest_id, Award.status != AwardStatus.WITHDRAWN)))
    awarded |= set(session.scalars(select(Entry.id).where(
        Entry.contest_id == contest_id, Entry.legacy_tier != "")))
    return awarded


def _file_paths(image: ImageFile, sha_hashes: set[str]) -> list[str]:
    paths = [p for p in (image.stored_path, image.thumb_path, image.preview_path) if p]
    if image.sha256:
        sha_hashes.add(image.sha256)
    return paths


def _print_copies(media_root: Path, hashes: set[str]) -> list[str]:
    """Print-sized copies the catalogue and certificates made (reports/image_prep's cache)."""
    cache = media_root.joinpath(*PRINT_CACHE)
    found: list[str] = []
    for digest in sorted(hashes):
        folder = cache / digest[:2]
        if folder.is_dir():
            found += [p.relative_to(media_root).as_posix() for p in folder.glob(f"{digest}-*")]
    return found


def purge_non_winners(session: Session, contest_id: int, *, older_than_days: int | None = None,
                      now: datetime | None = None, media_root: Path | None = None,
                      dry_run: bool = False) -> PurgeReport:
    """Remove non-winners' personal data from a contest past its retention; see the module.

    older_than_days defaults to the stored retention setting (privacy_retention_unset when
    there is none). Refused with privacy_not_due while the deadline is more recent than that.
    media_root None leaves the files (the report lists them). The caller commits.
    """
    contest = get_contest(session, contest_id)
    days = older_than_days if older_than_days is not None else retention_days(session)
    if days is None:
        raise InvalidValue("privacy_retention_unset")
    if isinstance(days, bool) or not 0 <= days <= MAX_RETENTION_DAYS:
        raise InvalidValue("privacy_retention_invalid", value=days, max=MAX_RETENTION_DAYS)
    today = (now or utcnow()).date()
    cutoff = today - timedelta(days=days)
    report = PurgeReport(contest_id, days, cutoff, dry_run)
    end = _contest_end(contest)
    if end >= cutoff:
        raise InvalidValue("privacy_not_due", deadline=end.isoformat(),
                           due=(end + timedelta(days=days + 1)).isoformat(), days=days)
    awarded = _awarded_entries(session, contest_id)
    students = list(session.scalars(
        select(Student).where(Student.contest_id == contest_id)
        .options(selectinload(Student.works))))
    purge: list[Student] = []
    for student in students:
        if any(link.entry_id in awarded for link in student.works):
            report.students_kept += 1
        elif student.purged_at is not None:
            report.already_purged += 1
        else:
            purge.append(student)
    report.students = len(purge)
    gone = {s.id for s in purge} | {s.id for s in students if s.purged_at is not None}
    entries = _entries_fully_purged(session, contest_id, awarded, gone)
    report.works = len(entries)
    # filtered here, not with IN (...): a 10,000-work edition would pass SQLite's 32,766
    # parameters in the queries below
    images = [i for i in session.scalars(select(ImageFile).join(Entry).where(
        Entry.contest_id == contest_id)) if i.entry_id in entries]
    hashes: set[str] = set()
    files = {p for image in images for p in _file_paths(image, hashes)}
    files -= _still_used(session, files, {image.id for image in images})
    report.images = sum(1 for image in images if image.stored_path)
    if media_root is not None:
        files |= set(_print_copies(media_root, hashes - _hashes_still_used(session, hashes,
                                                                            entries)))
    report.files = sorted(files)
    if dry_run:
        return report
    if media_root is not None:
        report.files_deleted = _delete_files(media_root, report.files)
    stamp = utcnow()
    for student in purge:
        student.name = student.name_latin = student.school = ""
        student.name_latin_suggested = False
        student.birth_date = None
        student.purged_at = stamp
    for image in images:
        image.stored_path = image.thumb_path = image.preview_path = ""
    _scrub_entries(session, contest_id, entries)
    session.flush()
    audit.record(session, "privacy.purge", contest_id=contest_id, target_table="student",
                 changes={"students": [None, report.students], "works": [None, report.works],
                          "images": [None, report.images],
                          "files_deleted": [None, report.files_deleted],
                          "kept_winners": [None, report.students_kept]},
                 reason=f"retention {days} days")
    log.info("privacy purge of contest %s: %d students, %d works, %d files", contest_id,
             report.students, report.works, report.files_deleted)
    return report


def _entries_fully_purged(session: Session, contest_id: int, awarded: set[int],
                          gone: set[int]) -> set[int]:
    """Non-awarded works whose every author is (or is being) purged."""
    authors: dict[int, list[int]] = {}
    for entry_id, student_id in session.execute(
            select(EntryStudent.entry_id, EntryStudent.student_id)
            .join(Entry, Entry.id == EntryStudent.entry_id)
            .where(Entry.contest_id == contest_id)):
        authors.setdefault(entry_id, []).append(student_id)
    return {e for e, ids in authors.items() if e not in awarded and all(i in gone for i in ids)}


def _still_used(session: Session, files: set[str], leaving: set[int]) -> set[str]:
    """Files another image row still names (the same picture in a work that stays)."""
    if not files:
        return set()
    used: set[str] = set()
    for image_id, *paths in session.execute(select(
            ImageFile.id, ImageFile.stored_path, ImageFile.thumb_path, ImageFile.preview_path)):
        if image_id not in leaving:
            used.update(p for p in paths if p in files)
    return used


def _hashes_still_used(session: Session, hashes: set[str], entries: set[int]) -> set[str]:
    if not hashes:
        return set()
    return {sha for sha, entry_id, stored in session.execute(select(
        ImageFile.sha256, ImageFile.entry_id, ImageFile.stored_path))
        if sha in hashes and stored and entry_id not in entries}


def _delete_files(media_root: Path, files: list[str]) -> int:
    root = media_root.resolve()
    deleted = 0
    for rel in files:
        path = (media_root / rel).resolve()
        if not path.is_relative_to(root):
            continue  # a stored path never leaves the media root; a tampered one is ignored
        try:
            path.unlink()
            deleted += 1
        except FileNotFoundError:
            pass  # gone already: a purge cut short is being finished
    return deleted


def _scrub_entries(session: Session, contest_id: int, entries: set[int]) -> None:
    """Personal data that entered other records: sheet extras, problem values, audit values."""
    for entry in session.scalars(select(Entry).where(Entry.contest_id == contest_id)):
        if entry.id in entries and entry.extra:
            entry.extra = {}
    for item in session.scalars(select(Problem).where(Problem.contest_id == contest_id)):
        # problems without a work are rows refused at import: never a winner's
        if item.entry_id is not None and item.entry_id not in entries:
            continue
        if item.value or any(k in item.detail for k in _PERSONAL_DETAIL):
            item.value = ""
            item.detail = {k: v for k, v in item.detail.items() if k not in _PERSONAL_DETAIL}
    for record in session.scalars(select(AuditLog).where(
            AuditLog.contest_id == contest_id, AuditLog.target_table == "entry")):
        if record.target_id in entries and any(k.startswith("student_") for k in record.changes):
            record.changes = {k: (["…", "…"] if k.startswith("student_") else v)
                              for k, v in record.changes.items()}


# --- subject access ---------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._")[:80] or "image"


def export_student(session: Session, student_id: int, out_dir: Path,
                   media_root: Path) -> Path:
    """Everything held about one student (a subject access request): a folder in out_dir with
    student.json and the images of their works. Returns the folder; audit-logged."""
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound("student_not_found", id=student_id)
    contest = session.get_one(Contest, student.contest_id)
    folder = Path(out_dir) / f"student-{student_id}"
    if folder.exists():
        folder = Path(out_dir) / f"student-{student_id}-{utcnow():%Y%m%d-%H%M%S}"
    (folder / "images").mkdir(parents=True)
    works = []
    for link in sorted(student.works, key=lambda lk: lk.entry_id):
        works.append(_work_record(session, link, folder, media_root))
    certificates = session.scalars(select(Certificate).where(
        Certificate.student_id == student_id).order_by(Certificate.id))
    entry_ids = [link.entry_id for link in student.works]
    history = session.scalars(select(AuditLog).where(
        ((AuditLog.target_table == "student") & (AuditLog.target_id == student_id))
        | ((AuditLog.target_table == "entry") & AuditLog.target_id.in_(entry_ids)))
        .order_by(AuditLog.at))
    data = {
        "exported_at": utcnow().isoformat(),
        "contest": {"edition": contest.edition, "year": contest.year},
        "student": {name: _plain(getattr(student, name)) for name in (
            "id", "name", "name_latin", "name_latin_suggested", "birth_date", "grade", "school",
            "guardian_consent", "publication_consent", "purged_at", "created_at")},
        "region": student.works[0].entry.region.code if student.works else None,
        "works": works,
        "certificates": [{"serial": c.serial, "kind": c.kind, "tier": c.tier_key,
                          "language": c.language, "issued_at": _plain(c.issued_at)}
                         for c in certificates],
        # what was done and when; the values are in the record above, not repeated here
        "history": [{"at": _plain(r.at), "action": r.action, "fields": sorted(r.changes)}
                    for r in history],
    }
    (folder / "student.json").write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    audit.record(session, "privacy.export", contest_id=student.contest_id,
                 target_table="student", target_id=student_id)
    return folder


def _work_record(session: Session, link: EntryStudent, folder: Path,
                 media_root: Path) -> dict[str, Any]:
    entry = link.entry
    award = session.scalar(select(Award).where(Award.entry_id == entry.id))
    tier = session.get(AwardTier, award.tier_id) if award is not None else None
    images = []
    for image in entry.images:
        copied = None
        source = media_root / image.stored_path if image.stored_path else None
        if source is not None and source.is_file():
            copied = f"images/{_file_name(entry.entry_no)}-{image.id}{source.suffix.lower()}"
            shutil.copyfile(source, folder / copied)
        images.append({"original_name": image.original_name, "file": copied,
                       "sha256": image.sha256, "format": image.format, "width": image.width,
                       "height": image.height, "size_bytes": image.size_bytes})
    problems = session.scalars(select(Problem).where(Problem.entry_id == entry.id))
    return {
        **{name: _plain(getattr(entry, name)) for name in (
            "entry_no", "anon_code", "title", "title_en", "medium", "width_cm", "height_cm",
            "status", "status_reason", "legacy_tier", "extra", "created_at", "updated_at")},
        "position": link.position, "source_row": link.source_row,
        "co_authors": len(entry.authors) - 1,  # others' data is theirs: only how many
        "award": None if award is None else {
            "tier": tier.key if tier else None, "status": award.status, "rank": award.rank,
            "decided_at": _plain(award.decided_at)},
        "images": images,
        "problems": [{"code": p.code, "severity": p.severity, "column": p.column,
                      "value": p.value, "resolved": p.resolved} for p in problems],
    }
