"""embeddings: sentence embeddings of the semantic merge, cached by text hash

Revision ID: 0101_embeddings
Revises: 0101_web_updated_at
Create Date: 2026-12-01 15:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0101_embeddings'
down_revision = '0101_web_updated_at'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('embeddings',
    sa.Column('text_key', sa.String(length=32), nullable=False),
    sa.Column('vector', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('text_key', name=op.f('pk_embeddings'))
    )


def downgrade() -> None:
    op.drop_table('embeddings')
