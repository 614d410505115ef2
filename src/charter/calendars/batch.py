"""Working-day arithmetic over arrays of dates (the extra ``numpy``), with the scalar answers.

The methods :meth:`~charter.WorkingCalendar.add_working_days_array`,
:meth:`~charter.WorkingCalendar.is_working_day_array` and
:meth:`~charter.WorkingCalendar.working_days_between_array` come here. From the calendar's
per-year indexes of working days (the ones the scalar methods search) they build, for the
years concerned, a table a day long: whether each day is a working day, and how many
working days there are up to it (a cumulative count). Every date is then a lookup in it,
not a search: the same answer as the scalar call for each element, at the cost of a few
passes over the arrays. A count of ``n`` working days reaches as many years as it needs,
and no more.

Dates come as a ``datetime64`` array of whole days (``datetime64[D]``, or a finer unit
holding midnights only: a pandas, polars or Arrow date column through ``to_numpy()``), or as
a sequence of ``datetime.date``. A ``datetime``, a time of day, ``NaT`` or a year outside
1900-2200 is refused with the position of the first such element; nothing is rounded.

>>> import numpy as np
>>> from charter import WorkingCalendar, belgium
>>> wc = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
>>> days = np.array(["2026-12-24", "2026-12-26", "2027-02-26"], dtype="datetime64[D]")
>>> wc.add_working_days_array(days, 1)
array(['2026-12-28', '2026-12-28', '2027-03-01'], dtype='datetime64[D]')
>>> wc.add_working_days_array(days, np.array([-1, 0, 5]))
array(['2026-12-23', '2026-12-28', '2027-03-05'], dtype='datetime64[D]')
>>> wc.is_working_day_array(days)
array([ True, False,  True])
>>> wc.working_days_between_array(days, np.datetime64("2026-12-31"))
array([  4,   4, -40])
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CharterTypeError,
    CharterValueError,
    MissingDependencyError,
    UnsupportedYearError,
    excerpt,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from charter.calendars.working import WorkingCalendar

    DateArray = npt.NDArray[np.datetime64]

__all__ = ["DatesLike", "add_working_days", "is_working_day", "working_days_between"]

#: What the batch functions take as dates: an array (or anything ``numpy.asarray`` makes
#: one of) of ``datetime64`` whole days, or a sequence of ``datetime.date``.
DatesLike = Any
#: The one dtype read as it is: whole days, one a step, in this machine's byte order.
_DAYS = "datetime64[D]"
#: ``date.toordinal()`` of 1970-01-01, day 0 of ``datetime64[D]``.
_EPOCH = 719_163
#: The first and last supported days, as days since 1970-01-01.
_FIRST_DAY = date(MIN_YEAR, 1, 1).toordinal() - _EPOCH
_LAST_DAY = date(MAX_YEAR, 12, 31).toordinal() - _EPOCH


def _numpy() -> Any:  # noqa: ANN401 - the numpy module
    try:
        import numpy as np  # noqa: PLC0415 - the extra, imported on use
    except ImportError:
        raise MissingDependencyError.for_extra("numpy", "numpy") from None
    return np


def _epoch_days(dates: DatesLike, what: str) -> npt.NDArray[np.int64]:
    """*dates* as days since 1970-01-01 (``datetime64[D]``'s numbers), every element checked."""
    xp = _numpy()
    array = _datetime64(dates, what)
    unit = xp.datetime_data(array.dtype)[0]
    if unit in {"Y", "M", "W"}:
        raise CharterValueError(
            f"{what}: datetime64[{unit}] holds no day; give datetime64[D] (whole days)"
        )
    if array.dtype == _DAYS:  # whole days, native order, one day a step: read as they are
        days = array
    else:
        days = array.astype("datetime64[D]")
        inexact = (days.astype(array.dtype) != array) & ~xp.isnat(array)
        if inexact.any():
            at = _first(inexact)
            raise CharterValueError(
                f"{what}[{at}] is {array.flat[at]}, not a whole day: give dates, not instants"
            )
    numbers: npt.NDArray[np.int64] = days.view(xp.int64)  # NaT is the lowest int64
    if numbers.size and (numbers.min() < _FIRST_DAY or numbers.max() > _LAST_DAY):
        at = _first((numbers < _FIRST_DAY) | (numbers > _LAST_DAY))
        if xp.isnat(days.flat[at]):
            raise CharterValueError(f"{what}[{at}] is NaT, not a date")
        raise UnsupportedYearError(
            f"{what}[{at}] {days.flat[at]} is outside the supported years {MIN_YEAR}-{MAX_YEAR}"
        )
    return numbers


def _datetime64(dates: DatesLike, what: str) -> Any:  # noqa: ANN401 - a numpy array
    """*dates* as a ``datetime64`` array (not yet checked as days)."""
    xp = _numpy()
    if isinstance(dates, datetime | str | bytes):
        raise CharterTypeError.expected(f"dates as {what}, not a time or a text", dates)
    _unmasked(dates, what)
    try:
        array = xp.asarray(xp.datetime64(dates, "D") if type(dates) is date else dates)
    except ValueError as error:  # a ragged sequence
        raise CharterValueError(f"{what}: not an array of dates ({error})") from None
    if array.size == 0 and array.dtype != object and array.dtype.kind != "M":
        array = array.astype("datetime64[D]")  # an empty sequence: no dates
    if array.dtype == object:
        array = _from_objects(array, what)
    if array.dtype.kind != "M":
        raise CharterTypeError(
            f"{what}: expected datetime64 dates or datetime.date values, got "
            + (excerpt(dates) if array.ndim == 0 else f"an array of {array.dtype}")
        )
    return array


def _unmasked(values: object, what: str) -> None:
    """Refuse a masked array with masked elements: a masked value has no date or count."""
    xp = _numpy()
    if isinstance(values, xp.ma.MaskedArray) and xp.ma.getmaskarray(values).any():
        at = _first(xp.ma.getmaskarray(values))
        raise CharterValueError(f"{what}[{at}] is masked: no value to count with")


def _from_objects(array: Any, what: str) -> Any:  # noqa: ANN401 - a numpy array
    """An object array of ``datetime.date`` as ``datetime64[D]``; anything else refused."""
    for at, value in enumerate(array.flat):
        if type(value) is not date:
            kind = "a datetime, not a date" if isinstance(value, datetime) else "not a date"
            raise CharterTypeError(f"{what}[{at}] is {excerpt(value)}: {kind}")
    return array.astype("datetime64[D]")


def _first(mask: Any) -> int:  # noqa: ANN401 - a numpy boolean array
    return int(_numpy().flatnonzero(mask)[0])


def _counts(n: object) -> npt.NDArray[np.int64]:
    xp = _numpy()
    if isinstance(n, bool):
        raise CharterTypeError.expected("an integer number of working days", n)
    _unmasked(n, "n")
    counts = xp.asarray(n)
    if counts.dtype == object and all(type(k) is int for k in counts.flat):
        raise UnsupportedYearError("n: a count of working days past the supported years")
    if counts.dtype.kind not in "iu":
        raise CharterTypeError(
            f"n: expected an integer or an array of integers, got {excerpt(n)}"
            if counts.ndim == 0
            else f"n: expected an array of integers, got an array of {counts.dtype}"
        )
    if counts.dtype.kind == "u" and counts.size and counts.max() > xp.iinfo(xp.int64).max:
        raise UnsupportedYearError("n: a count of working days past the supported years")
    result: npt.NDArray[np.int64] = counts.astype(xp.int64)
    return result


def _broadcast(first: Any, second: Any, names: str) -> Any:  # noqa: ANN401 - numpy arrays
    xp = _numpy()
    try:
        return xp.broadcast_arrays(first, second)
    except ValueError:
        raise CharterValueError(
            f"{names}: shapes {first.shape} and {second.shape} do not go together (broadcast)"
        ) from None


class _Table:
    """The working days of the years *first* to *last*, a day at a time.

    ``base`` is the first day (days since 1970); for the day ``base + k``, ``worked[k]``
    is 1 if it is a working day, else 0, and ``upto[k]`` the number of working days from
    ``base`` to it, itself included. ``days`` lists the working days in order, so that
    ``days[upto[k] - 1]`` is the last working day on or before ``base + k``.
    """

    def __init__(self, calendar: WorkingCalendar, first: int, last: int) -> None:
        xp = _numpy()
        self.first, self.last = first, last
        self.base = date(first, 1, 1).toordinal() - _EPOCH
        size = date(last, 12, 31).toordinal() - _EPOCH - self.base + 1
        ordinals = [calendar._days(year) for year in range(first, last + 1)]  # noqa: SLF001 - the calendar's own index
        self.days: npt.NDArray[np.int64] = (
            xp.fromiter((o for year in ordinals for o in year), dtype=xp.int64) - _EPOCH
        )
        self.worked: npt.NDArray[np.int32] = xp.zeros(size, dtype=xp.int32)
        self.worked[self.days - self.base] = 1
        self.upto: npt.NDArray[np.int32] = xp.cumsum(self.worked, dtype=xp.int32)

    @classmethod
    def over(cls, calendar: WorkingCalendar, *arrays: npt.NDArray[np.int64]) -> _Table:
        """The table of the years the (non-empty) *arrays* of days fall in."""
        low = min(int(a.min()) for a in arrays) + _EPOCH
        high = max(int(a.max()) for a in arrays) + _EPOCH
        return cls(calendar, date.fromordinal(low).year, date.fromordinal(high).year)


def _as_dates(days: npt.NDArray[np.int64]) -> DateArray:
    xp = _numpy()
    result: DateArray = xp.asarray(days).view("datetime64[D]")
    return result


def add_working_days(calendar: WorkingCalendar, dates: DatesLike, n: object) -> DateArray:
    """``calendar.add_working_days(d, k)`` for each date *d* and count *k* (broadcast)."""
    xp = _numpy()
    days, counts = _broadcast(_epoch_days(dates, "dates"), _counts(n), "dates and n")
    if days.size == 0:
        return _as_dates(days.copy())
    table = _Table.over(calendar, days)
    while True:
        k = days - table.base
        upto = table.upto[k]
        # n > 0: the n-th working day after the day; n <= 0: counted from the first working
        # day on or after it (the day itself when worked), as the scalar call counts.
        at = xp.where(counts > 0, upto + (counts - 1), upto - table.worked[k] + counts)
        low, high = int(at.min()) < 0, int(at.max()) >= len(table.days)
        if not low and not high:
            return _as_dates(table.days[at])
        if (low and table.first == MIN_YEAR) or (high and table.last == MAX_YEAR):
            where = _first(at < 0 if low and table.first == MIN_YEAR else at >= len(table.days))
            start = date.fromordinal(int(days.flat[where]) + _EPOCH)
            raise UnsupportedYearError.for_result(start, int(counts.flat[where]))
        # Reach as many more years as the furthest count needs (at least one working day a
        # week is not promised: one more year at a time at worst), and look again.
        first, last = table.first, table.last
        if low:
            first = max(MIN_YEAR, first - max(1, -int(at.min()) // 200 + 1))
        if high:
            last = min(MAX_YEAR, last + max(1, (int(at.max()) - len(table.days)) // 200 + 1))
        table = _Table(calendar, first, last)


def is_working_day(calendar: WorkingCalendar, dates: DatesLike) -> npt.NDArray[np.bool_]:
    """``calendar.is_working_day(d)`` for each date *d*."""
    xp = _numpy()
    days = _epoch_days(dates, "dates")
    if days.size == 0:
        return xp.zeros(days.shape, dtype=bool)  # type: ignore[no-any-return]
    table = _Table.over(calendar, days)
    found: npt.NDArray[np.bool_] = table.worked[days - table.base].astype(bool)
    return found


def working_days_between(
    calendar: WorkingCalendar, a: DatesLike, b: DatesLike
) -> npt.NDArray[np.int64]:
    """``calendar.working_days_between(x, y)`` for each pair of *a* and *b* (broadcast)."""
    xp = _numpy()
    start, end = _broadcast(_epoch_days(a, "a"), _epoch_days(b, "b"), "a and b")
    if start.size == 0:
        return xp.zeros(start.shape, dtype=xp.int64)  # type: ignore[no-any-return]
    table = _Table.over(calendar, start, end)
    counted: npt.NDArray[np.int64] = table.upto[end - table.base].astype(xp.int64)
    counted -= table.upto[start - table.base]
    return counted
