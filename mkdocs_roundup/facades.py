"""Click-to-load facades in a page that the plugin did not make.

``roundup.js`` turns a facade (``a.roundup-embed__facade[data-embed-src]``) into the
provider's player on click. It loads only the player URL forms of known providers, so a
facade written by hand (raw HTML, or ``attr_list``) with another address stays a link; but
one is always a mistake or a trap, so the build says where it is. The extension notes the
facades its cards write (:attr:`mkdocs_roundup.extension.PageContext.facades`); the page's
HTML, as rendered, is read with :mod:`html.parser` (an element is what the browser will see,
however its attributes are quoted or ordered) and every facade beyond those is reported.

Nothing here imports MkDocs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html.parser import HTMLParser

from .model import Diagnostic

CLASS = "roundup-embed__facade"


class _Facades(HTMLParser):
    """The ``data-embed-src`` of every element with the facade's class, in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if CLASS in (values.get("class") or "").split():
            self.found.append(values.get("data-embed-src") or "")

    handle_startendtag = handle_starttag


def forged(html: str, made: Iterable[str]) -> list[str]:
    """The addresses of the facades in ``html`` beyond those ``made`` (by address)."""
    left = Counter(made)
    # Each facade made writes the class once: with no more mentions than that, nothing to read.
    if html.count(CLASS) <= left.total():
        return []
    reader = _Facades()
    reader.feed(html)
    reader.close()
    extra = []
    for src in reader.found:
        if left[src] > 0:
            left[src] -= 1
        else:
            extra.append(src)
    return extra


def diagnostics(
    html: str, made: Iterable[str], *, markdown: str, path: str, first_line: int
) -> list[Diagnostic]:
    """A warning per facade of ``html`` the plugin did not make, at the line of ``markdown``
    (the page's text from its ``first_line``) that names the class, in order, where there is
    one (else the page's first line)."""
    extra = forged(html, made)
    if not extra:
        return []
    lines = [first_line + n for n, line in enumerate(markdown.split("\n")) if CLASS in line]
    return [
        Diagnostic(
            path,
            lines[number] if number < len(lines) else first_line,
            f"a '{CLASS}' element the plugin did not make (data-embed-src '{src}'): it stays "
            "a link, never a player; link to the video or deck instead",
        )
        for number, src in enumerate(extra)
    ]
