"""A proxy command for the tests: copy stdin/stdout to and from a Unix socket.

Usage: ``python unix_bridge.py PATH`` (what ``nc -U PATH`` does, for
machines without an nc that speaks Unix sockets).
"""

from __future__ import annotations

import socket
import sys
import threading


def main() -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(sys.argv[1])

    def upstream() -> None:
        while data := sys.stdin.buffer.read1(1 << 16):
            sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)

    threading.Thread(target=upstream, daemon=True).start()
    while data := sock.recv(1 << 16):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
