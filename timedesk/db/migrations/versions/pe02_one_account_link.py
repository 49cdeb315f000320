"""people: one account link — employees.user_id; users.employee_id goes

0001 linked an account to an employee from the account's side (users.employee_id) and pe01 from
the employee's (employees.user_id, unique: one account per employee). Two columns saying one
thing drift apart, so the links still only on the account's side move to the employee's (the
lowest account id of an employee nobody links yet) and users.employee_id is dropped.

Revision ID: pe02
Revises: pe01
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = 'pe02'
down_revision = 'pe01'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE employees SET user_id = (SELECT MIN(users.id) FROM users "
        "WHERE users.employee_id = employees.id AND users.id NOT IN "
        "(SELECT e.user_id FROM employees e WHERE e.user_id IS NOT NULL)) "
        "WHERE user_id IS NULL")
    # SQLite copies `users` to drop the column; timedesk.db.migrate runs SQLite's migrations
    # with foreign keys off and checks them all before committing.
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint('fk_users_employee_id_employees', type_='foreignkey')
        batch_op.drop_column('employee_id')


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('employee_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_users_employee_id_employees', 'employees',
                                    ['employee_id'], ['id'])
    op.execute("UPDATE users SET employee_id = "
               "(SELECT employees.id FROM employees WHERE employees.user_id = users.id)")
