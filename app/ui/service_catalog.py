"""The catalogue of the services' message templates, for the translators.

pyside6-lupdate finds `tr()` calls in app/ui, but not the English templates errors are raised with
in the services (app/errors.py): those modules never import Qt. This module reads the source of
every layer below the UI, collects each template written as a literal where an error, a
`FieldProblem` or a `Message` is made, and writes them into app/ui/service_messages.py as
`QT_TRANSLATE_NOOP("ServiceMessages", …)` entries, which lupdate does find. `make translations` runs
it first (`python -m app.ui.service_catalog`); tests/unit/test_service_messages.py fails when a
template raised somewhere is missing from the generated module.

Scanned: all of app/ except the UI (its own strings go through tr()), the command line (English
by design) and the HQ server (its replies are not shown by the desktop as they are). No Qt here:
the tests and the Makefile run it without a display.
"""

from __future__ import annotations

import ast
import string
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

APP = Path(__file__).resolve().parents[1]
ROOT = APP.parent
GENERATED = Path(__file__).with_name("service_messages.py")
CONTEXT = "ServiceMessages"
# Relative to app/: what is not scanned
EXCLUDED = ("ui/", "hq/", "cli", "__main__.py")
# The classes whose first (or named) argument is a message template, besides the error hierarchy
TEMPLATE_TAKERS = {"Message": 0, "FieldProblem": 0, "CircuitRideError": 0}
# A taker: where its template argument is (None: it takes none, such as an error that makes its own
# message) and the names of its constructor's own arguments (not template parameters)
Taker = tuple[int | None, frozenset[str]]
TEMPLATE_ARGUMENTS = ("template", "message")


@dataclass(frozen=True, slots=True)
class Found:
    template: str
    path: str  # relative to the repository
    line: int


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def scanned_modules(app: Path = APP) -> list[Path]:
    out = []
    for path in sorted(app.rglob("*.py")):
        relative = path.relative_to(app).as_posix()
        if not relative.startswith(EXCLUDED):
            out.append(path)
    return out


def _parse(paths: Iterable[Path]) -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text("utf-8"), str(path)) for path in paths}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def template_takers(trees: dict[Path, ast.Module]) -> dict[str, Taker]:
    """Every class that takes a template (see Taker). Subclasses are found across all of app/, since
    an error defined in one layer may be raised in another."""
    takers: dict[str, Taker] = {name: (position, frozenset()) for name, position in TEMPLATE_TAKERS.items()}
    classes = [node for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    changed = True
    while changed:
        changed = False
        for cls in classes:
            if cls.name in takers:
                continue
            bases = [b for b in (_name(base) for base in cls.bases) if b in takers]
            if not bases:
                continue
            takers[cls.name] = _own_position(cls, takers[bases[0]])
            changed = True
    return takers


def _own_position(cls: ast.ClassDef, inherited: Taker) -> Taker:
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            params = [a.arg for a in (*node.args.posonlyargs, *node.args.args)][1:]  # without self
            own = frozenset(params) | {a.arg for a in node.args.kwonlyargs}
            return next((i for i, name in enumerate(params) if name in TEMPLATE_ARGUMENTS), None), own
    return inherited


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" assignments, so that a template kept in a constant is found too."""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value.value
    return out


def _module_aliases(tree: ast.Module, app: Path) -> dict[str, Path]:
    """`from app.models import fields as F` -> {"F": app/models/fields.py}"""
    out = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "app":
            base = app.parent.joinpath(*node.module.split("."))
            for alias in node.names:
                candidate = base / f"{alias.name}.py"
                if candidate.exists():
                    out[alias.asname or alias.name] = candidate
    return out


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    constants: dict[str, str]
    aliases: dict[str, Path]


def _template_argument(call: ast.Call, takers: dict[str, Taker]) -> ast.expr | None:
    name = _name(call.func)
    if name not in takers:
        return None
    for keyword in call.keywords:
        if keyword.arg in TEMPLATE_ARGUMENTS:
            return keyword.value
    position = takers[name][0]
    if position is None or len(call.args) <= position:
        return None
    return call.args[position]


def _resolve(node: ast.expr, module: _Module, modules: dict[Path, _Module]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return module.constants.get(node.id)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in module.aliases:
        other = modules.get(module.aliases[node.value.id])
        return other.constants.get(node.attr) if other else None
    return None


def _calls(
    paths: Iterable[Path], app: Path
) -> Iterator[tuple[_Module, ast.Call, ast.expr, str | None, frozenset[str]]]:
    everything = _parse(sorted(app.rglob("*.py")))
    takers = template_takers(everything)
    modules = {
        path: _Module(path, tree, _constants(tree), _module_aliases(tree, app)) for path, tree in everything.items()
    }
    for path in paths:
        module = modules.get(path.resolve()) or modules.get(path)
        if module is None:  # a module outside app/ (a test's): read on its own
            tree = ast.parse(path.read_text("utf-8"), str(path))
            module = _Module(path, tree, _constants(tree), _module_aliases(tree, app))
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call):
                argument = _template_argument(node, takers)
                if argument is not None:
                    own = takers[_name(node.func) or ""][1]
                    yield module, node, argument, _resolve(argument, module, modules), own


def _relative(path: Path, app: Path) -> str:
    resolved = path.resolve()
    return resolved.relative_to(app.parent).as_posix() if resolved.is_relative_to(app.parent) else str(path)


def scan(paths: Iterable[Path] | None = None, app: Path = APP) -> list[Found]:
    """Every template written as a literal (or a module constant) where a message is made."""
    chosen = list(paths) if paths is not None else scanned_modules(app)
    return [
        Found(template, _relative(module.path, app), call.lineno)
        for module, call, _argument, template, _own in _calls(chosen, app)
        if template is not None and template.strip()
    ]


def problems(paths: Iterable[Path], app: Path = APP) -> list[Problem]:
    """What keeps messages of converted modules from being translated: a message made with an
    f-string, `+`, `%` or `.format()` (its text exists only at run time, so no translation can be
    found for it), and a template whose fields differ from the parameters given with it."""
    out = []
    for module, call, argument, template, own in _calls(paths, app):
        where = (_relative(module.path, app), call.lineno)
        if isinstance(argument, ast.JoinedStr | ast.BinOp) or (
            isinstance(argument, ast.Call) and _name(argument.func) == "format"
        ):
            out.append(Problem(*where, f"message built at run time: {ast.unparse(argument)[:100]}"))
            continue
        if template is None:
            continue  # a Message or a caught error's message passed on: translated where it was made
        given = _parameters(call, own)
        if given is None:
            continue  # **params: not checked here
        wanted = fields_of(template)
        if given and wanted != given:
            out.append(Problem(*where, f"template fields {sorted(wanted)} but parameters {sorted(given)}"))
        elif not given and wanted and _name(call.func) != "Message":
            out.append(Problem(*where, f"template fields {sorted(wanted)} but no parameters"))
    return out


def _parameters(call: ast.Call, own: frozenset[str]) -> set[str] | None:
    if _name(call.func) == "Message":
        if len(call.args) < 2:
            return set()
        params = call.args[1]
        if isinstance(params, ast.Dict) and all(isinstance(k, ast.Constant) for k in params.keys):
            return {str(k.value) for k in params.keys if isinstance(k, ast.Constant)}
        return None
    if any(k.arg is None for k in call.keywords):
        return None
    return {k.arg for k in call.keywords if k.arg is not None and k.arg not in own}


def fields_of(template: str) -> set[str]:
    """The names of a template's fields ("{count:,}" -> count)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


# ----- the generated module -----------------------------------------------------------------------
HEADER = '''"""Every message template the services raise, for pyside6-lupdate (context "ServiceMessages").

GENERATED by `python -m app.ui.service_catalog` (`make translations` runs it): do not edit. The
desktop translates a service error with app/ui/i18n.py `service_text`; see app/errors.py.
"""

from __future__ import annotations

CONTEXT = "ServiceMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


TEMPLATES = (
'''


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(found: Iterable[Found]) -> str:
    first: dict[str, Found] = {}
    for item in found:
        first.setdefault(item.template, item)
    lines = [HEADER]
    for template in sorted(first):
        lines.append(f"    QT_TRANSLATE_NOOP({_literal(CONTEXT)}, {_literal(template)}),  # {first[template].path}\n")
    lines.append(")\n")
    return "".join(lines)


def write(path: Path = GENERATED) -> None:
    path.write_text(render(scan()), "utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    if ruff.exists():  # the same layout as `ruff format` gives, so that `make lint` stays quiet
        subprocess.run([str(ruff), "format", "--quiet", str(path)], check=False)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--check":
        from app.ui import service_messages

        missing = sorted({f.template for f in scan()} - set(service_messages.TEMPLATES))
        for template in missing:
            print(f"missing: {template!r}", file=sys.stderr)
        return 1 if missing else 0
    write()
    print(f"{len({f.template for f in scan()})} service message templates in {GENERATED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
