"""The sources file: sources with country, language and interval; alert rules and their actions."""
from __future__ import annotations

import pytest

from hadath.watch.config import ConfigError, load, load_file

GOOD = """
[watch]
user_agent = "hadath-watch/test (+mailto:desk@example.org)"
interval = 120
per_host = 1

[[source]]
name = "sudan-feed"
url = "https://example.org/ar/feed.xml"
country = "Sudan"
language = "ar"
interval = 600

[[source]]
url = "https://example.org/news-sitemap.xml"
country = "Syria"

[[source]]
name = "drop"
folder = "{folder}"

[[alert]]
name = "darfur"
filter = "country=Sudan&admin1=North Darfur&fatalities>=10"
jsonl = "alerts.jsonl"
command = ["notify-send", "hadath alert"]

[[alert]]
name = "aleppo-front"
filter = {{ event_type = "Battles", near = "36.20,37.16,50" }}
webhook = "https://hooks.example.org/hadath"
"""


def test_a_full_sources_file(sources_file, tmp_path):
    cfg = load_file(sources_file(GOOD.format(folder=tmp_path)))
    assert cfg.settings.user_agent.startswith("hadath-watch/test") and cfg.settings.per_host == 1
    feed, sitemap, folder = cfg.sources
    assert (feed.kind, feed.country, feed.language, feed.interval) == ("feed", "Sudan", "ar", 600.0)
    assert sitemap.kind == "sitemap" and sitemap.interval == 120.0 and sitemap.name == "example.org/news-sitemap.xml"
    assert folder.kind == "folder" and folder.location == str(tmp_path)
    darfur, aleppo = cfg.rules
    assert [a.describe() for a in darfur.actions] == ["append to alerts.jsonl", 'run ["notify-send", "hadath alert"]']
    assert aleppo.filter.near == (36.2, 37.16, 50.0) and aleppo.describe() == "POST to https://hooks.example.org/hadath"


def test_command_line_sources_and_overrides(tmp_path):
    cfg = load(["https://example.org/feed.rss", str(tmp_path)], {"interval": 5, "timeout": 1.5})
    assert [s.kind for s in cfg.sources] == ["feed", "folder"]
    assert {s.interval for s in cfg.sources} == {5.0} and cfg.settings.timeout == 1.5


@pytest.mark.parametrize("text, message", [
    ("[[source]]\nurl = 'ftp://example.org/x'\n", "url must be an http"),
    ("[[source]]\nurl = 'https://example.org/x'\nlanguage = 'en'\n", "Arabic ('ar') only"),
    ("[[source]]\nurl = 'https://example.org/x'\ninterval = 0\n", "interval must be a positive number"),
    ("[[source]]\nurl = 'https://example.org/x'\nfolder = '/tmp'\n", "either url or folder"),
    ("[[source]]\nurl = 'https://example.org/x'\nkind = 'folder'\n", "does not fit"),
    ("[[source]]\nurl = 'https://example.org/x'\ncolour = 'red'\n", "unknown key(s) colour"),
    ("[[source]]\nname='a'\nurl = 'https://example.org/x'\n[[source]]\nname='a'\nurl = 'https://example.org/y'\n",
     "listed twice"),
    ("[watch]\nspeed = 3\n", "no setting 'speed'"),
    ("[watch]\nuser_agent = ''\n", "user_agent"),
    ("[[alert]]\nname = 'x'\nfilter = 'country=Sudan'\n", "at least one action"),
    ("[[alert]]\nname = 'x'\njsonl = 'a.jsonl'\nfilter = 'colour=red'\n", "unknown filter key"),
    ("[[alert]]\nname = 'x'\ncommand = 'rm -rf / ; echo'\n", "list of strings (argv; no shell)"),
    ("[[alert]]\nname = 'x'\nwebhook = 'file:///etc/passwd'\n", "http:// or https:// URL"),
    ("[[alert]]\nfilter = ''\njsonl = 'a'\n", "needs a name"),
    ("[sources]\n", "unknown section"),
    ("this is = = not toml", "not a valid TOML"),
])
def test_bad_sources_files_are_named(sources_file, text, message):
    path = sources_file(text)
    with pytest.raises(ConfigError) as err:
        load([path])
    assert message in str(err.value) and path in str(err.value)


def test_no_sources_at_all():
    with pytest.raises(ConfigError, match="no sources"):
        load([])
