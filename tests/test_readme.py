"""The README's two set-up commands, .ci/run running the second one, and the licence."""

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest

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
    assert test.endswith("pytest -n auto")  # every core: pytest-xdist


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _shell_blocks()[1] in ci


def test_the_project_is_apache_licensed() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == "Apache-2.0"
    assert pyproject["project"]["license-files"] == ["LICENSE"]
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.split()[:5] == ["Apache", "License", "Version", "2.0,", "January"]
    assert licence.rstrip().endswith("END OF TERMS AND CONDITIONS")
    assert "[yyyy]" not in licence  # the standard text, without the appendix's template
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "[Apache License 2.0](LICENSE)" in readme


def test_the_installed_metadata_names_the_licence() -> None:
    # The environment the tests run in installed charter from this pyproject.
    metadata = importlib.metadata.metadata("charter")
    if "License-Expression" not in metadata:  # installed before the licence was added
        pytest.skip("charter was installed from an older pyproject; reinstall it")
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
