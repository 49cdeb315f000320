"""punches: working-time rules as data, seeded with the Spanish pack (ET art. 34)

Revision ID: p002
Revises: p001
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'p002'
down_revision = 'p001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from timedesk.punches.rules import SPANISH_PACK

    table = op.create_table('punch_rules',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('limit_s', sa.Integer(), nullable=False),
    sa.Column('after_s', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_punch_rules'))
    )
    op.bulk_insert(table, [{"name": rule.name, "kind": rule.kind, "limit_s": rule.limit_s,
                            "after_s": rule.after_s, "text": rule.text, "enabled": rule.enabled}
                           for rule in SPANISH_PACK])


def downgrade() -> None:
    op.drop_table('punch_rules')
