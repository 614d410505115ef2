"""Runs the examples in the docs, the README and the docstrings as tests (Sybil)."""

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser
from sybil.parsers.rest import DocTestParser

markdown = Sybil(parsers=[PythonCodeBlockParser()], patterns=["*.md"], excludes=["CHANGELOG.md"])
docstrings = Sybil(parsers=[DocTestParser()], patterns=["src/charter/*.py", "src/charter/**/*.py"])

pytest_collect_file = (markdown + docstrings).pytest()
