"""The one way in for Qt: every ui module imports Qt names from here."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)

__all__ = [
    "QByteArray",
    "QCoreApplication",
    "QModelIndex",
    "QObject",
    "QPersistentModelIndex",
    "QSettings",
    "QSize",
    "QTimer",
    "Qt",
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
    "tr",
]

AnyIndex = QModelIndex | QPersistentModelIndex


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` outside a QObject (``QObject.tr`` inside one)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
