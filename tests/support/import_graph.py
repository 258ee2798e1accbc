"""The import graph of the ispolkom package, read from the source: nothing is imported, so
the graph of a broken or half-edited tree can be drawn too.

    .venv/bin/python -m tests.support.import_graph [ROOT] [--detail] [--dot]

Every import of an ispolkom module counts, wherever it stands (function-local imports
included; relative ones resolved). So does a string that names another app without
importing it ("by name"): a dotted path ("ispolkom.news.feeds"), a lazy model reference
("news.NewsArticlePage"), a model's class or lower-case name ("newsindexpage") and a
template of the app ("news/news_list.html"). Such strings are arrows all the same: the code
breaks when the other app goes away.

An app is the second component of a module's name (ispolkom.core.models → core); the
package's own modules (urls.py, wsgi.py, settings/) form the app "project". Migrations are
left out. tests/test_architecture.py states the rules that the graph must obey.
"""

import argparse
import ast
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "ispolkom"
PROJECT = "project"
PROJECT_PARTS = {"settings", "urls", "wsgi"}
SKIPPED_DIRS = {"migrations", "__pycache__", "templates", "static", "locale"}

# The layers (docs/architecture.md). Every app that is none of these is a feature.
# content_safety (what rich text may be stored at all) stands under core's page bodies;
# framework (ispolkom/framework.py) fences the private framework APIs, under everything.
FOUNDATION = ("core", "content_safety", "framework")
SERVICES = ("special", "pagecache", "search", "security", "uploads", "health", "backup",
            "compliance", "schedules")
TOP = ("demo", PROJECT)
LAYER_NAMES = ("foundation", "services", "features", "top")

TEMPLATE_NAME = re.compile(r"(\w+)/[\w./-]+\.(?:html|txt|xml|json)")
LAZY_REFERENCE = re.compile(r"(\w+)\.(\w+)")
LOAD_TAG = re.compile(r"{%\s*load\s+(.*?)\s*%}")
TEMPLATE_TAG = re.compile(r"""{%\s*(include|extends)\s+(["'])(.+?)\2""")


def layer_of(app):
    if app in FOUNDATION:
        return "foundation"
    if app in SERVICES:
        return "services"
    if app in TOP:
        return "top"
    return "features"


@dataclass(frozen=True)
class Arrow:
    """`source` (a module) depends on `target` (a module, or for an arrow by name the app
    package); `by_name` is the string that names it, empty for an import."""

    source: str
    target: str
    path: Path
    line: int
    by_name: str = ""

    def where(self, root):
        return f"{self.path.relative_to(root.parent)}:{self.line}"

    def describe(self, root):
        what = f'"{self.by_name}" (by name)' if self.by_name else f"imports {self.target}"
        return f"{self.where(root)} {what}"


class Package:
    """The modules of the package at `root` and every arrow between them."""

    def __init__(self, root=DEFAULT_ROOT):
        self.root = Path(root).resolve()
        self.name = self.root.name
        self.modules = dict(self._find_modules())
        self.apps = sorted(
            {self.app_of(module) for module in self.modules} - {PROJECT}
        )
        self.labels = self._app_labels()
        self.models = self._model_names()

    # Modules and apps

    def _find_modules(self):
        for path in sorted(self.root.rglob("*.py")):
            relative = path.relative_to(self.root)
            if SKIPPED_DIRS & set(relative.parts[:-1]):
                continue
            parts = [self.name, *relative.with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            yield ".".join(parts), path

    def app_of(self, module):
        parts = module.split(".")
        if len(parts) < 2 or parts[1] in PROJECT_PARTS:
            return PROJECT
        if not (self.root / parts[1]).is_dir() and parts[1] not in FOUNDATION:
            return PROJECT  # a module at the package's top (urls.py, wsgi.py, …)
        return parts[1]

    def _app_labels(self):
        """{app label: app}: a label set in the app's apps.py, else the app's name."""
        labels = {app: app for app in self.apps}
        for app in self.apps:
            config = self.root / app / "apps.py"
            if not config.exists():
                continue
            for node in ast.walk(ast.parse(config.read_text())):
                if (
                    isinstance(node, ast.Assign)
                    and any(getattr(t, "id", None) == "label" for t in node.targets)
                    and isinstance(node.value, ast.Constant)
                ):
                    labels.pop(app, None)
                    labels[node.value.value] = app
        return labels

    def _model_names(self):
        """{app: class names of its models module(s)}."""
        names = defaultdict(set)
        for app in self.apps:
            sources = [self.root / app / "models.py", *(self.root / app / "models").glob("*.py")]
            for source in sources:
                if source.exists():
                    tree = ast.parse(source.read_text())
                    names[app] |= {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        return names

    def features(self):
        return [app for app in self.apps if layer_of(app) == "features"]

    # Arrows

    @cached_property
    def arrows(self):
        """Every arrow once: a module importing another in several places (or a string
        repeated) counts as one, at its first line."""
        found = {}
        for module, path in self.modules.items():
            tree = ast.parse(path.read_text(), filename=str(path))
            for arrow in [*self._imports(module, path, tree), *self._names(module, path, tree)]:
                key = (arrow.source, arrow.target, arrow.by_name)
                if key not in found or arrow.line < found[key].line:
                    found[key] = arrow
        return sorted(found.values(), key=lambda arrow: (arrow.source, arrow.line))

    def _imports(self, module, path, tree):
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                targets = self._from_targets(package, node)
            else:
                continue
            for target in targets:
                if target.split(".")[0] == self.name and target != module:
                    yield Arrow(module, target, path, node.lineno)

    def _from_targets(self, package, node):
        if node.level:
            base = package.split(".")
            base = base[: len(base) - node.level + 1]
            origin = ".".join(base + ([node.module] if node.module else []))
        else:
            origin = node.module
        # `from x import y` imports the module x.y when there is one, else a name of x.
        return [
            f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in self.modules else origin
            for alias in node.names
        ]

    def _names(self, module, path, tree):
        own = self.app_of(module)
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                app = self.app_named_by(node.value)
                if app and app != own:
                    target = f"{self.name}.{app}" if app != PROJECT else self.name
                    yield Arrow(module, target, path, node.lineno, by_name=node.value)

    def app_named_by(self, text):
        """The app that the string `text` names, or None."""
        if re.fullmatch(rf"{self.name}(\.\w+)+", text):
            return self.app_of(text)
        if match := TEMPLATE_NAME.fullmatch(text):
            return match[1] if match[1] in self.apps else None
        if match := LAZY_REFERENCE.fullmatch(text):
            app = self.labels.get(match[1])
            if app and (match[2][0].isupper() or self._names_model(app, match[2])):
                return app
            return None
        for app, names in self.models.items():
            if text in names or text in {name.lower() for name in names}:
                return app
        return None

    def _names_model(self, app, word):
        """"newsarticlepage", or a permission codename such as "add_newsarticlepage"."""
        word = word.lower()
        return any(
            word == name.lower() or word.endswith("_" + name.lower())
            for name in self.models.get(app, ())
        )

    # Graphs

    def module_graph(self):
        """{module: modules it imports} (imports only: a module cannot import a string)."""
        graph = defaultdict(set)
        for arrow in self.arrows:
            if not arrow.by_name:
                graph[arrow.source].add(arrow.target)
        return graph

    def app_arrows(self):
        """{(app, other app): arrows}, arrows by name included."""
        pairs = defaultdict(list)
        for arrow in self.arrows:
            pair = (self.app_of(arrow.source), self.app_of(arrow.target))
            if pair[0] != pair[1]:
                pairs[pair].append(arrow)
        return pairs

    def app_graph(self):
        graph = defaultdict(set)
        for source, target in self.app_arrows():
            graph[source].add(target)
        return graph

    def module_cycles(self):
        return cycles(self.module_graph())

    def app_cycles(self):
        return cycles(self.app_graph())


def strongly_connected(graph):
    """Tarjan's strongly connected components of {node: successors}, without recursion."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []
    nodes = sorted(set(graph) | {n for successors in graph.values() for n in successors})
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph.get(successor, ())))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def cycles(graph):
    """Closed paths (the first node repeated at the end) that show every circle of the graph:
    for each node on one, the shortest way back to it, each loop listed once."""
    loops = []
    for component in strongly_connected(graph):
        if len(component) == 1 and component[0] not in graph.get(component[0], ()):
            continue
        for start in component:
            loop = loop_through(graph, set(component), start)
            turns = {tuple(loop[i:-1] + loop[:i]) for i in range(len(loop) - 1)}
            if not any(tuple(known[:-1]) in turns for known in loops):
                loops.append(loop)
    return loops


def loop_through(graph, members, start):
    """The shortest path from `start` back to itself through `members` (breadth first)."""
    previous, frontier = {}, [start]
    while frontier:
        following = []
        for node in frontier:
            for successor in sorted(graph.get(node, ())):
                if successor == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [*reversed(path), start]
                if successor in members and successor not in previous:
                    previous[successor] = node
                    following.append(successor)
        frontier = following
    raise ValueError(f"{start} is on no loop")


# Templates


def tag_libraries(package):
    """{template tag library: app}, from each app's templatetags/*.py."""
    return {
        path.stem: app
        for app in package.apps
        for path in (package.root / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }


def templates(package):
    """(path, its name as templates refer to it, the app that owns it) of every template:
    an app's own templates directory, or the shared one, where a folder named after an app
    belongs to that app and everything else to the foundation."""
    shared = package.root / "templates"
    own = [(package.root / app / "templates", app) for app in package.apps]
    for directory, owner in [(shared, None), *own]:
        for path in sorted(p for p in directory.rglob("*") if p.is_file()):
            name = path.relative_to(directory).as_posix()
            first = name.split("/")[0]
            yield path, name, owner or (first if first in package.apps else "core")


def template_uses(path):
    """(line, "load" | "include" | "extends", library or template name) of a template."""
    text = path.read_text(errors="replace")
    for match in LOAD_TAG.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        words = match[1].split()
        libraries = words[words.index("from") + 1:] if "from" in words else words
        for library in libraries:
            yield line, "load", library
    for match in TEMPLATE_TAG.finditer(text):
        yield text.count("\n", 0, match.start()) + 1, match[1], match[3]


# Output


def ordered_pairs(pairs):
    rank = {name: i for i, name in enumerate(LAYER_NAMES)}
    return sorted(pairs, key=lambda pair: (rank[layer_of(pair[0])], pair))


def count_label(arrows):
    imports = sum(1 for arrow in arrows if not arrow.by_name)
    by_name = len(arrows) - imports
    if not by_name:
        return f"({imports})"
    return f"({imports} + {by_name} by name)" if imports else f"({by_name} by name)"


def text_report(package, detail=False):
    pairs = package.app_arrows()
    lines = [f"Arrows between the apps of {package.root}:"]
    for pair in ordered_pairs(pairs):
        lines.append(f"  {pair[0]} → {pair[1]} {count_label(pairs[pair])}")
        if detail:
            lines += [f"      {arrow.describe(package.root)}" for arrow in pairs[pair]]
    for title, found in (
        ("Cycles between apps", package.app_cycles()),
        ("Cycles between modules", package.module_cycles()),
    ):
        lines.append(f"{title}: {len(found) or 'none'}")
        lines += ["  " + " → ".join(loop) for loop in found]
    return "\n".join(lines)


def dot_report(package):
    pairs = package.app_arrows()
    in_cycle = {
        (a, b) for loop in package.app_cycles() for a, b in zip(loop, loop[1:], strict=False)
    }
    lines = ["digraph ispolkom {", "  rankdir=BT;", "  node [shape=box];"]
    apps = [*package.apps, PROJECT]
    for layer in LAYER_NAMES:
        members = [app for app in apps if layer_of(app) == layer]
        lines.append(f'  subgraph "cluster_{layer}" {{ label="{layer}"; rank=same;')
        lines += [f'    "{app}";' for app in members]
        lines.append("  }")
    for source, target in ordered_pairs(pairs):
        arrows = pairs[source, target]
        style = ["dashed"] if all(arrow.by_name for arrow in arrows) else []
        attributes = [f'label="{count_label(arrows)[1:-1]}"']
        if style:
            attributes.append("style=dashed")
        if (source, target) in in_cycle:
            attributes.append("color=red")
        lines.append(f'  "{source}" -> "{target}" [{", ".join(attributes)}];')
    lines.append("}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", default=DEFAULT_ROOT, type=Path)
    parser.add_argument("--dot", action="store_true", help="Graphviz dot text of the apps")
    parser.add_argument("--detail", action="store_true", help="list every arrow's source line")
    options = parser.parse_args(argv)
    package = Package(options.root)
    print(dot_report(package) if options.dot else text_report(package, options.detail))


if __name__ == "__main__":
    sys.exit(main())
