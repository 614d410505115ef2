"""The charter as data (docs/design.md): organisation, channels, guarantees and the rest.

- :mod:`~charter.model.charter`: the :class:`Charter` aggregate and its working calendars
  (:class:`CalendarSpec`); cross-references are checked when it is built;
- :mod:`~charter.model.contact`: the :class:`Organisation` and contact details, each value
  checked (:class:`PhoneNumber`, :class:`Email`, :class:`Url`, :class:`EnterpriseNumber`),
  a web address per language (:class:`LocalizedUrl`);
- :mod:`~charter.model.channels`: :class:`Channel` and its kinds, appointments, payments;
- :mod:`~charter.model.guarantees`: :class:`Guarantee` and its kinds, reachability
  targets, client duties, data reuse, referral, quality monitoring, :class:`Share`.
"""

from charter.model.channels import Appointment, Channel, ChannelKind, PaymentMethod
from charter.model.charter import CalendarSpec, Charter
from charter.model.contact import (
    Contact,
    Email,
    EnterpriseNumber,
    LocalizedUrl,
    Organisation,
    PhoneNumber,
    PhoneRate,
    PostalAddress,
    Telephone,
    Url,
)
from charter.model.guarantees import (
    AuthenticSource,
    ClientDuty,
    DataReuse,
    ExtensionPolicy,
    Fee,
    Guarantee,
    GuaranteeKind,
    Indicator,
    QualityMonitoring,
    ReachabilityMetric,
    ReachabilityTarget,
    Referral,
    Share,
    TargetPeriod,
)

__all__ = [
    "Appointment",
    "AuthenticSource",
    "CalendarSpec",
    "Channel",
    "ChannelKind",
    "Charter",
    "ClientDuty",
    "Contact",
    "DataReuse",
    "Email",
    "EnterpriseNumber",
    "ExtensionPolicy",
    "Fee",
    "Guarantee",
    "GuaranteeKind",
    "Indicator",
    "LocalizedUrl",
    "Organisation",
    "PaymentMethod",
    "PhoneNumber",
    "PhoneRate",
    "PostalAddress",
    "QualityMonitoring",
    "ReachabilityMetric",
    "ReachabilityTarget",
    "Referral",
    "Share",
    "TargetPeriod",
    "Telephone",
    "Url",
]
