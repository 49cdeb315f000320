"""sesame: the catalogues read from Sesame and the history of generated reports

Revision ID: s001
Revises: 0001
Create Date: 2026-11-27
"""
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = 's001'
down_revision = '0001'
branch_labels = ('sesame',)
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def _when(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _named(table: str, *columns: sa.Column[Any]) -> None:
    """A catalogue table: id, Sesame's id (unique), name, what else it has, fetched_at."""
    op.create_table(table,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sesame_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    *columns,
    _when('fetched_at'),
    sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    sa.UniqueConstraint('sesame_id', name=op.f(f'uq_{table}_sesame_id'))
    )


def upgrade() -> None:
    op.create_table('sesame_employees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sesame_id', sa.String(length=64), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('nid', sa.String(length=64), nullable=True),
    sa.Column('id_type', sa.String(length=20), nullable=True),
    sa.Column('code', sa.String(length=50), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    _when('fetched_at'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'],
                            name=op.f('fk_sesame_employees_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sesame_employees')),
    sa.UniqueConstraint('sesame_id', name=op.f('uq_sesame_employees_sesame_id'))
    )
    with op.batch_alter_table('sesame_employees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sesame_employees_employee_id'), ['employee_id'],
                              unique=False)

    _named('sesame_check_types')
    _named('sesame_work_breaks', sa.Column('break_minutes', sa.Integer(), nullable=True))
    _named('sesame_collections', sa.Column('position', sa.Integer(), nullable=False),
           sa.Column('check_type_ids', JSON, nullable=False))

    op.create_table('sesame_org_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('sesame_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    _when('fetched_at'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sesame_org_units')),
    sa.UniqueConstraint('kind', 'sesame_id', name=op.f('uq_sesame_org_units_kind'))
    )
    op.create_table('sesame_catalog_fetches',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    _when('fetched_at'),
    sa.Column('items', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sesame_catalog_fetches'))
    )
    op.create_table('sesame_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    _when('created_at'),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('fmt', sa.String(length=8), nullable=False),
    sa.Column('lang', sa.String(length=4), nullable=False),
    sa.Column('date_from', sa.Date(), nullable=False),
    sa.Column('date_to', sa.Date(), nullable=False),
    sa.Column('group_by', sa.String(length=20), nullable=False),
    sa.Column('breaks', sa.String(length=10), nullable=False),
    sa.Column('filters', JSON, nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=False),
    sa.Column('total_seconds', sa.BigInteger(), nullable=False),
    sa.Column('differences', JSON, nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sesame_reports'))
    )
    with op.batch_alter_table('sesame_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sesame_reports_created_at'), ['created_at'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('sesame_reports')
    op.drop_table('sesame_catalog_fetches')
    op.drop_table('sesame_org_units')
    op.drop_table('sesame_collections')
    op.drop_table('sesame_work_breaks')
    op.drop_table('sesame_check_types')
    op.drop_table('sesame_employees')
