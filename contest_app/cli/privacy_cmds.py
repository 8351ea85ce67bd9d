"""`contest-app privacy purge|export-student|retention`: the retention rule and subject access."""

from __future__ import annotations

import argparse
from pathlib import Path

from contest_app.cli.common import EXIT_OK, print_json
from contest_app.core import privacy
from contest_app.db.session import Database


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = sub.add_parser("privacy", help="students' personal data: retention, purge, export")
    psub = group.add_subparsers(dest="action", required=True)

    purge = psub.add_parser(
        "purge", help="remove the personal data of students who won no award",
        description="Once the contest's deadline is older than the retention period, blanks "
        "the names, birth dates and schools of students none of whose works won an award and "
        "deletes their works' images. Titles, counts and scores stay.")
    purge.add_argument("--contest", type=int, required=True)
    purge.add_argument("--days", type=int, default=None,
                       help="retention in days (default: the stored setting)")
    purge.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(command=purge_command)

    export = psub.add_parser("export-student",
                             help="everything held about one student (a subject access request)")
    export.add_argument("--student", type=int, required=True, help="the student's id")
    export.add_argument("out", type=Path, metavar="OUT_DIR")
    export.set_defaults(command=export_command)

    retention = psub.add_parser("retention", help="show or set the retention period")
    retention.add_argument("--days", type=int, default=None, help="set it to N days")
    retention.set_defaults(command=retention_command)


def purge_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        report = privacy.purge_non_winners(session, args.contest, older_than_days=args.days,
                                           media_root=db.media_root, dry_run=args.dry_run)
    data = {"contest": report.contest_id, "dry_run": report.dry_run,
            "retention_days": report.retention_days, "cutoff": report.cutoff,
            "students": report.students, "already_purged": report.already_purged,
            "kept_winners": report.students_kept, "works": report.works,
            "images": report.images, "files": len(report.files),
            "files_deleted": report.files_deleted}
    if args.json:
        print_json(data)
        return EXIT_OK
    verb = "would remove" if report.dry_run else "removed"
    print(f"contest {report.contest_id} (retention {report.retention_days} days): {verb} the "
          f"personal data of {report.students} students and the images of {report.works} "
          f"works ({len(report.files)} files)")
    print(f"kept: {report.students_kept} students with an award; already removed: "
          f"{report.already_purged}")
    return EXIT_OK


def export_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        folder = privacy.export_student(session, args.student, args.out, db.media_root)
    print(folder)
    return EXIT_OK


def retention_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        if args.days is not None:
            privacy.set_retention_days(session, args.days)
        days = privacy.retention_days(session)
    print(f"retention: {days} days" if days is not None else "retention: not set")
    return EXIT_OK
