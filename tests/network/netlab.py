"""A small network of three hosts, made of network namespaces, for the tests.

Theory of operation
===================

Each :class:`Lab` makes three network namespaces of its own, named after the
test process and a counter so that parallel runs never share one::

    client 10.201.1.2 -- middle 10.201.1.1, 10.201.2.1 -- server 10.201.2.2

The middle namespace forwards packets between the two subnets.  The only
routes are the two subnets' and the one to the other subnet through the
middle: nothing routes out of the lab, and nothing is added to the
namespace the tests run in (each veth pair is created with both ends
already inside lab namespaces).

Faults are applied in the middle, to both directions:

* :meth:`Lab.limit_rate`: a token-bucket filter (``tc qdisc ... tbf``) on
  both of the middle's interfaces.
* :meth:`Lab.drop`: an nftables rule in the middle's forward chain that
  drops a random share of the packets (``numgen random mod 100 < N``).
* :meth:`Lab.delay`: ``delay_router.py`` in the middle, reached through a
  TUN interface by policy routing, holds every packet for half the round
  trip time, in order.
* :meth:`Lab.set_link`: the server's link (``ip link set ... down``/``up``).

Processes run inside a namespace with ``ip netns exec`` (which execs the
command, so the process id is the command's own), with this worktree's code
first on ``PYTHONPATH``.  :meth:`Lab.close` kills every process still in a
lab namespace (they are all the test's), then deletes the namespaces, which
deletes their interfaces; it runs even when the test failed, and is safe to
call twice.  Every command the lab runs has a time limit.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Final

import trio

HERE: Final = Path(__file__).resolve().parent
ROOT: Final = HERE.parent.parent
#: Where the scripts run in namespaces find trio_ossuary and the test helpers.
PYTHONPATH: Final = os.pathsep.join(
    str(path) for path in (ROOT, HERE, ROOT / "tests" / "harness")
)

CLIENT_ADDRESS: Final = "10.201.1.2"
SERVER_ADDRESS: Final = "10.201.2.2"
MIDDLE_CLIENT_SIDE: Final = "10.201.1.1"
MIDDLE_SERVER_SIDE: Final = "10.201.2.1"
_CLIENT_NET: Final = "10.201.1.0/24"
_SERVER_NET: Final = "10.201.2.0/24"

#: Time limit for one configuration command (a hang guard).
_COMMAND_LIMIT: Final = 20.0
_DELAY_TABLE: Final = "100"
_counter = itertools.count()


def python_env(**extra: str) -> dict[str, str]:
    """The environment for Python processes started in a namespace."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIO_OSSUARY")}
    env["PYTHONPATH"] = PYTHONPATH
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def run(*argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run one configuration command (blocking, time-limited)."""
    result = subprocess.run(
        argv, capture_output=True, text=True, timeout=_COMMAND_LIMIT, check=False
    )
    if check and result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv)} failed ({result.returncode}): {result.stderr.strip()}"
        )
    return result


def unavailable_reason() -> str | None:
    """Why network namespaces cannot be used here, or None if they can."""
    for tool in ("ip", "nft", "tc"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not os.path.exists("/dev/net/tun"):
        return "/dev/net/tun does not exist"
    probe = f"ossuary-probe-{os.getpid()}"
    try:
        result = run("ip", "netns", "add", probe, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"ip netns add failed: {exc}"
    if result.returncode != 0:
        return f"ip netns add failed: {result.stderr.strip()}"
    run("ip", "netns", "del", probe, check=False)
    return None


def remove_leftovers() -> list[str]:
    """Delete lab namespaces left by test processes that no longer exist.

    A test run killed outright (SIGKILL) cannot tear its lab down; its
    namespaces are named ``ossuary-PID-...``, so a later run can tell them.
    Processes still inside them belong to that run and are killed first.
    """
    result = run("ip", "netns", "list", check=False)
    removed = []
    for line in result.stdout.splitlines():
        name = line.split()[0] if line.split() else ""
        match = re.fullmatch(r"ossuary-(\d+)-\d+-(client|middle|server)", name)
        if match is None or Path(f"/proc/{match[1]}").exists():
            continue
        for word in run("ip", "netns", "pids", name, check=False).stdout.split():
            with suppress(ProcessLookupError, ValueError):
                os.kill(int(word), signal.SIGKILL)
        run("ip", "netns", "del", name, check=False)
        removed.append(name)
    return removed


class Lab:
    """Three namespaces joined by two veth links; see the module docstring."""

    def __init__(self) -> None:
        stem = f"ossuary-{os.getpid()}-{next(_counter)}"
        self.client = f"{stem}-client"
        self.middle = f"{stem}-middle"
        self.server = f"{stem}-server"
        self._made: list[str] = []
        self._helpers: list[subprocess.Popen[bytes]] = []

    @property
    def namespaces(self) -> list[str]:
        """The namespaces made so far."""
        return list(self._made)

    # -- building ------------------------------------------------------------

    def build(self) -> None:
        """Make the namespaces, the links, the addresses and the routes."""
        try:
            for name in (self.client, self.middle, self.server):
                run("ip", "netns", "add", name)
                self._made.append(name)
                run("ip", "-n", name, "link", "set", "lo", "up")
            run("ip", "link", "add", "c0", "netns", self.client, "type", "veth",
                "peer", "name", "m0", "netns", self.middle)  # fmt: skip
            run("ip", "link", "add", "m1", "netns", self.middle, "type", "veth",
                "peer", "name", "s0", "netns", self.server)  # fmt: skip
            for ns, dev, address in (
                (self.client, "c0", f"{CLIENT_ADDRESS}/24"),
                (self.middle, "m0", f"{MIDDLE_CLIENT_SIDE}/24"),
                (self.middle, "m1", f"{MIDDLE_SERVER_SIDE}/24"),
                (self.server, "s0", f"{SERVER_ADDRESS}/24"),
            ):
                run("ip", "-n", ns, "addr", "add", address, "dev", dev)
                # One packet per skb, as on a wire: no 64 KB segmentation
                # offload, so loss and rate apply to packets of one MTU.
                run("ip", "-n", ns, "link", "set", dev, "gso_max_segs", "1")
                run("ip", "-n", ns, "link", "set", dev, "up")
            run("ip", "-n", self.client, "route", "add", _SERVER_NET,
                "via", MIDDLE_CLIENT_SIDE)  # fmt: skip
            run("ip", "-n", self.server, "route", "add", _CLIENT_NET,
                "via", MIDDLE_SERVER_SIDE)  # fmt: skip
            self._sysctl(self.middle, "net.ipv4.ip_forward=1")
        except BaseException:
            self.close()
            raise

    def _sysctl(self, ns: str, setting: str) -> None:
        # /proc/sys/net shows the namespace of whoever opens it (no need for
        # procps's sysctl, which a minimal system may lack).
        name, value = setting.split("=")
        path = "/proc/sys/" + name.replace(".", "/")
        run("ip", "netns", "exec", ns, "sh", "-c", f"echo {value} > {path}")

    # -- faults ----------------------------------------------------------------

    def limit_rate(self, mbit: float) -> None:
        """Limit both directions to ``mbit`` megabits per second (tbf)."""
        for dev in ("m0", "m1"):
            run("ip", "netns", "exec", self.middle, "tc", "qdisc", "add", "dev",
                dev, "root", "tbf", "rate", f"{mbit}mbit", "burst", "32kbit",
                "latency", "100ms")  # fmt: skip

    def drop(self, percent: int) -> None:
        """Drop ``percent`` % of the forwarded packets, at random."""
        rules = (
            "table inet ossuary_loss {\n"
            "  chain forward {\n"
            "    type filter hook forward priority 0; policy accept;\n"
            '    oifname { "m0", "m1" } counter\n'
            '    oifname { "m0", "m1" } numgen random mod 100 < '
            f"{int(percent)} counter drop\n"
            "  }\n"
            "}\n"
        )
        result = subprocess.run(
            ["ip", "netns", "exec", self.middle, "nft", "-f", "-"],
            input=rules, capture_output=True, text=True,
            timeout=_COMMAND_LIMIT, check=False,
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"nft failed: {result.stderr.strip()}")

    def loss_counters(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(packets, bytes) that came to :meth:`drop`'s rule, and that it dropped."""
        result = run("ip", "netns", "exec", self.middle, "nft", "list", "table",
                     "inet", "ossuary_loss")  # fmt: skip
        counters = re.findall(r"counter packets (\d+) bytes (\d+)", result.stdout)
        assert len(counters) == 2, result.stdout
        (seen, seen_bytes), (dropped, dropped_bytes) = counters
        return (int(seen), int(seen_bytes)), (int(dropped), int(dropped_bytes))

    def overlimits(self) -> int:
        """How often :meth:`limit_rate`'s filters held a packet back."""
        result = run("ip", "netns", "exec", self.middle, "tc", "-s", "qdisc",
                     "show")  # fmt: skip
        return sum(int(n) for n in re.findall(r"overlimits (\d+)", result.stdout))

    def delay(self, rtt: float) -> None:
        """Add ``rtt`` seconds to every round trip (half in each direction)."""
        helper = subprocess.Popen(
            ["ip", "netns", "exec", self.middle, sys.executable,
             str(HERE / "delay_router.py"), "tun0", str(rtt / 2)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=python_env(),
        )  # fmt: skip
        self._helpers.append(helper)
        assert helper.stdout is not None
        if helper.stdout.readline().strip() != b"ready":
            raise RuntimeError("delay_router.py did not start")
        for setting in ("all", "default", "tun0", "m0", "m1"):
            self._sysctl(self.middle, f"net.ipv4.conf.{setting}.rp_filter=0")
        run("ip", "-n", self.middle, "link", "set", "tun0", "up")
        run("ip", "-n", self.middle, "route", "add", _CLIENT_NET, "dev", "tun0",
            "table", _DELAY_TABLE)  # fmt: skip
        run("ip", "-n", self.middle, "route", "add", _SERVER_NET, "dev", "tun0",
            "table", _DELAY_TABLE)  # fmt: skip
        for dev in ("m0", "m1"):
            run("ip", "-n", self.middle, "rule", "add", "iif", dev,
                "lookup", _DELAY_TABLE)  # fmt: skip

    def set_link(self, up: bool) -> None:
        """Take the server's link down (both of its ends) or bring it up."""
        state = "up" if up else "down"
        run("ip", "-n", self.middle, "link", "set", "m1", state)

    # -- processes ---------------------------------------------------------------

    def command(self, ns: str, *argv: str) -> list[str]:
        """``argv`` run inside namespace ``ns``."""
        return ["ip", "netns", "exec", ns, *argv]

    def python(self, ns: str, *argv: str) -> list[str]:
        """A Python command (this interpreter) run inside ``ns``."""
        return self.command(ns, sys.executable, *argv)

    def cli(self, ns: str, *argv: str) -> list[str]:
        """A ``trio-ossuary`` command run inside ``ns``."""
        return self.python(ns, "-m", "trio_ossuary", *argv)

    # -- teardown ----------------------------------------------------------------

    def _pids(self, ns: str) -> list[int]:
        result = run("ip", "netns", "pids", ns, check=False)
        return [int(word) for word in result.stdout.split() if word.isdigit()]

    def close(self) -> None:
        """Kill every process in the lab's namespaces, then delete them."""
        for helper in self._helpers:
            if helper.poll() is None:
                helper.kill()
            helper.wait(timeout=_COMMAND_LIMIT)
            for pipe in (helper.stdin, helper.stdout):
                if pipe is not None:
                    pipe.close()
        self._helpers.clear()
        for ns in self._made:
            deadline = time.monotonic() + _COMMAND_LIMIT
            for _ in range(100):
                pids = self._pids(ns)
                if not pids or time.monotonic() > deadline:
                    break
                for pid in pids:
                    with suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                time.sleep(0.05)
        for ns in reversed(self._made):
            run("ip", "netns", "del", ns, check=False)
        self._made.clear()


class Proc:
    """A process started in a namespace, with its stdout read line by line.

    stderr is collected whole (for failure messages); see :func:`started`.
    """

    def __init__(self, process: trio.Process) -> None:
        self.process = process
        self.stderr = b""
        self._buffer = b""
        self._stderr_changed = trio.Event()
        self._stderr_done = False

    async def line(self, limit: float = 15.0) -> str:
        """The next line of stdout (without its newline); fails at EOF."""
        assert self.process.stdout is not None
        with trio.move_on_after(limit) as waiting:
            while b"\n" not in self._buffer:
                chunk = await self.process.stdout.receive_some()
                if not chunk:
                    raise AssertionError(
                        f"{self.process.args!r} ended its output "
                        f"(status {self.process.returncode}); stderr:\n"
                        f"{self.stderr.decode(errors='replace')}"
                    )
                self._buffer += chunk
        if waiting.cancelled_caught:
            raise AssertionError(
                f"{self.process.args!r} printed no line in {limit} s; stderr:\n"
                f"{self.stderr.decode(errors='replace')}"
            )
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode()

    async def _collect(self) -> None:
        assert self.process.stderr is not None
        for _ in range(1_000_000):
            chunk = await self.process.stderr.receive_some()
            if not chunk:
                self._stderr_done = True
                self._stderr_changed.set()
                return
            self.stderr += chunk
            self._stderr_changed.set()
            self._stderr_changed = trio.Event()

    async def wait_for_stderr(self, pattern: str, limit: float = 15.0) -> re.Match[str]:
        """Wait until stderr matches the regular expression ``pattern``."""
        with trio.fail_after(limit):
            for _ in range(1_000_000):
                match = re.search(pattern, self.stderr.decode(errors="replace"))
                if match is not None:
                    return match
                if self._stderr_done:
                    break
                await self._stderr_changed.wait()
        raise AssertionError(
            f"{self.process.args!r} never printed {pattern!r}:\n"
            f"{self.stderr.decode(errors='replace')}"
        )

    async def wait(self, limit: float = 30.0) -> int:
        """The exit status, within ``limit`` seconds."""
        with trio.fail_after(limit):
            return await self.process.wait()


@asynccontextmanager
async def started(
    argv: Sequence[str], *, env: dict[str, str] | None = None, stdin: int | None = None
) -> AsyncIterator[Proc]:
    """Run ``argv`` (made by :meth:`Lab.command` and friends) for a block.

    Its stdin is a pipe unless given.  On leaving the block a process still
    running is killed; either way it is reaped.
    """
    process = await trio.lowlevel.open_process(
        list(argv),
        stdin=subprocess.PIPE if stdin is None else stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=python_env() if env is None else env,
        start_new_session=True,
    )
    proc = Proc(process)
    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(proc._collect)
            try:
                yield proc
            finally:
                with trio.CancelScope(shield=True):
                    if process.returncode is None:
                        process.kill()
                    await process.wait()
    finally:
        with trio.CancelScope(shield=True):
            for pipe in (process.stdin, process.stdout, process.stderr):
                if pipe is not None:
                    await pipe.aclose()
