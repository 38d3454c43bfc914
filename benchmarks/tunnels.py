"""The ``trio-ossuary`` tunnel beside spiped and stunnel, as an operator runs them.

Each contender is a pair of processes on 127.0.0.1, an encrypting entry and
a decrypting exit, in front of the same target; a client talks to the entry
as it would to the service itself:

* ``ossuary``: ``trio-ossuary connect --listen`` (the entry, with a client
  key) and ``trio-ossuary serve --forward`` (the exit, which requires that
  key), both with ``-q``;
* ``spiped``: ``spiped -e`` and ``spiped -d`` with a shared 32-byte key
  (spiped's defaults otherwise, so with its Diffie-Hellman handshake);
* ``stunnel``: a TLS client and server, the server with an Ed25519
  certificate that the client verifies (``verifyPeer``);
* ``bare``: no tunnel, the target itself: the floor.
* ``trio-relay``: two processes that copy bytes both ways with trio and
  nothing else (no encryption, no framing): what trio itself costs any
  tunnel built on it, and so how much of trio-ossuary's cost is its own.

The targets are an echo server (a small epoll loop in Python, started by
this script) and ``iperf3 -s``.  Figures, each for every contender:

* ``bulk``: iperf3, one stream, client to server, in MB/s;
* ``connections``: new connections per second, one after the other: connect,
  64 bytes each way, close;
* ``pingpong``: 64-byte round trips per second on one connection;
* ``concurrent``: 100 connections at once, each doing 64-byte round trips:
  the total round trips per second and the 99th percentile of their latency;
* ``idle``: RSS of both tunnel processes per idle connection, with 1,000
  connections open (each has carried one 64-byte echo), growth over the
  processes' RSS before them.  The contenders are started afresh for each
  round, warmed up with a few connections, and this figure comes first, so
  that memory freed by earlier connections cannot hide the cost.

The contenders are interleaved: every round measures every figure for every
contender, the order rotating from round to round, and each ratio is taken
within a round; the tables give the median over the rounds and the range.
All processes share the machine (the client, the target and both tunnel
processes), as they would on one host.

Needs spiped, stunnel and iperf3 from the distribution (on Debian or Ubuntu:
``sudo apt-get install spiped stunnel4 iperf3``); a contender or figure
whose program is missing is skipped with one line saying so.  From the root
of a clone, in the README's virtual environment::

    .venv/bin/python benchmarks/tunnels.py                 # 5 rounds
    .venv/bin/python benchmarks/tunnels.py --quick         # 2 short rounds
    .venv/bin/python benchmarks/tunnels.py --rst docs/performance-tunnels.inc.rst

``--also PATH`` adds the tunnel of another tree of trio-ossuary (a ``git
worktree`` of an older commit) as one more contender, to compare a change.
``OSSUARY_BENCH_ROOT`` works as for ``benchmark.py``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import resource
import selectors
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from benchlib.machine import (
    ROOT,
    describe_machine,
    git_commit,
    load_average,
    raise_fd_limit,
    rss_bytes,
)
from benchlib.report import (
    Results,
    command_line,
    fmt_cell,
    rst_fragment,
    rst_table,
    text_table,
    verdict,
)
from benchlib.timing import Stopwatch
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

HOST = "127.0.0.1"
PING = 64
CONCURRENT = 100
IDLE = 1000

# The echo target: an epoll loop, TCP_NODELAY on every connection, that
# sends back what it reads and closes when its peer does.
ECHO = r"""
import resource, selectors, socket, sys
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
listener = socket.create_server(("127.0.0.1", 0), backlog=4096)
listener.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(listener, selectors.EVENT_READ, None)
print(listener.getsockname()[1], flush=True)
NODELAY = (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
while True:
    for key, _ in sel.select():
        sock = key.fileobj
        if key.data is None:
            while True:
                try:
                    conn, _ = listener.accept()
                except BlockingIOError:
                    break
                conn.setblocking(False)
                conn.setsockopt(*NODELAY)
                sel.register(conn, selectors.EVENT_READ, 1)
            continue
        try:
            data = sock.recv(65536)
        except BlockingIOError:
            continue
        except OSError:
            data = b""
        if data:
            try:
                sent = sock.send(data)
                if sent < len(data):
                    sock.setblocking(True)
                    sock.sendall(data[sent:])
                    sock.setblocking(False)
                continue
            except OSError:
                pass
        sel.unregister(sock)
        sock.close()
"""


# The floor of any trio tunnel: two processes that copy bytes both ways with
# trio and nothing else (no encryption, no framing), as the relay does.
TRIO_RELAY = r"""
import functools, sys, trio
listen, target = int(sys.argv[1]), int(sys.argv[2])
async def copy(source, sink, done):
    try:
        while data := await source.receive_some(65536):
            await sink.send_all(data)
    except (trio.BrokenResourceError, trio.ClosedResourceError):
        pass
    done.cancel()
async def handle(client):
    server = await trio.open_tcp_stream("127.0.0.1", target)
    async with client, server:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(copy, client, server, nursery.cancel_scope)
            nursery.start_soon(copy, server, client, nursery.cancel_scope)
trio.run(functools.partial(trio.serve_tcp, handle, listen, host="127.0.0.1"))
"""


def free_port() -> int:
    """A port nobody listens on now (the contenders need it given)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def wait_listening(port: int, process: subprocess.Popen[bytes], what: str) -> None:
    """Wait until ``port`` accepts connections, or fail if ``process`` died."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode}")
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on port {port} within 30 s")


def _unlimited_files() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def start(args: Sequence[str], **kw: Any) -> subprocess.Popen[bytes]:
    """Start a contender's or target's process, with every file it may open."""
    return subprocess.Popen(
        list(args),
        stdin=subprocess.DEVNULL,
        preexec_fn=_unlimited_files,
        **kw,
    )


def tree_pids(pid: int) -> list[int]:
    """A process and all its descendants."""
    pids = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    pids += tree_pids(int(child))
    except (FileNotFoundError, ProcessLookupError):
        pass
    return pids


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_rss(pid: int) -> int:
    """RSS of a process and all its descendants, in bytes."""
    total = 0
    try:
        total += rss_bytes(pid)
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    total += tree_rss(int(child))
    except (FileNotFoundError, ProcessLookupError):
        pass
    return total


# -- the contenders -----------------------------------------------------------


class Contender:
    """A pair of tunnel processes (or none: the bare target)."""

    name = "bare"
    #: The program that must be installed, if any, and its Debian package.
    program: str | None = None
    package = ""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, echo: int, iperf: int | None) -> None:
        """Start the processes in front of the echo (and iperf3) targets."""
        self.echo_port, self.iperf_port = echo, iperf

    def entry(self, target: str) -> int:
        """The port a client connects to, for ``echo`` or ``iperf``."""
        return self.echo_port if target == "echo" else (self.iperf_port or 0)

    def rss(self) -> int:
        """RSS of every tunnel process (both ends), in bytes."""
        return sum(tree_rss(p.pid) for p in self.processes)

    def cpu(self) -> float:
        """CPU seconds every tunnel process (both ends) has used so far."""
        return sum(cpu_seconds(pid) for p in self.processes for pid in tree_pids(p.pid))

    def stop(self) -> None:
        """Stop every process started."""
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()


class Tunnel(Contender):
    """A contender with an entry and an exit process per target."""

    def start(self, echo: int, iperf: int | None) -> None:
        self.ports: dict[str, int] = {}
        for target, port in (("echo", echo), ("iperf", iperf)):
            if port is not None:
                self.ports[target] = self.pair(target, port)

    def entry(self, target: str) -> int:
        return self.ports[target]

    def pair(self, target: str, port: int) -> int:
        """Start the exit (to ``port``) and the entry; the entry's port."""
        raise NotImplementedError

    def launch(self, args: Sequence[str], port: int, what: str) -> None:
        process = start(args, stdout=subprocess.DEVNULL, stderr=self.log(what))
        self.processes.append(process)
        wait_listening(port, process, f"{self.name} {what}")

    def log(self, what: str) -> IO[bytes]:
        return open(self.work / f"{self.name}-{what}.log", "ab")


class Ossuary(Tunnel):
    """``trio-ossuary connect --listen`` and ``serve --forward``, client keys."""

    name = "ossuary"

    def __init__(self, work: Path, root: Path | None = None, name: str = "") -> None:
        super().__init__(work)
        self.root = root or Path(os.environ.get("OSSUARY_BENCH_ROOT", str(ROOT)))
        self.name = name or self.name
        # Run from the tree's top, whose package is then the first on the
        # path (python -m puts the working directory first, ahead of
        # PYTHONPATH and of an editable install).
        self.env = dict(os.environ, PYTHONPATH=str(self.root))
        self.command = [sys.executable, "-m", "trio_ossuary"]
        keys = work / "ossuary-keys"
        self.server_key, self.client_key = keys / "server.key", keys / "client.key"
        if not self.server_key.exists():
            keys.mkdir()
            for key in (self.server_key, self.client_key):
                subprocess.run(
                    [*self.command, "keygen", "-f", str(key)],
                    check=True,
                    capture_output=True,
                    env=self.env,
                    cwd=self.root,
                )

    def pair(self, target: str, port: int) -> int:
        exit_port, entry_port = free_port(), free_port()
        self.launch(
            [
                *self.command,
                "-q",
                "serve",
                *("--key", str(self.server_key)),
                *("--authorized-keys", f"{self.client_key}.pub"),
                *("--listen", f"{HOST}:{exit_port}"),
                *("--forward", f"{HOST}:{port}"),
            ],
            exit_port,
            f"{target}-exit",
        )
        self.launch(
            [
                *self.command,
                "-q",
                "connect",
                f"{HOST}:{exit_port}",
                *("--trust", f"{self.server_key}.pub"),
                *("--key", str(self.client_key)),
                *("--listen", f"{HOST}:{entry_port}"),
            ],
            entry_port,
            f"{target}-entry",
        )
        return entry_port

    def launch(self, args: Sequence[str], port: int, what: str) -> None:
        process = start(
            args,
            stdout=subprocess.DEVNULL,
            stderr=self.log(what),
            env=self.env,
            cwd=self.root,
        )
        self.processes.append(process)
        wait_listening(port, process, f"{self.name} {what}")


class Spiped(Tunnel):
    """``spiped -e`` and ``spiped -d``, a shared key, no connection limit."""

    name = "spiped"
    program = "spiped"
    package = "spiped"

    def pair(self, target: str, port: int) -> int:
        key = self.work / "spiped.key"
        if not key.exists():
            key.write_bytes(os.urandom(32))
        exit_port, entry_port = free_port(), free_port()
        common = ["-k", str(key), "-F", "-n", "0"]
        self.launch(
            [
                "spiped",
                "-d",
                "-s",
                f"[{HOST}]:{exit_port}",
                *common,
                "-t",
                f"[{HOST}]:{port}",
            ],
            exit_port,
            f"{target}-exit",
        )
        self.launch(
            [
                "spiped",
                "-e",
                "-s",
                f"[{HOST}]:{entry_port}",
                *common,
                "-t",
                f"[{HOST}]:{exit_port}",
            ],
            entry_port,
            f"{target}-entry",
        )
        return entry_port


class Stunnel(Tunnel):
    """stunnel client and server; an Ed25519 certificate the client verifies."""

    name = "stunnel"
    program = "stunnel4" if shutil.which("stunnel4") else "stunnel"
    package = "stunnel4"

    def pair(self, target: str, port: int) -> int:
        cert, key = self.work / "stunnel-cert.pem", self.work / "stunnel-key.pem"
        if not cert.exists():
            write_certificate(cert, key)
        exit_port, entry_port = free_port(), free_port()
        common = "foreground = yes\npid =\nsyslog = no\ndebug = 3\n"
        server = self.work / f"stunnel-{target}-exit.conf"
        server.write_text(
            f"{common}[exit]\naccept = {HOST}:{exit_port}\n"
            f"connect = {HOST}:{port}\ncert = {cert}\nkey = {key}\n"
        )
        client = self.work / f"stunnel-{target}-entry.conf"
        client.write_text(
            f"{common}[entry]\nclient = yes\naccept = {HOST}:{entry_port}\n"
            f"connect = {HOST}:{exit_port}\nverifyPeer = yes\nCAfile = {cert}\n"
        )
        self.launch([self.program, str(server)], exit_port, f"{target}-exit")
        self.launch([self.program, str(client)], entry_port, f"{target}-entry")
        return entry_port


class TrioRelay(Tunnel):
    """Two plain trio relays (no encryption): what trio itself costs a tunnel."""

    name = "trio-relay"

    def pair(self, target: str, port: int) -> int:
        exit_port, entry_port = free_port(), free_port()
        relay = [sys.executable, "-c", TRIO_RELAY]
        self.launch([*relay, str(exit_port), str(port)], exit_port, f"{target}-exit")
        self.launch(
            [*relay, str(entry_port), str(exit_port)], entry_port, f"{target}-entry"
        )
        return entry_port


def write_certificate(cert: Path, key: Path) -> None:
    """A self-signed Ed25519 certificate for ``localhost``, and its key."""
    secret = Ed25519PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(secret.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), False)
        .sign(secret, None)
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        secret.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


# -- the clients ----------------------------------------------------------------


def connect(port: int) -> socket.socket:
    sock = socket.create_connection((HOST, port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def echo_once(sock: socket.socket, message: bytes) -> None:
    sock.sendall(message)
    got = 0
    while got < len(message):
        data = sock.recv(65536)
        if not data:
            raise RuntimeError("the tunnel closed the connection")
        got += len(data)


def pingpong(port: int, duration: float) -> float:
    """64-byte round trips per second on one connection."""
    message = os.urandom(PING)
    with connect(port) as sock:
        echo_once(sock, message)
        watch = Stopwatch(duration, 16)
        for n in watch:
            for _ in range(n):
                echo_once(sock, message)
    return watch.rate


def connections(port: int, duration: float) -> float:
    """New connections per second: connect, 64 bytes each way, close."""
    message = os.urandom(PING)
    watch = Stopwatch(duration, 4)
    for n in watch:
        for _ in range(n):
            with connect(port) as sock:
                echo_once(sock, message)
    return watch.rate


def concurrent(port: int, duration: float) -> tuple[float, float]:
    """100 connections doing round trips at once: per second, p99 latency (us)."""
    message = os.urandom(PING)
    selector = selectors.DefaultSelector()
    socks = [connect(port) for _ in range(CONCURRENT)]
    latencies: list[int] = []
    try:
        for sock in socks:
            echo_once(sock, message)
            sock.setblocking(False)
        sent_at: dict[socket.socket, int] = {}
        got: dict[socket.socket, int] = {}
        start = time.perf_counter()
        for sock in socks:
            selector.register(sock, selectors.EVENT_READ)
            got[sock] = 0
            sent_at[sock] = time.perf_counter_ns()
            sock.send(message)
        end = start + duration
        while time.perf_counter() < end:
            for key, _ in selector.select(1):
                sock = key.fileobj  # type: ignore[assignment]
                data = sock.recv(65536)
                if not data:
                    raise RuntimeError("the tunnel closed a connection")
                got[sock] += len(data)
                if got[sock] >= PING:
                    now = time.perf_counter_ns()
                    latencies.append(now - sent_at[sock])
                    got[sock] -= PING
                    sent_at[sock] = now
                    sock.send(message)
        elapsed = time.perf_counter() - start
    finally:
        selector.close()
        for sock in socks:
            sock.close()
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99)] / 1e3
    return len(latencies) / elapsed, p99


def idle_rss(contender: Contender, port: int) -> float:
    """RSS of the tunnel processes per idle connection, 1,000 open, in KB."""
    message = os.urandom(PING)
    for _ in range(10):  # warm up: first-use allocations
        with connect(port) as sock:
            echo_once(sock, message)
    time.sleep(0.5)
    before = contender.rss()
    socks = []
    try:
        for _ in range(IDLE):
            sock = connect(port)
            socks.append(sock)
            echo_once(sock, message)
        time.sleep(1.0)  # let every end settle into waiting
        after = contender.rss()
    finally:
        for sock in socks:
            sock.close()
    return (after - before) / IDLE / 1e3


def bulk(port: int, duration: float) -> float:
    """iperf3, one stream, client to server: MB/s received."""
    out = subprocess.run(
        ["iperf3", "-c", HOST, "-p", str(port), "-t", f"{duration:g}", "-J"],
        capture_output=True,
        text=True,
        timeout=duration + 60,
        check=False,
    )
    report = json.loads(out.stdout)
    if "error" in report:
        raise RuntimeError(f"iperf3: {report['error']}")
    return float(report["end"]["sum_received"]["bits_per_second"]) / 8e6


# -- the run -------------------------------------------------------------------

# figure -> (unit, description)
FIGURES: dict[str, tuple[str, str]] = {
    "bulk": ("MB/s", "bulk, iperf3 one stream"),
    "bulk-cpu": ("us", "  CPU of both tunnel processes per MB"),
    "connections": ("/s", "new connections (connect, 64 B each way, close)"),
    "connections-cpu": ("us", "  CPU of both tunnel processes per connection"),
    "pingpong": ("rt/s", "64-byte ping-pong, one connection"),
    "pingpong-cpu": ("us", "  CPU of both tunnel processes per round trip"),
    "concurrent": ("rt/s", f"{CONCURRENT} connections ping-ponging: round trips"),
    "concurrent-p99": ("us", f"{CONCURRENT} connections ping-ponging: p99 latency"),
    "idle": ("KB", f"RSS per idle connection, {IDLE:,} open, both processes"),
}
SECTIONS = ("idle", "bulk", "connections", "pingpong", "concurrent")
LOWER_IS_BETTER = (
    "concurrent-p99",
    "idle",
    "bulk-cpu",
    "pingpong-cpu",
    "connections-cpu",
)
# (figure, other contender, comparison, target): ossuary / other.
TARGETS = [
    ("pingpong", "stunnel", ">=", 0.6),
    ("pingpong", "spiped", ">=", 0.6),
    ("connections", "stunnel", ">=", 1.0),
    ("bulk", "stunnel", ">=", 1.0),
    ("bulk", "spiped", ">=", 3.0),
    ("idle", "spiped", "<=", 1.0),
]


def measure_round(
    results: Results,
    contenders: list[Contender],
    sections: set[str],
    duration: float,
    rnd: int,
) -> None:
    shift = rnd % len(contenders)
    order = contenders[shift:] + contenders[:shift]

    def each(figure: str, fn: Callable[[Contender], float], cpu: bool = False) -> None:
        for contender in order:
            try:
                used, began = contender.cpu(), time.perf_counter()
                rate = fn(contender)
                used, took = contender.cpu() - used, time.perf_counter() - began
                results.add(figure, contender.name, rate)
                if cpu and contender.processes:
                    # CPU per operation: robust against a loaded machine,
                    # which mostly stretches the wall-clock rates.
                    results.add(
                        f"{figure}-cpu", contender.name, used / (rate * took) * 1e6
                    )
            except Exception as exc:
                print(f"{contender.name} {figure}: {exc!r}", file=sys.stderr)

    if "idle" in sections:
        # The bare target has no tunnel process to weigh.
        for contender in order:
            if contender.name != "bare":
                results.add(
                    "idle", contender.name, idle_rss(contender, contender.entry("echo"))
                )
    if "bulk" in sections and shutil.which("iperf3"):
        each("bulk", lambda c: bulk(c.entry("iperf"), duration), cpu=True)
    if "connections" in sections:
        each("connections", lambda c: connections(c.entry("echo"), duration), cpu=True)
    if "pingpong" in sections:
        each("pingpong", lambda c: pingpong(c.entry("echo"), duration), cpu=True)
    if "concurrent" in sections:

        def both(c: Contender) -> float:
            rate, p99 = concurrent(c.entry("echo"), duration)
            results.add("concurrent-p99", c.name, p99)
            return rate

        each("concurrent", both)


def ratio_rows(results: Results, names: list[str]) -> list[tuple[str, ...]]:
    """ossuary / each other tunnel, per figure (above 1: ossuary better)."""
    rows = []
    tunnels = [n for n in names if n != "bare"]
    for figure, (_unit, description) in FIGURES.items():
        for mine in (n for n in tunnels if n.startswith("ossuary")):
            cells = []
            for other in tunnels:
                if other == mine:
                    continue
                values = results.per_round(
                    lambda v, f=figure, m=mine, o=other: v(f, m) / v(f, o)
                )
                cells.append(fmt_cell(values))
            better = " (lower is better)" if figure in LOWER_IS_BETTER else ""
            rows.append((f"{description.strip()}: {mine} /{better}", *cells))
    return rows


def target_rows(results: Results) -> list[tuple[str, str, str, str]]:
    rows = []
    for figure, other, op, target in TARGETS:
        values = results.per_round(
            lambda v, f=figure, o=other: v(f, "ossuary") / v(f, o)
        )
        if values:
            rows.append(
                (
                    f"{FIGURES[figure][1]}: ossuary / {other}",
                    fmt_cell(values),
                    f"{op} {target:g}",
                    verdict(statistics.median(values), op, target),
                )
            )
    return rows


def figure_rows(results: Results, names: list[str]) -> list[tuple[str, ...]]:
    return [
        (
            description,
            unit,
            *(fmt_cell(results.values.get(figure, {}).get(n)) for n in names),
        )
        for figure, (unit, description) in FIGURES.items()
        if figure in results.values
    ]


def report(results: Results, names: list[str]) -> tuple[list[str], list[str]]:
    """The tables as text lines and as reStructuredText lines."""
    others = [n for n in names if n != "bare"]
    ratio_header = ("ratio, per round", *(f"{o}" for o in others if o != "ossuary"))
    figures = figure_rows(results, names)
    targets = target_rows(results)
    ratios = [r for r in ratio_rows(results, names) if len(r) == len(ratio_header)]
    head = ("figure", "unit", *names)
    target_head = ("target", "measured (min-max)", "target", "verdict")
    text = [
        *text_table(head, figures, (52, 5, *(22 for _ in names))),
        "",
        *text_table(target_head, targets, (62, 20, 8, 8)),
    ]
    rst = [
        "Medians over the rounds, the range (min-max) in brackets.",
        "",
        *rst_table(head, figures),
        "",
        "Each ratio is taken within a round (both numbers measured seconds "
        "apart); the median of the rounds' ratios is what meets or misses the "
        "target.",
        "",
        *rst_table(target_head, targets),
        "",
    ]
    if ratios and len(ratio_header) > 1:
        text += [
            "",
            *text_table(ratio_header, ratios, (72, *(20 for _ in ratio_header[1:]))),
        ]
    return text, rst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 short rounds")
    parser.add_argument("--rounds", type=int, help="rounds (default 5)")
    parser.add_argument("--duration", type=float, help="seconds per timed figure")
    parser.add_argument("--only", help=f"comma-separated figures: {','.join(SECTIONS)}")
    parser.add_argument("--skip", help="comma-separated figures to leave out")
    parser.add_argument(
        "--contenders",
        default="bare,ossuary,spiped,stunnel,trio-relay",
        help="comma-separated contenders (default: all: bare,ossuary,spiped,"
        "stunnel,trio-relay)",
    )
    parser.add_argument(
        "--also",
        metavar="PATH",
        action="append",
        default=[],
        help="another tree of trio-ossuary whose tunnel runs as one more contender",
    )
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--rst", help="also write the tables here, to include")
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 5)
    duration = args.duration or (1.0 if args.quick else 2.0)
    sections = set(args.only.split(",")) if args.only else set(SECTIONS)
    if args.skip:
        sections -= set(args.skip.split(","))
    if sections - set(SECTIONS):
        parser.error(f"unknown figures: {sorted(sections - set(SECTIONS))}")
    raise_fd_limit(4 * IDLE + 4 * CONCURRENT + 256)
    if "bulk" in sections and not shutil.which("iperf3"):
        print("bulk: iperf3 is not installed (apt-get install iperf3); skipped")
        sections.discard("bulk")

    kinds = {
        "bare": Contender,
        "ossuary": Ossuary,
        "spiped": Spiped,
        "stunnel": Stunnel,
        "trio-relay": TrioRelay,
    }
    unknown = set(args.contenders.split(",")) - set(kinds)
    if unknown:
        parser.error(f"unknown contenders: {sorted(unknown)}")
    wanted = args.contenders.split(",")
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        makers: list[Callable[[], Contender]] = []
        for name in wanted:
            kind = kinds[name]
            if kind.program and not shutil.which(kind.program):
                print(
                    f"{name}: {kind.program} is not installed (apt-get install {kind.package}); skipped"
                )
                continue
            makers.append(lambda kind=kind: kind(work))
        for i, path in enumerate(args.also):
            root = Path(path).resolve()
            makers.append(lambda r=root, i=i: Ossuary(work, r, f"ossuary-also{i + 1}"))
            print(f"ossuary-also{i + 1}: the tunnel of {root}")
        echo = start([sys.executable, "-c", ECHO], stdout=subprocess.PIPE)
        stack.callback(lambda: (echo.kill(), echo.wait()))
        assert echo.stdout is not None
        echo_port = int(echo.stdout.readline())
        iperf_port: int | None = None
        if "bulk" in sections:
            iperf_port = free_port()
            iperf = start(
                ["iperf3", "-s", "-p", str(iperf_port)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            stack.callback(lambda: (iperf.kill(), iperf.wait()))
            wait_listening(iperf_port, iperf, "iperf3 -s")

        about = [
            describe_machine(),
            f"trio_ossuary at commit {git_commit()}",
            versions(),
            f"settings: {rounds} rounds, {duration:g} s per timed figure",
            load_average("at the start"),
        ]
        for line in about:
            print(line)
        results = Results()
        names: list[str] = []
        overall = time.perf_counter()
        for rnd in range(rounds):
            began = time.perf_counter()
            contenders = [make() for make in makers]
            names = [c.name for c in contenders]
            try:
                for c in contenders:
                    c.start(echo_port, iperf_port)
                measure_round(results, contenders, sections, duration, rnd)
            finally:
                for c in contenders:
                    c.stop()
            print(
                f"round {rnd + 1}/{rounds} done in {time.perf_counter() - began:.0f} s"
                f" ({load_average('now')})",
                file=sys.stderr,
            )
        total = time.perf_counter() - overall
        text, rst = report(results, names)
        print()
        for line in text:
            print(line)
        about += [load_average("at the end"), f"total time {total:.0f} s"]
        print(f"\n{about[-2]}; {about[-1]}")
        if args.json:
            Path(args.json).write_text(json.dumps({"values": results.values}, indent=1))
        if args.rst:
            command = command_line("tunnels.py", sys.argv[1:])
            Path(args.rst).write_text(rst_fragment("tunnels.py", command, about, rst))


def versions() -> str:
    """The versions of the contenders' programs."""
    found = []
    for program, flag, pattern in (
        ("spiped", "-v", r"spiped (\S+)"),
        (Stunnel.program, "-version", r"stunnel (\S+)"),
        ("iperf3", "--version", r"iperf (\S+)"),
    ):
        if shutil.which(program):
            out = subprocess.run(
                [program, flag], capture_output=True, text=True, check=False
            )
            match = re.search(pattern, out.stdout + out.stderr)
            found.append(f"{program} {match[1] if match else '?'}")
    return "contenders: " + ", ".join(found)


if __name__ == "__main__":
    main()
