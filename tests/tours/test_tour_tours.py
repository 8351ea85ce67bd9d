"""Tours: period, works (order, status, condition), venues and which works each shows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.tours import tours as T
from contest_app.core.tours.content import index, load_document, sections, statistics
from contest_app.core.tours.settings import TourSettings, load_settings, save_settings
from contest_app.db.models import AuditLog, Entry, Setting, TourWork, VenueWork
from contest_app.db.session import Database


def test_create_validate_edit_delete(db: Database) -> None:
    with db.session() as session, session.begin():
        with pytest.raises(InvalidValue) as missing:
            T.create_tour(session, T.TourSpec("  "))
        assert missing.value.code == "tour_name_missing"
        with pytest.raises(InvalidValue) as backwards:
            T.create_tour(session, T.TourSpec("x", date(2025, 5, 1), date(2025, 4, 1)))
        assert backwards.value.code == "tour_dates_invalid"
        tour = T.create_tour(session, T.TourSpec(" Art fair ", date(2025, 3, 1)))
        T.update_tour(session, tour.id, T.TourSpec("Art fair 2025", date(2025, 3, 1),
                                                   date(2025, 12, 20), "notes"))
        save_settings(session, tour.id, TourSettings(title={"en": "Dreams"}, editions=[11]))
        tour_id = tour.id
    with db.session() as session:
        summary = T.list_tours(session)[0]
        assert (summary.name, summary.ends_on, summary.venues, summary.works) == \
            ("Art fair 2025", date(2025, 12, 20), 0, 0)
        assert load_settings(session, tour_id).editions == [11]
        actions = session.scalars(select(AuditLog.action).where(
            AuditLog.target_table == "tour")).all()
        assert {"tour.create", "tour.edit", "tour.catalogue_settings"} <= set(actions)
    with db.session() as session, session.begin():
        T.delete_tour(session, tour_id)
    with db.session() as session:
        assert T.list_tours(session) == []
        assert session.get(Setting, T.settings_key(tour_id)) is None
        with pytest.raises(NotFound):
            T.get_tour(session, tour_id)


def test_works_venues_order_status(small_tour: Any) -> None:
    small = small_tour
    db = small.db
    with db.session() as session, session.begin():
        works = T.tour_works(session, small.tour_id)
        ids = [w.entry_id for w in works]
        assert [w.position for w in works] == list(range(1, len(ids) + 1))
        # adding again changes nothing; a work without an award is refused
        assert T.add_works(session, small.tour_id, ids[:3]) == []
        plain = session.scalar(select(Entry.id).where(Entry.legacy_tier == ""))
        with pytest.raises(InvalidValue) as refused:
            T.add_works(session, small.tour_id, [plain])
        assert refused.value.code == "tour_work_not_awarded"
        with pytest.raises(NotFound):
            T.add_works(session, small.tour_id, [999_999])
        # both venues were made before the works were added: they show all of them
        shown = T.works_by_venue(session, small.tour_id)
        assert shown == {small.venue_ko: set(ids), small.venue_ja: set(ids)}
        T.set_venue_works(session, small.venue_ja, ids[:5])
        T.reorder_works(session, small.tour_id, [ids[4], ids[0]])
        T.set_work_state(session, small.tour_id, ids[1], status="packed",
                         condition_notes="corner bent")
        with pytest.raises(InvalidValue):
            T.set_work_state(session, small.tour_id, ids[1], status="lost")
        T.remove_works(session, small.tour_id, [ids[2]])
    with db.session() as session:
        order = [w.entry_id for w in T.tour_works(session, small.tour_id)]
        assert order[:3] == [ids[4], ids[0], ids[1]] and ids[2] not in order
        assert [w.position for w in T.tour_works(session, small.tour_id)] == \
            list(range(1, len(order) + 1))
        assert T.venue_entry_ids(session, small.venue_ja) == set(ids[:5]) - {ids[2]}
        doc = load_document(session, small.tour_id)
        packed = doc.entry(ids[1])
        assert packed is not None and packed.status == "packed"
        assert packed.condition_notes == "corner bent"
        assert [e.work.entry_id for e in doc.hanging_order(small.venue_ja)] == \
            [ids[4], ids[0], ids[1], ids[3]]
    with db.session() as session, session.begin():
        T.delete_venue(session, small.venue_ja)
        T.delete_tour(session, small.tour_id)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(TourWork)) == 0
        assert session.scalar(select(func.count()).select_from(VenueWork)) == 0


def test_venue_checks_and_lookup(small_tour: Any) -> None:
    small = small_tour
    with small.db.session() as session, session.begin():
        with pytest.raises(InvalidValue) as bad:
            T.add_venue(session, small.tour_id, T.VenueSpec("x", language="fr"))
        assert bad.value.code == "language_invalid"
        empty = T.add_venue(session, small.tour_id, T.VenueSpec("Late venue", language="ru"),
                            all_works=False)
        assert T.find_venue(session, small.tour_id, "Late venue").id == empty.id
        assert T.find_venue(session, small.tour_id, str(small.venue_ko)).id == small.venue_ko
        with pytest.raises(NotFound):
            T.find_venue(session, small.tour_id, "nowhere")
        assert T.venue_entry_ids(session, empty.id) == set()


def test_catalogue_numbers_sections_index_statistics(small_tour: Any) -> None:
    small = small_tour
    with small.db.session() as session:
        doc = load_document(session, small.tour_id)
        editions, stats = statistics(session, doc.entries)
        entered = session.scalar(select(func.count()).select_from(Entry))
    assert [e.label for e in doc.entries] == [f"{n:03d}" for n in range(1, len(doc.entries) + 1)]
    keys = [(e.work.year, e.work.tier_position) for e in doc.entries]
    assert keys == sorted(keys)  # oldest edition first, then highest tier
    parts = sections(doc.entries)
    assert [(s.year, s.tier_key) for s in parts][:2] == [(2023, "grand"), (2023, "excellence")]
    assert sum(len(s.entries) for s in parts) == len(doc.entries)
    countries = index(doc.entries)
    assert [c.code for c in countries] == ["CN", "JP", "MN", "KR", "RU"]  # by English name
    assert sum(len(r.entries) for c in countries for r in c.regions) == len(doc.entries)
    assert editions == [(11, 2023), (12, 2024)]
    assert sum(r.entered for r in stats) == entered == 40
    assert sum(r.awarded for r in stats) == sum(r.shown for r in stats) == len(doc.entries)
