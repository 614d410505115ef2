"""A charter for the case-clock tests, its cases, and Hypothesis strategies for them."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from charter import (
    EU_1182_71,
    Answered,
    Case,
    Charter,
    Extended,
    ExtensionBase,
    OpeningHours,
    Resumed,
    Suspended,
    compliance,
    read_cases,
)
from charter.clock.events import Event
from charter.model import (
    CalendarSpec,
    Channel,
    ChannelKind,
    ExtensionPolicy,
    Guarantee,
    GuaranteeKind,
    Organisation,
    ReachabilityTarget,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def at(*args: int) -> datetime:
    """An instant on the Brussels wall clock."""
    return datetime(*args).replace(tzinfo=BRUSSELS)  # type: ignore[arg-type]


def later(t: datetime, delta: timedelta) -> datetime:
    """*t* plus *delta* in real time (an aware datetime plus a timedelta moves its wall clock)."""
    return (t.astimezone(UTC) + delta).astimezone(BRUSSELS)


def _guarantee(gid: str, period: str, **more: object) -> Guarantee:
    return Guarantee(
        id=gid,
        kind=GuaranteeKind.SUBSTANTIVE_QUESTION,
        description=f"Guarantee {gid}",
        period=period,
        calendar="legal",
        **more,  # type: ignore[arg-type]
    )


PHONE_HOURS = OpeningHours.from_osm("Mo-Fr 09:00-12:00,13:00-17:00", timezone="Europe/Brussels")

CHARTER = Charter(
    organisation=Organisation(name={"en": "Test service"}),
    timezone="Europe/Brussels",
    calendars=[CalendarSpec(id="legal", holidays="be-legal")],
    channels=[
        Channel(id="phone", kind=ChannelKind.TELEPHONE, name="Phone", hours=PHONE_HOURS),
        Channel(id="email", kind=ChannelKind.EMAIL, name="E-mail"),
    ],
    guarantees=[
        _guarantee(
            "wd",
            "10 working days",
            suspension_allowed=True,
            extension=ExtensionPolicy(by="10 working days"),
            target="90 %",
        ),
        _guarantee("days", "30 days", rule=EU_1182_71, suspension_allowed=True, target="80 %"),
        _guarantee(
            "month",
            "1 month",
            rule=EU_1182_71,
            extension=ExtensionPolicy(by="2 months", times=2),
        ),
        _guarantee(
            "month-last",
            "1 month",
            rule=EU_1182_71.replace(extension_from=ExtensionBase.LAST_DAY),
            extension=ExtensionPolicy(by="2 months"),
        ),
        _guarantee(
            "late-notice",
            "5 working days",
            extension=ExtensionPolicy(by="5 working days", notice_required=False),
        ),
        _guarantee("strict", "5 working days", warning="50 %"),
        _guarantee(
            "callback",
            "4 service hours",
            channels=("phone",),
            suspension_allowed=True,
            target="95 %",
        ),
        _guarantee("hours", "48 hours", rule=EU_1182_71, suspension_allowed=True),
    ],
    reachability=[ReachabilityTarget(channel="phone", share="80 %", within_seconds=60)],
)

GUARANTEES = [g.id for g in CHARTER.guarantees]

#: Instants from 2026 to mid-2027, on the minute, in Brussels.
instants = st.datetimes(
    min_value=datetime(2026, 1, 1),
    max_value=datetime(2027, 6, 30),
    timezones=st.just(BRUSSELS),
).map(lambda t: t.replace(second=0, microsecond=0))

_gaps = st.integers(min_value=1, max_value=20 * 24 * 60).map(lambda m: timedelta(minutes=m))


@st.composite
def histories(draw: st.DrawFn, guarantee: str | None = None) -> Case:
    """A case with a history its guarantee allows (late extensions filtered by the caller)."""
    gid = draw(st.sampled_from(GUARANTEES)) if guarantee is None else guarantee
    g = CHARTER.guarantee(gid)
    received = draw(instants)
    events: list[Event] = []
    t = received
    suspended = False
    extensions = 0
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        t = later(t, draw(_gaps))
        choices = ["answer"]
        if g.suspension_allowed:
            choices.append("resume" if suspended else "suspend")
        if g.extension is not None and extensions < g.extension.times and not suspended:
            choices.append("extend")
        kind = draw(st.sampled_from(choices))
        if kind == "suspend":
            events.append(Suspended(at=t))
            suspended = True
        elif kind == "resume":
            events.append(Resumed(at=t))
            suspended = False
        elif kind == "extend":
            assert g.extension is not None
            events.append(Extended(at=t, by=g.extension.by))
            extensions += 1
        else:
            events.append(Answered(at=t))
            break
    reference = draw(st.none() | st.text(alphabet="ABC-0123456789", min_size=1, max_size=8))
    return Case(guarantee=gid, received=received, events=events, reference=reference)


def write_cases_csv(path: Path, count: int, *, seed: int = 7, bad_every: int = 0) -> None:
    """A CSV of *count* cases of the test charter, every *bad_every*-th row unreadable."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, tzinfo=BRUSSELS).astimezone(UTC)
    lines = ["reference,guarantee,received,answered,suspensions,extensions"]
    plain = ["wd", "days", "strict", "callback", "hours"]
    for number in range(1, count + 1):
        gid = rng.choice(plain)
        received = start + timedelta(minutes=rng.randrange(0, 200 * 24 * 60))
        answered = ""
        if rng.random() < 0.7:
            answer = received + timedelta(minutes=rng.randrange(1, 30 * 24 * 60))
            answered = answer.isoformat()
        suspensions = ""
        if CHARTER.guarantee(gid).suspension_allowed and rng.random() < 0.2:
            begin = received + timedelta(minutes=rng.randrange(1, 3 * 24 * 60))
            end = begin + timedelta(minutes=rng.randrange(1, 10 * 24 * 60))
            if not answered or end < datetime.fromisoformat(answered):
                suspensions = f"{begin.isoformat()}/{end.isoformat()}"
        received_text = received.isoformat()
        if bad_every and number % bad_every == 0:
            received_text = "not a date"
        lines.append(f"C-{number},{gid},{received_text},{answered},{suspensions},")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report_of_block(block: bytes, header: str | None, at_: datetime, charter: Charter) -> object:
    """The compliance report of one partition of a cases CSV (the header added if absent)."""
    text = block.decode("utf-8", errors="surrogateescape")
    if header is not None:
        text = f"{header}\n{text}"
    return compliance(charter, read_cases(io.StringIO(text), name="cases.csv"), at=at_)


#: The pieces a hostile CSV is made of: good rows, and the bytes that break readers.
HOSTILE_PIECES = [
    b"R-1,wd,2026-03-02T10:00+01:00",
    b"R-2,days,2026-03-03T09:00+01:00",
    b'"R-3\non two lines",wd,2026-03-04T10:00+01:00',
    b'R-4,wd,"2026-03-02T10:00+01:00',  # a quote never closed
    b'"',
    b'""',
    b",",
    b"\n",
    b"\r",
    b"\r\n",
    b"\x00",
    b"\x1b[2J",
    b"\xef\xbb\xbf",  # a byte order mark, out of place
    b"\xff",
    b"\xc3",  # half a character
    b"\xe2\x80\xae",  # RIGHT-TO-LEFT OVERRIDE
    b"x" * 70,  # over a limit of 64 bytes a line
]


@st.composite
def hostile_csv(draw: st.DrawFn) -> bytes:
    """A cases CSV: a good header, then pieces of rows and hostile bytes in any order."""
    bom = draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))
    pieces = draw(st.lists(st.sampled_from(HOSTILE_PIECES) | st.binary(max_size=12), max_size=30))
    return bom + b"reference,guarantee,received\n" + b"".join(pieces)
