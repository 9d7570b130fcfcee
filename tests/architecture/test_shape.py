"""One shape for every app (issue 15, /work/plan.md): the rules, checked over the application code.

Application code: every .py file under the app packages and site/, without migrations/, tests/, .venv and
bench/ (tests/architecture/checks.py, `application_files`). No database is needed. Each failure lists
every offender as `file:line: what to do`.
"""

import configparser
import importlib
import os
import subprocess
import sys

import pytest

from tests.architecture import checks
from tests.architecture.checks import REPO_ROOT, Violation, fail_if_any, report


def _sources():
    return [(path, checks.relative(path), path.read_text(encoding="utf-8")) for path in checks.application_files()]


def test_there_is_application_code_to_check():
    """The checks below pass vacuously if the file walk finds nothing: make sure it finds the apps."""
    found = {checks.relative(path) for path in checks.application_files()}
    assert {"core/models.py", "news/models.py", "site/urls.py"} <= found
    assert not any("/migrations/" in path or path.startswith("tests/") for path in found)


def test_no_function_level_imports_of_project_modules():
    """Project modules (the apps, settings, urls, wsgi) are imported at the top of a module, never inside a
    function or method, except in AppConfig.ready() (and in migrations): a function-level import hides an
    import cycle or a dependency on a higher layer that import-linter would otherwise refuse."""
    violations = [v for _path, name, source in _sources() for v in checks.function_level_imports(source, name)]
    fail_if_any(violations, "Function-level imports of project modules")


def test_no_application_file_is_longer_than_500_lines():
    """No application Python file (outside migrations and tests) is longer than 500 lines: a module that
    grows past about 400 becomes a package of single-purpose modules (ONS `cms/core/models/`)."""
    violations = [v for _path, name, source in _sources() for v in checks.long_file(source, name)]
    fail_if_any(violations, "Files longer than 500 lines")


def test_views_modules_hold_only_routed_views():
    """A views.py holds only Django views that a URLconf routes (helpers prefixed with _ are fine): context
    builders and queries live on the models or in queries.py, so that other apps never import views."""
    from django.urls import get_resolver

    routed_ids, routed_names = checks.routed_callbacks(get_resolver())
    violations = []
    for path, name, source in _sources():
        if not checks.is_views_module(path):
            continue
        module_name = checks.module_name(path)
        module = importlib.import_module(module_name)

        def is_routed(attribute, module=module, module_name=module_name):
            value = getattr(module, attribute, None)
            return id(value) in routed_ids or (module_name, attribute) in routed_names

        violations.extend(checks.unrouted_views(source, name, is_routed))
    fail_if_any(violations, "Unrouted code in views modules")


def test_blocks_live_in_blocks_modules():
    """StreamField blocks (subclasses of wagtail.blocks.Block) are defined in the app's blocks.py (or a
    blocks/ package); the ones several apps share are in core/blocks.py. One place to look for an app's
    blocks, and models that only assemble them."""
    violations = []
    for path, name, source in _sources():
        module_name = checks.module_name(path)
        if path.is_relative_to(REPO_ROOT / checks.SITE_DIR):
            continue  # settings, urls and wsgi define no blocks, and wsgi starts an application when imported
        module = importlib.import_module(module_name)
        violations.extend(checks.misplaced_blocks(module_name, vars(module), source, name))
    fail_if_any(violations, "Blocks outside blocks modules")


def test_signal_handlers_live_in_signal_handlers_modules():
    """Signal handlers live in `<app>/signal_handlers.py` and are connected in the app's AppConfig.ready()
    (with @receiver in signal_handlers.py, imported by ready(), or .connect() there or in ready()): one
    place per app to find what reacts to a save or a publish, and nothing connected as a side effect of
    importing some other module."""
    violations = [v for _path, name, source in _sources() for v in checks.signal_wiring(source, name)]
    for app in checks.existing_apps():
        if (REPO_ROOT / app / f"{checks.SIGNAL_HANDLERS_MODULE}.py").is_file():
            apps_py = REPO_ROOT / app / "apps.py"
            if not apps_py.is_file():
                violations.append(Violation(f"{app}/apps.py", 1, "missing: connect signal_handlers in ready()"))
            else:
                violations.extend(
                    checks.ready_imports_signal_handlers(apps_py.read_text(encoding="utf-8"), checks.relative(apps_py))
                )
    fail_if_any(violations, "Signal wiring outside signal_handlers.py and ready()")


def test_no_import_cycles_between_modules():
    """No two project modules import each other, directly or through others (function-level imports
    included): a cycle means two modules are one, or that shared code sits in the wrong one. This is the
    module-level companion of the acyclic contract in .importlinter, and lists every import in every
    cycle, including the ones between a package and its own submodules."""
    import grimp

    graph = grimp.build_graph(*checks.existing_apps(), cache_dir=None)
    components = checks.import_cycles(graph)

    def path_of(module):
        candidate = REPO_ROOT.joinpath(*module.split("."))
        return checks.relative(candidate / "__init__.py" if candidate.is_dir() else candidate.with_suffix(".py"))

    violations = checks.cycle_violations(graph, components, path_of)
    if components:
        cycles = "\n".join(f"  {n}. {' <-> '.join(c)}" for n, c in enumerate(components, start=1))
        pytest.fail(
            f"Import cycles ({len(components)}):\n{cycles}\n" + report(violations, "Imports inside those cycles"),
            pytrace=False,
        )


def _importlinter_config():
    config = configparser.ConfigParser()
    config.read(REPO_ROOT / ".importlinter", encoding="utf-8")
    return config


def _lines(value):
    return [line.strip() for line in value.strip().splitlines() if line.strip()]


def test_import_linter_contracts_name_every_app():
    """.importlinter covers every app on disk: each is a root package, in a layer, and in the acyclic and
    site-modules contracts; an app missing from them would be checked by nothing. Apps not on disk yet
    (accounts, pagecache) must be optional layers, written `(app)`, until they exist."""
    config = _importlinter_config()
    on_disk = set(checks.existing_apps())
    top_level_packages = {
        path.parent.name for path in REPO_ROOT.glob("*/__init__.py") if path.parent.name not in checks.NOT_APPS
    }
    problems = [
        f"{package}/ is a top-level package but not an app in checks.APP_PACKAGES: add it there and to .importlinter"
        for package in sorted(top_level_packages - set(checks.APP_PACKAGES))
    ]
    root_packages = set(_lines(config["importlinter"]["root_packages"]))
    problems += [f"root_packages lacks {app}" for app in sorted(on_disk - root_packages)]
    problems += [f"root_packages lists {app}, which is not an app on disk" for app in sorted(root_packages - on_disk)]

    layered = {}
    for line in _lines(config["importlinter:contract:layers"]["layers"]):
        for item in line.replace(":", "|").split("|"):
            item = item.strip()
            optional = item.startswith("(") and item.endswith(")")
            layered[item.strip("()")] = optional
    for app in checks.APP_PACKAGES:
        if app not in layered:
            problems.append(f"the layers contract lacks {app}")
        elif app in on_disk and layered[app]:
            problems.append(f"the layers contract marks {app} optional, but it exists: write {app}, not ({app})")
        elif app not in on_disk and not layered[app]:
            problems.append(f"the layers contract needs {app}, which does not exist yet: write ({app})")
    for contract, option in (("acyclic", "ancestors"), ("site-modules", "source_modules")):
        listed = set(_lines(config[f"importlinter:contract:{contract}"][option]))
        problems += [f"the {contract} contract's {option} lacks {app}" for app in sorted(on_disk - listed)]
    if problems:
        pytest.fail(".importlinter does not cover the apps:\n" + "\n".join(f"  {p}" for p in problems), pytrace=False)


def test_import_linter_contracts_are_kept():
    """`lint-imports` (the contracts in .importlinter: layers, content apps through their models, no cycles,
    no imports of site/) passes, so that pytest alone enforces the architecture too; the failure is its report."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
            "--no-logo",
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0 and "Contracts:" not in result.stdout:
        pytest.fail(f"lint-imports could not run:\n{result.stdout}\n{result.stderr}")
    if result.returncode != 0:
        pytest.fail(f"lint-imports: contracts broken\n{result.stdout}", pytrace=False)
