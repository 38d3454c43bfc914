"""Bulk throughput through the tunnel with ``serve --workers N``.

Starts, as separate processes on 127.0.0.1:

* a plain TCP sink (the backend): it reads an 8-byte length, then that many
  bytes, answers ``ok`` and closes;
* ``trio-ossuary serve --workers N --forward`` in front of it;
* ``trio-ossuary connect --listen`` (``--clients`` of them, each a process of
  its own) in front of the server;

then pushes ``--connections`` uploads of ``--size`` MiB each, all at once,
spread over the client processes, and prints the aggregate throughput
(payload bytes / wall-clock seconds from the first byte to the last ``ok``)
and the CPU seconds each server worker and each client process used (from
``/proc``, so Linux only): on a busy machine the wall-clock figure mostly
measures the other processes, while the CPU split shows whether the
workers share the load.

Run from a clone, after ``pip install -e .``::

    python notes-to-self/tunnel_workers.py --workers 1
    python notes-to-self/tunnel_workers.py --workers 2

Each run repeats ``--rounds`` times and prints every round, so the noise of
a shared machine shows.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trio

CLI = [sys.executable, "-m", "trio_ossuary"]
CHUNK = 1 << 18

SINK = """
import socket, struct, sys, threading
listener = socket.create_server(("127.0.0.1", 0), backlog=128)
print(listener.getsockname()[1], flush=True)
def serve(conn):
    with conn:
        head = b""
        while len(head) < 8:
            head += conn.recv(8 - len(head))
        (left,) = struct.unpack(">Q", head)
        while left:
            data = conn.recv(min(left, 1 << 18))
            if not data:
                return
            left -= len(data)
        conn.sendall(b"ok")
while True:
    conn, _ = listener.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
"""


async def _start(args: list[str], pattern: str) -> tuple[trio.Process, str]:
    """Start a command; wait until its stderr matches; return the full text."""
    process = await trio.lowlevel.open_process(
        args, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    seen = b""
    with trio.fail_after(30):
        while re.search(pattern, seen.decode()) is None:
            chunk = await process.stderr.receive_some()
            if not chunk:
                raise RuntimeError(f"{args} exited: {seen.decode()}")
            seen += chunk
    return process, seen.decode()


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of one process so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _upload(port: int, size: int, block: bytes) -> None:
    stream = await trio.open_tcp_stream("127.0.0.1", port)
    async with stream:
        await stream.send_all(struct.pack(">Q", size))
        left = size
        while left:
            piece = block[: min(left, len(block))]
            await stream.send_all(piece)
            left -= len(piece)
        answer = b""
        while data := await stream.receive_some():
            answer += data
        if answer != b"ok":
            raise RuntimeError(f"upload failed: backend answered {answer!r}")


def main(opts: argparse.Namespace) -> None:
    sink = subprocess.Popen(
        [sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True
    )
    try:
        assert sink.stdout is not None
        backend = int(sink.stdout.readline())
        with tempfile.TemporaryDirectory() as tmp:
            key = Path(tmp, "server.key")
            client_key = Path(tmp, "client.key")
            for path in (key, client_key):
                subprocess.run(
                    [*CLI, "keygen", "-f", str(path)], check=True, capture_output=True
                )
            trio.run(measure, opts, backend, key, client_key)
    finally:
        sink.kill()
        sink.wait()


async def measure(
    opts: argparse.Namespace, backend: int, key: Path, client_key: Path
) -> None:
    size = int(opts.size * (1 << 20))
    block = os.urandom(CHUNK)
    processes: list[trio.Process] = []
    try:
        server, text = await _start(
            [
                *CLI,
                "serve",
                "--key",
                str(key),
                "--authorized-keys",
                f"{client_key}.pub",
                "--listen",
                "127.0.0.1:0",
                "--workers",
                str(opts.workers),
                "--forward",
                f"127.0.0.1:{backend}",
            ],
            r"started \d+ workers .*\n" if opts.workers > 1 else r"listening on",
        )
        processes.append(server)
        port = int(re.findall(r"listening on 127\.0\.0\.1:(\d+)", text)[0])
        found = re.search(r"pids ([\d, ]+)\)", text)
        workers = [int(p) for p in found[1].split(", ")] if found else [server.pid]
        tunnels = []
        clients = []
        for _ in range(opts.clients):
            client, text = await _start(
                [
                    *CLI,
                    "connect",
                    f"127.0.0.1:{port}",
                    "--trust",
                    f"{key}.pub",
                    "--key",
                    str(client_key),
                    "--listen",
                    "127.0.0.1:0",
                ],
                r"listening on 127\.0\.0\.1:(\d+)",
            )
            processes.append(client)
            clients.append(client.pid)
            tunnels.append(int(re.findall(r"127\.0\.0\.1:(\d+),", text)[0]))
        print(
            f"workers={opts.workers} clients={opts.clients} "
            f"{opts.connections} x {opts.size:g} MiB at once"
        )
        rates = []
        for round_ in range(1, opts.rounds + 1):
            before = {pid: _cpu_seconds(pid) for pid in workers + clients}
            started = time.perf_counter()
            async with trio.open_nursery() as nursery:
                for i in range(opts.connections):
                    nursery.start_soon(_upload, tunnels[i % len(tunnels)], size, block)
            elapsed = time.perf_counter() - started
            used = {pid: _cpu_seconds(pid) - before[pid] for pid in before}
            rate = opts.connections * size / elapsed / 1e6
            rates.append(rate)
            server_cpu = " + ".join(f"{used[pid]:.2f}" for pid in workers)
            client_cpu = " + ".join(f"{used[pid]:.2f}" for pid in clients)
            print(
                f"  round {round_}: {elapsed:6.2f} s  {rate:7.1f} MB/s   CPU s: "
                f"server {server_cpu}, client {client_cpu}"
            )
        rates.sort()
        print(
            f"  median {rates[len(rates) // 2]:.1f} MB/s "
            f"(min {rates[0]:.1f}, max {rates[-1]:.1f}); load average "
            f"{os.getloadavg()[0]:.2f}"
        )
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            with trio.move_on_after(10):
                await process.wait()
            if process.returncode is None:
                process.kill()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--clients", type=int, default=1, help="connect processes")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--size", type=float, default=64, help="MiB per connection")
    parser.add_argument("--rounds", type=int, default=3)
    main(parser.parse_args())
