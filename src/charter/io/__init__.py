"""Charter documents: JSON and TOML in, canonical JSON (and TOML) out.

>>> import charter
>>> c = charter.loads('''{"format": "charter/1", "timezone": "Europe/Brussels",
...                      "organisation": {"name": {"nl": "Gemeente Voorbeeld"}}}''')
>>> c.organisation.name["nl"]
'Gemeente Voorbeeld'
>>> charter.loads(charter.dumps(c)) == c
True

- this module: :func:`load`, :func:`loads`, :func:`dump`, :func:`dumps`;
- :mod:`~charter.io.converter`: the one cattrs converter and the paths of its errors;
- :mod:`~charter.io.limits`: :class:`Limits`, how large a document may be, checked first;
- :mod:`~charter.io.schema`: the JSON Schema of charter documents;
- :mod:`~charter.io.cases`: case documents (:func:`load_case`, :func:`loads_case`);
- :mod:`~charter.io.forms`: results as plain data (:func:`to_json`), as ``--json`` prints.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cattrs.errors import BaseValidationError

from charter._lazy import lazy_names
from charter.calendars.base import check_timezone
from charter.errors import (
    CharterError,
    CharterTypeError,
    CharterValidationError,
    Issue,
    MissingDependencyError,
    excerpt,
)
from charter.io.converter import DocumentScope, issues_of, scoped, shared_converter
from charter.io.limits import Limits, check_data, check_size, check_text
from charter.model.charter import CalendarSpec, Charter

if TYPE_CHECKING:
    from charter.io.cases import load_case, loads_case
    from charter.io.forms import to_json

__all__ = [
    "FORMAT",
    "Limits",
    "dump",
    "dumps",
    "load",
    "load_case",
    "loads",
    "loads_case",
    "to_json",
]

#: Names served from their modules on first use, so that loading a charter does not load
#: the case clock too (case documents and results as data build on it).
_LAZY = {"load_case": "cases", "loads_case": "cases", "to_json": "forms"}


__getattr__, __dir__ = lazy_names(__name__, _LAZY)


#: The format a document states in its ``format`` key.
FORMAT = "charter/1"

Format = Literal["json", "toml"]


def _fail(path: str, message: str) -> CharterValidationError:
    return CharterValidationError([Issue(path, message)])


def _parse(text: str, format: Format) -> object:  # noqa: A002 - the public keyword
    try:
        if format == "json":
            return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        if format == "toml":
            return tomllib.loads(text)
    except json.JSONDecodeError as error:
        hint = " (it looks like TOML: read it with format='toml')" if _looks_toml(text) else ""
        raise _fail(
            "$", f"not JSON: {error.msg} at line {error.lineno} column {error.colno}{hint}"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise _fail("$", f"not TOML: {error}") from None
    except RecursionError:
        raise _fail("$", "nested too deeply") from None
    except _RefusedError as error:
        raise _fail("$", str(error)) from None
    except ValueError as error:  # integers with thousands of digits, say
        raise _fail("$", f"not a readable document: {_reason(error)}") from None
    raise CharterTypeError.expected("format 'json' or 'toml'", format)


#: A line of TOML a JSON document cannot begin with: a table header or a key = value.
_TOML_LINE = re.compile(r"\s*(\[\[?[\w.\" -]+\]\]?|[\w\"-]+\s*=)")


def _looks_toml(text: str) -> bool:
    """Whether *text*, which is not JSON, begins as a TOML document would."""
    first = next((line for line in text[:4096].splitlines() if line.strip()), "")
    return not first.lstrip().startswith("{") and _TOML_LINE.match(first) is not None


def _looks_like_a_document(path: str | Path) -> bool:
    """Whether *path*, given as a file name, is rather a document's own text."""
    if not isinstance(path, str):
        return False
    start = path.lstrip()
    return "\n" in path or start.startswith("{") or _TOML_LINE.match(start) is not None


def _reason(error: ValueError) -> str:
    if "integer string conversion" in str(error):
        return f"a number of more than {sys.get_int_max_str_digits()} digits"
    return str(error)[:200]


class _RefusedError(ValueError):
    pass


def _no_constant(name: str) -> object:
    message = f"{name} is not a number JSON allows"
    raise _RefusedError(message)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            message = f"the key {excerpt(key)} is given twice in one object"
            raise _RefusedError(message)
        found[key] = value
    return found


def _scope(data: Mapping[str, Any], issues: list[Issue]) -> DocumentScope:
    timezone: str | None = None
    given_zone = data.get("timezone")
    try:
        # Not a string, or missing: the converter says so at $.timezone.
        timezone = check_timezone(given_zone) if isinstance(given_zone, str) else None
    except CharterError as error:
        issues.append(Issue("$.timezone", str(error)))
    calendars: dict[str, CalendarSpec] = {}
    converter = shared_converter()  # calendars hold no opening hours: no scope needed
    given = data.get("calendars", [])
    for raw in given if isinstance(given, list) else []:
        try:
            spec = converter.structure(raw, CalendarSpec)
        except Exception:  # noqa: BLE001, S112 - reported with its path when the document is read
            continue
        calendars[spec.id] = spec
    declared = frozenset(
        raw["id"]
        for raw in (given if isinstance(given, list) else [])
        if isinstance(raw, dict) and isinstance(raw.get("id"), str)
    )
    return DocumentScope(timezone=timezone, calendars=calendars, declared=declared)


_BOM = "\ufeff"


def _limits(limits: Limits | None) -> Limits:
    if limits is None:
        return Limits()
    if not isinstance(limits, Limits):
        raise CharterTypeError.expected("charter.Limits", limits)
    return limits


def _unique(issues: Iterable[Issue]) -> list[Issue]:
    return list(dict.fromkeys(issues))


def loads(
    text: str,
    *,
    format: Format = "json",  # noqa: A002 - the public API's name
    limits: Limits | None = None,
) -> Charter:
    """Read a charter from JSON or TOML *text*; every problem at once, with its path.

    *limits* bound the document's size, nesting and counts (:class:`Limits`, whose
    defaults a real charter stays far below); a leading byte-order mark is ignored.
    """
    if not isinstance(text, str):
        raise CharterTypeError.expected("the document as a string", text)
    limits = _limits(limits)
    text = text.removeprefix(_BOM)
    walk = check_text(text, format, limits) if format in ("json", "toml") else False
    data = _parse(text, format)
    if not isinstance(data, dict):
        raise _fail("$", f"expected an object at the top, got {type(data).__name__}")
    check_data(data, limits, walk=walk)
    issues: list[Issue] = []
    stated = data.pop("format", None)
    if stated is None:
        issues.append(Issue("$.format", f'required field missing: say "{FORMAT}"'))
    elif stated != FORMAT:
        issues.append(
            Issue(
                "$.format", f"unsupported format {excerpt(stated)}; this library reads {FORMAT!r}"
            )
        )
    scope = _scope(data, issues)
    try:
        with scoped(scope) as converter:
            charter = converter.structure(data, Charter)
    except (BaseValidationError, CharterError) as error:
        issues.extend(issues_of(error))
        raise CharterValidationError(_unique(issues)) from None
    if issues:
        raise CharterValidationError(_unique(issues))
    return charter


def load(path: str | Path, *, limits: Limits | None = None) -> Charter:
    """Read a charter from a ``.json`` or ``.toml`` file, chosen by its suffix.

    A file larger than ``limits.max_bytes`` is refused before it is read, and at most
    ``max_bytes + 1`` bytes are ever read, so that a file whose size the system does not
    know (a pipe, a device such as ``/dev/zero``) is refused as soon as it is over the
    limit, not read to its end.
    """
    if _looks_like_a_document(path) and not _exists(path):
        raise _fail(
            "$",
            f"expected a path, got a text that looks like the document itself "
            f"({excerpt(path, 24)}): use charter.loads to read a document from a string",
        )
    path = Path(path)
    limits = _limits(limits)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".toml"):
        raise _fail("$", f"{excerpt(path.name)}: expected a .json or .toml file")
    try:
        check_size(path.stat().st_size, limits)
        with path.open("rb") as file:
            data = file.read(limits.max_bytes + 1)
        check_size(len(data), limits, at_least=True)
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _fail("$", f"{path.name} is not UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise _fail("$", f"cannot read {path}: {error.strerror or error}") from None
    return loads(text, format="json" if suffix == ".json" else "toml", limits=limits)


def _exists(path: str | Path) -> bool:
    try:
        return Path(path).exists()
    except (OSError, ValueError):  # too long a name, a NUL character
        return False


def _data(charter: Charter) -> dict[str, Any]:
    if not isinstance(charter, Charter):
        raise CharterTypeError.expected("a Charter", charter)
    scope = DocumentScope(timezone=charter.timezone, calendars={c.id: c for c in charter.calendars})
    with scoped(scope) as converter:
        data = converter.unstructure(charter, Charter)
    data.pop("_working", None)
    return {"format": FORMAT, **data}


def dumps(charter: Charter, *, format: Format = "json") -> str:  # noqa: A002 - the public API's name
    """The canonical document: stable key order, every value in its readable form."""
    data = _data(charter)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if format == "toml":
        try:
            import tomli_w  # noqa: PLC0415 - an optional extra, imported on use
        except ImportError:  # pragma: no cover - the test environment has the extra
            raise MissingDependencyError.for_extra("tomli-w", "toml") from None
        return tomli_w.dumps(_sorted(data))
    raise CharterTypeError.expected("format 'json' or 'toml'", format)


def _sorted(value: object) -> Any:  # noqa: ANN401 - JSON-like data
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value


def dump(charter: Charter, path: str | Path) -> None:
    """Write the canonical document of *charter* to *path*: TOML for ``.toml``, else JSON."""
    path = Path(path)
    format_: Format = "toml" if path.suffix.lower() == ".toml" else "json"
    path.write_text(dumps(charter, format=format_), encoding="utf-8")
