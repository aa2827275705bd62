"""`circuitride hq serve`: HQ over HTTPS with its own certificate authority (made on first start).

TLS 1.2 is the floor. The server certificate names the host it listens on, `localhost`,
127.0.0.1 and this machine's host name; give more with --hostname (what laptops will type).
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Sequence
from pathlib import Path

from app.hq.hub import Hub

log = logging.getLogger(__name__)


def tls_hostnames(host: str, extra: Sequence[str] = ()) -> list[str]:
    wildcard = {"0.0.0.0", "::"}  # noqa: S104 - names to leave out of the certificate, not to bind
    names = [n for n in (host, "localhost", "127.0.0.1", socket.gethostname(), *extra) if n and n not in wildcard]
    return list(dict.fromkeys(names))


def make_server(hub: Hub, host: str, port: int, hostnames: Sequence[str] = ()) -> tuple[object, socket.socket]:
    """A uvicorn server bound to (host, port) — port 0 picks a free one — and its listening socket."""
    import uvicorn

    from app.hq.api import create_app
    from app.hq.tls import ensure_tls

    files = ensure_tls(hub.tls_dir, tls_hostnames(host, hostnames))
    config = uvicorn.Config(
        create_app(hub),
        ssl_certfile=str(files.server_cert),
        ssl_keyfile=str(files.server_key),
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_keep_alive=30,
        limit_concurrency=400,
    )
    config.load()
    assert config.ssl is not None
    config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(512)
    sock.set_inheritable(True)
    return uvicorn.Server(config), sock


def serve(hub: Hub, host: str, port: int, hostnames: Sequence[str] = (), port_file: Path | None = None) -> None:
    server, sock = make_server(hub, host, port, hostnames)
    actual = sock.getsockname()[1]
    if port_file is not None:
        port_file.write_text(str(actual))
    log.warning("HQ listening on https://%s:%d", host, actual)
    server.run(sockets=[sock])  # type: ignore[attr-defined]
