"""The organisation tree: a lazy QAbstractItemModel over the cache.

Children are read from SQL a chunk at a time (``canFetchMore``/``fetchMore``), sorted
by name with keyset pagination, so a node with 10,000 children opens as fast as one
with ten, and memory follows what has been expanded, not the size of the cache.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from hubdesk.services.cache import queries
from hubdesk.services.cache.queries import OrgNode
from hubdesk.ui.labels import kind_label, lifecycle_label, plain_tooltip, status_dot, status_label
from hubdesk.ui.qt import AnyIndex, QModelIndex, QObject, Qt, QtCore

CHUNK = 200
ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Reader = Callable[[Callable[[Connection], Any]], Any]


class _Node:
    __slots__ = ("children", "complete", "org", "parent", "row")

    def __init__(self, org: OrgNode | None, parent: _Node | None, row: int) -> None:
        self.org = org
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.complete = org is None or not org.has_children

    @property
    def sort_key(self) -> tuple[str, str]:
        assert self.org is not None
        return (self.org.name_fold, self.org.id)


class OrgTreeModel(QtCore.QAbstractItemModel):
    """Columns: name, kind, status. ``ORG_ID_ROLE`` gives the organisation id."""

    COLUMNS = 3

    def __init__(self, read: Reader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._root = _Node(None, None, 0)
        self._by_id: dict[str, _Node] = {}
        self._announcing = False

    # -- loading ------------------------------------------------------------------------

    def load_roots(self, root_ids: list[str]) -> None:
        """Replace the whole tree by the given top nodes (the caller's scope roots)."""
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._by_id = {}
        orgs = self._read(lambda conn: queries.nodes(conn, root_ids)) if root_ids else []
        for row, org in enumerate(orgs):
            node = _Node(org, self._root, row)
            self._root.children.append(node)
            self._by_id[org.id] = node
        # Listeners of a change (views, testers) may ask for more rows at once; inserting
        # rows while a change is still being announced would nest two changes, so
        # fetching waits until every listener has heard of it (also in fetchMore).
        self._announcing = True
        try:
            self.endResetModel()
        finally:
            self._announcing = False

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def canFetchMore(self, parent: AnyIndex) -> bool:
        node = self._node(parent)
        return node.org is not None and not node.complete and not self._announcing

    def fetchMore(self, parent: AnyIndex) -> None:
        node = self._node(parent)
        if node.org is None or node.complete or self._announcing:
            return
        after = node.children[-1].sort_key if node.children else None
        org_id = node.org.id
        chunk: list[OrgNode] = self._read(lambda conn: queries.children(conn, org_id, after, CHUNK))
        if len(chunk) < CHUNK:
            node.complete = True
        if not chunk:
            if node.org.has_children and not node.children:
                # The cache changed under us: no children after all.
                node.complete = True
                self.dataChanged.emit(parent, parent)
            return
        first = len(node.children)
        self._announcing = True
        try:
            self.beginInsertRows(parent, first, first + len(chunk) - 1)
            for offset, org in enumerate(chunk):
                child = _Node(org, node, first + offset)
                node.children.append(child)
                self._by_id[org.id] = child
            self.endInsertRows()
        finally:
            self._announcing = False

    # -- structure ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.org is None:
            return bool(node.children)
        return bool(node.children) or (node.org.has_children and not node.complete)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Organisation"), self.tr("Kind"), self.tr("Status"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        org = self._node(index).org
        if org is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return org.name
            if column == 1:
                return kind_label(org.kind)
            return status_label(org.lifecycle, org.commercial)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return status_dot(org.lifecycle)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                self.tr("{name} — {kind}, {status}").format(
                    name=org.name, kind=kind_label(org.kind), status=lifecycle_label(org.lifecycle)
                )
            )
        if role == ORG_ID_ROLE:
            return org.id
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return org.name
        return None

    # -- lookup -------------------------------------------------------------------------

    def index_of(self, org_id: str) -> QModelIndex:
        node = self._by_id.get(org_id)
        if node is None or node.org is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def load_until(self, parent_id: str, child_id: str) -> QModelIndex:
        """Fetch ``parent_id``'s children until ``child_id`` is loaded; its index or invalid."""
        parent = self.index_of(parent_id)
        if not parent.isValid():
            return QModelIndex()
        while child_id not in self._by_id and self.canFetchMore(parent):
            self.fetchMore(parent)
        return self.index_of(child_id)

    def loaded_count(self) -> int:
        return len(self._by_id)
