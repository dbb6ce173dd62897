"""full-text search for ?q=: SQLite FTS5 trigram indexes over events.search_text and the
articles' normalized text (PostgreSQL: the articles' normalized text, pg_trgm indexes when
available); see hadath.store.search

Revision ID: 0102_web_text_search
Revises: 0101_embeddings
Create Date: 2026-12-01 20:10:00
"""
from __future__ import annotations

from alembic import op

from hadath.store import search

revision = '0102_web_text_search'
down_revision = '0101_embeddings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.create(op.get_bind())


def downgrade() -> None:
    search.drop(op.get_bind())
