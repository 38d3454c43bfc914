"""Connection limits that a few clients cannot hold, and a refusal log they cannot fill.

Issue #18: ``--max-connections`` counted clients still in their handshake,
so three clients reopening connections kept a legitimate one out every
time, and each refusal wrote a log line.  The attackers here hold
*established* channels (an echo server serves anonymous clients), so that
nothing depends on a handshake timeout running out; each comes from an
address of its own on the loopback network (127.0.0.2, 127.0.0.3, ...).
Every test runs the real ``serve`` (see cli_helpers); the loops are
bounded and nothing is timed.
"""

from __future__ import annotations

import logging
import re
import signal
import socket
from pathlib import Path

import pytest
import trio
from cli_helpers import serving

from trio_ossuary import OssuaryStream, PublicKey
from trio_ossuary._cli.admission import address_key
from trio_ossuary.keyfiles import load_public_key


async def _channel(port: int, server: PublicKey, source: str) -> OssuaryStream:
    tcp = await trio.open_tcp_stream("127.0.0.1", port, local_address=source)
    stream = OssuaryStream(tcp, authorized_keys=[server])
    try:
        await stream.do_handshake()
    except BaseException:
        await trio.aclose_forcefully(stream)
        raise
    return stream


async def _try_channel(
    port: int, server: PublicKey, source: str
) -> OssuaryStream | None:
    """A handshaken channel, or None if the server refused the connection."""
    try:
        with trio.fail_after(20):
            return await _channel(port, server, source)
    except (trio.BrokenResourceError, OSError):
        # The reset can come before trio has seen the connection complete.
        return None


async def _echoes(stream: OssuaryStream, data: bytes) -> bool:
    await stream.send_all(data)
    received = b""
    while len(received) < len(data):
        chunk = await stream.receive_some()
        if not chunk:
            return False
        received += chunk
    return received == data


async def _refused_raw(port: int) -> None:
    """Open a TCP connection and wait for the server's reset."""
    try:
        stream = await trio.open_tcp_stream("127.0.0.1", port)
    except OSError as exc:
        # The reset came before trio saw the connection complete.
        reason = repr(exc.__cause__)
    else:
        reason = ""
    if reason:
        assert "reset by peer" in reason
        return
    with trio.fail_after(20):
        try:
            data = await stream.receive_some()
        except trio.BrokenResourceError:
            data = None  # the reset
    await stream.aclose()
    assert data is None, "the connection was not refused with a reset"


ATTACKERS = ["127.0.0.2", "127.0.0.3", "127.0.0.4"]


@pytest.mark.parametrize("per_address", [None, 2])
async def test_per_address_limit_keeps_a_slot_for_others(
    env: dict[str, str], server_key: Path, per_address: int | None
) -> None:
    server_public = load_public_key(f"{server_key}.pub")
    limit = ["--max-per-address", str(per_address)] if per_address else []
    args = ("--key", str(server_key), "--echo", "--max-connections", "7", *limit)
    held: list[OssuaryStream] = []
    async with serving(*args, env=env) as (server, port):
        try:
            # Each attacker tries to hold four connections.
            for source in ATTACKERS:
                accepted = 0
                for _ in range(4):
                    stream = await _try_channel(port, server_public, source)
                    if stream is not None:
                        held.append(stream)
                        accepted += 1
                if per_address is not None:
                    assert accepted == per_address, source
            legitimate = await _try_channel(port, server_public, "127.0.0.1")
            if per_address is None:
                # The attackers hold every slot: the weakness the option fixes.
                assert len(held) == 7
                assert legitimate is None
                assert "(--max-connections)" in server.stderr
            else:
                assert len(held) == 3 * per_address
                assert legitimate is not None
                assert await _echoes(legitimate, b"still room for me")
                await legitimate.aclose()
                assert "(--max-per-address)" in server.stderr
                assert re.search(
                    r"127\.0\.0\.[234]:\d+: refused: 2 connections "
                    r"from 127\.0\.0\.[234]",
                    server.stderr,
                )
        finally:
            for stream in held:
                await stream.aclose()


async def test_refusals_are_summed_up_not_logged_one_by_one(
    env: dict[str, str], server_key: Path
) -> None:
    server_public = load_public_key(f"{server_key}.pub")
    refusals = 25
    args = ("--key", str(server_key), "--echo", "--max-connections", "1")
    async with serving(*args, env=env) as (server, port):
        holder = await _channel(port, server_public, "127.0.0.1")
        for _ in range(refusals):
            await _refused_raw(port)
        assert await _echoes(holder, b"the holder is still served")
        await holder.aclose()
        # The summary of what was not logged yet comes at the latest at the
        # shutdown, so every refusal is accounted for.
        assert await server.stop(signal.SIGTERM) == 0
    full = re.findall(
        r"refused: 1 connections open \(--max-connections\)", server.stderr
    )
    summed = [
        int(n) for n in re.findall(r"refused (\d+) more connection", server.stderr)
    ]
    assert len(full) >= 1
    assert len(full) + sum(summed) == refusals, server.stderr
    # Fewer lines than refusals: they are summed up, not one line each.
    assert len(full) + len(summed) < refusals, server.stderr


async def test_max_per_address_needs_listen(
    env: dict[str, str], server_key: Path
) -> None:
    from cli_helpers import run_cli

    result = await run_cli(
        "serve",
        "--key",
        str(server_key),
        "--stdio",
        "--echo",
        "--max-per-address",
        "2",
        env=env,
    )
    assert result.returncode == 2
    result.assert_one_line_error("--max-per-address needs --listen")


class _FakePeer:
    """Just enough of a socket for address_key."""

    def __init__(self, family: socket.AddressFamily, address: str) -> None:
        self.family = family
        self._address = address

    def getpeername(self) -> tuple[str, int]:
        return (self._address, 1234)


@pytest.mark.parametrize(
    ("family", "address", "key"),
    [
        (socket.AF_INET, "203.0.113.7", "203.0.113.7"),
        (socket.AF_INET6, "2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        (socket.AF_INET6, "2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"),
        (socket.AF_INET6, "fe80::1%lo", "fe80::/64"),
        (socket.AF_INET6, "::ffff:192.0.2.1", "192.0.2.1"),
    ],
)
def test_addresses_are_counted_per_ipv4_address_and_ipv6_64(
    family: socket.AddressFamily, address: str, key: str
) -> None:
    # One host picking a new IPv6 address per connection stays one address.
    assert address_key(_FakePeer(family, address)) == key  # type: ignore[arg-type]


async def test_refusal_log_window_with_a_mock_clock(
    mock_clock: trio.testing.MockClock, caplog: pytest.LogCaptureFixture
) -> None:
    # The window, step by step: one full line, then counting, then the sum
    # when the next connection arrives after the window (the clock is a
    # mock: nothing here waits).
    from trio_ossuary._cli.admission import WINDOW, Admission

    caplog.set_level(logging.WARNING, logger="trio_ossuary.cli")
    admission = Admission(1, None)
    holder = admission.admit(_FakePeer(socket.AF_INET, "192.0.2.1"))  # type: ignore[arg-type]
    assert holder is not None
    attacker = _FakePeer(socket.AF_INET, "198.51.100.9")
    for _ in range(5):
        assert admission.admit(attacker) is None  # type: ignore[arg-type]
    assert [r.getMessage() for r in caplog.records] == [
        "198.51.100.9:1234: refused: 1 connections open (--max-connections); "
        f"further refusals for {WINDOW:g} s are summed up"
    ]
    mock_clock.jump(WINDOW)
    holder.release()
    late = admission.admit(_FakePeer(socket.AF_INET, "192.0.2.2"))  # type: ignore[arg-type]
    assert late is not None
    assert caplog.records[-1].getMessage() == (
        f"refused 4 more connection(s) in the last {WINDOW:g} s (4 from 198.51.100.9)"
    )
    # A new window starts with the next refusal: a full line again.
    assert admission.admit(attacker) is None  # type: ignore[arg-type]
    assert "refused: 1 connections open" in caplog.records[-1].getMessage()
    admission.flush()  # nothing counted since: no summary
    assert len(caplog.records) == 3
    late.release()
    assert admission.open == 0
