"""Every table of the app. Import models from here."""

from contest_app.db.models.audit import AuditLog, Setting
from contest_app.db.models.contest import AwardTier, Contest, ContestStatus, Criterion
from contest_app.db.models.entries import (
    Batch,
    Entry,
    EntryStatus,
    EntryStudent,
    ImageFile,
    Problem,
    Severity,
    Student,
)
from contest_app.db.models.jury import (
    Assignment,
    Juror,
    JurorConflict,
    Round,
    RoundEntry,
    RoundKind,
    RoundStatus,
    Score,
    ScoreSource,
    ScoreValue,
)
from contest_app.db.models.jury_packages import JuryPackage
from contest_app.db.models.reference import Country, Membership, Region
from contest_app.db.models.results import Award, AwardStatus, Certificate, CertificateKind
from contest_app.db.models.tours import Tour, TourWork, Venue, VenueWork

__all__ = [
    "Assignment",
    "AuditLog",
    "Award",
    "AwardStatus",
    "AwardTier",
    "Batch",
    "Certificate",
    "CertificateKind",
    "Contest",
    "ContestStatus",
    "Country",
    "Criterion",
    "Entry",
    "EntryStatus",
    "EntryStudent",
    "ImageFile",
    "Juror",
    "JurorConflict",
    "JuryPackage",
    "Membership",
    "Problem",
    "Region",
    "Round",
    "RoundEntry",
    "RoundKind",
    "RoundStatus",
    "Score",
    "ScoreSource",
    "ScoreValue",
    "Setting",
    "Severity",
    "Student",
    "Tour",
    "TourWork",
    "Venue",
    "VenueWork",
]
