"""A demo contest shaped like the 12th edition (2024): its regions, their shares, real scripts."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.codes import new_codes
from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.demo_data import DemoBatch, generate_batches
from contest_app.core.demo_images import painting_bytes
from contest_app.core.errors import Conflict
from contest_app.core.images import StoredImage, store_image
from contest_app.core.intake.validate import age_on
from contest_app.db.models import (
    Batch,
    Contest,
    Entry,
    EntryStatus,
    EntryStudent,
    ImageFile,
    Problem,
    Region,
    Severity,
    Student,
)
from contest_app.db.session import Database

Progress = Callable[[int, int], None]

DEMO_THEME = {
    "en": "Myths and legends of our region / country",
    "ko": "우리 지역·나라의 신화와 전설",
    "zh": "我们地区/国家的神话与传说",
    "ja": "わが地域・わが国の神話と伝説",
    "ru": "Мифы и легенды нашего региона / страны",
    "mn": "Манай нутаг, орны домог ба үлгэр",
}
DEMO_IMAGE_SIZE = (1200, 900)


def _make_image(args: tuple[str, str, int, str, tuple[int, int]]) -> StoredImage:
    media_root, folder, seed, name, size = args
    return store_image(Path(media_root), folder, painting_bytes(seed, size), name)


def build_demo(
    db: Database,
    *,
    total: int | None = None,
    seed: int = 12,
    progress: Progress | None = None,
    workers: int = 2,
    image_size: tuple[int, int] = DEMO_IMAGE_SIZE,
) -> int:
    """Create the demo edition with entries and images; returns its contest id."""
    batches = generate_batches(seed=seed, total=total)
    with db.session() as session, session.begin():
        if session.scalar(select(Contest).where(Contest.edition == 12)) is not None:
            raise Conflict("edition_exists", edition=12)
        contest = create_contest(
            session,
            ContestSpec(edition=12, year=2024, theme=dict(DEMO_THEME),
                        deadline=date(2024, 9, 13), age_reference_date=date(2024, 9, 13)),
        )
        contest_id = contest.id
    works = [(b, w) for b in batches for w in b.works]
    folder = f"contest-{contest_id}"
    jobs = [(str(db.media_root), folder, seed * 100_000 + i, w.image_name, image_size)
            for i, (_b, w) in enumerate(works)]
    stored: list[StoredImage] = []
    if workers <= 1:
        results = map(_make_image, jobs)
        for done, image in enumerate(results, start=1):
            stored.append(image)
            if progress:
                progress(done, len(jobs))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for done, image in enumerate(pool.map(_make_image, jobs, chunksize=8), start=1):
                stored.append(image)
                if progress:
                    progress(done, len(jobs))
    with db.session() as session, session.begin():
        _write_entries(session, contest_id, batches, stored)
    return contest_id


def _write_entries(
    session: Session, contest_id: int, batches: list[DemoBatch], stored: list[StoredImage]
) -> None:
    regions = {r.code: r.id for r in session.scalars(select(Region))}
    codes = iter(new_codes(sum(len(b.works) for b in batches)))
    images = iter(stored)
    reference = date(2024, 9, 13)
    for demo_batch in batches:
        region_id = regions[demo_batch.region_code]
        batch = Batch(contest_id=contest_id, region_id=region_id, source_name="demo",
                      rows_read=sum(len(w.students) for w in demo_batch.works))
        session.add(batch)
        session.flush()
        for work in demo_batch.works:
            consent = all(s.guardian_consent for s in work.students)
            entry = Entry(
                contest_id=contest_id, region_id=region_id, batch_id=batch.id,
                entry_no=work.entry_no, anon_code=next(codes), title=work.title,
                title_en=work.title_en, medium=work.medium, width_cm=work.width_cm,
                height_cm=work.height_cm,
                status=EntryStatus.ELIGIBLE if consent else EntryStatus.RECEIVED,
            )
            for position, demo_student in enumerate(work.students):
                student = Student(
                    contest_id=contest_id, region_id=region_id, name=demo_student.name,
                    name_latin=demo_student.name_latin, birth_date=demo_student.birth_date,
                    grade=demo_student.grade, school=demo_student.school,
                    guardian_consent=demo_student.guardian_consent,
                    publication_consent=demo_student.guardian_consent,
                )
                entry.authors.append(EntryStudent(student=student, position=position))
            image = next(images)
            entry.images.append(ImageFile(
                original_name=work.image_name, stored_path=image.stored_path,
                sha256=image.sha256, phash=image.phash, format=image.format,
                width=image.width, height=image.height, size_bytes=image.size_bytes,
                thumb_path=image.thumb_path, preview_path=image.preview_path,
            ))
            session.add(entry)
            session.flush()
            if not consent:
                session.add(Problem(
                    contest_id=contest_id, batch_id=batch.id, entry_id=entry.id,
                    code="guardian_consent_missing", severity=Severity.WARNING,
                    column="guardian_consent", value="no",
                ))
            for demo_student in work.students:
                age = age_on(demo_student.birth_date, reference)
                if not 12 <= age <= 19:
                    session.add(Problem(
                        contest_id=contest_id, batch_id=batch.id, entry_id=entry.id,
                        code="age_out_of_range", severity=Severity.ERROR,
                        column="birth_date", value=demo_student.birth_date.isoformat(),
                    ))
