"""party search grams: every character and pair of a name, every phone ending of three
digits or more and the other readings of a polyphonic name, so that name parts, phone
digits and every reading are index lookups (issues 16.4, 13.7); name pinyin and initials
read again with surname readings (曾 zeng, 单 shan)

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-03 12:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from microcourt.search_keys import name_keys, search_grams

revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_party = sa.table(
    "party", sa.column("id", sa.Integer), sa.column("name", sa.String),
    sa.column("phone_digits", sa.String), sa.column("anonymized_at", sa.DateTime))


def upgrade() -> None:
    op.create_table(
        'party_search_gram',
        sa.Column('gram', sa.String(length=40), nullable=False),
        sa.Column('name_pinyin', sa.String(length=600), nullable=False),
        sa.Column('party_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['party_id'], ['party.id'],
                                name=op.f('fk_party_search_gram_party_id_party'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('gram', 'name_pinyin', 'party_id',
                                name=op.f('pk_party_search_gram')),
        sqlite_with_rowid=False,
    )
    op.create_index('ix_party_search_gram_party', 'party_search_gram', ['party_id'],
                    unique=False)
    _fill_grams()


def _fill_grams() -> None:
    """In pages of ids, so that a town's million parties never sit in memory at once.
    The rules are today's microcourt.search_keys (as 0002 did): a later change of them
    comes with its own revision that fills the keys again."""
    connection = op.get_bind()
    gram = sa.table("party_search_gram", sa.column("gram"), sa.column("name_pinyin"),
                    sa.column("party_id"))
    keys = sa.table("party", sa.column("id", sa.Integer), sa.column("name_pinyin"),
                    sa.column("name_initials"))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(_party.c.id, _party.c.name, _party.c.phone_digits)
            .where(_party.c.anonymized_at.is_(None), _party.c.id > last)
            .order_by(_party.c.id).limit(5_000)).all()
        if not rows:
            return
        read = {row.id: name_keys(row.name or "") for row in rows}
        connection.execute(
            keys.update().where(keys.c.id == sa.bindparam("pid"))
            .values(name_pinyin=sa.bindparam("pinyin"), name_initials=sa.bindparam("initials")),
            [{"pid": pid, "pinyin": p, "initials": i} for pid, (p, i) in read.items()])
        connection.execute(gram.insert(), [
            {"gram": g, "name_pinyin": read[row.id][0], "party_id": row.id}
            for row in rows for g in search_grams(row.name or "", row.phone_digits)])
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index('ix_party_search_gram_party', table_name='party_search_gram')
    op.drop_table('party_search_gram')
