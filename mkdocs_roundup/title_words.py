"""An item's words that a speakers' label under it shows were no names: ``**[Rivers - Boats:
Scandals, Intrigues](…)**`` over ``*Speaker:* Ann Lee`` lost ``Intrigues`` to the people
reading of its line, which the label replaced; they are words of its title.
"""

from __future__ import annotations

from .body import Reader
from .fields import Fields
from .inline import Inline
from .model import Party
from .names import name_key
from .patterns import lazy


def title_words_named(
    reader: Reader,
    text: str,
    inline: Inline,
    fields: Fields,
    speakers: list[Party],
    orgs: list[Party],
) -> None:
    """Where a speakers' label under an item's line names others than the people read
    from the line, unlinked, those were words of its title (``**[Rivers - Boats: Scandals,
    Intrigues](…)**`` over ``*Speaker:* Ann Lee``): the title as the line writes it."""
    if not speakers or any(p.url for p in speakers):
        return
    if any(not p.name.isascii() for p in fields.speakers):
        return  # "Title – Ann Lee" over "Speaker: 李安": her name in two scripts, maybe
    named = {word for p in fields.speakers for word in _name_words(p.name)}
    if any(named & set(_name_words(p.name)) for p in speakers):
        return  # "Title - Ann" over "Speaker: Ann Lee", "Mueller" over "Müller": hers, twice
    fields.title = reader.line_named(fields.title, text, inline)
    fields.organizations = [o for o in fields.organizations if o not in orgs]


def _name_words(name: str) -> set[str]:
    """A name's words, folded, its double-barrelled parts apart (``Lee-Smith``), each as
    its consonants (``Müller``, ``Mueller`` and ``Muller``; ``Smyth`` and ``Smith``)."""
    words = name_key(name).replace("-", " ").split()
    return {_VOWELS.sub("", word) or word for word in words}


_VOWELS = lazy(r"[aeiouy]")
