"""The checkers behind tests/architecture/test_shape.py: plain functions over source text, module namespaces
and import graphs, so that tests/architecture/test_checks.py can show each of them failing on a made-up
example. Every checker returns a list of `Violation`s (file, line, what to do), empty when all is well.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# The apps (top-level packages), as in /work/plan.md; the ones that do not exist yet are skipped.
APP_PACKAGES = (
    "accounts",
    "campaigns",
    "core",
    "demo",
    "figures",
    "governance",
    "guidance",
    "help",
    "home",
    "materials",
    "news",
    "pagecache",
    "sitesearch",
)
# site/ is on sys.path: its modules are imported as `settings`, `urls`, `wsgi`.
SITE_DIR = "site"
SITE_MODULES = ("settings", "urls", "wsgi")
PROJECT_TOP_LEVEL = frozenset(APP_PACKAGES + SITE_MODULES)
# Top-level packages of the repository that are not apps.
NOT_APPS = frozenset({"tests", "bench"})
# Directories whose Python files are not application code.
EXCLUDED_DIRS = frozenset({"migrations", "tests", ".venv", "bench", "__pycache__", "node_modules"})
MAX_LINES = 500
SIGNAL_HANDLERS_MODULE = "signal_handlers"


@dataclass(frozen=True, order=True)
class Violation:
    path: str
    line: int
    message: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.message}"


def report(violations: Iterable[Violation], heading: str) -> str:
    """A failure message: the heading, then one violation per line, sorted by file and line."""
    violations = sorted(set(violations))
    lines = "\n".join(f"  {violation}" for violation in violations)
    return f"{heading} ({len(violations)}):\n{lines}"


def fail_if_any(violations: Iterable[Violation], heading: str) -> None:
    """Fail the current test with the report (no assertion rewriting noise) when there are violations."""
    import pytest

    violations = list(violations)
    if violations:
        pytest.fail(report(violations, heading), pytrace=False)


# Files and modules ----------------------------------------------------------------------------------------


def existing_apps(root: Path = REPO_ROOT) -> list[str]:
    return [app for app in APP_PACKAGES if (root / app / "__init__.py").is_file()]


def application_files(root: Path = REPO_ROOT) -> list[Path]:
    """Every application .py file: the app packages and site/, without migrations, tests, .venv and bench."""
    files = []
    for top in [*existing_apps(root), SITE_DIR]:
        for path in sorted((root / top).rglob("*.py")):
            if not EXCLUDED_DIRS.intersection(path.relative_to(root).parts[:-1]):
                files.append(path)
    return files


def relative(path: Path, root: Path = REPO_ROOT) -> str:
    return str(path.relative_to(root))


def module_name(path: Path, root: Path = REPO_ROOT) -> str:
    """core/models.py -> core.models, core/templatetags/__init__.py -> core.templatetags, site/urls.py -> urls."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[0] == SITE_DIR:
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def is_project_module(name: str) -> bool:
    return name.partition(".")[0] in PROJECT_TOP_LEVEL


# Function-level imports -----------------------------------------------------------------------------------

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_DYNAMIC_IMPORTERS = {"import_module", "__import__", "import_string"}


def _is_app_config(node: ast.ClassDef) -> bool:
    for base in node.bases:
        name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else ""
        if name.endswith("AppConfig"):
            return True
    return False


def _imported_project_modules(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if is_project_module(alias.name)]
    if isinstance(node, ast.ImportFrom):
        if node.level:  # relative: always the project's own
            return ["." * node.level + (node.module or "")]
        if node.module and is_project_module(node.module):
            return [node.module]
        return []
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in _DYNAMIC_IMPORTERS and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and is_project_module(first.value):
                return [first.value]
    return []


def function_level_imports(source: str, path: str) -> list[Violation]:
    """Imports of project modules (the apps, settings, urls, wsgi; relative imports) inside a function,
    a method or a class defined in a function, except inside an AppConfig's ready(). Third-party imports
    in functions are fine. importlib.import_module / __import__ / import_string of a literal project
    module name count as imports too."""
    violations = []

    def visit(node, scope, in_function, in_ready, in_app_config):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, [*scope, child.name], in_function, in_ready, _is_app_config(child))
            elif isinstance(child, _FUNCTIONS):
                name = getattr(child, "name", "<lambda>")
                ready = in_ready or (in_app_config and name == "ready" and not in_function)
                visit(child, [*scope, name], True, ready, False)
            else:
                if in_function and not in_ready and _imported_project_modules(child):
                    statement = ast.unparse(child)
                    violations.append(
                        Violation(
                            path,
                            child.lineno,
                            f"`{statement}` inside {'.'.join(scope)}(): import at the top of the module "
                            "(a cycle that this makes means the code is in the wrong module)",
                        )
                    )
                visit(child, scope, in_function, in_ready, in_app_config)

    visit(ast.parse(source), [], False, False, False)
    return violations


# Long files -----------------------------------------------------------------------------------------------


def long_file(source: str, path: str, limit: int = MAX_LINES) -> list[Violation]:
    """A file over `limit` lines."""
    count = len(source.splitlines())
    if count <= limit:
        return []
    return [
        Violation(
            path,
            limit + 1,
            f"{count} lines, over the {limit}-line limit by {count - limit}: make the module a package "
            "of single-purpose modules (re-exported by its __init__), or move code to where it belongs",
        )
    ]


# Views ----------------------------------------------------------------------------------------------------


def is_views_module(path: Path) -> bool:
    return path.name == "views.py" or path.parent.name == "views"


def _public_top_level_views(tree: ast.Module) -> list[tuple[str, int]]:
    """Top-level functions and classes, and names bound to `SomeView.as_view(...)`, not starting with _."""
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Attribute) and func.attr == "as_view":
                names.extend((target.id, node.lineno) for target in node.targets if isinstance(target, ast.Name))
    return [(name, line) for name, line in names if not name.startswith("_")]


def unrouted_views(source: str, path: str, is_routed: Callable[[str], bool]) -> list[Violation]:
    """Public top-level functions and classes of a views module that no URLconf routes (is_routed(name)
    answers for one name), and a views module that routes nothing at all."""
    views = _public_top_level_views(ast.parse(source))
    violations = [
        Violation(
            path,
            line,
            f"{name} is not routed by any URLconf: move it out (to the models, queries.py, ...), "
            "or prefix it with _ if it is a helper of this module's views",
        )
        for name, line in views
        if not is_routed(name)
    ]
    if not any(is_routed(name) for name, _line in views):
        violations.append(
            Violation(path, 1, "nothing here is routed by any URLconf: this is not a views module; move its code")
        )
    return violations


def routed_callbacks(resolver) -> tuple[set[int], set[tuple[str, str]]]:
    """What the URLconf routes: the ids of the callback objects (and what they wrap) and their
    (module, qualname), including the view classes behind as_view() and their base classes. Error
    handlers (handler400...) and CSRF_FAILURE_VIEW count as routed."""
    from django.conf import settings
    from django.urls import URLResolver
    from django.utils.module_loading import import_string

    ids: set[int] = set()
    names: set[tuple[str, str]] = set()

    def add(callback):
        seen = 0
        while callback is not None and seen < 20:
            seen += 1
            ids.add(id(callback))
            module, qualname = getattr(callback, "__module__", None), getattr(callback, "__qualname__", None)
            if module and qualname:
                names.add((module, qualname))
            for attribute in ("view_class", "cls"):
                view_class = getattr(callback, attribute, None)
                if inspect.isclass(view_class):
                    for klass in view_class.__mro__:
                        ids.add(id(klass))
                        names.add((klass.__module__, klass.__qualname__))
            callback = getattr(callback, "__wrapped__", None) or getattr(callback, "func", None)

    def walk(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns)
            else:
                add(pattern.callback)

    walk(resolver.url_patterns)
    for status in (400, 403, 404, 500):
        add(resolver.resolve_error_handler(status))
    csrf_view = getattr(settings, "CSRF_FAILURE_VIEW", None)
    if isinstance(csrf_view, str):
        add(import_string(csrf_view))
    return ids, names


# Blocks ---------------------------------------------------------------------------------------------------


def is_blocks_module(name: str) -> bool:
    parts = name.split(".")
    return len(parts) >= 2 and parts[1] == "blocks"


def _class_lines(source: str) -> dict[str, int]:
    """qualname -> line of every class statement (top level and nested in classes)."""
    lines = {}

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                lines[prefix + child.name] = child.lineno
                visit(child, prefix + child.name + ".")
            elif not isinstance(child, _FUNCTIONS):
                visit(child, prefix)

    visit(ast.parse(source), "")
    return lines


def misplaced_blocks(module: str, namespace: dict, source: str, path: str) -> list[Violation]:
    """Subclasses of wagtail.blocks.Block defined in `module` (at its top level or nested in a class)
    when the module is not `<app>.blocks` or inside an `<app>/blocks/` package."""
    from wagtail.blocks import Block

    if is_blocks_module(module):
        return []
    lines = _class_lines(source)
    found = {}

    def collect(values):
        for value in values:
            if inspect.isclass(value) and value.__module__ == module and value.__qualname__ not in found:
                found[value.__qualname__] = value
                collect(vars(value).values())

    collect(list(namespace.values()))
    app = module.partition(".")[0]
    return [
        Violation(
            path,
            lines.get(qualname, 1),
            f"block {qualname} is defined in {module}: move it to {app}/blocks.py "
            "(blocks shared by several apps go to core/blocks.py)",
        )
        for qualname, klass in sorted(found.items())
        if issubclass(klass, Block)
    ]


# Signals --------------------------------------------------------------------------------------------------


def _import_origins(tree: ast.Module) -> dict[str, str]:
    """Module-wide name -> the dotted name it was imported as (`post_save` -> django.db.models.signals.post_save)."""
    origins = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                origins[alias.asname or alias.name.partition(".")[0]] = (
                    alias.name if alias.asname else alias.name.partition(".")[0]
                )
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            for alias in node.names:
                origins[alias.asname or alias.name] = f"{base}.{alias.name}"
    return origins


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


# Things with a .connect() that are not signals: a name imported from one of these is not checked.
NOT_SIGNALS = (
    "sqlite3",
    "socket",
    "ssl",
    "asyncio",
    "multiprocessing",
    "smtplib",
    "http.client",
    "psycopg",
    "psycopg2",
    "redis",
    "django.db.connection",
    "django.db.connections",
)


def _is_signal_origin(origin: str | None) -> bool:
    """Whether a name imported as `origin` may be a signal. Anything may be (wagtail.documents.models
    exports document_served), and so may unknown names (local or loop variables, attributes of self),
    except names imported from the modules in NOT_SIGNALS (sqlite3.connect...)."""
    if origin is None:
        return True
    return not any(origin == name or origin.startswith(name + ".") for name in NOT_SIGNALS)


def _is_receiver_decorator(node: ast.AST) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    name = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""
    return name == "receiver"


def signal_wiring(source: str, path: str) -> list[Violation]:
    """@receiver anywhere but a signal_handlers module, and Signal.connect() anywhere but a signal_handlers
    module or an AppConfig.ready() in apps.py."""
    filename = Path(path).name
    if Path(path).stem == SIGNAL_HANDLERS_MODULE:
        return []
    tree = ast.parse(source)
    origins = _import_origins(tree)
    app = Path(path).parts[0]
    handlers = f"{app}/{SIGNAL_HANDLERS_MODULE}.py"
    violations = []

    def visit(node, in_ready, in_app_config, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                for decorator in child.decorator_list:
                    if _is_receiver_decorator(decorator):
                        violations.append(
                            Violation(
                                path,
                                decorator.lineno,
                                f"@receiver on {child.name}: move the handler to {handlers} "
                                f"(imported by {app}/apps.py ready())",
                            )
                        )
            if isinstance(child, ast.ClassDef):
                visit(child, in_ready, _is_app_config(child), in_function)
                continue
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                ready = in_ready or (
                    filename == "apps.py" and in_app_config and child.name == "ready" and not in_function
                )
                visit(child, ready, False, True)
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "connect"
                and _is_signal_origin(origins.get(_root_name(child.func.value)))
                and not in_ready
            ):
                target = ast.unparse(child.func.value)
                violations.append(
                    Violation(
                        path,
                        child.lineno,
                        f"{target}.connect(...): move the handler to {handlers}, connected there or in "
                        f"{app}/apps.py ready()",
                    )
                )
            visit(child, in_ready, in_app_config, in_function)

    visit(tree, False, False, False)
    return violations


def ready_imports_signal_handlers(apps_source: str, apps_path: str) -> list[Violation]:
    """An app with a signal_handlers module must import it (or connect from it) in AppConfig.ready()."""
    tree = ast.parse(apps_source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and _is_app_config(node):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == "ready":
                    for inner in ast.walk(item):
                        if isinstance(inner, ast.ImportFrom) and (
                            (inner.module or "").endswith(SIGNAL_HANDLERS_MODULE)
                            or any(alias.name == SIGNAL_HANDLERS_MODULE for alias in inner.names)
                        ):
                            return []
                        if isinstance(inner, ast.Import) and any(
                            alias.name.endswith("." + SIGNAL_HANDLERS_MODULE) for alias in inner.names
                        ):
                            return []
    app = Path(apps_path).parts[0]
    return [
        Violation(
            apps_path,
            1,
            f"{app}/{SIGNAL_HANDLERS_MODULE}.py is never imported by AppConfig.ready(): import it there "
            "(and connect its handlers), or its handlers never run",
        )
    ]


# Import cycles --------------------------------------------------------------------------------------------


def import_cycles(graph, modules: Iterable[str] | None = None) -> list[list[str]]:
    """The strongly connected components (two or more modules importing each other, directly or not) of
    a grimp import graph, restricted to `modules` (default: all of the graph's modules)."""
    nodes = sorted(graph.modules if modules is None else modules)
    node_set = set(nodes)
    edges = {node: sorted(graph.find_modules_directly_imported_by(node) & node_set) for node in nodes}
    index, low, on_stack, stack, components = {}, {}, set(), [], []
    counter = [0]

    def strongconnect(node):  # Tarjan's algorithm, iterative enough for a project's few hundred modules
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                strongconnect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in edges[node]:
                components.append(sorted(component))

    for node in nodes:
        if node not in index:
            strongconnect(node)
    return sorted(components)


def cycle_violations(graph, components: list[list[str]], path_of: Callable[[str], str]) -> list[Violation]:
    """Every import inside each cycle (numbered as in `components`), one violation per import line:
    removing enough of them breaks the cycle."""
    violations = []
    for number, component in enumerate(components, start=1):
        members = set(component)
        for importer in component:
            for imported in sorted(graph.find_modules_directly_imported_by(importer) & members):
                details = graph.get_import_details(importer=importer, imported=imported) or [{"line_number": 1}]
                for detail in details:
                    violations.append(
                        Violation(
                            path_of(importer),
                            detail["line_number"] or 1,
                            f"{importer} imports {imported} (cycle {number}): move shared code down so that "
                            "imports go one way",
                        )
                    )
    return violations
