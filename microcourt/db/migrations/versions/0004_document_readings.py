"""document readings aloud (issue 18): who read which version of a document to whom

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-02 18:41:09

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import microcourt.db.types


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """A new table: nothing existing changes, older rows need no filling."""
    op.create_table('document_reading',
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('document', sa.String(length=24), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('read_by', sa.String(length=200), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('voice', sa.String(length=100), nullable=False),
    sa.Column('understood', sa.Boolean(), nullable=False),
    sa.Column('read_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', microcourt.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_document_reading_case_id_dispute_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_document_reading_party_id_party'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_reading'))
    )
    with op.batch_alter_table('document_reading', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_reading_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_reading_party_id'), ['party_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('document_reading', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_reading_party_id'))
        batch_op.drop_index(batch_op.f('ix_document_reading_case_id'))

    op.drop_table('document_reading')