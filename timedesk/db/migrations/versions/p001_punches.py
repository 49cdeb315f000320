"""punches: the punch clock's punches

Revision ID: p001
Revises: 0001
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'p001'
down_revision = '0001'
branch_labels = ('punches',)
depends_on = None


def upgrade() -> None:
    op.create_table('punches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('correction', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_punches_employee_id_employees')),
    sa.ForeignKeyConstraint(['replaces_id'], ['punches.id'], name=op.f('fk_punches_replaces_id_punches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_punches'))
    )
    with op.batch_alter_table('punches', schema=None) as batch_op:
        batch_op.create_index('ix_punches_employee_id_at', ['employee_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_punches_at'), ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('punches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_punches_at'))
        batch_op.drop_index('ix_punches_employee_id_at')
    op.drop_table('punches')
