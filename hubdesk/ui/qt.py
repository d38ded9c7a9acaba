"""The one way in for Qt: every ui module imports Qt names from here."""

from __future__ import annotations

from PySide6 import QtCharts, QtCore, QtGui, QtNetwork, QtWidgets
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
from shiboken6 import isValid as is_alive  # False once Qt has deleted the C++ object

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
    "QtCharts",
    "QtCore",
    "QtGui",
    "QtNetwork",
    "QtWidgets",
    "Signal",
    "Slot",
    "is_alive",
]

AnyIndex = QModelIndex | QPersistentModelIndex

# Translations: inside a QObject use ``self.tr("…")``; elsewhere write
# ``QCoreApplication.translate("context", "…")`` in full, with literal strings —
# pyside6-lupdate extracts exactly these two forms (tests/ui/test_translations.py).
