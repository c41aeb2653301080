"""A Zensical site made as docs/zensical.md says has the same index pages and export as the
plugin's site of the same pages, and its cards are the plugin's cards."""

from __future__ import annotations

from pathlib import Path

import yaml
from browser.support import follow_zensical_page, write_examples
from bs4 import BeautifulSoup, Tag
from sites import mkdocs_build


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_zensical_site_matches_the_plugins(tmp_path: Path) -> None:
    zensical, plugin = tmp_path / "zensical", tmp_path / "plugin"
    zensical.mkdir()
    follow_zensical_page(zensical)
    write_examples(plugin / "docs")
    config = {"site_name": "plugin", "theme": {"name": "material", "font": False}}
    config["plugins"] = ["roundup"]
    config["markdown_extensions"] = ["attr_list", {"toc": {"permalink": True}}]
    (plugin / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    assert mkdocs_build("--strict", cwd=plugin).returncode == 0

    made, written = plugin / "site", zensical / "site"
    assert (made / "roundup.json").read_bytes() == (written / "roundup.json").read_bytes()
    for page in ("events", "speakers", "organizations"):
        ours, theirs = (
            soup(s / page / "index.html").select_one(".roundup-index") for s in (made, written)
        )
        assert ours is not None and ours.select("a"), page
        assert str(ours) == str(theirs), page
    for page in written.glob("examples/*/index.html"):
        cards = soup(page).select("article.roundup-talk")
        twins = soup(made / page.relative_to(written)).select("article.roundup-talk")
        # The same cards, but that a build links names to the site's own index pages (a
        # speaker's profile then a small icon), keeps the players out of its search index and
        # links a preview image from the site's root.
        assert cards and [_site_unlinked(c) for c in cards] == [_site_unlinked(c) for c in twins], (
            page
        )


def _site_unlinked(card: Tag) -> str:
    for icon in card.select("a.roundup-profile"):
        icon.decompose()
    for name in card.select("a.roundup-speaker, a.roundup-org"):
        name.attrs = {"class": name.get("class", [])}
        name.name = "span"
    for media in card.select("[data-search-exclude]"):
        del media["data-search-exclude"]
    for poster in card.select("img.roundup-embed__poster"):  # one image, reached two ways
        poster["src"] = str(poster["src"]).rsplit("/", 1)[-1]
    return str(card)
