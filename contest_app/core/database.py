"""Open the contest database: migrate it (after a backup) and seed the reference data."""

from __future__ import annotations

from contest_app import paths
from contest_app.core.reference import seed_reference
from contest_app.db import migrate
from contest_app.db.session import Database, enable_wal, make_engine, media_root_for


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """A ready Database for url (default: CONTEST_APP_DB or the per-user SQLite file).

    Raises migrate.NewerDatabaseError for a database from a newer app version and
    migrate.ForeignDatabaseError for one that is not ours; nothing is changed then.
    """
    url = url or paths.default_db_url()
    engine = make_engine(url, wal=False)
    try:
        revision = migrate.check_revision(engine)
        enable_wal(engine)
        if revision != migrate.head_revision():
            if not upgrade:
                raise migrate.SchemaError("schema_outdated")
            migrate.upgrade(engine)
        db = Database(url=url, engine=engine, media_root=media_root_for(url))
        with db.session() as session, session.begin():
            seed_reference(session)
    except Exception:
        engine.dispose()
        raise
    db.media_root.mkdir(parents=True, exist_ok=True)
    return db
