"""tickets: the help desk's tickets, history, comments, attachments, categories, SLA targets
and mail opt-outs

Revision ID: k001
Revises: 0001
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'k001'
down_revision = '0001'
branch_labels = ('tickets',)
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'))


def upgrade() -> None:
    op.create_table('ticket_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_ticket_categories_name'))
    )
    op.create_table('tickets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('requester_id', sa.Integer(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('first_response_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_response_due', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolution_due', sa.DateTime(timezone=True), nullable=True),
    sa.Column('paused_seconds', sa.Integer(), nullable=False),
    sa.Column('paused_since', sa.DateTime(timezone=True), nullable=True),
    sa.Column('breached', sa.String(length=40), nullable=False),
    sa.Column('breach_notified', sa.String(length=40), nullable=False),
    _fk('tickets', 'requester_id', 'users'),
    _fk('tickets', 'assignee_id', 'users'),
    _fk('tickets', 'category_id', 'ticket_categories'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tickets'))
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_status_updated_at', ['status', 'updated_at'])
        batch_op.create_index('ix_tickets_assignee_id_status', ['assignee_id', 'status'])
        batch_op.create_index('ix_tickets_requester_id_status', ['requester_id', 'status'])
        batch_op.create_index('ix_tickets_updated_at', ['updated_at'])
        batch_op.create_index(batch_op.f('ix_tickets_category_id'), ['category_id'])
        batch_op.create_index(batch_op.f('ix_tickets_priority'), ['priority'])
    op.create_table('ticket_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    _fk('ticket_history', 'ticket_id', 'tickets'),
    _fk('ticket_history', 'user_id', 'users'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_history'))
    )
    op.create_index(op.f('ix_ticket_history_ticket_id'), 'ticket_history', ['ticket_id'])
    op.create_table('ticket_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('internal', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    _fk('ticket_comments', 'ticket_id', 'tickets'),
    _fk('ticket_comments', 'author_id', 'users'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_comments'))
    )
    op.create_index(op.f('ix_ticket_comments_ticket_id'), 'ticket_comments', ['ticket_id'])
    op.create_table('ticket_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('comment_id', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('content_type', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('uploaded_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    _fk('ticket_attachments', 'ticket_id', 'tickets'),
    _fk('ticket_attachments', 'comment_id', 'ticket_comments'),
    sa.ForeignKeyConstraint(['uploaded_by'], ['users.id'],
                            name=op.f('fk_ticket_attachments_uploaded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_attachments'))
    )
    op.create_index(op.f('ix_ticket_attachments_ticket_id'), 'ticket_attachments',
                    ['ticket_id'])
    op.create_table('ticket_sla_targets',
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('first_response_minutes', sa.Integer(), nullable=False),
    sa.Column('resolution_minutes', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('priority', name=op.f('pk_ticket_sla_targets'))
    )
    op.create_table('ticket_mail_optout',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    _fk('ticket_mail_optout', 'user_id', 'users'),
    sa.PrimaryKeyConstraint('user_id', 'kind', name=op.f('pk_ticket_mail_optout'))
    )


def downgrade() -> None:
    op.drop_table('ticket_mail_optout')
    op.drop_table('ticket_sla_targets')
    op.drop_index(op.f('ix_ticket_attachments_ticket_id'), table_name='ticket_attachments')
    op.drop_table('ticket_attachments')
    op.drop_index(op.f('ix_ticket_comments_ticket_id'), table_name='ticket_comments')
    op.drop_table('ticket_comments')
    op.drop_index(op.f('ix_ticket_history_ticket_id'), table_name='ticket_history')
    op.drop_table('ticket_history')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tickets_priority'))
        batch_op.drop_index(batch_op.f('ix_tickets_category_id'))
        batch_op.drop_index('ix_tickets_updated_at')
        batch_op.drop_index('ix_tickets_requester_id_status')
        batch_op.drop_index('ix_tickets_assignee_id_status')
        batch_op.drop_index('ix_tickets_status_updated_at')
    op.drop_table('tickets')
    op.drop_table('ticket_categories')
