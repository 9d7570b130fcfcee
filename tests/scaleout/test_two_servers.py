"""Scale-out: two app servers (deploy/serve.py), on two ports, share one PostgreSQL database and one Redis cache.

An editor signs in (password and authenticator code) on server A and is signed in on server B too; a change
published through A is served by B at once, although B had the old page in its page cache; an unpublish
through A is a 404 on B at once. Run with `make test-scaleout` (CI runs it); needs PostgreSQL on
127.0.0.1:5432 and Redis on 127.0.0.1:6379, and skips without them unless REQUIRE_SCALEOUT is set.
"""

import base64
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.scaleout

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("SCALEOUT_REDIS_URL", "redis://127.0.0.1:6379/12")
STATE_URL = re.sub(r"/(\d+)$", lambda m: f"/{int(m.group(1)) + 1}", REDIS_URL)  # as settings.production makes it
PASSWORD = "a-long-scaleout-password-42"  # noqa: S105 - a throwaway test database
# A load balancer forwards the public host name to every app server; so does this test.
HOST = "www.campaign.test"


def get(server, path):
    import requests

    return requests.get(server + path, headers={"Host": HOST}, timeout=30)


def unavailable(message):
    if os.environ.get("REQUIRE_SCALEOUT"):
        pytest.fail(message)
    pytest.skip(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, env):
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def wait_until_ready(url, process, log):
    import requests

    for _ in range(150):
        if process.poll() is not None:
            raise AssertionError(f"The app server exited: {Path(log).read_text()}")
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise AssertionError(f"The app server on {url} did not answer: {Path(log).read_text()}")


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    psycopg = pytest.importorskip("psycopg")
    redis = pytest.importorskip("redis")
    try:
        admin = psycopg.connect(f"{PG_URL}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        unavailable(f"PostgreSQL is not reachable at {PG_URL}: {error}")
    try:
        cache = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
        cache.flushdb()
        redis.Redis.from_url(STATE_URL, socket_connect_timeout=2).flushdb()
    except redis.RedisError as error:
        admin.close()
        unavailable(f"Redis is not reachable at {REDIS_URL}: {error}")

    name = f"campaign_scaleout_{os.getpid()}_{secrets.token_hex(3)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    tmp = tmp_path_factory.mktemp("scaleout")
    base_env = {
        **os.environ,
        "DJANGO_DATABASE_URL": f"{PG_URL}/{name}",
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "PYTHONPATH": f"{ROOT}:{ROOT / 'site'}",
    }
    processes = []
    try:
        setup_env = {**base_env, "DJANGO_SETTINGS_MODULE": "settings.dev"}
        run(["migrate", "--no-input", "-v0"], setup_env)
        run(["load_demo_content", "-v0"], setup_env)
        run(
            [
                "shell",
                "-c",
                "from django.contrib.auth import get_user_model; "
                f"get_user_model().objects.create_superuser('scaleout', 'scaleout@example.org', '{PASSWORD}')",
            ],
            setup_env,
        )
        server_env = {
            **base_env,
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),  # one key for both: sessions are shared
            "DJANGO_ALLOWED_HOSTS": f"127.0.0.1,{HOST}",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_REDIS_URL": REDIS_URL,
            "DJANGO_CACHE_KEY_PREFIX": name,
            "SERVER_WORKERS": "2",
        }
        run(["collectstatic", "--no-input", "-v0"], {**server_env, "DJANGO_STATIC_ROOT": str(tmp / "static")})
        urls = []
        for label in ("a", "b"):
            port = free_port()
            log = tmp / f"server-{label}.log"
            env = {**server_env, "SERVER_BIND": f"127.0.0.1:{port}", "DJANGO_STATIC_ROOT": str(tmp / "static")}
            with open(log, "w") as out:
                process = subprocess.Popen(  # noqa: S603
                    [sys.executable, "deploy/serve.py"],
                    cwd=ROOT,
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            processes.append(process)
            url = f"http://127.0.0.1:{port}"
            wait_until_ready(url, process, log)
            urls.append(url)
        yield {"a": urls[0], "b": urls[1], "database": f"{PG_URL}/{name}", "env": setup_env}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        cache.flushdb()


class Browser:
    """A requests session that keeps the app's Secure __Host- cookies over plain HTTP on loopback."""

    def __init__(self):
        import requests

        self.session = requests.Session()
        self.cookies = {}

    def request(self, method, url, **kwargs):
        headers = {"Host": HOST, "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        response = self.session.request(method, url, headers=headers, allow_redirects=False, timeout=30, **kwargs)
        for cookie in response.cookies:
            self.cookies[cookie.name] = cookie.value
        self.session.cookies.clear()
        return response

    def follow(self, method, url, **kwargs):
        response = self.request(method, url, **kwargs)
        while response.is_redirect:
            location = response.headers["Location"]
            base = url.split("/", 3)[:3]
            url = location if location.startswith("http") else "/".join(base) + location
            response = self.request("GET", url)
        return response, url

    def csrf(self, html):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def totp_now(key_text):
    from django_otp.oath import TOTP

    key = base64.b32decode(key_text.replace(" ", "") + "=" * (-len(key_text.replace(" ", "")) % 8))
    return f"{TOTP(key).token():06d}"


def sign_in(browser, server):
    page, url = browser.follow("GET", f"{server}/admin/login/")
    assert page.status_code == 200
    page, url = browser.follow(
        "POST",
        url,
        data={"username": "scaleout", "password": PASSWORD, "csrfmiddlewaretoken": browser.csrf(page.text)},
    )
    assert "/admin/2fa/setup/" in url, "the second factor is asked for after the password"
    key = re.search(r"<code>([A-Z2-7 ]+)</code>", page.text).group(1)
    page, url = browser.follow(
        "POST", url, data={"code": totp_now(key), "csrfmiddlewaretoken": browser.csrf(page.text), "next": "/admin/"}
    )
    # The recovery codes are shown once, with a link on to where the editor was going.
    assert page.status_code == 200, url
    assert len(set(re.findall(r"<code>([a-z0-9]{4}-[a-z0-9]{4})</code>", page.text))) == 10, "ten recovery codes"
    onward = re.search(r'<a class="button" href="([^"]+)"', page.text).group(1)
    assert onward == "/admin/"
    page, url = browser.follow("GET", f"{server}{onward}")
    assert page.status_code == 200 and url.endswith("/admin/"), url


def shell(servers, code):
    return run(["shell", "-c", code], servers["env"])


def test_the_state_is_in_a_redis_database_of_its_own(servers):
    """The generation number lives in the state database, where page entries can never evict it; the pages'
    database holds the pages."""
    import redis

    get(servers["a"], "/ja/")
    name = servers["database"].rsplit("/", 1)[-1]
    state = redis.Redis.from_url(STATE_URL)
    pages = redis.Redis.from_url(REDIS_URL)
    assert state.exists(f"{name}-state:1:pagecache:generation")
    assert not pages.exists(f"{name}:1:pagecache:generation")
    assert any(key.startswith(f"{name}:1:pagecache:".encode()) for key in pages.scan_iter(f"{name}:*"))


def test_a_change_published_through_one_server_is_served_by_the_other_at_once(servers):
    a, b = servers["a"], servers["b"]
    page_url = "/en/about/"
    # B serves the page and keeps it in the shared page cache.
    assert get(b, page_url).headers.get("X-Page-Cache") == "MISS"
    cached = get(b, page_url)
    assert cached.headers.get("X-Page-Cache") == "HIT"
    assert get(a, page_url).headers.get("X-Page-Cache") == "HIT"  # the same cache

    editor = Browser()
    sign_in(editor, a)
    # The session, second factor included, is shared: B knows the editor without a new sign-in.
    dashboard = editor.request("GET", f"{b}/admin/")
    assert dashboard.status_code == 200
    assert "scaleout" in dashboard.text

    # An editor's draft does not change what visitors see.
    page_id = (
        shell(
            servers,
            "from home.models import ContentPage; p = ContentPage.objects.get(slug='about', locale__language_code='en'); "
            "p.title = 'About the campaign, revised'; p.save_revision(); print('PAGE', p.pk)",
        )
        .split("PAGE ")[-1]
        .strip()
    )
    assert get(b, page_url).headers.get("X-Page-Cache") == "HIT"

    # Publish through A (the admin's bulk publish); B serves the new title on the very next request.
    confirm = editor.request("GET", f"{a}/admin/bulk/wagtailcore/page/publish/?id={page_id}")
    assert confirm.status_code == 200
    done = editor.request(
        "POST",
        f"{a}/admin/bulk/wagtailcore/page/publish/?id={page_id}",
        data={"csrfmiddlewaretoken": editor.csrf(confirm.text)},
    )
    assert done.status_code == 302, done.text[:500]
    fresh = get(b, page_url)
    assert fresh.status_code == 200
    assert fresh.headers.get("X-Page-Cache") == "MISS"
    assert "About the campaign, revised" in fresh.text
    # Every other page showing the title (the menu) is fresh too.
    assert "About the campaign, revised" in get(b, "/en/").text

    # Unpublish through A: gone from B at once.
    confirm = editor.request("GET", f"{a}/admin/bulk/wagtailcore/page/unpublish/?id={page_id}")
    done = editor.request(
        "POST",
        f"{a}/admin/bulk/wagtailcore/page/unpublish/?id={page_id}",
        data={"csrfmiddlewaretoken": editor.csrf(confirm.text)},
    )
    assert done.status_code == 302
    assert get(b, page_url).status_code == 404


def test_visitors_get_no_cookie_from_either_server(servers):
    for server in (servers["a"], servers["b"]):
        for _ in range(2):
            response = get(server, "/ja/")
            assert response.status_code == 200
            assert "Set-Cookie" not in response.headers
            assert "Cookie" not in response.headers.get("Vary", "")
