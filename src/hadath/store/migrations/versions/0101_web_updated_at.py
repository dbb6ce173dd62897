"""index on events.updated_at: the dashboard's snapshot reads the events written since it last
looked (reviews, re-extraction) without scanning the table

Revision ID: 0101_web_updated_at
Revises: 0100_watch
Create Date: 2026-12-01 15:00:00
"""
from __future__ import annotations

from alembic import op


revision = '0101_web_updated_at'
down_revision = '0100_watch'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_updated_at', ['updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_updated_at')
