"""What a unit's own words say it is not: no talk yet (``TBD``), something written or
recorded (``Blog post: …``), a meeting (``19th Meetup``), a slot of a program (``Coffee
Break``, ``18:30``), a person's entry (``### Ann Lee`` over her handles), several talks
(``Lightning talks at the booth`` over their recordings).
"""

from __future__ import annotations

import re

from .at_events import names_event
from .byline_cut import BY_WORDS
from .fields import Fields
from .handles import HANDLE
from .labels import (
    AGENDA_BREAK,
    CJK_CLICK,
    CJK_DOWNLOAD,
    END_REMARK,
    HERE_WORDS,
    HOSTS_SLOT_WORDS,
    LINK_WORDS,
    MONTHS,
    NONE_YET,
    OPENING_WORDS,
    PART_TAKEN_FIRST,
    PAUSE_WORDS,
    RELEASE_NOTES,
    SITE_WORDS,
    is_date,
)
from .link_targets import is_shared_folder
from .markdown_inline import SET_ICON_NAME
from .names import GROUP_END, looks_like_name
from .patterns import lazy
from .section_labels import is_generic
from .where_lines import PLACE

_WRITING = lazy(
    r"(?:(?:blog\s*post|article|post|episode|book|newsletter|press\s+release|paper)|"
    r"(?:[^:：\n]{0,40}\s)?(?:podcast(?:\s+episode)?|interview))\s*[:：]",
    re.I,
)
"""A title labelled as something written or recorded that is no talk (``Blog post: …``,
``Anchor MLOps Podcast: …``)."""
_PUBLISHED = lazy(
    r"\s(?:from|by|published\s+by)\s+(?:[A-Z][\w'’&.-]*\s+){0,3}"
    r"(?:Publications|Publishing|Press|Publishers|Books|Bookshelf)\s*$"
)
"""A title that names its publisher (``Machine Learning Patterns from Harbor
Publications``): a book, no talk."""
_PODCAST = lazy(
    r"\bpodcast(?:\s*,?\s*(?:#|no\.?|episode|ep\.?)\s*\d+)?$|(?:^|\s[-–—:|]\s)(?:episode|ep\.)\s*(?:#?\d+|on|about)\b",
    re.I,
)
"""A title that names a podcast or one of its episodes (``Pixel Chat Podcast``, ``…
Podcast #12``, ``Devcast - Episode on Arrow``, ``Ep. 12 …``): something recorded, where no deck or
player of a talk stands beside it."""
_TEMPLATE = lazy(
    r"(?:(?:the|our|a)\s+)?(?:slides?|slide\s+deck|deck|presentation|powerpoint|keynote|"
    r"google\s+slides)\s+templates?(?:\s+\(\w+\))?",
    re.I,
)
"""A template for speakers' decks (``Slide template``): no talk."""
_PODCAST_NAMED = lazy(
    r"(?!(?:Start|Starting|Build|Building|Make|Making|Launch|Launching|Grow|Growing|Run|"
    r"Running|Create|Creating|How|Why|What|When)\b)"
    r"(?:(?!(?:Your|My|Our|Own)\b)[A-ZÀ-Þ][\w'’.-]*\s+){1,4}(?:Podcast|Podcast\s+#?\d+)"
)
"""A podcast by its name, each word in capitals (``Castálio Podcast``; not ``Building a
Podcast`` nor ``Start Your Own Podcast``, talks' titles)."""
_RELEASE = lazy(
    r"(?:(?:v|version\s+|release\s+)\d+(?:\.\d+)+|\d+\.\d+\.\d+)(?:[-+][\w.]+)?"
    r"(?:\s*[-–—]?\s*\(?\d{4}-\d{2}-\d{2}\)?)?"
    rf"|(?:{RELEASE_NOTES})(?:\s+(?:for\s+)?v?\d[\w.-]*)?",
    re.I,
)
"""A release's title (``2.1.0``, ``v3.0-beta.1 (2024-05-02)``, ``Release notes``,
``Changelog``): a changelog's part, no talk."""
_PLACEHOLDER = lazy(r"(?:lightn?ing\s+talks?|talk|session|slot|speaker)\s*#?\s*\d+", re.I)
"""A program's slot that no talk fills yet (``Lightning Talk #1``)."""
_MEETING = lazy(
    r"(?:\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?\s+)?(?:\d+(?:st|nd|rd|th)|#\d+)\s+"
    r"(?:(?-i:(?:[A-Z][\w.-]*\s+){1,3})(?:meetup|meeting|treffen)|meetup|meeting|session|"
    r"edition|treffen)|"
    r"(?-i:(?:[A-Z0-9][\w.-]*\s+){0,3})(?:meetup|meeting|treffen)\s*#?\s*\d+",
    re.I,
)
"""A meeting's own name, by its number (``19th Meetup``, ``2031.04 6th Harbor DB Meetup``,
``Meetup #19``, ``Harbor Meetup 9``): an event, no talk."""
_MEETUP_NAMED = lazy(
    r"(?-i:(?!(?:The|This|That|Their|Our|My|A|An|Your|How|Why|What|When|Lessons|Notes|From)\b)"
    r"(?![A-Za-z]+ing\b)(?:[A-Z][\w.&'-]*\s+){1,4})meetup\s*(?:@|\bin\b|\bat\b|\bon\b)\s*"
    r"(?-i:[A-Z])[^:()\s,;-]*",
    re.I,
)
"""A meetup by its name and where it met (``Apache Kylin Meetup @Berlin``, ``Golang meetup
@ Berlin``; not ``Lessons from a Meetup at Google``, ``Meetups at Scale``): the meeting, no
talk of it."""
_EVENT_PAGE = lazy(
    r"(?:meetup\s+|conference\s+)?(?:event|meetup|conference)(?:'s)?\s+(?:page|link)",
    re.I,
)
"""A link that names an event's page (``Meetup Event Page``, ``Conference link``)."""
_EPISODE = lazy(
    r"\bpodcast\b.*\b(?:episode|ep\.?)\s*#?\d+|\b(?:episode|ep\.?)\s*#?\d+.*\bpodcast\b", re.I
)
"""A podcast's episode by its number (``Harbor Radio Podcast Episode 272: …``)."""
_POST_PART = lazy(
    r"(?:(?:in|my|our|some)\s+)?(?:conclusions?|recap|(?:final|closing)\s+thoughts|"
    r"(?:key\s+)?takeaways?|fazit|zusammenfassung|conclusión|conclusão|conclusione|まとめ|"
    r"总结|结语)\s*[:.!]?",
    re.I,
)
"""A post's own closing part (``Conclusion``, ``Final thoughts``, ``Fazit``, ``まとめ``):
the event's video there is no talk's (a program's ``Wrap-up`` or a course's ``Summary``
may be one)."""
_AUTHOR_PART = lazy(
    r"(?:about\s+(?:the\s+)?(?:author|writer)s?|über\s+(?:den\s+autor|die\s+autorin)|"
    r"à\s+propos\s+de\s+l'auteur|sobre\s+(?:el|o)\s+autor|об\s+авторе|"
    r"(?:著者|筆者|作者)について|作者简介|关于作者)\s*[:.!]?",
    re.I,
)
"""A post's part about its author (``About the author``, ``著者について``): her name and
links are no talk's, where it links no talk's media (a talk may be titled so)."""
_PEOPLE_GROUP = lazy(
    r"(?:[\w-]+\s+){0,2}(?:leads|leadership|chairs|co-chairs|maintainers|members|"
    r"organi[sz]ers|contributors|reviewers|approvers|owners|emeriti|alumni|staff|"
    r"steering\s+committee|core\s+team)|(?:emeritus|former)\s+[\w\s-]{1,30}",
    re.I,
)
"""A heading that names a group of people (``Emeritus Leads``, ``Chairs``, ``Maintainers``):
who they are, never a talk."""
_RECURRING = lazy(
    r"(?:every\s+(?:other\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|"
    r".*\((?:bi-?weekly|weekly|monthly|fortnightly)\)",
    re.I,
)
"""When a regular meeting meets (``Tuesdays at 17:30 UTC (biweekly)``): no talk."""
_PLURAL_TALKS = lazy(
    r"\b(?:talks|sessions|presentations|lectures|demos|keynotes|vorträge|charlas|ponencias|"
    r"palestras|présentations|conférences)\b",
    re.I,
)
"""Words of a heading over several talks (``Lightning talks at the booth``)."""
_AGENDA_TIME = lazy(r"^\(?\d{1,2}[:.h]\d{2}\b")
_NOT_HELD = lazy(
    r"\s*no\s+(?:seminar|meeting|meetup|talk|session|class|lecture|colloquium)s?"
    r"[\s.!]*(?:$|\(|(?-i:this|next|today|tonight|on|in|during|due)\b)",
    re.I,
)
"""A slot that says none is held (``No seminar (Thanksgiving Break)``, ``No meeting this
week``); ``No Talk Is Too Small`` and ``No Meetings, Just Talks`` are titles."""
_NO_ONE = lazy(
    r"(?:various|several|many|multiple|diverse|verschiedene|divers|varios|vários|vari)"
    r"(?:\s+(?:speakers|people|presenters))?|"
    r"cancell?ed|abgesagt|annulée?|cancelad[oa]|annullato|odwołane|"
    r"(?:all\s+)?(?:participants|attendees)|everyone|everybody|todos|todas|tous|alle|"
    r"teilnehmer(?:innen)?|participantes|"
    r"partecipanti|uczestnicy|участники|peserta",
    re.I,
)
"""A speakers' place that names no one: ``Various`` (an event's own video), ``Canceled``,
everyone (``Participants``: a slot of the program, ``Peserta | Istirahat``)."""
_WHOSE_TALKS = lazy(
    r"(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+(?i:talks|presentations)(?:\s+(?:on|about)\s.*)?"
)
"""Someone's talks, maybe on what (``Ann Lee's Talks on Queues``): a list of them, no talk
(``Feynman's Lectures on Physics, Revisited``, ``Lessons From Steve Jobs's Presentations``
are titles)."""
_MORE_OF = lazy(
    r"(?:more|other|all|further|additional|older|previous)(?:\s+of)?\s+"
    r"(?:\S+['’]s\s+|(?:my|our|his|her|their)\s+)?"
    r"(?:presentations|talks|slides|slide\s+decks|decks|videos|recordings)\b",
    re.I,
)
"""A title that points at more talks (``More of Ann's presentations here and here``,
``Other talks by Ann Lee``): a list's pointer to others, no talk."""
_REMARK_ONLY = lazy(r"\((?![^()]*(?:==|&&|\|\||!=|<=|>=|=>))[^()]*\)[\s.]*")
"""A title that is a remark in parentheses (``(outdated)``); ``(Spanish) Title`` is a title,
and so is ``(a == b && b == c)``, code."""

_HERE = "|".join(sorted(HERE_WORDS))
"""The words that say a link only points (``here``, ``ici``), as alternatives."""
_POINTER = lazy(rf"(?:click\s+)?(?:{_HERE})|this\s+link|(?:https?://|www\.)\S*", re.I)
"""A link's text that only points (``[here](…)``, a bare address), as
:data:`~mkdocs_roundup.labels.LINK_WORDS` only say it is a link: no title."""
_INVITATION = lazy(
    r"(?:watch|see|view|find|browse|check\s+out)\s+(?:(?:the|our|all|more|its|their)\s+)*"
    r"(?:videos?|recordings?|slides|talks|presentations|playlists?)\s+(?:on|at|in)\s+"
    r"(?:(?:the|our|my|its|their)\s+)?(?:youtube|vimeo|twitch|peertube|slideshare|"
    r"speaker\s*deck|channel|playlist|website|site)\b\W*",
    re.I,
)
"""A heading that sends the reader to the site where media are kept (``Watch videos on the
YouTube``, ``See all talks on our channel``): a pointer, no talk's title (``Watch Videos on
the Edge`` may be one)."""
_PLAYLIST = lazy(
    r"\b(?:(?:tutorials?|videos?|talks?|recordings?|webinars?|lectures?)\s+playlists?|"
    r"playlists?\s+by)\b"
)
"""A title that says it names a playlist of talks or by someone, in lower case as prose
does (``DuckDB tutorials playlist by Mark``): many recordings, no talk (``Smart Playlists``,
``How we rank your daily playlist`` are talks' titles)."""
_DATED_BYLINE = lazy(
    rf"(?:(?:le|am|el|on)\s+)?(?P<date>.{{6,30}}?)\s+(?:{BY_WORDS})\s+\S.*", re.I | re.S
)
"""A post's byline: its date, then who wrote it (``December 17, 2021 by Ann Lee``, ``Le 22
mai 2024 par Ann Lee``)."""
_THANKS = lazy(
    r"(?:(?:many|special|big|huge)\s+)?(?:thanks\s+(?:go(?:es)?\s+(?:out\s+)?)?to|thank\s+you\s+to|"
    r"merci\s+à|gracias\s+a|danke\s+an|obrigad[oa]\s+a|grazie\s+a)\s+"
    r"(?:our|my|all|every(?:one|body)|the\s+(?:organi[sz]ers|speakers|sponsors|volunteers|team|"
    r"moderators|reviewers)|nos|tous|todos|todas|nuestr[oa]s|unsere[nm]?|alle[nm]?|tutti|i\s+nostri)\b",
    re.I,
)
"""Words that thank a group (``Thanks to our moderators …``, ``Thanks to everyone who …``):
a post's credits, no talk (``Thanks to Open Source, We Sleep at Night`` may be one)."""
_WATCH_HERE = lazy(
    r"(?:watch|see|view|find|regardez|voir|retrouvez|mira|ver|schaut?|guarda)\b.{0,60}?"
    r"\b(?:(?:live)?streams?|videos?|vidéos?|vídeos?|recordings?|replays?|flux|enregistrements?|"
    r"grabaci[oó]n(?:es)?|aufzeichnung(?:en)?|registrazion[ei])\b.{0,40}?\s"
    rf"(?:{_HERE})\W*",
    re.I | re.S,
)
"""A sentence that sends the reader to a recording by a link (``Watch the full day 1
stream here``, ``Regardez le flux intégral ici``): a pointer, no talk's title (``View
Transitions Are Here`` is one)."""
_DOWNLOAD = lazy(
    r"(?:click\s+here\s+to\s+)?download\s+(?:the|our|this)\s+\S|"
    rf"(?:{CJK_CLICK})(?:{CJK_DOWNLOAD})\S|"
    rf"(?:download|descargar|télécharger|herunterladen|baixar|scarica|ダウンロード|{CJK_DOWNLOAD})"
    r"(?:\s+(?:pdf|here|now))?\W*$",
    re.I,
)
"""A link's text that says to download something (``Download the transcript``,
``点此下载速记``: click here to download; ``Download``, ``下载`` alone): a file of a talk,
no talk's title (``Download Speeds at the Edge`` is one)."""
_REGULAR_MEETING = lazy(
    r"(?:[\w.-]+\s+){0,3}(?:(?:community|team|contributors?|maintainers?|weekly|monthly|"
    r"bi-?weekly|steering(?:\s+committee)?)\s+(?:calls?|meetings?|syncs?|stand-?ups?)|"
    rf"town\s*halls?)(?:\s+(?:{MONTHS})\.?)?(?:[\s#,]*\d[\d/.:-]*)*(?:\s+notes)?\s*",
    re.I,
)
"""A regular meeting's name and its date alone (``Jupyter Community Call 10/25``, ``Team
Sync #12``): its recording is the meeting's, no one talk, where it names no speaker."""
_ARTICLES = r"(?:the|a|an|le|la|les|du|des|el|los|las|il|lo|gli)"
"""Articles a sentence may break at where a link stood (``un``, ``uno``, ``um``, ``ein`` are
numerals too: ``Tous pour un``, ``De cero a uno``; ``der``, ``das``, ``dem`` pronouns:
``Kubernetes: was ist das``)."""
_FRAGMENT_END = lazy(rf"\s{_ARTICLES}(?:$|\s+(?:and|or|et|ou|y|o|und|oder|e|ed)\s)")
"""A title's words that break off a sentence at an article, in any language, where a link
stood (``Read the [slides](…)``, ``Les résumés dans le [pdf](…) et …`` without their links:
``Read the``, ``… dans le et …``): a sentence around a link, no title."""

_WORD_THEN_WHERE = lazy(rf"^\w+\s+(?:{SITE_WORDS})\s*:?$", re.I)
"""A word, then the word before where a link goes, and nothing more: a field's sentence
around its link (``Sides at [SlideShare](…)``, its word mistyped), no title (not ``on``:
``Game On``, ``Hands on`` are titles)."""

FILE_NAME = lazy(
    r"[\w.-]+\.(?:pdf|pptx?|ppsx?|key|odp|docx?|mp4|mov|webm|mp3|m4a|ogg|wav|zip)", re.I
)
"""A file's name, all a link's text says (``main-poster.pdf``, ``talk-3.mp3``): what it
links, no title."""

_ICON_NAME = lazy(rf":?{SET_ICON_NAME}:?")
"""The name of an icon of Material's sets, as ``:material-video:`` writes one: no title."""

_SENTENCE_START = lazy(r"(?:^|:\s+)(?:we|i|this|there|it|you|our|they)\b", re.I)
"""Words a sentence opens with, no title."""


def says_no_talk(fields: Fields) -> bool:
    """Whether a unit's own words say it is no talk: its title is none yet, a number, an
    empty slot, something written, a date, an agenda's time or break, a remark; its
    speakers are no one; it names talks over several recordings."""
    title = fields.title
    if _title_says_none(title) or _holds_no_one_talk(fields) or _a_slot(fields):
        return True
    if _a_posts_own(fields) or (not fields.speakers and _unnamed_says_none(title)):
        return True
    if _recorded_or_written(fields) or _part_of_another(fields):
        return True
    if not fields.media and _YEAR_PLACE.fullmatch(title):
        return True  # "## 2029 — Lisbon" over its keynote speakers: an edition, no talk
    if "kind" in fields.evidence and not (fields.speakers or fields.media) and _prose(title):
        return True  # "Round Table: We had several topics to pick through, but …": a slot
    if any(_NO_ONE.fullmatch(p.name) or AGENDA_BREAK.match(p.name) for p in fields.speakers):
        return True  # "Various": an event's videos, each by others; "Canceled"; "Coffee Break"
    return not fields.speakers and _several_recordings(fields)


def _a_posts_own(fields: Fields) -> bool:
    """Whether a unit is a post's own line, no talk: a pointer to its recording that names
    no one, its credits with no media, a session of lightning talks that names no one."""
    title = fields.title
    if not fields.speakers and _WATCH_HERE.fullmatch(title):
        return True  # "Watch the full stream here": a post's pointer to its recording
    if not fields.media and ":" not in title and _THANKS.match(title):
        return True  # "Thanks to our moderators [Ann](…), …": a post's credits, no media
    return not fields.speakers and _lightning_session(fields)  # one recording of several


def _part_of_another(fields: Fields) -> bool:
    """Whether a unit is a part of a post, a group of people or a meeting, by its title:
    a part taken there but speaking (linking no media), its author (linking no talk's
    media), its closing part (naming no speaker), a team or a meeting's times (not both
    naming speakers and linking media)."""
    title = fields.title
    if PART_TAKEN_FIRST.match(title) and not (fields.media and ":" in title):
        return True  # "Coordinator of the data track"; not "Mentor for Juniors: What I …"
    if not fields.media and _AUTHOR_PART.fullmatch(title):
        return True  # "## About the author" over "Ann Lee ([@ann](…))": the post's author
    if not fields.speakers and _POST_PART.fullmatch(title):
        return True  # "### Conclusion" over the event's video: the post's own part
    if fields.speakers and fields.media:
        return False  # speakers and media: no group nor meeting, whatever the title says
    # "## Emeritus Leads" over names; "[Tuesdays at 17:30 UTC](…)": a meeting
    return bool(_PEOPLE_GROUP.fullmatch(title) or _RECURRING.match(title))


_LIGHTNING_TALKS = lazy(
    r"(?-i:[A-Z0-9][\w.#+'’-]*!?\s+){0,3}(?:lightning\s+talks|LTs?\s+(?:night|session))"
    r"(?:\s+(?:[A-Za-z]+\s+)?(?:19|20)\d{2})?\W*(?:\(\s*[\d.\-/]+\s*\)\W*)?",
    re.I,
)
"""A session of lightning talks by its name (``Harbor Lightning Talks 2031``, ``… Lightning
Talks January 2031 (2031.7.22)``): several talks, never one (``Why Lightning Talks Matter``,
``Ten Tiny Tools (PyCon Lightning Talks)`` are one's)."""


def _unnamed_says_none(title: str) -> bool:
    """Whether the title of a unit that names no one says it is none: a handle alone, a
    wrapper's words (``### Programação`` over its talks' links), a regular meeting and its
    date alone (``# Community Call 10/25`` over its recording)."""
    if title[:1] == "@" and HANDLE.fullmatch(title):
        return True  # "| Ann Lee | Acme | @annlee |": an attendee's handle
    return is_generic(title) or bool(_REGULAR_MEETING.fullmatch(title))


def _lightning_session(fields: Fields) -> bool:
    """Whether a unit that names no one is a session of lightning talks: named so, with no
    deck (a talk about lightning talks has its own)."""
    decks = any(p.media.kind == "slides" for p in fields.media)
    return not decks and bool(_LIGHTNING_TALKS.fullmatch(fields.title))


def _several_recordings(fields: Fields) -> bool:
    """Whether a unit that names no one holds two recordings or more of talks: its title
    names talks (``Lightning talks at the booth``), or an event with no deck (``## Harbor
    Conf 2031`` over two talks' players)."""
    videos = sum(p.media.kind == "video" for p in fields.media)
    if videos < 2:
        return False
    title = fields.title
    if _PLURAL_TALKS.search(title):
        return True
    decks = any(p.media.kind == "slides" for p in fields.media)
    return not decks and len(title.split()) <= 6 and names_event(title)


_PAUSE = lazy(rf"(?:{PAUSE_WORDS})\b", re.I)
"""A break to eat, drink or rest (``Coffee break``, ``Lunch``): no one's talk, whoever it
names (a sponsor)."""


_HOSTS_SLOT = lazy(rf"{HOSTS_SLOT_WORDS}|{OPENING_WORDS}", re.I)
"""A slot the program's hosts fill, whoever is named for it (``Welcome``, ``Closing
remarks``, ``Q&A``, an evening's ``Intro``)."""


def _a_slot(fields: Fields) -> bool:
    """Whether a unit is a slot of a program that no one presents: one no one fills yet
    (``Lightning Talk #1``), a break (``Coffee Break``), a break and its room in
    parentheses (``Registration (Main Hall)``), a week without one (``No seminar (Spring
    Break)``)."""
    title = fields.title
    if _NOT_HELD.match(title):
        return True
    if AGENDA_BREAK.match(title):
        # "Coffee break - Sponsored by Acme": a pause, whoever is named; "Welcome - Ann
        # Lee" is the program's own slot unless it was recorded or told ("Q&A Session -
        # Rust Core Team" with its video is a session of its own); "Plenary talk - Ann
        # Lee" or "Discussion" by its panel may be a talk
        hosts = all(GROUP_END.search(p.name) for p in fields.speakers)
        untold = not (fields.media or fields.abstract)
        slot = bool(_HOSTS_SLOT.fullmatch(title))
        unrecorded = not any(p.media.kind == "video" for p in fields.media)
        # "[Intro](intro.pdf)", "Networking, drinks" over a deck, naming no one: the hosts'
        # deck (a recording is told; a plenary talk may be one whose speaker is not named)
        decks = bool(fields.media) and unrecorded and "plenary" not in title.casefold()
        own = (untold and (hosts or slot)) or (
            unrecorded and not fields.speakers and (slot or decks)
        )
        return own or fields.in_parentheses or bool(_PAUSE.match(title))
    return not fields.speakers and bool(_PLACEHOLDER.fullmatch(title))


def _holds_no_one_talk(fields: Fields) -> bool:
    """Whether what a unit holds is no one talk: several ("She also presented …" under
    it), a folder of decks with no speaker, the players of several decks with none, a list
    of people with no media and no kind
    ("### Thanks to our speakers" over their linked names), an entry of the page's own
    index (a row of titles linked to the page's sections, where the talks are told)."""
    if "several" in fields.evidence or ("index" in fields.evidence and not fields.media):
        return True
    if not fields.speakers and fields.media:
        embedded = {p.media.id for p in fields.media if p.media.kind == "slides" and p.remove}
        if len(embedded) >= _SEVERAL_DECKS:
            return True  # a part's heading over seven decks' players: its talks', no one's
        return all(is_shared_folder(p.media.url) for p in fields.media)
    # a dated session over its people is one ("calendar")
    return (
        "people list" in fields.evidence
        and not fields.media
        and not {"kind", "calendar"} & fields.evidence
    )


_SEVERAL_DECKS = 3
"""The decks' players, embedded one under another, that a unit naming no one shows of
several talks: one talk shows one deck, maybe in two forms."""


def _recorded_or_written(fields: Fields) -> bool:
    """Whether a unit is something recorded or written: a podcast's episode, with no deck
    (``[Podcast](…)``, ``### Pixel Chat Podcast``; its recording on a video site too, where
    the title is the show's name), or what a type column calls written (``| Blog | Title
    |``)."""
    if "written" in fields.evidence:
        return True
    if any(piece.media.kind == "slides" for piece in fields.media):
        return False
    if fields.media:  # "[Castálio Podcast](video)": a show's recording; "Building a Podcast"
        return bool(_PODCAST_NAMED.fullmatch(fields.title))
    return "podcast" in fields.evidence or bool(_PODCAST.search(fields.title))


_BYLINE_END = lazy(rf"^\S+(?:\s+\S+)?\s+(?:{BY_WORDS}):?$", re.I)
"""A title of a word or two, then the word before speakers' names (``Talks by``)."""
_BULLETS = "•·▪‣◦*-–— "
"""Marks that stand before a line as a bullet (``• May, 16th 2022``)."""
_LONGEST_TITLE = 300
_MOST_WORDS = 40
"""A title's most characters and words (the longest of some 5,000 talks' titles read by
hand has 24 words, 150 characters): a longer one is a paragraph, and so is one of half as
many words that runs on after a sentence's end."""
_SENTENCE_END = lazy(r"[a-z]{2}\. [A-Z][a-z]")


def _paragraph(title: str) -> bool:
    """Whether a title is a paragraph: too long, or sentences (:data:`_MOST_WORDS`)."""
    words = title.count(" ")
    if len(title) > _LONGEST_TITLE or words >= _MOST_WORDS:
        return True
    return words >= _MOST_WORDS // 2 and _SENTENCE_END.search(title) is not None


def _around_a_link(title: str) -> bool:
    """Whether a title is a link's own word or a field's sentence broken off around a link
    (``**Event page:** [Link](…)``; ``Read the [slides](…)``; ``Sides at [SlideShare](…)``,
    its word mistyped)."""
    if title.casefold() in LINK_WORDS or _POINTER.fullmatch(title):
        return True
    return bool(_FRAGMENT_END.search(title) or _WORD_THEN_WHERE.match(title))


def _title_says_none(title: str) -> bool:
    """Whether a title alone says it is none: none yet, a count, a link's own word or a
    sentence broken off around a link, a file to download, a file's name, something written,
    a date, an agenda's time, a remark, a paragraph."""
    if NONE_YET.fullmatch(title) or title.strip().isdigit():
        return True  # "TBD"; "38": a count in a table
    if _paragraph(title):
        return True  # "Ann Lee, @ann, presented on …" over four lines: a paragraph
    if _BYLINE_END.search(title):
        return True  # "**Talks by:** Ann Lee and Bo Lind": a field's label, no title
    if _around_a_link(title) or _points_elsewhere(title):
        return True
    if _DOWNLOAD.match(title):
        return True  # "[点此下载现场速记](notes.doc)" under a talk's heading: its file
    if _ICON_NAME.fullmatch(title) or _TEMPLATE.fullmatch(title):
        return True  # ":material-presentation: [Slides](…)"; "[Slide template](x.pptx)"
    if "." in title and FILE_NAME.fullmatch(title):
        return True  # "- Main Poster: [main-poster.pdf]": a file under a talk, no talk
    if (title[:1].isdigit() or title[:1] in "vVrRcC") and _RELEASE.fullmatch(title):
        return True  # "2.1.0", "Release notes": a changelog's part
    if _names_other_than_a_talk(title):
        return True  # "Blog post: …", "19th Meetup", "Auditorio de AUCI, Lumen University"
    dated = title.lstrip(_BULLETS)  # "• May, 16th 2022": a bullet before the date
    if is_date(END_REMARK.sub("", dated) if ")" in dated else dated):
        return True  # "## 2. April 2011 (Harbor Days)": a meetup's date, no talk's title
    # an agenda's time slot; a remark ("(outdated)")
    return bool(_AGENDA_TIME.match(title) or _REMARK_ONLY.fullmatch(title))


_VENUE = lazy(
    r"(?:auditorio|auditorium|aula|hörsaal|amphith[ée]âtre|salle|sala|centro\s+cultural)\b"
    r"[^,:]{0,60}?(?:,|\s[-–—]\s)\s*(?P<where>[^,]+)",
    re.I,
)
"""A hall, then where it stands, an institution (``Auditorio de AUCI, Lumen University``,
``Aula DTI - Faculty of Arts``): where a meeting was held, no talk's title (not ``Aula
invertida, lo que aprendimos``)."""
_YEAR_PLACE = lazy(rf"(?:19|20)\d\d\s*[-–—,:|/]\s*{PLACE}")
"""An edition's year, then its city (``2029 — Lisbon``, ``2031, New York``): no talk's title."""
_INSTITUTION = lazy(
    r"\b(?:universi\w+|facult\w+|campus|institut\w*|college|colegio|escuela|school|"
    r"hochschule|école|museo|museum|biblioteca|library|centro|cent(?:er|re))\b",
    re.I,
)
"""Words of an institution a hall stands in."""
_URL_AT_END = lazy(r"(?:\s[-–—|]|[,;])\s+https?://[^\s/]+\.[^\s]+$")
"""An address written out at a line's end after a separator (``Title - https://…``): what
no reading took as media, no title's words (a scheme alone in a title's words, ``Goodbye
http://, hello https://``, is none)."""


def _points_elsewhere(title: str) -> bool:
    """Whether a title is a post's byline, a playlist's, a pointer to where recordings are
    kept, or holds an address written out that no reading took, no talk's."""
    if "://" in title and _URL_AT_END.search(title):
        return True  # "Ann Lee - Title - https://github.com/…": a link, no title's words
    if (byline := _DATED_BYLINE.fullmatch(title)) and is_date(byline["date"]):
        return True  # "December 17, 2021 by Ann Lee": the post's own byline
    if "playlist" in title and _PLAYLIST.search(title):
        return True  # "DuckDB tutorials playlist by Mark": many recordings
    return bool(_INVITATION.fullmatch(title))  # "Watch videos on the YouTube"


def person_entry(fields: Fields) -> bool:
    """Whether a unit is a person's entry: its title is its speaker's name, or a full name
    over her handles alone (``### Ann Lee`` over ``[@ann](…)``), and no media."""
    title = fields.title.casefold()
    if any(p.name.casefold() == title for p in fields.speakers):
        return True
    named = _TITLED_BY_HANDLE.fullmatch(fields.title)
    if named and looks_like_name(named["name"]) and not fields.media:
        return True  # "Ann Lee @annlee, [Lumen Labs](…)": her line, her handle after her
    handles = [p.name[1:].casefold() for p in fields.speakers if p.name.startswith("@")]
    if not handles or len(handles) < len(fields.speakers) or fields.media or fields.explicit:
        return False
    # "### Paul Trebilcox-Ruiz" over "[@PaulTR88](…)", "* Mira Holt ([@mholt](…))": her
    # handle holds a name of hers
    words = title.replace("-", " ").split()
    if len(words) < 2 or not looks_like_name(fields.title):
        return False
    first, last = words[0], words[-1]  # "paultr88" opens with Paul, "mholt" ends with Holt
    return any(first[:4] in h[:6] or (len(last) >= 3 and h.endswith(last)) for h in handles)


_TITLED_BY_HANDLE = lazy(r"(?P<name>[^@]+?)\s+\(?@[\w.-]+\)?")
"""A name, then her handle (``Ann Lee @annlee``, ``Ann Lee (@annlee)``)."""


_FILM_TO_WATCH = lazy(
    r"(?:watch|see)\s+(?:the|our|this)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:documentary|trailer|teaser|film|movie)\W*$",
    re.I,
)
"""A film the reader is asked to watch (``Watch the Harbor Documentary``), no talk."""


def _names_other_than_a_talk(title: str) -> bool:
    """Whether a title says it is something else: written (``Blog post: Why we built it``),
    a book (``… from Harbor Publications``), a pointer to other talks (``More of Ann's
    presentations here``), a meeting (``19th Meetup``, ``Harbor Meetup 9``), the hall it was
    held in (``Auditorio de Ciencias, Lumen University``)."""
    if (":" in title or "：" in title) and _WRITING.match(title):
        return True
    meetup = _MEETUP_NAMED.match(title)
    if meetup and title[meetup.end() :].lstrip()[:1] not in (":", "-", "–", "—"):
        return True  # "Apache Kylin Meetup @Berlin, Germany; 7:00PM": the meeting
    if _EVENT_PAGE.fullmatch(title):
        return True  # "[Meetup Event Page](event.pdf)": the event's page, saved
    if _EPISODE.search(title):
        return True  # "Harbor Radio Podcast Episode 272: Queues": a podcast's episode
    if _FILM_TO_WATCH.match(title):
        return True  # "Watch the Harbor Documentary": a film, no talk
    if (venue := _VENUE.match(title)) and _INSTITUTION.search(venue["where"]):
        return True  # "Auditorio de AUCI, Lumen University": where the meetup was held
    if _WHOSE_TALKS.fullmatch(title):
        return True  # "Ann Lee's Talks on Queues": hers, listed below
    # "[19th Meetup](…) - Deep Learning": the meeting itself
    return bool(_PUBLISHED.search(title) or _MORE_OF.match(title) or _MEETING.fullmatch(title))


def _prose(title: str) -> bool:
    """Whether a title reads as a sentence of prose: a dozen words or more, a clause after
    a comma, and opened as a sentence is (``We had several topics …``)."""
    return len(title.split()) >= 12 and ", " in title and bool(_SENTENCE_START.search(title))
