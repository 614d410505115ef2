"""The charter in the formats of its neighbours (docs/interop.md).

- :mod:`~charter.interop.cpsv_ap`: CPSV-AP 3.2 JSON-LD, for public-service catalogues
  (:func:`to_cpsv_ap`), and reading it back (:func:`from_cpsv_ap`);
- :mod:`~charter.interop.schema_org`: schema.org JSON-LD, for search engines and web pages
  (:func:`to_schema_org`);
- :mod:`~charter.interop.ical`: iCalendar feeds of closures and special hours
  (:func:`to_ical`), and a case's promised date as an event (:func:`deadline_to_ical`).

The JSON-LD needs no package beyond charter's own; iCalendar needs the extra
``charter[interop]`` (the ``icalendar`` package), imported when it is first used.
"""

from charter.interop._cpsv_read import CpsvApReading, from_cpsv_ap
from charter.interop.cpsv_ap import NS, to_cpsv_ap
from charter.interop.ical import deadline_to_ical, to_ical
from charter.interop.schema_org import to_schema_org

__all__ = [
    "NS",
    "CpsvApReading",
    "deadline_to_ical",
    "from_cpsv_ap",
    "to_cpsv_ap",
    "to_ical",
    "to_schema_org",
]
