"""A talk's decks and videos as its card shows them: each once, a provider's page link
folded into the player it belongs to (it becomes the link under the player).
"""

from __future__ import annotations

from .fields import Piece
from .model import Media


def talk_media(pieces: list[Piece], title: str) -> tuple[tuple[Media, ...], tuple[Media, ...]]:
    """A talk's decks and videos, each once: a page link folds into the embed of its
    provider (it becomes the link under the player), or is the talk's recording where no
    player of its provider is there."""
    merged: list[Media] = []
    pages: dict[str, str] = {}
    for piece in pieces:
        _fold(piece, merged, pages)
    held = {m.provider for m in merged}
    for piece in pieces:  # "[Watch on YouTube](…)" with no player of its own: the recording
        if piece.page_link and piece.media.provider not in held:
            merged.append(piece.media)
            held.add(piece.media.provider)
    made = []
    for media in merged:
        url = pages.get(media.provider) if media.embed_url == media.url else None
        made.append(
            Media(
                media.provider,
                media.kind,
                media.id,
                url or media.url,
                media.embed_url,
                media.title or title,
                media.line,
                media.ratio,
                media.image,
            )
        )
    slides = tuple(m for m in made if m.kind == "slides")
    videos = tuple(m for m in made if m.kind == "video")
    return slides, videos


def _fold(piece: Piece, merged: list[Media], pages: dict[str, str]) -> None:
    """Add a piece's media to ``merged``, unless it is there already; a provider's page
    (an "Open in" link, a link beside its player) goes to ``pages``."""
    media = piece.media
    same = [m for m in merged if m.provider == media.provider]
    if any(m.id == media.id for m in same):
        return
    if piece.page_link or (media.embed_url is None and any(m.embed_url for m in same)):
        pages.setdefault(media.provider, media.url)
        return
    orphan = next((m for m in same if m.embed_url is None and media.embed_url), None)
    if orphan is not None and orphan.provider != "link":
        merged.remove(orphan)
        pages.setdefault(media.provider, orphan.url)
    merged.append(media)
