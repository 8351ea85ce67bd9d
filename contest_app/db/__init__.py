"""Database layer: typed models, engine and sessions, migrations. Never imports Qt."""
