"""The package as a user meets it: public names that stay what they are, and no import cycles."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import timeline

from .conftest import EVENTS_FILE

PACKAGE = Path(timeline.__file__).parent


def test_public_functions_work_in_any_order_any_number_of_times(tmp_path: Path) -> None:
    """In a fresh process, as a notebook would: no call, and no import of any of the
    package's modules, turns a public name into something else (a module of that name)."""
    script = textwrap.dedent(
        f"""
        import importlib, io, itertools, pkgutil, types
        from pathlib import Path
        from matplotlib.figure import Figure
        import timeline

        public = {{name: getattr(timeline, name) for name in timeline.__all__}}
        t = timeline.load({str(EVENTS_FILE)!r})

        def draw_and_save():
            figure = Figure(figsize=(8, 6))
            timeline.draw(t, figure.add_subplot(), countries="JP")
            figure.savefig(io.BytesIO(), format="png", dpi=30)

        calls = {{
            "render": lambda: timeline.render(t, lanes="actor", countries="JP"),
            "draw": lambda: draw_and_save(),
            "write": lambda: timeline.write(t, Path({str(tmp_path)!r}) / "x.png", dpi=30),
            "select": lambda: timeline.select(t, timeline.Filter(countries=("KR",))),
            "load": lambda: timeline.load({str(EVENTS_FILE)!r}),
            "describe": lambda: timeline.describe(t.events[0].when),
            "parse_edtf": lambda: timeline.parse_edtf("2021-03~"),
            "parse_user_date": lambda: timeline.parse_user_date("16 March 2021"),
            "add_event": lambda: timeline.add_event(
                {str(EVENTS_FILE)!r}, title="A call", date="March 2021", countries="JP",
                dry_run=True),
            "edit_event": lambda: timeline.edit_event(
                {str(EVENTS_FILE)!r}, "tokyo-2plus2", settings=["status=held"], dry_run=True),
            "remove_event": lambda: timeline.remove_event(
                {str(EVENTS_FILE)!r}, "tokyo-2plus2", dry_run=True),
            "format_file": lambda: timeline.format_file({str(EVENTS_FILE)!r}, check=True),
        }}
        for order in itertools.permutations(["render", "draw", "write"]):
            for name in order + order:
                calls[name]()
        for name in calls:
            calls[name]()
        for info in pkgutil.walk_packages(timeline.__path__, prefix="timeline."):
            if not info.name.endswith("__main__"):  # which would run the command
                importlib.import_module(info.name)  # a module named like a name replaces it
        for name in timeline.__all__:
            assert getattr(timeline, name) is public[name], name
            assert not isinstance(getattr(timeline, name), types.ModuleType), name
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_no_public_name_is_shadowed_by_a_module_of_the_same_name() -> None:
    """``from .render import render`` would make ``pkg.render`` a module after any
    ``import pkg.render``; no package exports a name that one of its modules has."""
    for package in _packages():
        modules = {info.name for info in pkgutil.iter_modules(package.__path__)}
        exported = set(getattr(package, "__all__", ()))
        assert not exported & modules, (package.__name__, exported & modules)


def test_no_module_of_the_package_imports_itself_through_others() -> None:
    graph = {name: _imports(name) for name in _module_names()}
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph.get(name, ())):
            if state.get(target) == "open":
                cycle = [*path[path.index(target) :], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target, [*path, target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


# What each folder (or top-level module) may import: the map in README.md's design section.
MAY_IMPORT = {
    "errors": set(),
    "lazy": set(),
    "files": {"errors"},
    "model": {"errors"},
    "read": {"errors", "files", "model"},
    "query": {"errors", "model"},
    "layout": {"errors", "lazy", "model"},
    "drawing": {"errors", "files", "layout"},
    "edit": {"errors", "files", "model", "read"},
    "arguments": {"errors", "query", "layout"},
    "web": {"errors", "files", "model", "query", "layout", "drawing", "arguments"},
    "convert": {"errors", "files", "lazy", "model", "read", "edit"},
    "pipeline": {"errors", "files", "model", "read", "query", "layout", "drawing", "web",
                 "arguments"},
    "cli": {"__init__", "errors", "files", "model", "read", "query", "layout", "drawing",
            "edit", "convert", "pipeline", "web"},
    "__init__": {"errors", "lazy", "model", "read", "query", "layout", "edit", "convert",
                 "pipeline", "web"},
    "__main__": {"cli"},
}  # fmt: skip


def test_each_stage_imports_only_the_stages_it_builds_on() -> None:
    for name in _module_names():
        stage = _stage(name)
        for target in _imports(name):
            if _stage(target) != stage:
                assert _stage(target) in MAY_IMPORT[stage], f"{name} imports {target}"


def _stage(name: str) -> str:
    """The folder or top-level module a module belongs to ('__init__' for the package's)."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _packages() -> list:
    return [importlib.import_module(name) for name in _module_names() if _is_package(name)]


def _module_names() -> list[str]:
    names = ["timeline"]
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="timeline."):
        names.append(info.name)
    return names


def _is_package(name: str) -> bool:
    return _source(name).name == "__init__.py"


def _source(name: str) -> Path:
    parts = name.split(".")[1:]
    folder = PACKAGE.joinpath(*parts)
    return folder / "__init__.py" if folder.is_dir() else folder.with_suffix(".py")


def _imports(name: str) -> set[str]:
    """The package's modules that ``name`` imports by name, anywhere in its code."""
    base = name if _is_package(name) else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(_source(name).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base.rsplit(".", node.level - 1)[0] if node.level > 1 else base
                module = f"{anchor}.{node.module}" if node.module else anchor
            else:
                module = node.module or ""
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                found.add(candidate if _exists(candidate) else module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {module for module in found if module.split(".")[0] == "timeline" and _exists(module)}


def _exists(name: str) -> bool:
    return name.split(".")[0] == "timeline" and _source(name).exists()


def test_every_public_name_is_listed_before_it_is_loaded() -> None:
    """Completion in a notebook lists the names that are imported on first use."""
    code = "import timeline; print(sorted(set(timeline.__all__) - set(dir(timeline))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)  # fmt: skip
    assert result.stdout.strip() == "[]"
