"""Evaluation: the gold format and scorer behind ``hadath eval``, plus loaders for public
data sets. Each data-set module exposes ``evaluate(path: Path, limit: int | None = None) -> dict``."""
from __future__ import annotations

# name -> (module, default path relative to a shared/data folder)
DATASETS: dict[str, tuple[str, str]] = {
    "universalpetrarch": ("hadath.evaluation.universalpetrarch", "universalpetrarch_ar/dev.jsonl"),
    "idrisi": ("hadath.evaluation.idrisi", "idrisi_ar/LMD/data/AR"),
    "syrianarchive": ("hadath.evaluation.syrianarchive", "syrianarchive_chemweap/sa_api_incidents.json"),
    "ner": ("hadath.evaluation.ner", "newsfane_anercorp/ANERCorp_CamelLab_test.txt"),
    "incidents": ("hadath.evaluation.incidents", "syrianarchive_chemweap/sa_api_incidents.json"),
}
