"""The toolkit the demo scenarios are built with: deterministic ids, times and ORM rows.

Every id comes from :func:`stable_id`, every random choice from one seeded
``random.Random``, and every timestamp from "today (UTC) minus a number of days" at a
fixed time of day, so two runs on the same day produce identical rows.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from hubdesk.domain.enums import Commercial, Lifecycle, MembershipStatus, OrgKind, PersonStatus
from hubdesk.domain.permissions import BuiltinRole
from hubdesk.domain.text import fold
from hubdesk.models.base import Base, Synced
from hubdesk.models.orgs import Membership, Organisation, Person, Role
from hubdesk.models.server_only import Credential
from hubdesk.server import audit
from hubdesk.server.bootstrap import builtin_role_id, stable_id
from hubdesk.server.demo.names import NAMES

T = TypeVar("T", bound=Synced)

_SLUG = {
    "da": str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}),
    "de": str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}),
    "sv": str.maketrans({"å": "a", "ä": "a", "ö": "o"}),
}

DEVICES = (
    "Chrome 131 on Windows 11",
    "Edge 131 on Windows 11",
    "Firefox 133 on Windows 10",
    "Safari 18 on macOS 15",
    "Chrome 131 on macOS 14",
    "hubdesk console 0.1 on Windows 11",
    "hubdesk console 0.1 on macOS 15",
    "Safari on iPhone (iOS 18)",
    "Chrome on Android 14 (Samsung Galaxy S23)",
    "Firefox 132 on Ubuntu 24.04",
)


def slug(text: str, lang: str = "") -> str:
    """Email-safe lower-case ASCII: 'Sørensen' -> 'soerensen' (da), 'Müller' -> 'mueller' (de)."""
    lowered = text.lower().translate(_SLUG.get(lang, {}))
    return "".join(c for c in fold(lowered) if c.isalnum() or c in ".-")


def cvr_number(rng: random.Random) -> str:
    """A Danish CVR number with a valid modulus-11 check digit."""
    weights = (2, 7, 6, 5, 4, 3, 2)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        check = (11 - rest) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def name_of(obj: Synced) -> str | None:
    for attr in ("display_name", "name", "company_name", "title", "number"):
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            return value
    return None


@dataclass
class Planned:
    """An audit event to record once every scenario is built (they go in time order)."""

    when: datetime
    actor: Person | None
    action: str
    org: Organisation | None
    target_type: str | None = None
    target_id: str | None = None
    target_name: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    impersonator: Person | None = None
    ip: str | None = None
    device: str | None = None
    actor_name: str | None = None  # for failed sign-ins of unknown addresses


@dataclass
class Builder:
    session: Session
    rng: random.Random
    today: date
    password_hash: str
    platform: Organisation
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    events: list[Planned] = field(default_factory=list)
    by_id: dict[str, Synced] = field(default_factory=dict)
    pending: list[Any] = field(default_factory=list)
    _devices: dict[str, tuple[str, str]] = field(default_factory=dict)
    _names: set[str] = field(default_factory=set)

    # -- time -------------------------------------------------------------------------

    @property
    def midnight(self) -> datetime:
        """Today 00:00 UTC: every demo event happens before it."""
        return datetime.combine(self.today, time(0), UTC)

    def at(self, days_ago: int, hour: int = 9, minute: int = 0) -> datetime:
        """A moment ``days_ago`` days before today, at ``hour:minute`` UTC."""
        return datetime.combine(self.today - timedelta(days=days_ago), time(hour, minute), UTC)

    def work_time(self, days_ago: int) -> datetime:
        """A random moment of office hours, ``days_ago`` days ago."""
        return self.at(days_ago, self.rng.randint(6, 16), self.rng.randint(0, 59))

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    @contextmanager
    def side_stream(self, label: str) -> Iterator[None]:
        """Draw from a random stream of ``label``'s own inside the block.

        What depends on today's weekday (no sign-ins at weekends, no lunch on Sundays)
        draws a different count of numbers each day: inside a side stream it leaves the
        main stream as it was, so the people, roles and licences after it are the same
        whatever the date the demo is made on.
        """
        main, self.rng = self.rng, random.Random(f"hubdesk-demo/{label}")
        try:
            yield
        finally:
            self.rng = main

    # -- rows -------------------------------------------------------------------------

    def add(self, obj: T, created: datetime, updated: datetime | None = None) -> T:
        obj.version = 1
        obj.created_at = created
        obj.updated_at = updated or created
        self.pending.append(obj)
        self.by_id[obj.id] = obj
        return obj

    def custom_role(
        self,
        scenario: str,
        org: Organisation,
        key: str,
        name: str,
        description: str,
        permissions: Iterable[str],
        created: datetime,
        updated: datetime | None = None,
    ) -> Role:
        """An organisation's own role, with a stable id per scenario and key."""
        role = Role(
            id=stable_id("role", f"{scenario}/{key}"),
            org_id=org.id,
            key=None,
            name=name,
            description=description,
            permissions=sorted(str(p) for p in permissions),
            builtin=False,
        )
        return self.add(role, created, updated)

    def org(
        self,
        key: str,
        name: str,
        kind: OrgKind,
        parent: Organisation,
        created: datetime,
        **fields: Any,
    ) -> Organisation:
        oid = stable_id("organisation", key)
        fields.setdefault("lifecycle", Lifecycle.ACTIVE)
        fields.setdefault("commercial", Commercial.NONE)
        fields.setdefault("verified_domains", [])
        org = Organisation(
            id=oid,
            parent_id=parent.id,
            path=f"{parent.path}{oid}/",
            depth=parent.depth + 1,
            name=name,
            name_fold=fold(name),
            kind=kind,
            **fields,
        )
        self.orgs[key] = self.add(org, created)
        return org

    def person(
        self,
        display_name: str,
        email: str,
        locale: str,
        created: datetime,
        *,
        status: PersonStatus = PersonStatus.ACTIVE,
        phone: str | None = None,
        last_seen_days: int | None = None,
    ) -> Person:
        email = email.lower()
        if email in self.people:
            raise ValueError(f"duplicate demo email {email}")
        person = Person(
            id=stable_id("person", email),
            email=email,
            display_name=display_name,
            name_fold=fold(display_name),
            phone=phone,
            locale=locale,
            status=status,
            totp_enabled=False,
        )
        if created >= self.midnight:
            raise ValueError(f"demo person {email} would be created in the future")
        first_seen = created + timedelta(hours=2)
        if last_seen_days is not None and status == PersonStatus.ACTIVE:
            last_seen = max(self.work_time(last_seen_days), first_seen)
            if last_seen < self.midnight:
                person.first_sign_in_at, person.last_sign_in_at = first_seen, last_seen
        self.people[email] = self.add(person, created)
        return person

    def named_person(
        self,
        first: str,
        last: str,
        lang: str,
        domain: str,
        created: datetime,
        *,
        family_first: bool = False,
        local: str | None = None,
        **kwargs: Any,
    ) -> Person:
        """A person called ``first last`` (Hungarian: ``last first``) at ``domain``."""
        local = local or f"{slug(first, lang)}.{slug(last, lang)}"
        email = f"{local}@{domain}"
        n = 2
        while email in self.people:
            email = f"{local}{n}@{domain}"
            n += 1
        display = f"{last} {first}" if family_first else f"{first} {last}"
        self._names.add(f"{first} {last}")
        return self.person(display, email, lang, created, **kwargs)

    def random_person(self, lang: str, domain: str, created: datetime, **kwargs: Any) -> Person:
        """A person with a name of ``lang`` not used before, with an address at ``domain``."""
        first, last = self.pick_name(*NAMES[lang])
        return self.named_person(
            first, last, lang, domain, created, family_first=lang == "hu", **kwargs
        )

    def pick_name(self, firsts: tuple[str, ...], lasts: tuple[str, ...]) -> tuple[str, str]:
        """A first and last name not handed out before in this data set."""
        for _ in range(200):
            first, last = self.rng.choice(firsts), self.rng.choice(lasts)
            if f"{first} {last}" not in self._names:
                self._names.add(f"{first} {last}")
                return first, last
        raise RuntimeError("ran out of demo names")

    def member(
        self,
        person: Person,
        org: Organisation,
        role: BuiltinRole | str,
        created: datetime,
        *,
        title: str | None = None,
        status: MembershipStatus = MembershipStatus.ACTIVE,
    ) -> Membership:
        role_id = builtin_role_id(role) if isinstance(role, BuiltinRole) else role
        membership = Membership(
            id=stable_id("membership", f"{person.email}@{org.id}"),
            person_id=person.id,
            org_id=org.id,
            role_id=role_id,
            title=title,
            status=status,
        )
        return self.add(membership, max(created, person.created_at))

    def credential(self, person: Person, totp_secret: str | None = None) -> None:
        self.pending.append(
            Credential(
                person_id=person.id,
                password_hash=self.password_hash,
                totp_secret=totp_secret,
            )
        )
        person.totp_enabled = totp_secret is not None

    # -- audit ------------------------------------------------------------------------

    def device_of(self, person: Person) -> tuple[str, str]:
        """The (ip, device) a person usually works from: stable per person."""
        if person.email not in self._devices:
            net = self.rng.choice(("192.0.2", "198.51.100", "203.0.113"))
            ip = f"{net}.{self.rng.randint(10, 250)}"
            self._devices[person.email] = (ip, self.rng.choice(DEVICES))
        return self._devices[person.email]

    def event(
        self,
        when: datetime,
        actor: Person | None,
        action: str,
        org: Organisation | None,
        **kwargs: Any,
    ) -> None:
        if when >= self.midnight:
            raise ValueError(f"demo audit event {action} lies in the future")
        self.events.append(Planned(when, actor, action, org, **kwargs))

    def log(
        self,
        when: datetime,
        actor: Person | None,
        action: str,
        org: Organisation | None,
        target: Synced | None = None,
        **kwargs: Any,
    ) -> None:
        """Plan an event about ``target`` (its type, id and name fill the target fields)."""
        if target is not None:
            kwargs.setdefault("target_type", target.__sync_type__)
            kwargs.setdefault("target_id", target.id)
            kwargs.setdefault("target_name", name_of(target))
        self.event(when, actor, action, org, **kwargs)

    def sign_in(self, person: Person, org: Organisation, when: datetime) -> None:
        self.log(when, person, "auth.sign_in", org, person, after={"two_step": person.totp_enabled})

    def sign_in_failed(
        self, person: Person, org: Organisation, when: datetime, reason: str = "password"
    ) -> None:
        """A failed sign-in, from somewhere the person does not usually work."""
        ip = f"203.0.113.{self.rng.randint(2, 250)}"
        device = self.rng.choice(DEVICES)
        self.log(
            when,
            person,
            "auth.sign_in_failed",
            org,
            person,
            after={"reason": reason},
            ip=ip,
            device=device,
        )

    def finish(self) -> int:
        """Write every row, then record the planned audit events; returns their number."""
        self._sign_in_times()
        self._write_rows()
        return self._record_events()

    def _sign_in_times(self) -> None:
        """People's first/last sign-in times follow their ``auth.sign_in`` events."""
        self.events.sort(key=lambda e: e.when)
        for planned in self.events:
            person = planned.actor
            if planned.action == "auth.sign_in" and person is not None:
                if person.first_sign_in_at is None or planned.when < person.first_sign_in_at:
                    person.first_sign_in_at = planned.when
                if person.last_sign_in_at is None or planned.when > person.last_sign_in_at:
                    person.last_sign_in_at = planned.when

    def _write_rows(self) -> None:
        """Insert the rows table by table in foreign-key order.

        The models have no ``relationship()``s, so one big flush would not know that, for
        example, a service request needs its person inserted first.
        """
        order = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
        by_table: dict[str, list[Any]] = {}
        for obj in self.pending:
            by_table.setdefault(obj.__table__.name, []).append(obj)
        for name in sorted(by_table, key=order.__getitem__):
            self.session.add_all(by_table[name])
            self.session.flush()
        self.pending.clear()

    def _record_events(self) -> int:
        for n, planned in enumerate(self.events):
            person = planned.actor
            if person is not None:
                ip, device = self.device_of(person)
                actor = audit.Actor.of(person, planned.ip or ip, planned.device or device)
            else:
                actor = audit.Actor(
                    None, planned.actor_name or "system", ip=planned.ip, device=planned.device
                )
            if planned.impersonator is not None:
                imp = planned.impersonator
                ip, device = self.device_of(imp)
                actor = audit.Actor(
                    actor.person_id,
                    actor.name,
                    impersonator_id=imp.id,
                    impersonator_name=f"{imp.display_name} <{imp.email}>",
                    ip=ip,
                    device=device,
                )
            audit.record(
                self.session,
                actor,
                planned.action,
                org=planned.org,
                target_type=planned.target_type,
                target_id=planned.target_id,
                target_name=planned.target_name,
                before=planned.before,
                after=planned.after,
                occurred_at=planned.when,
                event_id=stable_id("audit_event", f"{n:05d}"),
            )
        self.session.flush()
        return len(self.events)
