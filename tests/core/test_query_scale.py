"""Every kind of page runs its pinned number of queries (tests/query_pins.py), and the same with five times
the content (`load_demo_content --scale 5`: more news, materials, campaigns, events, guidance and helplines,
so that the news and materials listings run past their first page). `make bench` renders at twenty times.
"""

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client

import pytest
from freezegun import freeze_time

from tests.query_pins import MEASURED_AT, PAGES, UNPINNED, count_queries

pytestmark = pytest.mark.django_db


def measure():
    client = Client()
    with freeze_time(MEASURED_AT):
        return {url: count_queries(client, url) for url in [*PAGES, *UNPINNED]}


@pytest.fixture(scope="module")
def counts_at_two_scales(demo_content, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        small = measure()
        call_command("load_demo_content", scale=5, verbosity=0)
        cache.clear()  # the purge would run at commit, which a test transaction never reaches
        large = measure()
        transaction.set_rollback(True)
    return small, large


def test_every_page_kind_runs_its_pinned_number_of_queries(counts_at_two_scales):
    small, _large = counts_at_two_scales
    assert {url: small[url] for url in PAGES} == PAGES


def test_query_counts_are_the_same_with_twenty_times_the_content(counts_at_two_scales):
    small, large = counts_at_two_scales
    assert large == small
