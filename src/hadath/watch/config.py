"""The sources file (TOML): settings, the sources to follow and the alert rules.

::

    [watch]
    user_agent = "hadath-watch/0.1 (+mailto:desk@example.org)"   # say who you are
    interval = 300            # seconds between reads of a source (default)
    timeout = 20              # seconds for one whole HTTP response
    max_bytes = 10_000_000    # a bigger response is refused
    per_host = 2              # requests in flight per host
    full_text = "auto"        # fetch the article page when a feed carries only a summary

    [[source]]
    name = "sudan-outlet"
    url = "https://example.org/feed.xml"     # kind guessed: feed (or sitemap for */sitemap*.xml)
    country = "Sudan"
    language = "ar"
    interval = 600

    [[source]]
    name = "drop"
    folder = "/srv/hadath/drop"              # any file `hadath ingest` reads

    [[alert]]
    name = "darfur-mass-casualty"
    filter = "country=Sudan&admin1=North Darfur&fatalities>=10"
    jsonl = "alerts.jsonl"                   # and/or webhook = "https://..." / command = ["argv", ...]

A source can also be given on the command line: a URL (a feed, or a sitemap) or a folder.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping, Sequence
from urllib.parse import urlsplit

from hadath.errors import HadathError
from hadath.watch.actions import Action, build_actions
from hadath.watch.rules import Filter, RuleError, parse_filter

KINDS = ("feed", "sitemap", "folder")
FULL_TEXT = ("auto", "always", "never")
LANGUAGES = ("ar",)   # what the pipeline reads
DEFAULT_UA = "hadath-watch/{version} (+https://github.com/hadath; Arabic conflict-event monitoring)"
_NAME = re.compile(r"^[\w.@:+-]{1,200}$")


class ConfigError(HadathError):
    """The sources file (or a source on the command line) is wrong; names the file and the key."""


@dataclass(frozen=True)
class Settings:
    user_agent: str = ""
    interval: float = 300.0
    timeout: float = 20.0
    connect_timeout: float = 10.0
    max_bytes: int = 10_000_000
    per_host: int = 2
    workers: int = 8              # fetches in flight overall
    full_text: str = "auto"
    summary_chars: int = 600      # "auto": a feed text shorter than this is a summary
    max_items: int = 1000         # new items taken from one source per read (the rest next time)
    max_backoff: float = 6 * 3600.0
    min_host_delay: float = 0.0   # seconds between two requests to one host (robots Crawl-delay wins)


@dataclass(frozen=True)
class SourceSpec:
    name: str
    kind: str
    location: str                 # URL or folder
    country: str | None = None
    language: str | None = "ar"
    interval: float = 300.0
    full_text: str = "auto"

    @property
    def host(self) -> str:
        return (urlsplit(self.location).hostname or "") if self.kind != "folder" else ""


@dataclass(frozen=True)
class AlertRule:
    name: str
    filter: Filter
    actions: tuple[Action, ...]

    def describe(self) -> str:
        return "; ".join(a.describe() for a in self.actions)


@dataclass
class WatchConfig:
    settings: Settings = field(default_factory=Settings)
    sources: list[SourceSpec] = field(default_factory=list)
    rules: list[AlertRule] = field(default_factory=list)

    def add(self, other: "WatchConfig") -> None:
        _extend(self.sources, other.sources, "source")
        _extend(self.rules, other.rules, "alert rule")


def _extend(have: list, more: list, what: str) -> None:
    """Append ``more`` to ``have``; a name given twice is an error."""
    names = {x.name for x in have}
    for x in more:
        if x.name in names:
            raise ConfigError(f"{what} {x.name!r} is listed twice")
        names.add(x.name)
        have.append(x)


def _version() -> str:
    from hadath import __version__

    return __version__


def guess_kind(location: str) -> str:
    if "://" not in location:
        return "folder"
    path = urlsplit(location).path.lower()
    return "sitemap" if "sitemap" in path.rsplit("/", 1)[-1] else "feed"


def _positive(where: str, key: str, value: Any, kind: type = float) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigError(f"{where}: {key} must be a positive number, got {value!r}")
    return kind(value)


def _settings(where: str, t: Mapping[str, Any]) -> Settings:
    s = Settings(user_agent=DEFAULT_UA.format(version=_version()))
    known = {f for f in Settings.__dataclass_fields__}
    for k, v in t.items():
        if k not in known:
            raise ConfigError(f"{where}: [watch] has no setting {k!r}; known: {', '.join(sorted(known))}")
        if k == "user_agent":
            if not isinstance(v, str) or not v.strip() or any(c in v for c in "\r\n"):
                raise ConfigError(f"{where}: user_agent must be one line of text")
            s = replace(s, user_agent=v.strip())
        elif k == "full_text":
            if v not in FULL_TEXT:
                raise ConfigError(f"{where}: full_text must be one of {', '.join(FULL_TEXT)}")
            s = replace(s, full_text=v)
        elif k == "min_host_delay":
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
                raise ConfigError(f"{where}: min_host_delay must be a number >= 0")
            s = replace(s, min_host_delay=float(v))
        else:
            kind = int if isinstance(getattr(s, k), int) else float
            s = replace(s, **{k: _positive(where, k, v, kind)})
    return s


def source_spec(where: str, t: Mapping[str, Any], settings: Settings) -> SourceSpec:
    known = {"name", "url", "folder", "kind", "country", "language", "interval", "full_text"}
    extra = set(t) - known
    if extra:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(extra))}; known: {', '.join(sorted(known))}")
    if ("url" in t) == ("folder" in t):
        raise ConfigError(f"{where}: give either url or folder")
    location = str(t.get("url") or t.get("folder") or "").strip()
    if "url" in t:
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{where}: url must be an http:// or https:// URL, got {location!r}")
    kind = t.get("kind") or guess_kind(location)
    if kind not in KINDS or (kind == "folder") != ("folder" in t):
        raise ConfigError(f"{where}: kind {kind!r} does not fit; use feed or sitemap for a url, folder for a folder")
    name = str(t.get("name") or location)
    if kind != "folder" and "name" not in t:
        name = (urlsplit(location).hostname or "") + urlsplit(location).path
    name = name[:200]
    language = t.get("language", "ar")
    if language not in LANGUAGES:
        raise ConfigError(f"{where}: language {language!r}: hadath extracts events from Arabic ('ar') only")
    full_text = t.get("full_text", settings.full_text)
    if full_text not in FULL_TEXT:
        raise ConfigError(f"{where}: full_text must be one of {', '.join(FULL_TEXT)}")
    country = t.get("country")
    if country is not None and (not isinstance(country, str) or not country.strip()):
        raise ConfigError(f"{where}: country must be a name such as 'Sudan'")
    interval = _positive(where, "interval", t["interval"]) if "interval" in t else settings.interval
    return SourceSpec(name=name, kind=kind, location=location, country=country, language=language,
                      interval=interval, full_text=full_text)


def alert_rule(where: str, t: Mapping[str, Any], settings: Settings) -> AlertRule:
    name = t.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(f"{where}: an alert needs a name (letters, digits, - _ . : + @; at most 200)")
    extra = set(t) - {"name", "filter", "jsonl", "webhook", "command", "timeout"}
    if extra:
        raise ConfigError(f"{where}: alert {name!r}: unknown key(s) {', '.join(sorted(extra))}")
    try:
        return AlertRule(name, parse_filter(t.get("filter")), tuple(build_actions(name, t, settings.user_agent)))
    except RuleError as exc:
        raise ConfigError(f"{where}: alert {name!r}: {exc}") from None


def load_file(path: str) -> WatchConfig:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the sources file: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid TOML sources file: {exc}") from None
    extra = set(data) - {"watch", "source", "alert"}
    if extra:
        raise ConfigError(f"{path}: unknown section(s) {', '.join(sorted(extra))}; use [watch], [[source]], [[alert]]")
    settings = _settings(path, data.get("watch") or {})
    cfg = WatchConfig(settings=settings)
    try:
        for i, t in enumerate(_tables(path, data, "source"), start=1):
            cfg.add(WatchConfig(sources=[source_spec(f"{path}: source {i}", t, settings)]))
        for i, t in enumerate(_tables(path, data, "alert"), start=1):
            cfg.add(WatchConfig(rules=[alert_rule(f"{path}: alert {i}", t, settings)]))
    except ConfigError as exc:
        raise exc if str(exc).startswith(path) else ConfigError(f"{path}: {exc}") from None
    return cfg


def _tables(path: str, data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    items = data.get(key) or []
    if not isinstance(items, list) or not all(isinstance(t, dict) for t in items):
        raise ConfigError(f"{path}: write each {key} as a [[{key}]] table")
    return items


def load(args: Sequence[str], settings: Mapping[str, Any] | None = None) -> WatchConfig:
    """Sources files, URLs and folders (in order) into one config. The first sources file's
    [watch] settings apply; ``settings`` (command-line options) override them."""
    cfg: WatchConfig | None = None
    loose: list[str] = []
    for arg in args:
        if arg.endswith(".toml") and "://" not in arg:
            one = load_file(arg)
            if cfg is None:
                cfg = one
            else:
                cfg.add(one)
        else:
            loose.append(arg)
    if cfg is None:
        cfg = WatchConfig(settings=_settings("command line", {}))
    if settings:
        cfg.settings = replace(cfg.settings, **{k: v for k, v in settings.items() if v is not None})
    for arg in loose:
        t: dict[str, Any] = {"url": arg} if "://" in arg else {"folder": arg, "name": arg}
        cfg.add(WatchConfig(sources=[source_spec(arg, t, cfg.settings)]))
    if settings and settings.get("interval"):
        cfg.sources = [replace(s, interval=float(settings["interval"])) for s in cfg.sources]
    if not cfg.sources:
        raise ConfigError("no sources to watch (give a sources file, a feed URL or a folder)")
    return cfg
