"""`contest-app backup OUT`, `contest-app backup --list` and `contest-app restore FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contest_app.cli.common import EXIT_OK, EXIT_USAGE, print_json
from contest_app.core import safety
from contest_app.db.session import Database


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser(
        "backup", help="back up the database and its images (.zip, or a folder)",
        description="Writes the database and every image into OUT (OUT.zip: one file; any other "
        "name: a new folder). Automatic backups are also taken before every import, round "
        "close, award finalisation, restore and migration; --list shows them.")
    backup.add_argument("out", nargs="?", type=Path, metavar="OUT",
                        help="OUT.zip or a new folder")
    backup.add_argument("--list", action="store_true", help="list the automatic backups")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(command=backup_command)

    restore = sub.add_parser(
        "restore", help="replace the database and images with a backup",
        description="Restores a backup (a .zip or folder written by `backup`, or an automatic "
        "one). What is there now is backed up automatically first. A backup written by a newer "
        "version of the app is refused.")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup (.zip or folder)")
    restore.set_defaults(command=restore_command)


def backup_command(args: argparse.Namespace, db: Database) -> int:
    if args.list:
        rows = safety.automatic_backups(db)
        if args.json:
            print_json([{"path": str(b.path), "created_at": b.created_at, "reason": b.reason,
                         "schema": b.schema} for b in rows])
        for b in rows if not args.json else []:
            print(f"{b.created_at[:19]}  {b.reason:<16} {b.path}")
        return EXIT_OK
    if args.out is None:
        print("error: give OUT (a .zip file or a new folder), or --list", file=sys.stderr)
        return EXIT_USAGE
    path = safety.back_up(db, args.out)
    if args.json:
        print_json({"path": str(path)})
    else:
        print(path)
    return EXIT_OK


def restore_command(args: argparse.Namespace, db: Database) -> int:
    outcome = safety.restore_into(db, args.file)
    restored = outcome.restored
    print(f"restored {args.file} (written {restored.created_at[:19]}, schema {restored.schema}, "
          f"now {outcome.schema}): {restored.rows} rows, {restored.media_files} images")
    if outcome.before is not None:
        print(f"the data it replaced is kept in {outcome.before}")
    return EXIT_OK
