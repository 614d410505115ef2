# ruff: noqa: INP001
# (docs/_ext is not a package: docs/conf.py puts it on sys.path.)
"""What the API reference (docs/api.md) needs beyond autodoc and napoleon.

- **References by any path.** The reference documents each object once, under the public
  package that exports it (``charter.model.Charter``). Docstrings and type hints name
  objects by other paths too: the top level (``charter.Charter``), the module that defines
  them (``charter.model.charter.Charter``, as a type hint reads), or a name relative to
  that module (``year_cache`` in ``charter.calendars.base``). When the Python domain cannot
  resolve such a reference, the object the path names is imported and the reference links
  to where that same object is documented. A path to an object of charter's that the
  reference does not document (a module inside a package, a private helper) is shown as
  code, not linked. A path that names nothing stays unresolved, so ``sphinx-build -n``
  reports it.
- **Parameter types of classes.** autodoc reads a class's parameter types from the class
  (its annotations); for a class with an ``__init__`` of its own and string annotations
  (``from __future__ import annotations``), those are the ``__init__``'s, resolved here.
- **Google style where it applies.** napoleon reads the first ``words:`` of an
  attribute's docstring as the attribute's type (Google style's ``int: The count``).
  Ours are prose ("The instant is the event itself: ..."), so napoleon reads the
  docstrings of modules, classes and functions only.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import typing
from typing import TYPE_CHECKING, Any

import attrs
from charter_public import public_names
from sphinx import addnodes
from sphinx.ext import napoleon
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.inspect import object_description
from sphinx.util.typing import stringify_annotation

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.domains.python import PythonDomain
    from sphinx.environment import BuildEnvironment

_MISSING = object()
_LOGGER = logging.getLogger(__name__)


def find(path: str) -> object:
    """The object *path* names (``charter.model.charter.Charter``), or ``_MISSING``.

    As Python reads it (attributes first: ``charter.clock.deadline`` is the function), and
    failing that as an import reads it (``charter.clock.deadline.Deadline``, in the module).
    """
    parts = path.split(".")
    try:
        value: object = importlib.import_module(parts[0])
    except ImportError:
        return _MISSING
    for index, part in enumerate(parts[1:], start=2):
        found = getattr(value, part, _MISSING)
        if found is _MISSING and inspect.ismodule(value):
            try:
                found = importlib.import_module(".".join(parts[:index]))
            except ImportError:
                found = _MISSING
        if found is _MISSING:
            return _imported(parts)
        value = found
    return value


def _imported(parts: list[str]) -> object:
    """The object *parts* name, importing the longest module they start with."""
    for split in range(len(parts), 0, -1):
        try:
            value: object = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:]:
            value = getattr(value, name, _MISSING)
            if value is _MISSING:
                return _MISSING
        return value
    return _MISSING


# -- references by any path ---------------------------------------------------------------

#: The map of each build environment, built on the first reference it cannot resolve (the
#: objects it names are imported, so they live on and their ids stay their own).
_MAPS: dict[int, dict[tuple[int, str], str]] = {}


def _key(value: object, name: str) -> tuple[int, str]:
    """Modules, classes and functions by identity; other values by identity and name."""
    value = getattr(value, "__func__", value)  # a class method: its function, made once
    named = inspect.ismodule(value) or inspect.isclass(value) or callable(value)
    return (id(value), "" if named else name.rsplit(".", 1)[-1])


def _documented(env: BuildEnvironment) -> dict[tuple[int, str], str]:
    """Every object the Python domain documents, by its key, with its documented name."""
    domain: PythonDomain = env.domains["py"]  # type: ignore[assignment]
    found: dict[tuple[int, str], str] = {}
    for name in sorted(domain.objects, key=len):  # the shortest name where there are two
        value = find(name)
        if value is not _MISSING:
            found.setdefault(_key(value, name), name)
    return found


def _charters(value: object) -> bool:
    """Whether *value* is one of charter's modules, classes, functions or instances."""
    name = value.__name__ if inspect.ismodule(value) else getattr(value, "__module__", None)
    return isinstance(name, str) and (name == "charter" or name.startswith("charter."))


def _candidates(node: nodes.Element) -> list[tuple[str, bool]]:
    """The paths *node*'s target may mean: as written, then relative to where it is.

    Each with whether it is relative (a relative path must lead to one of charter's own
    objects: ``datetime.date`` is not ``charter.clock.datetime.date``).
    """
    target = node["reftarget"]
    module, cls = node.get("py:module"), node.get("py:class")
    paths = [(target, False)]
    if module and cls:
        paths.append((f"{module}.{cls}.{target}", True))
        # A docstring's names are relative to the module that defines the class.
        defining = getattr(find(f"{module}.{cls}"), "__module__", None)
        if isinstance(defining, str):
            paths.append((f"{defining}.{target}", True))
    if module:
        paths.append((f"{module}.{target}", True))
    return [
        (path, relative)
        for path, relative in paths
        if path == "charter" or path.startswith("charter.")
    ]


def resolve(
    app: Sphinx, env: BuildEnvironment, node: nodes.Element, contnode: nodes.Element
) -> nodes.Element | None:
    """The ``missing-reference`` handler: link *node* to where its object is documented."""
    if node.get("refdomain") != "py":
        return None
    documented = _MAPS.get(id(env))
    if documented is None:
        documented = _MAPS[id(env)] = _documented(env)
    for path, relative in _candidates(node):
        value = find(path)
        if value is _MISSING or (relative and not _charters(value)):
            continue
        name = documented.get(_key(value, path))
        if name is None:
            return contnode  # charter's, but not in the reference: shown, not linked
        domain: PythonDomain = env.domains["py"]  # type: ignore[assignment]
        return domain.resolve_xref(env, node["refdoc"], app.builder, "obj", name, node, contnode)
    return None


def _forget(_app: Sphinx, env: BuildEnvironment) -> None:
    """Rebuild the map once every page is read (an incremental build may change it)."""
    _MAPS.pop(id(env), None)


# -- parameter types of classes ------------------------------------------------------------


def _init_types(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    _options: object,
    _signature: str | None,
    _return_annotation: str,
) -> None:
    """Record a class's parameter types from its own ``__init__``, where it has one.

    An attrs class's ``__init__`` takes what its fields' converters take; a converter that
    takes any value and checks it (typed ``object``) is shown with the field's type.
    """
    if what not in {"class", "exception"} or not isinstance(obj, type):
        return
    init = next((vars(c)["__init__"] for c in obj.__mro__ if "__init__" in vars(c)), None)
    if init is None or init is object.__init__ or not inspect.isfunction(init):
        return
    try:
        hints = typing.get_type_hints(init)
        fields = typing.get_type_hints(obj)
    except (NameError, TypeError):
        return  # a name only the type checker sees: autodoc's own reading stands
    mode = "smart" if app.config.autodoc_typehints_format == "short" else "fully-qualified"
    recorded = app.env.current_document.autodoc_annotations.setdefault(name, {})
    for parameter, hint in hints.items():
        if parameter != "return":
            shown = fields.get(parameter, hint) if hint in (object, Any) else hint
            recorded[parameter] = stringify_annotation(shown, mode)


# -- Google style where it applies ---------------------------------------------------------

_PROSE = {"attribute", "property", "data"}


def _google(  # noqa: PLR0913, PLR0917 - the signature of Sphinx's event
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Read as napoleon reads, but for attributes, properties and data (prose, not typed)."""
    if what == "data":
        _data_comment(name, obj, lines)
    if what not in _PROSE:
        napoleon._process_docstring(app, what, name, obj, options, lines)  # noqa: SLF001


# -- data documented where it is exported ---------------------------------------------------


def _comment(module: str, name: str) -> list[str] | None:
    """The ``#:`` comment of *name* in *module*'s source, if it has one."""
    found = ModuleAnalyzer.for_module(module).find_attr_docs().get(("", name))
    return list(found) if found else None


def _data_comment(name: str, obj: object, lines: list[str]) -> None:
    """Data a package re-exports: its ``#:`` comment where it is defined, not its type's doc.

    autodoc reads a module's data comments from the module it documents; a package that
    imports a constant (``charter.clock.EU_1182_71``) has none, and the docstring autodoc
    falls back on is that of the value's type (``CountingRule``, ``frozenset``).
    """
    module, short = name.rsplit(".", 1)
    if _comment(module, short) is not None:
        return
    homes = sorted(
        home
        for home, loaded in sys.modules.items()
        if (home == "charter" or home.startswith("charter."))
        and getattr(loaded, short, _MISSING) is obj
    )
    comment = next(filter(None, (_comment(home, short) for home in homes)), [])
    lines[:] = [*comment, ""] if comment else []


# -- long values and defaults -----------------------------------------------------------

#: A value longer than this is left out of a data's signature: its docstring says it.
_LONGEST_VALUE = 60


def _short_values(_app: Sphinx, doctree: nodes.document) -> None:
    """Leave out the values of data too long to read on a line (a calendar's every rule)."""
    for signature in list(doctree.findall(addnodes.desc_signature)):
        if signature.parent.get("objtype") not in {"data", "attribute"}:
            continue
        for annotation in list(signature.findall(addnodes.desc_annotation)):
            text = annotation.astext()
            if text.lstrip().startswith("=") and len(text) > _LONGEST_VALUE:
                annotation.parent.remove(annotation)


#: charter's public constants, by identity: a default that is one is shown by its name.
_CONSTANTS: dict[int, str] = {}


def _constants() -> dict[int, str]:
    if not _CONSTANTS:
        for module, names in public_names().items():
            loaded = importlib.import_module(module)
            for name in names:
                value = getattr(loaded, name)
                if not callable(value) and not isinstance(value, str | int | tuple):
                    _CONSTANTS.setdefault(id(value), name)
    return _CONSTANTS


class _Named:
    """A default shown by its name (``SERVICE_STANDARD``), not its long ``repr``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


def _named_defaults(
    _app: Sphinx,
    what: str,
    _name: str,
    obj: object,
    _options: object,
    signature: str | None,
    return_annotation: str,
) -> tuple[str, str] | None:
    """A signature whose defaults read as written: a public constant by its name.

    An attrs field made by a factory shows as the factory's call (``closures=Dates()``),
    not as attrs' marker ``NOTHING``.
    """
    if what not in {"class", "exception", "function", "method"} or not signature:
        return None
    try:
        parameters = inspect.signature(obj).parameters.values()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    factories = _factories(obj)
    constants = _constants()
    for parameter in parameters:
        written = constants.get(id(parameter.default))
        if parameter.default is attrs.NOTHING:
            written = factories.get(parameter.name)
        for shown in {repr(parameter.default), object_description(parameter.default)}:
            if written is not None:
                signature = signature.replace(
                    f"{parameter.name}={shown}", f"{parameter.name}={written}"
                )
    return signature, return_annotation


def _factories(obj: object) -> dict[str, str]:
    """The calls that make the defaults of an attrs class's fields, where they are named."""
    if not (isinstance(obj, type) and attrs.has(obj)):
        return {}
    calls = {}
    for field in attrs.fields(obj):
        factory = getattr(field.default, "factory", None)
        if factory is None:
            continue
        if field.default.takes_self:  # type: ignore[union-attr]
            calls[field.alias or field.name] = "..."  # made from the other fields
            continue
        name = getattr(factory, "__name__", "<lambda>")
        made = f"{name}()" if name != "<lambda>" else repr(factory())
        calls[field.alias or field.name] = made if len(made) <= _LONGEST_VALUE else "..."
    return calls


# -- every public name documented ----------------------------------------------------------


def _check_complete(_app: Sphinx, env: BuildEnvironment) -> None:
    """Warn of a name of a public ``__all__`` the reference does not document."""
    domain: PythonDomain = env.domains["py"]  # type: ignore[assignment]
    documented = _documented(env)
    for module, names in public_names().items():
        if module not in domain.modules:
            _LOGGER.warning("module %s is not in the API reference (docs/api.md)", module)
        loaded = importlib.import_module(module)
        for name in names:
            value = getattr(loaded, name)
            if f"{module}.{name}" in domain.objects or _key(value, name) in documented:
                continue
            if inspect.ismodule(value) and value.__name__ in domain.modules:
                continue
            _LOGGER.warning("%s.%s is not in the API reference (docs/api.md)", module, name)


def setup(app: Sphinx) -> dict[str, Any]:
    """Set napoleon up (reading docstrings through ``_google``) and the handlers above."""
    app.setup_extension("sphinx.ext.napoleon")
    for listener in list(app.events.listeners["autodoc-process-docstring"]):
        if listener.handler is napoleon._process_docstring:  # noqa: SLF001 - its handler
            app.disconnect(listener.id)
    app.connect("autodoc-process-docstring", _google)
    app.connect("autodoc-process-signature", _init_types)
    app.connect("autodoc-process-signature", _named_defaults)
    app.connect("doctree-read", _short_values)
    app.connect("env-check-consistency", _check_complete)
    app.connect("env-updated", _forget)
    app.connect("missing-reference", resolve)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
