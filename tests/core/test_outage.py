"""A real database outage, on PostgreSQL (the CI run against PostgreSQL runs it; SQLite skips it):
while the database refuses connections, pages in the page cache still answer and the others answer the
static 503; once it is back, they answer again without restarting anything."""

from django.db import connection

import pytest

from tests import snapshots
from tests.factories import build_site

# A real connection outage needs real transactions. The flush after the test empties the database:
# tests/conftest.py keeps it before and puts it back after, for the tests that run next in this worker.
pytestmark = pytest.mark.django_db(transaction=True)


def test_pages_answer_503_during_an_outage_and_recover_without_a_restart(client, settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run by make test-postgres and in CI")
    settings.PAGE_CACHE_ENABLED = True
    build_site()
    client.raise_request_exception = False
    # The first request creates the site settings (a purge); the second is stored in the page cache.
    assert client.get("/ja/").status_code == 200
    assert client.get("/ja/").status_code == 200

    name = connection.settings_dict["NAME"]
    with snapshots.postgres_admin(connection) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        try:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )
            connection.close()  # this process's own session was just terminated
            cached = client.get("/ja/")
            assert cached.status_code == 200, "a page in the cache answers while the database is down"
            assert cached["X-Page-Cache"] == "HIT"
            down = client.get("/en/")
            assert down.status_code == 503
            assert "Temporarily unavailable" in down.content.decode()
            assert client.get("/healthz").status_code == 200
            assert client.get("/readyz").status_code == 503
        finally:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert client.get("/en/").status_code == 200
    assert client.get("/readyz").status_code == 200
