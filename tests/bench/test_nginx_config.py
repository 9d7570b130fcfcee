"""deploy/nginx.conf renders for the benchmark with only ports, paths and TLS changed."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bench import nginx_config
from bench.run import css_references, referenced, uncacheable

SHIPPED = nginx_config.SHIPPED.read_text()


def directives(text):
    """The configuration without its comments."""
    lines = (line.split("  #")[0].rstrip() for line in text.splitlines() if not line.lstrip().startswith("#"))
    return "\n".join(line for line in lines if line)


def render(tmp_path, template=SHIPPED):
    return nginx_config.render_site(
        template,
        listen="127.0.0.1:41234",
        upstream="127.0.0.1:41235",
        static_root=tmp_path / "staticfiles",
        media_root=tmp_path / "media",
        cache_dir=tmp_path / "cache",
        access_log=tmp_path / "access.log",
    )


def cache_rules(text):
    """Every cache directive except where the cache lives on disk."""
    rules = [line.strip() for line in text.splitlines() if line.strip().startswith(("proxy_cache", "proxy_no_cache"))]
    return [rule.split(" ", 2)[2] if rule.startswith("proxy_cache_path") else rule for rule in rules]


def test_shipped_file_has_the_cache_rules():
    shipped = directives(SHIPPED)
    assert "proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;" in shipped
    assert "proxy_cache_background_update on;" in shipped
    assert "proxy_cache_lock on;" in shipped
    assert 'proxy_cache_key "$scheme$host$request_uri";' in shipped
    assert "__Host-sessionid=[a-z0-9]{32}(;|$)" in shipped  # an empty or made-up session cookie skips nothing
    assert "__Host-csrftoken=" in shipped
    assert "proxy_no_cache $campaign_skip_cache $campaign_undeclared_args $campaign_redirect_with_query;" in shipped
    assert "proxy_hide_header X-Page-Cache;" in shipped and "proxy_hide_header Age;" in shipped
    assert "add_header X-Cache-Status $upstream_cache_status" not in shipped  # only to this machine
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in shipped
    assert "proxy_ignore_headers" not in shipped  # Set-Cookie and Cache-Control are obeyed
    assert "proxy_cache_valid" not in shipped  # nothing is stored that the app did not allow
    assert "access_log /var/log/nginx/campaign.log privacy;" in shipped


def test_renders_with_the_given_ports_and_paths(tmp_path):
    text = render(tmp_path)
    assert "listen 127.0.0.1:41234;" in text
    assert "server 127.0.0.1:41235;" in text
    assert f"alias {tmp_path}/staticfiles/$1;" in text
    assert f"alias {tmp_path}/media/images/;" in text
    assert f"proxy_cache_path {tmp_path}/cache " in text
    assert f"include {nginx_config.REPO}/deploy/nginx-privacy-log.conf;" in text
    for gone in ("443", "listen 80", "ssl", "/srv/campaign", "/var/", "campaign.example.jp"):
        assert gone not in text
    # Everything about caching is benchmarked as shipped.
    assert cache_rules(text) == cache_rules(directives(SHIPPED))
    assert "proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;" in text


def test_only_marked_lines_change(tmp_path):
    shipped = {line.strip() for line in directives(SHIPPED).splitlines()}
    changed = [line for line in directives(render(tmp_path)).splitlines() if line.strip() not in shipped]
    assert all(
        line.strip().startswith(("listen", "server", "alias", "proxy_cache_path", "access_log", "include"))
        for line in changed
    ), changed


def test_refuses_a_template_that_drifted(tmp_path):
    with pytest.raises(nginx_config.TemplateError, match="127.0.0.1:8000"):
        render(tmp_path, SHIPPED.replace("server 127.0.0.1:8000;", "server app:8000;"))
    with pytest.raises(nginx_config.TemplateError, match="tls"):
        render(tmp_path, SHIPPED.replace("ssl_session_tickets off;  # tls", "ssl_session_tickets off;"))


NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")


@pytest.mark.skipif(not NGINX or not Path("/etc/nginx/mime.types").exists(), reason="nginx is not installed")
def test_nginx_accepts_the_rendered_configuration(tmp_path):
    for sub in ("temp", "cache", "staticfiles", "media"):
        (tmp_path / sub).mkdir()
    conf = tmp_path / "nginx.conf"
    conf.write_text(nginx_config.main_config(tmp_path, render(tmp_path)))
    check = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(conf), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
    )
    assert check.returncode == 0, check.stderr


def test_static_site_maps_each_path_to_its_file(tmp_path):
    text = nginx_config.static_site(
        "127.0.0.1:41236", {"/ja/": (tmp_path / "page-0", "text/html; charset=utf-8")}, tmp_path / "log"
    )
    assert 'location = "/ja/" {' in text
    assert "try_files /page-0 =404;" in text
    assert 'default_type "text/html; charset=utf-8";' in text


def test_home_page_resources_are_found():
    html = """<html><head><link rel="stylesheet" href="/static/css/site.css"><link rel="alternate" href="/en/">
    <link rel="icon" href="/static/favicon.svg"><script src="/static/js/a.js" defer></script></head>
    <body><img src="/media/images/a.jpg" srcset="/media/images/a.jpg 1x, /media/images/a2.jpg 2x">
    <picture><source srcset="/media/images/b.webp"></picture><img src="data:image/png;base64,AAA"></body></html>"""
    assert referenced(html) == [
        "/static/css/site.css",
        "/static/favicon.svg",
        "/static/js/a.js",
        "/media/images/a.jpg",
        "/media/images/a.jpg",
        "/media/images/a2.jpg",
        "/media/images/b.webp",
    ]
    css = "@import 'print.css'; body{background:url(../img/x.png)} @font-face{src:url(\"f.woff2\")} a{b:url(data:x)}"
    assert css_references(css) == ["print.css", "../img/x.png", "f.woff2"]


def test_uncacheable():
    assert uncacheable("no-store")
    assert uncacheable("private, max-age=0")
    assert not uncacheable("public, max-age=3600, stale-while-revalidate=60")
    assert not uncacheable("")
