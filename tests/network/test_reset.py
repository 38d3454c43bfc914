"""A corrupted packet on a real path costs one reset and a new key, no more.

The client (in the client namespace) reaches the server (in the server
namespace) through ``relay.py`` in the middle namespace, which flips one bit
of one Data packet's tag in one direction.  The receiver of that packet
resets the session; both sides handshake again with fresh keys, the client
sends its request again, and every later round trip succeeds.
"""

from __future__ import annotations

import json

import pytest
from netlab import HERE, MIDDLE_CLIENT_SIDE, SERVER_ADDRESS, Lab, python_env, started

from trio_ossuary import SecretKey

ROUNDS = 10


@pytest.mark.parametrize("direction", ["c2s", "s2c"])
async def test_a_corrupted_packet_resets_and_the_channel_recovers(
    lab: Lab, direction: str
) -> None:
    key = SecretKey.generate()
    peer = str(HERE / "peer.py")
    relay = str(HERE / "relay.py")
    async with (
        started(
            lab.python(lab.server, peer, "serve", SERVER_ADDRESS, "7000"),
            env=python_env(PEER_SECRET_HEX=key.secret_bytes().hex()),
        ) as server,
        started(
            lab.python(
                lab.middle,
                relay,
                MIDDLE_CLIENT_SIDE,
                SERVER_ADDRESS,
                "7000",
                direction,
                "3",
            ),
        ) as middle,
    ):
        assert await server.line() == "listening"
        port = (await middle.line()).split()[1]
        async with started(
            lab.python(
                lab.client,
                peer,
                "rounds",
                MIDDLE_CLIENT_SIDE,
                port,
                key.public_key.hex(),
                str(ROUNDS),
                "1000",
            ),
        ) as client:
            report = json.loads(await client.line())
            assert await client.wait() == 0, (report, client.stderr)
        assert await middle.line() == "corrupted"
        served = json.loads(await server.line())
    # Every round trip came back intact, after exactly one reset.
    assert report["rounds"] == ROUNDS
    assert report["resets"] == 1
    # The server went on after the reset and the client closed cleanly.
    assert served["error"] is None
    assert served["resets"] <= 1
    assert served["echoed"] >= ROUNDS * 1000
