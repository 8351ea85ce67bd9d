"""Shared-database mode (PostgreSQL only): jurors sign in with their own database role.

A juror's role can read nothing but three views, each limited to the signed-in juror:

    juror_rounds    the rounds the juror has works in (and the juror's own id and name)
    juror_works     round, code, preview path, title (only where the round shows titles),
                    the entry id the score rows need, and a per-juror shuffle key
    juror_criteria  the criteria of those rounds

and read and write only their own rows of score and score_value, enforced by row-level
security: a score for a work not assigned to the juror, in a round that is not open, or under
another juror's id, is refused by the server, whatever program the juror connects with.
Student, entry, batch, region, country, image_file, juror, audit_log, certificate ... stay out
of reach: the role holds no privilege on them.

Who is signed in: juror.login holds the role's name; two SECURITY DEFINER functions read it
for session_user (inside a definer function current_user is the definer, not the juror).
Role names are cluster-wide while jurors belong to one database, so a role is named
juror_<id>_<database>: the same juror id in a second contest database on the same server
(a training copy) is a different role.

Staff must connect as the owner of the tables (the role that ran the migrations): the owner
is not subject to row-level security, other roles see no scores at all. A migration that
changes a column these views use has to drop and recreate them (ensure_juror_views again).
What the views cannot hide: a juror sees the internal entry ids of their own works (score rows
need them); ids follow import order, so they hint which of the juror's works arrived together.
And preview paths name the SHA-256 of the original file: it confirms a guess only to someone
who already holds that very file.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.errors import ContestAppError, InvalidValue, NotFound
from contest_app.core.jury.package import ROUND_LABELS
from contest_app.core.jury.scoring import check_value
from contest_app.core.jury.source import CriterionInfo, ScoreItem, WorkItem
from contest_app.db.models import Juror
from contest_app.db.session import media_root_for

VIEWS = ("juror_rounds", "juror_works", "juror_criteria")
IDENTITY_TABLES = (
    "student", "entry_student", "entry", "batch", "problem", "image_file", "region", "country",
    "audit_log", "certificate", "award", "juror", "juror_conflict", "contest", "jury_package",
    "setting", "assignment", "round", "round_entry", "criterion",
)

_SETUP = [
    """CREATE OR REPLACE FUNCTION contest_app_juror_ids() RETURNS integer[]
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
         SELECT coalesce(array_agg(id), '{}') FROM juror
         WHERE login <> '' AND login = session_user AND active
       $$""",
    """CREATE OR REPLACE FUNCTION contest_app_may_score(p_juror integer, p_round integer,
                                                       p_entry integer) RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
         SELECT p_juror = ANY(contest_app_juror_ids()) AND EXISTS (
           SELECT 1 FROM assignment a JOIN round r ON r.id = a.round_id
           WHERE a.juror_id = p_juror AND a.round_id = p_round AND a.entry_id = p_entry
             AND a.active AND r.status = 'open')
       $$""",
    "REVOKE ALL ON FUNCTION contest_app_juror_ids() FROM PUBLIC",
    "REVOKE ALL ON FUNCTION contest_app_may_score(integer, integer, integer) FROM PUBLIC",
    """CREATE OR REPLACE VIEW juror_rounds AS
       SELECT r.id AS round_id, r.kind, r.name, r.position, r.status, r.show_titles,
              j.id AS juror_id, j.name AS juror_name, j.language AS juror_language
       FROM round r JOIN juror j ON j.id = ANY(contest_app_juror_ids())
       WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.round_id = r.id
                     AND a.juror_id = j.id AND a.active)""",
    """CREATE OR REPLACE VIEW juror_works AS
       SELECT a.round_id, a.juror_id, e.anon_code AS code,
              (SELECT i.preview_path FROM image_file i WHERE i.entry_id = e.id
               ORDER BY i.id LIMIT 1) AS preview_path,
              CASE WHEN r.show_titles THEN coalesce(nullif(e.title_en, ''), e.title) END
                AS title,
              e.id AS entry_id,
              encode(sha256(convert_to(a.round_id || ':' || a.juror_id || ':' || e.anon_code,
                                       'UTF8')), 'hex') AS sort_key
       FROM assignment a JOIN entry e ON e.id = a.entry_id JOIN round r ON r.id = a.round_id
       WHERE a.active AND a.juror_id = ANY(contest_app_juror_ids())""",
    """CREATE OR REPLACE VIEW juror_criteria AS
       SELECT r.id AS round_id, c.id AS criterion_id, c.key, c.names, c.weight, c.scale_min,
              c.scale_max, c.position
       FROM round r JOIN criterion c ON c.contest_id = r.contest_id
       WHERE (json_array_length(r.criteria) = 0 OR r.criteria::jsonb ? c.key)
         AND EXISTS (SELECT 1 FROM assignment a WHERE a.round_id = r.id AND a.active
                     AND a.juror_id = ANY(contest_app_juror_ids()))""",
    "ALTER TABLE score ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE score_value ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS juror_score_read ON score",
    "DROP POLICY IF EXISTS juror_score_add ON score",
    "DROP POLICY IF EXISTS juror_score_change ON score",
    "DROP POLICY IF EXISTS juror_value_read ON score_value",
    "DROP POLICY IF EXISTS juror_value_write ON score_value",
    """CREATE POLICY juror_score_read ON score FOR SELECT
       USING (juror_id = ANY(contest_app_juror_ids()))""",
    """CREATE POLICY juror_score_add ON score FOR INSERT
       WITH CHECK (contest_app_may_score(juror_id, round_id, entry_id))""",
    """CREATE POLICY juror_score_change ON score FOR UPDATE
       USING (juror_id = ANY(contest_app_juror_ids()))
       WITH CHECK (contest_app_may_score(juror_id, round_id, entry_id))""",
    # score rows the juror may see are the juror's own (score's policy applies inside)
    """CREATE POLICY juror_value_read ON score_value FOR SELECT
       USING (EXISTS (SELECT 1 FROM score s WHERE s.id = score_id))""",
    """CREATE POLICY juror_value_write ON score_value FOR ALL
       USING (EXISTS (SELECT 1 FROM score s WHERE s.id = score_id
                      AND contest_app_may_score(s.juror_id, s.round_id, s.entry_id)))
       WITH CHECK (EXISTS (SELECT 1 FROM score s WHERE s.id = score_id
                           AND contest_app_may_score(s.juror_id, s.round_id, s.entry_id)))""",
]


def _require_postgres(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise InvalidValue("shared_db_postgres_only", backend=engine.dialect.name)


def ensure_juror_views(engine: Engine) -> None:
    """Create or refresh the juror functions, views and policies; safe to run again."""
    _require_postgres(engine)
    with engine.begin() as conn:
        for statement in _SETUP:
            conn.execute(text(statement))
        # nobody reads a contest table by default; the app itself never grants to PUBLIC
        for table in IDENTITY_TABLES + ("score", "score_value"):
            conn.execute(text(f'REVOKE ALL ON TABLE "{table}" FROM PUBLIC'))
        # views recreated after a migration lose their grants: give them back to every juror
        roles = conn.execute(text(
            "SELECT DISTINCT j.login FROM juror j JOIN pg_roles r ON r.rolname = j.login "
            "WHERE j.login LIKE 'juror\\_%'")).scalars().all()
        for role in roles:
            if re.fullmatch(r"[a-z0-9_]+", role):
                _grant(conn, role)


def juror_role_name(engine: Engine, juror_id: int) -> str:
    with engine.connect() as conn:
        database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    tag = re.sub(r"[^a-z0-9_]", "_", database.lower())
    return f"juror_{juror_id}_{tag}"[:63]


def _grant(conn: Any, role: str) -> None:
    """Exactly the juror's privileges: the views, their own score rows, nothing else."""
    quoted = f'"{role}"'  # role names are [a-z0-9_] only (juror_role_name)
    statements = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}",
        *(f"GRANT SELECT ON {view} TO {quoted}" for view in VIEWS),
        f"GRANT SELECT, INSERT, UPDATE ON score TO {quoted}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON score_value TO {quoted}",
        f"GRANT EXECUTE ON FUNCTION contest_app_juror_ids() TO {quoted}",
        "GRANT EXECUTE ON FUNCTION contest_app_may_score(integer, integer, integer) "
        f"TO {quoted}",
    ]
    sequence = conn.execute(text("SELECT pg_get_serial_sequence('score', 'id')")).scalar()
    if sequence:  # new score rows draw their id from it
        statements.append(f"GRANT USAGE ON SEQUENCE {sequence} TO {quoted}")
    for statement in statements:
        conn.execute(text(statement))


def create_juror_login(engine: Engine, juror_id: int, password: str) -> str:
    """A LOGIN role for the juror (or a new password for the existing one); returns its name,
    which is also stored in Juror.login. Refused: juror_not_found, juror_password_missing."""
    _require_postgres(engine)
    if not password or "\x00" in password:
        raise InvalidValue("juror_password_missing")
    ensure_juror_views(engine)
    role = juror_role_name(engine, juror_id)
    with Session(engine) as session, session.begin():
        juror = session.get(Juror, juror_id)
        if juror is None:
            raise NotFound("juror_not_found", ref=str(juror_id))
        conn = session.connection()
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": role}).first() is not None
        verb = "ALTER" if exists else "CREATE"
        # utility statements take no bind parameters: let the server quote the password
        statement = conn.execute(text(
            f"SELECT format('{verb} ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
            "NOREPLICATION NOBYPASSRLS PASSWORD %L', CAST(:r AS text), CAST(:p AS text))"),
            {"r": role, "p": password}).scalar_one()
        conn.execute(text(statement.replace(":", r"\:")))
        _grant(conn, role)
        juror.login = role
        audit.record(session, "juror.login", contest_id=juror.contest_id, target_table="juror",
                     target_id=juror.id, changes={"login": [None, role]})
    return role


def drop_juror_login(engine: Engine, juror_id: int) -> None:
    """Remove the juror's role (its privileges in this database first) and clear Juror.login."""
    _require_postgres(engine)
    role = juror_role_name(engine, juror_id)
    with Session(engine) as session, session.begin():
        conn = session.connection()
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                        {"r": role}).first() is not None:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        juror = session.get(Juror, juror_id)
        if juror is not None and juror.login == role:
            juror.login = ""


class SharedDbSource:
    """JurorSource over the shared server, signed in as the juror's own role: plain SQL on the
    juror views and on score/score_value (row-level security limits both to the juror)."""

    def __init__(self, engine: Engine, media_root: Path, round_id: int | None) -> None:
        self._engine = engine
        self._media_root = media_root
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT round_id, kind, name, show_titles, juror_id, juror_name, "
                "juror_language FROM juror_rounds WHERE status = 'open' "
                "ORDER BY position DESC")).mappings().all()
        chosen = [r for r in rows if round_id is None or r["round_id"] == round_id]
        if not chosen:
            raise NotFound("shared_db_no_round")
        row = chosen[0]
        self.round_id: int = row["round_id"]
        self.juror_id: int = row["juror_id"]
        self.juror_label: str = row["juror_name"]
        self.language: str = row["juror_language"]
        self.round_label: str = row["name"] or ROUND_LABELS.get(row["kind"], "Round")
        self.show_titles: bool = bool(row["show_titles"])
        with engine.connect() as conn:
            criteria = conn.execute(text(
                "SELECT criterion_id, key, names, weight, scale_min, scale_max "
                "FROM juror_criteria WHERE round_id = :r ORDER BY position"),
                {"r": self.round_id}).mappings().all()
        self._criterion_ids = {c["key"]: c["criterion_id"] for c in criteria}
        self.criteria: list[CriterionInfo] = [
            CriterionInfo(c["key"], dict(c["names"] or {}), float(c["weight"]),
                          float(c["scale_min"]), float(c["scale_max"])) for c in criteria]
        self._works: dict[str, dict[str, Any]] = {}
        self._folder = Path(tempfile.mkdtemp(prefix="nearjury-live-"))

    def works(self) -> list[WorkItem]:
        with self._engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT code, title, entry_id, preview_path FROM juror_works "
                "WHERE round_id = :r ORDER BY sort_key"), {"r": self.round_id}).mappings().all()
        self._works = {r["code"]: dict(r) for r in rows}
        return [WorkItem(r["code"], r["title"] if self.show_titles else None) for r in rows]

    def _work(self, code: str) -> dict[str, Any]:
        if code not in self._works:
            self.works()
        if code not in self._works:
            raise InvalidValue("package_work_unknown", code=code)
        return self._works[code]

    def image_path(self, code: str) -> Path:
        """A copy of the shared preview named by code, so no hash-named path reaches the UI."""
        target = self._folder / f"{code}.jpg"
        if not target.exists():
            source = self._media_root / str(self._work(code)["preview_path"] or "")
            if not source.is_file():
                raise InvalidValue("package_preview_missing", code=code)
            shutil.copyfile(source, target)
        return target

    def scores(self) -> dict[str, ScoreItem]:
        keys = {cid: key for key, cid in self._criterion_ids.items()}
        with self._engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT w.code, s.id, s.comment, s.flagged, s.favourite, s.abstained "
                "FROM score s JOIN juror_works w ON w.round_id = s.round_id "
                "AND w.entry_id = s.entry_id WHERE s.round_id = :r"),
                {"r": self.round_id}).mappings().all()
            values = conn.execute(text(
                "SELECT score_id, criterion_id, value FROM score_value "
                "WHERE score_id = ANY(:ids)"), {"ids": [r["id"] for r in rows]}).all()
        items = {r["id"]: (r["code"], ScoreItem(comment=r["comment"], flagged=r["flagged"],
                                                favourite=r["favourite"],
                                                abstained=r["abstained"])) for r in rows}
        for score_id, criterion_id, value in values:
            if criterion_id in keys:
                items[score_id][1].values[keys[criterion_id]] = float(value)
        return dict(items.values())

    def save(self, code: str, item: ScoreItem) -> None:
        """Refused: package_work_unknown, criterion_unknown, score_not_number,
        score_out_of_scale; by the server (a ProgrammingError): anything RLS does not allow."""
        work = self._work(code)
        by_key = {c.key: c for c in self.criteria}
        clean: dict[int, float] = {}
        for key, value in ({} if item.abstained else item.values).items():
            if key not in by_key:
                raise InvalidValue("criterion_unknown", key=key)
            stored, problem = check_value(by_key[key], value)
            if problem is not None:
                raise InvalidValue(problem[0], **problem[1])
            assert stored is not None
            clean[self._criterion_ids[key]] = stored
        with self._engine.begin() as conn:
            score_id = conn.execute(text(
                "INSERT INTO score (round_id, juror_id, entry_id, comment, flagged, favourite, "
                "abstained, source, updated_at) VALUES (:r, :j, :e, :comment, :flagged, "
                ":favourite, :abstained, 'screen', timezone('utc', now())) "
                "ON CONFLICT (round_id, juror_id, entry_id) DO UPDATE SET "
                "comment = EXCLUDED.comment, flagged = EXCLUDED.flagged, "
                "favourite = EXCLUDED.favourite, abstained = EXCLUDED.abstained, "
                "source = EXCLUDED.source, updated_at = EXCLUDED.updated_at RETURNING id"),
                {"r": self.round_id, "j": self.juror_id, "e": work["entry_id"],
                 "comment": item.comment.strip(), "flagged": bool(item.flagged),
                 "favourite": bool(item.favourite),
                 "abstained": bool(item.abstained)}).scalar_one()
            conn.execute(text("DELETE FROM score_value WHERE score_id = :s "
                              "AND NOT (criterion_id = ANY(:keep))"),
                         {"s": score_id, "keep": list(clean)})
            for criterion_id, value in clean.items():
                conn.execute(text(
                    "INSERT INTO score_value (score_id, criterion_id, value) "
                    "VALUES (:s, :c, :v) ON CONFLICT (score_id, criterion_id) "
                    "DO UPDATE SET value = EXCLUDED.value"),
                    {"s": score_id, "c": criterion_id, "v": value})

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)
        self._engine.dispose()


def shared_db_source(url_for_juror_role: str, *, media_root: Path | None = None,
                     round_id: int | None = None) -> SharedDbSource:
    """Sign in as the juror's role and score the latest open round (or round_id).

    media_root: where the server's previews are shared (read-only is enough); by default the
    media folder this app would use for the URL. Refused: shared_db_postgres_only,
    shared_db_no_round (no open round with works for this juror).
    """
    url = make_url(url_for_juror_role)
    if url.get_backend_name() != "postgresql":
        raise InvalidValue("shared_db_postgres_only", backend=url.get_backend_name())
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(url, pool_pre_ping=True)
    try:
        return SharedDbSource(engine, media_root or media_root_for(url_for_juror_role),
                              round_id)
    except ContestAppError:
        engine.dispose()
        raise
