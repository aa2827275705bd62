"""`circuitride hq serve`: HQ over HTTPS with its own certificate authority (made on first start),
behind a door that bounds connections.

TLS 1.2 is the floor. The server certificate names the host it listens on, `localhost`,
127.0.0.1 and this machine's host name; give more with --hostname (what laptops will type).

Why a door: uvicorn counts every open connection against one limit and, once it is reached,
answers 503 to everyone; and it arms no timer on a connection that has not sent a request yet.
420 connections that finished the TLS handshake and then said nothing made HQ refuse every laptop
for as long as they stayed open. So HQ accepts plain TCP and puts the event loop's own TLS layer
in front of each connection itself (as the loop does for an `ssl=` server, but with our time
limits and our count of who is in), and `Door` keeps:
- handshakes: at most `handshake_seconds` each (and as long to close), at most `handshakes` at
  once and `handshakes_per_client` from one address; past a cap the oldest handshake (of that
  address, or of all) is dropped, so a flood of silent sockets only ever pushes out its own kind;
- connections: at most `connections` open and `connections_per_client` from one address; past a
  cap the connection that has been idle longest (of that address, or of all) is closed to make
  room; if every one is busy with a request the newcomer is closed (laptops retry);
- idle connections: a connection must send a complete request head within `idle_seconds` of
  opening or of its previous answer, however slowly it trickles bytes, or it is closed.
Request bodies are bounded and timed by the API (app/hq/api.py).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.hq.hub import Hub

if TYPE_CHECKING:
    import uvicorn

    from app.hq.api import Release

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DoorLimits:
    handshake_seconds: float = 10.0
    handshakes: int = 256
    handshakes_per_client: int = 64
    connections: int = 400
    connections_per_client: int = 128
    idle_seconds: float = 20.0


class Guest(Protocol):
    """A connection as the door sees it."""

    idle_since: float | None  # when its last answer went out (None: a request is in progress)

    def turn_away(self) -> None: ...


class Door:
    """Handshakes in progress and open connections, by client address. Used on the event loop only."""

    def __init__(self, limits: DoorLimits) -> None:
        self.limits = limits
        self.handshaking: dict[Guest, str] = {}  # insertion order: oldest first
        self.open: dict[Guest, str] = {}
        self._handshakes_by: Counter[str] = Counter()
        self._open_by: Counter[str] = Counter()

    def start_handshake(self, conn: Guest, client: str) -> None:
        limits = self.limits
        while self._handshakes_by[client] >= limits.handshakes_per_client:
            self._drop_handshake(next(c for c, who in self.handshaking.items() if who == client))
        while len(self.handshaking) >= limits.handshakes:
            self._drop_handshake(next(iter(self.handshaking)))
        self.handshaking[conn] = client
        self._handshakes_by[client] += 1

    def admit(self, conn: Guest, client: str) -> bool:
        """The handshake is done: make room for the connection; False if every other one is busy."""
        self.leave(conn)
        limits = self.limits
        while self._open_by[client] >= limits.connections_per_client:
            if not self._close_idlest([c for c, who in self.open.items() if who == client]):
                return False
        while len(self.open) >= limits.connections:
            if not self._close_idlest(list(self.open)):
                return False
        self.open[conn] = client
        self._open_by[client] += 1
        return True

    def leave(self, conn: Guest) -> None:
        for group, counts in ((self.handshaking, self._handshakes_by), (self.open, self._open_by)):
            client = group.pop(conn, None)
            if client is not None:
                counts[client] -= 1
                if counts[client] <= 0:
                    del counts[client]

    def _drop_handshake(self, conn: Guest) -> None:
        self.leave(conn)
        conn.turn_away()

    def _close_idlest(self, candidates: list[Guest]) -> bool:
        idle = [c for c in candidates if c.idle_since is not None]
        if not idle:
            return False
        victim = min(idle, key=lambda c: c.idle_since or 0.0)
        self.leave(victim)
        victim.turn_away()
        return True


def _protocol_class(door: Door, tls: ssl.SSLContext) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol, given the plain TCP connection: it runs the TLS handshake under the
    door's limits, then serves HTTP over TLS, closing the connection when it idles too long. (Made
    here, not at import: `hq enroll-device` imports this module and has no use for uvicorn.)"""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class DoorProtocol(HttpToolsProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.raw: asyncio.Transport | None = None
            self.client_address = ""
            self.established = False
            self.idle_since: float | None = None
            self._deadline: asyncio.TimerHandle | None = None

        # asyncio.Protocol takes a BaseTransport; uvicorn's protocols (this one's base) take the
        # Transport a stream server gives them, and override it the same way.
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            if self.raw is None:
                # First call, by the listening socket, with the plain TCP connection. The TLS layer
                # is put in front of this protocol at once, as the loop does for an `ssl=` server
                # (data may be read as soon as this returns, before any task could run start_tls),
                # and calls this method again once the handshake is done.
                self.raw = transport
                peer = transport.get_extra_info("peername")
                self.client_address = str(peer[0]) if isinstance(peer, tuple) and peer else ""
                door.start_handshake(self, self.client_address)
                waiter = self.loop.create_future()
                waiter.add_done_callback(self._handshake_over)
                layer = _tls_layer(self.loop)(
                    self.loop,
                    self,
                    tls,
                    waiter,
                    server_side=True,
                    ssl_handshake_timeout=door.limits.handshake_seconds,
                    ssl_shutdown_timeout=door.limits.handshake_seconds,  # a closing peer that stays silent
                )
                transport.set_protocol(layer)
                layer.connection_made(transport)
                return
            if not door.admit(self, self.client_address):
                transport.abort()
                return
            self.established = True
            super().connection_made(transport)
            self._wait_for_request()

        def _handshake_over(self, waiter: asyncio.Future[None]) -> None:
            if not waiter.cancelled():
                waiter.exception()  # retrieved: a stranger's failed handshake is not worth a log line
            if not self.established:  # timed out, garbage, cut, or turned away: it ends here
                door.leave(self)
                if self.raw is not None:
                    self.raw.abort()

        def turn_away(self) -> None:
            """Close at once (the door needs the room): a handshake in progress or an idle connection."""
            if self.established:
                self.transport.abort()
            elif self.raw is not None:
                self.raw.abort()

        def connection_lost(self, exc: Exception | None) -> None:
            door.leave(self)
            self._cancel_deadline()
            if self.established:
                super().connection_lost(exc)

        def _wait_for_request(self) -> None:
            self._cancel_deadline()
            self.idle_since = self.loop.time()
            self._deadline = self.loop.call_later(door.limits.idle_seconds, self._idle_too_long)

        def _cancel_deadline(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _idle_too_long(self) -> None:
            self._deadline = None
            if self.idle_since is not None and not self.transport.is_closing():
                self.transport.close()

        def on_headers_complete(self) -> None:
            self.idle_since = None
            self._cancel_deadline()
            super().on_headers_complete()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if self.transport.is_closing() or (self.cycle is not None and not self.cycle.response_complete):
                return  # closing, or a pipelined request has started
            self._wait_for_request()

    return DoorProtocol


def _tls_layer(loop: asyncio.AbstractEventLoop) -> Any:
    """The TLS protocol class of this event loop (uvloop's own, or asyncio's)."""
    if type(loop).__module__.startswith("uvloop"):
        # uvloop's TLS protocol is a compiled class its type stubs leave out.
        from uvloop.loop import SSLProtocol as UVLoopTLS  # type: ignore[attr-defined]

        return UVLoopTLS
    from asyncio.sslproto import SSLProtocol

    return SSLProtocol


def tls_hostnames(host: str, extra: Sequence[str] = ()) -> list[str]:
    wildcard = {"0.0.0.0", "::"}  # noqa: S104 - names to leave out of the certificate, not to bind
    names = [n for n in (host, "localhost", "127.0.0.1", socket.gethostname(), *extra) if n and n not in wildcard]
    return list(dict.fromkeys(names))


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def make_server(
    hub: Hub,
    host: str,
    port: int,
    hostnames: Sequence[str] = (),
    limits: DoorLimits | None = None,
    release: Release | None = None,
) -> tuple[uvicorn.Server, socket.socket]:
    """A uvicorn server bound to (host, port) — port 0 picks a free one — and its listening socket."""
    import uvicorn

    from app.hq.api import create_app
    from app.hq.tls import ensure_tls

    files = ensure_tls(hub.tls_dir, tls_hostnames(host, hostnames))
    limits = limits or DoorLimits()
    protocol = _protocol_class(Door(limits), server_tls_context(files.server_cert, files.server_key))
    config = uvicorn.Config(
        create_app(hub, release),
        http=protocol,
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_keep_alive=max(1, int(limits.idle_seconds)),
        limit_concurrency=None,  # the door bounds connections; uvicorn's limit would 503 everyone
    )
    config.load()
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(512)
    sock.set_inheritable(True)
    return uvicorn.Server(config), sock


def serve(
    hub: Hub,
    host: str,
    port: int,
    hostnames: Sequence[str] = (),
    port_file: Path | None = None,
    release: Release | None = None,
) -> None:
    server, sock = make_server(hub, host, port, hostnames, release=release)
    actual = sock.getsockname()[1]
    if port_file is not None:
        port_file.write_text(str(actual))
    log.warning("HQ listening on https://%s:%d", host, actual)
    server.run(sockets=[sock])
