"""Offline juror packages: one file per juror and round, holding only what scoring needs.

A package (`.nearjury`) is a zip with exactly these members:

    manifest.json         format, version, package_id, key, round_label, round_kind, juror_label,
                          language, show_titles, criteria, works [{code, title?}], created_at
    manifest.sig          hex HMAC-SHA256(key, manifest.json bytes + sha256 of every preview,
                          in the order of works)
    previews/<CODE>.jpg   the stored preview decoded to pixels and encoded afresh: no EXIF, XMP,
                          ICC profile or comment, at most 1600 px

Member names are codes only, the zip comment is empty and every timestamp is 1980-01-01, so
neither names nor export times say anything about regions. The juror's own name is in it (it
is their package); no student, school, region, country or entry number ever is.

Threat model. The key travels inside the package because the juror's app, offline, must sign
the scores it exports; staff keep the same key (JuryPackage.secret) to check them. This detects
changes made outside the app, by accident or casually (a preview swapped, a score typed into
the results file with a text editor or a spreadsheet, a file cut short), and it ties a results
file to exactly one package (juror, round, codes). It does not stop a determined forger who
digs the key out of the package: that needs a juror who means to cheat, and a signature
cannot prevent that. Blindness, in contrast, does not rest on the key at all: there is simply
nothing identifying in the file (tests scan every byte of it).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import secrets
import uuid
import zipfile
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.images import JPEG_QUALITY, PREVIEW_SIZE, fit, to_srgb_rgb
from contest_app.core.jury.rounds import open_round, round_criteria
from contest_app.core.jury.scoring import works_for_juror
from contest_app.db.models import ImageFile, Juror, JuryPackage, Round
from contest_app.db.session import Database

PACKAGE_FORMAT = "near-jury-package"
RESULTS_FORMAT = "near-jury-results"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".nearjury"
RESULTS_SUFFIX = ".nearresults"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PREVIEWS = "previews/"
# the earliest time a zip can record: nothing in a package dates its export
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
ROUND_LABELS = {
    "preliminary": "Preliminary round",
    "final": "Final round",
    "boundary": "Boundary round",
}


# --- format helpers shared by the exporter, the juror's app and the results import ----------


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def preview_member(code: str) -> str:
    return f"{PREVIEWS}{code}.jpg"


def package_signature(key: bytes, manifest: bytes, previews: list[bytes]) -> str:
    """HMAC over the manifest and the previews' digests: any changed byte changes it."""
    mac = hmac.new(key, manifest, hashlib.sha256)
    for data in previews:
        mac.update(hashlib.sha256(data).digest())
    return mac.hexdigest()


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value that is signed: a text editor's re-indenting is not a
    change, a changed number is."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def sign_json(key: bytes, value: Any) -> str:
    return hmac.new(key, canonical_json(value), hashlib.sha256).hexdigest()


def signature_matches(key: bytes, value: Any, signature: object) -> bool:
    return isinstance(signature, str) and hmac.compare_digest(sign_json(key, value), signature)


def write_atomically(path: Path, data: bytes) -> None:
    """Write data so that path holds either its old content or all of the new, even if the
    machine dies half-way: a temporary file, flushed to disk, then renamed over path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    if os.name == "posix":  # the rename itself must reach the disk too
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def round_display_label(round_: Round) -> str:
    """What a juror's screen calls the round: staff's name for it, else its kind in words."""
    return round_.name or ROUND_LABELS.get(round_.kind, "Round")


def clean_preview(path: Path) -> bytes:
    """The picture's pixels and nothing else, as a new JPEG.

    The stored preview is already metadata-free; decoding to raw pixels and encoding a new
    image makes that true whatever wrote the stored file (a future intake step, a restore).
    """
    with Image.open(path) as source:
        source.load()
        rgb = to_srgb_rgb(source)
    if max(rgb.size) > PREVIEW_SIZE:
        rgb = rgb.resize(fit(rgb.size, PREVIEW_SIZE), Image.Resampling.LANCZOS)
    pixels = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False, exif=b"", comment=b"")
    return out.getvalue()


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a package, unverified (for listings; open_package verifies)."""
    with zipfile.ZipFile(path) as archive:
        data: dict[str, Any] = json.loads(archive.read(MANIFEST).decode("utf-8"))
    return data


# --- export -------------------------------------------------------------------------------


def _preview_paths(session: Session, entry_ids: list[int]) -> dict[int, str]:
    """Entry id -> preview of its first image (the one intake stored first)."""
    rows = session.execute(
        select(ImageFile.entry_id, ImageFile.preview_path)
        .where(ImageFile.entry_id.in_(entry_ids)).order_by(ImageFile.id))
    found: dict[int, str] = {}
    for entry_id, preview in rows:
        if preview and entry_id not in found:
            found[entry_id] = preview
    return found


def _target(out: Path, juror: Juror, round_: Round) -> Path:
    out = Path(out)
    if out.is_dir():
        return out / f"juror-{juror.id}-round-{round_.position}{PACKAGE_SUFFIX}"
    return out if out.suffix == PACKAGE_SUFFIX else out.with_suffix(PACKAGE_SUFFIX)


def _zip_bytes(members: list[tuple[str, bytes, bool]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.create_system = 3  # the same bytes whichever system exported it
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
        archive.comment = b""
    return buffer.getvalue()


def export_package(db: Database, round_id: int, juror_id: int, out: Path) -> Path:
    """Write the juror's package for the round to out (a file, or a folder to put it in).

    Refused: round_not_found, round_closed, juror_not_found, package_no_works,
    package_preview_missing. The package is recorded (JuryPackage) only once the file exists.
    """
    with db.session() as session, session.begin():
        round_ = open_round(session, round_id)
        juror = session.get(Juror, juror_id)
        if juror is None or juror.contest_id != round_.contest_id:
            raise NotFound("juror_not_found", ref=str(juror_id))
        works = works_for_juror(session, round_id, juror_id)
        if not works:
            raise InvalidValue("package_no_works", juror=juror.name,
                               round=round_display_label(round_))
        previews = _preview_paths(session, [entry.id for entry, _item in works])
        images: list[bytes] = []
        for entry, item in works:
            path = db.media_root / previews.get(entry.id, "")
            if entry.id not in previews or not path.is_file():
                raise InvalidValue("package_preview_missing", code=item.code)
            images.append(clean_preview(path))
        key = secrets.token_bytes(32)
        package_id = uuid.uuid4().hex
        manifest = {
            "format": PACKAGE_FORMAT,
            "version": FORMAT_VERSION,
            "package_id": package_id,
            "key": key.hex(),
            "round_label": round_display_label(round_),
            "round_kind": round_.kind,
            "juror_label": juror.name,
            "language": juror.language,
            "show_titles": bool(round_.show_titles),
            "criteria": [asdict(c) for c in round_criteria(session, round_)],
            "works": [{"code": item.code, "title": item.title} if item.title is not None
                      else {"code": item.code} for _entry, item in works],
            "created_at": now_iso(),
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        signature = package_signature(key, manifest_bytes, images)
        members = [(MANIFEST, manifest_bytes, True), (SIGNATURE, signature.encode("ascii"), False)]
        members += [(preview_member(item.code), data, False)
                    for (_entry, item), data in zip(works, images, strict=True)]
        target = _target(out, juror, round_)
        package = JuryPackage(
            package_id=package_id, contest_id=round_.contest_id, round_id=round_id,
            juror_id=juror_id, secret=key.hex(), codes=[item.code for _e, item in works])
        session.add(package)
        session.flush()
        audit.record(session, "jury.package_export", contest_id=round_.contest_id,
                     target_table="jury_package", target_id=package.id,
                     changes={"package_id": [None, package_id], "works": [None, len(works)],
                              "round_id": [None, round_id], "juror_id": [None, juror_id]})
        # written inside the transaction: a failed write leaves no record of a package that
        # never existed, and a failed commit leaves a file whose results are refused as unknown
        write_atomically(target, _zip_bytes(members))
    return target
