"""`contest-app region list`."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from contest_app.cli.common import EXIT_OK, print_json
from contest_app.db.models import Region
from contest_app.db.session import Database


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    region = sub.add_parser("region", help="the regional governments that take part")
    rsub = region.add_subparsers(dest="action", required=True)
    listing = rsub.add_parser("list", help="list regions with their codes and membership")
    listing.add_argument("--country", help="only this country (ISO code, e.g. KR)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(command=list_command)


def list_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        query = select(Region).order_by(Region.country_code, Region.code)
        if args.country:
            query = query.where(Region.country_code == args.country.upper())
        regions = list(session.scalars(query))
    if args.json:
        print_json([
            {"code": r.code, "country": r.country_code, "membership": r.membership,
             "iso": r.is_iso, "active": r.active, "names": r.names}
            for r in regions
        ])
        return EXIT_OK
    for r in regions:
        print(f"{r.code:<12} {r.membership:<11} {r.names.get('en', '')}")
    return EXIT_OK
