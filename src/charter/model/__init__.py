"""The charter as data (docs/design.md): organisation, channels, guarantees and the rest."""

from charter.model.channels import Appointment, Channel, ChannelKind, PaymentMethod
from charter.model.charter import CalendarSpec, Charter
from charter.model.contact import (
    Contact,
    Email,
    EnterpriseNumber,
    Organisation,
    PhoneNumber,
    PostalAddress,
    Url,
)
from charter.model.guarantees import (
    AuthenticSource,
    ClientDuty,
    DataReuse,
    ExtensionPolicy,
    Guarantee,
    GuaranteeKind,
    Indicator,
    QualityMonitoring,
    ReachabilityTarget,
    Referral,
    Share,
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
    "Guarantee",
    "GuaranteeKind",
    "Indicator",
    "Organisation",
    "PaymentMethod",
    "PhoneNumber",
    "PostalAddress",
    "QualityMonitoring",
    "ReachabilityTarget",
    "Referral",
    "Share",
    "Url",
]
