"""The case clock: cases and their events, status against a guarantee, compliance (docs/design.md).

A case-management system builds a :class:`Case` per question, evaluates it with
``Charter.evaluate`` (a :class:`CaseReport` with its :class:`Status`), and measures many
with :func:`compliance` (a :class:`ComplianceReport`, which adds up with ``+``). Cases
and call records stream from CSV, Excel and Parquet files with :func:`read_cases` and
:func:`read_calls`.

- :mod:`~charter.cases.case`: :class:`Case`, a question and its history;
- :mod:`~charter.cases.status`: a case against its guarantee (:class:`CaseEvaluator`,
  :class:`CaseReport`, :class:`Status`);
- :mod:`~charter.cases.measure`: time in a guarantee's own unit (:class:`Amount`);
- :mod:`~charter.cases.monitoring`: :func:`compliance` over many cases and calls;
- :mod:`~charter.cases.reports` and :mod:`~charter.cases.histograms`: the parts of a
  compliance report, exact and mergeable;
- :mod:`~charter.cases.readers`: cases and calls from CSV, Excel and Parquet files,
  bad rows skipped and told, on :mod:`~charter.cases._csv` (CSV text to rows, every
  limit checked), :mod:`~charter.cases._formats` (the typed formats) and
  :mod:`~charter._excerpt` (text from outside, made safe to print).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from charter._deprecated import renamed_names
from charter._lazy import lazy_names

if TYPE_CHECKING:
    from charter.cases.case import Case, check_policy
    from charter.cases.measure import Amount, Measure
    from charter.cases.measure import measure_unit as measure_unit
    from charter.cases.monitoring import ComplianceReport, compliance
    from charter.cases.readers import (
        Call,
        CallReader,
        CaseReader,
        Reader,
        read_calls,
        read_cases,
    )
    from charter.cases.reports import (
        Breach,
        GuaranteeReport,
        Histogram,
        Problem,
        ReachabilityReport,
        ReachabilityResult,
        Skipped,
    )
    from charter.cases.status import CaseEvaluator, CaseReport, Status, evaluate

#: Where each name lives: a name is imported from its module on first use, so that a
#: program that needs a case (``charter.cases.Case``) does not load the readers, the
#: compliance report and their formats too.
_WHERE = {
    "Case": "case",
    "check_policy": "case",
    "Amount": "measure",
    "Measure": "measure",
    "measure_unit": "measure",  # internal; importable still
    "ComplianceReport": "monitoring",
    "compliance": "monitoring",
    "Call": "readers",
    "CallReader": "readers",
    "CaseReader": "readers",
    "Reader": "readers",
    "read_calls": "readers",
    "read_cases": "readers",
    "Breach": "reports",
    "GuaranteeReport": "reports",
    "Histogram": "reports",
    "Problem": "reports",
    "ReachabilityReport": "reports",
    "ReachabilityResult": "reports",
    "Skipped": "reports",
    "CaseEvaluator": "status",
    "CaseReport": "status",
    "Status": "status",
    "evaluate": "status",
}

__all__ = [
    "Amount",
    "Breach",
    "Call",
    "CallReader",
    "Case",
    "CaseEvaluator",
    "CaseReader",
    "CaseReport",
    "ComplianceReport",
    "GuaranteeReport",
    "Histogram",
    "Measure",
    "Problem",
    "ReachabilityReport",
    "ReachabilityResult",
    "Reader",
    "Skipped",
    "Status",
    "check_policy",
    "compliance",
    "evaluate",
    "read_calls",
    "read_cases",
]

#: Renamed in this release; the old names work, with a DeprecationWarning, until the next.
_RENAMED = renamed_names(__name__, {"Evaluator": "CaseEvaluator"})


__getattr__, __dir__ = lazy_names(__name__, _WHERE, _RENAMED)
