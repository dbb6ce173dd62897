"""Property run over the OpenAPI spec: generated requests never produce a server error (5xx).

schemathesis builds a hypothesis strategy per operation from /v1/openapi.json; each runs a
bounded number of examples (derandomized, so the run is repeatable and fast). Requests carry a
valid token so write endpoints are exercised past authentication; a second pass goes without.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

EXAMPLES = 30


def operations(app):
    schema = schemathesis.openapi.from_asgi("/v1/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def run_operation(op, headers, examples):
    @given(case=op.as_strategy())
    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call(headers=headers)
        case.validate_response(response, checks=[not_a_server_error])
        assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
        if response.status_code >= 400:
            body = response.json()
            assert body["error"] and body["message"], body

    check()


def test_spec_lists_the_operations(app):
    labels = {op.label for op in operations(app)}
    assert {"POST /v1/extract", "GET /v1/events", "GET /v1/events/{event_id}", "POST /v1/articles",
            "POST /v1/events/{event_id}/review", "GET /v1/export"} <= labels


@pytest.mark.parametrize("with_token", [True, False], ids=["token", "no-token"])
def test_no_server_errors(app, token, with_token):
    headers = {"Authorization": f"Bearer {token}"} if with_token else {}
    for op in operations(app):
        run_operation(op, headers, EXAMPLES if with_token else EXAMPLES // 3)
