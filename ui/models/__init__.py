"""Qt item models over service results (plain dataclasses, never ORM objects)."""
