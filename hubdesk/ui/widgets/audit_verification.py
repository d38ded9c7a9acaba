"""The line under the audit log that says whether the cached log is intact: "verified up
to the checkpoints signed at T" — or exactly where it is not. The sync verifies what
each pull brings; this bar verifies the whole cached log when the window opens, and
again on request."""

from __future__ import annotations

import html
from datetime import datetime

from sqlalchemy import Connection

from hubdesk.services.cache import audit_proof
from hubdesk.services.cache.audit_proof import ChainResult, Verification
from hubdesk.services.engine import AUDIT_PROOF
from hubdesk.ui.audit_labels import action_label
from hubdesk.ui.controller import Controller
from hubdesk.ui.qt import Qt, QtCore, QtWidgets
from hubdesk.ui.tasks import Changes
from hubdesk.ui.widgets.forms import WARNING_COLOUR, shortcut_button

OK_COLOUR = "#1e7d32"


class VerificationBar(QtWidgets.QWidget):
    def __init__(self, controller: Controller, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.running = False
        self.result: Verification | None = None
        self.label = QtWidgets.QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Verification of the audit log"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = shortcut_button(
            self.tr("&Verify now"),
            "Ctrl+Shift+V",
            self,
            self.tr("Verify the whole cached audit log now"),
        )
        self.button.setToolTip(
            self.tr("Recompute every hash, follow every chain, check every signature")
        )
        self.button.clicked.connect(lambda _c=False: self.verify())
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.c.bus.changed.connect(self._changed)
        self.show_last()

    def show_last(self) -> None:
        if self.c.session is None:
            return
        self.show_result(self.c.read(audit_proof.last_verification))

    def verify(self) -> None:
        """Verify the whole cached log in a worker."""
        session = self.c.session
        if session is None or self.running:
            return
        self.running = True
        self.button.setEnabled(False)
        self.label.setText(html.escape(self.tr("Verifying the audit log…")))
        cache, key = session.cache, session.account.audit_key

        def done(result: Verification) -> None:
            self.running = False
            self.button.setEnabled(True)
            self.show_result(result)

        def failed(exc: BaseException) -> None:
            self.running = False
            self.button.setEnabled(True)
            self.label.setText(html.escape(self.tr("Could not verify: {error}").format(error=exc)))

        self.c.bg.spawn(
            self.c.bg.run(lambda: audit_proof.verify(cache, key)), on_done=done, on_error=failed
        )

    def show_result(self, result: Verification | None) -> None:
        self.result = result
        if result is None:
            self.label.setText(html.escape(self.tr("The audit log has not been verified yet.")))
            return
        names = self.c.read(lambda conn: _names(conn, result))
        self.label.setText(self.text(result, names))

    def text(self, result: Verification, names: dict[str, str]) -> str:
        e = html.escape
        broken = [c for c in result.chains if c.fault is not None]
        if broken:
            return _coloured(WARNING_COLOUR, "✗ " + e(self.fault_text(broken[0], names)))
        if result.problem == "no_key":
            return _coloured(
                WARNING_COLOUR,
                "⚠ "
                + e(
                    self.tr(
                        "Every hash of {n} events checks out, but no audit key was pinned for "
                        "this account: the server's signatures cannot be checked."
                    ).format(n=f"{result.events:,}")
                ),
            )
        if result.problem == "no_material" or result.signed_at is None:
            return e(
                self.tr(
                    "Every hash of {n} events checks out; the server has signed no checkpoint "
                    "for them yet."
                ).format(n=f"{result.events:,}")
            )
        newer = sum(c.newer for c in result.chains)
        text = self.tr("Verified up to event {n}, signed at {time}.").format(
            n=f"{result.verified:,}", time=_when(result.signed_at)
        )
        if newer:
            text += " " + self.tr(
                "%Ln newer event(s) are chained and await the next checkpoint.", "", newer
            )
        return _coloured(OK_COLOUR, "✓ " + e(text))

    def fault_text(self, chain: ChainResult, names: dict[str, str]) -> str:
        where = self.tr("position {seq} of the log of {chain}").format(
            seq=f"{chain.fault_seq or 0:,}", chain=names.get(chain.chain_id, chain.chain_id[:8])
        )
        event = names.get(chain.fault_event or "", "")
        if event:
            where += " (" + event + ")"
        texts = {
            "changed": self.tr("The event at {where} was changed after it was recorded."),
            "broken": self.tr(
                "The log breaks at {where}: an event was removed, inserted or reordered."
            ),
            "conflict": self.tr("{where} differs from what the server recorded there."),
            "missing": self.tr(
                "{where} is missing from the cache (removed, or not synced yet), so the log "
                "cannot be verified up to its checkpoint."
            ),
            "other_key": self.tr(
                "The checkpoints are signed with another key than the one pinned at the first "
                "sign-in ({where})."
            ),
            "bad_signature": self.tr("The checkpoint at {where} has a wrong signature."),
            "not_signed_hash": self.tr("The log has another hash at {where} than was signed."),
        }
        text = texts.get(chain.fault or "", self.tr("The log fails at {where}."))
        return text.format(where=where)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(AUDIT_PROOF) and not self.running:
            self.show_last()


def _names(conn: Connection, result: Verification) -> dict[str, str]:
    """Chains by their organisation's name; a faulty event by its time, actor, action."""
    names: dict[str, str] = {}
    for chain in result.chains:
        org = conn.exec_driver_sql(
            "SELECT name FROM organisations WHERE id = ?", (chain.chain_id,)
        ).scalar()
        if org:
            names[chain.chain_id] = str(org)
        if chain.fault_event:
            found = conn.exec_driver_sql(
                "SELECT occurred_at, actor_name, action FROM audit_events WHERE id = ?",
                (chain.fault_event,),
            ).first()
            if found is not None:
                at = datetime.fromisoformat(found[0]).strftime("%Y-%m-%d %H:%M:%S")
                names[chain.fault_event] = f"{at} UTC · {found[1]} · {action_label(found[2])}"
    return names


def _when(stamp: str) -> str:
    moment = QtCore.QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QtCore.QTimeZone.utc())
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def _coloured(colour: str, text: str) -> str:
    return f"<span style='color: {colour}'>{text}</span>"
