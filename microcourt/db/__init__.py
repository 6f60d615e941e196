from microcourt.db.engine import Database, make_engine
from microcourt.db.migrate import open_database

__all__ = ["Database", "make_engine", "open_database"]
