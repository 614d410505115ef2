"""The JSON forms of results: deadlines, their steps, case reports, compliance reports.

:func:`to_json` gives plain data (dicts, lists, strings, numbers), the documents
``charter deadline --json``, ``status --json`` and ``report --json`` print:

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> import charter
>>> from charter.io import to_json
>>> service = charter.examples.load()
>>> d = service.deadline(
...     "informative", datetime(2026, 12, 23, 10, tzinfo=ZoneInfo("Europe/Brussels"))
... )
>>> form = to_json(d)
>>> form["due"], form["steps"][0]
('2027-01-06T00:00:00+01:00', {'step': 'received', 'at': '2026-12-23T10:00:00+01:00'})

Instants are ISO 8601 with their offset, durations seconds, enumerations their values,
amounts ``{"value": ..., "unit": ...}`` rounded to 6 decimals.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import Enum
from fractions import Fraction
from functools import singledispatch
from typing import Any, cast

import attrs

from charter.cases import Amount, CaseReport, ComplianceReport, Status
from charter.cases.measure import TICKS
from charter.clock import Deadline, Unit
from charter.clock.steps import Step
from charter.errors import CharterTypeError
from charter.text import LocalizedText

__all__ = ["to_json"]


@singledispatch
def to_json(value: object) -> Any:  # noqa: ANN401 - JSON-like data
    """*value* as plain data for JSON: a deadline, a step, a case or compliance report."""
    if attrs.has(type(value)) and type(value).__module__ == "charter.clock.steps":
        return _step_json(cast("Step", value))
    raise CharterTypeError.expected("a Deadline, a step, a CaseReport or a ComplianceReport", value)


@to_json.register
def _deadline_json(d: Deadline) -> dict[str, Any]:
    return {
        "period": str(d.period),
        "rule": d.rule.name,
        "received": d.received.isoformat(),
        "due": d.due.isoformat(),
        "last_day": d.last_day.isoformat(),
        "steps": [_step_json(step) for step in d.steps],
    }


@to_json.register
def _case_report_json(report: CaseReport) -> dict[str, Any]:
    def amount(value: Amount | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {"value": round(float(value), 6), "unit": value.unit.value}

    case = report.case
    return {
        "guarantee": case.guarantee,
        "reference": case.reference,
        "received": case.received.isoformat(),
        "at": report.at.isoformat(),
        "status": report.status.value,
        "due": report.deadline.due.isoformat(),
        "last_day": report.deadline.last_day.isoformat(),
        "remaining": amount(report.remaining),
        "allowed": amount(report.allowed),
        "elapsed": round(float(report.elapsed), 6),
        "answered": None if report.answered is None else report.answered.isoformat(),
        "suspended_since": (
            None if report.suspended_since is None else report.suspended_since.isoformat()
        ),
        "response": amount(report.response),
    }


@to_json.register
def _compliance_json(report: ComplianceReport) -> dict[str, Any]:
    def amount(value: Amount | Fraction | None) -> float | None:
        return None if value is None else round(float(value), 6)

    share = amount

    return {
        "at": report.at.isoformat(),
        "cases": report.cases,
        "guarantees": [
            {
                "guarantee": g.guarantee,
                "unit": g.unit.value,
                "cases": g.cases,
                "counts": {status.value: g.counts[status] for status in Status},
                "met_share": share(g.met_share),
                "target": None if g.target is None else g.target.value,
                "target_per": None if g.target_per is None else g.target_per.value,
                "passed": g.passed,
                "periods": [
                    {
                        "first": p.first.isoformat(),
                        "last": p.last.isoformat(),
                        "cases": p.cases,
                        "counts": {status.value: p.counts[status] for status in Status},
                        "met_share": share(p.met_share),
                        "passed": p.passed(g.target),
                    }
                    for p in g.periods
                ],
                "response_times": {
                    "median": amount(g.response_times.median),
                    "p90": amount(g.response_times.p90),
                    "max": amount(g.response_times.max),
                    "histogram": [
                        [round(grid * g.response_times.step / _ticks(g.unit), 6), count]
                        for grid, count in g.response_times.counts
                    ],
                },
                "breaches": [
                    {
                        "reference": b.reference,
                        "status": b.status.value,
                        "received": b.received.isoformat(),
                        "due": b.due.isoformat(),
                        "overdue_seconds": b.overdue.total_seconds(),
                    }
                    for b in g.breaches
                ],
            }
            for g in report.guarantees
        ],
        "reachability": [
            {
                "channel": r.channel,
                "calls": r.calls,
                "answered": r.answered,
                "abandoned": r.abandoned,
                "within_target": r.within,
                "target_seconds": None if r.target is None else r.target.within_seconds,
                "target_share": None
                if r.target is None or r.target.share is None
                else r.target.share.value,
                "share": share(r.share),
                "passed": r.passed,
                "median_wait_seconds": r.median_wait,
                "p90_wait_seconds": r.p90_wait,
                "average_wait_seconds": amount(r.average_wait),
                "targets": [
                    {
                        "metric": result.target.metric.value,
                        "target_share": None
                        if result.target.share is None
                        else result.target.share.value,
                        "target_seconds": result.target.within_seconds,
                        "target_rings": result.target.rings,
                        "within_target": None if result.target.within_seconds is None else within,
                        "share": share(result.share),
                        "average_wait_seconds": amount(result.average_wait),
                        "passed": result.passed,
                        "note": result.note,
                    }
                    for result, within in zip(r.results, r.in_time, strict=True)
                ],
            }
            for r in report.reachability
        ],
        "window": None
        if report.window is None
        else {
            "first": None if report.window[0] is None else report.window[0].isoformat(),
            "last": None if report.window[1] is None else report.window[1].isoformat(),
        },
        "outside": report.outside,
        "calls_outside": report.calls_outside,
        "skipped": {
            "count": report.skipped.count,
            "problems": [
                {"source": p.source, "line": p.line, "reference": p.reference, "message": p.message}
                for p in report.skipped.problems
            ],
        },
    }


def _ticks(unit: Unit) -> int:
    return TICKS[unit]


def _step_json(step: Step) -> dict[str, Any]:
    """A step as JSON: its kind in snake case, then its fields."""
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", type(step).__name__).lower()
    document: dict[str, Any] = {"step": name}
    for attribute in attrs.fields(type(step)):
        document[attribute.name] = _plain(getattr(step, attribute.name))
    return document


def _plain(value: object) -> object:  # noqa: PLR0911 - one case a type
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, LocalizedText):
        return dict(value)
    if attrs.has(type(value)):
        kind = cast("type[attrs.AttrsInstance]", type(value))
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(kind)}
    return str(value)
