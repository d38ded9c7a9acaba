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

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from hubdesk.domain.enums import MembershipStatus, RequestKind, RequestStatus
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
    "membership": ("role_id", "title", "status"),
    "role": ("name", "description", "permissions"),
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


class NoFields(_Strict):
    """An action without data of its own (resend, cancel)."""

    def changes(self) -> dict[str, Any]:
        return {}


class OrganisationUpdate(_Strict):
    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["organisation.update"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: OrganisationPatch

    @property
    def entity_type(self) -> str:
        return "organisation"


class InviteCreate(_Strict):
    """Invite a new sub-account; ``entity_id`` is the new invite's id, made by the console
    (so the console can show the invite before the server has it)."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["invite.create"]
    entity_id: Id
    base_version: Literal[0] = 0
    payload: InviteDraft

    @property
    def entity_type(self) -> str:
        return "invite"


class InviteAction(_Strict):
    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["invite.resend", "invite.cancel"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: NoFields

    @property
    def entity_type(self) -> str:
        return "invite"


class OrganisationAction(_Strict):
    """A named change of an organisation that the server works out (detach)."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["organisation.detach"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: NoFields

    @property
    def entity_type(self) -> str:
        return "organisation"


class ServiceRequestCreate(_Strict):
    """Order a service request; ``entity_id`` is the new request's id, made by the console."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["service_request.create"]
    entity_id: Id
    base_version: Literal[0] = 0
    payload: RequestDraft

    @property
    def entity_type(self) -> str:
        return "service_request"


class ServiceRequestUpdate(_Strict):
    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["service_request.update"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: RequestPatch

    @property
    def entity_type(self) -> str:
        return "service_request"


class MembershipCreate(_Strict):
    """Add a person to an organisation; ``entity_id`` is the new membership's id."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["membership.create"]
    entity_id: Id
    base_version: Literal[0] = 0
    payload: MembershipDraft

    @property
    def entity_type(self) -> str:
        return "membership"


class MembershipUpdate(_Strict):
    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["membership.update"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: MembershipPatch

    @property
    def entity_type(self) -> str:
        return "membership"


class MembershipRemove(_Strict):
    """Take a person out of an organisation (the membership is deleted)."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["membership.remove"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: NoFields

    @property
    def entity_type(self) -> str:
        return "membership"


class RoleCreate(_Strict):
    """Define a custom role; ``entity_id`` is the new role's id, made by the console."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["role.create"]
    entity_id: Id
    base_version: Literal[0] = 0
    payload: RoleDraft

    @property
    def entity_type(self) -> str:
        return "role"


class RoleUpdate(_Strict):
    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["role.update"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: RolePatch

    @property
    def entity_type(self) -> str:
        return "role"


class RoleRemove(_Strict):
    """Delete a custom role nobody holds."""

    key: IdempotencyKey
    seq: Annotated[int, Field(ge=1)]
    op: Literal["role.remove"]
    entity_id: Id
    base_version: Annotated[int, Field(ge=1)]
    payload: NoFields

    @property
    def entity_type(self) -> str:
        return "role"


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
)
MUTATION_MODELS: dict[str, MutationModel] = {
    "organisation.update": OrganisationUpdate,
    "organisation.detach": OrganisationAction,
    "invite.create": InviteCreate,
    "invite.resend": InviteAction,
    "invite.cancel": InviteAction,
    "service_request.create": ServiceRequestCreate,
    "service_request.update": ServiceRequestUpdate,
    "membership.create": MembershipCreate,
    "membership.update": MembershipUpdate,
    "membership.remove": MembershipRemove,
    "role.create": RoleCreate,
    "role.update": RoleUpdate,
    "role.remove": RoleRemove,
}
# The entity type each operation writes to, and the model of its payload.
OP_ENTITY: dict[str, str] = {
    "organisation.update": "organisation",
    "organisation.detach": "organisation",
    "invite.create": "invite",
    "invite.resend": "invite",
    "invite.cancel": "invite",
    "service_request.create": "service_request",
    "service_request.update": "service_request",
    "membership.create": "membership",
    "membership.update": "membership",
    "membership.remove": "membership",
    "role.create": "role",
    "role.update": "role",
    "role.remove": "role",
}
# How an operation changes its entity: "update" (the payload's fields), "create" (a new
# entity with the id the console chose), "action" (a named change the server works out)
# or "delete" (the entity goes).
OP_KIND: dict[str, str] = {
    "organisation.update": "update",
    "organisation.detach": "action",
    "invite.create": "create",
    "invite.resend": "action",
    "invite.cancel": "action",
    "service_request.create": "create",
    "service_request.update": "update",
    "membership.create": "create",
    "membership.update": "update",
    "membership.remove": "delete",
    "role.create": "create",
    "role.update": "update",
    "role.remove": "delete",
}
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
)
OP_PATCH: dict[str, type[Payload]] = {
    "organisation.update": OrganisationPatch,
    "organisation.detach": NoFields,
    "invite.create": InviteDraft,
    "invite.resend": NoFields,
    "invite.cancel": NoFields,
    "service_request.create": RequestDraft,
    "service_request.update": RequestPatch,
    "membership.create": MembershipDraft,
    "membership.update": MembershipPatch,
    "membership.remove": NoFields,
    "role.create": RoleDraft,
    "role.update": RolePatch,
    "role.remove": NoFields,
}

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
    | RoleRemove,
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
