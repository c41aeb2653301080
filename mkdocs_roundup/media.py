"""What a unit's links and media labels are as media: a known player's video or deck, or
(labelled, or a talk title's link to material) any other target. Its players (iframes,
shortcodes, URLs written out) are read by :mod:`~mkdocs_roundup.embeds`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import providers
from .fields import Fields, Piece
from .inline import SLOT, Inline, Link
from .labels import CLOSE_QUOTES, ICON, OPEN_QUOTES, PICTOGRAPHS, PRESENTATION_WORDS, YEAR, Labels
from .link_targets import (
    is_deck_file,
    is_deck_page,
    is_material,
    is_paper,
    is_peertube_page,
    is_post,
    is_repository,
    is_video_page,
    is_work_item,
    names_other_document,
    names_project,
)
from .model import Media, MediaKind
from .names import clean_text
from .patterns import lazy
from .site_urls import has_scheme

URL = lazy(r"https?://[^\s<>()\x00]+")
"""An address written out as text (``https://…``), in a line's visible words."""
_ASIDE_LAST = frozenset({
    "code", "repo", "repository", "source", "sources", "notebook", "notebooks", "examples",
    "reference", "references", "notes", "transcript", "writeup", "write-up",
})  # fmt: skip
"""The last words of a link that names what stands beside a talk (``Demo Code``)."""
_ASIDE_WORDS = 3
"""How many words, at most, a link that names what stands beside a talk has."""
_OPEN_IN = lazy(r"^(?:open|view|see|watch)\s+(?:in|on)\s+", re.I)
LINK_ATTRS = lazy(r"(\x00\d+\x00)\{:?[^{}\n]*\}")
"""A link's own ``attr_list``, right after it (``[](deck.pdf){: .pdf }``): no words."""
_STRAY = lazy(rf"^[\s,;:|/+&()·•\-–—{PICTOGRAPHS}\ufe0f\u200d]*$|^\s*(?:and|&)\s*$", re.I)
"""What may stand between media links on a line of them: marks, and pictographs as their
icons (``🎬[Video](…) 📚[Slides](…)``)."""
_REMARKS = lazy(r"[\s,()]*(?:\([^()]*\)[\s,]*)*")
"""What may stand between media links on a line of them: ``(🇨🇿)``, commas."""
_MEDIA_TITLE_SUFFIX = lazy(r"\s+[-–—]\s+(?:slides?|video|recording|deck)$", re.I)
_PLAYER_TITLES = {"youtube video player", "vimeo video player", "video", "slides", ""}
_COLLECTION = lazy(
    r"\b(?:channel|playlist|kanal|chaîne|chaine|canal)\b|チャンネル|再生リスト|频道|頻道|채널", re.I
)
_EVENT_VIDEO = lazy(
    r"(?:\w+\s+)?(?:recap|highlights|trailer|teaser|after\s?movie|promo)(?:\s+video)?", re.I
)
"""A link's text that names an event's own video (``Recap``, ``Conference highlights``)."""
_PROVIDER_NAME = lazy(r"youtube|vimeo|twitch|bilibili|niconico|ニコニコ", re.I)
_TITLED_LABEL = lazy(
    rf"(?P<label>[^{OPEN_QUOTES}{CLOSE_QUOTES}:]+?)\s*[:–—-]?\s*"
    rf"[{OPEN_QUOTES}](?P<title>[^{CLOSE_QUOTES}]+)[{CLOSE_QUOTES}]"
)
"""A media label, then a quoted title (``Slides "Title"``, ``Folien: „Titel“``)."""
EMPTY_GROUP = lazy(r"[(\[]\s*(?:(?:,|;|and|&|\+|/|\||[-–—·•])\s*)*(?:[)\]]|$)")
"""A group its links were taken from, closed or cut off at the line's end (``Title (``)."""


_PODCAST = lazy(r"podcast(?:\s+episode)?|episode|podcast-folge|épisode", re.I)
"""A link's text that says it is a podcast's episode."""
_SAYS_DECK = lazy(r"slide|deck|folien|diapositiv|スライド", re.I)
"""A link's text that calls it a talk's slides (not ``pdf``, which a paper is too)."""


def links_podcast(inline: Inline) -> bool:
    """Whether a link's text says it is a podcast's episode (``[Podcast](…)``)."""
    return any(_PODCAST.fullmatch(link.text.strip()) for link in inline.links)


_SLIDESHOW = lazy(r"\s*slide\s?show\s*", re.I)
"""A link's word for a deck shown as a slideshow, or an album of photos."""
_AUDIO = lazy(r"\s*(?:audio|áudio)(?:[\s-]*(?:version|versión|versão))?\s*", re.I)
"""A link's word for the talk's sound (``Audio-Version``): its recording where it links a
known player, not a sound file (an audiobook's)."""


_PHOTOS = lazy(
    r"(?<![a-z])(?:photos?|fotos?|bilder|pictures?|images|immagini|zdj[eę]cia|kiekjes|"
    r"gall?er(?:y|ie|ia)|albums?|slideshow)(?![a-z])"
)
"""Words of an address, whole, that say it holds photos (``/fotos/…abend.pdf``,
``/galerie/…``, ``/gallery/…``, ``…/albums/…/slideshow``, ``?album=…``; not
``photon-mapping.pdf``): a slideshow of them is no deck."""


def _deck_like(href: str) -> bool:
    """Whether a link's address says it is a deck (a deck host's page, a player's of decks,
    a presentation file, ``slides`` in its path), not photos (:data:`_PHOTOS`)."""
    hit = providers.find(href)
    if hit is not None and hit.provider.kind == "slides":
        return True  # SlideShare's own addresses say "slideshow"
    parts = providers.url_parts(href)
    after_host = href.casefold().partition(parts.host)[2] if parts.host else href.casefold()
    if _PHOTOS.search(after_host):
        return False  # in its path, its query or its fragment
    return is_deck_page(href) or "slide" in parts.path.casefold()


_SLIDES_ROOT = lazy(r"/(?:slides|decks|folien|diapositivas)/[^/?#]", re.I)
"""A path from the site's root into its folder of slides (``/slides/2031-05-oslo/``)."""


def own_folder(href: str) -> bool:
    """Whether a link goes to a folder or a file of the site's own, not a page of its text
    (``talks/2031-05-02-oslo``, ``./2031-05-02/``, from the site's root into its slides,
    ``/slides/2031-05-oslo/``; not ``../blog/queues.md`` nor ``….html``, nor an address
    with its scheme or another of the site's root)."""
    target = href.strip()
    if not target or has_scheme(target) or target.startswith("#"):
        return False
    if target.startswith("/") and not _SLIDES_ROOT.match(target):
        return False
    path = target.split("#")[0].split("?")[0].casefold()
    return not path.endswith((".md", ".markdown", ".html", ".htm"))


class MediaReader(Labels):
    """Reads links, embeds and written URLs as a talk's media."""

    slides_listed = False
    """Whether the lines being read stand under a heading that says they are slides."""
    decks_here = False
    """Whether the page opens by saying it holds its talks' slides: its titles' links into
    its own folders are their decks (:func:`own_folder`)."""
    talks_said = False
    """Whether the page being read says it is about talks (its title, a heading or its
    opening words): a byline's looser forms are read on such a page only."""
    page_talks = False
    """Whether the page's title, headings or opening say talks, for the whole reading
    (``talks_said`` is so only while its regions' units are read)."""
    program_listed = False
    """Whether the lines being read stand under a heading that names an event's program
    (``### Schedule``): an item that opens with its time and names its speakers in full
    may be a talk."""
    meeting_dated = False
    """Whether the lines being read stand under a heading that dates one meeting, by its day
    or its month (``### 22 July``, ``## Juin 2031``; not a year's, ``## 2031``): a meetup
    archive's, whose lines name each talk's speaker."""
    talks_titled = False
    """Whether the page's title or a heading names a gathering whose program lists talks
    (``Harbor Symposium``, ``Forth Tagung 2023``) or says it lists talks given: a line's
    length in a program is then a talk's (not a workout's, a band's or a lecture's)."""
    talks_listed = False
    """Whether the page's title or a heading says it lists talks given (``Presentations``,
    ``Talks``, ``Slides``), not only an event's name (:attr:`talks_titled`)."""
    program_titled = False
    """Whether the page's own title names a conference, a workshop, a symposium… and no
    one who organizes it (``Harbor Symposium 2031``, not ``Workshop organising
    committee``): its program's entries may be written without links
    (:mod:`~mkdocs_roundup.program_entries`)."""

    def link_role(self, link: Link) -> str | None:
        """``slides`` or ``video`` when a link's text names one (:meth:`media_role`), or
        names the format of the presentation file it links (``[ODP](deck.odp)``,
        ``[[PPSX]](deck.ppsx)``: a word of no language, said of that file; not ``.key``,
        which also holds a server's keys), or shows only a picture and links a recording's
        page on a host of recordings, or says audio over a known player's video, or names
        PeerTube over one of its videos (``[PeerTube](https://tube.example.org/w/…)``, on any
        of its instances); a
        ``[Slideshow](…)`` is a deck's where it links one (:func:`_deck_like`)."""
        role = self.media_role(link.text)
        if role is None and link.images and not link.text.strip() and is_video_page(link.href):
            return "video"  # "[![](preview.jpg)](https://skillsmatter.com/skillscasts/…)"
        if role is None and _AUDIO.fullmatch(link.text) and providers.find(link.href):
            return "video"  # "[Audio-Version](https://youtu.be/…)": a player's recording
        if role is None and _SLIDESHOW.fullmatch(ICON.sub("", link.text)):
            return "slides" if _deck_like(link.href) else None  # not a club's album of photos
        if role is not None or not link.text.isascii() or len(link.text) > 8:
            return role
        written = link.text.strip(" []()").casefold()
        path = providers.url_parts(link.href.strip()).path.casefold()
        if written == "peertube":  # a PeerTube instance's watch page, not its channels
            return "video" if is_peertube_page(path) else None
        formatted = written.isalpha() and written != "key" and path.endswith("." + written)
        return "slides" if formatted and is_deck_file(link.href) else None

    def player_piece(self, link: Link, *, files: bool = False) -> Piece | None:
        """The talk's media a link points at when it is a known player's or deck's (or,
        with ``files``, a presentation file's); ``None`` for any other page (an article's,
        an event's)."""
        piece = self.link_piece(link, None, title_link=True)
        others = ("link",) if files else ("link", "pdf")
        return piece if piece is not None and piece.media.provider not in others else None

    def link_piece(
        self, link: Link, role: str | None, *, title_link: bool = False, labelled: bool = False
    ) -> Piece | None:
        """The media a link is: a known provider's, or (labelled, or a talk title's link to
        material) any other target. A link that names a channel or a playlist is none.
        ``labelled``: a label before it gives its ``role`` (``Slides: [PDF](…)``)."""
        href = link.href.strip().strip("<>")
        if names_collection(link.text) or (is_paper(href) and not _SAYS_DECK.search(link.text)):
            return None  # a channel, a playlist; a paper, read or cited, but called slides
        if _OPEN_IN.match(link.text):
            return _page_link(href, link.line)
        wanted = self._wanted(link, role, title_link=title_link)
        hit = providers.find(href, pdf=wanted == "slides" or title_link)
        title = _image_title(link)
        if hit is None:
            named = self.media_role(link.text) is not None  # "[Slides](…)", not "[Meetup](…)"
            piece = _other_link(link, href, wanted, title, title_link=title_link, named=named)
            return replace(piece, said=True) if piece and wanted else piece
        if wanted is None and hit.provider.key == "pdf" and self._other_document(link, href):
            return None
        mismatch = wanted is not None and hit.provider.kind != wanted and not title_link
        if mismatch and not _may_be_media(href):
            return None
        written = href if _is_safe(href) and "://" in href else None
        image = link.images[0].src if link.images else None  # the author's own preview
        # "[PDF](…)" alone names a file, a paper as well as a deck ("Slides: [PDF](…)" a deck)
        file_only = not labelled and link.text.strip(" []()").casefold() == "pdf"
        media = hit.media(title, link.line, written, image)
        return Piece(media, link.line, named=bool(wanted), file_only=file_only)

    def _other_document(self, link: Link, href: str) -> bool:
        """Whether a PDF is a document other than a deck, by its address (``paper.pdf``) or
        by the label its link's words are (``[abstract](…)``, ``[bio](…)``, ``[Paper](…)``)."""
        said = self.labels.get(link.text.strip(" []()").casefold())
        return names_other_document(href) or said in ("abstract", "bio", "other")

    def _wanted(self, link: Link, role: str | None, *, title_link: bool) -> str | None:
        """What a link is said to be: by its role, its text (``[Slides](…)``), or, for a
        title's link under ``## Slides of our talks``, the talk's deck."""
        wanted = role or self.link_role(link)
        if wanted is None and title_link and link.icon and not _site_page(link.href):
            return link.icon  # "[<i class="fab fa-slideshare"></i> Title](bit.ly/…)"
        if wanted is None and title_link and self.slides_listed and not is_work_item(link.href):
            return "slides"
        if wanted is None and title_link and self.decks_here and own_folder(link.href):
            return "slides"  # "Slides & code for my talks." over "[Title](2031-05-02/)"
        return wanted

    def labelled_media(
        self, rest: str, inline: Inline, role: str, line: int, fields: Fields
    ) -> None:
        found = False
        for n in SLOT.findall(rest):
            piece = self.link_piece(inline.links[int(n)], role, labelled=True)
            if piece:
                fields.media.append(piece)
                found = True
        for url in URL.findall(rest):
            if any(url in code for code in inline.code):
                continue
            link = Link(url, url, line)
            piece = self.link_piece(link, role)
            if piece:
                fields.media.append(piece)
                found = True
        if found:
            fields.evidence.add("media")

    def link_column(self, text: str, inline: Inline, line: int, fields: Fields) -> None:
        """A cell of a column of links: a link labelled as media is that media, one
        labelled otherwise (``[Code](…)``) none; any other link or address written out is
        the talk's deck, but for an event's page, a person's profile or a code repository."""
        self.labelled_links(text, inline, fields)
        rest = self.without_media_links(text, inline, labelled=True)
        rest = SLOT.sub(lambda m: "" if _no_deck_link(inline.links[int(m[1])]) else m[0], rest)
        rest = URL.sub(lambda m: "" if _no_deck(m[0]) or is_repository(m[0]) else m[0], rest)
        self.labelled_media(rest, inline, "slides", line, fields)

    def titled_media(self, link: Link) -> tuple[str, Piece] | None:
        """A link labelled as media and a quoted title (``[:icon: Slides "Title"](deck.pdf)``,
        Material's icon buttons): the title and the media piece."""
        found = _TITLED_LABEL.fullmatch(ICON.sub("", link.text).strip())
        role = self.media_role(found["label"]) if found else None
        piece = self.link_piece(link, role) if found and role else None
        return (found["title"].strip(), piece) if found and piece else None

    def without_media_links(self, text: str, inline: Inline, *, labelled: bool = False) -> str:
        """A line's text without its media links (``[Slides](…)``, ``[🎥](…)``): for the
        names beside them, or a heading's words; ``labelled``: without any link whose label
        says what it is (``[Code](…)`` too)."""

        def keep(found: re.Match[str]) -> str:
            label = inline.links[int(found[1])].text
            known = self.media_role(label) or (labelled and self.labels.get(label.casefold()))
            return "" if known else found[0]

        if "\x00" not in text:
            return text
        taken = SLOT.sub(keep, text)
        return EMPTY_GROUP.sub("", taken) if taken != text else text

    def labelled_links(self, text: str, inline: Inline, fields: Fields) -> None:
        """Links named as media inside a sentence (``… and the [slides](…)``): the talk's,
        kept as written."""
        for n in SLOT.findall(text):
            link = inline.links[int(n)]
            role = self.link_role(link)
            piece = self.link_piece(link, role) if role else None
            if piece is not None:
                fields.media.append(piece)
                fields.evidence.add("media")

    def is_media_field(self, text: str, inline: Inline) -> bool:
        """Whether a line is media links named as such only (``[Slides](…), [Video](…)``)."""
        slots = SLOT.findall(text)
        if not slots or not _STRAY.match(SLOT.sub("", text)):
            return False
        links = [inline.links[int(n)] for n in slots]
        roles = [self.link_role(link) for link in links]
        if all(roles):
            return True
        # "[Recording](…) | [Sandbox Code](…) | [Demo Code](…)": media and its material
        # ("[Clean Code](youtube…) | [Slides](…)": a title, linked to its recording)
        return any(role in ("slides", "video") for role in roles) and all(
            role or (self._names_aside(link.text) and self.player_piece(link) is None)
            for role, link in zip(roles, links, strict=True)
        )

    @staticmethod
    def _names_aside(text: str) -> bool:
        """Whether a link's few words name what stands beside a talk, by their last word
        (``Sandbox Code``, ``Code Repo``, ``Book Reference``; not ``Paper Cuts``)."""
        words = clean_text(text).casefold().split()
        return 0 < len(words) <= _ASIDE_WORDS and words[-1] in _ASIDE_LAST

    def media_only(self, text: str, inline: Inline, fields: Fields) -> bool:
        """Read a line that holds media links only (``[Slides](…), [Video](…)``)."""
        slots = SLOT.findall(text)
        if not slots:
            return False
        pieces = []
        for n in slots:
            link = inline.links[int(n)]
            if link.images and self.link_piece(link, None):
                continue  # a linked thumbnail: read with the embeds
            if self.beside(clean_text(link.text)):
                return False  # "[Notes](deck host)": labelled as what stands beside a talk
            piece = self.link_piece(link, self.link_role(link))
            if piece is None:
                return False
            pieces.append(piece)
        rest = SLOT.sub("", LINK_ATTRS.sub(r"\1", text) if "\x00{" in text else text)
        if not (_STRAY.match(rest) or _REMARKS.fullmatch(rest)):
            return False  # words beside the links: read as a line of text
        fields.media.extend(pieces)
        fields.evidence.add("media")
        return True


def _site_page(href: str) -> bool:
    """Whether a link points at a provider's own page that is no deck and no video (a
    channel's, ``[<i class="fab fa-youtube"></i> YouTube](…/@ann)``): its icon says where."""
    return providers.on_provider_site(href) and providers.find(href) is None


def known_aside(link: Link) -> bool:
    """A short label on a known player's link, in parentheses after a title
    (``([Demo](youtu.be/…))``): the talk's media."""
    hit = providers.find(link.href.strip())
    return hit is not None and len(link.text.split()) <= 2


def _image_title(link: Link) -> str | None:
    for image in link.images:
        if image.title:
            return player_title(image.title)
    return None


def player_title(title: str | None) -> str | None:
    if not title:
        return None
    title = clean_text(title)
    title = _MEDIA_TITLE_SUFFIX.sub("", title)
    return None if title.lower() in _PLAYER_TITLES else title


_EVENT_HOSTS = ("meetup.com", "eventbrite.", "lu.ma", "connpass.com", "doorkeeper.jp",
                "sessionize.com", "pretalx.com", "linkedin.com")  # fmt: skip
"""Hosts of events' pages and profiles: a link there is no deck by itself."""


_PROGRAM_WORDS = frozenset(
    {"session", "schedule", "agenda", "program", "programme", "abstract", "event", "sched"}
)
"""A link's words that name the talk's place in an event's program (``[[session]](…)``)."""


def _program_link(link: Link) -> bool:
    """Whether a link in a column of links points at an event's page, or names the talk's
    place in its program (``[[session]](https://sched.co/…)``, ``[schedule](…)``): no deck."""
    if _no_deck(link.href):
        return True
    named = link.text.strip(" []()").casefold() in _PROGRAM_WORDS
    return named and providers.find(link.href.strip()) is None  # "[Program](slideshare…)"


def _no_deck_link(link: Link) -> bool:
    """Whether a link in a column of links is none of the talk's decks: an event's page, the
    talk's place in its program, a code repository (``[Code](…)`` says so by its label; a
    repository's address alone is its code too), a blog's post about it."""
    named = link.text.strip().casefold() in PRESENTATION_WORDS  # "[Presentation](repo)"
    if not named and is_post(link.href):
        return True  # "[➡️](…/posts/the-talk/)": a post about the talk, no deck
    return _program_link(link) or (is_repository(link.href.strip()) and not named)


def _no_deck(href: str) -> bool:
    host = providers.url_parts(href.strip()).host.removeprefix("www.")
    return any(host == h or host.startswith(h) or host.endswith("." + h) for h in _EVENT_HOSTS)


def _other_link(
    link: Link, href: str, wanted: str | None, title: str | None, *, title_link: bool, named: bool
) -> Piece | None:
    """A link no provider reads: the talk's media when labelled so (or, a title's, when it
    points at material), never a video site's page that is none of its videos."""
    kind = providers.host_kind(href)
    if kind == "video":
        return None  # a player's site, not one of its videos ("youtube.com/@ourconf")
    if kind == "slides" and "/" not in providers.url_parts(href).path.strip("/"):
        return None  # a deck site's page of one person ("slideshare.net/ann/"), no deck
    if wanted is None and title_link and is_video_page(href):
        wanted = "video"  # "[Title](https://media.ccc.de/v/…)": the talk's recording
    elif wanted is None and title_link and is_material(href) and not names_project(link.text, href):
        wanted = "slides"
    if wanted is None or not _may_be_media(href):
        return None
    return _plain_link(href, wanted, title, link.line, named=named)


def _page_link(href: str, line: int) -> Piece | None:
    """An "Open in SlideShare" link: the page of a known player's deck or video."""
    hit = providers.find(href)
    return Piece(hit.media(None, line), line, page_link=True) if hit else None


def _may_be_media(href: str) -> bool:
    """Whether a labelled link's target may be a talk's media (not a playlist, an anchor)."""
    return bool(href) and "playlist" not in href and not href.startswith("#")


def _plain_link(
    href: str, wanted: str, title: str | None, line: int, *, named: bool
) -> Piece | None:
    """A labelled link to a host no player is known for: shown as a link, when it is safe
    (``named``: its own words name it as media, ``[Slides](…)``)."""
    if not _is_safe(href):
        return None
    kind: MediaKind = "video" if wanted == "video" else "slides"
    return Piece(Media("link", kind, href, href, None, title, line), line, named=named)


def _is_safe(href: str) -> bool:
    scheme = providers.url_parts(href).scheme
    return scheme in ("http", "https") or (not scheme and ":" not in href.split("/")[0])


def names_collection(text: str) -> bool:
    """Whether a link's text names a channel or a playlist (``Our YouTube channel``,
    ``Playlist``): where many talks are, none of them; or an event's own video (``Recap``,
    ``Highlights``). A title that only says the word (``Side channel attacks``) names none."""
    if _EVENT_VIDEO.fullmatch(text):
        return True
    found = _COLLECTION.search(text)
    if found is None:
        return False
    return bool(_PROVIDER_NAME.search(text)) or not text[found.end() :].strip(" .!:)»")


_PRESENTED_AT = lazy(
    r"\s*(?:presented|given|shown|held)\s+(?:at|in|during)\s|presentado\s+en\s|"
    r"présenté\s+(?:à|au|lors)\s|apresentado\s+(?:em|no|na)\s|vorgetragen\s+(?:auf|bei|beim)\s",
    re.I,
)
"""A link's text that says where the talk was given (``presented at Harbor Conf``)."""


def presented_role(link: Link) -> str | None:
    """``slides`` or ``video`` for a link named for where and when the talk was given
    (``[presented at Harbor Conf, May 2023](deck.pdf)``), by what it links (a known
    player's or a deck file); ``None`` for any other link. Only after a talk's title is it
    the talk's (``Title: [presented at …](…), [presented at …](…)``): in a sentence
    (``The draft was [presented at the retreat, 2024](…)``) it is the sentence's."""
    if not (_PRESENTED_AT.match(link.text) and YEAR.search(link.text)):
        return None
    hit = providers.find(link.href)
    if hit is not None:
        return hit.provider.kind
    return "slides" if is_deck_file(link.href) else None
