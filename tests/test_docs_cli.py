"""The console examples of docs/cli.md, run through the command's entry point."""

import io
import re
import shlex
from pathlib import Path

import pytest

from charter.cli import main

DOC = Path(__file__).parent.parent / "docs" / "cli.md"


def _examples() -> list[tuple[list[str], str]]:
    examples: list[tuple[list[str], str]] = []
    for block in re.findall(r"```console\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((shlex.split(command), output))
    return examples


EXAMPLES = _examples()


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize(("argv", "expected"), EXAMPLES, ids=[" ".join(a) for a, _ in EXAMPLES])
def test_console_example(
    argv: list[str],
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert argv[0] == "charter"
    monkeypatch.chdir(DOC.parent.parent)  # the page's paths are from the repository's root
    out = io.StringIO()
    code = main(argv[1:], out)
    printed = out.getvalue() + capsys.readouterr().err
    assert printed == expected
    failed = "charter: error:" in expected or re.search(r": \d+ problems?$", expected, re.MULTILINE)
    assert (code != 0) == bool(failed)
