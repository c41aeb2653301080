"""A talk's line that goes on after its byline and a colon: ``Title par A. Example :
présentation [ici](deck.pdf). En attendant <https://…>``. The title and the byline are the
talk's line; what follows the colon is what the line says of the talk (its media, its links),
read as the first line of its body."""

from __future__ import annotations

import re

from .byline_cut import BY_WORDS
from .fields import Fields
from .inline import ONE_SLOT, Inline
from .labels import HERE_WORDS, LINK_WORDS
from .names import clean_text
from .patterns import lazy
from .speaker_lines import SpeakerLineReader

_BY = lazy(rf"\s(?:{BY_WORDS})\s+", re.I)
"""The word before a byline's names (the words the title's reader knows)."""
_NOTHING = HERE_WORDS | LINK_WORDS
"""A link's words that only say where it points (``here``, ``link``)."""
_SENTENCE_END = lazy(r"(?<=[.!?])\s+(?=\S)")


class SaidAfterByline(SpeakerLineReader):
    """Reads a talk's line whose byline a colon ends (the reader of a page is one)."""

    def title_line(self, text: str, inline: Inline, fields: Fields, line: int) -> None:
        cut = self._said_after_byline(text, inline)
        if cut is None:
            super().title_line(text, inline, fields, line)
            return
        head, said = cut
        super().title_line(head, inline, fields, line)
        for sentence in _SENTENCE_END.split(said):  # "présentation [ici](…). En attendant …"
            rest = self.line_media(sentence.rstrip(" ."), inline, fields)
            if rest.strip(" .,;"):
                self.body_line(rest, inline, line, fields)

    def body_line(self, text: str, inline: Inline, line: int, fields: Fields) -> None:
        """One line of a unit's body (the reader's own)."""
        raise NotImplementedError

    def _said_after_byline(self, text: str, inline: Inline) -> tuple[str, str] | None:
        """The line's head (its title and byline) and what follows the colon after the
        byline, where the byline names its people in full and nothing else before the
        colon (``Titre par A. Example et B. Example : …``), on a page that says it is about
        talks; ``None`` for any other line."""
        if ":" not in text or not self.talks_said:
            return None  # "Harvest Moon by Neil Young: slow and warm": a song, on a playlist
        for by in _BY.finditer(text):
            colon = text.find(":", by.end())
            if colon < 0:
                return None
            names = text[by.end() : colon].strip()
            said = text[colon + 1 :].strip()
            if not said or "\x00" in names or not text[: by.start()].strip():
                continue
            alone = ONE_SLOT.fullmatch(said)
            if alone and clean_text(inline.links[int(alone[1])].text).casefold() in _NOTHING:
                return None  # "Title by Ann Lee: [here](…)": a link that says nothing
            named = self.only_names(names, inline, speaking=True)
            if named and named[0] and all(p.in_full for p in named[0]):
                return text[:colon].rstrip(), said
        return None
