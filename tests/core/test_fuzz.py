"""Bad input everywhere: arbitrary query strings on every page, and malformed listing parameters.
Nothing answers 5xx."""

import re
from urllib.parse import urlencode, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

LISTINGS = [
    "/ja/news/",
    "/en/news/",
    "/ja/search/",
    "/en/search/",
    "/ja/materials/",
    "/en/materials/",
    "/ja/help/",
    "/en/help/",
    "/ja/campaigns/",
    "/en/campaigns/2026/",
    "/ja/campaigns/2025/11/",
    "/en/guidance/",
    "/ja/figures/",
]
PARAMETERS = [
    "q",
    "page",
    "year",
    "type",
    "stage",
    "audience",
    "topic",
    "format",
    "language",
    "printable",
    "who",
    "situation",
]
BAD_VALUES = [
    "abc",
    "-1",
    "0",
    "99999999999999999999",
    "1e9",
    "\x00",
    "%00",
    "a" * 5000,
    "１",
    "２０２５",
    "<script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "",
]


def sitemap_paths(client):
    xml = client.get("/sitemap.xml").content.decode()
    return sorted({urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)})


@pytest.mark.parametrize("path", LISTINGS)
def test_malformed_listing_parameters_never_answer_5xx(client, demo_content, path, settings):
    # The chrome (menu, footer, language links) reads no parameter: cached, as in production, so that the
    # requests spend their time on the parameters.
    settings.CHROME_CACHE_ENABLED = True
    failures = []
    for name in PARAMETERS:
        for value in BAD_VALUES:
            response = client.get(f"{path}?{urlencode({name: value})}")
            if response.status_code >= 500:
                failures.append(f"{name}={value[:20]!r}: {response.status_code}")
        repeated = client.get(f"{path}?{name}=1&{name}=2&{name}=abc")
        if repeated.status_code >= 500:
            failures.append(f"repeated {name}: {repeated.status_code}")
    assert failures == []


query_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


@pytest.fixture(scope="module")
def all_paths(django_db_setup, django_db_blocker, demo_content):
    from django.test import Client

    with django_db_blocker.unblock():
        return sitemap_paths(Client())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_arbitrary_query_strings_on_any_page_never_answer_5xx(client, demo_content, all_paths, data):
    path = data.draw(st.sampled_from(all_paths))
    params = data.draw(
        st.lists(st.tuples(st.sampled_from([*PARAMETERS, "x", "utm_source"]) | query_text, query_text), max_size=4)
    )
    response = client.get(f"{path}?{urlencode(params)}")
    assert response.status_code < 500, (path, params)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=80))
def test_raw_bytes_in_the_query_string_never_answer_5xx(client, demo_content, raw):
    query = "".join(f"%{byte:02X}" for byte in raw)
    for path in ("/ja/search/", "/en/news/", "/ja/materials/"):
        assert client.get(f"{path}?q={query}&page={query}").status_code < 500


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), raw=st.binary(max_size=40))
def test_arbitrary_query_strings_through_the_page_cache(client, demo_content, all_paths, data, raw):
    """With the page cache on, odd query strings and bytes are keys like any other: the second answer is
    the first one, from the cache, and nothing answers 5xx."""
    from django.test import override_settings

    path = data.draw(st.sampled_from(all_paths))
    text = data.draw(query_text)
    query = urlencode({"x": text}) + "&y=" + "".join(f"%{byte:02X}" for byte in raw)
    with override_settings(PAGE_CACHE_ENABLED=True):
        first = client.get(f"{path}?{query}")
        second = client.get(f"{path}?{query}")
    assert first.status_code < 500, (path, query)
    assert second.status_code == first.status_code
    if first.get("X-Page-Cache") == "MISS":
        assert second["X-Page-Cache"] == "HIT"
        assert second.content == first.content
