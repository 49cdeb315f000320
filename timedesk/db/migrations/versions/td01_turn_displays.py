"""turns: registered web lobby displays (name and the SHA-256 of their key)

Revision ID: td01
Revises: t002
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'td01'
down_revision = 't002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('turn_displays',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_turn_displays')),
    sa.UniqueConstraint('name', name=op.f('uq_turn_displays_name'))
    )


def downgrade() -> None:
    op.drop_table('turn_displays')
