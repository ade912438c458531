"""check-ins indexed by sitting and time

The recent-check-ins list and the rate per 10 minutes read one sitting's rows ordered by
time; the index on sitting alone made SQLite sort them all.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkins") as batch_op:
        batch_op.create_index("ix_checkins_sitting_time", ["sitting_id", "checked_in_at"])
        batch_op.drop_index("ix_checkins_sitting_id")


def downgrade() -> None:
    with op.batch_alter_table("checkins") as batch_op:
        batch_op.create_index("ix_checkins_sitting_id", ["sitting_id"])
        batch_op.drop_index("ix_checkins_sitting_time")
