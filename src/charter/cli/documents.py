"""``charter render``, ``validate``, ``examples`` and ``schema``: charter documents."""

from __future__ import annotations

from charter.cli.context import (
    LOCALES,
    CheckFailedError,
    Commands,
    Invocation,
    Parser,
    UsageError,
    command_words,
    language_argument,
    limit_argument,
)
from charter.errors import CharterError, CharterValidationError, Issue


def register(commands: Commands, with_charter: Parser, plain: Parser) -> None:
    """Add ``render``, ``validate``, ``examples`` and ``schema`` to *commands*."""
    rendered = commands.add_parser(
        "render", parents=[with_charter], help="the charter as a document for people"
    )
    rendered.add_argument(
        "--lang",
        type=language_argument,
        metavar="LANG",
        help="the language (default: the charter's first language)",
    )
    rendered.add_argument(
        "--fallback",
        type=language_argument,
        metavar="LANG",
        help="take the texts the charter lacks in the language from LANG, and say so in the "
        "document (default: refuse)",
    )
    rendered.add_argument(
        "--format",
        choices=("markdown", "html", "text"),
        default="markdown",
        help="markdown (default), html (a complete page) or text",
    )
    rendered.set_defaults(run=run_render)

    validate = commands.add_parser(
        "validate", parents=[plain], help="check charter documents; exit 1 if any is invalid"
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help=".json or .toml documents")
    validate.add_argument("--json", action="store_true", help="print JSON instead of text")
    validate.add_argument(
        "--strict", action="store_true", help="fail on warnings too (exit 1), not only problems"
    )
    limit_argument(validate)
    validate.set_defaults(run=run_validate)

    examples = commands.add_parser(
        "examples", parents=[plain], help="list the bundled examples, or print one"
    )
    examples.add_argument("name", nargs="?", metavar="NAME", help="the example to print")
    examples.set_defaults(run=run_examples)

    schema = commands.add_parser(
        "schema", parents=[plain], help="print the JSON Schema of charter documents"
    )
    schema.add_argument(
        "--case", action="store_true", help="of case documents (status --case) instead"
    )
    schema.set_defaults(run=run_schema)


def run_render(ctx: Invocation) -> None:
    """The charter as a document for people."""
    from charter.language import render  # noqa: PLC0415 - Babel only for this command

    c = ctx.charter()
    language = ctx.args.lang or c.languages[0]
    fallback = ctx.args.fallback
    ctx.document(render(c, locale=LOCALES[language], format=ctx.args.format, fallback=fallback))


def run_validate(ctx: Invocation) -> None:
    """Check charter documents; exit 1 if any is invalid (or, with --strict, warned about)."""
    from charter.io import load  # noqa: PLC0415

    results: list[tuple[str, list[Issue], list[Issue]]] = []
    for name in ctx.args.files:
        try:
            warnings = list(load(name, limits=ctx.limits()).warnings())
        except CharterValidationError as error:
            issues = [Issue(i.path, command_words(i.message)) for i in error.issues]
            results.append((name, issues, []))
        except CharterError as error:  # any other refusal is this file's, not the command's
            results.append((name, [Issue("$", command_words(str(error)))], []))
        else:
            results.append((name, [], warnings))
    if ctx.args.json:
        ctx.json(
            [
                {
                    "file": name,
                    "valid": not issues,
                    "problems": [{"path": i.path, "message": i.message} for i in issues],
                    "warnings": [{"path": w.path, "message": w.message} for w in warnings],
                }
                for name, issues, warnings in results
            ]
        )
    else:
        for name, issues, warnings in results:
            _say_validated(ctx, name, issues, warnings)
    strict = ctx.args.strict
    if any(issues or (strict and warnings) for _, issues, warnings in results):
        raise CheckFailedError


def _say_validated(ctx: Invocation, name: str, issues: list[Issue], warnings: list[Issue]) -> None:
    from charter.language.english import plural  # noqa: PLC0415 - Babel on use

    if issues:
        ctx.write(f"{name}: {plural(len(issues), 'problem')}")
    elif warnings:
        ctx.write(f"{name}: valid, {plural(len(warnings), 'warning')}")
    else:
        ctx.write(f"{name}: valid")
    for issue in issues:
        ctx.write(f"  {issue}")
    for warning in warnings:
        ctx.write(f"  warning: {warning}")


def run_examples(ctx: Invocation) -> None:
    """List the bundled examples, or print one."""
    from charter import examples  # noqa: PLC0415
    from charter.errors import UnknownExampleError  # noqa: PLC0415

    if ctx.args.name is None:
        for name in examples.names():
            ctx.write(name + ("  (the default)" if name == examples.DEFAULT else ""))
        return
    try:
        ctx.document(examples.text(ctx.args.name))
    except UnknownExampleError as error:
        raise UsageError(str(error)) from None


def run_schema(ctx: Invocation) -> None:
    """The JSON Schema of charter documents, or with ``--case`` of case documents."""
    if ctx.args.case:
        from charter.io.cases import case_schema  # noqa: PLC0415

        ctx.json(case_schema())
        return
    from charter.io.schema import json_schema  # noqa: PLC0415 - only this command needs it

    ctx.json(json_schema())
