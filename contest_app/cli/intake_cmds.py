"""`contest-app import`, `entries list`, `report summary` and `template`."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from contest_app.cli.common import EXIT_OK, EXIT_REFUSED, print_json
from contest_app.core import summary
from contest_app.core.contests import get_contest
from contest_app.core.languages import LANGUAGES
from contest_app.core.reference import region_by_code
from contest_app.core.safety import auto_backup
from contest_app.db.models import Entry, EntryStudent, Problem
from contest_app.db.session import Database
from contest_app.messages import message


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser("import", help="import a region's batch (folder, zip or sheet)")
    imp.add_argument("--contest", type=int, required=True, help="contest id")
    imp.add_argument("--region", required=True, help="region code, e.g. KR-47")
    imp.add_argument("path", type=Path, help="the batch: a folder, a .zip, or a sheet")
    imp.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    imp.add_argument("--report", type=Path, metavar="FILE.xlsx",
                     help="write the problems, in the region's language, for the region")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=field",
                     help="read the column HEADER as field (repeatable)")
    imp.add_argument("--encoding", help="the code page of a CSV sheet (default: detected)")
    imp.add_argument("--json", action="store_true", help="print the summary as JSON")
    imp.set_defaults(command=import_command)

    entries = sub.add_parser("entries", help="the works of a contest")
    esub = entries.add_subparsers(dest="action", required=True)
    listing = esub.add_parser("list", help="every work with its code, status, flags, students")
    listing.add_argument("--contest", type=int, required=True)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(command=entries_command)

    report = sub.add_parser("report", help="figures computed from the entries")
    rsub = report.add_subparsers(dest="action", required=True)
    counts = rsub.add_parser("summary", help="works and students per country and region")
    counts.add_argument("--contest", type=int, required=True)
    counts.add_argument("--json", action="store_true")
    counts.set_defaults(command=summary_command)

    template = sub.add_parser("template", help="a blank entry sheet for a region")
    template.add_argument("--region", required=True)
    template.add_argument("--lang", dest="template_lang", choices=LANGUAGES, default=None,
                          help="language of the sheet (default: the region's)")
    template.add_argument("out", type=Path, metavar="OUT.xlsx")
    template.set_defaults(command=template_command)


class _Progress:
    """Image progress on stderr, a line that rewrites itself; quiet for small batches."""

    def report(self, done: int, total: int) -> None:
        if total >= 20 and (done == total or done % 10 == 0):
            end = "\n" if done == total else ""
            print(f"\rimages: {done}/{total}", end=end, file=sys.stderr, flush=True)


def _where(row: int | None, column: str) -> str:
    parts = [f"row {row}"] if row is not None else ["batch"]
    if column:
        parts.append(f"column {column}")
    return ", ".join(parts)


def import_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.intake.headers import parse_map_option
    from contest_app.core.intake.pipeline import commit_import, discard_plan, plan_import
    from contest_app.core.intake.reports import write_problem_report

    overrides = parse_map_option(args.map) if args.map else None
    with db.session() as session:
        get_contest(session, args.contest)
        region = region_by_code(session, args.region)
        language = region.country.language or "en"
    plan = plan_import(db, args.contest, args.region, args.path, header_overrides=overrides,
                       encoding=args.encoding, control=_Progress())
    try:
        if args.report:
            write_problem_report(plan, args.report, language)
        if not (args.dry_run or plan.blocked):
            auto_backup(db, "import")
        result = None if args.dry_run or plan.blocked else commit_import(db, plan)
    finally:
        discard_plan(plan)
    data: dict[str, Any] = {
        "dry_run": bool(args.dry_run), "source": plan.source_name, "sheet": plan.sheet_name,
        "encoding": plan.encoding, "works": len(plan.works), "students": plan.students_count,
        "created": plan.count("new"), "updated": plan.count("update"),
        "unchanged": plan.count("unchanged"), "refused": plan.count("refused"),
        "errors": len(plan.errors), "warnings": len(plan.warnings),
        "counts_by_code": plan.counts_by_code(),
        "batch_id": result.batch_id if result else None,
        "problems": [{"row": p.row, "column": p.column, "value": p.value, "code": p.code,
                      "severity": p.severity, "entry_no": p.entry_no,
                      "message": message(p.code, p.values())} for p in plan.problems],
    }
    if args.json:
        print_json(data)
    else:
        _print_summary(data, plan.errors)
    return EXIT_REFUSED if plan.works_refused or plan.blocked else EXIT_OK


def _print_summary(data: dict[str, Any], errors: list[Any]) -> None:
    verb = "would be " if data["dry_run"] else ""
    print(f"batch: {data['source']} (sheet {data['sheet'] or '-'}, {data['encoding'] or '-'})")
    print(f"works: {data['works']}  students: {data['students']}")
    print(f"{verb}created: {data['created']}  {verb}updated: {data['updated']}  "
          f"unchanged: {data['unchanged']}  refused: {data['refused']}")
    print(f"errors: {data['errors']}  warnings: {data['warnings']}")
    for code, count in data["counts_by_code"].items():
        print(f"  {code}: {count}")
    for item in errors:
        print(f"{_where(item.row, item.column)}: {message(item.code, item.values())}")


def entries_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        get_contest(session, args.contest)
        flags: dict[int, set[str]] = defaultdict(set)
        for entry_id, code in session.execute(
                select(Problem.entry_id, Problem.code).where(
                    Problem.contest_id == args.contest, Problem.resolved.is_(False),
                    Problem.entry_id.is_not(None))):
            if entry_id is not None:
                flags[entry_id].add(code)
        entries = list(session.scalars(
            select(Entry).where(Entry.contest_id == args.contest)
            .options(selectinload(Entry.region),
                     selectinload(Entry.authors).selectinload(EntryStudent.student))
            .order_by(Entry.region_id, Entry.entry_no)))
        rows: list[dict[str, Any]] = [{
            "id": e.id, "anon_code": e.anon_code, "entry_no": e.entry_no,
            "region": e.region.code, "country": e.region.country_code, "status": e.status,
            "title": e.title, "title_en": e.title_en, "flags": sorted(flags.get(e.id, ())),
            "students": [{"name": s.name, "name_latin": s.name_latin,
                          "name_latin_suggested": s.name_latin_suggested,
                          "birth_date": s.birth_date, "school": s.school}
                         for s in e.students],
        } for e in entries]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for r in rows:
        names = ", ".join(s["name"] for s in r["students"])
        flag = f"  [{', '.join(r['flags'])}]" if r["flags"] else ""
        print(f"{r['anon_code']}  {r['region']:<8} {r['entry_no']:<14} {r['status']:<9} "
              f"{names}{flag}")
    return EXIT_OK


def summary_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        get_contest(session, args.contest)
        countries = summary.counts(session, args.contest)
    data: dict[str, Any] = {
        "works": sum(c.works for c in countries),
        "students": sum(c.students for c in countries),
        "countries": [
            {"code": c.code, "names": c.names, "works": c.works, "students": c.students,
             "eligible": c.eligible,
             "regions": [{"code": r.code, "names": r.names, "works": r.works,
                          "students": r.students, "eligible": r.eligible} for r in c.regions]}
            for c in countries
        ],
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    print(f"works: {data['works']}  students: {data['students']}")
    for country in data["countries"]:
        print(f"{country['code']}  {country['works']:>5} works  {country['students']:>5} students")
        for region in country["regions"]:
            print(f"  {region['code']:<10} {region['works']:>5} works  "
                  f"{region['students']:>5} students")
    return EXIT_OK


def template_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.intake.reports import write_template
    from contest_app.core.languages import pick

    with db.session() as session:
        region = region_by_code(session, args.region)
        language = args.template_lang or region.country.language or "en"
        name = pick(region.names, language)
    write_template(args.out, language, region_name=name)
    print(args.out)
    return EXIT_OK
