"""Writes from the console: ``POST /sync/push`` with mutations from its outbox.

Each mutation carries an idempotency key (the server applies a key at most once and
answers a repeat with the stored result; the same key with another request is refused),
the console's per-client sequence number, the operation and its payload, and the version
of the entity the change was made on (``base_version``): when the server's row has moved
on, the answer is a conflict with the server's current row, never a silent overwrite.

The payload models are the validation both sides share: the console checks an entry
before it queues it, the server checks it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from hubdesk.domain.enums import (
    MembershipStatus,
    RequestKind,
    RequestStatus,
    ResourceKind,
    RuleAction,
    RuleCondition,
)
from hubdesk.domain.permissions import Permission
from hubdesk.wire.entities import Email, Id
from hubdesk.wire.sync import MUTATION_TAG_NOTE, UPSERT_MODELS, TaggedBy

MAX_MUTATIONS = 100

IdempotencyKey = Id  # a UUID made by the console when the write is queued


Text20 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)]
Text40 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)]
Text100 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
Text200 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Text300 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
# The server's row, as the feed carries it ({"op": "upsert", "type": …, "data": …}).
Current = Annotated[Any, TaggedBy("type", UPSERT_MODELS)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OrganisationPatch(_Strict):
    """Details of an organisation a manager may edit. A field left out stays as it is;
    ``None`` (or an empty text) clears it. The name cannot be cleared."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] = (
        ""
    )
    legal_name: Text200 | None = None
    vat_number: Text40 | None = None
    address: Text300 | None = None
    postal_code: Text20 | None = None
    city: Text100 | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    phone: Text40 | None = None
    contact_name: Text200 | None = None
    contact_email: Email | None = None
    external_members: bool = False

    @model_validator(mode="before")
    @classmethod
    def _blank_is_none(cls, data: Any) -> Any:
        """An emptied field clears the value (the name excepted: it is required)."""
        if isinstance(data, dict):
            return {
                k: (None if k != "name" and isinstance(v, str) and not v.strip() else v)
                for k, v in data.items()
            }
        return data

    @model_validator(mode="after")
    def _not_empty(self) -> OrganisationPatch:
        if not self.model_fields_set:
            raise ValueError("the change names no field")
        return self

    def changes(self) -> dict[str, Any]:
        """The fields this patch sets, with their new values."""
        return {name: getattr(self, name) for name in sorted(self.model_fields_set)}


PATCH_FIELDS: dict[str, tuple[str, ...]] = {
    "organisation": tuple(OrganisationPatch.model_fields),
    "service_request": ("status", "title", "quantity", "notes"),
}


class InviteDraft(_Strict):
    """A new invite: who is invited, to which company, by which organisation."""

    org_id: Id  # the inviting organisation (the hub, brand, partner …)
    email: Annotated[Email, StringConstraints(strip_whitespace=True, to_lower=True)]
    contact_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
    ]
    company_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
    ]

    def changes(self) -> dict[str, Any]:
        return self.model_dump()


class RequestDraft(_Strict):
    """A new service request (lunch, cleaning, handyman …) for an organisation."""

    org_id: Id
    kind: RequestKind
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    requested_for: date
    quantity: Annotated[int, Field(ge=1, le=10_000)] = 1
    notes: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = ""

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class RequestPatch(_Strict):
    """A change to a service request: its status, how many, its title or notes."""

    status: RequestStatus | None = None
    title: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
        | None
    ) = None
    quantity: Annotated[int, Field(ge=1, le=10_000)] | None = None
    notes: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> RequestPatch:
        if not self.model_fields_set:
            raise ValueError("the change names no field")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} cannot be emptied")
        return self

    def changes(self) -> dict[str, Any]:
        dumped = self.model_dump(mode="json")
        return {name: dumped[name] for name in sorted(self.model_fields_set)}


class MembershipDraft(_Strict):
    """A person added to an organisation with a role. The server finds the person by
    address, or makes a new one (who is sent a welcome mail)."""

    org_id: Id
    email: Annotated[Email, StringConstraints(strip_whitespace=True, to_lower=True)]
    display_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)
    ]
    role_id: Id
    title: Text100 | None = None

    def changes(self) -> dict[str, Any]:
        return self.model_dump()


class MembershipPatch(_Strict):
    """A change to a membership: another role, a title, suspended or active again."""

    role_id: Id | None = None
    title: Text100 | None = None
    status: Literal[MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> MembershipPatch:
        if not self.model_fields_set:
            raise ValueError("the change names no field")
        for name in self.model_fields_set - {"title"}:
            if getattr(self, name) is None:
                raise ValueError(f"{name} cannot be emptied")
        return self

    def changes(self) -> dict[str, Any]:
        dumped = self.model_dump(mode="json")
        return {name: dumped[name] for name in sorted(self.model_fields_set)}


RoleName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
RoleText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]


def _catalogue_order(permissions: list[Permission]) -> list[Permission]:
    """Each permission once, in the catalogue's order (a role is a set of them)."""
    ordered = [p for p in Permission if p in set(permissions)]
    if not ordered:
        raise ValueError("a role holds at least one permission")
    return ordered


PermissionList = Annotated[list[Permission], Field(max_length=64), AfterValidator(_catalogue_order)]


class RoleDraft(_Strict):
    """A custom role of an organisation, composed from the permission catalogue."""

    org_id: Id
    name: RoleName
    description: RoleText = ""
    permissions: PermissionList

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class RolePatch(_Strict):
    """A change to a custom role: its name, description or permissions."""

    name: RoleName | None = None
    description: RoleText | None = None
    permissions: PermissionList | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> RolePatch:
        if not self.model_fields_set:
            raise ValueError("the change names no field")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} cannot be emptied")
        return self

    def changes(self) -> dict[str, Any]:
        dumped = self.model_dump(mode="json")
        return {name: dumped[name] for name in sorted(self.model_fields_set)}


class LicenceDraft(_Strict):
    """A licence of a subscription given to a person."""

    subscription_id: Id
    person_id: Id

    def changes(self) -> dict[str, Any]:
        return self.model_dump()


class SubscriptionPatch(_Strict):
    """Licences bought (added, or fewer at the next renewal)."""

    quantity: Annotated[int, Field(ge=0, le=1_000_000)]

    def changes(self) -> dict[str, Any]:
        return self.model_dump()


Days = Annotated[int, Field(ge=1, le=3650)]


class UnitParams(_Strict):
    org_id: Id  # the organisational unit (a subtree of the rule's organisation)


class GroupParams(_Strict):
    group_id: Id


class InactivityParams(_Strict):
    days: Days  # no sign-in for this many days (or never, since added)


class FirstLoginParams(_Strict):
    within_days: Days  # first signed in within this many days


RULE_PARAMS: dict[RuleCondition, type[_Strict]] = {
    RuleCondition.ORG_UNIT: UnitParams,
    RuleCondition.GROUP: GroupParams,
    RuleCondition.INACTIVITY: InactivityParams,
    RuleCondition.FIRST_LOGIN: FirstLoginParams,
}


def rule_params(condition: RuleCondition, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` checked against ``condition`` (``ValueError`` when they do not fit)."""
    model = RULE_PARAMS[condition]
    try:
        return model.model_validate(params).model_dump()
    except ValidationError as exc:
        raise ValueError(
            f"the {condition.value} condition takes {sorted(model.model_fields)}"
        ) from exc


RuleName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Priority = Annotated[int, Field(ge=0, le=1_000_000)]


class LicenceRuleDraft(_Strict):
    """A licence rule: who (condition and its params), what (action on a product, or a
    change to another product), in which order (priority: lower runs first)."""

    org_id: Id
    name: RuleName
    priority: Priority
    condition: RuleCondition
    params: dict[str, Any]
    action: RuleAction
    product_id: Id
    target_product_id: Id | None = None
    enabled: bool = True

    @model_validator(mode="after")
    def _consistent(self) -> LicenceRuleDraft:
        object.__setattr__(self, "params", rule_params(self.condition, self.params))
        if (self.action == RuleAction.CHANGE) != (self.target_product_id is not None):
            raise ValueError("a change names the product to change to, and only a change does")
        if self.target_product_id == self.product_id:
            raise ValueError("a change goes to another product")
        return self

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class LicenceRulePatch(_Strict):
    """A change to a licence rule. The condition comes with its params; a change names
    its target. The server checks the rule as a whole again."""

    name: RuleName | None = None
    priority: Priority | None = None
    condition: RuleCondition | None = None
    params: dict[str, Any] | None = None
    action: RuleAction | None = None
    product_id: Id | None = None
    target_product_id: Id | None = None
    enabled: bool | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> LicenceRulePatch:
        if not self.model_fields_set:
            raise ValueError("the change names no field")
        for name in self.model_fields_set - {"target_product_id"}:
            if getattr(self, name) is None:
                raise ValueError(f"{name} cannot be emptied")
        if ("condition" in self.model_fields_set) != ("params" in self.model_fields_set):
            raise ValueError("a condition comes with its params")
        if self.condition is not None and self.params is not None:
            object.__setattr__(self, "params", rule_params(self.condition, self.params))
        return self

    def changes(self) -> dict[str, Any]:
        dumped = self.model_dump(mode="json")
        return {name: dumped[name] for name in sorted(self.model_fields_set)}


class SharedResourceDraft(_Strict):
    """An agent, channel or knowledge-base entry of an organisation; shared, it flows
    down to every organisation below (read-only there)."""

    org_id: Id
    kind: ResourceKind
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    body: Annotated[str, StringConstraints(max_length=20_000)] = ""
    shared: bool = False

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class DealNoteDraft(_Strict):
    """A note on a partner's deal with a customer (its author and time are the writer's)."""

    deal_id: Id
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class CustomerDraft(_Strict):
    """A new customer account of a partner: it starts a trial of ``trial_days`` days, with
    an open deal on ``plan_name``."""

    partner_id: Id
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    contact_name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
        | None
    ) = None
    contact_email: (
        Annotated[Email, StringConstraints(strip_whitespace=True, to_lower=True)] | None
    ) = None
    plan_name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
        | None
    ) = None
    trial_days: Annotated[int, Field(ge=1, le=90)] = 30

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class DealWin(_Strict):
    """Mark a deal won: the customer subscribes to ``product_id`` (by default the partner's
    product named after the deal's plan), ``quantity`` of it, annually from today."""

    product_id: Id | None = None
    quantity: Annotated[int, Field(ge=1, le=100_000)] = 1

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class SharedResourcePatch(_Strict):
    name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
        | None
    ) = None
    body: Annotated[str, StringConstraints(max_length=20_000)] | None = None
    shared: bool | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> SharedResourcePatch:
        if not self.model_fields_set:
            raise ValueError("the change names no field")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} cannot be emptied")
        return self

    def changes(self) -> dict[str, Any]:
        dumped = self.model_dump(mode="json")
        return {name: dumped[name] for name in sorted(self.model_fields_set)}


class InvoicePatch(_Strict):
    """An invoice marked paid (on a day) or unpaid again."""

    status: Literal["paid", "unpaid"]
    paid_on: date | None = None

    @model_validator(mode="after")
    def _consistent(self) -> InvoicePatch:
        if (self.status == "paid") != (self.paid_on is not None):
            raise ValueError("a paid invoice has the day it was paid, an unpaid one none")
        return self

    def changes(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class NoFields(_Strict):
    """An action without data of its own (resend, cancel)."""

    def changes(self) -> dict[str, Any]:
        return {}


class _Envelope(_Strict):
    """What every mutation carries besides its operation and payload."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    entity_id: Id

    @property
    def entity_type(self) -> str:
        return OP_ENTITY[self.op]  # type: ignore[attr-defined]


class _Create(_Envelope):
    """Makes a new entity: ``entity_id`` is its id, made by the console (so the console
    shows it before the server has it)."""

    base_version: Literal[0] = 0


class _Change(_Envelope):
    """Changes (or acts on, or deletes) an entity at the version it was made on."""

    base_version: Annotated[int, Field(ge=1)]


class OrganisationUpdate(_Change):
    op: Literal["organisation.update"]
    payload: OrganisationPatch


class OrganisationAction(_Change):
    """A named change of an organisation that the server works out (detach)."""

    op: Literal["organisation.detach"]
    payload: NoFields


class InviteCreate(_Create):
    """Invite a new sub-account."""

    op: Literal["invite.create"]
    payload: InviteDraft


class InviteAction(_Change):
    op: Literal["invite.resend", "invite.cancel"]
    payload: NoFields


class ServiceRequestCreate(_Create):
    """Order a service request."""

    op: Literal["service_request.create"]
    payload: RequestDraft


class ServiceRequestUpdate(_Change):
    op: Literal["service_request.update"]
    payload: RequestPatch


class MembershipCreate(_Create):
    """Add a person to an organisation."""

    op: Literal["membership.create"]
    payload: MembershipDraft


class MembershipUpdate(_Change):
    op: Literal["membership.update"]
    payload: MembershipPatch


class MembershipRemove(_Change):
    """Take a person out of an organisation (the membership is deleted)."""

    op: Literal["membership.remove"]
    payload: NoFields


class RoleCreate(_Create):
    """Define a custom role."""

    op: Literal["role.create"]
    payload: RoleDraft


class RoleUpdate(_Change):
    op: Literal["role.update"]
    payload: RolePatch


class RoleRemove(_Change):
    """Delete a custom role nobody holds."""

    op: Literal["role.remove"]
    payload: NoFields


class LicenceAssign(_Create):
    """Give a person a licence of a subscription."""

    op: Literal["licence.assign"]
    payload: LicenceDraft


class LicenceUnassign(_Change):
    """Take a licence back (the assignment is deleted)."""

    op: Literal["licence.unassign"]
    payload: NoFields


class SubscriptionUpdate(_Change):
    op: Literal["subscription.update"]
    payload: SubscriptionPatch


class LicenceRuleCreate(_Create):
    op: Literal["licence_rule.create"]
    payload: LicenceRuleDraft


class LicenceRuleUpdate(_Change):
    op: Literal["licence_rule.update"]
    payload: LicenceRulePatch


class LicenceRuleRemove(_Change):
    op: Literal["licence_rule.remove"]
    payload: NoFields


class SharedResourceCreate(_Create):
    op: Literal["shared_resource.create"]
    payload: SharedResourceDraft


class DealNoteCreate(_Create):
    op: Literal["deal_note.create"]
    payload: DealNoteDraft


class CustomerCreate(_Create):
    op: Literal["customer.create"]
    payload: CustomerDraft


class DealWinAction(_Change):
    op: Literal["deal.win"]
    payload: DealWin


class SharedResourceUpdate(_Change):
    op: Literal["shared_resource.update"]
    payload: SharedResourcePatch


class SharedResourceRemove(_Change):
    op: Literal["shared_resource.remove"]
    payload: NoFields


class InvoiceUpdate(_Change):
    op: Literal["invoice.update"]
    payload: InvoicePatch


MutationModel = (
    type[OrganisationUpdate]
    | type[OrganisationAction]
    | type[InviteCreate]
    | type[InviteAction]
    | type[ServiceRequestCreate]
    | type[ServiceRequestUpdate]
    | type[MembershipCreate]
    | type[MembershipUpdate]
    | type[MembershipRemove]
    | type[RoleCreate]
    | type[RoleUpdate]
    | type[RoleRemove]
    | type[LicenceAssign]
    | type[LicenceUnassign]
    | type[SubscriptionUpdate]
    | type[LicenceRuleCreate]
    | type[LicenceRuleUpdate]
    | type[LicenceRuleRemove]
    | type[SharedResourceCreate]
    | type[SharedResourceUpdate]
    | type[SharedResourceRemove]
    | type[InvoiceUpdate]
    | type[DealNoteCreate]
    | type[DealWinAction]
    | type[CustomerCreate]
)
Payload = (
    OrganisationPatch
    | InviteDraft
    | NoFields
    | RequestDraft
    | RequestPatch
    | MembershipDraft
    | MembershipPatch
    | RoleDraft
    | RolePatch
    | LicenceDraft
    | SubscriptionPatch
    | LicenceRuleDraft
    | LicenceRulePatch
    | SharedResourceDraft
    | SharedResourcePatch
    | InvoicePatch
    | DealNoteDraft
    | DealWin
    | CustomerDraft
)


@dataclass(frozen=True)
class Op:
    """One operation: its mutation model, the entity type it writes, how it changes it —
    "update" (the payload's fields), "create" (a new entity with the id the console
    chose), "action" (a named change the server works out) or "delete" (the entity goes)
    — and the model of its payload."""

    model: MutationModel
    entity: str
    kind: Literal["update", "create", "action", "delete"]
    payload: type[Payload]


OPS: dict[str, Op] = {
    "organisation.update": Op(OrganisationUpdate, "organisation", "update", OrganisationPatch),
    "organisation.detach": Op(OrganisationAction, "organisation", "action", NoFields),
    "invite.create": Op(InviteCreate, "invite", "create", InviteDraft),
    "invite.resend": Op(InviteAction, "invite", "action", NoFields),
    "invite.cancel": Op(InviteAction, "invite", "action", NoFields),
    "service_request.create": Op(ServiceRequestCreate, "service_request", "create", RequestDraft),
    "service_request.update": Op(ServiceRequestUpdate, "service_request", "update", RequestPatch),
    "membership.create": Op(MembershipCreate, "membership", "create", MembershipDraft),
    "membership.update": Op(MembershipUpdate, "membership", "update", MembershipPatch),
    "membership.remove": Op(MembershipRemove, "membership", "delete", NoFields),
    "role.create": Op(RoleCreate, "role", "create", RoleDraft),
    "role.update": Op(RoleUpdate, "role", "update", RolePatch),
    "role.remove": Op(RoleRemove, "role", "delete", NoFields),
    "licence.assign": Op(LicenceAssign, "licence_assignment", "create", LicenceDraft),
    "licence.unassign": Op(LicenceUnassign, "licence_assignment", "delete", NoFields),
    "subscription.update": Op(SubscriptionUpdate, "subscription", "update", SubscriptionPatch),
    "licence_rule.create": Op(LicenceRuleCreate, "licence_rule", "create", LicenceRuleDraft),
    "licence_rule.update": Op(LicenceRuleUpdate, "licence_rule", "update", LicenceRulePatch),
    "licence_rule.remove": Op(LicenceRuleRemove, "licence_rule", "delete", NoFields),
    "shared_resource.create": Op(
        SharedResourceCreate, "shared_resource", "create", SharedResourceDraft
    ),
    "shared_resource.update": Op(
        SharedResourceUpdate, "shared_resource", "update", SharedResourcePatch
    ),
    "shared_resource.remove": Op(SharedResourceRemove, "shared_resource", "delete", NoFields),
    "invoice.update": Op(InvoiceUpdate, "invoice", "update", InvoicePatch),
    "deal_note.create": Op(DealNoteCreate, "deal_note", "create", DealNoteDraft),
    "deal.win": Op(DealWinAction, "deal", "action", DealWin),
    "customer.create": Op(CustomerCreate, "organisation", "create", CustomerDraft),
}
MUTATION_MODELS: dict[str, MutationModel] = {name: op.model for name, op in OPS.items()}
OP_ENTITY: dict[str, str] = {name: op.entity for name, op in OPS.items()}
OP_KIND: dict[str, str] = {name: op.kind for name, op in OPS.items()}
OP_PATCH: dict[str, type[Payload]] = {name: op.payload for name, op in OPS.items()}

Mutation = Annotated[
    OrganisationUpdate
    | OrganisationAction
    | InviteCreate
    | InviteAction
    | ServiceRequestCreate
    | ServiceRequestUpdate
    | MembershipCreate
    | MembershipUpdate
    | MembershipRemove
    | RoleCreate
    | RoleUpdate
    | RoleRemove
    | LicenceAssign
    | LicenceUnassign
    | SubscriptionUpdate
    | LicenceRuleCreate
    | LicenceRuleUpdate
    | LicenceRuleRemove
    | SharedResourceCreate
    | SharedResourceUpdate
    | SharedResourceRemove
    | InvoiceUpdate
    | DealNoteCreate
    | DealWinAction
    | CustomerCreate,
    TaggedBy("op", MUTATION_MODELS, MUTATION_TAG_NOTE),
]


class PushRequest(_Strict):
    client_id: Id
    mutations: Annotated[list[Mutation], Field(min_length=1, max_length=MAX_MUTATIONS)]


Status = Literal["applied", "conflict", "rejected"]


class MutationResult(_Strict):
    """What became of one mutation.

    - ``applied``: ``version`` is the entity's version after the change.
    - ``conflict``: the entity had moved on from ``base_version``; ``current`` is the
      server's row ("theirs").
    - ``rejected``: refused for good (``code``/``message``: not allowed, not found, not
      valid); ``current`` is the server's row when the caller may still see it.
    """

    key: IdempotencyKey
    status: Status
    version: Annotated[int, Field(ge=1)] | None = None
    current: Current | None = None
    code: Annotated[str, StringConstraints(max_length=60)] | None = None
    message: Annotated[str, StringConstraints(max_length=500)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> MutationResult:
        if self.status == "applied" and self.version is None:
            raise ValueError("an applied mutation names the new version")
        if self.status == "conflict" and self.current is None:
            raise ValueError("a conflict carries the server's row")
        if self.status == "rejected" and not self.code:
            raise ValueError("a rejection says why")
        return self


class PushResponse(_Strict):
    """One result per mutation sent, in the order sent; ``last_seq`` is the highest
    sequence number the server has stored a result for, for this client."""

    results: Annotated[list[MutationResult], Field(max_length=MAX_MUTATIONS)]
    last_seq: Annotated[int, Field(ge=0)]


class WaitResult(_Strict):
    """``GET /sync/wait``: whether the caller's feed has something after the cursor."""

    changed: bool
