"""Property-based tests of the whole API from its own OpenAPI spec (schemathesis): no 500s, ever.

Runs in-process (ASGI) over a real seeded SQLite store and the real analyser, with a bounded
number of examples per operation. Ingest is exercised with the bearer token, so its analysis
and storage paths are reached too. (schemathesis's pytest plugin does not load under this
pytest; the operations' Hypothesis strategies are driven directly instead.)
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings

import schemathesis
from schemathesis.checks import not_a_server_error

from chronique.api import Settings, create_app

from web_support import sample_articles, seed_store, xss_article

TOKEN = "schemathesis-token"
MAX_EXAMPLES = 30  # per operation: ~400 requests in all, under a minute once the model is loaded


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory, analyze):
    url = f"sqlite:///{tmp_path_factory.mktemp('st') / 'corpus.db'}"
    seed_store(url, sample_articles() + [xss_article()])
    app = create_app(Settings(db_url=url, token=TOKEN, analyze_timeout_s=60),
                     analyze=lambda text, title, published: analyze(text, published, title))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.slow
def test_every_operation_is_covered(api_schema):
    paths = {(op.method.upper(), op.path) for op in operations(api_schema)}
    assert ("POST", "/api/v1/analyze") in paths and ("POST", "/api/v1/articles") in paths
    assert len(paths) >= 12


@pytest.mark.slow
def test_no_server_errors(api_schema):
    seen: dict[str, int] = {}
    for op in operations(api_schema):
        headers = {"Authorization": f"Bearer {TOKEN}"} if op.path == "/api/v1/articles" else None

        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        @given(op.as_strategy())
        def check(case):
            response = case.call(headers=headers, timeout=120)
            seen[f"{case.method} {case.path}"] = seen.get(f"{case.method} {case.path}", 0) + 1
            assert response.status_code < 500, \
                f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:500]}"
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}, body
            case.validate_response(response, checks=[not_a_server_error])

        check()
    assert len(seen) == len(operations(api_schema))
