"""Fixtures of the browser tests: built sites (once per session) and recorded contexts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .support import ARTIFACTS, MATERIAL_THEME, Visit, build_site, open_visit

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="session")
def material_site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    """Base URL of the Material site, `embeds: facade` (the default)."""
    return serve(build_site(tmp_path_factory.mktemp("material"), theme=MATERIAL_THEME))


@pytest.fixture(scope="session")
def material_lazy_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> str:
    """Base URL of the Material site with `embeds: lazy`."""
    root = tmp_path_factory.mktemp("material-lazy")
    return serve(build_site(root, theme=MATERIAL_THEME, embeds="lazy"))


@pytest.fixture(scope="session")
def mkdocs_theme_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> str:
    """Base URL of the same site on MkDocs' own `mkdocs` theme (no `document$`, Bootstrap)."""
    return serve(build_site(tmp_path_factory.mktemp("mkdocs-theme"), theme={"name": "mkdocs"}))


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    """A desktop-sized page (1280×900) in a fresh context."""
    opened = open_visit(browser, viewport={"width": 1280, "height": 900})
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
