"""De-duplication: near-duplicate articles (MinHash/LSH) and event merging across reports.

Public API: :class:`hadath.dedupe.articles.ArticleDeduper`, :func:`find_duplicates`,
:func:`hadath.dedupe.merge.merge_events` (-> :class:`MergedEvent`), :class:`Report`,
:func:`hadath.dedupe.records.reports_from_events` / ``reports_from_rows``.
"""
from __future__ import annotations

__all__ = ["ArticleDeduper", "Duplicate", "find_duplicates", "MergeConfig", "MergedEvent", "Report",
           "merge_events", "reports_from_events", "reports_from_rows"]


def __getattr__(name: str):  # lazy: importing hadath.dedupe costs nothing
    if name in ("ArticleDeduper", "Duplicate", "find_duplicates"):
        from hadath.dedupe import articles
        return getattr(articles, name)
    if name in ("MergeConfig", "MergedEvent", "Report", "merge_events"):
        from hadath.dedupe import merge
        return getattr(merge, name)
    if name in ("reports_from_events", "reports_from_rows"):
        from hadath.dedupe import records
        return getattr(records, name)
    raise AttributeError(name)
