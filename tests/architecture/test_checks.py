"""The architecture checkers fail when they should: each is run on small made-up sources and graphs.

Without these, a checker with a bug would pass on any tree; test_shape.py runs them on the real one.
"""

import textwrap

import grimp
import pytest

from tests.architecture import checks
from tests.architecture.contracts import PublicModulesContract, find_private_imports


def source(text):
    return textwrap.dedent(text).lstrip()


# Function-level imports -----------------------------------------------------------------------------------


def function_imports(text, path="news/models.py"):
    return [(v.line, v.message.split("`")[1]) for v in checks.function_level_imports(source(text), path)]


def test_a_function_level_import_of_a_project_module_is_reported():
    found = function_imports(
        """
        def f():
            from core.models import BasePage
            import materials.views
            return BasePage
        """
    )
    assert found == [(2, "from core.models import BasePage"), (3, "import materials.views")]


def test_method_level_relative_and_nested_class_imports_are_reported():
    found = function_imports(
        """
        class Page:
            def get_context(self):
                from . import views
                class Inner:
                    from settings import base
                return views
        """
    )
    assert found == [(3, "from . import views"), (5, "from settings import base")]


def test_imports_in_ready_and_at_module_level_are_not_reported():
    found = function_imports(
        """
        from django.apps import AppConfig
        from core.models import BasePage

        if True:
            from news import feeds

        class NewsConfig(AppConfig):
            def ready(self):
                from news import signal_handlers
                def later():
                    from news import models
        """,
        path="news/apps.py",
    )
    assert found == []


def test_ready_outside_an_app_config_is_not_exempt():
    found = function_imports(
        """
        class Thing:
            def ready(self):
                from core import chrome
        """
    )
    assert found == [(3, "from core import chrome")]


def test_third_party_and_standard_library_imports_in_functions_are_not_reported():
    found = function_imports(
        """
        def f():
            import json
            from django.conf import settings
            from wagtail.models import Page
            import coreapi  # a third-party name that merely starts like an app
            return json, settings, Page, coreapi
        """
    )
    assert found == []


def test_dynamic_imports_of_literal_project_modules_are_reported():
    found = function_imports(
        """
        import importlib
        def f(name):
            importlib.import_module("help.views")
            importlib.import_module(name)
            __import__("json")
        """
    )
    assert found == [(3, "importlib.import_module('help.views')")]


# Long files -----------------------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_reported_and_one_at_the_limit_is_not():
    assert checks.long_file("x = 1\n" * 500, "a.py") == []
    [violation] = checks.long_file("x = 1\n" * 501, "a.py")
    assert violation.path == "a.py" and "501 lines" in violation.message


# Views ----------------------------------------------------------------------------------------------------

VIEWS = """
from django.views import View

def search(request):
    pass

def _helper():
    pass

def context_builder(page):
    pass

class SearchView(View):
    pass

feed = SearchView.as_view()
CONSTANT = 3
"""


def test_unrouted_public_views_are_reported_and_helpers_are_not():
    routed = {"search", "feed"}
    found = checks.unrouted_views(source(VIEWS), "news/views.py", routed.__contains__)
    assert [(v.line, v.message.split()[0]) for v in found] == [(9, "context_builder"), (12, "SearchView")]


def test_a_views_module_that_routes_nothing_is_reported():
    found = checks.unrouted_views(source(VIEWS), "news/views.py", lambda name: False)
    assert any(v.line == 1 and "nothing here is routed" in v.message for v in found)


def test_routed_callbacks_follow_includes_wrappers_and_view_classes():
    import functools

    from django.urls import include, path
    from django.urls.resolvers import RegexPattern, URLResolver
    from django.views import View

    class Base(View):
        pass

    class Page(Base):
        pass

    def view(request):
        pass

    @functools.wraps(view)
    def wrapped(request):
        return view(request)

    inner = [path("a/", wrapped), path("b/", Page.as_view())]

    class Urls:
        urlpatterns = [path("x/", include(inner))]
        handler500 = view

    resolver = URLResolver(RegexPattern(r"^/"), Urls)
    ids, names = checks.routed_callbacks(resolver)
    assert id(view) in ids and id(Page) in ids and id(Base) in ids
    assert (view.__module__, view.__qualname__) in names


# Blocks ---------------------------------------------------------------------------------------------------

BLOCKS_SOURCE = """
from wagtail import blocks

class CardBlock(blocks.StructBlock):
    title = blocks.CharBlock()

class ThinCard(CardBlock):
    pass

class NotABlock:
    class NestedBlock(blocks.StreamBlock):
        pass

body = blocks.StreamBlock([("card", CardBlock())])
"""


def run_module(name, text):
    namespace = {"__name__": name}
    exec(compile(source(text), f"{name}.py", "exec"), namespace)  # noqa: S102 - our own test source
    return namespace


def test_blocks_outside_blocks_modules_are_reported_with_their_lines():
    namespace = run_module("help.models", BLOCKS_SOURCE)
    found = checks.misplaced_blocks("help.models", namespace, source(BLOCKS_SOURCE), "help/models.py")
    assert [(v.line, v.message.split()[1]) for v in found] == [
        (3, "CardBlock"),
        (10, "NotABlock.NestedBlock"),
        (6, "ThinCard"),
    ]
    assert "help/blocks.py" in found[0].message


@pytest.mark.parametrize("module", ["help.blocks", "core.blocks", "figures.blocks.tables"])
def test_blocks_in_blocks_modules_are_not_reported(module):
    namespace = run_module(module, BLOCKS_SOURCE)
    assert checks.misplaced_blocks(module, namespace, source(BLOCKS_SOURCE), "x.py") == []


def test_imported_blocks_are_not_reported_where_they_are_imported():
    namespace = run_module("help.blocks", BLOCKS_SOURCE)
    models = {"__name__": "help.models", **{k: v for k, v in namespace.items() if k != "__name__"}}
    assert checks.misplaced_blocks("help.models", models, "from help.blocks import *\n", "help/models.py") == []


# Signals --------------------------------------------------------------------------------------------------


def signals(text, path):
    return [(v.line, v.message.split()[0].rstrip(":")) for v in checks.signal_wiring(source(text), path)]


def test_receivers_and_connects_outside_signal_handlers_are_reported():
    found = signals(
        """
        from django.db.models.signals import post_save
        from django.dispatch import receiver
        from wagtail.documents.models import document_served

        @receiver(post_save)
        def on_save(sender, **kwargs):
            pass

        def register():
            document_served.connect(on_save)
            for signal in (post_save,):
                signal.connect(on_save)
        """,
        "materials/signals.py",
    )
    assert found == [(5, "@receiver"), (10, "document_served.connect(...)"), (12, "signal.connect(...)")]


def test_connect_in_ready_and_anything_in_signal_handlers_is_not_reported():
    ready = """
        from django.apps import AppConfig
        from django.db.models.signals import post_save

        class MaterialsConfig(AppConfig):
            def ready(self):
                from materials import signal_handlers
                post_save.connect(signal_handlers.on_save)
        """
    assert signals(ready, "materials/apps.py") == []
    # The same connect in a ready() outside apps.py is not exempt.
    assert signals(ready, "materials/models.py") == [(7, "post_save.connect(...)")]
    handlers = """
        from django.dispatch import receiver
        from django.db.models.signals import post_save

        @receiver(post_save)
        def on_save(sender, **kwargs):
            pass

        def connect():
            post_save.connect(on_save)
        """
    assert signals(handlers, "materials/signal_handlers.py") == []


def test_connect_on_things_that_are_not_signals_is_not_reported():
    found = signals(
        """
        import sqlite3
        from django.db import connection

        def backup(path):
            sqlite3.connect(path)
            connection.connect()
        """,
        "core/management/commands/backup.py",
    )
    assert found == []


def test_an_app_whose_ready_never_imports_its_signal_handlers_is_reported():
    without = source(
        """
        from django.apps import AppConfig

        class HelpConfig(AppConfig):
            name = "help"
        """
    )
    assert [v.path for v in checks.ready_imports_signal_handlers(without, "help/apps.py")] == ["help/apps.py"]
    for statement in (
        "from help import signal_handlers",
        "import help.signal_handlers",
        "from . import signal_handlers",
    ):
        with_it = without + f"\n    def ready(self):\n        {statement}  # noqa: F401\n"
        assert checks.ready_imports_signal_handlers(with_it, "help/apps.py") == [], statement


# Import cycles and the public-modules contract ------------------------------------------------------------


def graph_of(*imports):
    graph = grimp.ImportGraph()
    for importer, imported, line in imports:
        for module in (importer, imported):
            parts = module.split(".")
            for end in range(1, len(parts) + 1):  # the packages too, as a real graph has them
                graph.add_module(".".join(parts[:end]))
        graph.add_import(importer=importer, imported=imported, line_number=line, line_contents=f"import {imported}")
    return graph


def test_import_cycles_are_found_with_every_import_in_them():
    graph = graph_of(
        ("shop.models", "shop.views", 10),
        ("shop.views", "shop.models", 3),
        ("shop.views", "shop.forms", 4),  # not in the cycle
        ("shop", "shop.models", 1),
        ("shop.models", "shop", 2),  # a package and its own submodule
    )
    components = checks.import_cycles(graph)
    assert components == [["shop", "shop.models", "shop.views"]]
    violations = checks.cycle_violations(graph, components, lambda module: module.replace(".", "/") + ".py")
    assert sorted((v.path, v.line) for v in violations) == [
        ("shop.py", 1),
        ("shop/models.py", 2),
        ("shop/models.py", 10),
        ("shop/views.py", 3),
    ]


def test_an_acyclic_graph_has_no_cycles():
    assert checks.import_cycles(graph_of(("a.x", "a.y", 1), ("a.y", "a.z", 1))) == []


def test_the_public_modules_contract_allows_only_models_across_apps():
    graph = graph_of(
        ("home.models", "news.models", 1),  # allowed
        ("home.models", "campaigns.views", 2),  # not
        ("home.models", "campaigns.models.pages", 3),  # not: import it from campaigns.models
        ("home.models", "home.blocks", 4),  # its own app: allowed
        ("home.models", "core.models", 5),  # core is not in the contract's apps
    )
    found = [
        (v["imported"], v["line_number"])
        for v in find_private_imports(graph, ["home", "news", "campaigns"], ["models"])
    ]
    assert found == [("campaigns.views", 2), ("campaigns.models.pages", 3)]
    relaxed = find_private_imports(graph, ["home", "news", "campaigns"], ["models"], include_submodules=True)
    assert [v["imported"] for v in relaxed] == ["campaigns.views"]


def test_the_public_modules_contract_is_broken_by_a_private_import():
    graph = graph_of(("home.models", "campaigns.views", 2), ("home.models", "campaigns.models", 1))
    contract = PublicModulesContract(
        name="test",
        session_options={"root_packages": ["home", "campaigns"]},
        contract_options={"apps": ["home", "campaigns"], "public": ["models"]},
    )
    check = contract.check(graph, verbose=False)
    assert not check.kept
    assert [v["imported"] for v in check.metadata["violations"]] == ["campaigns.views"]
    kept = PublicModulesContract(
        name="test",
        session_options={"root_packages": ["home", "campaigns"]},
        contract_options={"apps": ["home", "campaigns"], "public": ["models", "views"]},
    ).check(graph, verbose=False)
    assert kept.kept
