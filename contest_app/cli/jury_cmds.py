"""`contest-app jury ...`: jurors, rounds, paper score sheets, typed-up scores, progress."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.cli.common import EXIT_OK, EXIT_REFUSED, print_json
from contest_app.core.errors import NotFound
from contest_app.core.jury import assignment, jurors, progress, rounds
from contest_app.core.languages import LANGUAGES
from contest_app.core.safety import auto_backup
from contest_app.db.models import Entry, RoundKind
from contest_app.db.session import Database
from contest_app.messages import message

SubParsers = argparse._SubParsersAction  # type: ignore[type-arg]


def add_parsers(sub: SubParsers) -> SubParsers:
    """Add the `jury` group; returns its subparsers so other modules can add commands to it."""
    jury = sub.add_parser("jury", help="the blind jury: jurors, rounds, score sheets, progress")
    jsub = jury.add_subparsers(dest="action", required=True)

    juror = jsub.add_parser("add-juror", help="add a juror; prints the juror's id")
    juror.add_argument("--contest", type=int, required=True)
    juror.add_argument("--name", required=True)
    juror.add_argument("--affiliation", default="")
    juror.add_argument("--country", default="", metavar="CC", help="the juror's country, e.g. KR")
    juror.add_argument("--language", choices=LANGUAGES, default="en",
                       help="language of the juror's sheets and screen")
    juror.add_argument("--conflict", action="extend", nargs="+", default=[], metavar="CODE",
                       help="a country (KR) or region (KR-47) the juror must not score")
    juror.add_argument("--conflict-reason", default="", metavar="TEXT",
                       help="why (kept with each conflict and in the audit log)")
    juror.set_defaults(command=add_juror_command)

    rnd = jsub.add_parser("add-round", help="create a round, fill its works, assign jurors; "
                          "prints the round's id")
    rnd.add_argument("--contest", type=int, required=True)
    rnd.add_argument("--kind", choices=[k.value for k in RoundKind], default="preliminary")
    rnd.add_argument("--name", default="")
    rnd.add_argument("--per-work", type=int, default=None, metavar="N",
                     help="jurors per work (default: every juror scores every work)")
    rnd.add_argument("--top", type=int, default=None, metavar="N",
                     help="final round: the top N works of the previous round")
    rnd.add_argument("--entries", default="", metavar="CODE,...",
                     help="boundary round: the works' anonymous codes")
    rnd.add_argument("--criteria", default="", metavar="KEY,...",
                     help="criteria of the round (default: the contest's)")
    rnd.add_argument("--show-titles", action="store_true",
                     help="show jurors the titles (a title can give a region away)")
    rnd.add_argument("--seed", type=int, default=None, help="repeatable assignment")
    rnd.set_defaults(command=add_round_command)

    sheet = jsub.add_parser("score-sheet", help="a blank score sheet for a juror (.xlsx or .pdf)")
    sheet.add_argument("--contest", type=int, required=True)
    sheet.add_argument("--juror", required=True, help="the juror's id or exact name")
    sheet.add_argument("--round", type=int, default=None, help="default: the latest open round")
    sheet.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.pdf")
    sheet.set_defaults(command=score_sheet_command)

    imp = jsub.add_parser("import-scores", help="import typed-up paper scores (.xlsx or .csv)")
    imp.add_argument("--contest", type=int, required=True)
    imp.add_argument("--round", type=int, default=None, help="default: the latest open round")
    imp.add_argument("--encoding", default=None, help="code page of a CSV (default: detected)")
    imp.add_argument("sheet", type=Path)
    imp.set_defaults(command=import_scores_command)

    prog = jsub.add_parser("progress", help="scored against assigned, per round and juror")
    prog.add_argument("--contest", type=int, required=True)
    prog.add_argument("--json", action="store_true")
    prog.set_defaults(command=progress_command)

    close = jsub.add_parser("close-round", help="close a round (a decision if scores are missing)")
    close.add_argument("--contest", type=int, required=True)
    close.add_argument("--round", type=int, default=None, help="default: the latest open round")
    close.add_argument("--decision", choices=rounds.DECISIONS, default=None)
    close.add_argument("--reason", default="")
    close.set_defaults(command=close_round_command)

    move = jsub.add_parser("reassign", help="move a juror's unscored works to other jurors")
    move.add_argument("--contest", type=int, required=True)
    move.add_argument("--juror", required=True, help="the juror's id or exact name")
    move.add_argument("--round", type=int, default=None, help="default: the latest open round")
    move.add_argument("--reason", required=True)
    move.add_argument("--deactivate", action="store_true",
                      help="also take the juror off the panel (they dropped out)")
    move.set_defaults(command=reassign_command)
    return jsub


def add_juror_command(args: argparse.Namespace, db: Database) -> int:
    conflicts = [jurors.conflict_scope(code) for code in args.conflict]
    with db.session() as session, session.begin():
        juror = jurors.add_juror(session, args.contest, args.name, affiliation=args.affiliation,
                                 country_code=args.country, language=args.language,
                                 conflicts=conflicts, reason=args.conflict_reason)
        juror_id = juror.id
    print(juror_id)
    return EXIT_OK


def _codes_to_ids(session: Session, contest_id: int, text: str) -> list[int]:
    codes = [c.strip().upper() for c in text.split(",") if c.strip()]
    found = dict(session.execute(select(Entry.anon_code, Entry.id).where(
        Entry.contest_id == contest_id, Entry.anon_code.in_(codes))).all())
    for code in codes:
        if code not in found:
            raise NotFound("entry_code_unknown", value=code)
    return [found[c] for c in codes]


def add_round_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        entry_ids = _codes_to_ids(session, args.contest, args.entries) if args.entries else None
        keys = [k for k in args.criteria.split(",") if k.strip()] or None
        round_ = rounds.create_round(
            session, args.contest, kind=args.kind, name=args.name, show_titles=args.show_titles,
            jurors_per_work=args.per_work, top_n=args.top, entry_ids=entry_ids,
            criteria_keys=keys)
        report = assignment.assign(session, round_.id, seed=args.seed)
        round_id = round_.id
        short = dict(session.execute(select(Entry.id, Entry.anon_code).where(
            Entry.id.in_(list(report.short)))).all())
    loads = sorted(report.loads.values())
    print(f"round {round_id}: {report.created} assignments, {len(loads)} jurors, "
          f"{loads[0]}-{loads[-1]} works each", file=sys.stderr)
    for entry_id, got in sorted(report.short.items(), key=lambda item: short[item[0]]):
        print(f"warning: {message('work_short', {'code': short[entry_id], 'got': got})}",
              file=sys.stderr)
    print(round_id)
    return EXIT_OK


def score_sheet_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.jury.paper import write_score_sheet

    with db.session() as session:
        juror = jurors.find_juror(session, args.contest, args.juror)
        write_score_sheet(session, args.contest, juror.id, args.round, args.out, db.media_root)
    print(args.out)
    return EXIT_OK


def import_scores_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.jury.paper import import_scores

    with db.session() as session, session.begin():
        report = import_scores(session, args.contest, args.sheet, round_id=args.round,
                               encoding=args.encoding)
    for problem in report.problems:
        print(f"row {problem.row}, column {problem.column}: "
              f"{message(problem.code, problem.values())}")
    print(f"rows: {report.rows}  saved: {report.saved}  replaced: {report.replaced}  "
          f"blank: {report.blank}  refused: {report.refused}", file=sys.stderr)
    return EXIT_REFUSED if report.problems else EXIT_OK


def progress_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.contests import get_contest

    with db.session() as session:
        get_contest(session, args.contest)
        rows = progress.round_progress(session, args.contest)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    if not rows:
        print("No rounds yet. Create one with: contest-app jury add-round --contest ID")
    for r in rows:
        print(f"round {r.round_id} {r.name or r.kind} ({r.status}): {r.works} works, "
              f"{r.scored}/{r.assignments} scored ({r.percent:g}%)")
        for j in r.jurors:
            print(f"  {j.juror_id:>4}  {j.name:<30} {j.scored:>5}/{j.assigned:<5} "
                  f"{j.percent:>5.1f}%  flagged {j.flagged}")
    return EXIT_OK


def _round_for(session: Session, contest_id: int, round_id: int | None) -> int:
    from contest_app.core.jury.paper import resolve_round

    return resolve_round(session, contest_id, round_id).id


def close_round_command(args: argparse.Namespace, db: Database) -> int:
    auto_backup(db, "close-round")
    with db.session() as session, session.begin():
        round_ = rounds.close_round(session, _round_for(session, args.contest, args.round),
                                    decision=args.decision, reason=args.reason)
        print(f"round {round_.id} closed" + (f" ({round_.close_decision})"
                                             if round_.close_decision else ""))
    return EXIT_OK


def reassign_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        juror = jurors.find_juror(session, args.contest, args.juror)
        if args.deactivate:
            jurors.set_active(session, juror.id, False, args.reason)
        moved = assignment.reassign(session, _round_for(session, args.contest, args.round),
                                    juror.id, args.reason)
    print(moved)
    return EXIT_OK
