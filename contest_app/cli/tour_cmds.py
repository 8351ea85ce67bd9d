"""`contest-app tour create|add-works|add-venue|set-status|list|show|export`, `catalogue`, `labels`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from contest_app.cli.common import EXIT_OK, EXIT_REFUSED, parse_date, print_json
from contest_app.core.errors import InvalidValue
from contest_app.core.languages import LANGUAGES
from contest_app.core.tours import tours as T
from contest_app.core.tours.captions import ConsentMode
from contest_app.core.tours.content import load_document
from contest_app.core.tours.selection import WorkFilter, awarded_works
from contest_app.core.tours.settings import load_settings, save_settings
from contest_app.db.session import Database


def _codes(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _numbers(text: str) -> list[int]:
    try:
        return [int(part) for part in _codes(text)]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text}") from exc


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tour = sub.add_parser("tour", help="touring exhibitions of past winners")
    tsub = tour.add_subparsers(dest="action", required=True)

    create = tsub.add_parser("create", help="create a tour; prints its id")
    create.add_argument("--name", required=True)
    create.add_argument("--editions", type=_numbers, default=[],
                        help="editions the tour draws on, e.g. 11,12 (add-works default)")
    create.add_argument("--from", dest="starts_on", type=parse_date, help="YYYY-MM-DD")
    create.add_argument("--until", dest="ends_on", type=parse_date, help="YYYY-MM-DD")
    create.add_argument("--notes", default="")
    create.set_defaults(command=create_command)

    add = tsub.add_parser("add-works", help="add awarded works; prints how many were added")
    add.add_argument("--tour", type=int, required=True)
    add.add_argument("--editions", type=_numbers, default=None,
                     help="default: the tour's editions, else every edition")
    add.add_argument("--tiers", type=_codes, default=[], help="e.g. grand,excellence")
    add.add_argument("--countries", type=_codes, default=[], help="e.g. KR,JP")
    add.add_argument("--regions", type=_codes, default=[], help="e.g. KR-47,JP-16")
    add.add_argument("--search", default="", help="text in a title, name or region")
    add.add_argument("--no-venues", action="store_true",
                     help="do not show the new works at the tour's venues yet")
    add.set_defaults(command=add_works_command)

    venue = tsub.add_parser("add-venue", help="add a venue; prints its id")
    venue.add_argument("--tour", type=int, required=True)
    venue.add_argument("--name", required=True)
    venue.add_argument("--city", default="")
    venue.add_argument("--address", default="")
    venue.add_argument("--language", choices=LANGUAGES, default="ko",
                       help="language of its labels and lists (with English)")
    venue.add_argument("--from", dest="starts_on", type=parse_date)
    venue.add_argument("--until", dest="ends_on", type=parse_date)
    venue.add_argument("--contact", default="")
    venue.set_defaults(command=add_venue_command)

    status = tsub.add_parser("set-status", help="a work's status and condition notes")
    status.add_argument("--tour", type=int, required=True)
    status.add_argument("--work", required=True, help="catalogue number (012) or entry id")
    status.add_argument("--status", choices=T.WORK_STATUSES)
    status.add_argument("--notes", default=None, help="condition notes")
    status.set_defaults(command=set_status_command)

    listing = tsub.add_parser("list", help="list the tours")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(command=list_command)

    show = tsub.add_parser("show", help="a tour's venues and works")
    show.add_argument("--tour", type=int, required=True)
    show.add_argument("--json", action="store_true")
    show.set_defaults(command=show_command)

    export = tsub.add_parser("export", help="work list (.xlsx), originals and manifest")
    export.add_argument("--tour", type=int, required=True)
    export.add_argument("folder", metavar="DIR")
    export.add_argument("--venue", default=None, help="only this venue's works (id or name)")
    export.add_argument("--no-originals", action="store_true")
    export.set_defaults(command=export_command)

    cat = sub.add_parser("catalogue", help="the printed catalogue of a tour (PDF)")
    cat.add_argument("--tour", type=int, required=True)
    cat.add_argument("out", metavar="OUT.pdf")
    cat.add_argument("--lang", choices=LANGUAGES, default="en",
                     help="a language to print beside English (default: English alone)")
    cat.add_argument("--page-size", choices=("A4", "B5"), default="A4")
    cat.add_argument("--bleed", action="store_true", help="print shop: 3 mm bleed, crop marks")
    consent = cat.add_mutually_exclusive_group()
    consent.add_argument("--without-unconsented", dest="consent", action="store_const",
                         const=ConsentMode.OMIT,
                         help="leave out works lacking publication consent")
    consent.add_argument("--anonymise-unconsented", dest="consent", action="store_const",
                         const=ConsentMode.ANONYMISE,
                         help="show them without the names (the default)")
    cat.add_argument("--workers", type=int, default=None)
    cat.set_defaults(command=catalogue_command, consent=ConsentMode.ANONYMISE)

    labels = sub.add_parser("labels", help="wall labels for a venue (PDF, A4 sheets)")
    labels.add_argument("--tour", type=int, required=True)
    labels.add_argument("--venue", required=True, help="venue id or name")
    labels.add_argument("out", metavar="OUT.pdf")
    labels.add_argument("--size", default="100x70", help="card size in mm, WIDTHxHEIGHT")
    labels.set_defaults(command=labels_command)


def create_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        tour = T.create_tour(session, T.TourSpec(args.name, args.starts_on, args.ends_on,
                                                 args.notes))
        if args.editions:
            settings = load_settings(session, tour.id)
            settings.editions = list(args.editions)
            save_settings(session, tour.id, settings)
        tour_id = tour.id
    print(tour_id)
    return EXIT_OK


def add_works_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        editions = args.editions
        if editions is None:
            editions = load_settings(session, args.tour).editions
        chosen = awarded_works(session, WorkFilter(
            editions=set(editions), tiers=set(args.tiers), countries=set(args.countries),
            regions=set(args.regions), search=args.search))
        added = T.add_works(session, args.tour, [w.entry_id for w in chosen],
                            to_venues=not args.no_venues)
    print(len(added))
    return EXIT_OK


def add_venue_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        venue = T.add_venue(session, args.tour, T.VenueSpec(
            args.name, args.city, args.address, args.language, args.starts_on, args.ends_on,
            args.contact))
        venue_id = venue.id
    print(venue_id)
    return EXIT_OK


def set_status_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        doc = load_document(session, args.tour)
        entry = next((e for e in doc.entries if e.label == args.work.zfill(len(e.label))), None)
        if entry is None and args.work.isdigit():
            entry = doc.entry(int(args.work))
        if entry is None:
            raise InvalidValue("tour_work_not_found", id=args.work)
        T.set_work_state(session, args.tour, entry.work.entry_id, status=args.status,
                         condition_notes=args.notes)
    return EXIT_OK


def list_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        rows = T.list_tours(session)
    if args.json:
        print_json([{"id": t.id, "name": t.name, "from": t.starts_on, "until": t.ends_on,
                     "venues": t.venues, "works": t.works} for t in rows])
        return EXIT_OK
    if not rows:
        print("No tours yet. Create one with: contest-app tour create --name NAME")
    for t in rows:
        period = f"{t.starts_on or ''} – {t.ends_on or ''}" if t.starts_on or t.ends_on else ""
        print(f"{t.id:>4}  {t.name}  {period}  {t.venues} venues  {t.works} works")
    return EXIT_OK


def show_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        doc = load_document(session, args.tour)
    data: dict[str, Any] = {
        "id": doc.tour_id, "name": doc.name, "from": doc.starts_on, "until": doc.ends_on,
        "venues": [{"id": v.id, "name": v.name, "city": v.city, "language": v.language,
                    "from": v.starts_on, "until": v.ends_on,
                    "works": [e.label for e in doc.hanging_order(v.id)]} for v in doc.venues],
        "works": [{"number": e.label, "order": e.position, "entry_id": e.work.entry_id,
                   "edition": e.work.edition, "tier": e.work.tier_key,
                   "region": e.work.region_code, "title": e.work.title,
                   "title_en": e.work.title_en, "status": e.status,
                   "consent": e.work.consent_complete} for e in doc.entries],
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    print(f"{doc.name} ({len(doc.entries)} works)")
    for v in data["venues"]:
        print(f"  venue {v['id']}: {v['name']} {v['city']} [{v['language']}] "
              f"{len(v['works'])} works")
    for w in data["works"]:
        print(f"  {w['number']}  {w['edition']:>3} {w['tier']:<14} {w['region']:<8} "
              f"{w['status']:<9} {w['title']}")
    return EXIT_OK


def export_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.tours.export import export_tour_files

    result = export_tour_files(db, args.tour, Path(args.folder), venue_ref=args.venue,
                               originals=not args.no_originals)
    print(f"{result.work_list}")
    print(f"{result.files} originals, {result.bytes / 1e6:.1f} MB; {result.manifest_csv}")
    for label in result.missing:
        print(f"warning: no original on disk for No. {label}", file=sys.stderr)
    for label in result.mismatched:
        print(f"warning: the original of No. {label} no longer matches its recorded SHA-256",
              file=sys.stderr)
    return EXIT_REFUSED if result.mismatched else EXIT_OK


def catalogue_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.catalogue import CatalogueOptions, export_catalogue

    options = CatalogueOptions(language=args.lang, page_size=args.page_size,
                               print_shop=args.bleed, consent=args.consent,
                               workers=args.workers)
    result = export_catalogue(db, args.tour, Path(args.out), options)
    check = result.check
    for low in check.low_resolution:
        what = "the cover" if low.key == "cover" else f"No. {low.key}"
        print(f"warning: {what} prints at {low.dpi:.0f} dpi ({low.pixels[0]}x"
              f"{low.pixels[1]} px; {low.needed[0]}x{low.needed[1]} wanted)", file=sys.stderr)
    for label in check.missing_images:
        print(f"warning: No. {label} has no original image", file=sys.stderr)
    if check.omitted:
        print(f"left out (no publication consent): {', '.join(check.omitted)}", file=sys.stderr)
    if check.withheld:
        print(f"names withheld (no publication consent): {', '.join(check.withheld)}",
              file=sys.stderr)
    size = Path(args.out).stat().st_size / 1e6
    print(f"{args.out}: {result.pages} pages, {result.works} works, {size:.1f} MB, "
          f"{result.seconds:.1f} s")
    return EXIT_OK


def labels_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.reports.labels import export_labels

    result = export_labels(db, args.tour, args.venue, Path(args.out), size=args.size)
    print(f"{args.out}: {result.labels} labels on {result.sheets} sheets "
          f"({result.per_sheet} per sheet), {result.language} + en")
    return EXIT_OK
