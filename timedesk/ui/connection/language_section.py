"""Language section: this PC's language (System / Español / English), saved to ui.language by
the Settings page's Save; it applies to the sign-in window and to the people who did not choose
their own (File > My language) from their next sign-in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.errors import TimedeskError
from timedesk.ui.connection.sections import PAGE_COMPUTER, can_manage, register_connection_section
from timedesk.ui.errors import show_error
from timedesk.ui.widgets import role_label, show_message


class LanguageSection(QWidget):
    def __init__(self, settings: Any, editable: bool) -> None:
        super().__init__()
        self._settings = settings
        self.editable = editable
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        # Language names are written in their own language, so anyone can find theirs.
        self.choice.addItem(self.tr("System language"), "")
        self.choice.addItem("Español", "es")
        self.choice.addItem("English", "en")
        self.revert()
        self.choice.setEnabled(editable)
        self.result = role_label("", "hint")
        self.result.setObjectName("languageResult")
        self.result.hide()
        form = QFormLayout()
        form.addRow(self.tr("Language of this computer:"), self.choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(role_label(self.tr(
            "Each person can choose their own language in File > My language."), "hint"))
        layout.addWidget(self.result)

    def revert(self) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(self._settings["ui.language"])))

    def is_dirty(self) -> bool:
        return self.editable and self.choice.currentData() != self._settings["ui.language"]

    def commit(self) -> None:
        self.save()

    def save(self) -> None:
        try:
            self._settings.set("ui.language", self.choice.currentData())
        except TimedeskError as exc:
            show_error(self.result, exc)
            return
        show_message(self.result, self.tr("Saved. This computer's language applies from the "
                                          "next sign-in."), "success")

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> LanguageSection:
        return cls(ctx.settings, can_manage(actor))


register_connection_section("language",
                            lambda: QCoreApplication.translate("Sections", "Language"),
                            LanguageSection.build, order=30, page=PAGE_COMPUTER)
