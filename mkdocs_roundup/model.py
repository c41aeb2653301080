"""The talk model: plain, frozen records that know where they came from.

Nothing here imports MkDocs or Markdown, so records can be built and compared in tests
from plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

MediaKind = Literal["slides", "video"]

KINDS = ("talk", "keynote", "panel", "workshop", "lightning", "demo")
"""Every talk kind the parser can give, in the order the badges are documented."""


@dataclass(frozen=True, slots=True)
class Party:
    """A person or an organization named for a talk."""

    name: str
    url: str | None = None
    role: str | None = None
    """Role text written next to a person, such as ``CTO at``; never used for identity."""

    @property
    def in_full(self) -> bool:
        """Whether the party is linked or named in full (``Ann Lee``, not ``Queues.``)."""
        return bool(self.url) or " " in self.name

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url}


@dataclass(frozen=True, slots=True)
class Media:
    """One deck or one video, as resolved by a provider of :mod:`mkdocs_roundup.providers`."""

    provider: str
    """Provider key, for example ``slideshare`` or ``youtube``."""
    kind: MediaKind
    id: str
    url: str
    """Where a reader opens the media on the provider's own site."""
    embed_url: str | None
    """The iframe URL, or ``None`` when the provider (or this URL form) cannot be embedded."""
    title: str | None = None
    line: int = 0
    ratio: tuple[int, int] = (16, 9)
    image: str | None = None
    """The author's own preview image of the media (the image of a linked image around it),
    as written: a facade shows it instead of a generic placeholder."""

    @property
    def external(self) -> bool:
        """Whether :attr:`url` is absolute (a relative link is the site's own file)."""
        return "://" in self.url

    def as_dict(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "id": self.id,
            "url": self.url,
            "embed_url": self.embed_url,
            "title": self.title,
        }


@dataclass(frozen=True, slots=True)
class Talk:
    """One talk of an event page."""

    id: str
    """The anchor of the talk's heading on its page (what ``#id`` deep links point at); for a
    talk left as written (a table's row, an item of raw HTML), the anchor of the heading
    above it (``""``: none)."""
    title: str
    kind: str
    section: str | None
    speakers: tuple[Party, ...]
    organizations: tuple[Party, ...]
    abstract: str
    slides: tuple[Media, ...]
    videos: tuple[Media, ...]
    path: str
    """Source path of the page, relative to ``docs_dir`` (or whatever the caller passed)."""
    line: int
    """1-based line of the talk's heading (or introducing line) in the source file."""
    url: str = ""
    """Site URL of the card (page URL plus ``#id``, the page's alone without an id), filled in
    by the plugin."""

    @property
    def media(self) -> tuple[Media, ...]:
        return self.videos + self.slides

    def at(self, url: str) -> Talk:
        """This talk with the site URL of its card (made for every talk of a site each
        build: a direct call is several times faster than ``dataclasses.replace``)."""
        return Talk(
            self.id,
            self.title,
            self.kind,
            self.section,
            self.speakers,
            self.organizations,
            self.abstract,
            self.slides,
            self.videos,
            self.path,
            self.line,
            url,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "line": self.line,
            "title": self.title,
            "kind": self.kind,
            "section": self.section,
            "speakers": [p.as_dict() for p in self.speakers],
            "organizations": [o.as_dict() for o in self.organizations],
            "abstract": self.abstract,
            "slides": [m.as_dict() for m in self.slides],
            "videos": [m.as_dict() for m in self.videos],
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem in an author's page, reported as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class Event:
    """A roundup page: one event and its talks."""

    source: str
    title: str | None
    date: str | None
    talks: tuple[Talk, ...]
    url: str = ""
    location: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
