"""A partner's customer accounts as the customers page lists them.

:func:`refresh` works every customer's row out of the cache — status and its dates, the
deal's plan and progress, users, activity in the last 90 days, what needs attention and
why (:mod:`hubdesk.domain.attention`), tags — and keeps it in ``customer_rows``, a
cache-only table with an index per sortable column. The page then filters, counts and
sorts there in SQL, a page at a time by keyset (:func:`page`, :func:`counts`): a
keystroke costs one indexed query however many customers there are.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from hubdesk.domain.attention import Facts, Item, Need, attention
from hubdesk.domain.text import fold
from hubdesk.models.cache import CacheState, CustomerFind, CustomerRow

PAGE = 200
NO_DAYS = 1_000_000  # days_key of a customer with neither a trial end nor a renewal
ACTIVITY_DAYS = 90
# The types whose changes can change a customer's row.
SOURCES = frozenset(
    {
        "organisation",
        "deal",
        "membership",
        "person",
        "invite",
        "invoice",
        "subscription",
        "licence_assignment",
        "audit_event",
    }
)


class Sort(enum.Enum):
    """The columns the page sorts by (each an indexed, never-NULL column)."""

    NAME = "name_fold"
    STATUS = "status"
    DAYS = "days_key"
    PLAN = "plan_key"
    PROGRESS = "progress_pct"
    USERS = "users"
    ACTIVITY = "activity_90d"
    ATTENTION = "attention"
    TAGS = "tags_key"


@dataclass(frozen=True)
class CustomerFilter:
    status: str | None = None  # trial / active / closed; None: all
    needs_attention: bool = False
    text: str = ""


@dataclass(frozen=True, slots=True)
class Customer:
    """One row of the customers page."""

    id: str
    name: str
    status: str
    trial_ends_on: date | None
    subscription_started_on: date | None
    renews_on: date | None
    deal_id: str | None
    deal_stage: str | None
    plan_name: str | None
    progress_pct: int
    users: int
    activity_90d: int
    last_activity: datetime | None
    attention: tuple[Item, ...]
    tags: tuple[str, ...]
    contact_name: str | None
    contact_email: str | None
    key: tuple[Any, str]  # (the sort column's value, id): where the next page starts


# -- working the rows out -----------------------------------------------------------------------

_UPPER = "substr({p}, 1, length({p}) - 1) || '0'"  # path_upper_bound in SQL
_IN_SUBTREE = f"s.path >= c.path AND s.path < {_UPPER.format(p='c.path')}"
_FACTS = f"""
SELECT c.id, c.name, c.name_fold, c.commercial, c.trial_ends_on, c.subscription_started_on,
  c.renews_on, c.contact_name, c.contact_email, c.created_at,
  d.id, d.stage, d.plan_name, d.progress_pct, d.tags,
  (SELECT count(*) FROM memberships m JOIN organisations s ON s.id = m.org_id
    WHERE {_IN_SUBTREE} AND m.status != 'suspended'),
  (SELECT count(*) FROM audit_events e JOIN organisations s ON s.id = e.org_id
    WHERE {_IN_SUBTREE} AND e.occurred_at >= :recent),
  (SELECT max(e.occurred_at) FROM audit_events e JOIN organisations s ON s.id = e.org_id
    WHERE {_IN_SUBTREE}),
  (SELECT min(coalesce(i.last_sent_at, i.created_at)) FROM invites i
    WHERE i.org_id = c.id AND i.status = 'pending'),
  (SELECT min(m.created_at) FROM memberships m WHERE m.org_id = c.id AND m.status = 'invited'),
  (SELECT count(*) FROM invoices v
    WHERE v.org_id = c.id AND v.status = 'unpaid' AND v.due_on >= :today),
  (SELECT count(*) FROM invoices v WHERE v.org_id = c.id
    AND (v.status = 'overdue' OR (v.status = 'unpaid' AND v.due_on < :today))),
  (SELECT coalesce(sum(max(u.quantity - (SELECT count(*) FROM licence_assignments a
      WHERE a.subscription_id = u.id), 0)), 0)
    FROM subscriptions u JOIN products pr ON pr.id = u.product_id
    WHERE u.org_id = c.id AND u.status = 'active' AND pr.kind = 'workspace_licence')
FROM organisations c
LEFT JOIN deals d ON d.id = (SELECT x.id FROM deals x
  WHERE x.customer_org_id = c.id AND x.org_id = :partner ORDER BY x.updated_at DESC LIMIT 1)
WHERE c.parent_id = :partner AND c.kind = 'customer'
"""


def _day(raw: Any) -> date | None:
    if raw is None:
        return None
    return date.fromisoformat(str(raw)[:10])


def refresh(conn: Connection, partner_id: str, today: date) -> int:
    """Work out the rows of every customer of ``partner_id`` for ``today`` (in the
    caller's transaction); returns how many."""
    rows = _facts(conn, partner_id, today, None)
    conn.execute(delete(CustomerRow).where(CustomerRow.partner_id == partner_id))
    conn.execute(delete(CustomerFind).where(CustomerFind.partner_id == partner_id))
    _write(conn, rows)
    _put_state(conn, _marks_key(partner_id), json.dumps(_marks(conn)))
    return len(rows)


def refresh_changed(conn: Connection, partner_id: str, today: date) -> int:
    """Work out again the rows of the customers whose sources changed since the last
    refresh (every cached row written since has a higher rowid than the table's mark
    then); all of them when the day changed or none were worked out yet. Returns how
    many rows were worked out."""
    raw = conn.scalar(select(CacheState.value).where(CacheState.key == _marks_key(partner_id)))
    if raw is None or computed_on(conn, partner_id) != today:
        return refresh(conn, partner_id, today)
    before: dict[str, int] = json.loads(raw)
    now = _marks(conn)
    touched = _touched(conn, partner_id, before)
    left = conn.exec_driver_sql(  # customers gone from the cache (their rows go too)
        "SELECT customer_id FROM customer_rows WHERE partner_id = ? AND customer_id NOT IN"
        " (SELECT id FROM organisations WHERE parent_id = ? AND kind = 'customer')",
        (partner_id, partner_id),
    ).scalars()
    touched |= set(left)
    ids = sorted(touched)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(delete(CustomerRow).where(CustomerRow.customer_id.in_(chunk)))
        conn.execute(delete(CustomerFind).where(CustomerFind.customer_id.in_(chunk)))
        rows += _facts(conn, partner_id, today, chunk)
    _write(conn, rows)
    _put_state(conn, _marks_key(partner_id), json.dumps(now))
    conn.exec_driver_sql(  # this partner's are worked out; so are those gone for good
        f"DELETE FROM {_DIRTY} WHERE org_id NOT IN (SELECT id FROM organisations)"
        " OR org_id IN (SELECT s.id FROM organisations AS s JOIN organisations AS p"
        "  ON p.id = ? WHERE s.path > p.path AND s.path < " + _UPPER.format(p="p.path") + ")",
        (partner_id,),
    )
    return len(rows)


# The tables a customer row is made of, and how a changed row of each names its customer
# (an organisation below the partner, found by its path).
_SOURCE_ORGS = {
    "organisations": "id",
    "deals": "customer_org_id",
    "memberships": "org_id",
    "invites": "org_id",
    "invoices": "org_id",
    "subscriptions": "org_id",
    "licence_assignments": "org_id",
    "audit_events": "org_id",
    "deal_notes": "org_id",
}


# Rows leaving the cache (a tombstone, a purge, a replaced row) or changed in place (an
# optimistic effect of this console's own writes) give no new rowid: a trigger notes the
# organisation they belong to, and the next refresh works it out.
_DIRTY = "customer_dirty"
_TRACKED = {
    "organisations": "id",
    "memberships": "org_id",
    "licence_assignments": "org_id",
    "subscriptions": "org_id",
    "invoices": "org_id",
    "invites": "org_id",
    "deals": "customer_org_id",
}


def _put_state(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(CacheState).where(CacheState.key == key))
    conn.execute(insert(CacheState).values(key=key, value=value))


def ensure_schema(conn: Connection) -> None:
    """The table of organisations whose rows left the cache, and its triggers (made anew
    each time: they hold no data)."""
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {_DIRTY} (org_id TEXT PRIMARY KEY) WITHOUT ROWID"
    )
    for table, column in _TRACKED.items():
        for event in ("delete", "update"):
            name = f"{_DIRTY}_{table}_{event}"
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} BEGIN"
                f" INSERT OR IGNORE INTO {_DIRTY}(org_id) VALUES (old.{column}); END"
            )


def _marks_key(partner_id: str) -> str:
    return f"customers_marks:{partner_id}"[:60]


def _marks(conn: Connection) -> dict[str, int]:
    return {
        table: int(
            conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar_one()
        )
        for table in _SOURCE_ORGS
    }


def _touched(conn: Connection, partner_id: str, marks: dict[str, int]) -> set[str]:
    """The partner's customers with a source row written after ``marks``."""
    base = conn.exec_driver_sql(
        "SELECT path FROM organisations WHERE id = ?", (partner_id,)
    ).scalar()
    if base is None:
        return set()
    touched: set[str] = set()
    dirty = conn.exec_driver_sql(
        f"SELECT o.path FROM {_DIRTY} AS d JOIN organisations AS o ON o.id = d.org_id"
    )
    for (path,) in dirty:
        if str(path).startswith(base) and len(path) > len(base):
            touched.add(str(path)[len(base) :].split("/", 1)[0])
    for table, column in _SOURCE_ORGS.items():
        rows = conn.exec_driver_sql(
            f"SELECT DISTINCT o.path FROM {table} AS t JOIN organisations AS o"
            f" ON o.id = t.{column} WHERE t.rowid > ?",
            (marks.get(table, 0),),
        )
        for (path,) in rows:
            if str(path).startswith(base) and len(path) > len(base):
                touched.add(str(path)[len(base) :].split("/", 1)[0])
    return touched


def _facts(
    conn: Connection, partner_id: str, today: date, only: list[str] | None
) -> list[dict[str, Any]]:
    recent = (today - timedelta(days=ACTIVITY_DAYS)).isoformat()
    params: dict[str, Any] = {"partner": partner_id, "recent": recent, "today": today.isoformat()}
    sql = _FACTS
    if only is not None:
        marks = ", ".join(f":c{i}" for i in range(len(only)))
        sql += f" AND c.id IN ({marks})"
        params |= {f"c{i}": cid for i, cid in enumerate(only)}
    return [_row(r, partner_id, today) for r in conn.exec_driver_sql(sql, params)]


def _write(conn: Connection, rows: list[dict[str, Any]]) -> None:
    finds = [{k: row[k] for k in _FIND} for row in rows]
    for start in range(0, len(rows), 5000):
        conn.execute(insert(CustomerRow), rows[start : start + 5000])
        conn.execute(insert(CustomerFind), finds[start : start + 5000])


_FIND = ("partner_id", "name_fold", "customer_id", "status", "attention", "search_fold")


def _row(r: Sequence[Any], partner_id: str, today: date) -> dict[str, Any]:
    (cid, name, name_fold, commercial, trial_ends, started, renews, contact, email, created,
     deal_id, stage, plan, progress, tags_raw, users, activity, last, invite_sent,
     person_invited, unpaid, overdue, unassigned) = r  # fmt: skip
    trial_ends_on, renews_on = _day(trial_ends), _day(renews)
    pending = [d for d in (_day(invite_sent), _day(person_invited)) if d is not None]
    items = attention(
        Facts(
            commercial=str(commercial),
            trial_ends_on=trial_ends_on,
            renews_on=renews_on,
            oldest_pending_invite=min(pending) if pending else None,
            unpaid_invoices=int(unpaid),
            overdue_invoices=int(overdue),
            unassigned_licences=int(unassigned),
            last_activity=_day(last),
            since=_day(created),
        ),
        today,
    )
    tags = sorted({str(t) for t in (json.loads(tags_raw) if tags_raw else []) or []})
    if commercial == "trial" and trial_ends_on is not None:
        days = (trial_ends_on - today).days
    elif commercial == "active" and renews_on is not None:
        days = (renews_on - today).days
    else:
        days = NO_DAYS
    search = " ".join(fold(str(v)) for v in (name, contact, email, plan, *tags) if v)
    return {
        "customer_id": cid,
        "partner_id": partner_id,
        "name": name,
        "name_fold": name_fold,
        "search_fold": search,
        "status": str(commercial),
        "trial_ends_on": trial_ends_on.isoformat() if trial_ends_on else None,
        "subscription_started_on": str(started)[:10] if started else None,
        "renews_on": renews_on.isoformat() if renews_on else None,
        "days_key": days,
        "deal_id": deal_id,
        "deal_stage": stage,
        "plan_name": plan,
        "plan_key": fold(plan) if plan else "",
        "progress_pct": int(progress or 0),
        "users": int(users),
        "activity_90d": int(activity),
        "last_activity": last,
        "attention": len(items),
        "attention_json": json.dumps([[i.need.value, i.figure] for i in items]),
        "tags_key": " ".join(fold(t) for t in tags),
        "tags_json": json.dumps(tags, ensure_ascii=False),
        "contact_name": contact,
        "contact_email": email,
        "computed_on": today.isoformat(),
    }


def computed_on(conn: Connection, partner_id: str) -> date | None:
    """The day the partner's rows were worked out for (None: never)."""
    raw = conn.exec_driver_sql(
        "SELECT min(computed_on) FROM customer_rows WHERE partner_id = ?", (partner_id,)
    ).scalar()
    return _day(raw)


# -- reading them ------------------------------------------------------------------------------


def _where(
    partner_id: str, f: CustomerFilter, *, status: bool = True, prefix: str = ""
) -> tuple[str, list[Any]]:
    """The filter as SQL over ``customer_rows`` or ``customer_find`` (``prefix``: the
    table's alias and dot), words left out (see :func:`_words`)."""
    clauses, params = [f"{prefix}partner_id = ?"], [partner_id]
    if status and f.status:
        clauses.append(f"{prefix}status = ?")
        params.append(f.status)
    if f.needs_attention:
        # '+': never the attention index (the page is read in its sort's order)
        clauses.append(f"+{prefix}attention > 0")
    return " AND ".join(clauses), params


def _words(f: CustomerFilter, prefix: str = "") -> tuple[str, list[Any]]:
    words = fold(f.text).split()
    return " AND ".join(f"instr({prefix}search_fold, ?) > 0" for _w in words), list(words)


_COLUMNS = ", ".join(
    f"r.{c}"
    for c in (
        "customer_id", "name", "status", "trial_ends_on", "subscription_started_on",
        "renews_on", "deal_id", "deal_stage", "plan_name", "progress_pct", "users",
        "activity_90d", "last_activity", "attention_json", "tags_json", "contact_name",
        "contact_email",
    )
)  # fmt: skip


def page(
    conn: Connection,
    partner_id: str,
    f: CustomerFilter,
    *,
    sort: Sort = Sort.NAME,
    descending: bool = False,
    after: tuple[Any, str] | None = None,
    limit: int = PAGE,
) -> list[Customer]:
    """Up to ``limit`` customers in the given order, after the row whose ``key`` is
    ``after``. A search finds its customers in the narrow ``customer_find``: in name
    order it is read in that order, otherwise its matches are looked up by the sort's
    index."""
    column, way = sort.value, "DESC" if descending else "ASC"
    words, word_params = _words(f, "cf.")
    if words and sort is Sort.NAME:
        where, params = _where(partner_id, f, prefix="cf.")
        where += f" AND {words}"
        params += word_params
        if after is not None:
            where += f" AND (cf.name_fold, cf.customer_id) {'<' if descending else '>'} (?, ?)"
            params += [after[0], after[1]]
        sql = (
            f"SELECT {_COLUMNS}, r.name_fold FROM customer_find AS cf"
            " JOIN customer_rows AS r ON r.customer_id = cf.customer_id"
            f" WHERE {where} ORDER BY cf.name_fold {way}, cf.customer_id {way} LIMIT ?"
        )
        return [_customer(r) for r in conn.exec_driver_sql(sql, (*params, limit))]
    where, params = _where(partner_id, f, prefix="r.")
    if words:
        where += (
            " AND r.customer_id IN (SELECT cf.customer_id FROM customer_find AS cf"
            f" WHERE cf.partner_id = ? AND {words})"
        )
        params += [partner_id, *word_params]
    if after is not None:
        where += f" AND (r.{column}, r.customer_id) {'<' if descending else '>'} (?, ?)"
        params += [after[0], after[1]]
    sql = (
        f"SELECT {_COLUMNS}, r.{column} FROM customer_rows AS r WHERE {where}"
        f" ORDER BY r.{column} {way}, r.customer_id {way} LIMIT ?"
    )
    return [_customer(r) for r in conn.exec_driver_sql(sql, (*params, limit))]


def _customer(r: Sequence[Any]) -> Customer:
    return Customer(
        id=r[0],
        name=r[1],
        status=r[2],
        trial_ends_on=_day(r[3]),
        subscription_started_on=_day(r[4]),
        renews_on=_day(r[5]),
        deal_id=r[6],
        deal_stage=r[7],
        plan_name=r[8],
        progress_pct=int(r[9]),
        users=int(r[10]),
        activity_90d=int(r[11]),
        last_activity=(
            datetime.fromisoformat(str(r[12])).replace(tzinfo=UTC) if r[12] is not None else None
        ),
        attention=tuple(Item(Need(n), int(v)) for n, v in json.loads(r[13])),
        tags=tuple(json.loads(r[14])),
        contact_name=r[15],
        contact_email=r[16],
        key=(r[17], r[0]),
    )


@dataclass(frozen=True)
class Counts:
    """The status tabs' numbers for the current search (and attention toggle)."""

    all: int = 0
    trial: int = 0
    active: int = 0
    closed: int = 0


def counts(conn: Connection, partner_id: str, f: CustomerFilter) -> Counts:
    """Customers per status for the search and attention switch (every tab's number)."""
    words, word_params = _words(f)
    where, params = _where(partner_id, f, status=False)
    table = "customer_find" if words else "customer_rows"
    if words:
        where += f" AND {words}"
        params += word_params
    found: dict[str, int] = {
        str(status): int(n)
        for status, n in conn.exec_driver_sql(
            f"SELECT status, count(*) FROM {table} WHERE {where} GROUP BY status", tuple(params)
        )
    }
    return Counts(
        all=sum(found.values()),
        trial=found.get("trial", 0),
        active=found.get("active", 0),
        closed=found.get("closed", 0),
    )


# -- one customer in full ---------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerDetail:
    """The detail panel: the deal's notes (newest first), the contacts, what is
    subscribed, and the account's history (its recorded events, newest first)."""

    notes: list[tuple[datetime, str, str]]  # when, author, text
    contacts: list[tuple[str, str, str]]  # name, email, role
    subscriptions: list[tuple[str, int, int, str, date | None]]  # product, bought, given,
    # term, renews on
    history: list[tuple[datetime, str, str]]  # when, action, who
    status_history: list[StatusChange] = field(default_factory=list)  # newest first


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A step of the account's commercial life, from its recorded events: ``kind`` is
    created, won, subscribed or status (``before`` → ``after``)."""

    when: datetime
    kind: str
    who: str
    before: str | None = None
    after: str | None = None
    detail: str | None = None  # a product, a trial's end


def _status_history(conn: Connection, customer_id: str, deal_id: str | None) -> list[StatusChange]:
    rows = conn.exec_driver_sql(
        "SELECT occurred_at, action, actor_name, before, after, target_id FROM audit_events"
        " WHERE (org_id = ? AND action IN ('org.create', 'org.update', 'organisation.update',"
        "   'subscription.create'))"
        " OR (org_id = (SELECT parent_id FROM organisations WHERE id = ?)"
        "   AND action = 'org.create' AND target_id = ?)"
        " OR (target_id = ? AND action IN ('deal.won', 'deal.lost'))"
        " ORDER BY occurred_at DESC, rowid DESC LIMIT 100",
        (customer_id, customer_id, customer_id, deal_id or ""),
    )
    changes: list[StatusChange] = []
    for occurred, action, who, before_raw, after_raw, _target in rows:
        when = datetime.fromisoformat(str(occurred)).replace(tzinfo=UTC)
        before = json.loads(before_raw) if before_raw and before_raw != "null" else {}
        after = json.loads(after_raw) if after_raw and after_raw != "null" else {}
        if not isinstance(before, dict) or not isinstance(after, dict):
            continue
        if action == "org.create":
            ends = after.get("trial_ends_on")
            changes.append(StatusChange(when, "created", who, detail=str(ends) if ends else None))
        elif action in ("deal.won", "deal.lost"):
            kind = "won" if action == "deal.won" else "lost"
            changes.append(StatusChange(when, kind, who))
        elif action == "subscription.create":
            product = after.get("product")
            changes.append(StatusChange(when, "subscribed", who, detail=product and str(product)))
        elif "commercial" in after or "lifecycle" in after:
            field_name = "commercial" if "commercial" in after else "lifecycle"
            changes.append(
                StatusChange(
                    when, "status", who, str(before.get(field_name)), str(after[field_name])
                )
            )
    return changes


def detail(conn: Connection, customer_id: str, deal_id: str | None) -> CustomerDetail:
    def when(raw: Any) -> datetime:
        return datetime.fromisoformat(str(raw)).replace(tzinfo=UTC)

    notes = [
        (when(r[0]), str(r[1]), str(r[2]))
        for r in conn.exec_driver_sql(
            "SELECT created_at, author_name, body FROM deal_notes WHERE deal_id = ?"
            " ORDER BY created_at DESC, id DESC",
            (deal_id,),
        )
    ]
    contacts = [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in conn.exec_driver_sql(
            "SELECT p.display_name, p.email, r.name FROM memberships m"
            " JOIN people p ON p.id = m.person_id JOIN roles r ON r.id = m.role_id"
            " WHERE m.org_id = ? AND m.status != 'suspended'"
            " ORDER BY r.name = 'Owner' DESC, p.name_fold",
            (customer_id,),
        )
    ]
    subscriptions = [
        (str(r[0]), int(r[1]), int(r[2]), str(r[3]), _day(r[4]))
        for r in conn.exec_driver_sql(
            "SELECT pr.name, s.quantity, (SELECT count(*) FROM licence_assignments a"
            " WHERE a.subscription_id = s.id), s.term, s.renews_on FROM subscriptions s"
            " JOIN products pr ON pr.id = s.product_id WHERE s.org_id = ? AND s.status = 'active'"
            " ORDER BY pr.name",
            (customer_id,),
        )
    ]
    history = [
        (when(r[0]), str(r[1]), str(r[2]))
        for r in conn.exec_driver_sql(
            "SELECT occurred_at, action, actor_name FROM audit_events WHERE org_id = ?"
            " AND action NOT IN ('auth.sign_in', 'auth.sign_out', 'auth.sign_in_failed')"
            " ORDER BY occurred_at DESC LIMIT 50",
            (customer_id,),
        )
    ]
    status = _status_history(conn, customer_id, deal_id)
    return CustomerDetail(notes, contacts, subscriptions, history, status)
