"""Shared-database mode: a juror's own PostgreSQL role sees its works by code and nothing else.

Runs against the test server (CONTEST_APP_TEST_DB); on SQLite only the refusal is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from contest_app.core.demo import build_demo
from contest_app.core.errors import ContestAppError
from contest_app.core.jury.assignment import assign
from contest_app.core.jury.jurors import add_juror
from contest_app.core.jury.pg_roles import (
    create_juror_login,
    drop_juror_login,
    ensure_juror_views,
    shared_db_source,
)
from contest_app.core.jury.rounds import create_round
from contest_app.core.jury.scoring import save_score, works_for_juror
from contest_app.core.jury.source import ScoreItem
from contest_app.db.models import Entry, Juror, Score

PASSWORD = "it's: 100% secret"  # quotes, colons and percent signs must survive quoting


@pytest.fixture
def shared(db: Any, on_postgres: bool) -> Iterator[SimpleNamespace]:
    if not on_postgres:
        pytest.skip("shared-database mode needs PostgreSQL (CONTEST_APP_TEST_DB)")
    contest_id = build_demo(db, total=39, workers=1, image_size=(160, 120))
    with db.session() as session, session.begin():
        first = add_juror(session, contest_id, "Hong Gildong", language="ko").id
        second = add_juror(session, contest_id, "Anna Petrova", language="ru").id
        round_id = create_round(session, contest_id).id
        assign(session, round_id, per_work=1, seed=4)
        works = {j: {item.code: entry.id for entry, item in works_for_juror(session, round_id, j)}
                 for j in (first, second)}
    roles = {j: create_juror_login(db.engine, j, PASSWORD) for j in (first, second)}
    engines: list[Engine] = []

    def connect(juror_id: int) -> Engine:
        url = make_url(db.url).set(username=roles[juror_id], password=PASSWORD)
        engine = create_engine(url)
        engines.append(engine)
        return engine

    yield SimpleNamespace(db=db, round_id=round_id, first=first, second=second, works=works,
                          roles=roles, connect=connect)
    for engine in engines:
        engine.dispose()
    for juror_id in roles:
        drop_juror_login(db.engine, juror_id)


def _refused(engine: Engine, sql: str, params: dict[str, Any] | None = None) -> str:
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(text(sql), params or {})
    return str(caught.value.orig)


def test_sqlite_has_no_juror_roles(db: Any, on_postgres: bool) -> None:
    if on_postgres:
        pytest.skip("checks the refusal on SQLite")
    with pytest.raises(ContestAppError) as caught:
        ensure_juror_views(db.engine)
    assert caught.value.code == "shared_db_postgres_only"
    with pytest.raises(ContestAppError):
        shared_db_source(db.url)


def test_login_is_recorded(shared: SimpleNamespace) -> None:
    with shared.db.session() as session:
        juror = session.get(Juror, shared.first)
        assert juror is not None and juror.login == shared.roles[shared.first]
    assert shared.roles[shared.first].startswith(f"juror_{shared.first}_")
    again = create_juror_login(shared.db.engine, shared.first, "new password")  # a reset
    assert again == shared.roles[shared.first]


@pytest.mark.parametrize("table", ["student", "entry", "entry_student", "region", "country",
                                   "image_file", "batch", "juror", "audit_log", "assignment",
                                   "jury_package", "certificate"])
def test_identity_tables_are_out_of_reach(shared: SimpleNamespace, table: str) -> None:
    engine = shared.connect(shared.first)
    assert "permission denied" in _refused(engine, f"SELECT * FROM {table}")


def test_juror_works_shows_only_the_jurors_own(shared: SimpleNamespace) -> None:
    for juror_id in (shared.first, shared.second):
        with shared.connect(juror_id).connect() as conn:
            rows = conn.execute(text("SELECT round_id, juror_id, code, preview_path, title "
                                     "FROM juror_works")).all()
        assert {r.code for r in rows} == set(shared.works[juror_id])
        assert {r.juror_id for r in rows} == {juror_id} and all(r.title is None for r in rows)
        assert all(r.preview_path.endswith(".jpg") for r in rows)


def test_shared_source_scores_live(shared: SimpleNamespace) -> None:
    source = shared_db_source(
        make_url(shared.db.url).set(username=shared.roles[shared.first], password=PASSWORD)
        .render_as_string(hide_password=False), media_root=shared.db.media_root)
    try:
        works = source.works()
        assert source.juror_label == "Hong Gildong" and source.round_label == "Preliminary round"
        assert [c.key for c in source.criteria] == ["theme", "creativity", "composition",
                                                    "technique"]
        with shared.db.session() as session:
            blind = [i.code for _e, i in works_for_juror(session, shared.round_id, shared.first)]
        assert [w.code for w in works] == blind  # the same shuffle as every other screen
        assert source.image_path(works[0].code).name == f"{works[0].code}.jpg"
        source.save(works[0].code, ScoreItem(values={"theme": 7.3, "technique": 9},
                                             comment="bold"))
        source.save(works[0].code, ScoreItem(values={"theme": 8}, flagged=True))  # update
        source.save(works[1].code, ScoreItem(abstained=True))
        scores = source.scores()
        assert scores[works[0].code].values == {"theme": 8.0} and scores[works[0].code].flagged
        assert scores[works[1].code].abstained
    finally:
        source.close()
    with shared.db.session() as session:
        rows = session.scalars(select(Score).where(Score.juror_id == shared.first)).all()
        assert len(rows) == 2 and {r.source for r in rows} == {"screen"}


def test_rls_refuses_other_jurors_rows(shared: SimpleNamespace) -> None:
    other_code, other_entry = next(iter(shared.works[shared.second].items()))
    own_entry = next(iter(shared.works[shared.first].values()))
    with shared.db.session() as session, session.begin():  # staff: a score of the other juror
        save_score(session, shared.round_id, shared.second, other_entry,
                   ScoreItem(values={"theme": 5}))
    engine = shared.connect(shared.first)
    insert = ("INSERT INTO score (round_id, juror_id, entry_id, comment, flagged, favourite, "
              "abstained, source, updated_at) VALUES (:r, :j, :e, '', false, false, false, "
              "'screen', now())")
    # under the other juror's id, on the other juror's work
    error = _refused(engine, insert, {"r": shared.round_id, "j": shared.second, "e": other_entry})
    assert "row-level security" in error
    # under one's own id, on a work assigned to someone else
    error = _refused(engine, insert, {"r": shared.round_id, "j": shared.first, "e": other_entry})
    assert "row-level security" in error
    with engine.begin() as conn:
        conn.execute(text(insert), {"r": shared.round_id, "j": shared.first, "e": own_entry})
        visible = conn.execute(text("SELECT juror_id FROM score")).scalars().all()
        changed = conn.execute(text("UPDATE score SET comment = 'x' WHERE juror_id = :j"),
                               {"j": shared.second}).rowcount
        values = conn.execute(text("SELECT count(*) FROM score_value")).scalar()
    assert visible == [shared.first] and changed == 0 and values == 0
    with shared.db.session() as session:
        theirs = session.scalars(select(Score).where(Score.juror_id == shared.second)).one()
        assert theirs.comment == "" and [v.value for v in theirs.values] == [5.0]
        code = session.scalar(select(Entry.anon_code).where(Entry.id == theirs.entry_id))
        assert code == other_code


def test_a_closed_round_takes_no_more_scores(shared: SimpleNamespace) -> None:
    from contest_app.core.jury.rounds import close_round

    with shared.db.session() as session, session.begin():
        close_round(session, shared.round_id, decision="accept_gap", reason="test")
    own_entry = next(iter(shared.works[shared.first].values()))
    error = _refused(shared.connect(shared.first),
                     "INSERT INTO score (round_id, juror_id, entry_id, comment, flagged, "
                     "favourite, abstained, source, updated_at) VALUES (:r, :j, :e, '', false, "
                     "false, false, 'screen', now())",
                     {"r": shared.round_id, "j": shared.first, "e": own_entry})
    assert "row-level security" in error


def test_views_recreated_after_a_migration_keep_their_grants(shared: SimpleNamespace) -> None:
    with shared.db.engine.begin() as conn:
        conn.execute(text("DROP VIEW juror_works"))  # what a migration touching entry does
    ensure_juror_views(shared.db.engine)
    with shared.connect(shared.first).connect() as conn:
        codes = set(conn.execute(text("SELECT code FROM juror_works")).scalars())
    assert codes == set(shared.works[shared.first])


def test_dropped_login_cannot_sign_in(shared: SimpleNamespace, tmp_path: Path) -> None:
    engine = shared.connect(shared.second)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM juror_works")).scalar()
    engine.dispose()
    drop_juror_login(shared.db.engine, shared.second)
    with pytest.raises(DBAPIError):
        with engine.connect():
            pass
    with shared.db.session() as session:
        juror = session.get(Juror, shared.second)
        assert juror is not None and juror.login == ""
