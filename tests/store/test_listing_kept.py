"""views.listing keeps the last pages asked with the selection: the same page twice is one read,
and any change to the store (a review, a new article) shows in the next page asked."""
from __future__ import annotations

from hadath.store import views
from tests.store.store_factories import make_article, make_event


def test_a_kept_page_follows_the_store(store):
    items = [(a, [make_event(a)]) for a in (make_article(i) for i in range(3))]
    store.add_many(items, "v1")
    first = views.listing(store, merged=True, limit=2)
    again = views.listing(store, merged=True, limit=2)
    assert again == first and again is not first and again["events"][0] is not first["events"][0]
    again["events"][0]["status"] = "scribbled"  # a caller's change stays its own
    assert views.listing(store, merged=True, limit=2)["events"][0]["status"] == "machine"

    store.review(first["events"][0]["id"], "accept", reviewer="t")
    assert views.listing(store, merged=True, limit=2)["events"][0]["status"] == "accepted"
    a = make_article(9)
    store.add_many([(a, [make_event(a)])], "v1")
    assert views.listing(store, merged=True, limit=2)["total"] == 4
    for page in range(1, 12):  # more pages than are kept: each still right
        assert views.listing(store, merged=True, limit=1, page=page)["page"] == page
