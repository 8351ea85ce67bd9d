"""`contest-app awards propose|provisional|finalize|unlock|set-tier|disqualify|boundary|export|
list|stats`: the committee's work on the results, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from contest_app.cli.common import EXIT_OK, print_json
from contest_app.core.awards import decisions
from contest_app.core.awards.aggregate import METHODS
from contest_app.core.awards.allocate import Constraints, parse_max_per_country, quotas_of
from contest_app.core.awards.board import Board, build_board
from contest_app.core.awards.boundary import open_boundary_round
from contest_app.core.awards.ranking import Notice
from contest_app.core.awards.stats import agreement_word, jury_stats
from contest_app.core.errors import InvalidValue
from contest_app.core.languages import LANGUAGES, pick
from contest_app.core.safety import auto_backup
from contest_app.db.session import Database
from contest_app.messages import message


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    awards = sub.add_parser("awards", help="rank the works, fill the award tiers, decide, export")
    asub = awards.add_subparsers(dest="action", required=True)

    def command(name: str, text: str, fn: Any) -> argparse.ArgumentParser:
        parser = asub.add_parser(name, help=text)
        parser.add_argument("--contest", type=int, required=True)
        parser.set_defaults(command=fn)
        return parser

    propose = command("propose", "propose the awards from the jury's scores", propose_command)
    propose.add_argument("--method", choices=METHODS, default="mean",
                         help="mean, trimmed mean, per-juror z-scores or per-juror ranks")
    propose.add_argument("--max-per-country", nargs="+", action="extend", default=[],
                         metavar="TIER=N", help="at most N works of TIER per country")
    propose.add_argument("--finalist-per-region", action="store_true",
                         help="at least one awarded work per participating region")
    propose.add_argument("--replace", action="store_true",
                         help="replace the committee's decisions made on an earlier proposal")
    propose.add_argument("--json", action="store_true")

    command("provisional", "adopt the proposal as provisional results", provisional_command)
    finalize = command("finalize", "make the results final and lock them", finalize_command)
    finalize.add_argument("--reason", default="", help="needed when a tier is off its quota")
    unlock = command("unlock", "unlock final results (the reason is logged)", unlock_command)
    unlock.add_argument("--reason", required=True)

    set_tier = command("set-tier", "give a work another tier (or none)", set_tier_command)
    set_tier.add_argument("--entry", required=True, metavar="CODE")
    set_tier.add_argument("--tier", required=True, metavar="KEY", help="a tier key, or none")
    set_tier.add_argument("--reason", required=True)

    disq = command("disqualify", "disqualify a work; the next works move up", disqualify_command)
    disq.add_argument("--entry", required=True, metavar="CODE")
    disq.add_argument("--reason", required=True)

    boundary = command("boundary", "open a boundary round over the works at a tier's line",
                       boundary_command)
    boundary.add_argument("--tier", required=True, metavar="KEY", help="the tier above the line")
    boundary.add_argument("--reason", default="")

    export = command("export", "write the results workbook and/or report", export_command)
    export.add_argument("out", nargs="?", type=Path, metavar="OUT.xlsx",
                        help="the ranked results workbook")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the results report")
    export.add_argument("--regions", type=Path, metavar="OUT.xlsx",
                        help="award lists for the member governments, one sheet per region")
    export.add_argument("--method", choices=METHODS, default=None,
                        help="rank by this method (default: the proposal's)")
    export.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of region and tier names in the results")

    listing = command("list", "list the awarded works", list_command)
    listing.add_argument("--json", action="store_true")

    stats = command("stats", "jurors' leniency and the panel's agreement", stats_command)
    stats.add_argument("--round", type=int, default=None, help="round id (default: the largest)")
    stats.add_argument("--json", action="store_true")


def _print_notices(notices: list[Notice]) -> None:
    for notice in notices:
        print(f"note: {message(notice.code, notice.values)}")


def propose_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        keys = [q.key for q in quotas_of(session, args.contest)]
        constraints = Constraints(parse_max_per_country(args.max_per_country, keys),
                                  args.finalist_per_region)
        proposal = decisions.propose(session, args.contest, args.method, constraints,
                                     replace=args.replace)
        board = build_board(session, args.contest)
    counts = board.counts()
    if args.json:
        print_json({
            "method": proposal.method, "tiers": {q.key: counts[q.key] for q in board.quotas},
            "moves": [{"code": m.code, "before": m.before, "after": m.after, "rule": m.rule,
                       **m.detail} for m in proposal.allocation.moves],
            "boundaries": [_boundary_json(board, b) for b in board.boundaries],
            "sensitivity": [{"code": r.code, "tiers": r.tiers} for r in board.sensitivity],
            "notes": [message(n.code, n.values) for n in proposal.allocation.notices
                      + proposal.scored.notices]})
        return EXIT_OK
    for q in board.quotas:
        print(f"{q.key:<16} {counts[q.key]:>4} / {q.quota}")
    for m in proposal.allocation.moves:
        print(f"moved  {m.code}  {m.before or '-'} -> {m.after or '-'}  ({m.rule})")
    for b in board.boundaries:
        if b.near:
            kind = "tie" if b.tie and not b.settled else "near tie"
            codes = " ".join(r.code for r in board.rows if r.entry_id in b.near)
            print(f"{kind} at the {b.upper} line: {codes}")
    if board.sensitivity:
        print(f"{len(board.sensitivity)} works would get another tier with another method")
    _print_notices(proposal.scored.notices + proposal.allocation.notices)
    return EXIT_OK


def _boundary_json(board: Board, b: Any) -> dict[str, Any]:
    code = {r.entry_id: r.code for r in board.rows}
    return {"tier": b.upper, "tie": b.tie, "settled": b.settled, "gap": b.gap,
            "near": [code[e] for e in b.near], "around": [code[e] for e in b.around]}


def provisional_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        count = decisions.approve_provisional(session, args.contest)
    print(f"{count} awards are now provisional")
    return EXIT_OK


def finalize_command(args: argparse.Namespace, db: Database) -> int:
    auto_backup(db, "finalize")
    with db.session() as session, session.begin():
        counts = decisions.finalize(session, args.contest, args.reason)
    print("final and locked: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return EXIT_OK


def unlock_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        decisions.unlock(session, args.contest, args.reason)
    print("unlocked: the results are provisional again")
    return EXIT_OK


def set_tier_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        decisions.set_tier(session, args.contest, args.entry, args.tier, args.reason)
    print(f"{args.entry}: {args.tier}")
    return EXIT_OK


def disqualify_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        promotions = decisions.disqualify(session, args.contest, args.entry, args.reason)
    print(f"{args.entry}: disqualified")
    for p in promotions:
        print(f"promoted {p.code}: {p.before or '-'} -> {p.after}")
    return EXIT_OK


def boundary_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session, session.begin():
        board = build_board(session, args.contest, with_sensitivity=False)
        line = next((b for b in board.boundaries if b.upper == args.tier), None)
        if line is None:
            raise InvalidValue("awards_tier_unknown", value=args.tier,
                               tiers=", ".join(b.upper for b in board.boundaries))
        round_id = open_boundary_round(session, args.contest, line.around,
                                       name=f"{args.tier} line", reason=args.reason)
    print(round_id)
    return EXIT_OK


def export_command(args: argparse.Namespace, db: Database) -> int:
    if not (args.out or args.pdf or args.regions):
        raise InvalidValue("awards_export_nothing")
    from contest_app.core.awards.export_xlsx import write_region_lists, write_results

    with db.session() as session:
        if args.out:
            print(write_results(session, args.contest, args.out, method=args.method,
                                language=args.lang))
        if args.regions:
            print(write_region_lists(session, args.contest, args.regions))
        if args.pdf:
            from contest_app.core.awards.report_pdf import write_report

            print(write_report(session, args.contest, args.pdf, method=args.method,
                               language=args.lang))
    return EXIT_OK


def list_command(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        board = build_board(session, args.contest, with_sensitivity=False)
    order = {q.key: i for i, q in enumerate(board.quotas)}
    rows = sorted((r for r in board.rows if r.tier and r.status != "withdrawn"),
                  key=lambda r: (order.get(r.tier or "", 99), r.rank or 10**9))
    if args.json:
        print_json([{"tier": r.tier, "entry": r.entry_no, "code": r.code,
                     "region": r.region_code, "score": r.score, "rank": r.rank,
                     "status": r.status or "preview"} for r in rows])
        return EXIT_OK
    if not board.saved:
        print("(preview: no proposal saved yet)")
    for r in rows:
        score = "" if r.score is None else f"{r.score:.3f}"
        print(f"{r.tier:<14} {r.rank or '':>4}  {r.code}  {r.entry_no:<14} {r.region_code:<8} "
              f"{score:>7}  {pick(r.region_names, 'en')}")
    return EXIT_OK


def stats_command(args: argparse.Namespace, db: Database) -> int:
    from contest_app.core.awards.ranking import load_scored

    with db.session() as session:
        round_id = args.round
        if round_id is None:
            scored = load_scored(session, args.contest)
            sizes = {rid: len(rs.values) for rid, rs in scored.round_scores.items()}
            if not sizes:
                raise InvalidValue("awards_no_scores")
            round_id = max(sizes, key=lambda rid: sizes[rid])
        stats = jury_stats(session, round_id)
    a = stats.agreement
    if args.json:
        print_json({"round": round_id, "jurors": [j.__dict__ for j in stats.jurors],
                    "agreement": a.__dict__, "outliers": [o.__dict__ for o in stats.outliers]})
        return EXIT_OK
    for j in stats.jurors:
        mean = "-" if j.mean is None else f"{j.mean:.2f}"
        sd = "-" if j.sd is None else f"{j.sd:.2f}"
        len_ = "-" if j.leniency is None else f"{j.leniency:+.2f}"
        print(f"{j.name:<24} scored {j.scored:>4}  abstained {j.abstained:>3}  mean {mean:>5}  "
              f"sd {sd:>5}  leniency {len_:>6}")
    icc1 = "-" if a.icc_single is None else f"{a.icc_single:.2f}"
    w = "-" if a.kendall_w is None else f"{a.kendall_w:.2f} over {a.w_works} works"
    print(f"ICC(1,1) {icc1} ({agreement_word(a.icc_single)}); Kendall's W {w}")
    for o in stats.outliers:
        print(f"outlier {o.code}: {o.juror} gave {o.score:.2f}, the others {o.others:.2f}")
    return EXIT_OK
