"""Planning a site's pages (``mkdocs_roundup.collect``)."""

from __future__ import annotations

import gc

import pytest
from mkdocs.structure.files import File

from mkdocs_roundup.collect import Source, plan_site, planner

PAGE = "# Meetup\n\n### Caching, [Ann Lee](https://github.com/annlee)\n\nSlides and more.\n"


def _source(text: str = PAGE, path: str = "talks.md") -> Source:
    return Source(File(path, "docs", "site", use_directory_urls=True), text)


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


def test_a_name_linked_to_a_repository_is_learned_as_no_organization() -> None:
    linked = """# Spring

* [Queues at Scale](queues.pdf) ([Ada Vos](https://github.com/avos/queues-talk) & Bo Lind)
* [Parsers by Hand](parsers.pdf) ([Cy Moe](https://lumen.example.org) & Di Ray)
"""
    plain = """# Autumn

* [Small Models](small.pdf) (Ada Vos)
* [Big Models](big.pdf) (Cy Moe)
* [Tiny Models](tiny.pdf) (Di Ray)
"""
    sources = {"spring.md": _source(linked, "spring.md"), "autumn.md": _source(plain, "autumn.md")}
    plans, learned = plan_site(sources, planner(min_talks=2), frozenset())
    assert "cy moe" in learned and "ada vos" not in learned
    autumn = [t.talk for t in plans["autumn.md"].talks]
    # Cy Moe is an organization's name on this site; Ada Vos, linked to her repository, is not
    assert [(t.title, [p.name for p in t.speakers]) for t in autumn] == [
        ("Small Models", ["Ada Vos"]),
        ("Tiny Models", ["Di Ray"]),
    ]
