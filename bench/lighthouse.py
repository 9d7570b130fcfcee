"""`make lighthouse`: Lighthouse (mobile) on the home, help and materials pages in both languages.

Starts the app server as `make serve` does (deploy/serve.py, production settings, the local database) on a
free port, or uses LIGHTHOUSE_BASE (e.g. http://127.0.0.1:8000 while `make serve` runs), and runs
Lighthouse 13 (pinned in bench/lighthouse/package.json, installed there with `npm ci` on first use) in
/usr/bin/chromium with its default mobile emulation and simulated slow 4G. Prints the four category scores
and every audit that is not passed, writes bench/results/lighthouse-<UTC time>.txt, and exits 1 when a
score is below 100. Performance scores move by a point or two on a busy machine; run it on a quiet one.

Environment: LIGHTHOUSE_BASE, LIGHTHOUSE_PAGES (space-separated paths), CHROME_PATH (/usr/bin/chromium),
BENCH_RESULTS_DIR (bench/results).
"""

import datetime as dt
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "bench" / "lighthouse"
PAGES = ["/ja/", "/en/", "/ja/help/", "/en/help/", "/ja/materials/", "/en/materials/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def fail(message):
    print(f"make lighthouse: {message}", file=sys.stderr)
    raise SystemExit(2)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, process, log):
    for _ in range(120):
        if process.poll() is not None:
            fail(f"the app server exited:\n{Path(log).read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own local server
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    fail(f"the app server did not answer {url} within a minute")


def start_server(tmp):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("SERVER_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "SERVER_BIND": f"127.0.0.1:{port}",
            "SERVER_WORKERS": "2",
        }
    )
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"], cwd=REPO, env=env, check=True
    )
    log = tmp / "server.log"
    with open(log, "w") as out:
        process = subprocess.Popen(  # noqa: S603 - our own server
            [sys.executable, "deploy/serve.py"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://localhost:{port}"  # Lighthouse treats localhost as a secure origin
    wait_for(base + "/healthz", process, log)
    return process, base


def lighthouse_binary():
    binary = HERE / "node_modules" / ".bin" / "lighthouse"
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if npm is None:
        fail("needs Node.js and npm (apt-get install nodejs npm), to install Lighthouse into bench/lighthouse/")
    print("Installing Lighthouse into bench/lighthouse/node_modules (npm ci, once) ...", flush=True)
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True)  # noqa: S603
    return binary


def audit(binary, url, chrome, out, attempts=2):
    """Scores and the audits not passed. Lighthouse's own trace errors (NO_NAVSTART and the like, which it
    says to answer by running again) get one more try."""
    for attempt in range(attempts):
        result = run_lighthouse(binary, url, chrome, out)
        if result.returncode == 0 or "Please run Lighthouse again" not in result.stderr or attempt == attempts - 1:
            break
    if result.returncode != 0:
        fail(f"Lighthouse failed on {url}:\n{result.stderr[-3000:]}")
    report = json.loads(Path(out).read_text())
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    notes = []
    for item in report["audits"].values():
        score = item.get("score")
        if score is not None and score < 1 and item.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings"):
            notes.append(f"{item['id']} {score:.2f} {item.get('displayValue', '')}".rstrip())
    return scores, notes


def run_lighthouse(binary, url, chrome, out):
    return subprocess.run(  # noqa: S603 - the pinned Lighthouse on our own local server
        [
            str(binary),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox",
        ],
        env={**os.environ, "CHROME_PATH": chrome},
        capture_output=True,
        text=True,
        timeout=300,
    )


def main():
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not Path(chrome).exists():
        fail(f"needs Chromium at {chrome} (apt-get install chromium) or CHROME_PATH")
    binary = lighthouse_binary()
    pages = os.environ.get("LIGHTHOUSE_PAGES", "").split() or PAGES
    lines = [f"Lighthouse (mobile), {dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()}"]
    below = []
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        tmp = Path(tmp)
        process, base = None, os.environ.get("LIGHTHOUSE_BASE", "").rstrip("/")
        if not base:
            process, base = start_server(tmp)
        try:
            lines.append(f"site: {base}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
            lines.append(f"{'page':<18}" + "".join(f"{name:>16}" for name in CATEGORIES))
            print("\n".join(lines), flush=True)
            for path in pages:
                scores, notes = audit(binary, base + path, chrome, tmp / "report.json")
                row = f"{path:<18}" + "".join(f"{scores[name]:>16}" for name in CATEGORIES)
                detail = [f"    {note}" for note in notes]
                print("\n".join([row, *detail]), flush=True)
                lines += [row, *detail]
                below += [f"{path} {name} {score}" for name, score in scores.items() if score < 100]
        finally:
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
    verdict = "All 100." if not below else "Below 100: " + "; ".join(below)
    lines.append(verdict)
    print(verdict)
    results = Path(os.environ.get("BENCH_RESULTS_DIR", REPO / "bench" / "results"))
    results.mkdir(parents=True, exist_ok=True)
    name = f"lighthouse-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}.txt"
    (results / name).write_text("\n".join(lines) + "\n")
    print(f"Written to {results / name}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
