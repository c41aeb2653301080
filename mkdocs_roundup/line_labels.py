"""A talk's line that labels its parts: one after another, after what it is at
(``[TALK] June 4th [Harbor Meetup](…) **Title**: Folding maps **Slides**: [here](…)``), as
a list of parts (``Speaker: Ann Lee, Topic: Title``), or its title (``Talk: Title by Ann
Lee``).

The text before the first label is context (a kind, a date, the event); each label's part
runs to the next label.
"""

from __future__ import annotations

from .bylines import BylineReader
from .fields import Fields
from .inline import SLOT, Inline
from .labels import SEPARATORS, WHOLLY_QUOTED
from .line_marks import without_bullet
from .names import clean_text
from .patterns import lazy
from .written_names import names_as_written

_MEDIA_ROLES = ("slides", "video")
_TITLE_TRIM = ' *_.,;"“”'
_LABELLED_PART = lazy(r"[,;|]\s+(?=[^\s,;:|][^,;:|\x00]{0,30}:\s)")
"""Where a line of labelled parts (``Speaker: Ann Lee, Topic: Title``) is cut."""


def labelled_inside(reader: BylineReader, text: str, inline: Inline, fields: Fields) -> bool:
    """Read a line whose parts are labelled inside it, a title's among them, and one more
    label of the talk's (its slides, video or speakers) or the title's written strong."""
    parts = _parts(reader, text, inline) if ":" in text or "：" in text else None
    title = next((part for role, part in parts if role == "title"), "") if parts else ""
    fields.title = clean_text(inline.visible(title)).strip(_TITLE_TRIM)
    if not fields.title or "\x00" in title.strip(_TITLE_TRIM):
        fields.title = ""
        return False
    for role, part in parts or ():
        if role in _MEDIA_ROLES:
            for slot in SLOT.finditer(part):
                piece = reader.link_piece(inline.links[int(slot[1])], role)
                if piece is not None:
                    fields.media.append(piece)
                    fields.evidence.add("media")
        elif role == "speakers":
            fields.add_people(*reader.people(part, inline))
    fields.evidence.add("label")
    return True


def _parts(reader: BylineReader, text: str, inline: Inline) -> list[tuple[str, str]] | None:
    """The labelled parts of a line, each with its role, when the line labels its title
    after what it is at and says more than the title (or labels it strong)."""
    labels = reader.labels_in(text)
    roles = {role for _, _, role in labels}
    title_label = next((text[a:b] for a, b, role in labels if role == "title"), "")
    if not title_label or not labels[0][0]:
        return None  # a line that opens with a label is read part by part elsewhere
    strong = {clean_text(words).strip(" :：").casefold() for words in inline.strong}
    if not {"speakers", *_MEDIA_ROLES} & roles and (
        title_label.rstrip(" :：").casefold() not in strong
    ):
        return None  # one label, written plain: maybe a word of the line ("Title: …")
    ends = [start for start, _, _ in labels[1:]] + [len(text)]
    return [(role, text[at:end]) for (_, at, role), end in zip(labels, ends, strict=True)]


_TITLE_ENDS = " \t\n：" + SEPARATORS
"""What separates a title from a speaker label after it (``Title - Speaker:``)."""
_SEPARATORS = frozenset("：" + SEPARATORS)


def speakers_after_title(reader: BylineReader, text: str, inline: Inline, fields: Fields) -> bool:
    """Read a line that gives its title, then a speaker label and the names after it, the
    label's only (``Title (30 min): Speaker: Ann Lee``, ``Title - Speaker: Ann Lee``)."""
    labels = reader.labels_in(text) if ":" in text or "：" in text else []
    if len(labels) != 1 or labels[0][2] != "speakers" or not labels[0][0]:
        return False
    start, after, _ = labels[0]
    head = text[:start]
    if head.rstrip()[-1:] not in _SEPARATORS or "\x00" in head:
        return False  # "Interview with the speaker: …": the label word is the title's
    title = clean_text(inline.visible(head.rstrip(_TITLE_ENDS))).strip(_TITLE_TRIM)
    rest = text[after:]
    speakers, orgs = reader.people(rest, inline)
    if not speakers and "\x00" not in rest:
        speakers, orgs = names_as_written(inline.visible(rest)), ()
    if not title or not speakers:
        return False
    fields.title = title
    fields.add_people(speakers, orgs)
    fields.evidence.add("label")
    return True


def labelled_parts(reader: BylineReader, text: str, inline: Inline, fields: Fields) -> bool:
    """``Speaker: Ann Lee, Topic: Title``: a line of labelled parts, a title's and a
    speaker's among them."""
    if text.count(":") < 2:
        return False
    labelled = [reader.label(part) for part in _LABELLED_PART.split(text)]
    roles = {found[0] for found in labelled if found}
    if len(labelled) < 2 or None in labelled or not {"title", "speakers"} <= roles:
        return False
    for role, rest in (found for found in labelled if found):
        if role == "title":
            fields.title = clean_text(inline.visible(rest)).strip('"“” ')
        elif role == "speakers":
            fields.add_people(*reader.people(rest, inline))
    fields.evidence.update(("label", "person"))
    fields.explicit = True
    return True


def labelled_title(reader: BylineReader, text: str, inline: Inline, fields: Fields) -> bool:
    """``## Talk: Title``: all of it is the title, but for its people after ``by``
    (``## Talk: Title by Ann Lee``)."""
    labelled = reader.label(text)
    if not (labelled and labelled[0] == "title" and labelled[1].strip()):
        return False
    fields.evidence.add("label")
    if not reader.by_people(labelled[1].strip(), inline, fields):
        fields.title = clean_text(inline.visible(labelled[1])).strip('"“” ')
    elif WHOLLY_QUOTED.fullmatch(fields.title):  # 'Topic: "Title" by Ann Lee'
        fields.title = fields.title[1:-1].strip()
    return True


def labelled_speakers(reader: BylineReader, text: str, inline: Inline, fields: Fields) -> bool:
    """``## Speaker: Ann Lee``: the line names the speakers; the talk's title is a field
    under it (``Talk Title: …``)."""
    labelled = reader.label(text)
    named = (
        reader.only_names(labelled[1], inline) if labelled and labelled[0] == "speakers" else None
    )
    if not named or not named[0]:
        return False
    fields.add_people(*named)
    fields.evidence.add("label")
    fields.untitled = True
    return True


def labels_talk(reader: BylineReader, inline: Inline) -> bool:
    """Whether every line of a paragraph labels a field of one talk, one its title and one
    its speakers by their names (``**Topic:** Title`` over ``**Speaker:** Ann Lee``, as an
    announcement writes each talk of a meeting): a talk's whole record, whatever else the
    page says. A word that may label others than speakers (``By: end of Q3``, ``Host:``,
    ``Moderator:`` of a track) labels none."""
    if inline.text.count(":") + inline.text.count("：") < 2:
        return False  # (most paragraphs: a title's label and a speakers' need a colon each)
    lines = [text for _, text in inline.lines() if inline.visible(text).strip()]
    labelled = [reader.label(without_bullet(text)) for text in lines]
    if len(lines) < 2 or None in labelled:
        return False
    given = {found[0] for found in labelled if found is not None and found[1].strip()}
    speakers = [
        (text, found[1])
        for text, found in zip(lines, labelled, strict=True)
        if found is not None and found[0] == "speakers"
    ]
    return "title" in given and any(
        _label_word(text) not in _OTHERS_TOO and reader.only_names(rest, inline)
        for text, rest in speakers
    )


_OTHERS_TOO = frozenset({"by", "von", "par", "por", "host", "hosts", "moderator", "moderators"})
"""Speakers' label words that label others too: a post's author, a deadline (``By: end of
Q3``), a meeting's host, a track's chair."""


def _label_word(text: str) -> str:
    """The words of a line's label, without marks or its number (``**Speaker 2:**``)."""
    label = without_bullet(text).split(":", 1)[0].split("：", 1)[0]
    return label.strip(" *_").rstrip(" #0123456789").casefold()
