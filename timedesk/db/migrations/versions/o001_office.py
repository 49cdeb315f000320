"""office: the office calendar's schedules, exceptions and holidays

Revision ID: o001
Revises: 0001
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'o001'
down_revision = '0001'
branch_labels = ('office',)
depends_on = None

_DAYS = ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')


def upgrade() -> None:
    op.create_table('office_schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('is_office', sa.Boolean(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('tolerance_minutes', sa.Integer(), nullable=False),
    *[sa.Column(day, sa.String(length=200), nullable=False) for day in _DAYS],
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_schedules')),
    sa.UniqueConstraint('name', name=op.f('uq_office_schedules_name'))
    )
    op.create_table('office_exceptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('intervals', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['schedule_id'], ['office_schedules.id'], name=op.f('fk_office_exceptions_schedule_id_office_schedules'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_exceptions')),
    sa.UniqueConstraint('schedule_id', 'day', name=op.f('uq_office_exceptions_schedule_id'))
    )
    op.create_table('office_holidays',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_office_holidays'))
    )


def downgrade() -> None:
    op.drop_table('office_holidays')
    op.drop_table('office_exceptions')
    op.drop_table('office_schedules')
