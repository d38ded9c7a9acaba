"""Translated names for what the audit log records: actions, their families, targets."""

from __future__ import annotations

from hubdesk.ui.qt import QCoreApplication


def action_label(action: str) -> str:
    """What happened, in words ("Member added"); an action this console does not know
    yet is shown as recorded."""
    labels = {
        "auth.sign_in": QCoreApplication.translate("audit", "Signed in"),
        "auth.sign_in_failed": QCoreApplication.translate("audit", "Sign-in failed"),
        "auth.sign_out": QCoreApplication.translate("audit", "Signed out"),
        "auth.refresh_reuse": QCoreApplication.translate("audit", "Stolen session refused"),
        "auth.totp_enable": QCoreApplication.translate("audit", "2-step sign-in turned on"),
        "auth.totp_disable": QCoreApplication.translate("audit", "2-step sign-in turned off"),
        "auth.tokens_revoke": QCoreApplication.translate("audit", "Sessions signed out"),
        "audit.export": QCoreApplication.translate("audit", "Audit log exported"),
        "data.export": QCoreApplication.translate("audit", "Data exported"),
        "impersonation.start": QCoreApplication.translate("audit", "Logged in as (start)"),
        "impersonation.end": QCoreApplication.translate("audit", "Logged in as (end)"),
        "org.create": QCoreApplication.translate("audit", "Organisation created"),
        "org.update": QCoreApplication.translate("audit", "Organisation changed"),
        "organisation.update": QCoreApplication.translate("audit", "Organisation changed"),
        "org.detach": QCoreApplication.translate("audit", "Sub-account detached"),
        "organisation.detach": QCoreApplication.translate("audit", "Sub-account detached"),
        "client.delete": QCoreApplication.translate("audit", "Client deleted"),
        "membership.create": QCoreApplication.translate("audit", "Member added"),
        "membership.update": QCoreApplication.translate("audit", "Member changed"),
        "membership.remove": QCoreApplication.translate("audit", "Member removed"),
        "person.activated": QCoreApplication.translate("audit", "Person activated"),
        "role.create": QCoreApplication.translate("audit", "Role created"),
        "role.update": QCoreApplication.translate("audit", "Role changed"),
        "role.remove": QCoreApplication.translate("audit", "Role deleted"),
        "invite.send": QCoreApplication.translate("audit", "Invitation sent"),
        "invite.create": QCoreApplication.translate("audit", "Invitation sent"),
        "invite.resend": QCoreApplication.translate("audit", "Invitation sent again"),
        "invite.cancel": QCoreApplication.translate("audit", "Invitation cancelled"),
        "invite.expire": QCoreApplication.translate("audit", "Invitation expired"),
        "invite.accept": QCoreApplication.translate("audit", "Invitation accepted"),
        "invite.complete": QCoreApplication.translate("audit", "Onboarding completed"),
        "licence.assign": QCoreApplication.translate("audit", "Licence given"),
        "licence.remove": QCoreApplication.translate("audit", "Licence taken back"),
        "licence.unassign": QCoreApplication.translate("audit", "Licence taken back"),
        "licence_rule.create": QCoreApplication.translate("audit", "Licence rule created"),
        "licence_rule.update": QCoreApplication.translate("audit", "Licence rule changed"),
        "licence_rule.remove": QCoreApplication.translate("audit", "Licence rule deleted"),
        "subscription.create": QCoreApplication.translate("audit", "Subscription started"),
        "subscription.update": QCoreApplication.translate("audit", "Subscription changed"),
        "invoice.issue": QCoreApplication.translate("audit", "Invoice issued"),
        "invoice.update": QCoreApplication.translate("audit", "Invoice changed"),
        "invoice.paid": QCoreApplication.translate("audit", "Invoice paid"),
        "payment.refund": QCoreApplication.translate("audit", "Payment refunded"),
        "shared_resource.create": QCoreApplication.translate("audit", "Shared resource created"),
        "shared_resource.update": QCoreApplication.translate("audit", "Shared resource changed"),
        "shared_resource.share": QCoreApplication.translate("audit", "Resource shared"),
        "shared_resource.remove": QCoreApplication.translate("audit", "Shared resource deleted"),
        "service_request.create": QCoreApplication.translate("audit", "Request ordered"),
        "service_request.update": QCoreApplication.translate("audit", "Request changed"),
        "deal.won": QCoreApplication.translate("audit", "Deal won"),
        "deal.note_add": QCoreApplication.translate("audit", "Deal note added"),
        "task.complete": QCoreApplication.translate("audit", "Task completed"),
    }
    return labels.get(action, action)


def family_label(family: str) -> str:
    """A group of actions (the part before the dot), for the action filter."""
    labels = {
        "auth": QCoreApplication.translate("audit", "Sign-in and security"),
        "audit": QCoreApplication.translate("audit", "Audit log"),
        "data": QCoreApplication.translate("audit", "Data"),
        "impersonation": QCoreApplication.translate("audit", "Logging in as"),
        "org": QCoreApplication.translate("audit", "Organisations"),
        "organisation": QCoreApplication.translate("audit", "Organisations"),
        "client": QCoreApplication.translate("audit", "Clients"),
        "membership": QCoreApplication.translate("audit", "Members"),
        "person": QCoreApplication.translate("audit", "People"),
        "role": QCoreApplication.translate("audit", "Roles"),
        "invite": QCoreApplication.translate("audit", "Invitations"),
        "licence": QCoreApplication.translate("audit", "Licences"),
        "licence_rule": QCoreApplication.translate("audit", "Licence rules"),
        "subscription": QCoreApplication.translate("audit", "Subscriptions"),
        "invoice": QCoreApplication.translate("audit", "Invoices"),
        "payment": QCoreApplication.translate("audit", "Payments"),
        "shared_resource": QCoreApplication.translate("audit", "Shared resources"),
        "service_request": QCoreApplication.translate("audit", "Service requests"),
        "deal": QCoreApplication.translate("audit", "Deals"),
        "task": QCoreApplication.translate("audit", "Tasks"),
    }
    return labels.get(family, family)


def target_label(target_type: str | None) -> str:
    """What kind of thing an event is about ("Person", "Invoice")."""
    labels = {
        "person": QCoreApplication.translate("audit", "Person"),
        "organisation": QCoreApplication.translate("audit", "Organisation"),
        "membership": QCoreApplication.translate("audit", "Membership"),
        "role": QCoreApplication.translate("audit", "Role"),
        "invite": QCoreApplication.translate("audit", "Invitation"),
        "licence_assignment": QCoreApplication.translate("audit", "Licence"),
        "licence_rule": QCoreApplication.translate("audit", "Licence rule"),
        "subscription": QCoreApplication.translate("audit", "Subscription"),
        "invoice": QCoreApplication.translate("audit", "Invoice"),
        "shared_resource": QCoreApplication.translate("audit", "Shared resource"),
        "service_request": QCoreApplication.translate("audit", "Service request"),
    }
    return labels.get(target_type or "", target_type or "")
