"""party search grams: every character and pair of a name and every phone ending of
three digits or more, so that name parts and phone digits are index lookups (issue 16.4)

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-03 12:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_party = sa.table(
    "party", sa.column("id", sa.Integer), sa.column("name", sa.String),
    sa.column("name_pinyin", sa.String), sa.column("phone_digits", sa.String),
    sa.column("anonymized_at", sa.DateTime))


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


def _grams(name: str, digits: str | None) -> set[str]:
    """microcourt.search_keys.search_grams as of this revision (copied, so that later
    changes there do not change what this revision writes)."""
    chars = "".join(ch for ch in name if not ch.isspace()).lower()
    grams = {chars[i:i + size] for size in (1, 2) for i in range(len(chars) - size + 1)}
    digits = digits or ""
    grams.update("#" + digits[i:] for i in range(len(digits) - 2))
    return grams


def _fill_grams() -> None:
    """In pages of ids, so that a town's million parties never sit in memory at once."""
    connection = op.get_bind()
    gram = sa.table("party_search_gram", sa.column("gram"), sa.column("name_pinyin"),
                    sa.column("party_id"))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(_party.c.id, _party.c.name, _party.c.name_pinyin, _party.c.phone_digits)
            .where(_party.c.anonymized_at.is_(None), _party.c.id > last)
            .order_by(_party.c.id).limit(5_000)).all()
        if not rows:
            return
        connection.execute(gram.insert(), [
            {"gram": g, "name_pinyin": row.name_pinyin or "", "party_id": row.id}
            for row in rows for g in _grams(row.name or "", row.phone_digits)])
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index('ix_party_search_gram_party', table_name='party_search_gram')
    op.drop_table('party_search_gram')
