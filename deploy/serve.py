"""The app server: Granian (an HTTP server written in Rust) running Django's WSGI application.

    .venv/bin/python deploy/serve.py        # production settings come from the environment

`make serve`, `deploy/campaign.service`, the benchmark and the scale-out test all start it this way.
Why Granian and not gunicorn: a stored page is answered in front of Django (site/wsgi.py) in about
0.15 ms, and what is left is the server's own work per request. On two cores gunicorn manages about
5,000 requests a second for a WSGI application that returns a constant string; Granian, which parses HTTP
and keeps connections alive in Rust, about 25,000 (bench/README.md).

Settings, all optional:
  SERVER_BIND          127.0.0.1:8000    address and port
  SERVER_WORKERS       number of cores   processes
  SERVER_THREADS       2                 threads per process running Django (each may hold a database
                                         connection: workers x threads connections at most)
  SERVER_MAX_RSS_MIB   512               a worker using more memory than this is replaced (a leak guard)
  SERVER_ACCESS_LOG    unset             `1` writes an access log to stderr: time, method, path without its
                                         query string (search words live there), status and duration, and no
                                         client address, so visitors are not recorded
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"  # the project package's folder; it cannot be a package named `site` (docs/architecture.md)

ACCESS_LOG_FORMAT = '[%(time)s] "%(method)s %(path)s" %(status)d %(dt_ms).1fms'


def env_int(environ, name, default):
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be a whole number, not {raw!r}") from None
    if value < 1:
        raise SystemExit(f"{name} must be at least 1, not {value}")
    return value


def options(environ=os.environ):
    bind = environ.get("SERVER_BIND", "127.0.0.1:8000")
    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit():
        raise SystemExit(f"SERVER_BIND must be host:port, not {bind!r}")
    threads = env_int(environ, "SERVER_THREADS", 2)
    return {
        "address": host.strip("[]"),
        "port": int(port),
        "workers": env_int(environ, "SERVER_WORKERS", os.cpu_count() or 1),
        "blocking_threads": threads,
        # Requests taken on at once per worker; the rest wait in the listen queue (or in nginx).
        "backpressure": threads * 4,
        "workers_max_rss": env_int(environ, "SERVER_MAX_RSS_MIB", 512),
        "log_access": environ.get("SERVER_ACCESS_LOG", "") not in ("", "0", "false"),
        "log_access_format": ACCESS_LOG_FORMAT,
    }


def main():
    from granian import Granian
    from granian.constants import HTTPModes, Interfaces

    # Workers are separate processes: they import `wsgi` (site/wsgi.py) and the apps at the top level.
    paths = [str(SITE), str(ROOT)]
    sys.path[:0] = paths
    os.environ["PYTHONPATH"] = os.pathsep.join([*paths, *filter(None, [os.environ.get("PYTHONPATH")])])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")

    Granian(
        "wsgi:application",
        interface=Interfaces.WSGI,
        http=HTTPModes.http1,  # the TLS proxy in front speaks HTTP/1.1 to the app servers
        websockets=False,
        working_dir=ROOT,
        respawn_failed_workers=True,
        workers_kill_timeout=30,  # a worker that will not stop within 30 s of a shutdown is killed
        **options(),
    ).serve()


if __name__ == "__main__":
    main()
