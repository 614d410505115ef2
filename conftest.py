"""Runs the examples in the docs, the README and the docstrings as tests (Sybil).

Without the holidays extra (``CHARTER_TEST_EXTRA=test-base``, .ci/matrix), a test or an
example that fails only for want of the package is skipped; see ``tests/peers.py``.
"""

import os
import tempfile
from collections.abc import Iterator

import pytest
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser
from sybil.parsers.rest import DocTestParser

from peers import WITHOUT_HOLIDAYS, needs_holidays

# The command keeps its bundled examples pre-structured in a cache folder: the tests' own,
# never the user's (the processes the tests start inherit it).
os.environ["CHARTER_CACHE_DIR"] = tempfile.mkdtemp(prefix="charter-test-cache-")
os.environ.pop("CHARTER_NO_CACHE", None)

markdown = Sybil(parsers=[PythonCodeBlockParser()], patterns=["*.md"], excludes=["CHANGELOG.md"])
docstrings = Sybil(parsers=[DocTestParser()], patterns=["src/charter/*.py", "src/charter/**/*.py"])

pytest_collect_file = (markdown + docstrings).pytest()


#: The documents one of whose examples was skipped for want of the holidays package.
_SKIPPED_IN: set[object] = set()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Without the holidays extra, skip a test that fails only for want of the package.

    An example of the docs that then fails on a name the skipped one would have defined
    (``NameError``, in the same document) is skipped too.
    """
    try:
        return (yield)
    except Exception as error:
        if WITHOUT_HOLIDAYS and needs_holidays(error):
            _SKIPPED_IN.add(item.path)
            pytest.skip("needs the holidays package, which the test-base extra leaves out")
        if WITHOUT_HOLIDAYS and item.path in _SKIPPED_IN and "NameError" in str(error):
            pytest.skip("follows an example that needed the holidays package")
        raise
