"""Offline juror packages on the command line.

    contest-app jury export-package --contest ID --juror JUROR [--round R] OUT
    contest-app jury import-results FILE
    contest-app juror PACKAGE.nearjury                       (opens the scoring screen)
    contest-app juror --export-results PACKAGE.nearjury OUT  (no screen, no database)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contest_app.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from contest_app.core.errors import ContestAppError
from contest_app.core.jury.jurors import find_juror
from contest_app.core.jury.package import export_package, read_manifest
from contest_app.core.jury.paper import resolve_round
from contest_app.db.session import Database
from contest_app.messages import message

SubParsers = argparse._SubParsersAction  # type: ignore[type-arg]


def add_parsers(jsub: SubParsers) -> None:
    """Add export-package and import-results to the `jury` group."""
    export = jsub.add_parser("export-package",
                             help="write one juror's offline package for a round (.nearjury)")
    export.add_argument("--contest", type=int, required=True)
    export.add_argument("--juror", required=True, help="the juror's id or exact name")
    export.add_argument("--round", type=int, default=None, help="default: the latest open round")
    export.add_argument("out", type=Path, help="the package file, or a folder to put it in")
    export.set_defaults(command=export_command)

    imp = jsub.add_parser("import-results",
                          help="import a juror's results file (.nearresults) into the database")
    imp.add_argument("file", type=Path)
    imp.set_defaults(command=import_command)


def add_juror_parser(sub: SubParsers) -> None:
    """The top-level `juror` command: what a juror runs on a laptop without the database."""
    juror = sub.add_parser("juror", help="score an offline package (.nearjury) on this computer")
    juror.add_argument("--export-results", action="store_true",
                       help="write the results file for staff instead of opening the screen")
    juror.add_argument("package", type=Path, help="the package file staff sent")
    juror.add_argument("out", type=Path, nargs="?", default=None,
                       help="with --export-results: the results file or its folder "
                       "(default: beside the package)")
    juror.set_defaults(raw_command=juror_command)


def export_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        round_id = resolve_round(session, args.contest, args.round).id
        juror_id = find_juror(session, args.contest, args.juror).id
    path = export_package(db, round_id, juror_id, args.out)
    works = len(read_manifest(path)["works"])
    print(f"{path} ({works} works)")
    return EXIT_OK


def import_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.jury.results_import import import_results

    try:
        report = import_results(db, args.file)
    except ContestAppError as exc:
        print(f"error: {message(exc.code, exc.values)}", file=sys.stderr)
        return EXIT_REFUSED
    if report.already_imported:
        print(f"already imported: {args.file.name} changed nothing")
        return EXIT_OK
    print(f"scored {len(report.scored)}, unscored {len(report.unscored)}, "
          f"refused {len(report.refused)}"
          + (f" ({len(report.incomplete)} scored incompletely)" if report.incomplete else ""))
    for code, (error, values) in sorted(report.refused.items()):
        print(f"  refused {code}: {message(error, values)}")
    return EXIT_REFUSED if report.refused else EXIT_OK


def juror_command(args: argparse.Namespace) -> int:
    from contest_app.core.jury.package_source import open_package

    try:
        source = open_package(args.package)
    except ContestAppError as exc:
        print(f"error: {message(exc.code, exc.values)}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        if args.export_results:
            path = source.export_results(args.out or args.package.parent)
            print(f"{path} ({source.scored_count} of {len(source.works())} works scored)")
            return EXIT_OK
        try:
            from contest_app.gui.scoring import run_scoring
        except ImportError as exc:
            missing = exc.name or ""
            if missing not in ("contest_app.gui.scoring", "contest_app.gui") and not (
                    missing.startswith(("PySide6", "shiboken6"))):
                raise
            print(f"error: {message('scoring_screen_missing')}", file=sys.stderr)
            return EXIT_USAGE
        return int(run_scoring(source))
    finally:
        source.close()
