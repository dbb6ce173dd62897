"""Watch state in the store: seen items, their pruning, back-off arithmetic, the checked-up-to mark."""
from __future__ import annotations

from datetime import timedelta

from hadath.watch.config import SourceSpec
from hadath.watch.state import WatchState, backoff, utcnow


def test_seen_items_and_pruning(store):
    st = WatchState(store)
    rows = st.sync_sources([SourceSpec("s", "feed", "http://127.0.0.1/feed.xml")])
    sid = rows["s"].id
    st.mark_seen(sid, ["a", "b", "c"])
    st.mark_seen(sid, ["a"])                                   # twice is fine
    assert st.seen(sid, ["a", "b", "x"]) == {"a", "b"}
    # old items the source still lists stay; old ones it dropped go; recent ones stay
    assert st.prune_seen(sid, keep={"a"}, before=utcnow() + timedelta(seconds=1)) == 2
    assert st.seen(sid, ["a", "b", "c"]) == {"a"}
    assert st.prune_seen(sid, keep=set(), before=utcnow() - timedelta(days=1)) == 0


def test_a_moved_source_starts_afresh(store):
    st = WatchState(store)
    sid = st.sync_sources([SourceSpec("s", "feed", "http://127.0.0.1/a.xml")])["s"].id
    st.mark_seen(sid, ["a"])
    st.record_read(sid, status="ok", error=None, etag='"e"', last_modified=None, failures=0,
                   next_due_at=utcnow(), success=True)
    assert st.sync_sources([SourceSpec("s", "feed", "http://127.0.0.1/a.xml")])["s"].etag == '"e"'
    moved = st.sync_sources([SourceSpec("s", "feed", "http://127.0.0.1/b.xml")])["s"]
    assert moved.etag is None and st.seen(sid, ["a"]) == set()


def test_backoff_doubles_and_is_capped():
    assert [backoff(60, n, 3600).total_seconds() for n in range(0, 8)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert backoff(7200, 3, 3600).total_seconds() == 7200          # never sooner than the interval


def test_history_is_not_checked(store):
    from hadath.store.demo import load_examples

    load_examples(store)
    st = WatchState(store)
    assert st.checked_upto() == st.max_event_pk() > 0
