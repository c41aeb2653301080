"""Fixtures of the browser tests: built sites (once per session) and recorded contexts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .support import (
    ARTIFACTS,
    DESKTOP,
    MATERIAL_THEME,
    Visit,
    build_site,
    follow_zensical_page,
    open_visit,
    write_png,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def served_site(
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
    name: str,
    **options: Any,
) -> str:
    """Serve an empty dir first (its port goes into `site_url`), then build the site into it."""
    root = tmp_path_factory.mktemp(name)
    site = root / "site"
    site.mkdir()
    base = serve(site)
    build_site(root, site, site_url=base, **options)
    return base


@pytest.fixture(scope="session")
def material_site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    """Base URL of the Material site, `embeds: facade` (the default)."""
    return served_site(tmp_path_factory, serve, "material", theme=MATERIAL_THEME)


@pytest.fixture(scope="session")
def material_lazy_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> str:
    """Base URL of the Material site with `embeds: lazy`."""
    return served_site(
        tmp_path_factory, serve, "lazy", theme=MATERIAL_THEME, roundup={"embeds": "lazy"}
    )


@pytest.fixture(scope="session")
def material_posters_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> str:
    """Base URL of the Material site with `posters: true`.

    The posters come from a stand-in oEmbed endpoint on 127.0.0.1 (one answer and one
    picture for every video and deck), fetched at build time like the real ones.
    """
    oembed = tmp_path_factory.mktemp("oembed")
    endpoint = serve(oembed)
    write_png(oembed / "thumbnail.png", 480, 360)
    answer = {"type": "video", "version": "1.0", "thumbnail_url": endpoint + "thumbnail.png"}
    (oembed / "oembed.json").write_text(json.dumps(answer), encoding="utf-8")
    endpoints = dict.fromkeys(("youtube", "slideshare"), endpoint + "oembed.json?url={url}")
    roundup = {"posters": True, "poster_endpoints": endpoints, "posters_strict": True}
    return served_site(tmp_path_factory, serve, "posters", theme=MATERIAL_THEME, roundup=roundup)


@pytest.fixture(scope="session")
def mkdocs_theme_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> str:
    """Base URL of the same site on MkDocs' own `mkdocs` theme (no `document$`, Bootstrap)."""
    return served_site(tmp_path_factory, serve, "mkdocs-theme", theme={"name": "mkdocs"})


@pytest.fixture(scope="session")
def site_in(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> Callable[[str], str]:
    """Base URL of the Material site in a language (`theme.language`, built once per
    language), with MkDocs' automatic navigation (the generated index pages included)."""
    built: dict[str, str] = {}

    def site(language: str) -> str:
        if language not in built:
            theme = {**MATERIAL_THEME, "language": language}
            built[language] = served_site(
                tmp_path_factory, serve, f"site-{language}", theme=theme, automatic_nav=True
            )
        return built[language]

    return site


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    """Base URL of the example pages built with Zensical, as docs/zensical.md says."""
    root = tmp_path_factory.mktemp("zensical")
    follow_zensical_page(root)
    return serve(root / "site")


@pytest.fixture(scope="session")
def zensical_instant_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> str:
    """The same, with Zensical's instant navigation (it needs `site_url`, port included)."""
    root = tmp_path_factory.mktemp("zensical-instant")
    (root / "site").mkdir()
    base = serve(root / "site")
    theme = {"font": False, "features": ["navigation.instant"]}
    follow_zensical_page(root, theme=theme, site_url=base)
    return base


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    """A desktop-sized page (1280×900) in a fresh context."""
    opened = open_visit(browser, viewport=DESKTOP)
    yield opened
    opened.context.close()


@pytest.fixture
def open_context(browser: Browser) -> Iterator[Callable[..., Visit]]:
    """Open contexts with other options (viewport, JavaScript off); closed after the test."""
    opened: list[Visit] = []

    def make(**options: object) -> Visit:
        opened.append(open_visit(browser, **options))
        return opened[-1]

    yield make
    for item in opened:
        item.context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go (`test-artifacts/`, ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
