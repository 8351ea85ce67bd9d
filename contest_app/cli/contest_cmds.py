"""`contest-app contest create|list`."""

from __future__ import annotations

import argparse

from contest_app.cli.common import EXIT_OK, parse_date, print_json
from contest_app.core.contests import ContestSpec, create_contest, list_contests, parse_tiers
from contest_app.core.errors import InvalidValue
from contest_app.core.languages import LANGUAGES, pick
from contest_app.db.session import Database


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    contest = sub.add_parser("contest", help="create and list editions of the contest")
    csub = contest.add_subparsers(dest="action", required=True)

    create = csub.add_parser("create", help="create an edition; prints its id")
    create.add_argument("--edition", type=int, required=True)
    create.add_argument("--year", type=int, required=True)
    create.add_argument("--theme", default="", help="the theme in English")
    create.add_argument("--theme-lang", action="append", default=[], metavar="LANG=TEXT",
                        help=f"the theme in another language ({', '.join(LANGUAGES[1:])})")
    create.add_argument("--deadline", type=parse_date, help="submission deadline, YYYY-MM-DD")
    create.add_argument("--age-date", type=parse_date,
                        help="the day ages are counted on (default: the deadline)")
    create.add_argument("--min-age", type=int, default=12)
    create.add_argument("--max-age", type=int, default=19)
    create.add_argument("--tiers", help="award tiers and quotas, highest first, "
                        "e.g. grand=1,excellence=10,encouragement=20,finalist=124")
    create.set_defaults(command=create_command)

    listing = csub.add_parser("list", help="list the editions in the database")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(command=list_command)


def _themes(args: argparse.Namespace) -> dict[str, str]:
    themes = {"en": args.theme} if args.theme else {}
    for item in args.theme_lang:
        lang, sep, text = item.partition("=")
        if not sep or lang not in LANGUAGES:
            raise InvalidValue("theme_lang_invalid", value=item)
        themes[lang] = text
    return themes


def create_command(args: argparse.Namespace, db: Database) -> int:
    spec = ContestSpec(
        edition=args.edition,
        year=args.year,
        theme=_themes(args),
        deadline=args.deadline,
        age_reference_date=args.age_date,
        min_age=args.min_age,
        max_age=args.max_age,
        tiers=parse_tiers(args.tiers) if args.tiers else [],
    )
    with db.session() as session, session.begin():
        contest = create_contest(session, spec)
        contest_id = contest.id
    print(contest_id)
    return EXIT_OK


def list_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        rows = list_contests(session)
    if args.json:
        print_json([
            {"id": r.id, "edition": r.edition, "year": r.year, "title": r.title,
             "theme": r.theme, "deadline": r.deadline, "entries": r.entries}
            for r in rows
        ])
        return EXIT_OK
    if not rows:
        print("No contests yet. Create one with: contest-app contest create --edition N --year Y")
    for r in rows:
        print(f"{r.id:>4}  {r.edition:>3}  {r.year}  {r.entries:>6} entries  {pick(r.theme, 'en')}")
    return EXIT_OK
