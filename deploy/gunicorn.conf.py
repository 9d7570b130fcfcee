"""gunicorn settings for production: `gunicorn -c deploy/gunicorn.conf.py wsgi:application`."""

import multiprocessing
import os

pythonpath = "site"
wsgi_app = "wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# Sync workers (one request at a time each): pages are CPU-bound, and nginx in front buffers slow clients.
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = 30
graceful_timeout = 30
# Workers are replaced after this many requests (a guard against slow leaks). Pages from the page cache
# take well under a millisecond, so a low number would restart workers (a second of start-up) every few
# seconds under load.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 100_000))
max_requests_jitter = max_requests // 10
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# No access log: visitors' addresses are not recorded. Errors still go to stderr.
# If one is ever needed (GUNICORN_ACCESS_LOG=-), it records the path without its query string (search
# words live there) and no client address: time, method, path, status, size, duration.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'

errorlog = "-"
