"""Cards from templates: one Jinja environment per build, macros looked up once."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

from .model import Media, Talk
from .providers import provider

TEMPLATES = Path(__file__).parent / "templates"
"""The package's theme folder: appended to the theme's dirs, so a ``custom_dir`` wins."""

LABELS: dict[str, str] = {
    "speakers": "Speakers",
    "organizations": "Organizations",
    "slides": "Slides",
    "video": "Video",
    "load_slides": "View slides",
    "load_video": "Play video",
    "kind_talk": "Talk",
    "kind_keynote": "Keynote",
    "kind_panel": "Panel",
    "kind_workshop": "Workshop",
    "kind_lightning": "Lightning talk",
    "kind_demo": "Demo",
}


def _allow(item: Media) -> str:
    return provider(item.provider).iframe_allow


def _referrer(item: Media) -> str:
    return provider(item.provider).referrerpolicy or ""


def environment(loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """An autoescaping environment over ``loader`` (a theme's loader) or the package's own."""
    env = jinja2.Environment(
        loader=loader or jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(allow=_allow, referrer=_referrer)
    return env


class CardRenderer:
    """Renders the parts of a talk card around the author's own text."""

    def __init__(self, env: jinja2.Environment | None = None, embeds: str = "facade") -> None:
        self.env = env or environment()
        self.embeds = embeds
        self.labels = LABELS
        self._macros: Any = self.env.get_template("roundup/talk.html").module

    def open(self, talk: Talk) -> str:
        return str(self._macros.open(talk)).strip()

    def meta(self, talk: Talk) -> str:
        return str(self._macros.meta(talk, self.labels)).strip()

    def media(self, talk: Talk, posters: Mapping[str, str] | None = None) -> str:
        return str(self._macros.media(talk, self.embeds, self.labels, posters or {})).strip()

    def close(self, talk: Talk) -> str:
        return str(self._macros.close(talk)).strip()
