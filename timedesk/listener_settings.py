"""Settings of the HTTP listener's defences and TLS (its address and port are core settings in
timedesk.settings): how many lobby display streams it serves, how long it waits for a slow
client, and the certificate it answers HTTPS with. Outside timedesk.server so that reading the
settings never imports aiohttp."""

from timedesk.settings import declare

declare("listener.feed_streams_per_address", int, 8,
        "Lobby display streams (/display/feed) served at once to one client address; beyond "
        "it a 503 with Retry-After", minimum=1, maximum=10_000)
declare("listener.feed_streams_total", int, 64,
        "Lobby display streams (/display/feed) served at once in total; beyond it a 503 with "
        "Retry-After", minimum=1, maximum=10_000)
declare("listener.max_connections", int, 512,
        "Connections the listener keeps open at once; beyond, the oldest idle ones are closed "
        "to make room", minimum=16, maximum=100_000)
declare("listener.header_timeout_s", float, 10.0,
        "Seconds a client has to send a request's headers (and an idle kept-alive connection "
        "stays open) before the listener closes the connection", minimum=1.0, maximum=3600.0)
declare("listener.body_timeout_s", float, 30.0,
        "Seconds a client has to send a request's body before the listener answers 408",
        minimum=1.0, maximum=3600.0)
declare("listener.tls_cert", str, "",
        "PEM certificate file (with its chain) to answer HTTPS instead of HTTP; empty: plain "
        "HTTP (put a TLS reverse proxy in front before opening the listener beyond this PC)")
declare("listener.tls_key", str, "",
        "PEM private key file of listener.tls_cert (keep it readable by this user only)")
