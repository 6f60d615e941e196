"""court referral and agreement scans: the referring court, the kind of referral and
its case number on a case (委派/委托调解, 民事诉讼法 205(一)), and the scanned signed
original of an agreement version

Revision ID: 0007
Revises: 0009
Create Date: 2026-12-03 12:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from microcourt.db.types import UTCDateTime

revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referral_kind', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('referring_court', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('referral_number', sa.String(length=64), nullable=True))
    op.create_table(
        'agreement_scan',
        sa.Column('agreement_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('media_type', sa.String(length=32), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size_bytes', sa.Integer(), nullable=False),
        sa.Column('pages', sa.Integer(), nullable=False),
        sa.Column('attached_at', UTCDateTime(timezone=True), nullable=False),
        sa.Column('attached_by', sa.String(length=100), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'],
                                name=op.f('fk_agreement_scan_agreement_id_agreement'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_scan')),
        sa.UniqueConstraint('agreement_id', 'position',
                            name=op.f('uq_agreement_scan_agreement_id_position')),
    )
    with op.batch_alter_table('agreement_scan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_scan_agreement_id'), ['agreement_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('agreement_scan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_scan_agreement_id'))
    op.drop_table('agreement_scan')
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_column('referral_number')
        batch_op.drop_column('referring_court')
        batch_op.drop_column('referral_kind')
