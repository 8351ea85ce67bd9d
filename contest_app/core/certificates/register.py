"""The certificate register: serials, verification codes, issues and reissues.

The register is the source of truth. Generating again for the same student + work + kind
reuses the row (same serial, same verification code, same issue date), so a regenerated PDF is
the same certificate. A reprint adds a row with the same serial and code pointing at the first
(reissue_of_id), so the register shows every paper that exists.

Serials read NEAR-<year>-<A|P|T>-<number>, numbered per contest and kind in the order the first
generation met them (region, school, name). Verification codes are 10 characters of Crockford's
base32 (no I, L, O, U) drawn from the OS's random source: 50 bits, not guessable from a serial.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.certificates.plan import (
    CertificateData,
    ContestInfo,
    contest_info,
    entry_values,
    teacher_name,
)
from contest_app.core.errors import NotFound
from contest_app.db.models import (
    AwardTier,
    Certificate,
    CertificateKind,
    Contest,
    Country,
    Entry,
    Region,
    Student,
)

SERIAL_LETTERS = {"award": "A", "participation": "P", "teacher": "T"}
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """As printed: two groups of five, easier to read aloud and type."""
    return f"{code[:5]}-{code[5:]}" if len(code) == CODE_LENGTH else code


def normalise_code(text: str) -> str:
    """What a person typed (any case, hyphens, O for 0) as the stored code."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(_CONFUSABLE)


def languages_label(languages: tuple[str, ...]) -> str:
    return "+".join(languages)


def parse_languages(label: str) -> tuple[str, ...]:
    return tuple(part for part in label.split("+") if part) or ("en",)


def _number(serial: str) -> int:
    tail = serial.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _key(kind: str, student_id: int | None, entry_id: int | None) -> tuple[str, int | None, int | None]:
    return (kind, student_id, entry_id)


@dataclass(frozen=True)
class IssueResult:
    new: int
    reused: int


def issue(session: Session, contest: ContestInfo, items: list[CertificateData]) -> IssueResult:
    """Give every item its register row (existing or new); fills serial, code and dates."""
    # Two workstations generating at once must not both take the next number: on PostgreSQL
    # the contest row is locked until this transaction ends (SQLite has one writer anyway).
    session.execute(select(Contest.id).where(Contest.id == contest.id).with_for_update())
    originals = list(session.scalars(select(Certificate).where(
        Certificate.contest_id == contest.id, Certificate.reissue_of_id.is_(None))))
    existing = {_key(c.kind, c.student_id, c.entry_id): c for c in originals}
    next_number: dict[str, int] = {}
    for cert in originals:
        letter = SERIAL_LETTERS.get(cert.kind, "X")
        next_number[letter] = max(next_number.get(letter, 0), _number(cert.serial))
    codes = {c.verification_code for c in originals}
    new = reused = 0
    for item in items:
        found = existing.get(_key(item.kind, item.student_id, item.entry_id))
        label = languages_label(item.languages)
        if found is not None:
            cert = found
            # the tier may have been corrected since; the serial and code stay
            cert.tier_key, cert.language = item.tier_key, label
            reused += 1
        else:
            letter = SERIAL_LETTERS[item.kind]
            next_number[letter] = next_number.get(letter, 0) + 1
            code = new_code()
            while code in codes:  # 2^50 codes: a clash is near impossible, but never reuse one
                code = new_code()
            codes.add(code)
            cert = Certificate(
                contest_id=contest.id, student_id=item.student_id, entry_id=item.entry_id,
                kind=item.kind, tier_key=item.tier_key, language=label, verification_code=code,
                serial=f"NEAR-{contest.year}-{letter}-{next_number[letter]:04d}",
            )
            session.add(cert)
            existing[_key(item.kind, item.student_id, item.entry_id)] = cert
            new += 1
        item.serial, item.code = cert.serial, cert.verification_code
    session.flush()
    for item in items:
        cert = existing[_key(item.kind, item.student_id, item.entry_id)]
        item.certificate_id = cert.id
        item.issued_on = (cert.issued_at or datetime.now()).date()
    if new:
        audit.record(session, "certificates.issue", contest_id=contest.id,
                     target_table="certificate", changes={"new": [None, new]})
    return IssueResult(new, reused)


def find_original(session: Session, contest_id: int, serial: str) -> Certificate:
    cert = session.scalar(select(Certificate).where(
        Certificate.contest_id == contest_id, Certificate.serial == serial.strip(),
        Certificate.reissue_of_id.is_(None)))
    if cert is None:
        raise NotFound("certificate_not_found", serial=serial)
    return cert


def reissue(session: Session, contest_id: int, serial: str, reason: str = ""
            ) -> tuple[Certificate, Certificate]:
    """(original, reissue): a new register row with the same serial and code."""
    original = find_original(session, contest_id, serial)
    again = Certificate(
        contest_id=contest_id, student_id=original.student_id, entry_id=original.entry_id,
        kind=original.kind, tier_key=original.tier_key, serial=original.serial,
        verification_code=original.verification_code, language=original.language,
        reissue_of_id=original.id)
    session.add(again)
    session.flush()
    audit.record(session, "certificates.reissue", contest_id=contest_id,
                 target_table="certificate", target_id=again.id,
                 changes={"serial": [None, original.serial]}, reason=reason)
    return original, again


def item_for(session: Session, cert: Certificate, reissued_on: date | None = None
             ) -> CertificateData:
    """The printable data of a register row, as it reads in the database today."""
    entry = session.get(Entry, cert.entry_id) if cert.entry_id is not None else None
    if entry is None:
        raise NotFound("entry_not_found", id=cert.entry_id)
    region = session.get(Region, entry.region_id)
    assert region is not None
    country = session.get(Country, region.country_code)
    country_language = country.language if country is not None else "en"
    base = entry_values(entry, country, country_language, None)
    base["languages"] = parse_languages(cert.language)
    original_date = cert.issued_at
    if cert.reissue_of_id is not None:
        first = session.get(Certificate, cert.reissue_of_id)
        original_date = first.issued_at if first is not None else cert.issued_at
        reissued_on = reissued_on or cert.issued_at.date()
    if cert.kind == CertificateKind.TEACHER:
        first_student = entry.students[0] if entry.students else None
        name, name_latin = teacher_name(entry), ""
        school = first_student.school if first_student is not None else ""
    else:
        student = session.get(Student, cert.student_id) if cert.student_id else None
        if student is None:
            raise NotFound("student_not_found", id=cert.student_id)
        name, name_latin, school = student.name, student.name_latin, student.school
    tier = session.scalar(select(AwardTier).where(
        AwardTier.contest_id == cert.contest_id, AwardTier.key == cert.tier_key)
    ) if cert.tier_key else None
    return CertificateData(
        kind=cert.kind, student_id=cert.student_id, entry_id=cert.entry_id, name=name,
        name_latin=name_latin, school=school, tier_key=cert.tier_key,
        tier_names=dict(tier.names) if tier is not None else {}, serial=cert.serial,
        code=cert.verification_code, issued_on=original_date.date(), reissued_on=reissued_on,
        certificate_id=cert.id, **base)


def record_files(session: Session, files: dict[int, tuple[str, str]]) -> None:
    """certificate id -> (file name, SHA-256 of the file it was written into)."""
    for cert_id, (name, digest) in files.items():
        cert = session.get(Certificate, cert_id)
        if cert is not None:
            cert.file_name, cert.file_sha256 = name, digest
    session.flush()


@dataclass(frozen=True)
class RegisterRow:
    serial: str
    code: str
    kind: str
    tier_key: str
    name: str
    name_latin: str
    region_code: str
    school: str
    entry_no: str
    title: str
    language: str
    issued_at: datetime
    reissue: bool
    file_name: str
    file_sha256: str


def register_rows(session: Session, contest_id: int) -> list[RegisterRow]:
    query = (select(Certificate, Student, Entry, Region)
             .outerjoin(Student, Student.id == Certificate.student_id)
             .outerjoin(Entry, Entry.id == Certificate.entry_id)
             .outerjoin(Region, Region.id == Entry.region_id)
             .where(Certificate.contest_id == contest_id)
             .order_by(Certificate.serial, Certificate.issued_at, Certificate.id))
    rows: list[RegisterRow] = []
    for cert, student, entry, region in session.execute(query):
        if cert.kind == CertificateKind.TEACHER and entry is not None:
            name, latin, school = teacher_name(entry), "", ""
        else:
            name = student.name if student is not None else ""
            latin = student.name_latin if student is not None else ""
            school = student.school if student is not None else ""
        rows.append(RegisterRow(
            cert.serial, cert.verification_code, cert.kind, cert.tier_key, name, latin,
            region.code if region is not None else "", school,
            entry.entry_no if entry is not None else "", entry.title if entry is not None else "",
            cert.language, cert.issued_at, cert.reissue_of_id is not None, cert.file_name,
            cert.file_sha256))
    return rows


__all__ = ["IssueResult", "RegisterRow", "contest_info", "find_original", "format_code",
           "issue", "item_for", "new_code", "normalise_code", "record_files", "register_rows",
           "reissue"]
