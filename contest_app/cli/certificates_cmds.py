"""`contest-app certificates [reprint|register|preflight|verification|calibration]`.

Without an action the command generates: `certificates --contest 1 --out DIR` writes one PDF
per region (or --combined, one file) and prints what went into which file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contest_app.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, print_json
from contest_app.core.certificates.plan import KIND_CHOICES
from contest_app.core.certificates.templates import PAGE_SIZES, page_size
from contest_app.core.languages import LANGUAGES
from contest_app.db.session import Database
from contest_app.messages import message


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cert = sub.add_parser(
        "certificates", help="award and participation certificates, bundled per region",
        description="Without an action: generate the certificates (one PDF per region).")
    cert.add_argument("--contest", type=int, help="contest id")
    cert.add_argument("--out", type=Path, metavar="DIR", help="folder for the PDFs")
    _selection(cert)
    cert.add_argument("--combined", action="store_true", help="one PDF for all regions")
    cert.add_argument("--no-thumbnails", action="store_true",
                      help="leave the painting's thumbnail off")
    cert.add_argument("--no-covers", action="store_true", help="no cover sheet per region")
    cert.add_argument("--stock", action="store_true",
                      help="for pre-printed stock: only the variable fields; covers apart")
    cert.add_argument("--printer", help="apply this printer's calibration (with --stock)")
    cert.add_argument("--json", action="store_true")
    cert.set_defaults(command=generate_command)
    actions = cert.add_subparsers(dest="action", metavar="ACTION")

    reprint = actions.add_parser("reprint", help="print one certificate again (same serial)")
    reprint.add_argument("--contest", type=int, required=True)
    reprint.add_argument("--serial", required=True, help="e.g. NEAR-2024-A-0001")
    reprint.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    reprint.add_argument("--reason", default="", help="why (kept in the audit log)")
    reprint.add_argument("--no-thumbnails", action="store_true")
    reprint.add_argument("--stock", action="store_true")
    reprint.add_argument("--printer")
    reprint.set_defaults(command=reprint_command)

    register = actions.add_parser("register", help="export the certificate register (.xlsx)")
    register.add_argument("--contest", type=int, required=True)
    register.add_argument("out", type=Path, metavar="OUT.xlsx")
    register.set_defaults(command=register_command)

    check = actions.add_parser("preflight",
                               help="list texts no font can print (exit 1 if there are any)")
    check.add_argument("--contest", type=int, required=True)
    _selection(check)
    check.add_argument("--json", action="store_true")
    check.set_defaults(command=preflight_command)

    verify = actions.add_parser("verification",
                                help="a self-contained HTML page that checks codes offline")
    verify.add_argument("--contest", type=int, required=True)
    verify.add_argument("out", type=Path, metavar="OUT.html")
    verify.set_defaults(command=verification_command)

    calibrate = actions.add_parser("calibration", help="printer calibration for stock")
    calibrate.add_argument("--page", choices=sorted(PAGE_SIZES), default="A4")
    calibrate.add_argument("--landscape", action="store_true")
    calibrate.add_argument("--printer", help="the printer the values are for")
    calibrate.add_argument("--set", nargs=3, type=float, metavar=("DX", "DY", "SCALE"),
                           help="store offsets (mm, right and down) and scale for --printer")
    calibrate.add_argument("--out", type=Path, metavar="FILE.pdf",
                           help="write the calibration page (calibrated for --printer)")
    calibrate.set_defaults(command=calibration_command)


def _selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--region", help="only this region (code, e.g. KR-47)")
    parser.add_argument("--kind", choices=KIND_CHOICES, default="all",
                        help="all = award + participation (default)")
    parser.add_argument("--lang", dest="doc_lang", choices=LANGUAGES, default=None,
                        help="print in this one language (default: the student's + English)")
    parser.add_argument("--allow-provisional", action="store_true",
                        help="make award certificates for provisional awards too")


def _warn(warnings: list) -> None:  # type: ignore[type-arg]
    for warning in warnings:
        print(f"warning: {message(warning.code, warning.values)}", file=sys.stderr)


def generate_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.certificates import GenerateOptions, generate_certificates

    if args.contest is None or args.out is None:
        print("error: give --contest ID and --out DIR (or an action: reprint, register, "
              "preflight, verification, calibration)", file=sys.stderr)
        return EXIT_USAGE
    options = GenerateOptions(
        kind=args.kind, region_code=args.region, language=args.doc_lang,
        combined=args.combined, thumbnails=not args.no_thumbnails, covers=not args.no_covers,
        stock=args.stock, printer=args.printer, allow_provisional=args.allow_provisional)
    result = generate_certificates(db, args.contest, args.out, options)
    _warn(result.warnings)
    if args.json:
        print_json({"files": [{"file": str(f.path), "region": f.region_code,
                               "counts": f.counts, "covers": str(f.cover_path or "")}
                              for f in result.files],
                    "total": result.total, "new": result.new, "reused": result.reused})
        return EXIT_OK
    totals: dict[str, int] = {}
    for f in result.files:
        parts = ", ".join(f"{n} {kind}" for kind, n in sorted(f.counts.items()))
        print(f"{f.path}: {parts}")
        for kind, n in f.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(totals.items())) or "nothing"
    print(f"total: {summary} in {len(result.files)} files "
          f"({result.new} new serials, {result.reused} reused)")
    return EXIT_OK


def reprint_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.certificates import reprint_certificate

    result = reprint_certificate(db, args.contest, args.serial, args.out,
                                 thumbnails=not args.no_thumbnails, stock=args.stock,
                                 printer=args.printer, reason=args.reason)
    print(f"{result.path}: {result.serial} (reissue)")
    return EXIT_OK


def register_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.register import export_register

    with db.session() as session:
        count = export_register(session, args.contest, args.out)
    print(f"{args.out}: {count} certificates")
    return EXIT_OK


def verification_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.register import export_verification_html

    with db.session() as session:
        count = export_verification_html(session, args.contest, args.out)
    print(f"{args.out}: {count} verification codes")
    return EXIT_OK


def preflight_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.preflight import has_errors, preflight

    with db.session() as session:
        problems = preflight(session, args.contest, db.media_root, kind=args.kind,
                             region_code=args.region, language=args.doc_lang,
                             allow_provisional=args.allow_provisional)
    if args.json:
        print_json([{"code": p.code, "severity": p.severity, "field": p.field, "text": p.text,
                     "characters": p.characters, "codepoints": p.codepoints(),
                     "student_id": p.student_id, "student": p.student,
                     "region": p.region_code} for p in problems])
    else:
        for p in problems:
            who = f"{p.student} ({p.region_code}) " if p.student else ""
            words = message(p.code, {"field": p.field, "text": p.text,
                                     "characters": p.codepoints()})
            print(f"{p.severity}: {who}{words}")
        if not problems:
            print("All texts can be printed with the embedded fonts.")
    return EXIT_REFUSED if has_errors(problems) else EXIT_OK


def calibration_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.calibration import (
        Calibration,
        calibration_for,
        calibration_page,
        load_calibrations,
        save_calibration,
    )

    if args.set is not None:
        if not args.printer:
            print("error: --set needs --printer NAME", file=sys.stderr)
            return EXIT_USAGE
        with db.session() as session, session.begin():
            save_calibration(session, args.printer, Calibration(*args.set))
        print(f"{args.printer}: dx {args.set[0]} mm, dy {args.set[1]} mm, scale {args.set[2]}")
    with db.session() as session:
        calibration = calibration_for(session, args.printer) if args.printer else None
        if args.out is None and args.set is None:
            for printer, values in sorted(load_calibrations(session).items()):
                print(f"{printer}: dx {values.dx_mm} mm, dy {values.dy_mm} mm, "
                      f"scale {values.scale}")
    if args.out is not None:
        width, height = page_size(args.page, "landscape" if args.landscape else "portrait")
        calibration_page(args.out, width, height, calibration)
        print(f"{args.out}: calibration page {args.page}")
    return EXIT_OK
