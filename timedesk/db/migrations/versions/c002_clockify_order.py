"""clockify: replay keys of young deliveries, and a restore's expected late delete

Revision ID: c002
Revises: c001
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'c002'
down_revision = 'c001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # existing deliveries get no key (a replay of them is judged by the session rules alone);
    # existing sessions expect no late delete
    with op.batch_alter_table('clockify_deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replay_key', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_clockify_deliveries_replay_key'),
                                          ['replay_key'])
    with op.batch_alter_table('clockify_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('late_delete_expected', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('clockify_sessions', schema=None) as batch_op:
        batch_op.drop_column('late_delete_expected')
    with op.batch_alter_table('clockify_deliveries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_clockify_deliveries_replay_key'), type_='unique')
        batch_op.drop_column('replay_key')
