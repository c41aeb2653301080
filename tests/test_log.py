"""A build says each message once per place, and at most 20 of a kind per page."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from mkdocs_roundup.log import PER_PAGE, Throttle, log


@pytest.fixture
def throttle() -> Iterator[Throttle]:
    held = Throttle()
    log.addFilter(held)
    yield held
    log.removeFilter(held)


def said(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.levelname} {r.getMessage()}" for r in caplog.records if r.name == log.name]


def test_a_message_is_said_once_per_place(
    throttle: Throttle, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=log.name)
    for _ in range(3):
        log.warning("%s", "a.md:3: unknown host x")
    log.warning("a.md:4: unknown host x")
    log.info("a.md:3: unknown host x")  # another level is another message
    log.debug("a.md:3: unknown host x")
    log.debug("a.md:3: unknown host x")  # debug lines are not counted
    assert said(caplog) == [
        "WARNING a.md:3: unknown host x",
        "WARNING a.md:4: unknown host x",
        "INFO a.md:3: unknown host x",
        "DEBUG a.md:3: unknown host x",
        "DEBUG a.md:3: unknown host x",
    ]


def test_a_flood_of_one_kind_is_cut_and_counted(
    throttle: Throttle, caplog: pytest.LogCaptureFixture
) -> None:
    for line in range(1, 1001):
        log.warning("a.md:%d: unclosed '<div>' (%d deep)", line, line)
        if line <= 5:
            log.warning("b.md:%d: unclosed '<div>' (%d deep)", line, line)
    log.warning("a.md:7: another kind")
    throttle.report()
    lines = said(caplog)
    assert len([m for m in lines if m.startswith("WARNING a.md:") and "deep)'" not in m]) == (
        PER_PAGE + 1
    )
    assert len([m for m in lines if m.startswith("WARNING b.md:")]) == 5
    assert lines[-1] == "WARNING a.md: 980 more like 'unclosed '<div>' (1 deep)' not shown"
    assert "WARNING a.md:7: another kind" in lines
