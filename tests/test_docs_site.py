"""The project's own documentation site: it builds under ``--strict``, its example roundups
render as cards and are exported, and the configuration reference covers every option."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from sites import mkdocs_build

from mkdocs_roundup.config import RoundupConfig

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

EXAMPLES: dict[str, dict[str, Any]] = {
    "examples/harbour-cloud-summit-2024.md": {
        "talks": 5,
        "kinds": ["keynote", "talk", "talk", "talk", "panel"],
        "sections": ["Day 1 Sessions"] * 3 + ["Day 2 Sessions"] * 2,
    },
    "examples/northwind-storage-day-2024.md": {
        "talks": 3,
        "kinds": ["talk", "talk", "workshop"],
        "sections": [None] * 3,
    },
    "examples/lakeside-devops-meetup-march-2025.md": {
        "talks": 3,
        "kinds": ["talk", "talk", "lightning"],
        "sections": [None] * 3,
    },
}
"""Every roundup of the docs site, with what its author wrote; no other page is one."""

KIND = "roundup-talk--"

GENERATED = ["events/index.md", "speakers/index.md", "organizations/index.md"]
"""Index pages the plugin adds to the site (listed in the docs site's nav)."""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("docs-site")
    build = mkdocs_build("--strict", "-f", "mkdocs.yml", "-d", str(target), cwd=ROOT)
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stdout}{build.stderr}"
    return target


def page_html(site: Path, source: str) -> BeautifulSoup:
    """The built page of a source page (the site uses directory URLs)."""
    stem = source.removesuffix(".md")
    folder = stem.removesuffix("index") if stem.endswith("index") else stem + "/"
    built = site / folder / "index.html"
    return BeautifulSoup(built.read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("source", sorted(EXAMPLES))
def test_example_pages_render_a_card_per_talk(site: Path, source: str) -> None:
    expected = EXAMPLES[source]
    cards = page_html(site, source).select("article.roundup-talk")
    assert len(cards) == expected["talks"]
    kinds = [next(c[len(KIND) :] for c in card["class"] if c.startswith(KIND)) for card in cards]
    assert kinds == expected["kinds"]
    for card in cards:
        assert card.select(".roundup-talk__meta .roundup-speaker"), card.h3
        # Every example talk has slides or a video: a player's facade, or a link to them
        # (the card's, or the author's own where the text keeps it).
        links = ".roundup-embed__facade, .roundup-talk__links a, p:not(.roundup-talk__meta) > a"
        assert card.select(links), card.h3


def test_other_pages_are_not_roundups(site: Path) -> None:
    for source in [*DOCS.rglob("*.md"), *(DOCS / g for g in GENERATED)]:
        relative = source.relative_to(DOCS).as_posix()
        if relative in EXAMPLES:
            continue
        cards = page_html(site, relative).select(".roundup-talk")
        if relative == "index.md":  # one example talk's card, shown by a roundup:card marker
            (card,) = cards
            link = card.select_one(".roundup-talk__title a")
            assert link is not None
            assert str(link["href"]).startswith("examples/harbour-cloud-summit-2024/#zero")
            continue
        assert not cards, relative


def test_export_lists_the_examples(site: Path) -> None:
    export = json.loads((site / "roundup.json").read_text(encoding="utf-8"))
    events = {event["source"]: event for event in export["events"]}
    assert sorted(events) == sorted(EXAMPLES)
    for source, expected in EXAMPLES.items():
        event = events[source]
        assert event["title"] and event["date"] and event["location"]
        assert len(event["talks"]) == expected["talks"]
        assert [t["kind"] for t in event["talks"]] == expected["kinds"]
        assert [t["section"] for t in event["talks"]] == expected["sections"]
        for talk in event["talks"]:
            assert talk["url"] == f"{event['url']}#{talk['id']}"
            assert talk["speakers"] and (talk["slides"] or talk["videos"]), talk["id"]


def test_export_page_example_matches_the_build(site: Path) -> None:
    """The example in export.md is the real export of an example page, shortened."""
    text = (DOCS / "export.md").read_text(encoding="utf-8")
    block = re.search(r"^```json\n(.*?)^```", text, re.S | re.M)
    assert block is not None
    documented = json.loads(block[1])
    export = json.loads((site / "roundup.json").read_text(encoding="utf-8"))
    assert set(documented) == set(export)
    (shown,) = documented["events"]
    built = next(e for e in export["events"] if e["source"] == shown["source"])
    assert shown == {**built, "talks": built["talks"][: len(shown["talks"])]}
    for key in ("speakers", "organizations"):
        by_id = {entry["id"]: entry for entry in export[key]}
        assert documented[key]
        for entry in documented[key]:
            assert entry == by_id[entry["id"]]


def _options_section(text: str) -> dict[str, str]:
    """Each ``### `name` `` section under ``## Options``, by name."""
    options = text.split("\n## Options\n", 1)[1].split("\n## ", 1)[0]
    parts = re.split(r"^### `(\w+)`\n", options, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_option_is_documented() -> None:
    documented = _options_section((DOCS / "configuration.md").read_text(encoding="utf-8"))
    schema = dict(RoundupConfig._schema)
    assert sorted(documented) == sorted(schema)
    for name, option in schema.items():
        found = re.search(r"Default: (?:`([^`]*)`|(none))\.", documented[name])
        assert found, f"{name}: no 'Default: …' line"
        value = None if found[2] else yaml.safe_load(found[1])
        assert value == option.default, name


def test_docs_site_has_the_plugin_and_every_page_in_nav() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "roundup" in config["plugins"]

    def pages(items: list[Any]) -> list[str]:
        found: list[str] = []
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            found += pages(value) if isinstance(value, list) else [value]
        return found

    written = [p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")]
    assert sorted(pages(config["nav"])) == sorted(written + GENERATED)


def test_generated_indexes_list_the_examples(site: Path) -> None:
    for source in GENERATED:
        assert not (DOCS / source).exists(), f"{source} is generated, not written in docs/"
    events = page_html(site, "events/index.md").get_text()
    for source in EXAMPLES:
        title = yaml.safe_load((DOCS / source).read_text(encoding="utf-8").split("---")[1])
        assert title["title"] in events
    speakers = page_html(site, "speakers/index.md").get_text()
    assert "Amara Okonkwo" in speakers and "Chloé Martin" in speakers
