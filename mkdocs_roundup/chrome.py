"""Card chrome out of the search index.

A search plugin (MkDocs' own, Material's) reads each page's HTML in ``on_page_context`` with
:mod:`html.parser`, element by element, in Python: on a roundup page most elements are the
cards' chrome (the article, the speakers' links, the players, the links to decks), and what
search should find there is the talks' titles, their speakers and the authors' text. So the
plugin, just before search reads a page, puts a lean stand-in in the place of each piece of
chrome (:func:`lean`), and just after, puts the chrome back (:func:`restore`):

- a piece whose text search should read (the speakers line) stands as that text in a bare
  ``<p>``, which is what search keeps of it;
- the other pieces stand as nothing: search splits a page into sections at its headings,
  and a card's heading it reads outside any element. (Inside one, Material's search walks
  back over every earlier section each time the element closes: a page of N cards cost
  N² steps, 0.42 s for 2,000 cards against 0.21 s for the same text without the frames.)

Each stand-in is an HTML comment that search skips and that names the piece, followed, for a
piece whose text search reads, by that text and a closing comment. Pieces search does not read
that follow each other with only white space between (a card's closing and the next card's
opening) are one piece: each comment is an element search steps over, a fifth of its time on
a page of cards. What is put back is the very text that was taken out, so the page is the same
byte for byte whatever happens in between; where the chrome is only decides what search
reads. The pieces are found once per page, when its HTML is made (:func:`locate`); only their
offsets are kept.

Nothing here imports MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .patterns import lazy

_TAG = lazy(r"</?[A-Za-z][^>]*>")
_OPEN = "<!--\x02roundup "
"""Starts a stand-in (Python-Markdown takes ``\\x02`` out of every page's text, so no
author writes it)."""
_CLOSE = "<!--\x02roundup-->"
_STAND_IN = lazy(re.escape(_OPEN) + r"(\d+)(?:-->|\+-->.*?" + re.escape(_CLOSE) + ")", re.S)
"""A stand-in: ``<!--\x02roundup N-->`` for a piece search does not read, ``<!--\x02roundup
N+-->``, its text and :data:`_CLOSE` for one it does."""
_BLANK = lazy(r"\s*")


@dataclass(frozen=True, slots=True)
class Chrome:
    """Where the cards' chrome is in a page's HTML."""

    length: int
    digest: int
    """The length and hash of the HTML the spans are into."""
    spans: tuple[tuple[int, int, bool], ...]
    """Each piece's start, end and whether search reads its text, in page order."""

    def fits(self, html: str) -> bool:
        """Whether ``html`` is the HTML the spans were found in."""
        return len(html) == self.length and hash(html) == self.digest


@dataclass(frozen=True, slots=True)
class Lean:
    """A page's HTML as search reads it, and what it stands for."""

    html: str
    full: str
    spans: tuple[tuple[int, int, bool], ...]


def locate(html: str, pieces: Iterable[tuple[str, bool]]) -> Chrome | None:
    """Where each of ``pieces`` (markup, and whether search reads its text) is in ``html``,
    looked for in order (a piece not found is left where it is for search to read)."""
    spans: list[tuple[int, int, bool]] = []
    cursor = 0
    for piece, searched in pieces:
        start = html.find(piece, cursor) if piece else -1
        if start < 0:
            continue
        end = start + len(piece)
        last = spans[-1] if spans else None
        if last and not (searched or last[2]) and _BLANK.fullmatch(html, last[1], start):
            spans[-1] = (last[0], end, False)  # unread, after an unread piece: one piece
        else:
            spans.append((start, end, searched))
        cursor = end
    return Chrome(len(html), hash(html), tuple(spans)) if spans else None


def lean(html: str, chrome: Chrome) -> Lean | None:
    """``html`` with each piece of chrome replaced by its stand-in, or ``None`` if ``html``
    is not what the chrome was found in (something else changed the page since)."""
    if not chrome.fits(html):
        return None
    out: list[str] = []
    cursor = 0
    for number, (start, end, searched) in enumerate(chrome.spans):
        if searched:
            standing = stand_in(html[start:end], searched)
            out += (html[cursor:start], f"{_OPEN}{number}+-->", standing, _CLOSE)
        else:  # a piece search does not read stands as nothing: it is not even copied out
            out += (html[cursor:start], f"{_OPEN}{number}-->")
        cursor = end
    out.append(html[cursor:])
    return Lean("".join(out), html, chrome.spans)


def restore(html: str, lean: Lean) -> str:
    """``html`` (the lean page, as search left it) with the chrome back in place."""
    if html is lean.html:  # untouched: the page as it was
        return lean.full

    def back(match: re.Match[str]) -> str:
        start, end, _ = lean.spans[int(match[1])]
        return lean.full[start:end]

    return _STAND_IN.sub(back, html)


def stand_in(piece: str, searched: bool) -> str:
    """What search reads in the place of ``piece``: if ``searched``, its text in a ``<p>``,
    else nothing; a piece that keeps part of itself from search (``data-search-exclude``)
    stands as itself."""
    if searched and "data-search-exclude" in piece:
        return piece
    text = " ".join(_TAG.sub("", piece).split()) if searched else ""
    return f"<p>{text}</p>" if text else ""
