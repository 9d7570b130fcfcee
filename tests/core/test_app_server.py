"""deploy/serve.py: the options the app server (Granian) starts with, and a clear answer to bad settings."""

import importlib.util
import logging
from pathlib import Path

import pytest

SERVE = Path(__file__).resolve().parents[2] / "deploy" / "serve.py"


@pytest.fixture(scope="module")
def serve():
    spec = importlib.util.spec_from_file_location("deploy_serve", SERVE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_defaults(serve, monkeypatch):
    monkeypatch.setattr(serve.os, "cpu_count", lambda: 3)
    options = serve.options({})
    assert (options["address"], options["port"]) == ("127.0.0.1", 8000)
    assert options["workers"] == 3
    assert options["blocking_threads"] == 2
    assert options["backpressure"] == 8
    assert options["workers_max_rss"] == 512
    assert options["log_access"] is False


def test_settings_from_the_environment(serve):
    options = serve.options(
        {"SERVER_BIND": "0.0.0.0:9001", "SERVER_WORKERS": "4", "SERVER_THREADS": "1", "SERVER_ACCESS_LOG": "1"}
    )
    assert (options["address"], options["port"]) == ("0.0.0.0", 9001)
    assert (options["workers"], options["blocking_threads"], options["backpressure"]) == (4, 1, 4)
    assert options["log_access"] is True


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("SERVER_BIND", "8000", "SERVER_BIND must be host:port"),
        ("SERVER_BIND", "localhost:http", "SERVER_BIND must be host:port"),
        ("SERVER_WORKERS", "two", "SERVER_WORKERS must be a whole number"),
        ("SERVER_THREADS", "0", "SERVER_THREADS must be at least 1"),
    ],
)
def test_bad_settings_stop_with_a_message(serve, name, value, message):
    with pytest.raises(SystemExit, match=message):
        serve.options({name: value})


def test_the_access_log_records_neither_the_address_nor_the_query_string(serve, caplog):
    """Granian fills the format from the request: render it as Granian does, with a search in the URL."""
    from granian.log import log_request_builder

    log = log_request_builder(serve.ACCESS_LOG_FORMAT)
    request = {
        "addr_remote": "203.0.113.7",
        "path": "/ja/search/",
        "qs": "q=secret-words",
        "method": "GET",
        "scheme": "https",
        "protocol": "HTTP/1.1",
    }
    with caplog.at_level(logging.INFO, logger="granian.access"):
        log(1_780_000_000.0, 0.0, request, 200)
    line = caplog.records[-1].getMessage()
    assert '"GET /ja/search/" 200' in line
    assert "203.0.113" not in line
    assert "secret-words" not in line
