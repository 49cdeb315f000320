"""Listener section: on/off, this computer only or open to the LAN (with what that exposes), the
port, the HTTPS certificate and key; Apply restarts the listener; its state and the URL others
use (with Copy)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.ui.async_tools import run_on_loop
from timedesk.ui.base_tab import TrackedConnections
from timedesk.ui.connection.listener_view import LAN_HOST, LOCAL_HOST, ListenerView
from timedesk.ui.connection.sections import PAGE_COMPUTER, can_manage, register_connection_section
from timedesk.ui.errors import show_error
from timedesk.ui.services import UiServices
from timedesk.ui.widgets import set_role, show_message

log = logging.getLogger(__name__)


def others_url(settings: Any, listener: Any) -> str:
    """The URL other machines use: the running listener's (its real port), else the settings'.
    Empty until the listener exists (the server package loads after the window shows)."""
    if listener is None:
        return ""
    if listener.public_url:
        return listener.public_url
    from timedesk.server.addresses import public_url

    return public_url(settings)


async def _apply(settings: Any, listener: Any, values: dict[str, Any]) -> None:
    settings.set_many(values)
    if listener is not None:
        if values["listener.enabled"]:
            await listener.restart(values["listener.host"], values["listener.port"])
        else:
            await listener.stop()


class ListenerSection(TrackedConnections, QWidget):
    def __init__(self, settings: Any, services: UiServices, editable: bool) -> None:
        super().__init__()
        self._settings = settings
        self._listener = services.listener
        self.view = ListenerView(editable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.editable = editable
        self.commit_button = self.view.apply_button
        self.revert()
        self.view.apply_button.clicked.connect(self.apply)
        self.view.copy_button.clicked.connect(self.copy_url)
        self.view.host.currentIndexChanged.connect(self._show_lan_warning)
        self.view.tls_cert.textChanged.connect(self._show_lan_warning)
        self._services = services
        self._pending_state = "stopped"
        self.track(services.signals.listenerStateChanged, self._listener_changed)
        self._show_lan_warning()
        self.refresh()

    def revert(self) -> None:
        """Show the saved settings again."""
        settings = self._settings
        self.view.enabled.setChecked(settings["listener.enabled"])
        self.view.host.setCurrentIndex(1 if settings["listener.host"] == LAN_HOST else 0)
        self.view.port.setValue(settings["listener.port"])
        self.view.tls_cert.setText(settings["listener.tls_cert"])
        self.view.tls_key.setText(settings["listener.tls_key"])

    def values(self) -> dict[str, Any]:
        enabled, host, port = self.chosen()
        return {"listener.enabled": enabled, "listener.host": host, "listener.port": port,
                "listener.tls_cert": self.view.tls_cert.text().strip(),
                "listener.tls_key": self.view.tls_key.text().strip()}

    def is_dirty(self) -> bool:
        return self.editable and any(v != self._settings[k] for k, v in self.values().items())

    def commit(self) -> None:
        self.apply()

    def chosen(self) -> tuple[bool, str, int]:
        host = LAN_HOST if self.view.host.currentIndex() == 1 else LOCAL_HOST
        return self.view.enabled.isChecked(), host, self.view.port.value()

    def apply(self) -> asyncio.Task:
        """Save the choices and restart (or stop) the listener on the loop; what follows is
        dropped if the section is destroyed meanwhile."""
        values = self.values()
        self.view.apply_button.setEnabled(False)
        show_message(self.view.result, self.tr("Applying…"), "hint")
        return run_on_loop(self, _apply(self._settings, self._listener, values),
                           lambda _: self._applied(None), self._applied)

    def _applied(self, error: BaseException | None) -> None:
        if error is None:
            self.view.result.hide()
        else:  # the listener reports bind errors in its state; others here
            show_error(self.view.result, error)
        self.view.apply_button.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        listener = self._listener
        state = self._pending_state
        if listener is not None and not (state == "starting" and listener.state == "stopped"):
            state = listener.state
        label = self.view.state
        if state == "starting":
            label.setText(self.tr("Starting…"))
            set_role(label, "hint")
        elif state == "listening":
            assert listener is not None  # only a listener listens
            label.setText(self.tr("Listening on {url}").format(url=listener.url))
            set_role(label, "success")
        elif state == "failed":
            assert listener is not None  # only a listener fails
            label.setText(self.tr("Not listening: {reason}").format(
                reason=listener.error or self.tr("unknown error")))
            set_role(label, "error")
        elif state == "unavailable":
            label.setText(self.tr("The listener is not available in this program."))
            set_role(label, "hint")
        else:
            label.setText(self.tr("Off"))
            set_role(label, "hint")
        try:
            self.view.url.setText(others_url(self._settings, listener))
        except Exception:  # no network route, no server package: show nothing rather than fail
            log.exception("cannot work out the listener's public URL")
            self.view.url.clear()

    def _listener_changed(self, state: str) -> None:
        self._listener = self._services.listener  # built after the window first painted
        self._pending_state = state
        self.refresh()

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.view.url.text())
        show_message(self.view.result, self.tr("Copied to the clipboard."), "success")

    def _show_lan_warning(self) -> None:
        """Say what the LAN address exposes, and that plain HTTP shows its tokens."""
        view = self.view
        https = bool(view.tls_cert.text().strip())
        view.lan_warning.setText(view.lan_exposed if https
                                 else f"{view.lan_exposed} {view.lan_plain_http}")
        view.lan_warning.setVisible(view.host.currentIndex() == 1)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: UiServices) -> ListenerSection:
        return cls(ctx.settings, services, can_manage(actor))


register_connection_section("listener",
                            lambda: QCoreApplication.translate("Sections", "Listener"),
                            ListenerSection.build, order=20, page=PAGE_COMPUTER)
