"""Planning a site's pages (``mkdocs_roundup.collect``)."""

from __future__ import annotations

import gc

import pytest
from mkdocs.structure.files import File

from mkdocs_roundup.collect import Source, plan_site

PAGE = "# Meetup\n\n### Caching, [Ann Lee](https://github.com/annlee)\n\nSlides and more.\n"


def _source() -> Source:
    return Source(File("talks.md", "docs", "site", use_directory_urls=True), PAGE)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_as_it_was_after_planning(enabled: bool) -> None:
    seen: list[bool] = []

    def planner(path: str, source: Source, known: frozenset[str]) -> object:
        seen.append(gc.isenabled())
        raise RuntimeError("a planner that fails")

    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(RuntimeError):
            plan_site({"talks.md": _source()}, planner, frozenset())  # type: ignore[arg-type]
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
    assert seen == [False]  # paused while pages are read
