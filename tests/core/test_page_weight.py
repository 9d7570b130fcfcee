"""Page weight: the home page, with everything it loads on a first visit, stays under 100 KB, and no
script blocks rendering."""

import gzip
import re

from django.contrib.staticfiles import finders

import pytest

pytestmark = pytest.mark.django_db

BUDGET = 100 * 1024
RESOURCE = re.compile(r'<(?:link[^>]+rel="(?:stylesheet|icon)"[^>]*?href|script[^>]*?src)="([^"]+)"')
PICTURE = re.compile(r"<picture>.*?</picture>", re.S)
FIRST_SOURCE = re.compile(r'<source[^>]*?srcset="([^" ,]+)')
IMG = re.compile(r'<img[^>]*?src="([^"]+)"')


def loaded_resources(html):
    """What a current browser fetches: stylesheets, icons, scripts, and for each <picture> its first source
    (AVIF or WebP), for other images their src."""
    found = set(RESOURCE.findall(html))
    for picture in PICTURE.findall(html):
        found.update(FIRST_SOURCE.findall(picture)[:1] or IMG.findall(picture))
    found.update(IMG.findall(PICTURE.sub("", html)))
    return sorted(found)


def static_bytes(url):
    path = finders.find(url.removeprefix("/static/"))
    assert path, f"{url} is not a static file"
    with open(path, "rb") as handle:
        return handle.read()


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("url", ["/ja/", "/en/", "/ja/help/", "/en/materials/"])
def test_a_first_visit_transfers_under_100_kb(client, demo_content, url):
    html = client.get(url).content
    resources = loaded_resources(html.decode())
    assert any(r.endswith(".css") for r in resources)
    total = len(gzip.compress(html))
    raw = len(html)
    for resource in resources:
        data = static_bytes(resource) if resource.startswith("/static/") else fetch(client, resource)
        total += len(gzip.compress(data))
        raw += len(data)
    # Compressed, as whitenoise and the proxy send it; images (lazy-loaded thumbnails too) are counted as sent.
    assert total <= BUDGET, f"{url}: {total} bytes compressed"
    assert raw <= 2 * BUDGET, f"{url}: {raw} bytes uncompressed"


def test_no_script_blocks_rendering(client, demo_content):
    for url in ("/ja/", "/en/help/"):
        html = client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "defer" in tag or "async" in tag or 'type="application/ld+json"' in tag, tag
