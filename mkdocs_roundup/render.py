"""Cards from templates: one Jinja environment per build, the card macro looked up once.

A card is one call of the template's ``card`` macro with a :class:`Card`, in which what the
markup needs (classes, accessible names, which media play and which are links) is worked out
in Python: the macro runs once per talk of the site, and each Jinja expression costs many
times the Python it stands for (each value written under autoescaping about half a
microsecond).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import jinja2
from markupsafe import Markup

from .links import safe_parties
from .model import Media, Party, Talk
from .posters import media_key
from .providers import provider

TEMPLATES = Path(__file__).parent / "templates"
"""The package's theme folder: appended to the theme's dirs, so a ``custom_dir`` wins."""

CARD_TEMPLATE = "roundup/talk.html"

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

HEADING = Markup("<roundup-heading>")
"""Where the card template puts the talk's heading (``{{ heading }}``): the card is cut there."""
BODY = Markup("<roundup-body>")
"""Where the card template puts the author's text (``{{ body }}``): the card is cut there too.
Both start with ``<``, which no value written under autoescaping can."""

T = TypeVar("T")


def environment(loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    """An autoescaping environment over ``loader`` (a theme's loader) or the package's own."""
    return jinja2.Environment(
        loader=loader or jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Host:
    """What the players of one provider share (worked out once per build)."""

    box: str
    """The classes of a player's box (and of its facade)."""
    label: str
    """The provider's name, shown on a facade."""
    action: str
    """What a facade does when clicked: ``Play video``, ``View slides``."""
    allow: str
    """The iframe's ``allow``."""
    referrerpolicy: str
    """The iframe's ``referrerpolicy``, or empty."""


@dataclass(slots=True)
class Player:
    """A deck or video the card can play (it has an embed URL)."""

    item: Media
    host: Host
    title: str
    """The player's accessible title: the talk's (or the media's own) and the provider's."""
    name: str
    """A facade's accessible name: what it does, then the title (``Play video: …``)."""
    poster: str
    """The thumbnail's URL (facades only, with ``posters: true``), else empty."""


@dataclass(slots=True)
class Link:
    """A deck or video the card links to (it cannot be embedded)."""

    item: Media
    text: str
    """``Slides``, or ``Slides 2`` when the talk has several."""


@dataclass(slots=True)
class Card:
    """One talk as the template writes it."""

    talk: Talk
    badge: str
    """The kind's badge text; empty for a plain talk (it has none)."""
    speakers: list[tuple[bool, Party]]
    """Each speaker, after whether it is the first (the others follow a comma)."""
    organizations: list[tuple[bool, Party]]
    players: list[Player]
    links: list[tuple[bool, Link]]


def _same_kind(talk: Talk, item: Media) -> tuple[Media, ...]:
    return talk.slides if item.kind == "slides" else talk.videos


def _firsts(items: tuple[T, ...] | list[T]) -> list[tuple[bool, T]]:
    return [(position == 0, item) for position, item in enumerate(items)]


class CardRenderer:
    """Renders a talk card, in the three parts that go around its heading and the author's text."""

    def __init__(self, env: jinja2.Environment | None = None, embeds: str = "facade") -> None:
        self.env = env or environment()
        self.embeds = embeds
        self.labels = LABELS
        template = self.env.get_template(CARD_TEMPLATE, globals={"heading": HEADING, "body": BODY})
        self._card: Any = template.module.card  # type: ignore[attr-defined]
        self._hosts: dict[tuple[str, str, tuple[int, int]], Host] = {}
        self.made: list[str] = []
        """The addresses of the facades written since the caller last emptied it (the
        plugin, per page: see :mod:`mkdocs_roundup.facades`)."""

    def parts(self, talk: Talk, posters: Mapping[str, str] | None = None) -> tuple[str, str, str]:
        """The card's opening, its lines under the heading, and what follows the author's text."""
        card = self.card(talk, posters or {})
        if self.embeds == "facade":
            self.made += [str(player.item.embed_url) for player in card.players]
        html = str(self._card(card, self.embeds, self.labels))
        head, heading, rest = html.partition(HEADING)
        meta, body, foot = rest.partition(BODY)
        if not (heading and body):
            raise jinja2.TemplateError(
                f"{CARD_TEMPLATE}: the card macro must write {{{{ heading }}}}, then {{{{ body }}}}"
            )
        return head.strip(), meta.strip(), foot.strip()

    def card(self, talk: Talk, posters: Mapping[str, str]) -> Card:
        """What the template needs of ``talk``; ``posters`` by ``provider:id`` (facades only)."""
        labels = self.labels
        if self.embeds != "facade":
            posters = {}
        players = []
        for item in talk.media:
            if not item.embed_url:
                continue
            host = self.host(item)
            # Authors' image titles are often shortened: the talk's title names a lone one.
            named = item.title if item.title and len(_same_kind(talk, item)) > 1 else talk.title
            title = f"{named} ({host.label})"
            poster = posters.get(media_key(item), "") if posters else ""
            players.append(Player(item, host, title, f"{host.action}: {title}", poster))
        # A player's facade is already a link to the provider's page; what cannot be
        # embedded (a deck's page, a PDF) gets a link of its own.
        links = []
        for item in talk.slides + talk.videos:
            if not item.embed_url and item.external:
                same = _same_kind(talk, item)
                number = f" {same.index(item) + 1}" if len(same) > 1 else ""
                links.append(Link(item, labels[item.kind] + number))
        return Card(
            talk,
            "" if talk.kind == "talk" else labels["kind_" + talk.kind],
            _firsts(safe_parties(talk.speakers)),
            _firsts(safe_parties(talk.organizations)),
            players,
            _firsts(links),
        )

    def host(self, item: Media) -> Host:
        """What ``item`` shares with the other players of its provider (made once per build)."""
        key = (item.provider, item.kind, item.ratio)
        found = self._hosts.get(key)
        if found is None:
            player = provider(item.provider)
            found = self._hosts[key] = Host(
                f"roundup-embed roundup-embed--{item.kind} roundup-embed--{item.provider}"
                f" roundup-ratio-{item.ratio[0]}x{item.ratio[1]}",
                player.label,
                self.labels["load_" + item.kind],
                player.iframe_allow,
                player.referrerpolicy or "",
            )
        return found
