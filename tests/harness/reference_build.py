"""The reference programs for the interop suite, built on first use.

The interop tests never skip: they run against a build of the reference
implementation, or fail saying why there is none.  The build comes from:

* ``OSSUARY_REFERENCE_PEER``, when set: a finished build's ``target/release``
  directory, used as it is;
* otherwise the reference kit, ``$OSSUARY_REFERENCE_KIT`` or the one beside
  the clone, ``../shared/reference-peer`` (where CI has it), built with its
  own ``build.sh`` into a cache directory named after a digest of the kit's
  files, so that the first run on a machine builds it (a minute or two) and
  later runs, from any clone, reuse it.  A lock file lets one run build
  while another waits for it; the build's output is kept beside it, and a
  failure quotes its last lines.

The cache is ``$XDG_CACHE_HOME/trio-ossuary`` (``~/.cache/trio-ossuary``
when that is unset).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
from pathlib import Path
from typing import Final

#: The environment variable naming a finished reference build directory.
PEER_ENV: Final = "OSSUARY_REFERENCE_PEER"
#: The programs the interop suite runs, all in the build directory.
PROGRAMS: Final = ("ossuary-peer", "ossuary-c-server", "ossuary-c-client")
#: The clone's top directory.
ROOT: Final = Path(__file__).resolve().parent.parent.parent
#: The environment variable naming the reference kit, if not beside the clone.
KIT_ENV: Final = "OSSUARY_REFERENCE_KIT"
#: A hang guard for the build; a first build takes a minute or two.
BUILD_LIMIT: Final = 1800.0
#: How many lines of a failed build's output a failure quotes.
_TAIL_LINES: Final = 30


class ReferenceUnavailable(Exception):
    """There is no usable reference build; the message says why and what to do."""


def missing_programs(directory: Path) -> list[str]:
    """The reference programs that are not executable files in ``directory``."""
    return [
        name
        for name in PROGRAMS
        if not (directory / name).is_file() or not os.access(directory / name, os.X_OK)
    ]


def kit_digest(kit: Path) -> str:
    """A digest of every file of ``kit``, by relative path and content."""
    digest = hashlib.sha256()
    for path in sorted(p for p in kit.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(kit)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_root() -> Path:
    """Where builds are kept: ``$XDG_CACHE_HOME/trio-ossuary``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trio-ossuary"


def default_kit() -> Path:
    """The reference kit: ``$OSSUARY_REFERENCE_KIT``, or the one beside the clone."""
    named = os.environ.get(KIT_ENV, "")
    if named:
        return Path(named).absolute()
    return ROOT.parent / "shared" / "reference-peer"


def reference_directory(kit: Path | None = None) -> Path:
    """The directory holding every reference program, built if need be.

    Args:
      kit: The reference kit to build when ``OSSUARY_REFERENCE_PEER`` is
          unset; :func:`default_kit` if None.

    Returns:
      A ``target/release`` directory with every program in it.

    Raises:
      ReferenceUnavailable: the named build lacks a program, the kit is not
          there, or the build failed.
    """
    named = os.environ.get(PEER_ENV, "")
    if named:
        directory = Path(named).absolute()
        _check(directory, f"{PEER_ENV}={named}")
        return directory
    kit = default_kit() if kit is None else kit
    build_script = kit / "build.sh"
    if not build_script.is_file():
        raise ReferenceUnavailable(
            f"the interop tests need the reference implementation: there is no "
            f"reference kit at {kit} (its build.sh builds it; {KIT_ENV} names "
            f"another), and {PEER_ENV} does not name a finished build's "
            f"target/release directory"
        )
    cache = cache_root()
    cache.mkdir(parents=True, exist_ok=True)
    name = f"reference-peer-{kit_digest(kit)[:16]}"
    out = cache / name
    directory = out / "target" / "release"
    with (cache / f"{name}.lock").open("a") as lock:
        # One build at a time; a run that waited finds the build done.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if missing_programs(directory):
            _build(build_script, out, cache / f"{name}.log")
    _check(directory, f"the build in {out}")
    return directory


def _build(build_script: Path, out: Path, log: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as output:
        try:
            result = subprocess.run(
                ["bash", str(build_script), str(out)],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                timeout=BUILD_LIMIT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            status = f"did not finish in {BUILD_LIMIT:g} s"
        else:
            if result.returncode == 0:
                return
            status = f"exited with status {result.returncode}"
    tail = log.read_text(errors="replace").splitlines()[-_TAIL_LINES:]
    raise ReferenceUnavailable(
        f"building the reference implementation ({build_script} {out}) {status}; "
        f"it needs cargo and a C compiler (gcc 12 or later); the end of "
        f"{log}:\n" + "\n".join(tail)
    )


def _check(directory: Path, what: str) -> None:
    missing = missing_programs(directory)
    if missing:
        raise ReferenceUnavailable(
            f"{what} lacks {', '.join(missing)}: it must be the target/release "
            f"directory of a complete build"
        )
