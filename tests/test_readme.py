"""The README's two set-up commands, and .ci/run running the second one."""

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _shell_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)]


def test_the_readme_has_exactly_two_commands() -> None:
    blocks = _shell_blocks()
    assert len(blocks) == 2
    assert all("\n" not in block for block in blocks)
    install, test = blocks
    assert "charter deadline informative" in install
    assert "--explain" in install
    assert "[test]" in test
    assert test.endswith("pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _shell_blocks()[1] in ci
