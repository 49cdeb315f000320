"""HTTPS for the listener: an `ssl.SSLContext` from the PEM files named by listener.tls_cert and
listener.tls_key, or None for plain HTTP (both empty).

Plain HTTP is fine on 127.0.0.1. Beyond this PC, bearer tokens (the API's, Clockify's webhook
token) cross the network in every request: either give the listener a certificate here, or
put a TLS reverse proxy in front of it (README, "Exposing the listener")."""

from __future__ import annotations

import ssl
from pathlib import Path


def tls_context(settings) -> ssl.SSLContext | None:
    """The server-side TLS context; ValueError in one line when the files cannot be used."""
    cert, key = settings["listener.tls_cert"].strip(), settings["listener.tls_key"].strip()
    if not cert and not key:
        return None
    if not cert or not key:
        missing = "listener.tls_cert" if not cert else "listener.tls_key"
        raise ValueError(f"HTTPS needs both a certificate and its key: set {missing} too "
                         "(or clear both for plain HTTP)")
    for name, path in (("listener.tls_cert", cert), ("listener.tls_key", key)):
        if not Path(path).is_file():
            raise ValueError(f"{name}: there is no file {path}")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except (ssl.SSLError, OSError) as exc:
        raise ValueError(f"cannot use the certificate {cert} with the key {key}: "
                         f"{getattr(exc, 'reason', None) or exc.strerror or exc}. Both must be PEM "
                         "files and belong together") from None
    return context
