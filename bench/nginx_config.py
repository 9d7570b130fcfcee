"""Render deploy/nginx.conf for a local run, and the minimal nginx configurations around it.

The shipped file is the template: the benchmark changes only the listen address, the paths and the upstream
port, and drops the TLS lines (marked `# tls`) and the port-80 redirect block. Everything else, the cache
rules above all, is benchmarked exactly as shipped.
"""

import grp
import os
import pwd
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "deploy" / "nginx.conf"

# What the shipped file says -> what the local run needs. Each must occur in the template.
PRODUCTION_VALUES = {
    "listen 443 ssl http2;": "listen {listen};",
    "server 127.0.0.1:8000;": "server {upstream};",
    "/srv/campaign/deploy/": "{deploy_dir}/",
    "/srv/campaign/staticfiles/": "{static_root}/",
    "/var/lib/campaign/media/": "{media_root}/",
    "/var/cache/nginx/campaign": "{cache_dir}",
    "/var/log/nginx/campaign.log": "{access_log}",
    "server_name campaign.example.jp;": "server_name {server_name};",
}
BLOCK = re.compile(r"^# --- BEGIN port 80.*?^# --- END port 80\n", re.MULTILINE | re.DOTALL)


class TemplateError(Exception):
    """deploy/nginx.conf no longer has what the renderer expects."""


def render_site(template, *, listen, upstream, static_root, media_root, cache_dir, access_log, server_name="_"):
    """Return the shipped site configuration for a local run (plain HTTP on `listen`)."""
    if not BLOCK.search(template):
        raise TemplateError("deploy/nginx.conf: the '# --- BEGIN port 80' ... '# --- END port 80' block is missing.")
    text = BLOCK.sub("", template)
    # Comments go (they describe production); so do the lines marked "# tls".
    text = "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("#") and not line.rstrip().endswith("# tls")
    )
    text += "\n"
    values = {
        "listen": listen,
        "upstream": upstream,
        "deploy_dir": str(REPO / "deploy"),
        "static_root": str(Path(static_root)).rstrip("/"),
        "media_root": str(Path(media_root)).rstrip("/"),
        "cache_dir": str(cache_dir),
        "access_log": str(access_log),
        "server_name": server_name,
    }
    for production, local in PRODUCTION_VALUES.items():
        if production not in text:
            raise TemplateError(f"deploy/nginx.conf no longer contains {production!r}: update bench/nginx_config.py.")
        text = text.replace(production, local.format(**values))
    if " ssl" in text or "ssl_" in text:
        raise TemplateError("deploy/nginx.conf: a TLS line is not marked '# tls'.")
    return text


def main_config(prefix, http_body, *, workers="auto"):
    """A whole nginx.conf for a process run by the invoking user: every path under `prefix`, in the foreground."""
    prefix = Path(prefix)
    user = ""
    if os.geteuid() == 0:
        # Run as root, nginx would hand its workers to "nobody"; keep them as the invoking user instead.
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name};\n"
    temp = prefix / "temp"
    return (
        f"{user}"
        "daemon off;\n"
        f"worker_processes {workers};\n"
        f"pid {prefix / 'nginx.pid'};\n"
        f"error_log {prefix / 'error.log'} warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        "    include /etc/nginx/mime.types;\n"
        "    default_type application/octet-stream;\n"
        "    sendfile on;\n"
        "    tcp_nopush on;\n"
        "    keepalive_timeout 65;\n"
        "    keepalive_requests 100000;\n"
        f"    client_body_temp_path {temp / 'body'};\n"
        f"    proxy_temp_path {temp / 'proxy'};\n"
        f"    fastcgi_temp_path {temp / 'fastcgi'};\n"
        f"    uwsgi_temp_path {temp / 'uwsgi'};\n"
        f"    scgi_temp_path {temp / 'scgi'};\n"
        f"{http_body}"
        "}\n"
    )


def static_site(listen, files, access_log):
    """A server that answers each path with one file: {path: (file, content_type)}. Query strings are ignored."""
    lines = ["server {", f"    listen {listen};", "    server_name _;", f"    access_log {access_log} privacy;"]
    for path, (file, content_type) in files.items():
        file = Path(file)
        lines += [
            f'    location = "{path}" {{',
            f'        default_type "{content_type}";',
            f"        root {file.parent};",
            f"        try_files /{file.name} =404;",
            "    }",
        ]
    lines += ["    location / { return 404; }", "}"]
    return "\n".join(lines) + "\n"
