"""`contest-app db info|upgrade`."""

from __future__ import annotations

import argparse
import sys

from contest_app import paths
from contest_app.cli.common import EXIT_DATABASE, EXIT_OK, print_json, safe_url
from contest_app.db import migrate
from contest_app.db.session import make_engine, media_root_for
from contest_app.messages import message


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="where the data is and which schema it has")
    dsub = db.add_subparsers(dest="action", required=True)
    info = dsub.add_parser("info", help="show the database, its schema version and media folder")
    info.add_argument("--json", action="store_true")
    info.set_defaults(raw_command=info_command)
    up = dsub.add_parser("upgrade", help="back up, then migrate to this version's schema")
    up.set_defaults(raw_command=upgrade_command)


def info_command(args: argparse.Namespace) -> int:
    url = args.db or paths.default_db_url()
    engine = make_engine(url, wal=False)
    try:
        revision = migrate.current_revision(engine)
    finally:
        engine.dispose()
    data = {
        "url": safe_url(url),
        "schema": revision,
        "app_schema": migrate.head_revision(),
        "media": str(media_root_for(url)),
        "data_folder": str(paths.user_data_dir()),
    }
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key:<12} {value}")
    return EXIT_OK


def upgrade_command(args: argparse.Namespace) -> int:
    engine = make_engine(args.db or paths.default_db_url(), wal=False)  # untouched until known ours
    try:
        result = migrate.upgrade(engine)
    except migrate.NewerDatabaseError as exc:
        print(f"error: {message('schema_newer', {'revision': exc.revision})}", file=sys.stderr)
        return EXIT_DATABASE
    except migrate.ForeignDatabaseError as exc:
        print(f"error: {message('schema_foreign', {'tables': str(exc)})}", file=sys.stderr)
        return EXIT_DATABASE
    finally:
        engine.dispose()
    if result.before == result.after:
        print(f"Schema {result.after} is current; nothing to do.")
    else:
        print(f"Upgraded schema {result.before or '(new)'} -> {result.after}.")
        if result.backup:
            print(f"Backup: {result.backup}")
    return EXIT_OK
