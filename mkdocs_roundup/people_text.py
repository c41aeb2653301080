"""People's names as a line writes them, made ready to read: without the blanks authors
leave, handles, an honorific, a leading "By", a sentence's final period and the symbols
around them; links as (text, target) pairs, a link's text in parentheses read as a remark's.
"""

from __future__ import annotations

import re
import unicodedata

from .byline_cut import BY_WORDS
from .inline import Inline
from .names import clean_text
from .patterns import lazy
from .written_names import without_honorific

_PLACEHOLDERS = lazy(r"(?:^|[\s,])_{2,}(?=$|[\s,])|(?:^|,)\s*\?+(?=$|[\s,])")
"""Blanks left for a name not known yet (``Cosmo __``, ``Ann Lee, ?``); a question mark after
a blank ends a French question (``Êtes-vous prêts ?``)."""
_OPENERS = '(\\["“«『「（【《〈＼¿¡'
_CLOSERS = ')\\]."”»?!』」）】》〉？！~～〜#+。＋'
_EDGE_SYMBOLS = lazy(
    rf"^(?:\.{{2,}}|\.(?![A-Z]{{2}}|[a-z])|[^\w\x00.{_OPENERS}])+"
    rf"|(?<![^\w\x00{_CLOSERS}])[^\w\x00{_CLOSERS}]+$"
)
"""Symbols around people's names (``Ann Lee · 📺``), not the brackets, quotes and marks that
open or close a title (``¿Title?``, ``『Title』を読む``, ``＼今日から／Title``, ``Title？``, ``Title ~
subtitle ~``, ``キャッシュ設計。``, ``設計＋＋``), nor the dot of a name (``.NET at Scale``, ``.gitignore``; not an ellipsis's,
``...and Then``); those at the end are tried from a run's first symbol only (from each of
them, a long run of ``: : :`` took time quadratic in it)."""
_EDGE_SAFE_START = lazy(rf"[\w\x00{_OPENERS}]")
_EDGE_SAFE_END = lazy(rf"[\w\x00{_CLOSERS}]")
"""A first (last) character no symbol of :data:`_EDGE_SYMBOLS` stands at: none to drop."""
BY_PREFIX = lazy(rf"^(?:{BY_WORDS}|mit|with)\s+(?-i:(?![a-zà-öø-ÿ]))", re.I)
"""``by``, ``par``, ``von``… before people's names (a name written in capitals, a link; not
``Por que …``, Portuguese for "why", nor ``By the sea``)."""
_FINAL_PERIOD = lazy(r"(?:(?<=[a-z\u00e0-\u024f]{2})|(?<=[A-Z]{2})|(?<=[A-Z]{2}s)|(?<=\)))\.\s*$")
"""A sentence's period after a word (``…Queues.``, ``… Web APIs.``, ``… with AI.``), not
an initial's or an abbreviation's (``Ann B.``, ``U.S.``)."""
_HANDLE = lazy(r"(?:^|[\s,])@\w[\w.-]*(?![\w.-])(?!\s+(?:19|20)\d\d\b)")
"""A handle (``@annlee``); not a word an event's name holds before its year (``ApacheCon
@Home 2020``)."""


def parenthesized(pair: tuple[str, str]) -> bool:
    """Whether a link's text is all in parentheses (``[(Acme)](…)``)."""
    text = pair[0]
    return text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1


def link_pairs(inline: Inline) -> list[tuple[str, str]]:
    """A line's links as (text, target) pairs, as written."""
    return [(clean_text(link.text), link.href.strip().strip("<>")) for link in inline.links]


def clean_people(text: str, *, titled: bool = False) -> str:
    """People text without the blanks authors leave (``Cosmo __``, ``…, ?``), handles, a
    leading "By" and a sentence's final period (``titled``: a talk's line, its title first,
    whose opening word is the title's: ``With Wasm to New Shores - Ann Lee``)."""
    if "_" in text or "?" in text:
        text = _PLACEHOLDERS.sub("", text)
    if "@" in text:
        text = _HANDLE.sub("", text)
    text = without_honorific(text)
    text = text.strip(" ,")
    if not (_EDGE_SAFE_START.match(text) and _EDGE_SAFE_END.match(text[-1])):
        text = _EDGE_SYMBOLS.sub(_edge_symbols, text)
    text = text if titled else BY_PREFIX.sub("", text)
    return _FINAL_PERIOD.sub("", text) if "." in text else text


def _edge_symbols(found: re.Match[str]) -> str:
    """Symbols around names, dropped; but a pictograph the text opens with and repeats
    (``⚡️ Vite ⚡️ in Practice``), or symbols at its end that close a figure written
    before them (``… ¯\\_(ツ)_/¯``) or a quote (``Writing apps the 'easy way'``), a
    quote it opens with that closes before more words, and a hashtag's ``#``, are the
    title's own."""
    lead = found[0][0]
    if found[0] == "#" and not found.start() and found.string[1:2].isalpha():
        return found[0]  # "#CodeHedgehogs": a hashtag, the title's own
    repeated = found.start() == 0 and lead >= "\u2190" and lead in found.string[found.end() :]
    before = found.string[: found.start()] if found.start() else ""
    closes = any(  # "… ¯\_(ツ)_/¯": a shrug's; not "Ann · Bo ·", "Ann 🇳🇴, Bo 🇳🇴"
        c > "\x7f" and c in before and unicodedata.category(c) == "Sk" for c in found[0]
    )
    if repeated or closes:
        return found[0]
    mid = _CLOSES_MID.get(lead) if found.start() == 0 else None
    if mid is not None and mid.search(found.string, found.end()):
        return found[0]  # "'Always Be Closing' and Queue Design": the title's own quote
    opens = _OPENS_QUOTE.get(found[0][0])
    quoted = opens is not None and opens.search(before) is not None  # "… the 'easy way'"
    return found[0][0] if quoted else ""  # its quote, not a pictograph after it


_OPENS_QUOTE = {quote: lazy(rf"(?:^|\s){quote}\w") for quote in ("'", '"')}
"""A straight quote that opens quoted words (after a blank, before a letter), by the quote."""
_CLOSES_MID = {quote: lazy(rf"\w{quote}\s+\w") for quote in ("'", '"')}
"""A straight quote that closes quoted words before more words (``'Always Be Closing' and
…``): the quote a title opens with is its own, not a mark around it."""


_DASH_AFTER_LINK = lazy(r"\s*(\x00\d+\x00)\s+[-–—]\s+([^\x00]+)")
"""One link, a dash, then words with no link (``[Title](deck) - Ann Lee``)."""


def after_dash_link(text: str) -> tuple[str, str] | None:
    """A line that is one link, a dash and words (``[Title](deck) - Ann Lee``): the link's
    slot and those words; ``None`` for any other line."""
    found = _DASH_AFTER_LINK.fullmatch(text) if "\x00" in text else None
    return (found[1], found[2]) if found else None
