"""Layout of the listener section (behaviour in listener_section.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timedesk.ui.widgets import role_label

LOCAL_HOST = "127.0.0.1"
LAN_HOST = "0.0.0.0"


class ListenerView(QWidget):
    def __init__(self, editable: bool) -> None:
        super().__init__()
        self.enabled = QCheckBox(self.tr("Start the listener with timedesk"))
        self.enabled.setObjectName("listenerEnabled")
        self.host = QComboBox()
        self.host.setObjectName("listenerHost")
        self.host.addItem(self.tr("This computer only ({address})").format(address=LOCAL_HOST))
        self.host.addItem(self.tr("Open to the local network ({address})").format(
            address=LAN_HOST))
        self.port = QSpinBox()
        self.port.setObjectName("listenerPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setMinimumWidth(110)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("listenerApply")
        self.tls_cert = QLineEdit()
        self.tls_cert.setObjectName("listenerTlsCert")
        self.tls_cert.setPlaceholderText(self.tr("PEM file; empty: plain HTTP"))
        self.tls_key = QLineEdit()
        self.tls_key.setObjectName("listenerTlsKey")
        self.tls_key.setPlaceholderText(self.tr("PEM file"))
        # what a LAN address exposes; the section adds the plain-HTTP sentence when it applies
        self.lan_warning = role_label("", "warning")
        self.lan_warning.setWordWrap(True)
        self.lan_exposed = self.tr(
            "Other computers on the network can reach the listener: the lobby display page and "
            "its feed (public, no sign-in), /health, the Clockify webhooks (a token in every "
            "request) and the HTTP API (/api/v1, users' bearer tokens). Let the firewall allow "
            "only your office network.")
        self.lan_plain_http = self.tr(
            "Over plain HTTP anyone on the network path can read those tokens: give the "
            "listener a certificate and its key above, or put a TLS reverse proxy in front of "
            "it.")
        self.state = QLabel()
        self.state.setObjectName("listenerState")
        self.state.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("listenerUrl")
        self.url.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.result = role_label("", "hint")
        self.result.hide()
        for widget in (self.enabled, self.host, self.port, self.apply_button, self.tls_cert,
                       self.tls_key):
            widget.setEnabled(editable)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.enabled, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Address:")), 1, 0)
        address = QHBoxLayout()
        address.setSpacing(8)
        address.addWidget(self.host, 1)
        address.addSpacing(8)
        address.addWidget(QLabel(self.tr("Port:")))
        address.addWidget(self.port)
        address.addWidget(self.apply_button)
        grid.addLayout(address, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("HTTPS certificate:")), 2, 0)
        grid.addWidget(self.tls_cert, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Its private key:")), 3, 0)
        grid.addWidget(self.tls_key, 3, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("State:")), 4, 0)
        grid.addWidget(self.state, 4, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("URL others use:")), 5, 0)
        grid.addWidget(self.url, 5, 1)
        grid.addWidget(self.copy_button, 5, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.lan_warning)
        layout.addWidget(role_label(self.tr("Clockify webhooks, the lobby display in a browser "
                                            "and the HTTP API use this address."), "hint"))
        layout.addWidget(self.result)
