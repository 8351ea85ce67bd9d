"""The command line. Without a command it starts the GUI; every batch job is a command."""

from __future__ import annotations

import argparse
import sys

from contest_app import __version__
from contest_app.cli import (
    awards_cmds,
    certificates_cmds,
    contest_cmds,
    db_cmds,
    demo_cmd,
    intake_cmds,
    jury_cmds,
    privacy_cmds,
    region_cmds,
    safety_cmds,
    selftest_cmd,
    tour_cmds,
)
from contest_app.cli.common import run_command
from contest_app.core.languages import LANGUAGES
from contest_app.paths import DB_ENV


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contest-app",
        description="Runs the NEAR Youth Painting Contest. Without a command, starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", default=None,
                        help=f"database URL (sqlite:///FILE or postgresql://...); "
                        f"default: ${DB_ENV} or the per-user SQLite file")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the GUI (default: the last one used)")
    sub = parser.add_subparsers(dest="group", metavar="COMMAND")
    contest_cmds.add_parsers(sub)
    region_cmds.add_parsers(sub)
    demo_cmd.add_parsers(sub)
    db_cmds.add_parsers(sub)
    intake_cmds.add_parsers(sub)
    jsub = jury_cmds.add_parsers(sub)
    try:  # offline packages live in their own module; the jury group works without it
        from contest_app.cli import jury_package_cmds
    except ImportError as exc:
        if exc.name not in ("contest_app.cli", "contest_app.cli.jury_package_cmds"):
            raise  # the module is there but broken: say so rather than hide its commands
    else:
        jury_package_cmds.add_parsers(jsub)
        jury_package_cmds.add_juror_parser(sub)
    selftest_cmd.add_parsers(sub)
    awards_cmds.add_parsers(sub)
    certificates_cmds.add_parsers(sub)
    safety_cmds.add_parsers(sub)
    privacy_cmds.add_parsers(sub)
    tour_cmds.add_parsers(sub)
    gui = sub.add_parser("gui", help="start the GUI (the default)")
    gui.add_argument("--contest", type=int, default=None, help="open this contest")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.group in (None, "gui"):
        from contest_app.gui.app import run_gui

        return run_gui(args.db, contest_id=getattr(args, "contest", None), language=args.lang)
    if hasattr(args, "raw_command"):
        return int(args.raw_command(args))
    return run_command(args.command, args)


if __name__ == "__main__":
    sys.exit(main())
