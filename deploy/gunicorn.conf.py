"""gunicorn settings for production: `gunicorn -c deploy/gunicorn.conf.py wsgi:application`."""

import multiprocessing
import os

pythonpath = "site"
wsgi_app = "wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = 30
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# No access log: visitors' addresses are not recorded. Errors still go to stderr.
# If one is ever needed (GUNICORN_ACCESS_LOG=-), it records the path without its query string (search
# words live there) and no client address: time, method, path, status, size, duration.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'

errorlog = "-"
