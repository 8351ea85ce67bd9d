"""`contest-app demo`: a demo contest shaped like 2024, then the GUI on it."""

from __future__ import annotations

import argparse
import sys

from contest_app import paths
from contest_app.cli.common import EXIT_DATABASE, EXIT_OK, DatabaseOpenError, open_db


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="build a demo contest like the 12th edition and open it")
    demo.add_argument("--entries", type=int, default=None,
                      help="number of works (default: 678, as in 2024)")
    demo.add_argument("--seed", type=int, default=12)
    demo.add_argument("--no-gui", action="store_true", help="build it and stop")
    demo.set_defaults(raw_command=demo_command)


def demo_db_url() -> str:
    return f"sqlite:///{paths.user_data_dir() / 'demo.sqlite'}"


def _reset_default_demo() -> None:
    """The default demo database is ours alone: rebuild it from scratch each time."""
    base = paths.user_data_dir() / "demo.sqlite"
    for suffix in ("", "-wal", "-shm"):
        base.with_name(base.name + suffix).unlink(missing_ok=True)
    media = base.with_name("demo_media")
    if media.is_dir():
        import shutil

        shutil.rmtree(media)


def demo_command(args: argparse.Namespace) -> int:
    from contest_app.core.demo import build_demo
    from contest_app.core.errors import ContestAppError
    from contest_app.messages import message

    if args.entries is not None and not 1 <= args.entries <= 20000:
        print("error: --entries must be between 1 and 20000", file=sys.stderr)
        return 2
    url = args.db
    if url is None:
        url = demo_db_url()
        _reset_default_demo()
    try:
        db = open_db(url)
    except DatabaseOpenError as exc:
        print(f"error: {exc.text}", file=sys.stderr)
        return EXIT_DATABASE

    def progress(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            print(f"\rdemo: {done}/{total} images", end="", file=sys.stderr, flush=True)

    try:
        contest_id = build_demo(db, total=args.entries, seed=args.seed, progress=progress)
    except ContestAppError as exc:
        print(f"\nerror: {message(exc.code, exc.values)}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(f"\ndemo contest {contest_id} ready in {url}", file=sys.stderr)
    print(contest_id)
    if args.no_gui:
        return EXIT_OK
    from contest_app.gui.app import run_gui

    return run_gui(url, contest_id=contest_id, language=args.lang)
