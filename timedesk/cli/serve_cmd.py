"""`timedesk serve [--host H] [--port P] [--tls-cert PEM --tls-key PEM]`: the HTTP listener
without a window.

For a server or a service manager: prints `listening on http://HOST:PORT` (https with a
certificate) once bound (a script or a test reads the real port from it when --port 0 was
given), warns on stderr and in the log what it exposes when HOST is not a loopback address
(and that plain HTTP carries tokens in clear), stops cleanly on SIGTERM and
SIGINT with exit code 0, and exits with 2 and one line on stderr when it cannot listen.
Runs under plain asyncio: no Qt is loaded. Heavy imports stay inside run_serve so that
`timedesk --version` stays fast.
"""

from __future__ import annotations

import argparse

SERVE_PORT_ADVICE = "choose another port with --port (or the setting listener.port)"


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is 0-65535 (0 = any free port)")
    return value


def register(subparsers) -> None:
    serve = subparsers.add_parser(
        "serve", help="run the HTTP listener without a window (server, service)",
        description="Run the HTTP listener without a window until SIGTERM or Ctrl+C.")
    serve.add_argument("--host", help="address to bind (default: the setting listener.host; "
                                      "0.0.0.0 opens it to the LAN)")
    serve.add_argument("--port", type=_port,
                       help="TCP port (default: the setting listener.port; 0 = any free port)")
    serve.add_argument("--tls-cert", metavar="PEM",
                       help="answer HTTPS with this certificate file (default: the setting "
                            "listener.tls_cert; empty = plain HTTP)")
    serve.add_argument("--tls-key", metavar="PEM",
                       help="the private key of --tls-cert (default: the setting "
                            "listener.tls_key)")
    serve.set_defaults(func=run_serve)


def run_serve(args) -> int:
    import asyncio
    import sys

    from timedesk.cli.common import context

    ctx = context(args, server=True)  # it answers every PC: a larger connection pool
    try:
        host = args.host if args.host is not None else ctx.settings["listener.host"]
        port = args.port if args.port is not None else ctx.settings["listener.port"]
        for key, value in (("listener.tls_cert", args.tls_cert), ("listener.tls_key", args.tls_key)):
            if value is not None:
                ctx.settings.override(key, value)
        if sys.platform == "win32":
            # The PostgreSQL event feed needs add_reader, which Windows' proactor loop lacks.
            asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
        return asyncio.run(serve(ctx, host, port))
    finally:
        ctx.close()


async def serve(ctx, host: str, port: int) -> int:
    """Listen until a stop signal; the exit code of the command."""
    import asyncio
    import logging
    import sys

    from timedesk.app import housekeeping
    from timedesk.runtime import running_parts
    from timedesk.server.addresses import exposure_warning
    from timedesk.server.listener import Listener
    from timedesk.stop_signals import on_stop_signals

    log = logging.getLogger("timedesk.serve")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    remove_handlers = on_stop_signals(loop, stop.set)
    await loop.run_in_executor(None, housekeeping, ctx)
    ctx.bus.set_dispatcher(loop.call_soon_threadsafe)  # subscribers run on the loop
    listener = Listener(ctx, port_advice=SERVE_PORT_ADVICE)

    def on_state(part: str, state: str) -> None:
        if part == "feed":
            log.info("serve: event feed %s", state)

    try:
        # Events of other processes (GUI workstations) reach this process's subscribers
        # (streams); the workers (mail outbox, overtime monitor, notices, reports) start before
        # the listener.
        async with running_parts(ctx, listener=listener, listen_on=(host, port),
                                 on_state=on_state):
            if listener.state != "listening":
                print(f"timedesk: {listener.error}", file=sys.stderr, flush=True)
                return 2
            print(f"listening on {listener.url}", flush=True)
            log.info("serve: listening on %s (others use %s)", listener.url, listener.public_url)
            warning = exposure_warning(host, listener.scheme == "https")
            if warning is not None:
                print(f"timedesk: warning: {warning}", file=sys.stderr, flush=True)
                log.warning("serve: %s", warning)
            await stop.wait()
            log.info("serve: stop requested")
        log.info("serve: stopped")
        return 0
    finally:
        remove_handlers()

