"""A stand-in event stage for engine tests: one deterministic event per article.

It reads nothing but the text (a number before قتلى/قتيلا/مدنيين, a place from a short list),
so engine tests do not depend on the real extractor's accuracy. HADATH_FAKE_DELAY (seconds per
article) slows it down; HADATH_FAKE_STALL_AFTER=K makes each process hang after its first K
articles, so a kill -9 test finds the run still going however slow or loaded the machine is.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import replace
from typing import ClassVar

from hadath.types import Doc, Event, Span

PLACES = {"إدلب": (35.93, 36.63), "حلب": (36.20, 37.13), "درعا": (32.62, 36.10), "الرقة": (35.95, 39.01),
          "دير الزور": (35.33, 40.14), "حماة": (35.13, 36.75), "حمص": (34.73, 36.71), "اللاذقية": (35.52, 35.79)}
_NUM = re.compile(r"(\d+)\s+(?:مدنيين|قتلى|أشخاص|عناصر)")


class FakeEventStage:
    name: ClassVar[str] = "fake_events"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, config=None) -> None:
        self.delay = float(os.environ.get("HADATH_FAKE_DELAY", "0") or 0)
        self.stall_after = int(os.environ.get("HADATH_FAKE_STALL_AFTER", "0") or 0)
        self.seen = 0

    def __call__(self, doc: Doc) -> Doc:
        if self.delay:
            time.sleep(self.delay)
        self.seen += 1
        if self.stall_after and self.seen > self.stall_after:
            time.sleep(3600)  # held until the test kills the run
        text = doc.article.text
        if "FAIL-HERE" in text:
            raise ValueError("planted failure")
        place = next((p for p in PLACES if p in text), None)
        if place is None:
            return doc
        m = _NUM.search(text)
        i = text.index(place)
        ev = Event(article_id=doc.article.id, event_type="Explosions/Remote violence",
                   sub_event_type="Air/drone strike", event_date=doc.article.published,
                   location=place, country="Syria", latitude=PLACES[place][0], longitude=PLACES[place][1],
                   geo_precision=1, fatalities=int(m.group(1)) if m else 0,
                   evidence={"location": (Span(i, i + len(place)),),
                             **({"fatalities": (Span(m.start(1), m.end(1)),)} if m else {})})
        return replace(doc, events=doc.events + (ev,))
