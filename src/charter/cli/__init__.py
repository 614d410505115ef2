"""The ``charter`` command. The only code that reads ``argv``, the clock, or prints.

Exit status: 0 success; 1 invalid data (a charter document, a CSV file, a case history)
or a failed check (``validate``); 2 a usage problem (an unknown option, guarantee or
channel, a malformed date). Every problem is one line on standard error,
``charter: error: ...``; ``--debug`` adds the traceback.

One module a command group, each adding its commands beside their ``run`` functions:
:mod:`~charter.cli.deadlines`, :mod:`~charter.cli.cases`, :mod:`~charter.cli.hours`,
:mod:`~charter.cli.listing`, :mod:`~charter.cli.documents`, :mod:`~charter.cli.calendars`;
what they share (the invocation, the output and its escaping, the arguments) is
:mod:`charter.cli.context`.
The command holds no library logic: what it reads and prints exists in the library first.
"""

from __future__ import annotations

import argparse
import io
import sys
import traceback
from collections.abc import Sequence
from typing import TextIO

from charter._excerpt import for_terminal
from charter._version import __version__
from charter.cli import calendars, cases, deadlines, documents, hours, listing
from charter.cli.context import (
    CheckFailedError,
    Commands,
    Invocation,
    Parser,
    UsageError,
    command_words,
    common_options,
)
from charter.errors import CharterError

__all__ = ["main"]


#: The module that registers each command (tests/test_cli.py holds it to the parser).
COMMAND_MODULES = {
    "deadline": "deadlines",
    "deadlines": "deadlines",
    "report": "cases",
    "status": "cases",
    "hours": "hours",
    "open": "hours",
    "channels": "listing",
    "guarantees": "listing",
    "examples": "documents",
    "render": "documents",
    "schema": "documents",
    "validate": "documents",
    "calendars": "calendars",
    "holidays": "calendars",
    "workdays": "calendars",
    "export": "export",
}


def _register(name: str, commands: Commands, with_charter: Parser, plain: Parser) -> None:
    if name == "documents":
        documents.register(commands, with_charter, plain)
    elif name == "calendars":
        calendars.register(commands, plain)
    elif name == "export":
        __import__("charter.cli.export", fromlist=["register"]).register(commands, with_charter)
    else:
        {"deadlines": deadlines, "cases": cases, "hours": hours, "listing": listing}[name].register(
            commands, with_charter
        )


def _command_word(arguments: Sequence[str]) -> str | None:
    """The command *arguments* name: the first that is not an option, if it is one."""
    for argument in arguments:
        if argument == "--":
            return None
        if not argument.startswith("-"):
            return argument if argument in COMMAND_MODULES else None
    return None


def _build_parser(arguments: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The command's parser: with the sub-parsers of the command used alone, when known.

    ``charter --help``, no command, or an unknown one build them all, so that help and
    errors list every command.
    """
    parser = Parser(
        prog="charter",
        description="A public service's client charter as code.",
        parents=[common_options(debug_only=True)],
    )
    parser.set_defaults(debug=False)
    parser.add_argument("--version", action="version", version=f"charter {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    with_charter, plain = common_options(), common_options(debug_only=True)
    word = _command_word(arguments)
    names = dict.fromkeys(COMMAND_MODULES.values()) if word is None else [COMMAND_MODULES[word]]
    for name in names:
        _register(name, commands, with_charter, plain)
    _say_formats(parser)
    return parser


#: The formats of the arguments, each said below the options of every command that takes one:
#: the names, then what one is and what several are.
_FORMATS = (
    (
        ("WHEN", "FROM", "TO", "AT"),
        "a time",
        "times",
        (
            " in ISO 8601: 2026-12-23T10:00+01:00 with its offset, 2026-12-23T10:00 in the "
            "charter's time zone, or now."
        ),
    ),
    (("DATE", "A", "B"), "a date", "dates", " in the form YYYY-MM-DD, such as 2026-12-23."),
    (("N",), "a whole number", "whole numbers", "."),
    (("LANG",), "a language", "languages", ": nl, fr, de or en (nl-BE and nl_BE mean nl)."),
)


def _say_formats(parser: argparse.ArgumentParser) -> None:
    """Give every command that takes a time, a date or a number the format, in its help."""
    for action in parser._actions:  # noqa: SLF001 - argparse lists its sub-parsers nowhere else
        if not isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            continue
        for command in dict.fromkeys(action.choices.values()):
            taken = {name for argument in command._actions for name in _metavars(argument)}  # noqa: SLF001
            lines = []
            for names, one, several, form in _FORMATS:
                used = [name for name in names if name in taken]
                if len(used) == 1:
                    lines.append(f"{used[0]} is {one}{form}")
                elif used:
                    lines.append(f"{', '.join(used[:-1])} and {used[-1]} are {several}{form}")
            if lines:
                command.epilog = " ".join(lines)
            _say_formats(command)


def _metavars(action: argparse.Action) -> tuple[str, ...]:
    metavar = action.metavar
    if metavar is None:
        return ()
    return metavar if isinstance(metavar, tuple) else (metavar,)


def _one_line(error: BaseException) -> str:
    """The message of *error* on one line, nothing in it able to act on the terminal."""
    return for_terminal(" ".join(command_words(str(error)).split()))


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:  # noqa: PLR0911
    """Run the command with *argv* (default: the process's arguments); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in arguments
    try:
        args = _build_parser(arguments).parse_args(arguments)
        debug = args.debug
        target = _output(out)
        ctx = Invocation(args, target)
        args.run(ctx)
        target.flush()  # inside: a closed pipe shows here, not at exit
        for note in ctx.notes:
            sys.stderr.write(f"charter: note: {for_terminal(note)}\n")
    except CheckFailedError:
        return 1
    except UsageError as error:
        return _fail(error, 2, debug=debug)
    except CharterError as error:
        return _fail(error, 1, debug=debug)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        _silence_stdout()
        return 1
    except OSError as error:  # a full disk, a closed output: the output could not be written
        message = f"cannot write the output: {error.strerror or error}"
        return _fail(error, 1, debug=debug, message=message)
    except KeyboardInterrupt:
        sys.stderr.write("charter: interrupted\n")
        return 130
    except Exception as error:  # noqa: BLE001 - a bug: said in one line, traced with --debug
        message = f"internal error: {type(error).__name__}: {error} (--debug shows where)"
        return _fail(error, 1, debug=debug, message=message)
    return 0


def _output(out: TextIO | None) -> TextIO:
    """Where to write: *out*, or standard output, which must be open.

    Characters the terminal's encoding lacks are written as escapes, not an error.
    """
    if out is not None:
        return out
    if sys.stdout is None:
        raise OSError(9, "standard output is closed")
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    return sys.stdout


def _silence_stdout() -> None:
    """Point standard output at the null device, so that exit does not flush into a closed pipe."""
    try:
        import os  # noqa: PLC0415

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # pragma: no cover - no file descriptor
        pass


def _fail(error: BaseException, code: int, *, debug: bool, message: str | None = None) -> int:
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    sys.stderr.write(f"charter: error: {for_terminal(message or _one_line(error))}\n")
    return code
