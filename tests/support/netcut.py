"""A TCP proxy on 127.0.0.1 that can cut connections, to test sync over a bad network.

It forwards bytes without looking at them, so TLS (or the PostgreSQL protocol) passes through
untouched; tests point the client at `proxy.address` instead of the real server.

Cuts are byte-exact: `cut_after(upstream=1000)` forwards exactly 1000 client->server bytes on a
connection, then drops both sides abruptly (RST by default, as a reset NAT or a dying link looks
to the peers). `times` counts cuts actually made, not connections: connections accepted after
cut_after() are watched, the first `times` of them that cross a threshold are cut, and after that
everything passes through normally. A watched connection that ends below the threshold does not
use up a cut. `refuse(True)` closes the listening socket so new connects get ECONNREFUSED (the
server's network is down); `drop_all()` cuts every open connection at once.

One thread per connection, moving both directions with non-blocking sockets and a selector: the
same thread reads, writes and closes its two sockets, so no socket is ever closed under another
thread's feet, and neither direction can stall the other.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
from dataclasses import dataclass, field

POLL = 0.05  # seconds; how quickly threads notice stop(), refuse() and drop_all()
CHUNK = 65536
MAX_BUFFER = 1 << 20  # stop reading a side while this much is waiting for the other side


@dataclass
class _Plan:
    """A cut_after() request; connections keep the plan that was current when accepted."""

    upstream: int | None
    downstream: int | None
    remaining: int
    rst: bool


@dataclass
class _Pipe:
    """One direction of one connection: bytes read from src waiting to be written to dst."""

    src: socket.socket
    dst: socket.socket
    up: bool
    buffer: bytearray = field(default_factory=bytearray)
    forwarded: int = 0
    eof: bool = False  # src said EOF (or the limit truncated it); shut dst's write side when flushed
    shut: bool = False
    limit: int | None = None  # cut once `forwarded` reaches this (a cut is claimed from the plan)


def _abort(sock: socket.socket, rst: bool) -> None:
    """Close abruptly: SO_LINGER 0 makes close() send RST instead of FIN."""
    with contextlib.suppress(OSError):
        if rst:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


class CutProxy:
    """Forward 127.0.0.1:<port> to target_host:target_port, cutting connections on request."""

    def __init__(self, target_host: str, target_port: int, connect_timeout: float = 5.0) -> None:
        self.target = (target_host, target_port)
        self.connect_timeout = connect_timeout
        self.port: int = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self.cuts = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._plan: _Plan | None = None
        self._stop = threading.Event()
        self._want_refuse = False
        self._refusing = threading.Event()  # acknowledged by the accept thread
        self._listening = threading.Event()
        self._drop_generation = 0
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._workers: set[threading.Thread] = set()

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    # ----- control -----------------------------------------------------------------------------
    def start(self) -> CutProxy:
        if self._accept_thread is not None:
            raise RuntimeError("proxy already started")
        self._listener = self._listen(0)
        self.port = int(self._listener.getsockname()[1])
        self._accept_thread = threading.Thread(target=self._accept_loop, name=f"netcut-accept-{self.port}", daemon=True)
        self._accept_thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Close the listener and every connection; join threads (daemon threads, so a hang cannot block exit)."""
        self._stop.set()
        if self._accept_thread is not None:
            self._accept_thread.join(timeout)
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            worker.join(timeout)

    def cut_after(
        self, upstream: int | None = None, downstream: int | None = None, times: int = 1, *, rst: bool = True
    ) -> None:
        """Cut the next `times` connections once `upstream` client->server or `downstream`
        server->client bytes have been forwarded on them. rst=False closes with FIN instead."""
        if upstream is None and downstream is None:
            raise ValueError("give upstream and/or downstream")
        with self._lock:
            self._plan = _Plan(upstream, downstream, times, rst) if times > 0 else None

    def refuse(self, on: bool = True) -> None:
        """on=True: new connects fail with ECONNREFUSED (listener closed); on=False: accept again
        on the same port. Returns once the change is in effect. Open connections are not touched."""
        self._want_refuse = on
        target = self._refusing if on else self._listening
        if not target.wait(5.0):
            raise RuntimeError("netcut accept thread did not acknowledge refuse()")

    def drop_all(self) -> None:
        """Cut every connection open now (RST); counted in `cuts`."""
        with self._lock:
            self._drop_generation += 1

    def __enter__(self) -> CutProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ----- accepting ---------------------------------------------------------------------------
    @staticmethod
    def _listen(port: int) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen(128)
        sock.settimeout(POLL)
        return sock

    def _accept_loop(self) -> None:
        # Only this thread touches the listener, so refuse() never closes it under accept().
        self._listening.set()
        try:
            while not self._stop.is_set():
                if self._want_refuse and self._listener is not None:
                    self._listener.close()
                    self._listener = None
                    self._listening.clear()
                    self._refusing.set()
                elif not self._want_refuse and self._listener is None:
                    self._listener = self._listen(self.port)
                    self._refusing.clear()
                    self._listening.set()
                if self._listener is None:
                    self._stop.wait(POLL)
                    continue
                try:
                    client, _ = self._listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    if self._stop.is_set():
                        break
                    continue
                with self._lock:
                    self.connections += 1
                    plan = self._plan
                    generation = self._drop_generation
                worker = threading.Thread(
                    target=self._serve, args=(client, plan, generation), name=f"netcut-conn-{self.port}", daemon=True
                )
                with self._lock:
                    self._workers.add(worker)
                worker.start()
        finally:
            if self._listener is not None:
                self._listener.close()
                self._listener = None

    # ----- forwarding --------------------------------------------------------------------------
    def _serve(self, client: socket.socket, plan: _Plan | None, generation: int) -> None:
        try:
            try:
                server = socket.create_connection(self.target, timeout=self.connect_timeout)
            except OSError:
                _abort(client, rst=True)  # target down: the client sees a reset, as through a real proxy
                return
            self._pump(client, server, plan, generation)
        finally:
            with self._lock:
                self._workers.discard(threading.current_thread())

    def _claim_cut(self, plan: _Plan | None) -> bool:
        with self._lock:
            if plan is None or plan.remaining <= 0:
                return False
            plan.remaining -= 1
            return True

    def _pump(self, client: socket.socket, server: socket.socket, plan: _Plan | None, generation: int) -> None:
        for sock in (client, server):
            sock.setblocking(False)
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        up = _Pipe(client, server, up=True)
        down = _Pipe(server, client, up=False)
        pipes = (up, down)
        watch = plan is not None  # thresholds still to check on this connection
        cutting = False  # a cut has been claimed; happens once its pipe is flushed to the limit
        rst = plan.rst if plan else True
        selector = selectors.DefaultSelector()
        try:
            while True:
                if self._stop.is_set():
                    _abort(client, True)
                    _abort(server, True)
                    return
                if self._drop_generation != generation:
                    self._count_cut()
                    _abort(client, True)
                    _abort(server, True)
                    return
                if cutting and all(not p.buffer for p in pipes if p.limit is not None):
                    self._count_cut()
                    _abort(client, rst)
                    _abort(server, rst)
                    return
                if up.shut and down.shut:
                    client.close()
                    server.close()
                    return
                # register interest for this round
                for sock in (client, server):
                    events = 0
                    for pipe in pipes:
                        if pipe.src is sock and not pipe.eof and len(pipe.buffer) < MAX_BUFFER and not cutting:
                            events |= selectors.EVENT_READ
                        if pipe.dst is sock and pipe.buffer:
                            events |= selectors.EVENT_WRITE
                    with contextlib.suppress(KeyError):
                        selector.unregister(sock)
                    if events:
                        selector.register(sock, events)
                ready = selector.select(POLL)
                for key, mask in ready:
                    sock = key.fileobj
                    for pipe in pipes:
                        if mask & selectors.EVENT_WRITE and pipe.dst is sock and pipe.buffer:
                            try:
                                sent = pipe.dst.send(pipe.buffer)
                            except (BlockingIOError, InterruptedError):
                                sent = 0
                            del pipe.buffer[:sent]
                            pipe.forwarded += sent
                            with self._lock:
                                if pipe.up:
                                    self.bytes_up += sent
                                else:
                                    self.bytes_down += sent
                        if mask & selectors.EVENT_READ and pipe.src is sock and not pipe.eof:
                            try:
                                data = pipe.src.recv(CHUNK)
                            except (BlockingIOError, InterruptedError):
                                continue
                            if not data:
                                pipe.eof = True
                                continue
                            if watch and plan is not None:
                                threshold = plan.upstream if pipe.up else plan.downstream
                                queued = pipe.forwarded + len(pipe.buffer)
                                if threshold is not None and queued + len(data) >= threshold:
                                    if self._claim_cut(plan):
                                        data = data[: max(threshold - queued, 0)]
                                        pipe.limit = threshold
                                        cutting = True
                                    watch = False  # plan used up elsewhere: pass through
                            pipe.buffer += data
                for pipe in pipes:
                    if pipe.eof and not pipe.buffer and not pipe.shut and not cutting:
                        with contextlib.suppress(OSError):
                            pipe.dst.shutdown(socket.SHUT_WR)
                        pipe.shut = True
        except OSError:
            # one side reset or vanished: pass the abruptness on to the other side
            _abort(client, True)
            _abort(server, True)
        finally:
            selector.close()

    def _count_cut(self) -> None:
        with self._lock:
            self.cuts += 1
