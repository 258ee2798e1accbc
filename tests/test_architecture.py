"""The floor plan (docs/architecture.md) as tests: which app may depend on which.

Arrows come from tests/support/import_graph.py, which reads the source without importing it:
every import (function-local ones too) and every string that names another app. No database.
"""

import textwrap

import pytest

from tests.support.import_graph import (
    FOUNDATION,
    PROJECT,
    SERVICES,
    Package,
    layer_of,
    tag_libraries,
    template_uses,
    templates,
)

# Features that may build on another feature, e.g. {"syndication": {"news"}}. Keep it short:
# a feature that many others need is a service.
ALLOWED_FEATURE_DEPENDENCIES = {"appeals": {"directory"}, "syndication": {"news"}}


@pytest.fixture(scope="module")
def package():
    return Package()


def arrows_where(package, forbidden):
    """The arrows between two apps for which `forbidden(app, other app)` holds."""
    return [
        arrow
        for (source, target), arrows in sorted(package.app_arrows().items())
        if forbidden(source, target)
        for arrow in arrows
    ]


def foundation_arrows(package):
    return arrows_where(package, lambda source, target: source in FOUNDATION
                        and target not in FOUNDATION)


def service_arrows(package):
    return arrows_where(
        package,
        lambda source, target: source in SERVICES and layer_of(target) in ("features", "top"),
    )


def feature_arrows(package, allowed=ALLOWED_FEATURE_DEPENDENCIES):
    def forbidden(source, target):
        if layer_of(source) != "features":
            return False
        if layer_of(target) == "features":
            return target not in allowed.get(source, ())
        return layer_of(target) == "top"

    return arrows_where(package, forbidden)


def demo_arrows(package):
    return arrows_where(package, lambda source, target: target == "demo" and source != PROJECT)


def feature_template_uses(package):
    """Templates of the foundation and the services that load a feature's tag library or
    include or extend a feature's template, as "path:line load|include|extends name"."""
    features = set(package.features())
    feature_libraries = {
        library for library, app in tag_libraries(package).items() if app in features
    }
    found = []
    for path, _name, owner in templates(package):
        if layer_of(owner) not in ("foundation", "services"):
            continue
        for line, kind, used in template_uses(path):
            named = used in feature_libraries if kind == "load" else used.split("/")[0] in features
            if named:
                found.append(f"{path.relative_to(package.root.parent)}:{line} {kind} {used}")
    return found


def offenders(package, arrows):
    return "; ".join(arrow.describe(package.root) for arrow in arrows)


def loops_text(loops):
    return "; ".join(" → ".join(loop) for loop in loops)


def require_none(rule, offending):
    """Fail with the rule in one sentence, then every offender."""
    if offending:
        pytest.fail(f"{rule}, but: {offending}", pytrace=False)


def test_foundation_depends_on_no_other_app(package):
    require_none(
        "the foundation (core, content_safety, framework) must import (or name) nothing above it",
        offenders(package, foundation_arrows(package)),
    )


def test_services_depend_on_no_feature_nor_the_top(package):
    require_none(
        "a service must import (or name) no feature, and neither demo nor the project",
        offenders(package, service_arrows(package)),
    )


def test_features_depend_only_on_foundation_and_services(package):
    require_none(
        "a feature must import (or name) neither demo nor the project, nor another feature "
        "unless ALLOWED_FEATURE_DEPENDENCIES lists it",
        offenders(package, feature_arrows(package)),
    )


def test_only_the_project_uses_demo(package):
    require_none(
        "nothing but the project (and demo itself) may import or name demo",
        offenders(package, demo_arrows(package)),
    )


def test_no_cycle_between_apps(package):
    require_none(
        "apps must not depend on each other in a circle", loops_text(package.app_cycles())
    )


def test_no_cycle_between_modules(package):
    require_none(
        "modules must not import each other in a circle (function-local imports count)",
        loops_text(package.module_cycles()),
    )


def test_foundation_and_service_templates_use_no_feature(package):
    require_none(
        "templates of core and of the services must load no feature's tag library and "
        "include or extend no feature's template",
        "; ".join(feature_template_uses(package)),
    )


# The checker itself: a small package that breaks every rule must be caught.

BROKEN_PACKAGE = {
    "__init__.py": "",
    "urls.py": "from ispolkom.demo import loader\n",
    "core/__init__.py": "",
    "core/apps.py": "class CoreConfig:\n    name = 'ispolkom.core'\n    label = 'core'\n",
    "core/models.py": textwrap.dedent("""
        class HomePage:
            parent_page_types = []

            def latest(self):
                from ispolkom.news.models import Article  # reaches up: a feature
                return Article

        LIST_MODEL = "newsindexpage"
    """),
    "core/templatetags/__init__.py": "",
    "core/templatetags/site_tags.py": "SECTIONS = 'news.NewsSection'\n",
    "news/__init__.py": "",
    "news/models.py": textwrap.dedent("""
        from ..core.models import HomePage
        from . import feeds

        class NewsIndexPage:
            pass

        class Article:
            parent_page_types = ["core.HomePage"]
    """),
    "news/feeds.py": "def items():\n    from .models import Article\n    return Article\n",
    "news/templatetags/__init__.py": "",
    "news/templatetags/news_tags.py": "",
    "events/__init__.py": "",
    "events/models.py": "from ispolkom.news.models import Article\nfrom ispolkom import urls\n",
    "special/__init__.py": "",
    "special/middleware.py": "from ispolkom.demo import loader\n",
    "demo/__init__.py": "",
    "demo/loader.py": "from ispolkom.news.models import Article\n",
    "templates/base.html": '{% load i18n news_tags %}{% include "news/card.html" %}',
    "templates/news/card.html": '{% extends "base.html" %}',
    "core/migrations/0001_initial.py": "from ispolkom.news.models import Article\n",
}


@pytest.fixture
def broken(tmp_path):
    root = tmp_path / "ispolkom"
    for name, text in BROKEN_PACKAGE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return Package(root)


def described(package, arrows):
    return {arrow.describe(package.root).split(" ", 1)[1] for arrow in arrows}


def test_checker_catches_the_foundation_reaching_up(broken):
    assert described(broken, foundation_arrows(broken)) == {
        "imports ispolkom.news.models",
        '"newsindexpage" (by name)',
        '"news.NewsSection" (by name)',
    }


def test_checker_finds_the_other_broken_rules(broken):
    assert broken.features() == ["events", "news"]  # a new app is a feature by default
    assert described(broken, service_arrows(broken)) == {"imports ispolkom.demo.loader"}
    assert [(a.source, a.target) for a in feature_arrows(broken)] == [
        ("ispolkom.events.models", "ispolkom.news.models"),
        ("ispolkom.events.models", "ispolkom.urls"),
    ]
    assert feature_arrows(broken, allowed={"events": {"news"}})[0].target == "ispolkom.urls"
    assert {a.source for a in demo_arrows(broken)} == {"ispolkom.special.middleware"}
    assert feature_template_uses(broken) == [
        "ispolkom/templates/base.html:1 load news_tags",
        "ispolkom/templates/base.html:1 include news/card.html",
    ]


def test_checker_finds_cycles(broken):
    assert ["core", "news", "core"] in broken.app_cycles()
    loops = {" → ".join(loop) for loop in broken.module_cycles()}
    assert "ispolkom.news.feeds → ispolkom.news.models → ispolkom.news.feeds" in loops
    assert any("ispolkom.core.models → ispolkom.news.models" in loop for loop in loops)
