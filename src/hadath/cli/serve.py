"""``hadath serve``: the analyst's dashboard at / and the HTTP API under /v1."""
from __future__ import annotations

import click


EXAMPLES = """
\b
Examples:
  hadath serve --db hadath.sqlite                      # dashboard http://127.0.0.1:8000/, API /v1, docs /v1/docs
  hadath serve --db hadath.sqlite --create-token alice # print a new API token for reviews and uploads
  hadath serve --db new.sqlite --create                # start with a new, empty store
  hadath serve --db hadath.sqlite --host 0.0.0.0 --port 8080 --tiles 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
"""


@click.command(epilog=EXAMPLES)
@click.option("--db", help="Store (SQLite path or postgresql:// URL; default hadath.sqlite here). It must exist "
              "unless --create is given.")
@click.option("--create", is_flag=True, help="Create the store if it does not exist (otherwise a missing "
              "database is an error: a typo must not serve an empty one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False),
              help="API tokens for write endpoints, one per line (or name=token, or sha256:<hex>).")
@click.option("--create-token", "create_token", metavar="NAME",
              help="Make a new API token called NAME, store its hash, print it once, and exit.")
@click.option("--list-tokens", is_flag=True, help="List the stored API tokens (names, dates, revoked) and exit.")
@click.option("--revoke-token", "revoke_token", metavar="NAME", help="Revoke the stored tokens called NAME and exit.")
@click.option("--rate-limit", default=60.0, show_default=True, type=click.FloatRange(0),
              help="Extract/export requests a minute per client (token name, else IP); 0 = unlimited.")
@click.option("--burst", default=10, show_default=True, type=click.IntRange(1),
              help="Extract/export requests a client may make at once before the rate limit applies.")
@click.option("--max-concurrent", default=2, show_default=True, type=click.IntRange(0),
              help="Extractions/exports running at once (more get 503 + Retry-After); 0 = no cap.")
@click.option("--tiles", help="Map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
              "(default: none; the bundled offline country outlines are always shown).")
@click.option("--tiles-attribution", help="Attribution text shown for --tiles.")
@click.option("--max-body", default=2_000_000, show_default=True, type=click.IntRange(1_000, 100_000_000),
              help="Largest request body in bytes.")
def serve(db: str | None, create: bool, host: str, port: int, token_file: str | None, create_token: str | None,
          list_tokens: bool, revoke_token: str | None, rate_limit: float, burst: int, max_concurrent: int,
          tiles: str | None, tiles_attribution: str | None, max_body: int) -> None:
    """Serve the dashboard (/) and the API (/v1; OpenAPI spec at /v1/openapi.json).

    Write endpoints need a token: `hadath serve --db DB --create-token alice`, the
    HADATH_API_TOKENS environment variable (comma-separated) or --token-file."""
    from hadath.errors import HadathError
    from hadath.store import open_store

    try:
        store = open_store(db, create=create and not (list_tokens or revoke_token))
    except HadathError as exc:
        hint = "" if create else " (or start with a new, empty store: add --create)"
        raise click.ClickException(f"{exc}{hint}") from exc
    if list_tokens or revoke_token:
        _tokens(store, list_tokens, revoke_token)
        return
    if create_token:
        token = store.create_token(create_token)
        store.close()
        click.echo(token)
        click.echo(f"token {create_token!r} stored (hashed) in {store.url}; keep it: it is not shown again",
                   err=True)
        return
    import uvicorn

    from hadath.api import create_app
    from hadath.api.auth import TokenChecker

    try:
        tokens = TokenChecker.configured(store, token_file)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    from hadath.api.limits import RateLimiter

    app = create_app(store, tokens=tokens, max_body=max_body, tiles=tiles, tiles_attribution=tiles_attribution,
                     limiter=RateLimiter(rate=rate_limit, burst=burst, concurrency=max_concurrent))
    click.echo(f"hadath: dashboard http://{host}:{port}/  API http://{host}:{port}/v1  store {store.url}", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()


def _tokens(store, show: bool, revoke: str | None) -> None:
    """--list-tokens / --revoke-token NAME (the store's tokens; never the secrets)."""
    try:
        if revoke:
            n = store.revoke_token(revoke)
            if not n:
                raise click.ClickException(f"no live token called {revoke!r} in {store.url}")
            click.echo(f"revoked {n} token(s) called {revoke!r}", err=True)
        if show:
            rows = store.tokens()
            if not rows:
                click.echo("no stored tokens", err=True)
            for t in rows:
                click.echo(f"{t['id']}\t{t['name']}\t{t['created_at']}\t{'revoked' if t['revoked'] else 'live'}")
    finally:
        store.close()
