"""A client for the test-only oracle: opening_hours.js, run by node in ``tests/oracle``.

The oracle is a long-lived node process (``tests/oracle/server.mjs``) that answers one
JSON line per JSON line. It is installed from the lock file with
``npm ci --prefix tests/oracle``; :func:`oracle_available` says why it cannot be used
when it cannot. Public holidays (``PH``) are Belgium's, and local time is Brussels'.

Instants go out in UTC at millisecond precision, truncated: opening hours change on
whole minutes, so a truncated instant is always in the same state as the exact one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

__all__ = ["ORACLE_DIR", "Oracle", "OracleError", "oracle_available"]

ORACLE_DIR: Path = Path(__file__).resolve().parent / "oracle"
"""The folder of the oracle's node package (``package.json``, lock file, server)."""

_SERVER = ORACLE_DIR / "server.mjs"
_INSTALL_HINT = "run: npm ci --prefix tests/oracle"
_ZONE = "Europe/Brussels"


class OracleError(Exception):
    """The oracle answered ``ok: false``: the value did not parse, or the request was bad."""


def oracle_available() -> str | None:
    """Return None when the oracle can be started, else the reason why it cannot."""
    if shutil.which("node") is None:
        return "node is not installed (the opening_hours.js oracle needs it)"
    installed = ORACLE_DIR / "node_modules" / "opening_hours" / "package.json"
    if not installed.is_file():
        return f"opening_hours.js is not installed: {_INSTALL_HINT}"
    wanted = json.loads((ORACLE_DIR / "package.json").read_text(encoding="utf-8"))
    have = json.loads(installed.read_text(encoding="utf-8"))
    pinned = wanted["dependencies"]["opening_hours"]
    if have.get("version") != pinned:
        return (
            f"opening_hours.js {have.get('version')} is installed, the pin is {pinned}: "
            f"{_INSTALL_HINT}"
        )
    return None


def _instant(name: str, value: datetime) -> str:
    if not isinstance(value, datetime):
        msg = f"{name} must be a datetime, not {type(value).__name__}"
        raise TypeError(msg)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got the naive {value.isoformat()}")
    return value.astimezone(UTC).isoformat(timespec="milliseconds")


def _parse_instant(text: object) -> datetime:
    if not isinstance(text, str):
        raise TypeError(f"the oracle sent {text!r} where an instant was expected")
    return datetime.fromisoformat(text).astimezone(UTC)


class Oracle:
    """A running opening_hours.js oracle; a context manager that stops it on exit.

    Example::

        with Oracle() as oracle:
            is_open, unknown = oracle.state("Mo-Fr 09:00-17:00", moment)
    """

    def __init__(self) -> None:
        reason = oracle_available()
        if reason is not None:
            raise RuntimeError(f"the opening_hours.js oracle cannot start: {reason}")
        node = shutil.which("node")
        assert node is not None  # checked by oracle_available()
        self._process: subprocess.Popen[str] = subprocess.Popen(  # noqa: S603  (fixed argv)
            [node, str(_SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, "TZ": _ZONE},
            cwd=ORACLE_DIR,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the node process; calling it again does nothing."""
        process = self._process
        if process.stdin is not None and not process.stdin.closed:
            with contextlib.suppress(BrokenPipeError):
                process.stdin.close()  # node sees the end of its input and exits
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def _ask(self, request: dict[str, str]) -> dict[str, Any]:
        process = self._process
        if process.stdin is None or process.stdout is None or process.poll() is not None:
            raise RuntimeError(f"the oracle is not running (exit code {process.returncode})")
        try:
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
        except BrokenPipeError as error:
            raise RuntimeError(f"the oracle died (exit code {process.poll()})") from error
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the oracle died (exit code {process.wait()})")
        reply = json.loads(line)
        if not isinstance(reply, dict):
            raise TypeError(f"the oracle sent {line!r}, not a JSON object")
        if reply.get("ok") is not True:
            raise OracleError(str(reply.get("error")))
        return reply

    def state(self, value: str, at: datetime) -> tuple[bool, bool]:
        """Return (open, unknown) for ``value`` at the aware instant ``at``."""
        reply = self._ask({"value": value, "op": "state", "at": _instant("at", at)})
        return bool(reply["open"]), bool(reply["unknown"])

    def next_change(self, value: str, at: datetime, limit: datetime) -> datetime | None:
        """Return the first change of state after ``at``, in UTC; None when none by ``limit``."""
        reply = self._ask(
            {
                "value": value,
                "op": "next_change",
                "at": _instant("at", at),
                "limit": _instant("limit", limit),
            }
        )
        following = reply["next"]
        return None if following is None else _parse_instant(following)

    def intervals(
        self, value: str, start: datetime, end: datetime
    ) -> list[tuple[datetime, datetime, bool, str | None]]:
        """Return the open intervals from ``start`` to ``end``: (start, end, unknown, comment).

        Instants are UTC; the intervals are clipped to ``[start, end)`` by opening_hours.js.
        """
        reply = self._ask(
            {
                "value": value,
                "op": "intervals",
                "from": _instant("start", start),
                "to": _instant("end", end),
            }
        )
        result: list[tuple[datetime, datetime, bool, str | None]] = []
        for begin, finish, unknown, comment in reply["intervals"]:
            result.append(
                (
                    _parse_instant(begin),
                    _parse_instant(finish),
                    bool(unknown),
                    None if comment is None else str(comment),
                )
            )
        return result

    def warnings(self, value: str) -> list[str]:
        """Return opening_hours.js's warnings about ``value`` (``getWarnings()``); [] if none.

        Raises :class:`OracleError` when the value does not parse in opening_hours.js.
        Some warnings depend on the day the oracle runs: dates in the past are one.
        """
        reply = self._ask({"value": value, "op": "warnings"})
        found = reply["warnings"]
        if not isinstance(found, list):
            raise TypeError(f"the oracle sent {found!r} where a list of warnings was expected")
        return [str(warning) for warning in found]
