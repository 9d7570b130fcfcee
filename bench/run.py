"""The benchmark behind `make bench`: the site four ways, with wrk. See bench/README.md.

1. cold:   the app server as `make serve` starts it (deploy/serve.py: Granian, production settings, 2 workers) with the app's page cache off (DJANGO_PAGE_CACHE_ENABLED=false);
2. app:    the same with the app's page cache on, warmed by one request per page;
3. nginx:  deploy/nginx.conf (rendered for a local port) in front of the app of mode 2, warmed;
4. static: the same bytes as files from a minimal nginx: the ceiling the others are compared with.

Environment: BENCH_DURATION (10s), BENCH_CONNECTIONS (32), BENCH_WORKERS (2), BENCH_THREADS (deploy/serve.py's
default), BENCH_SCALE (20), BENCH_DATABASE_URL (default: a SQLite file in bench/.data/, built once),
BENCH_REBUILD=1 (rebuild that file), BENCH_REDIS_URL (redis://127.0.0.1:6379/13), BENCH_RESULTS_DIR
(bench/results), BENCH_SEARCH_WORD (児童).
"""

import contextlib
import datetime as dt
import gzip
import hashlib
import html.parser
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zoneinfo
from pathlib import Path

if __package__ in (None, ""):  # `python bench/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import nginx_config, wrk_output  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / ".data"
MODES = ["cold", "app", "nginx", "static"]
MODE_LABELS = {
    "cold": "cold (no page cache)",
    "app": "app page cache",
    "nginx": "nginx proxy_cache",
    "static": "static ceiling",
}
# Fraction of the static ceiling each mode should reach (issue #9). cold: 3x bakerydemo's ~30 req/s home page
# against a static server doing ~36,000 req/s.
TARGETS = {"cold": 0.0025, "app": 0.10, "nginx": 0.80}
WEIGHT_TARGET_BYTES = 100_000  # the home page's first visit, compressed as sent: 100 KB (decimal)
WARMUP = "1s"  # an unmeasured wrk run before each measured one
INSTALL_HINT = "Install them with: apt-get install nginx-light wrk"


class BenchError(Exception):
    """A failure with a message for the reader, not a traceback."""


# --- processes ----------------------------------------------------------------------------------------------


class Processes:
    """Everything this run started; each in its own process group, so stopping one stops its children."""

    def __init__(self):
        self.running = []

    def start(self, name, args, log, **kwargs):
        with open(log, "ab") as out:
            proc = subprocess.Popen(  # noqa: S603
                args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, **kwargs
            )
        self.running.append((name, proc, log))
        return proc

    def stop(self, proc, timeout=15):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            except ProcessLookupError:
                pass
        # The group may still hold children whose leader has gone.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        self.running = [entry for entry in self.running if entry[1] is not proc]

    def stop_all(self):
        for _name, proc, _log in reversed(list(self.running)):
            self.stop(proc)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tail(path, lines=30):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def run_checked(args, what, env=None, log=None):
    """Run a command to completion; on failure, say what failed and show the end of its output."""
    result = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True)  # noqa: S603
    if log:
        Path(log).write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        output = "\n".join((result.stdout + result.stderr).splitlines()[-30:])
        raise BenchError(f"{what} failed (exit {result.returncode}):\n{output}")
    return result


def find_tool(name):
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin:/usr/local/sbin")
    return found


# --- HTTP ---------------------------------------------------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url, headers=None, timeout=60):
    """GET `url` without following redirects: (status, headers, body as sent, undecoded)."""
    if not url.startswith("http://127.0.0.1:"):
        raise BenchError(f"Refusing to fetch {url}: the benchmark talks only to its own local servers.")
    request = urllib.request.Request(url, headers={"User-Agent": "campaign-bench", **(headers or {})})  # noqa: S310
    try:
        with _opener.open(request, timeout=timeout) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_for(url, proc, log, what, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"{what} exited (code {proc.returncode}) before answering. Its log:\n{tail(log)}")
        try:
            status, _headers, _body = fetch(url, timeout=5)
        except OSError:  # not listening yet
            time.sleep(0.3)
            continue
        if status != 200:
            raise BenchError(f"{what} answered {status} at {url}, expected 200. Its log:\n{tail(log)}")
        return
    raise BenchError(f"{what} did not answer 200 at {url} within {timeout} s. Its log:\n{tail(log)}")


# --- the app ------------------------------------------------------------------------------------------------


def redis_url():
    url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)
        client.ping()
        return url, client
    except Exception as error:  # any failure means "run without Redis"
        print(
            f"  Redis at {url} does not answer ({error.__class__.__name__}): running without it "
            "(each app server worker has its own local-memory cache)."
        )
        return None, None


def app_environment(database_url, media_root, redis):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "SERVER_"))}
    env.update(
        {
            # The Makefile's PROD_ENV, plus DJANGO_SECURE_SSL_REDIRECT=false as `make serve` does.
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_DATABASE_URL": database_url,
            "DJANGO_MEDIA_ROOT": str(media_root),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    if redis:
        env["DJANGO_REDIS_URL"] = redis
    return env


def prepare_database(env, scale, logs):
    """Migrate; load the demo content at --scale N once (SQLite: kept in bench/.data/ and reused)."""
    python = sys.executable
    marker = None
    if not os.environ.get("BENCH_DATABASE_URL"):
        marker = DATA / f"demo-scale{scale}.ready"
        if os.environ.get("BENCH_REBUILD") or not marker.exists():
            marker.unlink(missing_ok=True)
            Path(env["DJANGO_DATABASE_URL"].removeprefix("sqlite:///")).unlink(missing_ok=True)
            shutil.rmtree(env["DJANGO_MEDIA_ROOT"], ignore_errors=True)
    started = time.monotonic()
    run_checked([python, "manage.py", "migrate", "--no-input"], "manage.py migrate", env, logs / "migrate.log")
    if marker is None or not marker.exists():
        print(f"  Loading the demo content at --scale {scale} (a few minutes, once) ...", flush=True)
        run_checked(
            [python, "manage.py", "load_demo_content", "--scale", str(scale)],
            "manage.py load_demo_content",
            env,
            logs / "load_demo_content.log",
        )
        if marker:
            marker.write_text(f"built {dt.datetime.now(dt.UTC).isoformat()}\n")
    run_checked(
        [python, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        "manage.py collectstatic",
        env,
        logs / "collectstatic.log",
    )
    print(f"  Database ready, static files collected ({time.monotonic() - started:.0f} s).")


def start_app_server(procs, env, tmp, name, page_cache):
    port = free_port()
    env = dict(env, SERVER_BIND=f"127.0.0.1:{port}")
    if page_cache:
        env.pop("DJANGO_PAGE_CACHE_ENABLED", None)
    else:
        env["DJANGO_PAGE_CACHE_ENABLED"] = "false"
    log = tmp / f"server-{name}.log"
    proc = procs.start(
        f"app server ({name})",
        [sys.executable, "deploy/serve.py"],
        log,
        cwd=REPO,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/healthz", proc, log, f"app server ({name})")
    return proc, base, log


def server_description(env):
    import importlib.metadata

    sys.path.insert(0, str(REPO / "deploy"))
    try:
        import serve  # deploy/serve.py: the options it would start Granian with

        options = serve.options(env)
    finally:
        sys.path.pop(0)
    return {
        "server": f"Granian {importlib.metadata.version('granian')} (WSGI)",
        "workers": options["workers"],
        "threads": options["blocking_threads"],
    }


# --- pages --------------------------------------------------------------------------------------------------


def discover_pages(base, search_word):
    """The pages to benchmark, found on the running site; each must answer 200."""
    status, _headers, body = fetch(base + "/sitemap.xml")
    if status != 200:
        raise BenchError(f"/sitemap.xml answered {status}: cannot discover the pages.")
    paths = [urllib.parse.urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", body.decode())]

    def pick(pattern, prefer, what):
        matching = [p for p in paths if re.fullmatch(pattern, p)]
        if not matching:
            raise BenchError(f"No {what} in /sitemap.xml (looked for {pattern}). Is the demo content loaded?")
        return prefer if prefer in matching else matching[0]

    guidance = pick(r"/ja/guidance/[\w-]+/", "/ja/guidance/what-the-law-forbids/", "guidance page")
    calendar = pick(r"/ja/campaigns/", "/ja/campaigns/", "campaign calendar (slug 'campaigns', campaigns/demo.py)")
    year = dt.datetime.now(zoneinfo.ZoneInfo("Asia/Tokyo")).year
    materials = pick(r"/ja/materials/", "/ja/materials/", "materials library (slug 'materials', materials/demo.py)")
    news = pick(r"/ja/news/", "/ja/news/", "news index")

    _status, _headers, listing = fetch(base + materials)
    facets = re.findall(
        r'<input type="checkbox" name="(audience|stage|topic|format|language)" value="([\w-]+)"', listing.decode()
    )
    if not facets:
        raise BenchError(f"No facet checkbox found on {materials}: cannot choose a facet to benchmark.")
    facet = ("stage", "junior-high") if ("stage", "junior-high") in facets else facets[0]

    _status, _headers, news_html = fetch(base + news)
    feed = re.search(r'<link rel="alternate" type="application/rss\+xml"[^>]*href="([^"]+)"', news_html.decode())
    if not feed:
        raise BenchError(f"{news} announces no RSS feed (<link rel=alternate type=application/rss+xml>).")

    pages = [
        ("home", "/ja/"),
        ("guidance", guidance),
        ("calendar month", f"{calendar}{year}/11/"),
        ("materials facet", f"{materials}?{facet[0]}={facet[1]}"),
        ("news feed", urllib.parse.urlsplit(feed.group(1)).path),
        ("search", "/ja/search/?q=" + urllib.parse.quote(search_word)),
    ]
    found = []
    for name, path in pages:
        status, headers, body = fetch(base + path)
        if status != 200:
            raise BenchError(
                f"Page {name!r} ({path}) answered {status}, expected 200. "
                "If the demo content changed, rebuild the database: BENCH_REBUILD=1 make bench"
            )
        found.append(
            {
                "name": name,
                "path": path,
                "content_type": headers.get("Content-Type", "application/octet-stream"),
                "cache_control": headers.get("Cache-Control", ""),
                "bytes": len(body),
            }
        )
    return found


def uncacheable(cache_control):
    """True when the app forbids shared caches from keeping the page (search: no-store, by design)."""
    words = {part.strip().split("=")[0].lower() for part in cache_control.split(",")}
    return bool(words & {"no-store", "private", "no-cache"})


# --- wrk ----------------------------------------------------------------------------------------------------


def wrk(wrk_path, url, duration, connections):
    args = [wrk_path, "-t2", f"-c{connections}", f"-d{duration}", "--timeout", "10s", "--latency", url]
    result = subprocess.run(args, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise BenchError(f"wrk failed on {url}:\n{result.stdout}{result.stderr}")
    return wrk_output.parse(result.stdout), " ".join(args[1:-1])


def measure(mode, base, pages, wrk_path, duration, connections, results):
    print(f"\n  {MODE_LABELS[mode]}: {base}", flush=True)
    for page in pages:
        wrk(wrk_path, base + page["path"], WARMUP, connections)  # discarded: connections, caches, CPU clocks
        result, args = wrk(wrk_path, base + page["path"], duration, connections)
        results[page["name"]][mode] = {**result.as_dict(), "load_1m": round(os.getloadavg()[0], 2)}
        errors = f"  ERRORS: {result.errors}" if result.errors else ""
        print(
            f"    {page['name']:<16} {result.requests_per_s:>10.1f} req/s  p50 {fmt_ms(result.p50_ms):>9}"
            f"  p99 {fmt_ms(result.p99_ms):>9}{errors}",
            flush=True,
        )
        time.sleep(1)  # let the sockets of the run close
    return args


def fmt_ms(ms):
    if ms < 1:
        return f"{ms * 1000:.0f}us"
    if ms < 1000:
        return f"{ms:.1f}ms"
    return f"{ms / 1000:.2f}s"


# --- nginx --------------------------------------------------------------------------------------------------


def start_nginx(procs, nginx_path, prefix, http_body, name):
    prefix.mkdir(parents=True)
    for sub in ("temp/body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi", "logs", "cache"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    conf = prefix / "nginx.conf"
    conf.write_text(nginx_config.main_config(prefix, http_body))
    args = [nginx_path, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")]
    check = subprocess.run([*args, "-t"], capture_output=True, text=True)  # noqa: S603
    if check.returncode != 0:
        raise BenchError(f"nginx ({name}) rejects its configuration {conf}:\n{check.stderr}")
    return procs.start(f"nginx ({name})", args, prefix / "nginx.out"), prefix / "error.log"


def warm_nginx(base, pages):
    """Request each page until nginx says HIT (at most 3 times); return {page: X-Cache-Status}."""
    statuses = {}
    for page in pages:
        status = "-"
        for _attempt in range(3):
            code, headers, _body = fetch(base + page["path"])
            if code != 200:
                raise BenchError(f"Through nginx, {page['path']} answered {code}, expected 200.")
            status = headers.get("X-Cache-Status", "-")
            if status == "HIT":
                break
            time.sleep(0.2)
        statuses[page["name"]] = status
    return statuses


# --- the home page's weight ---------------------------------------------------------------------------------


class _Resources(html.parser.HTMLParser):
    """What a browser fetches for a page: stylesheets, icons, preloads, scripts, images, sources."""

    LINK_RELS = {"stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload", "manifest", "mask-icon"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and set((attrs.get("rel") or "").lower().split()) & self.LINK_RELS:
            self.urls.append(attrs.get("href"))
        elif tag in ("script", "img", "source", "video", "audio", "input", "iframe"):
            self.urls.append(attrs.get("src"))
            if tag == "video":
                self.urls.append(attrs.get("poster"))
        for candidate in (attrs.get("srcset") or "").split(","):
            if candidate.strip():
                self.urls.append(candidate.split()[0])


def referenced(html_text):
    parser = _Resources()
    parser.feed(html_text)
    return [u for u in parser.urls if u and not u.startswith(("data:", "#"))]


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


def css_references(css_text):
    return [a or b for a, b in CSS_URL.findall(css_text) if not (a or b).startswith(("data:", "#"))]


def page_weight(base, path):
    """The first visit to `path` through nginx: every byte as sent gzip-compressed, each resource once."""
    origin = urllib.parse.urlsplit(base).netloc
    seen, items, queue = set(), [], [(base + path, "document")]
    while queue:
        url, kind = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        if urllib.parse.urlsplit(url).netloc != origin:
            items.append({"url": url, "kind": kind, "status": "third party: not fetched", "bytes": 0})
            continue
        status, headers, body = fetch(url, headers={"Accept-Encoding": "gzip"})
        encoding = headers.get("Content-Encoding", "")
        items.append(
            {
                "url": urllib.parse.urlsplit(url).path,
                "kind": kind,
                "status": status,
                "content_type": headers.get("Content-Type", ""),
                "encoding": encoding or "identity",
                "bytes": len(body),
            }
        )
        if status != 200:
            continue
        text_body = gzip.decompress(body) if encoding == "gzip" else body
        content_type = headers.get("Content-Type", "")
        if kind == "document":
            refs = [(r, "resource") for r in referenced(text_body.decode("utf-8", "replace"))]
        elif "text/css" in content_type:
            refs = [(r, "from css") for r in css_references(text_body.decode("utf-8", "replace"))]
        else:
            refs = []
        queue += [(urllib.parse.urljoin(url, ref), ref_kind) for ref, ref_kind in refs]
    total = sum(item["bytes"] for item in items)
    return {"path": path, "total_bytes": total, "target_bytes": WEIGHT_TARGET_BYTES, "items": items}


# --- report -------------------------------------------------------------------------------------------------


def verdicts(pages, results):
    rows = []
    for page in pages:
        by_mode = results[page["name"]]
        static = by_mode["static"]["requests_per_s"]
        for mode, target in TARGETS.items():
            ratio = by_mode[mode]["requests_per_s"] / static if static else 0.0
            by_mode[mode]["ratio_to_static"] = ratio
            errors = by_mode[mode]["errors"]
            if mode != "cold" and uncacheable(page["cache_control"]):
                verdict = "EXEMPT"
                note = f"the app sends Cache-Control: {page['cache_control']}; no cache may keep it"
            elif errors:
                verdict, note = "FAIL", f"{errors} errors during the run"
            else:
                verdict = "PASS" if ratio >= target else "FAIL"
                note = ""
                if mode == "nginx" and page.get("nginx_cache_status") != "HIT":
                    note = (
                        f"nginx did not store it (X-Cache-Status {page.get('nginx_cache_status')}; "
                        f"app's Cache-Control: {page['cache_control'] or 'none'})"
                    )
            rows.append(
                {"page": page["name"], "mode": mode, "ratio": ratio, "target": target, "verdict": verdict, "note": note}
            )
    return rows


def report_text(meta, pages, results, rows, weight):
    out = [
        f"Campaign site benchmark, {meta['utc']}  (git {meta['git']})",
        f"app:     {meta['server']['server']}, {meta['server']['workers']} workers x {meta['server']['threads']} "
        f"threads (deploy/serve.py), settings.production, {meta['database']}, demo --scale {meta['scale']}",
        f"cache:   {meta['cache']}",
        f"load:    {meta['wrk']} per page and mode; nginx {meta['nginx_version']} ({meta['nginx_workers']} workers)",
        f"machine: {meta['cpus']} CPUs shared with other work, load average {meta['load_before']} before the run, "
        f"{meta['load_after']} after; "
        "wrk, nginx and the app server share them; 'load' is the 1-minute load average after each measurement",
        "",
        f"{'page':<16} {'path':<34} {'mode':<20} {'req/s':>9} {'p50':>9} {'p99':>9} {'vs static':>10} {'load':>5}",
    ]
    for page in pages:
        for mode in MODES:
            r = results[page["name"]][mode]
            ratio = "" if mode == "static" else f"{r['ratio_to_static']:.4f}"
            out.append(
                f"{page['name']:<16} {page['path'][:34]:<34} {MODE_LABELS[mode]:<20} {r['requests_per_s']:>9.1f} "
                f"{fmt_ms(r['p50_ms']):>9} {fmt_ms(r['p99_ms']):>9} {ratio:>10} {r['load_1m']:>5.2f}"
                + (f"  ({r['errors']} errors)" if r["errors"] else "")
            )
    out += ["", "Targets (share of the static ceiling): cold >= 0.0025, app cache >= 0.10, nginx cache >= 0.80"]
    for row in rows:
        note = f"  {row['note']}" if row["note"] else ""
        out.append(
            f"  {row['verdict']:<6} {row['page']:<16} {MODE_LABELS[row['mode']]:<20} "
            f"{row['ratio']:.4f} >= {row['target']}{note}"
        )
    counted = [r for r in rows if r["verdict"] != "EXEMPT"]
    passed = sum(r["verdict"] == "PASS" for r in counted)
    out.append(f"  {passed} of {len(counted)} pass ({len(rows) - len(counted)} exempt: pages no cache may keep).")
    out += [
        "",
        f"Home page, first visit, gzip as nginx sends it: {weight['total_bytes']:,} bytes "
        f"(target {weight['target_bytes']:,}): {'PASS' if weight['total_bytes'] <= weight['target_bytes'] else 'FAIL'}",
    ]
    for item in weight["items"]:
        out.append(
            f"  {item['bytes']:>8,}  {item['status']}  {item.get('encoding', ''):<8} {item['kind']:<9} {item['url']}"
        )
    return "\n".join(out) + "\n"


def write_results(directory, stamp, data, text):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    json_path, text_path = directory / f"{stamp}.json", directory / f"{stamp}.txt"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    text_path.write_text(text)
    return json_path, text_path


def git_revision():
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)  # noqa: S603, S607
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=REPO, capture_output=True, text=True)  # noqa: S603, S607
        return head.stdout.strip() + (" with uncommitted changes" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


# --- main ---------------------------------------------------------------------------------------------------


def run(procs, tmp):
    nginx_path, wrk_path = find_tool("nginx"), find_tool("wrk")
    missing = [name for name, path in (("nginx", nginx_path), ("wrk", wrk_path)) if not path]
    if missing:
        raise BenchError(
            f"make bench needs {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} "
            f"not installed. {INSTALL_HINT}"
        )
    if not Path("/etc/nginx/mime.types").exists():
        raise BenchError(f"/etc/nginx/mime.types is missing: nginx is not installed completely. {INSTALL_HINT}")

    duration = os.environ.get("BENCH_DURATION", "10s")
    if not re.fullmatch(r"\d+[smh]?", duration):
        raise BenchError(f"BENCH_DURATION={duration!r}: use wrk's form, e.g. 10s or 1m.")
    connections = int(os.environ.get("BENCH_CONNECTIONS", "32"))
    scale = int(os.environ.get("BENCH_SCALE", "20"))
    search_word = os.environ.get("BENCH_SEARCH_WORD", "児童")
    results_dir = Path(os.environ.get("BENCH_RESULTS_DIR", REPO / "bench" / "results"))

    utc = dt.datetime.now(dt.UTC).replace(microsecond=0)
    load_before = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"Benchmark, {utc.isoformat()}; load average {load_before} on {os.cpu_count()} CPUs.")

    DATA.mkdir(parents=True, exist_ok=True)
    database_url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{DATA / f'demo-scale{scale}.sqlite3'}"
    media_root = DATA / ("media-" + hashlib.sha256(database_url.encode()).hexdigest()[:8])
    redis, redis_client = redis_url()
    env = app_environment(database_url, media_root, redis)
    env["SERVER_WORKERS"] = os.environ.get("BENCH_WORKERS", "2")
    if os.environ.get("BENCH_THREADS"):
        env["SERVER_THREADS"] = os.environ["BENCH_THREADS"]
    print(f"  Database: {database_url.split('@')[-1]}; cache: {redis or 'local memory per worker'}")
    prepare_database(env, scale, tmp)

    results = {}

    def flush_cache():
        if redis_client:
            redis_client.flushdb()

    # 1. cold: the app's page cache off.
    flush_cache()
    cold, base, _log = start_app_server(procs, env, tmp, "cold", page_cache=False)
    server = server_description(env)
    print(f"  app server: {server['server']}, {server['workers']} workers x {server['threads']} threads")
    pages = discover_pages(base, search_word)
    for page in pages:
        print(f"  {page['name']:<16} {page['path']}  (Cache-Control: {page['cache_control'] or 'none'})")
    results = {page["name"]: {} for page in pages}
    wrk_args = measure("cold", base, pages, wrk_path, duration, connections, results)
    procs.stop(cold)

    # 2. the app's own page cache, warmed.
    flush_cache()
    app, base, _log = start_app_server(procs, env, tmp, "app", page_cache=True)
    bodies = {}
    for page in pages:
        status, headers, body = fetch(base + page["path"])
        if status != 200:
            raise BenchError(f"With the page cache on, {page['path']} answered {status}, expected 200.")
        bodies[page["name"]] = (body, headers.get("Content-Type", "application/octet-stream"))
    measure("app", base, pages, wrk_path, duration, connections, results)

    # 3. the shipped nginx configuration in front of it.
    port = free_port()
    prefix = tmp / "nginx-cache"
    privacy_log = (REPO / "deploy" / "nginx-privacy-log.conf").read_text()
    site = nginx_config.render_site(
        nginx_config.SHIPPED.read_text(),
        listen=f"127.0.0.1:{port}",
        upstream=base.removeprefix("http://"),
        static_root=REPO / "staticfiles",
        media_root=media_root,
        cache_dir=prefix / "cache",
        access_log=prefix / "logs" / "access.log",
    )
    proxy, proxy_log = start_nginx(procs, nginx_path, prefix, site, "proxy_cache")
    nginx_base = f"http://127.0.0.1:{port}"
    wait_for(nginx_base + "/healthz", proxy, proxy_log, "nginx (proxy_cache)")
    for name, status in warm_nginx(nginx_base, pages).items():
        next(p for p in pages if p["name"] == name)["nginx_cache_status"] = status
    print("  nginx cache after warming: " + ", ".join(f"{p['name']} {p['nginx_cache_status']}" for p in pages))
    measure("nginx", nginx_base, pages, wrk_path, duration, connections, results)
    weight = page_weight(nginx_base, "/ja/")

    # 4. the ceiling: the same bytes as static files.
    docroot = tmp / "static-root"
    docroot.mkdir()
    files = {}
    for index, page in enumerate(pages):
        body, content_type = bodies[page["name"]]
        file = docroot / f"page-{index}"
        file.write_bytes(body)
        files[urllib.parse.urlsplit(page["path"]).path] = (file, content_type)
    port = free_port()
    prefix = tmp / "nginx-static"
    static_site = privacy_log + nginx_config.static_site(f"127.0.0.1:{port}", files, prefix / "logs" / "access.log")
    static, static_log = start_nginx(procs, nginx_path, prefix, static_site, "static")
    static_base = f"http://127.0.0.1:{port}"
    wait_for(static_base + "/ja/", static, static_log, "nginx (static)")
    for page in pages:  # the same bytes?
        _status, _headers, body = fetch(static_base + page["path"])
        if body != bodies[page["name"]][0]:
            raise BenchError(f"The static server does not serve {page['path']} as fetched from the app.")
    measure("static", static_base, pages, wrk_path, duration, connections, results)
    procs.stop_all()

    nginx_version = subprocess.run([nginx_path, "-v"], capture_output=True, text=True).stderr.strip()  # noqa: S603
    meta = {
        "utc": utc.isoformat(),
        "git": git_revision(),
        "server": server,
        "database": "PostgreSQL" if database_url.startswith(("postgres", "pgsql")) else "SQLite",
        "scale": scale,
        "cache": f"Redis {redis}" if redis else "no Redis: local memory per worker",
        "wrk": f"wrk {wrk_args}",
        "duration": duration,
        "connections": connections,
        "nginx_version": nginx_version.split("/")[-1],
        "nginx_workers": os.cpu_count(),
        "cpus": os.cpu_count(),
        "load_before": load_before,
        "load_after": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
    }
    rows = verdicts(pages, results)
    text = report_text(meta, pages, results, rows, weight)
    data = {"meta": meta, "targets": TARGETS, "pages": pages, "results": results, "verdicts": rows, "weight": weight}
    json_path, text_path = write_results(results_dir, utc.strftime("%Y%m%dT%H%M%SZ"), data, text)
    print("\n" + text)
    print(f"Written: {json_path.relative_to(REPO) if json_path.is_relative_to(REPO) else json_path} and .txt")


def main():
    procs = Processes()

    def on_term(signum, frame):
        print("\nbench: terminated; stopping everything it started.", file=sys.stderr)
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, on_term)
    tmp = Path(tempfile.mkdtemp(prefix="campaign-bench-"))
    try:
        run(procs, tmp)
        return 0
    except BenchError as error:
        print(f"\nbench: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nbench: interrupted; stopping everything it started.", file=sys.stderr)
        return 130
    finally:
        procs.stop_all()
        if os.environ.get("BENCH_KEEP_TMP"):
            print(f"Kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
