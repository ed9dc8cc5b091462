"""`metp serve`: the web UI on a local address, until SIGTERM or Ctrl-C.

The socket is bound before anything else (so `--port 0` picks a free port and the printed URL is the
real one), the URL is printed on stderr once uvicorn is accepting connections, and a signal stops the
server gracefully (requests in flight are answered) with exit status 0.  Bound to a loopback address,
the server accepts only loopback Host headers (a web page elsewhere cannot reach it by DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import signal
import socket
import sys
from pathlib import Path

import uvicorn

from metp.errors import UsageError
from metp.settings import Settings
from metp.web.app import WebConfig, create_app
from metp.web.security import read_token_file

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


def _bind(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"cannot listen on {host!r}: {exc.strerror}; give an address such as 127.0.0.1") from exc
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted connections
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port "
                         "(0 picks a free one)") from exc
    sock.set_inheritable(True)
    return sock


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Server(uvicorn.Server):
    def __init__(self, config, on_ready):
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets=None):
        await super().startup(sockets)
        if self.started:
            self._on_ready()


def run(settings: Settings, host: str = "127.0.0.1", port: int = 8000, public: bool = False,
        token_file: Path | None = None) -> None:
    token = read_token_file(token_file) if token_file else None
    if public and token:
        raise UsageError("--token-file signs staff in, and --public has no staff: give one or the other")
    loopback = _is_loopback(host)
    config = WebConfig(public=public, token=token, allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    app = create_app(settings, config)  # refuses a folder that is not an archive (exit 2) before binding
    sock = _bind(host, port)
    bound_port = sock.getsockname()[1]
    shown = host if host not in ("0.0.0.0", "::", "") else "127.0.0.1"
    shown = f"[{shown}]" if ":" in shown and not shown.startswith("[") else shown
    url = f"http://{shown}:{bound_port}/"

    def ready() -> None:
        mode = "public, read-only" if public else "staff writes need a sign-in"
        print(f"metp: serving {Path(settings.archive_dir).resolve()} at {url} ({mode}); Ctrl-C stops it",
              file=sys.stderr, flush=True)
        if not loopback:
            print(f"metp: listening on {host}:{bound_port}: every machine that can reach this one can read the "
                  "archive", file=sys.stderr, flush=True)
        if not public:
            auth = app.state.web.auth
            print(f"metp: staff login (works once): {url}login?token={auth.login_token}", file=sys.stderr, flush=True)

    server = _Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                                    timeout_graceful_shutdown=10, server_header=False), ready)
    # uvicorn re-raises the signal that stopped it once it has shut down; with these handlers in place
    # that is a no-op, and `metp serve` ends with status 0 instead of dying by the signal.
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.run(sockets=[sock])
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sock.close()
    print("metp: stopped", file=sys.stderr, flush=True)
