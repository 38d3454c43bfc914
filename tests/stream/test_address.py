"""Tests for trio_ossuary._address: the one HOST:PORT parser and formatter."""

from __future__ import annotations

import pytest

from trio_ossuary._address import (
    canonical_host_port,
    check_port,
    format_host_port,
    parse_host_port,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("example.com:22", ("example.com", 22)),
        ("Example.COM:22", ("Example.COM", 22)),
        ("10.0.0.1:65535", ("10.0.0.1", 65535)),
        ("[::1]:8000", ("::1", 8000)),
        ("[fe80::1%eth0]:1", ("fe80::1%eth0", 1)),
    ],
)
def test_parse_and_format_round_trip(text: str, expected: tuple[str, int]) -> None:
    assert parse_host_port(text) == expected
    assert format_host_port(*expected) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("example.com", "expected HOST:PORT"),
        (":22", "the host is empty"),
        ("::1:22", "IPv6 address must be in brackets"),
        ("[::1", r"expected \[ADDRESS\]:PORT"),
        ("[]:22", r"expected \[ADDRESS\]:PORT"),
        ("host:http", "invalid port 'http'"),
        ("host:-1", "invalid port '-1'"),
        ("host:0", "invalid port 0: expected 1 to 65535"),
        ("host:65536", "invalid port 65536"),
        ("a b:22", "invalid host"),
        ("a\nb:22", "invalid host"),
        ("x" * 100, r"'x{40}\.\.\.'"),
    ],
)
def test_parse_rejects(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_host_port(text)


def test_bare_port_and_port_zero_only_when_asked() -> None:
    assert parse_host_port("8000", bare_port=True) == (None, 8000)
    assert parse_host_port("host:0", zero_ok=True) == ("host", 0)
    assert parse_host_port("0", bare_port=True, zero_ok=True) == (None, 0)
    with pytest.raises(ValueError, match="expected HOST:PORT"):
        parse_host_port("8000")


def test_canonical_form() -> None:
    assert canonical_host_port("[0:0::1]", 1) == ("::1", 1)
    assert canonical_host_port("::1", 1) == ("::1", 1)
    assert canonical_host_port("Example.COM", 1) == ("example.com", 1)
    for host in ("", "a b", "a:b", "a#b", "a,b", "a/b", "a\\b", "a\x00b"):
        with pytest.raises(ValueError, match="invalid host name"):
            canonical_host_port(host, 1)


@pytest.mark.parametrize("port", ["22", 22.0, True, None])
def test_wrong_port_type_is_a_type_error(port: object) -> None:
    with pytest.raises(TypeError, match="the port must be an int"):
        check_port(port)
    with pytest.raises(TypeError, match="the port must be an int"):
        canonical_host_port("host", port)  # type: ignore[arg-type]


def test_wrong_host_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="the host must be a str"):
        canonical_host_port(b"host", 22)  # type: ignore[arg-type]
