"""A custom import-linter contract: apps may use each other only through declared public modules.

Registered in `.importlinter` (`contract_types`). The built-in contracts cannot say "anything of the
other app except its models": `protected` and `forbidden` take module lists without exceptions.
"""

import importlib.util
from pathlib import Path

import grimp
from importlinter import Contract, ContractCheck, fields, output
from importlinter.application import contract_utils


class PublicModulesContract(Contract):
    """Each listed app may import, from any other listed app, only that app's public modules.

    Options:
        apps:               the top-level packages the rule is about (importers and imported).
        public:             module names relative to each app, e.g. `models`: `<app>.models` is public.
        include_submodules: whether `<app>.models.pages` counts as public too (default: no; import what
                            a package offers from its `__init__`).
        ignore_imports, unmatched_ignore_imports_alerting, broken_contract_guidance: as for the built-ins.
    """

    type_name = "public_modules"

    apps = fields.ListField(subfield=fields.StringField())
    public = fields.ListField(subfield=fields.StringField())
    include_submodules = fields.BooleanField(required=False, default=False)
    ignore_imports = fields.SetField(subfield=fields.ImportExpressionField(), required=False)
    unmatched_ignore_imports_alerting = fields.EnumField(
        contract_utils.AlertLevel, default=contract_utils.AlertLevel.ERROR
    )
    broken_contract_guidance = fields.TextField(required=False)

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        import_removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph,
            ignore_imports=self.ignore_imports,
            unmatched_alerting=self.unmatched_ignore_imports_alerting,
        )
        apps = list(self.apps)
        missing = [app for app in apps if app not in graph.modules]
        if missing:
            raise ValueError(f"public_modules contract: app(s) not in the graph: {', '.join(missing)}.")
        violations = find_private_imports(graph, apps, self.public, include_submodules=self.include_submodules)
        return ContractCheck(
            kept=not violations,
            warnings=list(import_removal.warnings),
            ignored_import_count=import_removal.ignored_import_count,
            metadata={"violations": violations, "public": list(self.public)},
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        public = check.metadata["public"]
        for violation in check.metadata["violations"]:
            output.print_error(format_violation(violation, public), bold=False)
        output.new_line()
        output.print_error(f"{len(check.metadata['violations'])} import(s) to change.", bold=False)
        output.new_line()
        contract_utils.render_broken_contract_guidance(self.broken_contract_guidance)


def top_level(module: str) -> str:
    return module.partition(".")[0]


def is_public(module: str, public: list[str], *, include_submodules: bool) -> bool:
    app = top_level(module)
    for name in public:
        public_module = f"{app}.{name}"
        if module == public_module or (include_submodules and module.startswith(public_module + ".")):
            return True
    return False


def find_private_imports(graph: grimp.ImportGraph, apps: list[str], public: list[str], *, include_submodules=False):
    """Every direct import from one listed app of a non-public module of another, one dict per line."""
    app_set = set(apps)
    violations = []
    for importer in sorted(graph.modules):
        importer_app = top_level(importer)
        if importer_app not in app_set:
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            imported_app = top_level(imported)
            if imported_app not in app_set or imported_app == importer_app:
                continue
            if is_public(imported, public, include_submodules=include_submodules):
                continue
            details = graph.get_import_details(importer=importer, imported=imported) or [
                {"line_number": None, "line_contents": ""}
            ]
            for detail in details:
                violations.append(
                    {
                        "importer": importer,
                        "imported": imported,
                        "path": module_path(importer),
                        "line_number": detail["line_number"],
                        "line_contents": detail["line_contents"],
                    }
                )
    violations.sort(key=lambda v: (v["path"], v["line_number"] or 0, v["imported"]))
    return violations


def format_violation(violation: dict, public: list[str]) -> str:
    app = top_level(violation["imported"])
    where = f"{violation['path']}:{violation['line_number']}" if violation["line_number"] else violation["path"]
    allowed = " or ".join(f"{app}.{name}" for name in public)
    code = f" `{violation['line_contents'].strip()}`" if violation["line_contents"] else ""
    return (
        f"- {where}: {violation['importer']} imports {violation['imported']}{code}: "
        f"use only {allowed} (make {allowed} offer what is needed, or move the code to {violation['importer'].split('.')[0]})"
    )


def module_path(module: str) -> str:
    """The module's file relative to the current directory, without importing it."""
    try:
        spec = importlib.util.find_spec(top_level(module))
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        return module.replace(".", "/") + ".py"
    root = Path(next(iter(spec.submodule_search_locations)))
    parts = module.split(".")[1:]
    candidate = root.joinpath(*parts)
    path = candidate / "__init__.py" if candidate.is_dir() else candidate.with_suffix(".py")
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
