"""turns: a turn's number is unique within the service that issued it

A transfer moves a turn to another service and it keeps its number (A001 stays A001 in service
B), so the unique key (service_id, day, seq) refused a transfer into a service that had given out
the same number, and refused that service's next issue after a transfer. The key is now
(issued_service_id, day, seq): every turn was issued by exactly one service's counter, so
existing rows already satisfy it.

Revision ID: t002
Revises: t001
Create Date: 2026-12-07
"""
from alembic import op

revision = 't002'
down_revision = 't001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('turns', schema=None) as batch_op:
        batch_op.drop_constraint('uq_turns_service_day_seq', type_='unique')
        batch_op.create_unique_constraint('uq_turns_issued_service_day_seq',
                                          ['issued_service_id', 'day', 'seq'])


def downgrade() -> None:
    # Refused by the database while a transferred turn shares its number with a turn of the
    # service it moved to: those days cannot be represented by the old key.
    with op.batch_alter_table('turns', schema=None) as batch_op:
        batch_op.drop_constraint('uq_turns_issued_service_day_seq', type_='unique')
        batch_op.create_unique_constraint('uq_turns_service_day_seq', ['service_id', 'day', 'seq'])
