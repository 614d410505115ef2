"""The reference pages cover what they say: every public name, every document field, every extra.

The API reference (docs/api.md) is built by autodoc, which documents a module's
``__all__`` given ``:members:``, but leaves out, without a word, two kinds of name: a
module (it needs an ``automodule`` of its own) and data a package imports from one of its
modules (``charter.clock.EU_1182_71``: it needs an ``autodata``). These tests read the
page as autodoc will and fail on any public name it would leave out, without building the
docs (the docs build checks the same, with Sphinx: docs/_ext/charter_api.py).
"""

import ast
import functools
import importlib
import inspect
import re
import sys
import tomllib
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import charter

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
API = (DOCS / "api.md").read_text(encoding="utf-8")

sys.path.insert(0, str(DOCS / "_ext"))
_public = importlib.import_module("charter_public")
_reference = importlib.import_module("charter_document_reference")
GENERATED: str = _reference.document_reference()

PUBLIC: dict[str, list[str]] = _public.public_names()


def _directives() -> Iterator[tuple[str, str, dict[str, str]]]:
    """Each ``.. autoX:: target`` of the API page, with its options."""
    pattern = r"^\.\. (auto\w+):: (\S+)\n((?:   :[\w-]+:.*\n)*)"
    for kind, target, block in re.findall(pattern, API, flags=re.MULTILINE):
        options = dict(re.findall(r"^   :([\w-]+):(.*)$", block, flags=re.MULTILINE))
        yield kind, target, {key: value.strip() for key, value in options.items()}


@functools.cache
def _assigned(module: str) -> set[str]:
    """The names *module*'s own source assigns at its top level (autodoc's data)."""
    source = inspect.getsource(importlib.import_module(module))
    names = set()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names |= {target.id for target in targets if isinstance(target, ast.Name)}
    return names


def _key(value: object, name: str) -> tuple[int, str]:
    """Modules, classes and functions by identity; other values by identity and name."""
    named = inspect.ismodule(value) or inspect.isclass(value) or callable(value)
    return (id(value), "" if named else name)


@functools.cache
def _documented() -> tuple[set[str], set[tuple[int, str]]]:
    """The names the page documents, and the objects they are."""
    names: set[str] = set()
    for kind, target, options in _directives():
        if kind != "automodule":
            names.add(target)
            continue
        names.add(target)
        if "members" not in options:
            continue
        module = importlib.import_module(target)
        excluded = {name.strip() for name in options.get("exclude-members", "").split(",")}
        for name in set(getattr(module, "__all__", ())) - excluded:
            value = getattr(module, name)
            routine = inspect.isclass(value) or callable(value)
            if not inspect.ismodule(value) and (routine or name in _assigned(target)):
                names.add(f"{target}.{name}")
    objects = {_key(_public_value(name), name.rsplit(".", 1)[-1]) for name in names}
    return names, objects


def _public_value(path: str) -> Any:
    module, _, name = path.rpartition(".")
    if path in PUBLIC:
        return importlib.import_module(path)
    return getattr(importlib.import_module(module), name)


def test_every_public_module_is_on_the_api_page() -> None:
    modules = {target for kind, target, _ in _directives() if kind == "automodule"}
    assert set(PUBLIC) <= modules


def test_every_public_package_documents_its_members() -> None:
    for kind, target, options in _directives():
        if kind == "automodule" and target != "charter":  # charter: the list of its names
            assert "members" in options, target
            assert not options["members"], f"{target}: all of __all__, not some names"


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_every_public_name_is_documented(module: str) -> None:
    names, objects = _documented()
    loaded = importlib.import_module(module)
    missing = [
        name
        for name in PUBLIC[module]
        if f"{module}.{name}" not in names
        and _key(getattr(loaded, name), name) not in objects
        and not (
            inspect.ismodule(getattr(loaded, name)) and getattr(loaded, name).__name__ in names
        )
    ]
    assert missing == [], f"add to docs/api.md: {', '.join(f'{module}.{n}' for n in missing)}"


def test_the_list_of_charters_names_names_each_once() -> None:
    listed = re.findall(r"\{py:\w+\}`~charter\.(\w+)`", API)
    assert sorted(listed) == sorted(charter.__all__)


def test_public_modules_include_the_packages_and_the_modules_they_name() -> None:
    assert {"charter", "charter.model", "charter.io.schema", "charter.calendars.belgium"} <= set(
        PUBLIC
    )
    assert all(isinstance(importlib.import_module(name), types.ModuleType) for name in PUBLIC)


# -- the document reference ---------------------------------------------------------------


def _properties(node: object) -> Iterator[str]:
    """Every property name anywhere in a schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                yield from value
            yield from _properties(value)
    elif isinstance(node, list):
        for item in node:
            yield from _properties(item)


def test_the_document_reference_has_a_row_for_every_field_of_the_schema() -> None:
    text = GENERATED
    rows = set(re.findall(r"^\| `(\w+)` \|", text, flags=re.MULTILINE))
    assert set(_properties(charter.json_schema())) <= rows


def test_the_document_reference_has_a_section_for_every_object_of_the_schema() -> None:
    text = GENERATED
    headings = set(re.findall(r"^## (\w+)$", text, flags=re.MULTILINE))
    assert set(charter.json_schema()["$defs"]) <= headings


def test_the_document_reference_links_only_to_its_own_headings() -> None:
    text = GENERATED
    page = (DOCS / "document-reference.md").read_text(encoding="utf-8")
    anchors = {
        re.sub(r"[^a-z0-9_ -]", "", title.lower()).replace(" ", "-")
        for title in re.findall(r"^#{1,3} (.+)$", page + "\n" + text, flags=re.MULTILINE)
    }
    assert set(re.findall(r"\]\(#([\w-]+)\)", text)) <= anchors


def test_the_document_reference_page_holds_the_generated_part() -> None:
    page = (DOCS / "document-reference.md").read_text(encoding="utf-8")
    assert page.count(_reference.PLACEHOLDER) == 1


# -- the install page -------------------------------------------------------------------------


def test_the_install_page_names_every_extra() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    install = (DOCS / "install.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `([\w-]+)` \|", install, flags=re.MULTILINE))
    assert set(pyproject["project"]["optional-dependencies"]) <= rows
