"""people: what the punch clock needs of an employee

Department, the calendar schedule they follow (none: the office calendar), the timedesk account
that is them (unique), and the kiosk PIN as a slow hash with its own lockout. An account that
0001 already linked to an employee (users.employee_id) becomes that employee's account here when
no other account claims the same employee.

Revision ID: pe01
Revises: 0001
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'pe01'
down_revision = '0001'
branch_labels = ('people',)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('department', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('schedule', sa.String(length=60), nullable=True))
        # Inline REFERENCES and a unique index: SQLite adds them without copying the table
        # (a copy would drop `employees`, which users.employee_id refers to).
        batch_op.add_column(sa.Column('user_id', sa.Integer(), sa.ForeignKey(
            'users.id', name='fk_employees_user_id_users'), nullable=True),
            inline_references=True)
        batch_op.add_column(sa.Column('pin_hash', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('pin_failures', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('pin_locked_until', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.create_index(batch_op.f('ix_employees_user_id'), ['user_id'], unique=True)
    # The lowest account id of each employee that accounts point at (one account per employee).
    op.execute("UPDATE employees SET user_id = (SELECT MIN(users.id) FROM users "
               "WHERE users.employee_id = employees.id)")


def downgrade() -> None:
    # SQLite drops these columns by copying the table, which it refuses while rows of other
    # tables refer to employees (FOREIGN KEY constraint failed; the downgrade changes nothing).
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employees_user_id'))
        batch_op.drop_column('pin_locked_until')
        batch_op.drop_column('pin_failures')
        batch_op.drop_column('pin_hash')
        batch_op.drop_column('user_id')
        batch_op.drop_column('schedule')
        batch_op.drop_column('department')
