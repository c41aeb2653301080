"""``Ann Lee on [Title](deck)``: a talk's line that names its speakers, then what they spoke
on, as meetup archives write them (``Bo Lind and Cy Park on Title``); and ``Ann Lee, Title
[Talk]``, as a program's notes write them.

A line so written reads the same as a title that names a platform (``Kafka Streams on
Kubernetes``), so each line only keeps this reading (:attr:`Fields.spoken_on`); the list it
stands in chooses it (:meth:`~mkdocs_roundup.weighing.Weighing.speakers_first`) where three
of its items or more read so, and two at least show it: the title is one link to a deck or
a player, or the speakers are linked to their profiles.
"""

from __future__ import annotations

import re

from .fields import Fields, Kept
from .inline import Inline
from .model import Party
from .names import clean_text
from .patterns import lazy
from .strong_titles import StrongTitleReader

_SPOKEN_ON = lazy(r"\s*(?P<names>[^:;|–—()\[\]]{3,80}?)\s+on\s+(?P<title>[^\s,;:].{2,})")
"""Names, ``on``, then the title (the names' side holds no colon or dash)."""
_NAMES_KIND = lazy(
    r"\s*(?P<names>[^,\x00:;|()\[\]]{3,60}?)\s*(?:,|\s[-–—]\s)\s*(?P<title>[^\[\]\x00]{3,}?)\s*"
    r"\[(?P<kind>lightning\s+talk|talk|keynote|workshop|panel|tutorial)\][\s,:|–—-]*",
    re.I,
)
"""Names, a comma or a dash, the title, then its kind in brackets (``Ann Lee, Title [Talk] -``)."""
_WHERE = r"\s+(?:at|in|during)\s+(?:the\s+)?[A-Z][^\x00]{0,100}?"
"""Where a talk was given, after what was done (``at the Harbor Meetup in Oslo``)."""
_SPOKE_ABOUT = lazy(
    r"\s*(?P<names>[^\x00:;|()\[\]]{3,80}?)\s+(?P<did>"
    r"(?:spoke|presented)" + _WHERE + r"\s+(?:about|on)"
    r"|gave\s+an?\s+(?:talk|keynote|presentation|workshop)(?:" + _WHERE + r")?\s+(?:about|on)"
    r"|(?:lead|led)\s+a\s+workshop(?:" + _WHERE + r")?\s+(?:about|on|entitled|titled))"
    r"\s+\x00(?P<n>\d+)\x00(?P<after>(?:" + _WHERE + r")?)[\s.!]*"
)
"""Names, what they did and where (``spoke at the Harbor Meetup``), or the kind of talk they
gave (``gave a keynote``, ``led a workshop``, maybe where), then what about and the linked
title, maybe where after it (``Ann Lee spoke at the Harbor Meetup about [Title](deck).``)."""
_NOT_A_TALK = lazy(
    r"\b(?:interview|podcast|webinar|video|show|news|call|all-hands|meeting|booth|demo|"
    r"customers?|partners?)\b",
    re.I,
)
"""Words that say where something was said that is no talk (``in an interview with …``)."""
_KINDS = {"lightning talk": "lightning", "talk": "talk", "tutorial": "workshop"}
"""A bracketed kind's word as a talk's kind."""
_TITLE_LINK = lazy(r"\x00(\d+)\x00[.!?]?")
"""A title that is one link, and maybe a full stop after it."""
_MOST_WORDS = 8
"""The most words of the names' side (``Matt Cloke and Narendra Tumkur``)."""


class SpokenOnReader(StrongTitleReader):
    """Keeps a line's reading as ``Names on Title``."""

    def spoken_on(self, text: str, inline: Inline, fields: Fields) -> None:
        """Keep ``Ann Lee on Title``: people named in full (or linked to their profiles),
        then ``on`` and the title."""
        found = _SPOKEN_ON.fullmatch(text) if " on " in text else None
        names = found["names"] if found else ""
        if not found or " - " in names or len(inline.visible(names).split()) > _MOST_WORDS:
            return
        speakers, orgs = self.column_people(names, inline)
        if speakers and not orgs and all(map(self._speaker_named, speakers)):
            fields.spoken_on = Kept(found["title"], inline, (speakers, orgs))

    def spoke_about(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Ann Lee spoke at the Harbor Meetup about [Title](deck).``, ``Bo Lind led a
        workshop entitled [Title](video) at Lumen Days``: a team's news of its talks, read
        where the people are named in full, say where they spoke (or the kind of talk they
        gave), and the title, capitalised, links the talk's deck or recording. ``Ann Lee
        spoke at [Harbor Days](…)`` (an event's link), ``… spoke about [our results](…)``,
        ``… in an interview``, ``Ann Lee from Acme`` are no talk's line here."""
        found = _SPOKE_ABOUT.fullmatch(text) if "\x00" in text else None
        names = inline.visible(found["names"]) if found else ""
        if found is None or len(names.split()) > _MOST_WORDS:
            return False
        if " from " in names or " of " in names:
            return False  # "Ann Lee from Acme": where she works, read by no rule here
        said = f"{found['did']} {found['after']}"  # what was done, and where
        if _NOT_A_TALK.search(said):
            return False  # "… about [Our Series B] in an interview with …": no talk
        link = inline.links[int(found["n"])]
        title = clean_text(link.text)
        if not title[:1].isupper() and title[:1].isascii():
            return False  # "… presented on [the quarterly dashboard](…)": no talk's title
        if self.player_piece(link, files=True) is None or self.media_role(link.text):
            return False  # "… presented it on [YouTube](…)": where, no title
        speakers, orgs = self.column_people(found["names"], inline)
        if not speakers or orgs or not all(map(self._speaker_named, speakers)):
            return False
        fields.title = title
        fields.add_people(speakers, ())
        self.title_media(link, fields)
        return True

    def names_then_kind(self, text: str, inline: Inline, fields: Fields) -> None:
        """Keep ``Ann Lee, Title [Talk] - [Video](…)``: people named in full, then the title and
        its kind in brackets, as a program writes its talks."""
        found = _NAMES_KIND.match(text) if "[" in text else None
        if found is None or len(found["names"].split()) > _MOST_WORDS:
            return
        head = found["title"].split(",")[0]
        if self.only_names(head, inline):
            return  # "Title, Ann Lee [Talk]", "Ann Lee, Bo Lind, Title [Talk]": another order
        speakers, orgs = self.column_people(found["names"], inline)
        if speakers and not orgs and all(map(self._speaker_named, speakers)):
            kind = " ".join(found["kind"].casefold().split())
            people = (speakers, orgs)
            fields.named_kind = (found["title"], inline, people, _KINDS.get(kind, kind))

    def take_named_kind(self, fields: Fields) -> None:
        """Read the line kept by :meth:`names_then_kind` so."""
        kept = fields.named_kind
        if kept is None or fields.speakers:
            return
        title, inline, people, kind = kept
        self._reread(fields, Kept(title, inline, people))
        fields.speaker_first = True
        fields.kind = kind

    def _speaker_named(self, party: Party) -> bool:
        return self._linked_person(party) or (not party.url and self._named_person(party))

    def profiled_on(self, fields: Fields) -> bool:
        """Whether a line kept as ``Ann Lee on Title`` links its speakers' profiles."""
        kept = fields.spoken_on
        return kept is not None and all(self._linked_person(p) for p in kept.people[0])

    def shows_spoken_on(self, fields: Fields) -> bool:
        """Whether a line kept as ``Ann Lee on Title`` shows it: its title is one link of two
        words or more to a deck or a player, or its speakers are linked to their profiles."""
        kept = fields.spoken_on
        if kept is None:
            return False
        if self.profiled_on(fields):
            return True
        title, inline, _ = kept
        slot = _TITLE_LINK.fullmatch(title.strip())
        link = inline.links[int(slot[1])] if slot else None
        # "Kafka Streams on [Kubernetes](video)": a title's words, one of them linked
        return link is not None and len(link.text.split()) >= 2 and bool(self.player_piece(link))

    def take_spoken_on(self, fields: Fields) -> bool:
        """Read the line kept by :meth:`spoken_on` so."""
        kept = fields.spoken_on
        if fields.speaker_first or not self._reread(fields, kept):
            return False
        fields.speaker_first = True
        return True
