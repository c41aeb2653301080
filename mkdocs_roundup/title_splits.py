"""A line's title told from its people by what stands between them: parentheses (``Title (Ann
Lee)``), a bar, ``by``, a dash or a comma (``Title - Ann Lee``, ``[Ann Lee](…): Title``), and
the title's own link among the line's (its deck, its player).
"""

from __future__ import annotations

import re

from .at_events import says_where_and_when
from .bylines import PARENTHESES
from .deliveries import delivery
from .fields import Fields
from .han_people import han_family_named, han_name_then_work
from .inline import Inline, Link
from .labels import END_REMARK, SPACED_DASH
from .line_split import Split, split_lifted, take_split
from .link_targets import in_deck_place
from .link_titles import LinkTitleReader
from .media import own_folder
from .model import Party
from .names import CJK_CHAR, clean_text, looks_like_name
from .patterns import lazy
from .people_text import clean_people, link_pairs
from .talk_kinds import kind_marked

_FIRST_SLOT = lazy(r"\s*\x00(\d+)\x00")
"""A link that opens a line."""
_LAST_SLOT = lazy(r"\x00(\d+)\x00\s*$")
"""A link that ends a line."""
_ACCOUNT_AFTER = lazy(r"\s+[-–—|/]+\s+\x00(\d+)\x00\s*$")
"""A link after a dash at a line's end (``… - [@acme](…)``)."""

_TITLE_SLOT = lazy(r"\s*\x00(\d+)\x00[\s,:\-–—]*")
"""A line's head that is one link (``[Title](deck) -``): the title's own."""


def _names_at_orgs(text: str, inline: Inline, fields: Fields) -> bool:
    """``Title - 崔迪@新新农人``, ``Title － Ann Lee@Acme, Bo@Acme``: a title, a dash, then
    each speaker's name (or handle) and, after ``@`` with no blank, where she works."""
    found = _NAMES_AT_ORGS.fullmatch(text) if "@" in text and len(text) <= _LONGEST else None
    if found is None or "\x00" in found["people"]:
        return False
    people = [p.strip().partition("@") for p in _PEOPLE_APART.split(found["people"])]
    if any(_DOMAIN.fullmatch(org) for _, _, org in people):
        return False  # "Contact - ann@example.org": an address
    if not all(_NAME_BEFORE_AT.fullmatch(name) or han_family_named(name) for name, _, _ in people):
        return False  # "Title - 399元@京东", "Title - 周六@…": a price, a day, no one
    fields.title = clean_text(inline.visible(found["title"]))
    fields.add_people(
        [Party(name) for name, _, _ in people],
        list({org: Party(org) for _, _, org in people}.values()),
    )
    fields.names_at = True
    return True


_NAME_AT_ORG = r"[^\s@,，－\x00]{1,20}(?:\s[A-Z][\w'-]+)?@[^\s@,，\x00][^@,，\x00]{0,29}"
_NAMES_AT_ORGS = lazy(
    rf"(?P<title>.+?)(?:\s[-–—]|\s?－)\s+(?P<people>{_NAME_AT_ORG}(?:[,，]\s*{_NAME_AT_ORG})*)\s*"
)
"""A title, a dash (a full-width one too), then names each at her workplace."""
_PEOPLE_APART = lazy(r"[,，]\s*")
_LONGEST = 300
"""The longest line read for names at workplaces (the title before them is lazy: a long
line of dashes and commas would make the search quadratic)."""
_NAME_BEFORE_AT = lazy(r"[A-Za-z][A-Za-z0-9_.'-]{1,19}(?:\s[A-Z][\w'-]+)?")
"""A name or a handle in Latin letters before ``@`` (``Berwin``, ``i5ting``, ``David Blay``)."""
_DOMAIN = lazy(r"[\w-]+(?:\.[\w-]+)+")
"""A mail address's domain (``example.org``), no workplace."""


def _ends_named(text: str, inline: Inline) -> bool:
    """Whether a line ends with a person's full name, linked or not (``… by [Ann Lee](…)``,
    ``Title - Ann Lee``)."""
    end = _LAST_SLOT.search(text)
    last = inline.links[int(end[1])].text if end else SPACED_DASH.split(text)[-1]
    name = clean_text(last)
    return len(name.split()) >= 2 and looks_like_name(name)


def _first_slot_titled(text: str, inline: Inline, title: str) -> re.Match[str] | None:
    """The line's first link, where the line opens with it and its text is the title read
    (``[Title](deck) ([notes](…)), [Ann Lee](…)``)."""
    first = _FIRST_SLOT.match(text)
    return first if first and clean_text(inline.links[int(first[1])].text) == title else None


def _deck_where_decks_are(reader: LinkTitleReader, link: Link, split: Split, text: str) -> bool:
    """Whether a title that names no one links a PDF (or a presentation file) in a folder
    named for decks, with nothing after it but where and when (``[Title](…/slides/q.pdf)
    (Oslo, 2031)``; not ``(Ann Lee, 2031)``, who)."""
    if split.organizations or not in_deck_place(link.href):  # (its caller: no speakers)
        return False
    after = text.rpartition("\x00")[2].strip()
    remark = END_REMARK.fullmatch(after)
    if after and not (remark and says_where_and_when(remark["when"])):
        return False
    return reader.player_piece(link, files=True) is not None


class TitleSplits(LinkTitleReader):
    """Splits a line's title from its people (a page's reader is one)."""

    def _split_title(self, text: str, inline: Inline, fields: Fields) -> None:
        """A title and its people (:meth:`_split_people`); a handle linked after a speaker
        named in full (``Title - [Ann Lee](…) - [@acme](…)``) is her organization's account,
        no speaker."""
        account = _ACCOUNT_AFTER.search(text) if "\x00" in text else None
        link = inline.links[int(account[1])] if account else None
        before = text[: account.start()] if account else ""
        if link is None or not link.text.startswith("@") or not _ends_named(before, inline):
            self._split_people(text, inline, fields)
            return
        self._split_people(before, inline, fields)
        if fields.speakers:
            fields.add_people((), (Party(clean_text(link.text), link.href),))

    def _split_people(self, text: str, inline: Inline, fields: Fields) -> None:
        """A title and its people, told apart by a separator (``Title (Ann Lee)``,
        ``Title | Ann Lee``, ``Title by Ann Lee``, ``[Ann Lee](…): Title``, ``Title, Ann
        Lee``)."""
        text = self._comma_after_cjk_title(text, inline)  # "队列入门: Ann Lee, Acme"
        self._names_then_title(text, inline, fields)  # "Di Ray - Parsers by Hand"
        self.spoken_on(text, inline, fields)  # "Di Ray on [Parsers by Hand](deck)"
        self.names_then_kind(text, inline, fields)  # "Di Ray, Parsers by Hand [Talk]"
        if (
            self.spoke_about(text, inline, fields)
            or self._han_after_link(text, inline, fields)
            or _names_at_orgs(text, inline, fields)
            or self._honorific_first(text, inline, fields)
            or self._names_first(text, inline, fields)
            or self._paren_people(text, inline, fields)
            or self._pipe_people(text, inline, fields)
            or self.by_people(text, inline, fields)
            or self.names_at_event(text, inline, fields)
            or self.role_after_name(text, inline, fields)
        ):
            return
        split = split_lifted(
            clean_people(text, titled=True),
            link_pairs(inline),
            self.known_orgs,
            talks_said=self.talks_said,
        )
        take_split(split, fields)
        if split.speakers and split.title:
            after = clean_text(inline.visible(text)).partition(split.title)[2]
            if after.lstrip()[:1] == ",":
                fields.unnamed_title = split.title
        link = self._own_title_link(text, inline, split)
        if link is not None:
            self.title_media(link, fields)

    def _comma_after_cjk_title(self, text: str, inline: Inline) -> str:
        """A title in Chinese or Japanese, a colon, then people in Latin letters, the first
        named in full, a comma or ``&`` among them (``队列入门: Ann Lee, Acme``, ``Keynote:
        云原生: Ann Lee & Bo Lind``): the same line with a comma for the colon, as a title
        then its people are written (the script changes where the title ends). Not a label
        or a role's few characters (``主持人: Ann Lee, Acme``, ``摄影: Ann & Bo``), nor a
        subtitle (``云原生入门: Kubernetes, Helm & Istio``: no one named in full)."""
        colon = max(text.rfind(":"), text.rfind("："))
        if colon < 0:
            return text
        head, rest = text[:colon].rstrip(), text[colon + 1 :].strip()
        shown, after = inline.visible(head).strip(), inline.visible(rest)
        if len(shown) < _CJK_TITLE_LEAST or not CJK_CHAR.search(shown) or not after[:1].isupper():
            return text
        if CJK_CHAR.search(after) or ("," not in rest and "&" not in rest):
            return text
        first = _FIRST_OF.split(rest, maxsplit=1)[0]
        named = self.only_names(first, inline)
        if not named or not all(p.in_full for p in named[0]) or self.label(f"{shown}:"):
            return text
        return f"{head}, {rest}"

    def _han_after_link(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``[Title](video)，宋净超，海港科技架构师``: a linked title, then, after a full-width
        comma, its speaker named in Chinese and where she works or what she does."""
        head, comma, rest = text.partition("，")
        slot = _TITLE_SLOT.fullmatch(head) if comma else None
        named = han_name_then_work(rest) if slot else None
        if slot is None or named is None:
            return False
        return self.linked_title_by(inline.links[int(slot[1])], named, fields)

    def _own_title_link(self, text: str, inline: Inline, split: Split) -> Link | None:
        """The link of a line's title that is the talk's own: ``[Title](deck) - Name``,
        ``[Title](deck) (Panel)``, ``[Title](player) - Harbor Conf``, and on a page of its
        slides a delivery's line, ``[Talk @Harbor Meetup](/slides/…) (2031-09-24)``."""
        head = PARENTHESES.sub("", SPACED_DASH.split(text, 1)[0])  # "[Title](…) (Panel)"
        title_slot = _TITLE_SLOT.fullmatch(head) or _first_slot_titled(text, inline, split.title)
        link = inline.links[int(title_slot[1])] if title_slot else None
        if link is None:
            return None
        if split.speakers or kind_marked(split.title) or self.player_piece(link):
            return link
        if _deck_where_decks_are(self, link, split, text):
            return link  # "[Title](…/slides/queues.pdf) (Oslo, 2031)": a deck where decks are
        mine = self.decks_here and own_folder(link.href) and delivery(inline) is not None
        return link if mine else None


_FIRST_OF = lazy(r"\s*(?:,|&)\s*")
_CJK_TITLE_LEAST = 4
"""The fewest characters of a title before its people (``主持人``, the host, is a role's)."""
