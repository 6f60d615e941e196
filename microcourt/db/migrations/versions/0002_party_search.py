"""party search: reversed ID tail and phone digits columns, covering search indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from microcourt.search_keys import id_tail, name_keys

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_party = sa.table(
    "party", sa.column("id", sa.Integer), sa.column("name", sa.String),
    sa.column("id_number", sa.String), sa.column("phone", sa.String),
    sa.column("anonymized_at", sa.DateTime), sa.column("name_pinyin", sa.String),
    sa.column("name_initials", sa.String), sa.column("id_tail", sa.String),
    sa.column("id_tail_rev", sa.String), sa.column("phone_digits", sa.String))


def upgrade() -> None:
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.add_column(sa.Column('id_tail_rev', sa.String(length=6), nullable=True))
        batch_op.add_column(sa.Column('phone_digits', sa.String(length=32), nullable=True))
        batch_op.drop_index('ix_party_name')
        batch_op.drop_index('ix_party_name_initials')
        batch_op.create_index('ix_party_name_initials', ['name_initials', 'name_pinyin'],
                              unique=False)
        batch_op.create_index('ix_party_name_search', ['name', 'anonymized_at', 'name_pinyin'],
                              unique=False)
        batch_op.create_index('ix_party_listing', ['anonymized_at', 'name_pinyin'],
                              unique=False)
        batch_op.create_index('ix_party_id_tail_rev', ['id_tail_rev', 'name_pinyin'],
                              unique=False)
        batch_op.create_index('ix_party_phone_digits', ['phone_digits', 'name_pinyin'],
                              unique=False)
    _fill_search_keys()


def _fill_search_keys() -> None:
    """Rows written before this revision get every search key, by the rules of
    microcourt.db.models.parties.search_key_values (copied, so later changes to the
    model do not change what this revision does)."""
    connection = op.get_bind()
    rows = connection.execute(sa.select(_party.c.id, _party.c.name, _party.c.id_number,
                                        _party.c.phone, _party.c.anonymized_at)).all()
    for row in rows:
        if row.anonymized_at is not None:
            values = dict(name_pinyin="", name_initials="", id_tail=None, id_tail_rev=None,
                          phone_digits=None)
        else:
            pinyin, initials = name_keys(row.name or "")
            tail = id_tail(row.id_number)
            digits = "".join(ch for ch in row.phone or "" if ch.isdigit())
            values = dict(name_pinyin=pinyin, name_initials=initials, id_tail=tail,
                          id_tail_rev=tail[::-1] if tail else None,
                          phone_digits=digits or None)
        connection.execute(sa.update(_party).where(_party.c.id == row.id).values(**values))


def downgrade() -> None:
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_index('ix_party_phone_digits')
        batch_op.drop_index('ix_party_id_tail_rev')
        batch_op.drop_index('ix_party_listing')
        batch_op.drop_index('ix_party_name_search')
        batch_op.drop_index('ix_party_name_initials')
        batch_op.create_index('ix_party_name_initials', ['name_initials'], unique=False)
        batch_op.create_index('ix_party_name', ['name'], unique=False)
        batch_op.drop_column('phone_digits')
        batch_op.drop_column('id_tail_rev')
