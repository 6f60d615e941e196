"""service details and property leads: the service address's postcode, an e-mail
address for electronic service, and the property leads of a debtor

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 12:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from microcourt.db.types import UTCDateTime

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.add_column(sa.Column('service_postcode', sa.String(length=6), nullable=True))
        batch_op.add_column(sa.Column('e_service_address', sa.String(length=120),
                                      nullable=True))
    op.create_table(
        'property_lead',
        sa.Column('party_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('detail', sa.String(length=300), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['party_id'], ['party.id'],
                                name=op.f('fk_property_lead_party_id_party'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_property_lead')),
    )
    with op.batch_alter_table('property_lead', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_property_lead_party_id'), ['party_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('property_lead', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_property_lead_party_id'))
    op.drop_table('property_lead')
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_column('e_service_address')
        batch_op.drop_column('service_postcode')
