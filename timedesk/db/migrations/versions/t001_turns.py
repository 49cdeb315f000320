"""turns: services, desks and turns

Revision ID: t001
Revises: 0001
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = 't001'
down_revision = '0001'
branch_labels = ('turns',)
depends_on = None


def upgrade() -> None:
    op.create_table('turn_desks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('holder', sa.String(length=120), nullable=True),
    sa.Column('holder_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_call_priority', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_turn_desks')),
    sa.UniqueConstraint('name', name=op.f('uq_turn_desks_name'))
    )
    op.create_table('turn_services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('opens_at', sa.Time(), nullable=True),
    sa.Column('closes_at', sa.Time(), nullable=True),
    sa.Column('priority_allowed', sa.Boolean(), nullable=False),
    sa.Column('number_day', sa.Date(), nullable=True),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_turn_services')),
    sa.UniqueConstraint('code', name=op.f('uq_turn_services_code'))
    )
    op.create_table('turn_desk_services',
    sa.Column('desk_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['desk_id'], ['turn_desks.id'], name=op.f('fk_turn_desk_services_desk_id_turn_desks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['turn_services.id'], name=op.f('fk_turn_desk_services_service_id_turn_services'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('desk_id', 'service_id', name=op.f('pk_turn_desk_services'))
    )
    op.create_table('turns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('issued_service_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=12), nullable=False),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('customer_name', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('called_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('desk_id', sa.Integer(), nullable=True),
    sa.Column('target_desk_id', sa.Integer(), nullable=True),
    sa.Column('called_by', sa.String(length=120), nullable=True),
    sa.Column('calls', sa.Integer(), nullable=False),
    sa.Column('transfers', sa.Integer(), nullable=False),
    sa.Column('estimate_low_s', sa.Integer(), nullable=True),
    sa.Column('estimate_high_s', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['desk_id'], ['turn_desks.id'], name=op.f('fk_turns_desk_id_turn_desks')),
    sa.ForeignKeyConstraint(['issued_service_id'], ['turn_services.id'], name=op.f('fk_turns_issued_service_id_turn_services')),
    sa.ForeignKeyConstraint(['service_id'], ['turn_services.id'], name=op.f('fk_turns_service_id_turn_services')),
    sa.ForeignKeyConstraint(['target_desk_id'], ['turn_desks.id'], name=op.f('fk_turns_target_desk_id_turn_desks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_turns')),
    sa.UniqueConstraint('service_id', 'day', 'seq', name='uq_turns_service_day_seq')
    )
    with op.batch_alter_table('turns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_turns_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_turns_desk_id'), ['desk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_turns_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_turns_status'), ['status'], unique=False)

    op.create_table('turn_desk_staff',
    sa.Column('desk_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['desk_id'], ['turn_desks.id'], name=op.f('fk_turn_desk_staff_desk_id_turn_desks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_turn_desk_staff_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('desk_id', 'user_id', name=op.f('pk_turn_desk_staff'))
    )


def downgrade() -> None:
    op.drop_table('turn_desk_staff')
    with op.batch_alter_table('turns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_turns_status'))
        batch_op.drop_index(batch_op.f('ix_turns_service_id'))
        batch_op.drop_index(batch_op.f('ix_turns_desk_id'))
        batch_op.drop_index(batch_op.f('ix_turns_day'))

    op.drop_table('turns')
    op.drop_table('turn_desk_services')
    op.drop_table('turn_services')
    op.drop_table('turn_desks')
