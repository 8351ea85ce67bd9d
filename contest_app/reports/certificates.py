"""Certificate PDFs: one file per region (a bundle with its cover sheet) or one combined file,
single reprints, and previews for the template editor.

Fonts are embedded as subsets (one subset per file, so per-region files repeat what they share;
that costs about 100 KB a file and lets each region's file travel alone). Thumbnails go in at
about 180 dpi for their printed size as JPEG. PDFs are written with ReportLab's invariant mode,
so generating the same certificates again gives the same bytes and the register's file hashes
stay meaningful.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.certificates.plan import (
    CertificateData,
    ContestInfo,
    PlanWarning,
    contest_info,
    document_languages,
    plan_certificates,
)
from contest_app.core.certificates.register import issue, item_for, record_files, reissue
from contest_app.core.certificates.templates import Template, TemplateSet, load_templates
from contest_app.core.defaults import TIER_NAMES
from contest_app.db.models import Country
from contest_app.db.session import Database
from contest_app.reports.calibration import Calibration, calibration_for
from contest_app.reports.certificate_cover import Bundle, CoverWriter
from contest_app.reports.certificate_layout import CertificateRenderer

Progress = Callable[[int, int], None]


@dataclass
class GenerateOptions:
    kind: str = "all"  # award | participation | teacher | all (award + participation)
    region_code: str | None = None
    language: str | None = None  # None: the student's language + English
    combined: bool = False
    thumbnails: bool = True
    covers: bool = True
    stock: bool = False  # pre-printed stock: only the variable fields; covers go to own file
    printer: str | None = None  # apply this printer's calibration (stock printing)
    allow_provisional: bool = False


@dataclass
class OutputFile:
    path: Path
    region_code: str  # "" for a combined file
    counts: dict[str, int] = field(default_factory=dict)  # kind -> certificates
    cover_path: Path | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class GenerateResult:
    files: list[OutputFile]
    warnings: list[PlanWarning]
    new: int
    reused: int

    @property
    def total(self) -> int:
        return sum(f.total for f in self.files)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write streams in binary, not ASCII85: ReportLab's pure-Python encoder took a third of
    the time of a 700-certificate run, and ASCII85 makes every JPEG a quarter larger."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _canvas(target: str | io.BytesIO, renderer: CertificateRenderer, title: str) -> Canvas:
    # initialFontName: a Canvas otherwise starts in Helvetica, which is never embedded
    canvas = Canvas(target, initialFontName=renderer.base_font(), invariant=True,
                    pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("NEAR Secretariat")
    canvas.setCreator("contest_app")
    return canvas


def make_bundles(items: list[CertificateData], session: Session) -> list[Bundle]:
    languages = {c.code: c.language for c in session.scalars(select(Country))}
    bundles: dict[str, Bundle] = {}
    for item in sorted(items, key=CertificateData.sort_key):
        bundle = bundles.get(item.region_code)
        if bundle is None:
            country_code = item.region_code.split("-", 1)[0]
            language = item.languages[0] if len(item.languages) == 1 else languages.get(
                country_code, "en")
            bundle = bundles[item.region_code] = Bundle(
                item.region_code, item.region_names, item.country_names, language)
        bundle.items.append(item)
    return list(bundles.values())


def write_bundles(target: str | io.BytesIO, renderer: CertificateRenderer,
                  bundles: list[Bundle], *, covers: bool, cover_target: str | None = None,
                  progress: Progress | None = None, done: int = 0, total: int = 0) -> int:
    """Write the bundles into one PDF (covers into cover_target when given); returns done."""
    with binary_streams():
        return _write_bundles(target, renderer, bundles, covers=covers,
                              cover_target=cover_target, progress=progress, done=done,
                              total=total)


def _write_bundles(target: str | io.BytesIO, renderer: CertificateRenderer,
                   bundles: list[Bundle], *, covers: bool, cover_target: str | None,
                   progress: Progress | None, done: int, total: int) -> int:
    title = renderer.contest.titles.get("en", "NEAR certificates")
    canvas = _canvas(target, renderer, title)
    cover_canvas = _canvas(cover_target, renderer, title) if cover_target and covers else None
    writer = CoverWriter(renderer, renderer.contest)
    today = date.today()
    for bundle in bundles:
        if covers:
            writer.draw(cover_canvas or canvas, bundle, today)
        for item in bundle.items:
            renderer.draw(canvas, item)
            done += 1
            if progress is not None:
                progress(done, total)
    canvas.save()
    if cover_canvas is not None:
        cover_canvas.save()
    return done


def _renderer(session: Session, db: Database, contest: ContestInfo, *, thumbnails: bool,
              stock: bool, printer: str | None) -> CertificateRenderer:
    calibration: Calibration | None = calibration_for(session, printer) if printer else None
    return CertificateRenderer(contest, load_templates(session, contest.id), db.media_root,
                               thumbnails=thumbnails, stock=stock, calibration=calibration)


def generate_certificates(db: Database, contest_id: int, out_dir: Path,
                          options: GenerateOptions | None = None,
                          progress: Progress | None = None) -> GenerateResult:
    """Plan, register (serials) and write the certificates; records each file's hash."""
    options = options or GenerateOptions()
    out_dir.mkdir(parents=True, exist_ok=True)
    with db.session() as session, session.begin():
        plan = plan_certificates(session, contest_id, kind=options.kind,
                                 region_code=options.region_code, language=options.language,
                                 allow_provisional=options.allow_provisional)
        issued = issue(session, plan.contest, plan.items)
        renderer = _renderer(session, db, plan.contest, thumbnails=options.thumbnails,
                             stock=options.stock, printer=options.printer)
        bundles = make_bundles(plan.items, session)
    stem = f"certificates-{plan.contest.edition:02d}"
    suffix = "" if options.kind == "all" else f"-{options.kind}"
    groups = ([("all", bundles)] if options.combined
              else [(b.region_code, [b]) for b in bundles])
    files: list[OutputFile] = []
    hashes: dict[int, tuple[str, str]] = {}
    done, total = 0, len(plan.items)
    for name, group in groups:
        path = out_dir / f"{stem}-{name}{suffix}.pdf"
        cover = out_dir / f"{stem}-{name}{suffix}-covers.pdf" if options.stock else None
        done = write_bundles(str(path), renderer, group, covers=options.covers,
                             cover_target=str(cover) if cover else None, progress=progress,
                             done=done, total=total)
        counts: dict[str, int] = {}
        for bundle in group:
            for kind, count in bundle.counts().items():
                counts[kind] = counts.get(kind, 0) + count
        files.append(OutputFile(path, "" if options.combined else name, counts,
                                cover if cover and options.covers else None))
        digest = sha256_file(path)
        for bundle in group:
            for item in bundle.items:
                if item.certificate_id is not None:
                    hashes[item.certificate_id] = (path.name, digest)
    with db.session() as session, session.begin():
        record_files(session, hashes)
    return GenerateResult(files, plan.warnings, issued.new, issued.reused)


@dataclass(frozen=True)
class ReprintResult:
    path: Path
    serial: str
    certificate_id: int


def reprint_certificate(db: Database, contest_id: int, serial: str, out_file: Path, *,
                        thumbnails: bool = True, stock: bool = False,
                        printer: str | None = None, reason: str = "") -> ReprintResult:
    """Print one certificate again: same serial and code, a new register row marked reissue."""
    with db.session() as session, session.begin():
        _original, again = reissue(session, contest_id, serial, reason)
        item = item_for(session, again, reissued_on=date.today())
        renderer = _renderer(session, db, contest_info(session, contest_id),
                             thumbnails=thumbnails, stock=stock, printer=printer)
        again_id = again.id
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with binary_streams():
        canvas = _canvas(str(out_file), renderer, f"{item.serial} (reissue)")
        renderer.draw(canvas, item)
        canvas.save()
    with db.session() as session, session.begin():
        record_files(session, {again_id: (out_file.name, sha256_file(out_file))})
    return ReprintResult(out_file, item.serial, again_id)


def render_certificate(db: Database, contest_id: int, serial: str, *,
                       thumbnails: bool = True) -> bytes:
    """The certificate a register row stands for, as PDF bytes; changes nothing."""
    from contest_app.core.certificates.register import find_original

    with db.session() as session:
        item = item_for(session, find_original(session, contest_id, serial))
        renderer = _renderer(session, db, contest_info(session, contest_id),
                             thumbnails=thumbnails, stock=False, printer=None)
    return render_items(renderer, [item])


def render_items(renderer: CertificateRenderer, items: list[CertificateData],
                 template: Template | None = None) -> bytes:
    buffer = io.BytesIO()
    with binary_streams():
        canvas = _canvas(buffer, renderer, "Certificate preview")
        for item in items:
            renderer.draw(canvas, item, template)
        canvas.save()
    return buffer.getvalue()


def sample_item(contest: ContestInfo, kind: str, language: str | None = None) -> CertificateData:
    """A made-up Korean student, for previews when the contest has no entries yet."""
    return CertificateData(
        kind=kind, student_id=None, entry_id=None,
        name="김지유" if kind != "teacher" else "박선영", name_latin="Kim Ji Yoo",
        school="포항중학교", region_id=0, region_code="KR-47",
        region_names={"en": "Gyeongsangbuk-do", "ko": "경상북도", "zh": "庆尚北道",
                      "ja": "慶尚北道", "ru": "Кёнсан-Пукто", "mn": "Гёнсанбук-до"},
        country_names={"en": "Republic of Korea", "ko": "대한민국", "zh": "韩国", "ja": "韓国",
                       "ru": "Республика Корея", "mn": "Бүгд Найрамдах Солонгос Улс"},
        country_language="ko", title="환웅의 홍익인간", title_en="Hwanung's Hongik Ingan",
        tier_key="grand" if kind == "award" else "",
        tier_names=dict(TIER_NAMES["grand"]) if kind == "award" else {},
        languages=document_languages("ko", language),
        serial=f"NEAR-{contest.year}-{kind[0].upper()}-0000", code="7K3M9QX2TB",
        issued_on=date.today())


def preview_pdf(db: Database, contest_id: int, template: Template,
                item: CertificateData | None = None, *, stock: bool = False) -> bytes:
    """A one-page PDF of template filled with item (or a sample); writes nothing anywhere."""
    with db.session() as session:
        contest = contest_info(session, contest_id)
    renderer = CertificateRenderer(contest, TemplateSet({}), db.media_root, stock=stock)
    return render_items(renderer, [item or sample_item(contest, template.kind)], template)
