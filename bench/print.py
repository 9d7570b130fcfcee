"""`make bench-print`: how long a printable material takes to render, and how much memory it takes, against
the targets of issue #19 (a two-page leaflet and a personalised letter in at most 2 seconds each; under
300 MB per render). Not a test: the numbers depend on the machine.

Each case runs in a process of its own, on the demo site of `make demo` (the development database):

- **first**: the first render in a fresh process (fonts, BudouX's model and the templates load);
- **warm**: the median of five more renders in that process, as an app server that has made one before;
- **peak memory**: the process's peak resident memory (ru_maxrss) over the renders, and how much the renders
  added to what the process held before the first one.

Results are printed and written to bench/results/print-<time>.txt.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 2.0
TARGET_MB = 300
RUNS = 5

CASES = {
    "two-page leaflet": {"layout": "leaflet", "pages": 2, "personal": None},
    "personalised letter": {
        "layout": "letter",
        "pages": None,
        "personal": {"school": "さくら小学校PTA", "contact": "担任 山田 内線123", "meeting_place": "体育館"},
    },
}


def measure(name):
    """Run in the child process: render the case RUNS + 1 times, print one JSON line."""
    import resource

    import django

    django.setup()
    from materials import printing
    from materials.models import MaterialPage

    case = CASES[name]
    candidates = MaterialPage.objects.live().filter(layout=case["layout"], locale__language_code="ja")
    page = None
    for candidate in candidates:
        current = candidate.print_editions.filter(current=True).select_related("document").first()
        if case["pages"] is None or (current and current.document.page_count == case["pages"]):
            page = candidate
            break
    if page is None:
        print(json.dumps({"error": f"no live {case['layout']} with {case['pages']} pages: run `make demo`"}))
        return
    personal = None
    if case["personal"]:
        from materials.personalise import PersonaliseForm

        form = PersonaliseForm(case["personal"])
        assert form.is_valid(), form.errors
        personal = form.personal()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times = []
    pages = 0
    for _ in range(RUNS + 1):
        started = time.perf_counter()
        pdf = printing.render(page.print_source(personal))
        times.append(time.perf_counter() - started)
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ") or pages
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "page": page.slug,
                "first": times[0],
                "warm": statistics.median(times[1:]),
                "peak_mb": peak,
                "added_mb": peak - before,
                "bytes": len(pdf),
            }
        )
    )


def main():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "settings.dev")}
    env["PYTHONPATH"] = f"{ROOT}:{ROOT / 'site'}"
    lines = [f"Printable materials benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC", ""]
    lines.append(f"{'case':<22} {'page':<42} {'first':>7} {'warm':>7} {'peak MB':>8} {'added':>7}  verdict")
    failed = False
    for name in CASES:
        result = subprocess.run(  # noqa: S603 - this same script
            [sys.executable, __file__, "--case", name], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        output = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode or not output:
            print(result.stdout + result.stderr)
            raise SystemExit(f"The {name} case failed.")
        data = json.loads(output[-1])
        if "error" in data:
            raise SystemExit(data["error"])
        ok = data["warm"] <= TARGET_SECONDS and data["peak_mb"] < TARGET_MB
        failed |= not ok
        lines.append(
            f"{name:<22} {data['page']:<42} {data['first']:>6.2f}s {data['warm']:>6.2f}s {data['peak_mb']:>8.0f} "
            f"{data['added_mb']:>6.0f}  {'PASS' if ok else 'FAIL'}"
        )
    lines += [
        "",
        f"Targets: a warm render in at most {TARGET_SECONDS:.0f} s; peak memory under {TARGET_MB} MB per process.",
        "first: the first render in a fresh process (fonts and models load); warm: the median of the next five.",
    ]
    text = "\n".join(lines)
    print(text)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / f"print-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.txt").write_text(text + "\n")
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    if "--case" in sys.argv:
        measure(sys.argv[sys.argv.index("--case") + 1])
    else:
        main()
