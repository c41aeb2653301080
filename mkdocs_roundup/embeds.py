"""A block's players as a talk's media: its iframes (a known player's, or a deck's PDF in a
frame on a page that says talks), its linked thumbnails, mkdocs-video's images, Hugo's
shortcodes and Jekyll's tags for players, and a player's URL written as text.
"""

from __future__ import annotations

import re

from . import providers
from .fields import Fields, Piece
from .inline import Embed, Inline
from .link_targets import (
    is_deck_file,
)
from .media import URL, MediaReader, player_title
from .patterns import lazy

_SHORTCODE = lazy(
    r"\{\{[<%]\s*(?P<name>youtube|vimeo|speakerdeck|slideshare|google-slides|googleslides|pdf)\b"
    r"(?P<args>[^}]{0,500}?)\s*[>%]\}\}"
    r"|\{%-?\s*(?:include\s+(?:[\w-]*[-_/])?)?(?P<tag>youtube|vimeo|speakerdeck|slideshare|video)"
    r"(?:[-_][\w-]*)?(?:\.html)?\b"
    r"(?P<tag_args>[^%]*)%\}",
    re.I,
)
"""Hugo's shortcodes (``{{< youtube ID >}}``, a theme's ``{{< pdf src="…" >}}``) and
Jekyll's tags and includes (``{% youtube ID %}``, ``{% include video id="ID"
provider="youtube" %}``, ``{% include embed-youtube.html video_id="ID" %}``) for players."""

_TEMPLATE_TAG = lazy(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}")
"""A Hugo shortcode or a Jekyll tag: what it shows is the site generator's to say; a URL
among its arguments is no link of the page (those of the players above are read by name)."""

_SHORTCODE_ARG = lazy(r"\b(id|url|src|vid|video_?id)\s*=\s*[\"']?([^\"'\s]+)")

_PROVIDER_ARG = lazy(r"\bprovider\s*=\s*[\"']?(youtube|vimeo)\b", re.I)

_SHORTCODE_URLS = {
    "youtube": "https://www.youtube.com/watch?v={}",
    "vimeo": "https://vimeo.com/{}",
    "speakerdeck": "https://speakerdeck.com/player/{}",
    "slideshare": "https://www.slideshare.net/slideshow/embed_code/key/{}",
    "google-slides": "{}",
    "googleslides": "{}",
}
"""The players a shortcode or tag names, and the URL each one's argument stands for."""


def player_shortcode(text: str) -> bool:
    """Whether a line is one of Hugo's player shortcodes and nothing more (``{{< youtube
    id="…" >}}``)."""
    found = _SHORTCODE.fullmatch(text.strip())
    return found is not None and found["name"] is not None


def _viewed_file(src: str) -> providers.Hit | None:
    """The presentation file a document viewer in a frame shows, named after its ``#``
    (ViewerJS: ``/ViewerJS/#../files/2031-queues.pdf``)."""
    viewed = src.partition("#")[2].strip()
    return providers.find(viewed, pdf=True) if viewed and is_deck_file(viewed) else None


def _embed_note(embed: Embed) -> str:
    if not embed.closed:
        return "malformed embed: <iframe> tag not closed; left as written"
    if providers.is_known_host(embed.src):
        return f"embed URL form not recognized: {embed.src}; left as written"
    host = re.sub(r"^[a-z]+://", "", embed.src).split("/")[0] or embed.src
    return f"iframe from unknown host {host}; left as written (no card embed is built for it)"


class EmbedReader(MediaReader):
    """Reads the players of a unit's blocks (a page's reader is one)."""

    def _framed_pdf(self, src: str) -> providers.Hit | None:
        """A PDF a frame shows (directly, or in a document viewer), as the deck, on a page that
        says talks (a club's bylaws are framed too)."""
        if not self.page_talks:
            return None
        return providers.find(src, pdf=True) or _viewed_file(src)

    def embed_piece(self, embed: Embed) -> Piece | None:
        hit = providers.find(embed.src) if embed.src else None
        if hit is None and embed.src:  # a PDF in a frame: the deck
            pdf = self._framed_pdf(embed.src)
            title = player_title(embed.title)
            media = pdf.media(title, embed.line, embed.src) if pdf else None
            return Piece(media, embed.line, framed=True) if media else None
        if hit is None or hit.embed_url is None:
            return None
        return Piece(hit.media(player_title(embed.title), embed.line), embed.line)

    def _shortcodes(self, visible: str, inline: Inline, line: int, fields: Fields) -> None:
        """Hugo's players written in the page (``{{< youtube id="…" >}}``): read, and shown
        as written (a tool other than Hugo shows them as text)."""
        for found in _SHORTCODE.finditer(visible):
            if any(found[0] in code for code in inline.code):
                continue  # shown as code, never read
            args = found["args"] if found["name"] else found["tag_args"].rstrip(" -")
            name = (found["name"] or found["tag"]).lower()
            if name == "video":  # Minimal Mistakes' include names its provider
                provider = _PROVIDER_ARG.search(args)
                if provider is None:
                    continue
                name = provider[1].lower()
            named = _SHORTCODE_ARG.search(args)
            value = named[2] if named else args.split()[0].strip("\"'") if args.split() else ""
            if name == "pdf":  # "{{< pdf src="/ViewerJS/#../files/2031-queues.pdf" >}}"
                pdf = self._framed_pdf(value) if value else None
                if pdf is not None:
                    fields.media.append(Piece(pdf.media(None, line, value), line, framed=True))
                    fields.evidence.add("media")
                continue
            hit = providers.find(_SHORTCODE_URLS[name].format(value))
            if hit is not None:
                fields.media.append(Piece(hit.media(None, line), line))
                fields.evidence.add("media")

    def _written_urls(self, visible: str, inline: Inline, line: int, fields: Fields) -> None:
        """A player's URL written as text: a link or image whose syntax broke
        (``[![] "title"](image.png https://…)``) is read by its URL, and said so."""
        broken = "](" in visible or "[![" in visible
        if "{" in visible:
            visible = _TEMPLATE_TAG.sub(" ", visible)
        for found in URL.finditer(visible):
            url = found[0]
            if any(url in code for code in inline.code):
                continue  # code is shown, never read
            if visible[found.start() - 2 : found.start()] in ('="', "='"):
                continue  # src="…" of a tag no parser could read: an attribute's value
            hit = providers.find(url)
            if hit is None or hit.embed_url is None:
                continue
            fields.media.append(Piece(hit.media(None, line, url), line))
            fields.evidence.add("media")
            if broken:
                fields.warnings.append(
                    (line, f"malformed link or image; its URL is read as {hit.provider.label}")
                )

    def embeds(
        self, inline: Inline, fields: Fields, empty_lines: set[int], lines: range | None = None
    ) -> None:
        """The iframes and linked images of a block: the talk's media."""
        for embed in inline.embeds:
            if lines is not None and embed.line not in lines:
                continue
            piece = self.embed_piece(embed)
            if piece is None:
                if embed.src or not embed.closed:
                    fields.warnings.append((embed.line, _embed_note(embed)))
                continue
            if not embed.closed:
                fields.warnings.append((embed.line, _embed_note(embed)))
            elif embed.line in empty_lines and piece.media.embed_url:
                piece = Piece(piece.media, piece.line, (embed.line, embed.line + 1))
            fields.media.append(piece)
            fields.evidence.add("media")
        for link in inline.links:
            if not link.images or (lines is not None and link.line not in lines):
                continue
            piece = self.link_piece(link, None)
            if piece is None or piece.page_link:
                continue
            if link.line in empty_lines:
                piece = Piece(piece.media, piece.line, (link.line, link.line + 1))
            fields.media.append(piece)
            fields.evidence.add("media")
        if inline.images and "\n" not in inline.text:
            self._video_images(inline, fields, empty_lines, lines)

    def _video_images(
        self, inline: Inline, fields: Fields, empty_lines: set[int], lines: range | None
    ) -> None:
        """``![type:video](https://www.youtube.com/embed/…)``, as mkdocs-video writes a
        player, on a line of its own."""
        line = inline.first_line
        if lines is not None and line not in lines:
            return
        # "![type:video](…){: style="width:100%" }": its attributes are the player's too
        own_line = line in empty_lines
        for image in inline.images:
            hit = providers.find(image.src) if image.alt.strip().lower() == "type:video" else None
            if hit is None or hit.embed_url is None:
                continue
            remove = (line, line + 1) if own_line else None
            fields.media.append(Piece(hit.media(image.title, line), line, remove))
            fields.evidence.add("media")
