"""``hadath gazetteer``: build the base index, import place lists, search names, show info."""
from __future__ import annotations

import json
from pathlib import Path

import click


def _gazetteer(path: str | None, user: str | None = None):
    from hadath.gazetteer import open_gazetteer
    return open_gazetteer(path, user=user if user else True)


@click.group()
def gazetteer() -> None:
    """Place index: bundled base (GeoNames cities500, admin1, Who's On First Arab-world places,
    OCHA Yemen admin levels) merged with your own lists."""


@gazetteer.command()
@click.option("--path", type=click.Path(dir_okay=False), help="Write the index here (default: cache dir).")
@click.option("--force", is_flag=True, help="Rebuild even when the index exists.")
def build(path: str | None, force: bool) -> None:
    """Build the bundled base index (done automatically on first use)."""
    from hadath.gazetteer.build import base_index_path, build_base, ensure_base
    target = Path(path) if path else base_index_path()
    if force or path:
        build_base(target)
    else:
        ensure_base(target)
    click.echo(str(target))


@gazetteer.group("import")
def import_() -> None:
    """Add a place list to the user index (or --db PATH)."""


def _write(records, db: str | None) -> None:
    from hadath.gazetteer import clear_cache
    from hadath.gazetteer.build import user_index_path
    from hadath.gazetteer.store import Writer
    target = Path(db) if db else user_index_path()
    with Writer(target) as w:
        n = w.add(records)
    clear_cache()
    click.echo(f"{n} places written to {target}")


def _admin(gazetteer_path: str | None):
    from hadath.gazetteer import open_gazetteer
    from hadath.gazetteer.importers import AdminResolver
    return AdminResolver(open_gazetteer(gazetteer_path, user=False))


_db = click.option("--db", type=click.Path(dir_okay=False), help="Index to write (default: user index).")
_gz = click.option("--gazetteer", "gazetteer_path", type=click.Path(exists=True, dir_okay=False),
                   help="Base index (default: bundled).")


@import_.command("geonames")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False),
              help="GeoNames alternate names table, for Arabic names.")
@_db
@_gz
def import_geonames(file: str, alternate_names: str | None, db: str | None, gazetteer_path: str | None) -> None:
    """A GeoNames country dump (e.g. SY.txt)."""
    from hadath.gazetteer.importers.geonames import read_geonames
    _write(read_geonames(Path(file), _admin(gazetteer_path),
                         Path(alternate_names) if alternate_names else None), db)


@import_.command("ocha")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--country", default="SY", show_default=True, help="ISO alpha-2 when the file has none.")
@_db
@_gz
def import_ocha(file: str, country: str, db: str | None, gazetteer_path: str | None) -> None:
    """An OCHA P-code community list (CSV with admin{N}Name_en/_ar, or the Syrian Archive JSON)."""
    from hadath.gazetteer.importers.ocha import read_ocha
    _write(read_ocha(Path(file), _admin(gazetteer_path), country.upper()), db)


@import_.command("wof")
@click.argument("path", type=click.Path(exists=True))
@click.option("--all-names", is_flag=True, help="Keep places without an Arabic name too.")
@_db
@_gz
def import_wof(path: str, all_names: bool, db: str | None, gazetteer_path: str | None) -> None:
    """A Who's On First extract: the flattened TSV(.gz) (columns wof_id, country, placetype,
    name, name_ar, ..., lat, lon; see docs/GAZETTEER.md) or WOF GeoJSON records (a file or a
    directory of them)."""
    from hadath.gazetteer.importers.wof import read_wof
    _write(read_wof(Path(path), _admin(gazetteer_path), arabic_only=not all_names), db)


@import_.command("csv")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_db
@_gz
def import_csv(file: str, db: str | None, gazetteer_path: str | None) -> None:
    """Your own list: columns id, name, name_ar, alt_names, feature_class, country_code,
    admin1, admin2, admin3, latitude, longitude, population."""
    from hadath.gazetteer.importers.csv_list import read_csv_list
    _write(read_csv_list(Path(file), _admin(gazetteer_path)), db)


@gazetteer.command()
@click.argument("name")
@click.option("--country", help="Only this ISO alpha-2 country.")
@click.option("--limit", default=15, show_default=True)
@click.option("--no-fuzzy", is_flag=True, help="Exact names only.")
@click.option("--json", "as_json", is_flag=True)
@_gz
@click.option("--user-db", type=click.Path(exists=True, dir_okay=False), help="User index to merge.")
def search(name: str, country: str | None, limit: int, no_fuzzy: bool, as_json: bool,
           gazetteer_path: str | None, user_db: str | None) -> None:
    """Candidates for NAME with their scores (exact first, then spelling variants)."""
    from hadath.gazetteer.search import search as run
    cands = run(_gazetteer(gazetteer_path, user_db), name, fuzzy=not no_fuzzy, country=country, limit=limit)
    if as_json:
        click.echo(json.dumps([{"id": c.place.id, "name": c.place.name, "name_ar": c.place.name_ar,
                                "class": c.place.feature_class, "country": c.place.country_code,
                                "admin1": c.place.admin1, "lat": c.place.latitude,
                                "lon": c.place.longitude, "population": c.place.population,
                                "score": c.score, "match": c.match, "key": c.key, "weak": c.weak}
                               for c in cands], ensure_ascii=False, indent=1))
        return
    if not cands:
        click.echo(f"no candidates for {name!r}")
        return
    for c in cands:
        p = c.place
        click.echo(f"{c.score:7.3f}  {'exact' if c.match == 1 else f'~{c.match:.2f}'}"
                   f"{' weak' if c.weak else '     '}  {p.id:<22} {p.feature_class:<15} {p.country_code} "
                   f"{(p.admin1 or '-'):<18} {p.latitude:9.4f} {p.longitude:9.4f} pop={p.population:<8} "
                   f"{p.name} / {p.name_ar or ''}  [{c.key}]")


@gazetteer.command()
@_gz
def info(gazetteer_path: str | None) -> None:
    """Index files, versions and counts by feature class."""
    click.echo(json.dumps(_gazetteer(gazetteer_path).info(), ensure_ascii=False, indent=1))
