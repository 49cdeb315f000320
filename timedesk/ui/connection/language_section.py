"""Language and look of this PC: the language (System / Español / English, ui.language) and the
theme (as the system, light or dark: ui.theme), saved by the Settings page's Save. The language applies to the
sign-in window and to the people who did not choose their own (File > My language) from their
next sign-in; the theme at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QVBoxLayout, QWidget

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
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.addItem(self.tr("As the system (light or dark)"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.revert()
        self.choice.setEnabled(editable)
        self.theme.setEnabled(editable)
        self.result = role_label("", "hint")
        self.result.setObjectName("languageResult")
        self.result.hide()
        form = QFormLayout()
        form.addRow(self.tr("Language of this computer:"), self.choice)
        form.addRow(self.tr("Look:"), self.theme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(role_label(self.tr(
            "Each person can choose their own language in File > My language."), "hint"))
        layout.addWidget(self.result)

    def revert(self) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(self._settings["ui.language"])))
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._settings["ui.theme"])))

    def is_dirty(self) -> bool:
        return self.editable and (self.choice.currentData() != self._settings["ui.language"]
                                  or self.theme.currentData() != self._settings["ui.theme"])

    def commit(self) -> None:
        self.save()

    def save(self) -> None:
        theme = self.theme.currentData()
        try:
            self._settings.set("ui.language", self.choice.currentData())
            if theme != self._settings["ui.theme"]:
                self._settings.set("ui.theme", theme)
                self._apply_theme(theme)
        except TimedeskError as exc:
            show_error(self.result, exc)
            return
        show_message(self.result, self.tr("Saved. This computer's language applies from the "
                                          "next sign-in."), "success")

    @staticmethod
    def _apply_theme(theme: str) -> None:
        """At once; "system" keeps following the system's scheme (the app's ThemeFollower)."""
        from timedesk.ui.appearance import ThemeFollower, apply_appearance

        app = QApplication.instance()
        if isinstance(app, QApplication):
            follower = app.findChild(ThemeFollower)
            if follower is not None:
                follower.set_theme(theme)
            else:
                apply_appearance(app, theme)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> LanguageSection:
        return cls(ctx.settings, can_manage(actor))


register_connection_section("language",
                            lambda: QCoreApplication.translate("Sections", "Language and look"),
                            LanguageSection.build, order=30, page=PAGE_COMPUTER)
