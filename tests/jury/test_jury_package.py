"""Offline juror packages: export, score on a laptop, results back, tamper and repeat checks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from contest_app.core.demo import build_demo
from contest_app.core.errors import ContestAppError
from contest_app.core.jury.assignment import assign
from contest_app.core.jury.jurors import add_juror
from contest_app.core.jury.live_source import LiveSource
from contest_app.core.jury.package import (
    MANIFEST,
    SIGNATURE,
    ZIP_TIME,
    export_package,
    package_signature,
    read_manifest,
    sign_json,
)
from contest_app.core.jury.package_source import open_package, sidecar_path
from contest_app.core.jury.results_import import import_results
from contest_app.core.jury.rounds import create_round
from contest_app.core.jury.scoring import works_for_juror
from contest_app.core.jury.source import ScoreItem
from contest_app.db.models import Assignment, Entry, JuryPackage, Score, ScoreValue


@pytest.fixture
def jury(db: Any) -> SimpleNamespace:
    """The quick demo contest, two jurors sharing a preliminary round (one juror per work)."""
    contest_id = build_demo(db, total=39, workers=1, image_size=(320, 240))
    with db.session() as session, session.begin():
        first = add_juror(session, contest_id, "Hong Gildong", language="ko").id
        second = add_juror(session, contest_id, "Anna Petrova", language="ru").id
        round_id = create_round(session, contest_id, kind="preliminary").id
        assign(session, round_id, per_work=1, seed=3)
    return SimpleNamespace(db=db, contest_id=contest_id, round_id=round_id,
                           jurors=[first, second])


def _full(source: Any, value: float = 7.0) -> ScoreItem:
    return ScoreItem(values={c.key: value for c in source.criteria}, comment="strong colours")


def _rewrite(src: Path, dst: Path, change: Any) -> None:
    """Copy a zip member by member; change(name, data) returns new data, or None to drop it."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)


def _db_scores(db: Any, round_id: int, juror_id: int) -> dict[int, tuple[Any, ...]]:
    with db.session() as session:
        scores = session.scalars(select(Score).where(Score.round_id == round_id,
                                                     Score.juror_id == juror_id)).all()
        return {s.entry_id: (s.source, s.comment, s.updated_at,
                             sorted((v.criterion_id, v.value) for v in s.values))
                for s in scores}


def test_round_trip(jury: SimpleNamespace, tmp_path: Path) -> None:
    juror = jury.jurors[0]
    package = export_package(jury.db, jury.round_id, juror, tmp_path)
    assert package.suffix == ".nearjury" and package.parent == tmp_path

    source = open_package(package)
    works = source.works()
    with jury.db.session() as session:
        expected = [item.code for _e, item in works_for_juror(session, jury.round_id, juror)]
    assert [w.code for w in works] == expected and len(works) >= 4
    assert source.juror_label == "Hong Gildong" and source.round_label == "Preliminary round"
    assert [c.key for c in source.criteria] == ["theme", "creativity", "composition", "technique"]
    assert all(w.title is None for w in works)  # the round hides titles
    assert Image.open(source.image_path(works[0].code)).size == (320, 240)

    source.save(works[0].code, _full(source, 7.26))  # stored to the half point: 7.5
    source.save(works[1].code, ScoreItem(abstained=True, comment="my student's school"))
    source.save(works[2].code, ScoreItem(values={"theme": 9}))  # partial: one criterion
    source.close()  # deletes the extracted previews, never the scores
    assert not source.image_path(works[0].code).exists()

    reopened = open_package(package)  # a new app session reads the sidecar
    scores = reopened.scores()
    assert scores[works[0].code].values == {c.key: 7.5 for c in reopened.criteria}
    assert scores[works[1].code].abstained and scores[works[2].code].values == {"theme": 9.0}
    results = reopened.export_results(tmp_path)
    reopened.close()
    assert results.name == package.stem + ".nearresults"

    report = import_results(jury.db, results)
    assert not report.already_imported and report.ok
    assert report.scored == sorted(w.code for w in works[:3])
    assert sorted(report.unscored) == sorted(w.code for w in works[3:])
    assert report.incomplete == [works[2].code]
    with jury.db.session() as session:
        codes = dict(session.execute(select(Entry.id, Entry.anon_code)).all())
        stored = session.scalars(select(Score).where(Score.juror_id == juror)).all()
        assert {codes[s.entry_id] for s in stored} == {w.code for w in works[:3]}
        assert {s.source for s in stored} == {"package"}
        first = next(s for s in stored if codes[s.entry_id] == works[0].code)
        assert sorted(v.value for v in first.values) == [7.5] * 4
        record = session.scalars(select(JuryPackage)).one()
        assert record.results_imported_at is not None and record.results_sha256


def test_killed_app_loses_no_saved_score(jury: SimpleNamespace, tmp_path: Path) -> None:
    package = export_package(jury.db, jury.round_id, jury.jurors[0], tmp_path / "p.nearjury")
    code = read_manifest(package)["works"][0]["code"]
    script = (
        "import os, signal, sys\n"
        "from contest_app.core.jury.package_source import open_package\n"
        "from contest_app.core.jury.source import ScoreItem\n"
        "s = open_package(sys.argv[1])\n"
        "s.save(sys.argv[2], ScoreItem(values={c.key: 8 for c in s.criteria}, flagged=True))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(package), code],
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == -9, result.stderr  # really killed, no clean shutdown
    with open_package(package) as source:
        item = source.scores()[code]
        assert item.flagged and set(item.values.values()) == {8.0}
    assert not list(tmp_path.glob(".*.tmp")), "a temporary file was left behind"


def test_package_holds_only_codes_and_clean_previews(jury: SimpleNamespace,
                                                    tmp_path: Path) -> None:
    package = export_package(jury.db, jury.round_id, jury.jurors[1], tmp_path / "anna")
    assert package.name == "anna.nearjury"
    manifest = read_manifest(package)
    codes = [w["code"] for w in manifest["works"]]
    with zipfile.ZipFile(package) as archive:
        assert archive.comment == b""
        assert sorted(archive.namelist()) == sorted(
            [MANIFEST, SIGNATURE, *(f"previews/{c}.jpg" for c in codes)])
        assert {i.date_time for i in archive.infolist()} == {ZIP_TIME}
        for code in codes:
            data = archive.read(f"previews/{code}.jpg")
            image = Image.open(io.BytesIO(data))
            assert set(image.info) <= {"jfif", "jfif_version", "jfif_unit", "jfif_density",
                                       "dpi"}, image.info
            assert not image.getexif() and data.endswith(b"\xff\xd9")
            assert [m for m, _body in image.applist] == ["APP0"]
    assert set(manifest) == {"format", "version", "package_id", "key", "round_label",
                             "round_kind", "juror_label", "language", "show_titles",
                             "criteria", "works", "created_at"}
    assert manifest["language"] == "ru" and all(set(w) == {"code"} for w in manifest["works"])
    with jury.db.session() as session:
        record = session.scalars(select(JuryPackage)).one()
        assert record.codes == codes and record.juror_id == jury.jurors[1]
        assert record.secret == manifest["key"] and record.results_imported_at is None


def test_titles_only_when_the_round_shows_them(db: Any, tmp_path: Path) -> None:
    contest_id = build_demo(db, total=39, workers=1, image_size=(160, 120))
    with db.session() as session, session.begin():
        juror = add_juror(session, contest_id, "Sato Yumi").id
        round_id = create_round(session, contest_id, show_titles=True).id
        assign(session, round_id, seed=1)
        title_en = dict(session.execute(select(Entry.anon_code, Entry.title_en)).all())
    manifest = read_manifest(export_package(db, round_id, juror, tmp_path))
    assert manifest["show_titles"] is True
    assert all(w["title"] == title_en[w["code"]] for w in manifest["works"])


@pytest.mark.parametrize("how", ["preview", "manifest", "extra member", "missing preview",
                                 "signature"])
def test_tampered_package_is_refused(jury: SimpleNamespace, tmp_path: Path, how: str) -> None:
    package = export_package(jury.db, jury.round_id, jury.jurors[0], tmp_path / "p")
    first = f"previews/{read_manifest(package)['works'][0]['code']}.jpg"
    bad = tmp_path / "bad.nearjury"

    def change(name: str, data: bytes) -> bytes | None:
        if how == "preview" and name == first:
            image = Image.open(io.BytesIO(data))
            image.putpixel((5, 5), (255, 0, 0))
            out = io.BytesIO()
            image.save(out, "JPEG", quality=95)
            return out.getvalue()
        if how == "manifest" and name == MANIFEST:
            return data.replace(b'"show_titles": false', b'"show_titles": true')
        if how == "missing preview" and name == first:
            return None
        if how == "signature" and name == SIGNATURE:
            return b"0" * 64
        return data

    _rewrite(package, bad, change)
    if how == "extra member":
        with zipfile.ZipFile(bad, "a") as archive:
            archive.writestr("notes.txt", "hello")
    with pytest.raises(ContestAppError) as caught:
        open_package(bad)
    assert caught.value.code == "package_tampered"


def test_not_a_package(tmp_path: Path) -> None:
    junk = tmp_path / "x.nearjury"
    junk.write_bytes(b"not a zip")
    with pytest.raises(ContestAppError) as caught:
        open_package(junk)
    assert caught.value.code == "package_unreadable"


def test_scores_edited_by_hand_are_refused(jury: SimpleNamespace, tmp_path: Path) -> None:
    package = export_package(jury.db, jury.round_id, jury.jurors[0], tmp_path)
    with open_package(package) as source:
        code = source.works()[0].code
        source.save(code, _full(source, 5))
    sidecar = sidecar_path(package)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    data["scores"][code]["values"]["theme"] = 10
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContestAppError) as caught:
        open_package(package)
    assert caught.value.code == "package_scores_tampered"


def test_save_checks_codes_and_scale(jury: SimpleNamespace, tmp_path: Path) -> None:
    package = export_package(jury.db, jury.round_id, jury.jurors[0], tmp_path)
    with open_package(package) as source:
        code = source.works()[0].code
        for item, error in [(ScoreItem(values={"theme": 11}), "score_out_of_scale"),
                            (ScoreItem(values={"colour": 5}), "criterion_unknown")]:
            with pytest.raises(ContestAppError) as caught:
                source.save(code, item)
            assert caught.value.code == error
        with pytest.raises(ContestAppError) as caught:
            source.save("ZZZZZZ", ScoreItem(abstained=True))
        assert caught.value.code == "package_work_unknown"
        assert source.scores() == {}


def test_a_score_that_cannot_be_written_is_not_kept(jury: SimpleNamespace,
                                                    tmp_path: Path) -> None:
    package = export_package(jury.db, jury.round_id, jury.jurors[0], tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with open_package(package, scores_path=blocker / "scores.json") as source:
        with pytest.raises(ContestAppError) as caught:
            source.save(source.works()[0].code, _full(source))
        assert caught.value.code == "package_scores_unwritable"
        assert source.scores() == {}


def _scored_results(jury: SimpleNamespace, tmp_path: Path, count: int) -> tuple[Path, Path]:
    package = export_package(jury.db, jury.round_id, jury.jurors[0], tmp_path / "p")
    with open_package(package) as source:
        for work in source.works()[:count]:
            source.save(work.code, _full(source, 6))
        return package, source.export_results(tmp_path / "r1")


def test_results_edited_outside_the_app_are_refused(jury: SimpleNamespace,
                                                    tmp_path: Path) -> None:
    _package, results = _scored_results(jury, tmp_path, 3)
    data = json.loads(results.read_text(encoding="utf-8"))
    code = next(iter(data["scores"]))
    data["scores"][code]["values"]["theme"] = 10  # a spreadsheet "correction"
    edited = tmp_path / "edited.nearresults"
    edited.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(ContestAppError) as caught:
        import_results(jury.db, edited)
    assert caught.value.code == "results_tampered"
    with jury.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Score)) == 0
        assert session.scalars(select(JuryPackage)).one().results_sha256 is None
    # re-indenting without changing a value is not a change
    data["scores"][code]["values"]["theme"] = 6.0
    edited.write_text(json.dumps(data, ensure_ascii=False, indent=4), encoding="utf-8")
    assert import_results(jury.db, edited).ok


def test_importing_twice_changes_nothing(jury: SimpleNamespace, tmp_path: Path) -> None:
    _package, results = _scored_results(jury, tmp_path, 2)
    first = import_results(jury.db, results)
    before = _db_scores(jury.db, jury.round_id, jury.jurors[0])
    again = import_results(jury.db, results)
    assert again.already_imported and again.scored == first.scored
    assert _db_scores(jury.db, jury.round_id, jury.jurors[0]) == before
    assert len(before) == 2


def test_later_results_update_and_older_ones_are_refused(jury: SimpleNamespace,
                                                         tmp_path: Path) -> None:
    package, early = _scored_results(jury, tmp_path, 1)
    with open_package(package) as source:
        works = source.works()
        source.save(works[0].code, _full(source, 9))
        source.save(works[1].code, _full(source, 4))
        late = source.export_results(tmp_path / "r2")
    assert import_results(jury.db, late).scored == sorted(w.code for w in works[:2])
    with pytest.raises(ContestAppError) as caught:
        import_results(jury.db, early)
    assert caught.value.code == "results_outdated"
    values = {v[1] for entry in _db_scores(jury.db, jury.round_id, jury.jurors[0]).values()
              for v in entry[3]}
    assert values == {9.0, 4.0}


def test_codes_that_do_not_belong_are_refused(jury: SimpleNamespace, tmp_path: Path) -> None:
    package, results = _scored_results(jury, tmp_path, 2)
    data = json.loads(results.read_text(encoding="utf-8"))
    other = read_manifest(export_package(jury.db, jury.round_id, jury.jurors[1], tmp_path))
    foreign = other["works"][0]["code"]  # a work of the other juror
    data.pop("sig")
    data["scores"][foreign] = dict(next(iter(data["scores"].values())))
    data["scores"]["NOPE99"] = data["scores"][foreign]
    key = bytes.fromhex(read_manifest(package)["key"])
    forged = tmp_path / "more.nearresults"
    forged.write_text(json.dumps({**data, "sig": sign_json(key, data)}), encoding="utf-8")

    report = import_results(jury.db, forged)
    assert set(report.refused) == {foreign, "NOPE99"} and len(report.scored) == 2
    assert {e for e, _v in report.refused.values()} == {"results_code_not_in_package"}
    with jury.db.session() as session:
        codes = set(session.scalars(select(Entry.anon_code).join(
            Score, Score.entry_id == Entry.id)))
    assert foreign not in codes and len(codes) == 2


def test_a_work_taken_away_after_export_is_refused_alone(jury: SimpleNamespace,
                                                         tmp_path: Path) -> None:
    _package, results = _scored_results(jury, tmp_path, 3)
    code = next(iter(json.loads(results.read_text(encoding="utf-8"))["scores"]))
    with jury.db.session() as session, session.begin():
        entry_id = session.scalar(select(Entry.id).where(Entry.anon_code == code))
        session.execute(update(Assignment).where(Assignment.entry_id == entry_id)
                        .values(active=False))
    report = import_results(jury.db, results)
    assert list(report.refused) == [code] and report.refused[code][0] == "work_not_assigned"
    assert len(report.scored) == 2
    assert len(_db_scores(jury.db, jury.round_id, jury.jurors[0])) == 2


def test_unknown_package(jury: SimpleNamespace, tmp_path: Path) -> None:
    _package, results = _scored_results(jury, tmp_path, 1)
    with jury.db.session() as session, session.begin():
        session.execute(update(JuryPackage).values(package_id="0" * 32))
    with pytest.raises(ContestAppError) as caught:
        import_results(jury.db, results)
    assert caught.value.code == "results_unknown_package"


def test_signature_covers_manifest_and_previews() -> None:
    key = b"k" * 32
    base = package_signature(key, b"{}", [b"a", b"b"])
    assert base != package_signature(key, b"{} ", [b"a", b"b"])
    assert base != package_signature(key, b"{}", [b"b", b"a"])
    assert base != package_signature(b"x" * 32, b"{}", [b"a", b"b"])


def test_live_source_scores_into_the_database(jury: SimpleNamespace) -> None:
    juror = jury.jurors[1]
    source = LiveSource(jury.db, jury.round_id, juror)
    works = source.works()
    assert source.juror_label == "Anna Petrova" and works
    assert source.image_path(works[0].code).is_file()
    source.save(works[0].code, _full(source, 8))
    assert source.scores()[works[0].code].values["theme"] == 8.0
    with jury.db.session() as session:
        score = session.scalars(select(Score).where(Score.juror_id == juror)).one()
        assert score.source == "screen"
        assert session.scalar(select(func.count()).select_from(ScoreValue)) == 4
    with pytest.raises(ContestAppError):
        source.save("ZZZZZZ", _full(source))
    source.close()
