"""Cards from templates: one Jinja environment per build, the card macro looked up once.

A card is one call of the template's ``card`` macro with a :class:`Card`, in which what the
markup needs (classes, accessible names, which media play and which are links) is worked out
in Python: the macro runs once per talk of the site, and each Jinja expression costs many
times the Python it stands for (each value written under autoescaping about half a
microsecond).
"""

from __future__ import annotations

import posixpath
import zlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote

import jinja2
from markupsafe import Markup

from .language import ENGLISH, Language
from .links import is_safe_link, safe_parties
from .model import Media, Party, Talk
from .posters import media_key
from .profiles import link_label
from .providers import provider

TEMPLATES = Path(__file__).parent / "templates"
"""The package's theme folder: appended to the theme's dirs, so a ``custom_dir`` wins."""

CARD_TEMPLATE = "roundup/talk.html"

HEADING = Markup("<roundup-heading>")
"""Where the card template puts the talk's heading (``{{ heading }}``): the card is cut there."""
BODY = Markup("<roundup-body>")
"""Where the card template puts the author's text (``{{ body }}``): the card is cut there too.
Both start with ``<``, which no value written under autoescaping can."""

COVERS = 8
"""How many looks a typeset cover has (``roundup-cover--0`` …): picked from the talk's title,
so that neighbouring facades differ even before their text is read."""

EntryOf = Callable[[str, Party], "str | None"]
"""The site URL of a speaker's (``"speaker"``) or organization's (``"organization"``) entry
on the index pages, or ``None``."""

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
    """The picture a facade shows: the author's own preview image, else the fetched
    thumbnail (``posters: true``); empty for a typeset cover."""
    heading: str
    """The title a typeset cover shows (the talk's, or the media's own)."""
    byline: str
    """The speakers a typeset cover names."""
    cover: int
    """The look of a typeset cover, ``0`` to ``COVERS - 1``."""


@dataclass(slots=True)
class Link:
    """A deck or video the card links to (it cannot be embedded)."""

    item: Media
    text: str
    """``Slides``, or ``Slides 2`` when the talk has several."""


@dataclass(slots=True)
class Who:
    """A speaker or an organization as the card links them."""

    name: str
    href: str
    """Their entry on the site's index page, else their own link; empty: not a link."""
    role: str
    profile: str
    """Their own profile, shown as a small icon when the name links to their entry."""
    profile_name: str
    """The icon's accessible name: ``Ada Vos on LinkedIn``."""


@dataclass(slots=True)
class Card:
    """One talk as the template writes it."""

    talk: Talk
    badge: str
    """The kind's badge text; empty for a plain talk (it has none)."""
    speakers: list[tuple[bool, Who]]
    """Each speaker, after whether it is the first (the others follow a comma)."""
    organizations: list[tuple[bool, Who]]
    players: list[Player]
    links: list[tuple[bool, Link]]
    dir: str
    """``rtl`` for a right-to-left language, else empty (the page's direction holds)."""


def _same_kind(talk: Talk, item: Media) -> tuple[Media, ...]:
    return talk.slides if item.kind == "slides" else talk.videos


def _firsts(items: tuple[T, ...] | list[T]) -> list[tuple[bool, T]]:
    return [(position == 0, item) for position, item in enumerate(items)]


class CardRenderer:
    """Renders a talk card, in the three parts that go around its heading and the author's text."""

    def __init__(
        self,
        env: jinja2.Environment | None = None,
        embeds: str = "facade",
        language: Language = ENGLISH,
        *,
        entries: EntryOf | None = None,
        site_files: Collection[str] | None = None,
    ) -> None:
        """``entries``: where speakers and organizations have an entry on the site's index
        pages; ``site_files``: the site's files (``src_uri``), to show an author's preview
        image only when the site has it (``None``: as written, the extension used alone)."""
        self.env = env or environment()
        self.embeds = embeds
        self.language = language
        self.labels = language.labels
        self.entries = entries
        self.site_files = site_files
        self.root = ""
        """The site root seen from the page being rendered (``../`` per folder); the plugin
        sets it before each page."""
        template = self.env.get_template(CARD_TEMPLATE, globals={"heading": HEADING, "body": BODY})
        self._card: Any = template.module.card  # type: ignore[attr-defined]
        self._hosts: dict[tuple[str, str, tuple[int, int]], Host] = {}

    def parts(self, talk: Talk, posters: Mapping[str, str] | None = None) -> tuple[str, str, str]:
        """The card's opening, its lines under the heading, and what follows the author's text."""
        return self.cut(self.card(talk, posters or {}))

    def facades(self, card: Card) -> list[str]:
        """The addresses of the click-to-load facades ``card`` writes (see
        :mod:`mkdocs_roundup.facades`)."""
        return [str(p.item.embed_url) for p in card.players] if self.embeds == "facade" else []

    def cut(self, card: Card) -> tuple[str, str, str]:
        """``card`` written by the template, cut at its heading and at the author's text."""
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
        facades = self.embeds == "facade"
        players = []
        byline = ", ".join(p.name for p in talk.speakers)
        for item in talk.media:
            if not item.embed_url:
                continue
            host = self.host(item)
            # Authors' image titles are often shortened: the talk's title names a lone one.
            named = item.title if item.title and len(_same_kind(talk, item)) > 1 else talk.title
            title = f"{named} ({host.label})"
            poster = ""
            if facades:
                poster = self.preview(talk, item) or (
                    posters.get(media_key(item), "") if posters else ""
                )
            cover = zlib.crc32(f"{named}\0{item.id}".encode()) % COVERS
            players.append(
                Player(item, host, title, f"{host.action}: {title}", poster, named, byline, cover)
            )
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
            _firsts([self.who("speaker", p) for p in safe_parties(talk.speakers)]),
            _firsts([self.who("organization", o) for o in safe_parties(talk.organizations)]),
            players,
            _firsts(links),
            "rtl" if self.language.rtl else "",
        )

    def who(self, kind: str, party: Party) -> Who:
        """A speaker or organization: linked to their entry on the site's index page when it
        has one (their own link then an icon beside the name), else to their own link."""
        entry = self.entries(kind, party) if self.entries else None
        own = party.url or ""
        if entry is None:
            return Who(party.name, own, party.role or "", "", "")
        profile_name = ""
        if own:
            profile_name = self.labels["profile"].format(name=party.name, site=link_label(own))
        return Who(party.name, self.root + entry, party.role or "", own, profile_name)

    def preview(self, talk: Talk, item: Media) -> str:
        """The author's own preview image of ``item`` as this page reaches it, or empty: only
        an image of the site itself (an image elsewhere would be a request to another host
        before any click), and only one the site has."""
        image = (item.image or "").strip()
        if not image or "://" in image or image.startswith(("//", "#")) or not is_safe_link(image):
            return ""
        if self.site_files is None:
            return image  # the extension alone: the page's links stay as written
        path = unquote(image.partition("#")[0].partition("?")[0])
        site_path = (
            path.lstrip("/")
            if path.startswith("/")
            else posixpath.normpath(posixpath.join(posixpath.dirname(talk.path), path))
        )
        return self.root + site_path if site_path in self.site_files else ""

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
