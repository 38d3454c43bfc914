"""20 MB each way through the tunnel over a 10 Mbit/s link that drops 3 %."""

from __future__ import annotations

import json
from pathlib import Path

import trio
from apps import expected
from netlab import HERE, SERVER_ADDRESS, Lab, python_env, started

SIZE = 20 * 1000 * 1000


async def test_20mb_each_way_through_the_tunnel_with_loss_and_a_rate_limit(
    lab: Lab, env: dict[str, str], server_key: Path, client_key: Path
) -> None:
    lab.limit_rate(10)
    lab.drop(3)
    env = {**env, **python_env()}
    apps = str(HERE / "apps.py")
    with trio.fail_after(120):
        async with (
            started(
                lab.python(lab.server, apps, "backend", "9000", str(SIZE))
            ) as backend,
            started(
                lab.cli(
                    lab.server,
                    "serve",
                    "--listen",
                    f"{SERVER_ADDRESS}:7000",
                    "--key",
                    str(server_key),
                    "--authorized-keys",
                    f"{client_key}.pub",
                    "--forward",
                    "127.0.0.1:9000",
                ),
                env=env,
            ) as server,
            started(
                lab.cli(
                    lab.client,
                    "connect",
                    f"{SERVER_ADDRESS}:7000",
                    "--key",
                    str(client_key),
                    "--trust",
                    f"{server_key}.pub",
                    "--listen",
                    "127.0.0.1:8000",
                ),
                env=env,
            ) as client,
        ):
            assert await backend.line() == "listening"
            await server.wait_for_stderr("listening on")
            await client.wait_for_stderr("listening on")
            async with started(
                lab.python(lab.client, apps, "app", "8000", str(SIZE))
            ) as app:
                at_client = json.loads(await app.line(limit=110))
                assert await app.wait() == 0
            at_server = json.loads(await backend.line())
    # The faults were there: packets were dropped and held back.
    (seen, seen_bytes), (dropped, _) = lab.loss_counters()
    assert seen_bytes / seen <= 1500  # packets of one MTU at most
    assert 0.02 < dropped / seen < 0.04
    assert lab.overlimits() > 0
    # Both directions arrived whole and ended cleanly.
    assert at_server["received_bytes"] == SIZE
    assert at_server["received"] == expected(2, SIZE) == at_client["sent"]
    assert at_client["received_bytes"] == SIZE
    assert at_client["received"] == expected(1, SIZE) == at_server["sent"]
    assert at_client["end"] == "eof"
    assert at_client["send_end"] == at_server["send_end"] == "done"
