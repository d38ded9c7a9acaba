"""The filter box above the tree: find an organisation by name anywhere, then reveal it."""

from __future__ import annotations

from collections.abc import Callable

from hubdesk.services.cache.queries import SearchHit
from hubdesk.ui.models.search_results import ORG_ID_ROLE, SearchResultsModel
from hubdesk.ui.qt import QModelIndex, Qt, QtGui, QTimer, QtWidgets, Signal
from hubdesk.ui.tasks import Background

Search = Callable[[str], list[SearchHit]]  # runs in a worker thread


class OrgSearchBox(QtWidgets.QLineEdit):
    """Type to search (debounced, in SQL, off the GUI thread); Enter or click reveals."""

    chosen = Signal(str)  # organisation id

    def __init__(self, background: Background, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._bg = background
        self._search: Search | None = None
        self._generation = 0
        self._choose_when_found = False
        self.setPlaceholderText(self.tr("Find an organisation…  (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Find organisation"))
        self.results = SearchResultsModel(self)
        self.completer_ = QtWidgets.QCompleter(self.results, self)
        self.completer_.setCompletionMode(
            QtWidgets.QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.completer_.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._run)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._enter)
        action = QtGui.QAction(self)
        action.setShortcut(QtGui.QKeySequence.StandardKey.Find)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self._focus)
        self.addAction(action)

    def _popup(self) -> QtWidgets.QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def set_search(self, search: Search | None) -> None:
        self._search = search
        self.results.set_hits([])

    def _focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _run(self) -> None:
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        search = self._search
        if not text or search is None:
            self.results.set_hits([])
            self._popup().hide()
            return

        async def query() -> list[SearchHit]:
            return await self._bg.run(lambda: search(text))

        def show(hits: list[SearchHit]) -> None:
            if generation != self._generation:
                return  # a newer keystroke already asked again
            self.results.set_hits(hits)
            if self._choose_when_found:
                self._choose_when_found = False
                if hits:
                    self.chosen.emit(hits[0].id)
                return
            if hits and self.hasFocus():
                self.completer_.complete()
            elif not hits:
                self._popup().hide()

        self._bg.spawn(query(), on_done=show)

    def _activated(self, index: QModelIndex) -> None:
        org_id = index.data(ORG_ID_ROLE)
        if org_id:
            self.chosen.emit(org_id)

    def _enter(self) -> None:
        if self._timer.isActive():  # typed and pressed Enter before the search ran
            self._timer.stop()
            self._choose_when_found = True
            self._run()
            return
        popup = self._popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        hit = self.results.hit(current.row() if current.isValid() else 0)
        if hit is not None:
            popup.hide()
            self.setText(hit.name)
            self.chosen.emit(hit.id)
