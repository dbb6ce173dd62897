"""What an alert does: append a JSON line to a file, POST JSON to a webhook, or run a command
with the alert as JSON on standard input.

A command is an argv list and runs without a shell: nothing in an alert (which carries text
from the web) can reach a shell parser. Every action is bounded in time; a failing action is
reported (:class:`ActionError`) and never stops the watch or the other actions.
"""
from __future__ import annotations

import json
import os
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from hadath.errors import HadathError

COMMAND_TIMEOUT = 30.0
WEBHOOK_TIMEOUT = 10.0


class ActionError(HadathError):
    """An alert action failed (file not writable, webhook refused, command exited non-zero)."""


def alert_json(alert: Mapping[str, Any]) -> str:
    return json.dumps(alert, ensure_ascii=False, sort_keys=False, default=str)


@dataclass(frozen=True)
class JsonlAction:
    path: str
    _lock = threading.Lock()

    def describe(self) -> str:
        return f"append to {self.path}"

    def __call__(self, alert: Mapping[str, Any]) -> None:
        line = alert_json(alert) + "\n"
        try:
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            with self._lock, open(Path(self.path).expanduser(), "a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise ActionError(f"cannot append the alert to {self.path}: {exc.strerror or exc}") from None


@dataclass(frozen=True)
class WebhookAction:
    url: str
    user_agent: str = "hadath-watch"
    timeout: float = WEBHOOK_TIMEOUT

    def describe(self) -> str:
        return f"POST to {self.url}"

    def __call__(self, alert: Mapping[str, Any]) -> None:
        import urllib.error
        import urllib.request

        body = alert_json(alert).encode("utf-8")
        req = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 (configured URL)
                resp.read(65536)
        except urllib.error.HTTPError as exc:
            raise ActionError(f"webhook {self.url} answered HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ActionError(f"webhook {self.url} failed: {reason}") from None


@dataclass(frozen=True)
class CommandAction:
    argv: tuple[str, ...]
    timeout: float = COMMAND_TIMEOUT

    def describe(self) -> str:
        return "run " + json.dumps(list(self.argv), ensure_ascii=False)

    def __call__(self, alert: Mapping[str, Any]) -> None:
        try:
            proc = subprocess.run(list(self.argv), input=alert_json(alert).encode("utf-8"), shell=False,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=self.timeout,
                                  check=False)
        except FileNotFoundError:
            raise ActionError(f"command not found: {self.argv[0]}") from None
        except subprocess.TimeoutExpired:
            raise ActionError(f"command {self.argv[0]} did not finish within {self.timeout:.0f} s") from None
        except OSError as exc:
            raise ActionError(f"command {self.argv[0]} could not run: {exc.strerror or exc}") from None
        if proc.returncode != 0:
            tail = proc.stderr.decode("utf-8", "replace").strip()[-300:]
            raise ActionError(f"command {self.argv[0]} exited with status {proc.returncode}"
                              + (f": {tail}" if tail else ""))


Action = JsonlAction | WebhookAction | CommandAction


def build_actions(name: str, table: Mapping[str, Any], user_agent: str) -> list[Action]:
    """The actions of one ``[[alert]]`` table (``jsonl``, ``webhook``, ``command``)."""
    from hadath.watch.rules import RuleError

    out: list[Action] = []
    if "jsonl" in table:
        if not isinstance(table["jsonl"], str) or not table["jsonl"].strip():
            raise RuleError(f"alert {name!r}: jsonl must be a file path")
        out.append(JsonlAction(table["jsonl"]))
    if "webhook" in table:
        url = table["webhook"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise RuleError(f"alert {name!r}: webhook must be an http:// or https:// URL")
        out.append(WebhookAction(url, user_agent))
    if "command" in table:
        argv = table["command"]
        if not isinstance(argv, Sequence) or isinstance(argv, str) or not argv \
                or not all(isinstance(a, str) and a for a in argv):
            raise RuleError(f"alert {name!r}: command must be a list of strings (argv; no shell), "
                            'e.g. ["notify-send", "hadath"]')
        out.append(CommandAction(tuple(argv), float(table.get("timeout", COMMAND_TIMEOUT))))
    if not out:
        raise RuleError(f"alert {name!r}: give at least one action (jsonl, webhook or command)")
    return out
