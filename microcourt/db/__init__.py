"""Storage: engine and sessions (engine.py), models (models/), migrations (migrate.py).
Nothing is imported here, so `microcourt.db.files` stays free of SQLAlchemy."""
