"""API tokens may act as a user (api_tokens.user_id): that user's name, current role and tickets

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing tokens keep working as before: no user, their own role.
    with op.batch_alter_table('api_tokens') as batch_op:
        batch_op.add_column(sa.Column('user_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_api_tokens_user_id_users'), 'users', ['user_id'],
                                    ['id'])


def downgrade() -> None:
    with op.batch_alter_table('api_tokens') as batch_op:
        batch_op.drop_constraint(op.f('fk_api_tokens_user_id_users'), type_='foreignkey')
        batch_op.drop_column('user_id')
