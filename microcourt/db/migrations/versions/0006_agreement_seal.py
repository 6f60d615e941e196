"""agreement seal and plan clause: the committee's seal date (the agreement takes effect
on the last of the signatures and the seal, 人民调解法 art. 29) and the kind of a clause
("plan": the payment clause written from the installment plan)

Revision ID: 0006
Revises: 0007
Create Date: 2026-12-03 12:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sealed_on', sa.Date(), nullable=True))
    with op.batch_alter_table('agreement_clause', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), nullable=False,
                                      server_default='text'))
    # Signed before the seal was recorded: the seal went on with the last signature.
    op.execute("UPDATE agreement SET sealed_on = effective_on WHERE effective_on IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('agreement_clause', schema=None) as batch_op:
        batch_op.drop_column('kind')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_column('sealed_on')
