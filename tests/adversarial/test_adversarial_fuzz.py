"""Hypothesis-driven fuzzing, bounded for CI.

* Real streams under random hostile transforms: every packet of either
  direction may be flipped, dropped, duplicated, swapped with the next one,
  delayed, truncated (cutting the wire) or preceded by injected bytes
  (garbage, forged Reset or Disconnect, an oversized header).  Whatever
  happens, :func:`adversary.exchange` must end without a hang, raise only
  documented exceptions and never deliver altered, duplicated or reordered
  plaintext.
* The atheris harness for the sans-IO engine (``tests/fuzz``), run on
  Hypothesis-generated programs, so its checks run in CI too.
"""

from __future__ import annotations

import importlib.util
import pathlib
from types import ModuleType
from typing import Any

import trio
import trio.testing
from adversary import (
    CLIENT_KEY,
    exchange,
    make_streams,
)
from helpers_core import fuzz
from hypothesis import given, strategies as st
from interposer import (
    CUT,
    Delay,
    Item,
    interposed,
)
from wire_spec import (
    DATA,
    DISCONNECT,
    HEADER,
    RESET,
    Packet,
    control_packet,
    flip,
)

FUZZ_SETTINGS = fuzz(400)

INJECTIONS = [
    control_packet(RESET, 1),
    control_packet(DISCONNECT, 0),
    control_packet(DISCONNECT, 1),
    HEADER.pack(0xFFFF, 0, DATA, 0),
    HEADER.pack(20, 7, DATA, 0) + bytes(20),
    b"\x00",
]

action = st.one_of(
    st.tuples(
        st.just("flip"),
        st.integers(0, 300),
        st.sampled_from([1, 2, 4, 8, 16, 32, 64, 128]),
    ),
    st.tuples(st.just("drop")),
    st.tuples(st.just("dup")),
    st.tuples(st.just("swap")),
    st.tuples(st.just("delay"), st.floats(0, 8)),
    st.tuples(st.just("truncate"), st.integers(0, 200)),
    st.tuples(
        st.just("inject"),
        st.one_of(st.sampled_from(INJECTIONS), st.binary(min_size=1, max_size=64)),
    ),
)
plan = st.dictionaries(st.integers(0, 12), action, max_size=3)


class Transform:
    """A per-direction tamper hook that follows a plan: packet index -> action."""

    def __init__(self, plan: dict[int, tuple[Any, ...]]) -> None:
        self.plan = plan
        self.held: list[bytes] = []
        self.applied = 0

    def __call__(self, packet: Packet) -> list[Item]:
        out: list[Item] = []
        step = self.plan.get(packet.index)
        raw = packet.raw
        if step is None:
            out.append(raw)
        else:
            self.applied += 1
            kind = step[0]
            if kind == "flip":
                out.append(flip(raw, step[1] % len(raw), step[2]))
            elif kind == "drop":
                pass
            elif kind == "dup":
                out += [raw, raw]
            elif kind == "swap":
                self.held.append(raw)
            elif kind == "delay":
                out += [Delay(step[1]), raw]
            elif kind == "truncate":
                out += [raw[: step[1] % len(raw)], CUT]
            else:
                out += [step[1], raw]
        if self.held and (step is None or step[0] != "swap"):
            out += self.held
            self.held.clear()
        return out


async def hostile_run(
    c2s: dict[int, tuple[Any, ...]],
    s2c: dict[int, tuple[Any, ...]],
    auth: bool,
    lockstep: bool,
) -> None:
    idle = 60.0 if lockstep else 5.0
    to_server, to_client = Transform(c2s), Transform(s2c)
    async with interposed(to_server, to_client, lockstep=lockstep) as adversary:
        client, server = make_streams(
            adversary,
            client={"secret_key": CLIENT_KEY} if auth else {},
            server={"require_client_auth": auth},
        )
        report = await exchange(client, server, rounds=3, idle=idle, guard=3600)
    if not to_server.applied and not to_client.applied:
        assert report.outcome() == ("ok", "ok")


@FUZZ_SETTINGS
@given(c2s=plan, s2c=plan, auth=st.booleans())
def test_streams_under_random_hostile_transforms(
    c2s: dict[int, tuple[Any, ...]], s2c: dict[int, tuple[Any, ...]], auth: bool
) -> None:
    """Unbuffered-free memory transports: writes never block."""
    trio.run(
        hostile_run,
        c2s,
        s2c,
        auth,
        False,
        clock=trio.testing.MockClock(autojump_threshold=0),
    )


@FUZZ_SETTINGS
@given(c2s=plan, s2c=plan, auth=st.booleans())
def test_streams_under_random_hostile_transforms_lockstep(
    c2s: dict[int, tuple[Any, ...]], s2c: dict[int, tuple[Any, ...]], auth: bool
) -> None:
    """Lockstep transports: every write waits for the reader.

    The idle policy waits longer than all delays together here.  With a
    shorter one, the client gives up waiting for a delayed answer and sends
    its retry while the server is still writing that answer: both ends are
    then writing, each waiting for the other to read, which is a deadlock of
    request and response over a transport with no buffer, not of the
    stream (Hypothesis found it with a 5 s policy).  A ``receive_some``
    cancelled while it writes a packet the engine queued is tested on
    purpose, by
    ``test_adversarial_packets.py::test_cancelled_receive_while_answering_a_reset``
    and the write-stalling cases of ``tests/stream/test_stream_cancel.py``.
    """
    trio.run(
        hostile_run,
        c2s,
        s2c,
        auth,
        True,
        clock=trio.testing.MockClock(autojump_threshold=0),
    )


def load_harness() -> ModuleType:
    path = pathlib.Path(__file__).parents[1] / "fuzz" / "fuzz_connection.py"
    spec = importlib.util.spec_from_file_location("fuzz_connection", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HARNESS = load_harness()


@fuzz(1000)
@given(st.binary(max_size=800))
def test_engine_harness_on_generated_programs(data: bytes) -> None:
    HARNESS.one_input(data)


def test_engine_harness_reaches_deep_states() -> None:
    """A hand-written program: records arrive, then hostility, then EOF."""
    program = bytes([0, 5, 5, 1, 1])  # server target, no auth; handshake done
    program += bytes([6, 4, 2])  # the peer sends a 5-byte record; deliver it
    program += bytes([6, 9, 3, 0, 30, 0x40])  # another, with a byte flipped
    program += bytes([5, 3])  # replay one of the peer's earlier packets
    program += bytes([0, 0, 16, *range(16)])  # 16 bytes of garbage
    program += bytes([10])  # end of file
    target, peer = HARNESS.run_program(program)
    assert bytes(target.received) == peer.sent_records[0]
    assert target.conn.resets >= 1
    assert target.failed
