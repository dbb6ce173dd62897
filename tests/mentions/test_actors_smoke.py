"""A first end-to-end check of the actors stage on the shared SDF statement."""
from __future__ import annotations

from datetime import date

from hadath.mentions.actors import ActorStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def test_sdf_statement(example_text: str) -> None:
    doc = TextStage()(Doc(Article(id="sdf", text=example_text, published=date(2022, 12, 29))))
    doc = ActorStage()(doc)
    by_surface = {m.surface: m.value for m in doc.mentions_of("actor")}
    assert by_surface["قواتنا"].name == "SDF: Syrian Democratic Forces"
    assert by_surface["قواتنا"].kind == "pronoun"
    assert by_surface["قوى الأمن الداخلي"].name == "Asayish"
    assert by_surface["داعش"].name == "Islamic State (Syria)"
    assert by_surface["طيران التحالف الدولي"].name == "Global Coalition Against Daesh"
