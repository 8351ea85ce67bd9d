"""A juror's package opened on their own laptop: no contest database, only the package file.

Scores live in a sidecar next to the package, `<package>.scores.json`, rewritten atomically
(temporary file, fsync, rename) on every save, so killing the app or pulling the plug loses
nothing that was saved. JSON rather than SQLite: it is a few kilobytes, one writer, and staff
can read it if a laptop has to be rescued. The sidecar carries an HMAC with the package's key,
so a score edited in it by hand is noticed before it can reach a results file.
"""

from __future__ import annotations

import hmac
import json
import shutil
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from contest_app.core.errors import ContestAppError, InvalidValue
from contest_app.core.jury.package import (
    FORMAT_VERSION,
    MANIFEST,
    PACKAGE_FORMAT,
    RESULTS_FORMAT,
    RESULTS_SUFFIX,
    SIGNATURE,
    now_iso,
    package_signature,
    preview_member,
    sign_json,
    signature_matches,
    write_atomically,
)
from contest_app.core.jury.scoring import check_value
from contest_app.core.jury.source import CriterionInfo, ScoreItem, WorkItem

SCORES_FORMAT = "near-jury-scores"
SIDECAR_SUFFIX = ".scores.json"


class PackageError(ContestAppError):
    code = "package_unreadable"


def sidecar_path(package: Path) -> Path:
    return package.with_name(package.name + SIDECAR_SUFFIX)


def item_to_json(item: ScoreItem, saved_at: str) -> dict[str, Any]:
    return {"values": dict(item.values), "comment": item.comment, "flagged": item.flagged,
            "favourite": item.favourite, "abstained": item.abstained, "saved_at": saved_at}


def item_from_json(data: dict[str, Any]) -> ScoreItem:
    """A ScoreItem from a sidecar or results entry; raises ValueError/TypeError when malformed."""
    values = data.get("values", {})
    if not isinstance(values, dict):
        raise TypeError("values")
    return ScoreItem(values={str(k): float(v) for k, v in values.items()},
                     comment=str(data.get("comment", "")), flagged=bool(data.get("flagged")),
                     favourite=bool(data.get("favourite")),
                     abstained=bool(data.get("abstained")))


def _read_verified(path: Path) -> tuple[dict[str, Any], bytes, dict[str, bytes]]:
    """(manifest, key, previews by code) of a package whose signature holds."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackageError("package_unreadable", path=name) from exc
    with archive:
        names = set(archive.namelist())
        if MANIFEST not in names or SIGNATURE not in names:
            raise PackageError("package_unreadable", path=name)
        try:
            manifest_bytes = archive.read(MANIFEST)
            manifest = json.loads(manifest_bytes.decode("utf-8"))
            signature = archive.read(SIGNATURE).decode("ascii").strip()
            key = bytes.fromhex(manifest["key"])
            codes = [str(w["code"]) for w in manifest["works"]]
        except (ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
            raise PackageError("package_tampered", path=name) from exc
        if manifest.get("format") != PACKAGE_FORMAT:
            raise PackageError("package_unreadable", path=name)
        if manifest.get("version") != FORMAT_VERSION:
            raise PackageError("package_version", path=name, version=manifest.get("version"))
        # nothing may be added or removed: an extra member could carry anything
        if names != {MANIFEST, SIGNATURE, *(preview_member(c) for c in codes)}:
            raise PackageError("package_tampered", path=name)
        try:
            previews = {code: archive.read(preview_member(code)) for code in codes}
        except (zipfile.BadZipFile, OSError) as exc:  # a CRC error: bytes changed in place
            raise PackageError("package_tampered", path=name) from exc
    expected = package_signature(key, manifest_bytes, [previews[c] for c in codes])
    if not hmac.compare_digest(signature, expected):
        raise PackageError("package_tampered", path=name)
    return manifest, key, previews


class PackageSource:
    """JurorSource over a package file; see open_package."""

    def __init__(self, path: Path, manifest: dict[str, Any], key: bytes,
                 previews: dict[str, bytes], scores_path: Path) -> None:
        self.path = path
        self.package_id: str = manifest["package_id"]
        self.juror_label: str = manifest.get("juror_label", "")
        self.round_label: str = manifest.get("round_label", "")
        self.round_kind: str = manifest.get("round_kind", "")
        self.language: str = manifest.get("language", "en")
        self.show_titles: bool = bool(manifest.get("show_titles"))
        self.criteria: list[CriterionInfo] = [
            CriterionInfo(key=c["key"], names=dict(c["names"]), weight=float(c["weight"]),
                          scale_min=float(c["scale_min"]), scale_max=float(c["scale_max"]))
            for c in manifest["criteria"]]
        self._works = [WorkItem(str(w["code"]), w.get("title") if self.show_titles else None)
                       for w in manifest["works"]]
        self._key = key
        self.scores_path = scores_path
        # previews go to a private folder (mode 0700) that close() removes
        self._folder = Path(tempfile.mkdtemp(prefix="nearjury-"))
        for code, data in previews.items():
            (self._folder / f"{code}.jpg").write_bytes(data)
        self._scores: dict[str, dict[str, Any]] = self._load_scores()

    # --- the sidecar ------------------------------------------------------------------------

    def _load_scores(self) -> dict[str, dict[str, Any]]:
        path = self.scores_path
        if not path.exists():
            return {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            body = {k: v for k, v in data.items() if k != "sig"}
            stored_id = body.get("package_id")
        except (ValueError, AttributeError, OSError) as exc:
            raise PackageError("package_scores_tampered", path=path.name) from exc
        if stored_id != self.package_id:
            # scores of an earlier package of the same name: kept aside, never mixed in
            path.replace(path.with_name(f"{path.name}.{stored_id or 'old'}"))
            return {}
        if not signature_matches(self._key, body, data.get("sig")):
            raise PackageError("package_scores_tampered", path=path.name)
        scores = body.get("scores", {})
        return {str(code): dict(entry) for code, entry in scores.items()}

    def _write_scores(self) -> None:
        body = {"format": SCORES_FORMAT, "version": FORMAT_VERSION,
                "package_id": self.package_id, "scores": self._scores}
        data = {**body, "sig": sign_json(self._key, body)}
        write_atomically(self.scores_path,
                         json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    # --- JurorSource --------------------------------------------------------------------------

    def works(self) -> list[WorkItem]:
        return list(self._works)

    def image_path(self, code: str) -> Path:
        self._check_code(code)
        return self._folder / f"{code}.jpg"

    def scores(self) -> dict[str, ScoreItem]:
        return {code: item_from_json(entry) for code, entry in self._scores.items()}

    def save(self, code: str, item: ScoreItem) -> None:
        """Check the score as the contest database would, then write it to disk at once.

        Refused: package_work_unknown, criterion_unknown, score_not_number, score_out_of_scale;
        package_scores_unwritable when the sidecar cannot be written (nothing is kept then).
        """
        self._check_code(code)
        by_key = {c.key: c for c in self.criteria}
        values: dict[str, float] = {}
        for key, value in ({} if item.abstained else item.values).items():
            criterion = by_key.get(key)
            if criterion is None:
                raise InvalidValue("criterion_unknown", key=key)
            stored, problem = check_value(criterion, value)
            if problem is not None:
                raise InvalidValue(problem[0], **problem[1])
            assert stored is not None
            values[key] = stored
        clean = ScoreItem(values=values, comment=item.comment.strip(), flagged=item.flagged,
                          favourite=item.favourite, abstained=item.abstained)
        previous = self._scores.get(code)
        self._scores[code] = item_to_json(clean, now_iso())
        try:
            self._write_scores()
        except OSError as exc:  # a read-only stick, a full disk: the score was not kept
            if previous is None:
                del self._scores[code]
            else:
                self._scores[code] = previous
            raise PackageError("package_scores_unwritable", path=str(self.scores_path)) from exc

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> PackageSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _check_code(self, code: str) -> None:
        if all(w.code != code for w in self._works):
            raise InvalidValue("package_work_unknown", code=code)

    # --- results ------------------------------------------------------------------------------

    def results_body(self) -> dict[str, Any]:
        return {"format": RESULTS_FORMAT, "version": FORMAT_VERSION,
                "package_id": self.package_id, "juror_label": self.juror_label,
                "round_label": self.round_label, "scores": self._scores,
                "created_at": now_iso()}

    def export_results(self, out: Path) -> Path:
        """Write the results file for staff (a file, or a folder to put it in); signed so a
        change made after it left the app is refused on import. Partial results are fine."""
        out = Path(out)
        if out.is_dir():
            target = out / (self.path.stem + RESULTS_SUFFIX)
        else:
            target = out if out.suffix == RESULTS_SUFFIX else out.with_suffix(RESULTS_SUFFIX)
        body = self.results_body()
        data = {**body, "sig": sign_json(self._key, body)}
        write_atomically(target, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        return target

    @property
    def scored_count(self) -> int:
        return len(self._scores)


def open_package(path: Path, *, scores_path: Path | None = None) -> PackageSource:
    """Verify a package and open it for scoring.

    Refused (PackageError): package_unreadable (not a package), package_version (made by a
    newer app), package_tampered (any byte changed, a member added or removed),
    package_scores_tampered (the sidecar was edited by hand). scores_path: where the scores
    live when the package's folder cannot be written (a read-only stick).
    """
    path = Path(path)
    manifest, key, previews = _read_verified(path)
    return PackageSource(path, manifest, key, previews, scores_path or sidecar_path(path))


def results_created_at(data: dict[str, Any]) -> datetime | None:
    """When the juror's app wrote a results file, as naive UTC (how the database keeps times)."""
    try:
        stamp = datetime.fromisoformat(str(data["created_at"]))
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    except (KeyError, ValueError, OverflowError):  # year 1 at +01:00 is before year 1 in UTC
        return None
    return stamp
