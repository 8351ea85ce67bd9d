"""jury packages: offline juror package files and the keys their results are signed with

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "jury_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=32), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("codes", sa.JSON(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("results_imported_at", sa.DateTime(), nullable=True),
        sa.Column("results_sha256", sa.String(length=64), nullable=True),
        sa.Column("results_created_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["contest_id"], ["contest.id"],
                                name=op.f("fk_jury_package_contest_id_contest"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["juror_id"], ["juror.id"],
                                name=op.f("fk_jury_package_juror_id_juror"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["round_id"], ["round.id"],
                                name=op.f("fk_jury_package_round_id_round"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jury_package")),
        sa.UniqueConstraint("package_id", name=op.f("uq_jury_package_package_id")),
    )
    with op.batch_alter_table("jury_package", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_jury_package_contest_id"), ["contest_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_jury_package_juror_id"), ["juror_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_jury_package_round_id"), ["round_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("jury_package", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jury_package_round_id"))
        batch_op.drop_index(batch_op.f("ix_jury_package_juror_id"))
        batch_op.drop_index(batch_op.f("ix_jury_package_contest_id"))
    op.drop_table("jury_package")
