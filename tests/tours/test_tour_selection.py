"""Which works a tour can draw on: Award (final or provisional) or a past edition's legacy tier."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from contest_app.core.tours.demo import EditionPlan, build_past_editions
from contest_app.core.tours.selection import WorkFilter, awarded_works, filter_choices, load_works
from contest_app.db.models import Award, AwardStatus, AwardTier, Entry
from contest_app.db.session import Database


def _editions(db: Database, tmp_path: Path) -> dict[int, int]:
    return build_past_editions(
        db, tmp_path, (EditionPlan(11, 2023, works_per_region=3, awarded_share=0.5),
                       EditionPlan(12, 2024, works_per_region=3, awarded_share=0.5)),
        regions=("KR-47", "JP-16", "RU-TOM", "MN-055"))


def test_legacy_tiers_from_the_batch_import_count_as_awarded(db: Database,
                                                             tmp_path: Path) -> None:
    ids = _editions(db, tmp_path)
    with db.session() as session:
        legacy = session.scalars(select(Entry).where(Entry.legacy_tier != "")).all()
        works = awarded_works(session)
    assert len(works) == len(legacy) == 12  # half of 12 works in each of two editions
    assert {w.edition for w in works} == {11, 12}
    assert all(w.legacy for w in works)
    grand = [w for w in works if w.tier_key == "grand"]
    assert len(grand) == 2 and {w.contest_id for w in grand} == set(ids.values())
    assert grand[0].tier_names["ko"] == "최우수상" and grand[0].tier_position == 1
    # newest edition first, then by tier
    assert [w.edition for w in works] == sorted((w.edition for w in works), reverse=True)
    korean = next(w for w in works if w.country_code == "KR")
    assert korean.region_names["en"] == "Gyeongsangbuk-do" and korean.students[0].name


def test_an_award_outranks_the_legacy_tier_and_only_final_or_provisional_count(
        db: Database, tmp_path: Path) -> None:
    ids = _editions(db, tmp_path)
    with db.session() as session, session.begin():
        plain = session.scalars(select(Entry).where(Entry.legacy_tier == "",
                                                    Entry.contest_id == ids[12])).all()
        legacy = session.scalars(select(Entry).where(Entry.legacy_tier == "finalist",
                                                     Entry.contest_id == ids[12])).first()
        assert legacy is not None and len(plain) >= 3
        tiers = {t.key: t.id for t in session.scalars(
            select(AwardTier).where(AwardTier.contest_id == ids[12]))}
        session.add_all([
            Award(contest_id=ids[12], entry_id=plain[0].id, tier_id=tiers["excellence"],
                  status=AwardStatus.FINAL),
            Award(contest_id=ids[12], entry_id=plain[1].id, tier_id=tiers["finalist"],
                  status=AwardStatus.PROVISIONAL),
            Award(contest_id=ids[12], entry_id=plain[2].id, tier_id=tiers["grand"],
                  status=AwardStatus.PROPOSED),  # not decided yet: does not tour
            Award(contest_id=ids[12], entry_id=legacy.id, tier_id=tiers["encouragement"],
                  status=AwardStatus.FINAL),
        ])
        awarded_ids = [plain[0].id, plain[1].id, plain[2].id, legacy.id]
    with db.session() as session:
        works = {w.entry_id: w for w in awarded_works(session)}
        loaded = load_works(session, awarded_ids)
    assert works[awarded_ids[0]].tier_key == "excellence" and not works[awarded_ids[0]].legacy
    assert works[awarded_ids[1]].tier_key == "finalist"
    assert awarded_ids[2] not in works
    assert works[awarded_ids[3]].tier_key == "encouragement"  # the recorded decision wins
    assert set(loaded) == set(awarded_ids)  # load_works keeps works whatever their award


def test_filters(db: Database, tmp_path: Path) -> None:
    _editions(db, tmp_path)
    with db.session() as session:
        every = awarded_works(session)
        e11 = awarded_works(session, WorkFilter(editions={11}))
        grand = awarded_works(session, WorkFilter(tiers={"grand", "excellence"}))
        kr_jp = awarded_works(session, WorkFilter(countries={"kr", "JP"}))
        tomsk = awarded_works(session, WorkFilter(regions={"RU-TOM"}))
        choices = filter_choices(session)
        sample = every[0]
        found = awarded_works(session, WorkFilter(search=sample.students[0].name_latin.upper()))
        by_title = awarded_works(session, WorkFilter(search=sample.title_en.lower()))
    assert e11 and all(w.edition == 11 for w in e11) and len(e11) < len(every)
    assert grand and {w.tier_key for w in grand} <= {"grand", "excellence"}
    assert kr_jp and {w.country_code for w in kr_jp} <= {"KR", "JP"}
    assert tomsk and all(w.region_code == "RU-TOM" for w in tomsk)
    assert sample.entry_id in {w.entry_id for w in found}
    assert sample.entry_id in {w.entry_id for w in by_title}
    assert choices.editions == [(12, 2024), (11, 2023)]
    assert choices.tiers[0] == "grand"
    assert {code for code, _c, _n in choices.regions} <= {"KR-47", "JP-16", "RU-TOM", "MN-055"}
