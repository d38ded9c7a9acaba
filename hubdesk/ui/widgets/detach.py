"""Detaching a sub-account: who may, and the question asked before it is queued."""

from __future__ import annotations

from dataclasses import dataclass

from hubdesk.domain.enums import Lifecycle
from hubdesk.domain.permissions import parent_path
from hubdesk.services.cache.queries import OrgDetail
from hubdesk.ui.qt import QtWidgets


@dataclass(frozen=True)
class DetachTarget:
    """A sub-account that could be detached, and the organisation it would leave."""

    org_id: str
    name: str
    hub_name: str
    hub_path: str


def detach_target(detail: OrgDetail) -> DetachTarget | None:
    """The sub-account of ``detail`` if it is one that can be detached: an active
    organisation below another one (a top-level organisation is on its own already; one
    still being set up has its invite cancelled instead)."""
    ids = detail.path.strip("/").split("/")
    if len(ids) < 3 or detail.lifecycle != Lifecycle.ACTIVE:
        return None
    hub_path = parent_path(detail.path)
    hub_name = detail.trail[-1] if detail.trail else ""
    return DetachTarget(detail.id, detail.name, hub_name, hub_path)


class DetachQuestion(QtWidgets.QMessageBox):
    """Asked before a detach is queued; the safe answer (Cancel) is the default."""

    def __init__(self, parent: QtWidgets.QWidget, target: DetachTarget) -> None:
        super().__init__(parent)
        hub = target.hub_name or self.tr("the organisation above it")
        self.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Detach sub-account"))
        self.setText(self.tr("Detach {name} from {hub}?").format(name=target.name, hub=hub))
        self.setInformativeText(
            self.tr(
                "{name} becomes an independent organisation and keeps its people and data. "
                "{hub} loses access to it, and it leaves this console. Its owner carries on "
                "as before."
            ).format(name=target.name, hub=hub)
        )
        role = QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        self.detach_button = self.addButton(self.tr("&Detach"), role)
        self.detach_button.setAccessibleName(self.tr("Detach the sub-account"))
        cancel = self.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.detach_button
