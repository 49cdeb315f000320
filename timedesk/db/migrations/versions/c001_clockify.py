"""clockify: webhooks, the inbox of deliveries, the error log, users and sessions

Revision ID: c001
Revises: 0001
Create Date: 2026-11-25
"""
from datetime import datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = 'c001'
down_revision = '0001'
branch_labels = ('clockify',)
depends_on = None

BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def _when(name: str, nullable: bool) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table('clockify_webhooks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    _when('created_at', False),
    _when('last_event_at', True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clockify_webhooks')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_clockify_webhooks_token_hash'))
    )
    op.create_table('clockify_deliveries',
    sa.Column('id', BIGINT_PK, autoincrement=True, nullable=False),
    _when('received_at', False),
    sa.Column('event_type', sa.String(length=64), nullable=False),
    sa.Column('headers', JSON, nullable=False),
    sa.Column('body', JSON, nullable=False),
    sa.Column('clockify_id', sa.String(length=64), nullable=True),
    sa.Column('webhook_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('session_id', sa.BigInteger(), nullable=True),
    _when('processed_at', True),
    sa.CheckConstraint("status IN ('pending', 'processed', 'ignored', 'failed')",
                       name=op.f('ck_clockify_deliveries_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clockify_deliveries'))
    )
    with op.batch_alter_table('clockify_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clockify_deliveries_clockify_id'), ['clockify_id'],
                              unique=False)
        batch_op.create_index('ix_clockify_deliveries_status', ['status', 'id'], unique=False)

    op.create_table('clockify_error_log',
    sa.Column('id', BIGINT_PK, autoincrement=True, nullable=False),
    _when('at', False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('body_excerpt', sa.Text(), nullable=True),
    sa.Column('event_type', sa.String(length=64), nullable=True),
    sa.Column('delivery_id', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clockify_error_log'))
    )
    with op.batch_alter_table('clockify_error_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clockify_error_log_at'), ['at'], unique=False)

    op.create_table('clockify_users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('clockify_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('clockify_status', sa.String(length=20), nullable=True),
    sa.Column('notify', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    _when('created_at', False),
    _when('updated_at', False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'],
                            name=op.f('fk_clockify_users_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clockify_users')),
    sa.UniqueConstraint('clockify_id', name=op.f('uq_clockify_users_clockify_id'))
    )
    with op.batch_alter_table('clockify_users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clockify_users_employee_id'), ['employee_id'],
                              unique=False)

    op.create_table('clockify_sessions',
    sa.Column('id', BIGINT_PK, autoincrement=True, nullable=False),
    sa.Column('clockify_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('workspace_id', sa.String(length=64), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('project_id', sa.String(length=64), nullable=True),
    sa.Column('project_name', sa.String(length=300), nullable=True),
    sa.Column('client_name', sa.String(length=300), nullable=True),
    sa.Column('task_id', sa.String(length=64), nullable=True),
    sa.Column('task_name', sa.String(length=300), nullable=True),
    sa.Column('tags', JSON, nullable=False),
    sa.Column('billable', sa.Boolean(), nullable=True),
    sa.Column('time_zone', sa.String(length=64), nullable=True),
    sa.Column('offset_start', sa.Integer(), nullable=True),
    sa.Column('offset_end', sa.Integer(), nullable=True),
    sa.Column('running', sa.Boolean(), nullable=False),
    _when('start_at', False),
    _when('end_at', True),
    sa.Column('duration_seconds', sa.Integer(), nullable=True),
    _when('valid_start_at', False),
    _when('valid_end_at', True),
    sa.Column('valid_duration_seconds', sa.Integer(), nullable=True),
    sa.Column('overtime', sa.Boolean(), nullable=False),
    sa.Column('edits', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('observation', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=120), nullable=True),
    _when('decided_at', True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    _when('deleted_at', True),
    sa.Column('created_by_event', sa.String(length=40), nullable=False),
    _when('created_at', False),
    _when('updated_at', False),
    sa.CheckConstraint("status IN ('approved', 'under_review', 'rejected')",
                       name=op.f('ck_clockify_sessions_status')),
    sa.ForeignKeyConstraint(['user_id'], ['clockify_users.id'],
                            name=op.f('fk_clockify_sessions_user_id_clockify_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clockify_sessions')),
    sa.UniqueConstraint('clockify_id', name=op.f('uq_clockify_sessions_clockify_id'))
    )
    with op.batch_alter_table('clockify_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clockify_sessions_project_id'), ['project_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_clockify_sessions_running'), ['running'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_clockify_sessions_start_at'), ['start_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_clockify_sessions_status'), ['status'],
                              unique=False)
        batch_op.create_index('ix_clockify_sessions_user_start', ['user_id', 'start_at'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('clockify_sessions')
    op.drop_table('clockify_users')
    op.drop_table('clockify_error_log')
    op.drop_table('clockify_deliveries')
    op.drop_table('clockify_webhooks')
