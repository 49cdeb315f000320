"""Help > About: what this build is, and only what exists in it: the version, the modules it
ships (its tabs), the Qt and PySide6 versions, the licence and the folder of its data; "Copy
version info" puts the same facts on the clipboard for a support request."""

from __future__ import annotations

import html
import importlib.metadata
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from timedesk import __version__
from timedesk.auth.permissions import Actor
from timedesk.ui.tabs import tabs_for

NOT_MODULES = ("admin",)  # the app's own tab, in every build


def modules_present() -> list[str]:
    """The titles of the module tabs this build ships (whoever may see them)."""
    return [spec.title() for spec in tabs_for(Actor.system("about"))
            if spec.key not in NOT_MODULES]


def licence() -> str:
    """The licence of the installed package ('' where its metadata is not shipped)."""
    try:
        return importlib.metadata.metadata("timedesk")["License"] or ""
    except importlib.metadata.PackageNotFoundError:
        return ""


class AboutBox(QMessageBox):
    def __init__(self, parent: QWidget, data_dir: Any) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setWindowTitle(self.tr("About timedesk"))
        self.setIconPixmap(parent.windowIcon().pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(self.tr("<b>timedesk {version}</b>").format(version=__version__) + "<br>"
                     + html.escape(self.tr("The office time and attendance desk.")))
        self.facts = [(self.tr("Version"), __version__),
                      (self.tr("Modules"), ", ".join(modules_present())),
                      (self.tr("Qt"), qVersion()),
                      (self.tr("PySide6"), pyside_version)]
        terms = licence()
        if terms:  # the package's own word, in the interface's language
            self.facts.append((self.tr("Licence"), self.tr("Proprietary")
                               if terms == "Proprietary" else terms))
        self.facts.append((self.tr("Data folder"), str(data_dir)))
        self.setInformativeText("<br>".join(f"{html.escape(label)}: {html.escape(value)}"
                                            for label, value in self.facts))
        self.copy_button = self.addButton(self.tr("Copy version info"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.buttonClicked.connect(self._clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def version_info(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.facts)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.copy_button:
            QGuiApplication.clipboard().setText(self.version_info())
