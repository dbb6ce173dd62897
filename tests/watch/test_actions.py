"""Alert actions: JSONL, webhook, and a command given as argv (never a shell) with the alert on stdin."""
from __future__ import annotations

import json
import sys

import pytest

from hadath.watch.actions import ActionError, CommandAction, JsonlAction, WebhookAction
from hadath.watch.testing import Route

ALERT = {"alert": "new", "rule": "r", "event": {"location": "الفاشر", "notes": "$(touch pwned); `id` && rm -rf x"}}


def test_jsonl_appends_one_line_per_alert(tmp_path):
    path = tmp_path / "sub" / "alerts.jsonl"
    act = JsonlAction(str(path))
    act(ALERT)
    act({**ALERT, "alert": "toll_raised"})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(ln)["alert"] for ln in lines] == ["new", "toll_raised"]
    assert "الفاشر" in lines[0]        # UTF-8, not \\u escapes


def test_jsonl_unwritable_is_an_action_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ActionError, match="cannot append"):
        JsonlAction(str(tmp_path / "file" / "alerts.jsonl"))(ALERT)


def test_command_gets_the_alert_on_stdin_without_a_shell(tmp_path):
    out = tmp_path / "got.json"
    script = "import sys, pathlib; pathlib.Path(sys.argv[1]).write_bytes(sys.stdin.buffer.read())"
    CommandAction((sys.executable, "-c", script, str(out)))(ALERT)
    assert json.loads(out.read_text(encoding="utf-8")) == ALERT
    assert not (tmp_path / "pwned").exists()
    # an argument that would mean something to a shell is passed as it is
    marker = tmp_path / "marker; touch pwned"
    CommandAction((sys.executable, "-c", script, str(marker)))(ALERT)
    assert marker.exists() and not (tmp_path / "pwned").exists()


def test_failing_commands_are_reported(tmp_path):
    with pytest.raises(ActionError, match="exited with status 3: no"):
        CommandAction((sys.executable, "-c", "import sys; sys.stderr.write('no'); sys.exit(3)"))(ALERT)
    with pytest.raises(ActionError, match="command not found"):
        CommandAction((str(tmp_path / "missing-program"),))(ALERT)
    with pytest.raises(ActionError, match="did not finish"):
        CommandAction((sys.executable, "-c", "import time; time.sleep(5)"), timeout=0.3)(ALERT)


def test_webhook_posts_json(site):
    WebhookAction(site.url + "/hook")(ALERT)
    assert [json.loads(b) for b in site.posted] == [ALERT]
    site.routes["/down"] = Route(status=503)
    with pytest.raises(ActionError, match="HTTP 503"):
        WebhookAction(site.url + "/down")(ALERT)


def test_a_failing_action_does_not_stop_the_others_or_the_watch(site, store, examples, sources_file, tmp_path):
    from hadath.watch.config import load
    from hadath.watch.runner import Watcher
    from tests.watch.test_watch import item, publish

    publish(site, [item(site, examples["sd-jazira-rsf"])], 1)
    cfg = load([sources_file(f"""
[[source]]
name = "f"
url = "{site.url}/feed.xml"
[[alert]]
name = "broken"
command = ["{tmp_path / 'no-such-program'}"]
jsonl = "{tmp_path / 'alerts.jsonl'}"
""")])
    said: list[str] = []
    [report] = Watcher(cfg, store, say=said.append).run(once=True)
    assert report.stored == 1 and report.alerts == 1
    assert any("command not found" in e for e in report.errors)
    assert len((tmp_path / "alerts.jsonl").read_text().splitlines()) == 1
