"""The third stage of the reader: what each part of a talk unit is.

A unit (:mod:`mkdocs_roundup.units`) is read line by line into :class:`Fields`: the title,
the speakers with their own links, their organizations, the kind, the media, the abstract.
Roles come from labels (``Speaker:``, ``Folien:``, ``スライド：``), from table headers, from
separators (``Title, Name``, ``Title | Name, Org``, ``Name: [Title](…)``) and from link
targets (a profile is a person, a deck host is slides, a company site an organization). What
the evidence does not settle stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from . import providers
from .blocks import Block, Embed, Inline, Link
from .model import Media, MediaKind, Party
from .people import (
    clean_text,
    is_org_name,
    is_profile_url,
    looks_like_name,
    people_lifted,
    split_lifted,
)

# -- Labels ----------------------------------------------------------------------------------

LABELS: dict[str, tuple[str, ...]] = {
    "speakers": (
        # en
        "speaker", "speakers", "speaker(s)", "presenter", "presenters", "presented by",
        "panelist", "panelists", "panellist", "panellists", "moderator", "moderators", "host",
        "hosts", "by",
        # de
        "referent", "referentin", "referenten", "referent*innen", "sprecher", "sprecherin",
        "vortragende", "vortragender", "redner", "rednerin", "von",
        # fr
        "intervenant", "intervenante", "intervenants", "orateur", "oratrice", "orateurs",
        "conférencier", "conférencière", "conférenciers", "présenté par", "par",
        # es
        "ponente", "ponentes", "orador", "oradora", "oradores", "presentado por", "por",
        # pt
        "palestrante", "palestrantes", "apresentador", "apresentadora", "apresentado por",
        # ja, zh
        "講演者", "登壇者", "発表者", "スピーカー", "讲者", "講者", "演讲者", "主讲人", "分享者", "讲师",
    ),
    "title": (
        "talk", "title", "topic", "talk title", "session title", "session",
        "vortrag", "titel", "thema", "titre", "sujet", "charla", "título", "tema", "ponencia",
        "palestra", "タイトル", "演題", "講演タイトル", "题目", "標題", "标题", "主题", "議題",
    ),
    "slides": (
        "slides", "slide", "deck", "slide deck", "slides with notes", "presentation slides",
        "pdf", "folien", "präsentation", "diapositives", "diapos", "transparents",
        "support", "diapositivas", "presentación", "apresentação", "スライド", "資料",
        "幻灯片", "投影片", "簡報", "简报", "讲稿",
    ),
    "video": (
        "video", "videos", "recording", "recordings", "watch", "replay", "screencast",
        "video + demo", "youtube", "vimeo", "aufzeichnung", "mitschnitt", "aufnahme", "vidéo",
        "enregistrement", "captation", "vídeo", "grabación", "gravação", "動画", "録画",
        "ビデオ", "视频", "視頻", "錄影", "录像", "影片",
    ),
    "abstract": (
        "description", "abstract", "summary", "session description", "beschreibung",
        "zusammenfassung", "résumé", "resumen", "descripción", "resumo", "descrição", "概要",
        "简介", "簡介", "摘要",
    ),
    "bio": (
        "bio", "bios", "speaker bio", "speaker bios", "speakers bios", "speakers bio",
        "about the speaker", "about the speakers", "über", "biographie", "biografía",
        "biografia", "略歴", "讲者简介",
    ),
    "other": (
        "author", "authors", "event", "venue", "where", "when", "date",
        "code", "repo", "repository", "website", "article", "blog", "autor", "autoren",
        "veranstaltung", "auteur", "événement", "evento", "イベント", "活动", "時間", "time",
        "fecha", "datum", "data", "时间", "日期", "日付", "audience", "听众", "público",
        "publikum", "zielgruppe", "script", "demo", "location", "ort", "lieu", "lugar", "place",
    ),
}  # fmt: skip
"""Label words by role, casefolded; ``labels:`` in the configuration adds to them."""


def label_table(extra: Mapping[str, Iterable[str]] | None = None) -> dict[str, str]:
    """Each label word (casefolded) with its role."""
    table = {word.casefold(): role for role, words in LABELS.items() for word in words}
    for role, words in (extra or {}).items():
        for word in words:
            table[word.casefold()] = role
    return table


DEFAULT_LABELS = label_table()

_LABEL = re.compile(r"^\s*(?P<label>[^:：\x00\n]{1,40}?)\s*[:：]\s*(?P<rest>.*)$", re.S)
_URL = re.compile(r"https?://[^\s<>()\x00]+")
_EVENT_LINE = re.compile(
    r"^\s*(?:presented|given|held|delivered|recorded|talk\s+given|vorgetragen|gehalten|"
    r"présenté|presentado|apresentado)\b",
    re.I,
)
_PRESENTED_BY = re.compile(
    r"^\s*(?:presented|given|delivered|hosted|led|vorgetragen|présenté|presentado|apresentado)"
    r"\s+(?:by|von|par|por)\s+(?P<names>.+)$",
    re.I,
)
_GIVEN_BY = re.compile(
    r"\b(?:given|presented|delivered|led|by)\s+by\s+|\b(?:talk|presentation|session|keynote)"
    r"\s+(?:given\s+|presented\s+|delivered\s+)?by\s+",
    re.I,
)
_OPEN_IN = re.compile(r"^(?:open|view|see|watch)\s+(?:in|on)\s+", re.I)
_EVENT_WORDS = re.compile(
    r"\b(?:\d{4}|con|conf|conference|summit|meetup|meet-up|days?|camp|expo|forum|week|fest|"
    r"symposium|hackathon|user\s+group|workshop|sprint|tour)\b|con\b",
    re.I,
)
_QUOTED = re.compile(r"^\s*[\"“„«](?P<title>[^\"”“»]+)[\"”“»]\s*(?P<rest>.*)$")
_PARENTHESES = re.compile(r"\([^()]*\)")
_NAME_GLUE = re.compile(r"[\W_]|\b(?:and|und|et|y|e)\b", re.I)
"""What may stand between names on a line of names: joiners, punctuation, symbols."""
SLOT = re.compile(r"\x00(\d+)\x00")
"""A link lifted out of a line's text (:class:`~mkdocs_roundup.blocks.Inline`)."""
ONE_SLOT = re.compile(r"\s*\x00(\d+)\x00\s*")
"""A line that is one link."""
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}"
    r"|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*[-–—:|]\s+",
    re.I,
)
"""A date before a talk's line (``June 2015 – …``): when, not what."""
_MONTH_STARTS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)
_SEPARATOR_CHARS = frozenset(" \t,;:|-–—")
_TRAILING_SEPARATOR = re.compile(r"[\s,;:|\-–—]+$")
_TALK_QUOTE = re.compile(
    r"\b(?:talk|keynote|presentation|session|workshop|vortrag|charla|palestra|ponencia)\s*:?\s*"
    r"[\"“„«](?P<title>[^\"”“»\x00]{3,})[\"”“»]",
    re.I,
)
"""``… lightning talk "Title" …``: the quoted words are the title."""
_PAREN_PEOPLE = re.compile(r"(?P<title>.+?)\s*\((?P<names>[^()]+)\)\s*")
"""``Title (Ann Lee and Bo Ray)``, ``[Title](…) ([Ann Lee](…))``."""
_DASHES = re.compile(r"\s[-–—|]\s")
_YEAR_NOTE = re.compile(r"\s*\((?:19|20)\d{2}\)\s*$")
_NAMES_FIRST = re.compile(r"(?P<names>[^:]{3,60}?)\s*:\s+(?P<title>.{3,})")
"""``[Jane Doe](profile): Title``: the speaker first."""
_FEATURING = re.compile(r"(?P<title>.+?)\s+(?:ft\.?|feat\.?|featuring)\s*,?\s+(?P<names>.+)", re.I)
_SHORTCODE = re.compile(
    r"\{\{[<%]\s*(?P<name>youtube|vimeo|speakerdeck|slideshare|google-slides|googleslides)\b"
    r"(?P<args>[^}]*?)\s*[>%]\}\}",
    re.I,
)
_SHORTCODE_ARG = re.compile(r"\b(id|url|src)\s*=\s*[\"']?([^\"'\s]+)")
_SHORTCODE_URLS = {
    "youtube": "https://www.youtube.com/watch?v={}",
    "vimeo": "https://vimeo.com/{}",
    "speakerdeck": "https://speakerdeck.com/player/{}",
    "slideshare": "https://www.slideshare.net/slideshow/embed_code/key/{}",
    "google-slides": "{}",
    "googleslides": "{}",
}
"""Hugo's shortcodes for players, and the URL each one's argument stands for."""
_NAMED_LINK = re.compile(r"\s*(?P<names>[^:\x00]{2,80}?)\s*:\s*\x00(?P<n>\d+)\x00(?P<tail>.*)")
"""``Name: [Title](…)``: a speaker, then the talk."""
_NAME_LIST = re.compile(r",|&|\band\b")
_AFTER_QUOTE = re.compile(r"^(?:[-–—,:]|by\b)\s*(?P<names>.+)$", re.I)
_NUMBERED_KIND = re.compile(
    r"^\s*(?P<kind>(?:lightning\s+)?talk|keynote|session|workshop|panel|lightning|demo)"
    r"\s*#?\s*\d+\s*[:.\-–—]\s*(?P<rest>.+)$",
    re.I,
)
_BY = re.compile(r"\s+(?:by|von|par|por)\s+", re.I)
_ATTR_LIST = re.compile(r"\s*\{:?\s*(?P<attrs>[^{}]*)\}\s*$")
_PLACEHOLDERS = re.compile(r"(?:^|[\s,])(?:_{2,}|\?+)(?=$|[\s,])")
_EDGE_SYMBOLS = re.compile(r"^[^\w\x00(\[\"“]+|[^\w\x00)\].\"”?!]+$")
"""Symbols around people's names (``Ann Lee · 📺``)."""
_BY_PREFIX = re.compile(r"^(?:by|por|par|von|mit|with)\s+", re.I)
_FINAL_PERIOD = re.compile(r"(?<=[a-z\u00e0-\u024f]{2})\.\s*$")
_HANDLE = re.compile(r"(?:^|[\s,])@\w[\w.-]*")
_EMPTY_GROUP = re.compile(r"[(\[]\s*(?:(?:,|and|&|\+|/|\|)\s*)*[)\]]")
_STRAY = re.compile(r"^[\s,;:|/+&()\-–—]*$|^\s*(?:and|&)\s*$", re.I)
_REMARKS = re.compile(r"[\s,()]*(?:\([^()]*\)[\s,]*)*")
"""What may stand between media links on a line of them: ``(🇨🇿)``, commas."""
_PLACEHOLDER = re.compile(
    r"^\(?\*?\s*(?:the\s+session\s+(?:recording|abstract)\b.*(?:not available|unavailable)|pending slides"
    r"|slides?\s+(?:coming soon|pending)|no (?:slides|recording)\b.*)[.)]*\s*$",
    re.I,
)
_MEDIA_TITLE_SUFFIX = re.compile(r"\s+[-–—]\s+(?:slides?|video|recording|deck)$", re.I)
_PLAYER_TITLES = {"youtube video player", "vimeo video player", "video", "slides", ""}
_CODE_HOSTS = ("github.com", "gitlab.com", "codeberg.org", "bitbucket.org")
_MATERIAL_PATH = re.compile(r"slides?|deck|presentation", re.I)

_VIDEO_WORDS = {"video", "recording", "recorded", "watch", "screencast", "replay", "youtube"}
_SLIDES_WORDS = {"slides", "slide", "deck", "pdf", "slideshare", "speakerdeck"}
_LABEL_GLUE = {
    "the", "a", "and", "with", "notes", "download", "view", "watch", "open", "on", "in", "here",
    "full", "talk", "my", "our", "demo", "of", "see", "link", "to", "hd", "english", "en",
}  # fmt: skip
"""Words a media link's label may hold beside "slides" or "video" ("Download the slides")."""
KIND_WORDS = {"keynote", "panel", "workshop", "lightning", "demo"}
_KIND_PREFIX = re.compile(
    r"^(?P<marker>keynote(?:\s+(?:talk|speech|session|address))?|panel(?:\s+discussion)?|workshop|"
    r"lightning(?:\s+talk)?|demo|live\s+demo)\s*[:|]\s*(?P<rest>.+)$",
    re.I,
)
_KIND_SUFFIX = re.compile(
    r"^(?P<rest>.+?)\s+[-–—|]\s+(?P<marker>keynote|panel(?:\s+discussion)?|workshop|lightning\s+talk|demo)$",
    re.I,
)
_KIND_BRACKET = re.compile(r"^\[(?P<marker>[^\]]*\b(?:keynote|panel|workshop)\b[^\]]*)\]\s*", re.I)
_KIND_WORD = re.compile(r"\b(keynote|panel|workshop|lightning|demo)\b", re.I)
_WORDS = re.compile(r"\w+")


def talk_kind(title: str) -> tuple[str, str]:
    """The talk's kind and its title without an explicit kind marker.

    ``Keynote Talk: X`` and ``X – Workshop`` lose the marker, which becomes the badge; a kind
    word that belongs to the title (``StackBill Workshop``, ``News and Demo``) stays in it,
    and so does a bracketed marker (``[Conf Keynote] X``).
    """
    lowered = title.lower()
    if title.isascii() and not any(word in lowered for word in KIND_WORDS):
        return "talk", title
    for pattern in (_KIND_PREFIX, _KIND_SUFFIX):
        found = pattern.match(title)
        if found:
            words = found["marker"].lower().split()
            word = words[-1] if words[0] == "live" else words[0]
            return (word if word in KIND_WORDS else "talk"), found["rest"].strip()
    bracket = _KIND_BRACKET.match(title)
    if bracket:
        word = _KIND_WORD.search(bracket["marker"])
        return (word[1].lower() if word else "talk"), title
    head = title.split(":", 1)[0] if ":" in title else None
    words = _WORDS.findall(title)
    ends = [words[-1], words[0]] if len(words) > 2 else words[-1:]
    for candidate in (*ends, *(_KIND_WORD.findall(head) if head else ())):
        if candidate.lower() in KIND_WORDS:
            return candidate.lower(), title
    return "talk", title


# -- Fields ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """A deck or a video found in a unit."""

    media: Media
    line: int
    remove: tuple[int, int] | None = None
    """The source lines (first, past the last) the card shows instead, or ``None``: kept."""
    page_link: bool = False
    """An "Open in SlideShare" link: the page of a deck embedded in the same talk."""


@dataclass
class Fields:
    title: str = ""
    kind: str = "talk"
    speakers: list[Party] = field(default_factory=list)
    organizations: list[Party] = field(default_factory=list)
    media: list[Piece] = field(default_factory=list)
    abstract: list[str] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)
    """What makes the unit a talk: ``media``, ``person`` (a profile link or a speaker label),
    ``label`` (a title label), ``kind`` (``Lightning talk 2:``), ``names`` (plain names in a
    speaker position: weak)."""
    warnings: list[tuple[int, str]] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    """``attr_list`` classes of the unit's heading (``.talk``, ``.not-talk``)."""
    untitled: bool = False
    """The unit's own line names people only; its title comes from the body."""
    bio: bool = False
    """Whether the lines being read are a speaker's bio (never speakers, never abstract)."""
    prose: int = 0
    """How many lines of text (not labels, not media) were read."""
    label_role: str | None = None
    """The role a label heading gave the lines under it (``### Recording``)."""
    explicit: bool = False
    """Whether the speakers come from a label or a sentence that names them as speakers."""

    @property
    def strong(self) -> bool:
        return bool(self.evidence & {"media", "person", "label", "kind"})

    def add_people(self, speakers: Iterable[Party], orgs: Iterable[Party]) -> None:
        for speaker in speakers:
            if not any(s.name == speaker.name for s in self.speakers):
                self.speakers.append(speaker)
            if speaker.url and is_profile_url(speaker.url):
                self.evidence.add("person")
        for org in orgs:
            if _EVENT_WORDS.search(org.name):
                continue  # an event or a venue is not an organization
            if not any(o.name == org.name for o in self.organizations):
                self.organizations.append(org)
        if self.speakers:
            self.evidence.add("names")


class Reader:
    """Reads units' lines into :class:`Fields`, with the site's labels and organizations."""

    def __init__(self, labels: Mapping[str, str], known_orgs: frozenset[str]) -> None:
        self.labels = labels
        self.known_orgs = known_orgs

    # -- one line ----------------------------------------------------------------------

    def label(self, text: str) -> tuple[str, str] | None:
        """The role a line's label gives, and the text after the label."""
        if ":" not in text and "：" not in text:
            return None
        found = _LABEL.match(text)
        if not found:
            return None
        label = found["label"].strip(" *_")
        role = self.labels.get(label.casefold())
        if role is None and label.casefold().startswith("about "):
            role = "bio"  # "About Ann Lee:"
        return (role, found["rest"]) if role else None

    def heading_label(self, block: Block) -> str | None:
        """The role a heading gives what follows it when it is a label (``### Recording``,
        ``### Grabación de la charla:``), else ``None``. (A label heading is one deeper than
        the heading above it: ``# Videos`` over talks is a section.)"""
        if block.inline is None:
            return None
        text = clean_text(block.inline.visible()).strip()
        words = text.rstrip(":：").strip().casefold()
        role = self.labels.get(words)
        if role is None and text.endswith((":", "：")) and words:
            role = self.labels.get(words.split()[0])
        return role if role in ("slides", "video", "abstract", "bio") else None

    def media_role(self, label: str) -> str | None:
        """``slides`` or ``video`` when a link's text names one (``Slides``, ``Recording``)."""
        role = self.labels.get(label.strip(" *_()[]").casefold())
        if role in ("slides", "video"):
            return role
        words = set(_WORDS.findall(label.casefold()))
        if not words or words - _VIDEO_WORDS - _SLIDES_WORDS - _LABEL_GLUE:
            return None  # a title that mentions slides is no label
        if words & _VIDEO_WORDS:
            return "video"
        return "slides" if words & _SLIDES_WORDS else None

    def link_piece(self, link: Link, role: str | None, *, title_link: bool = False) -> Piece | None:
        """The media a link is: a known provider's, or (labelled, or a talk title's link to
        material) any other target."""
        href = link.href.strip().strip("<>")
        if _OPEN_IN.match(link.text):
            hit = providers.find(href)
            return Piece(hit.media(None, link.line), link.line, page_link=True) if hit else None
        wanted = role or self.media_role(link.text)
        hit = providers.find(href, pdf=wanted == "slides" or title_link)
        title = _image_title(link)
        written = href if _is_safe(href) and "://" in href else None
        if hit is not None and (wanted is None or hit.provider.kind == wanted or title_link):
            return Piece(hit.media(title, link.line, written), link.line)
        if wanted is None and title_link and _is_material(href):
            wanted = "slides"
        if wanted is None or not href or "playlist" in href or href.startswith("#"):
            return None
        if hit is not None:
            return Piece(hit.media(title, link.line, written), link.line)
        if not _is_safe(href):
            return None
        kind: MediaKind = "video" if wanted == "video" else "slides"
        return Piece(Media("link", kind, href, href, None, title, link.line), link.line)

    def embed_piece(self, embed: Embed) -> Piece | None:
        hit = providers.find(embed.src) if embed.src else None
        if hit is None and embed.src:  # a PDF in a frame: the deck, shown as written
            pdf = providers.find(embed.src, pdf=True)
            return (
                Piece(pdf.media(_player_title(embed.title), embed.line), embed.line)
                if pdf
                else None
            )
        if hit is None or hit.embed_url is None:
            return None
        return Piece(hit.media(_player_title(embed.title), embed.line), embed.line)

    def people(self, text: str, inline: Inline) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
        return people_lifted(_clean_people(text), _pairs(inline), self.known_orgs)

    def column_people(
        self, text: str, inline: Inline
    ) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
        """The people of a speakers column: every name in it presents (``Mou, Song, Zhou``),
        but an institution (``Lumen University``)."""
        speakers, orgs = self.people(text, inline)
        names = [o for o in orgs if looks_like_name(o.name) and not is_org_name(o.name)]
        if not names:
            return speakers, orgs
        return (*speakers, *names), tuple(o for o in orgs if o not in names)

    def names_only(self, text: str, inline: Inline) -> bool:
        """Whether a line holds only names (and their links, organizations, events)."""
        if len(text) > 400:
            return False
        visible = inline.visible(_clean_people(text)).strip()
        if not visible or len(visible) > 160:
            return False
        speakers, _orgs = self.people(text, inline)
        if not speakers:
            return False
        rest = visible
        for party in (*speakers, *_orgs):
            rest = rest.replace(party.name, "", 1)
        for link in (inline.links[int(n)] for n in SLOT.findall(text)):
            rest = rest.replace(link.text, "", 1)
        leftover = _PARENTHESES.sub("", rest)
        return not _NAME_GLUE.sub("", leftover)

    # -- a unit's own line (heading, list item, table cell, intro line) -------------------

    def title_line(self, text: str, inline: Inline, fields: Fields, line: int) -> None:
        """Read the line that introduces a unit: title, people, media, kind."""
        text = self._attr_list(text, fields)
        whole = ONE_SLOT.fullmatch(text)
        if whole and not fields.untitled:
            link = inline.links[int(whole[1])]
            self._plain_title(link.text, fields)
            piece = self.link_piece(link, None, title_link=True)
            # A link to a repository is a talk's material only beside its speaker (an
            # "awesome" list links repositories, not talks).
            if piece and (fields.speakers or piece.media.provider != "link"):
                fields.media.append(piece)
                fields.evidence.add("media")
            return
        if self._named_link(text, inline, fields):
            return
        text = self._line_media(text, inline, fields)
        if text[:1].isdigit() or text[:3].lower() in _MONTH_STARTS:
            text = _LEADING_DATE.sub("", text)
        if text[-1:] in _SEPARATOR_CHARS:
            text = _TRAILING_SEPARATOR.sub("", text)
        labelled = self.label(text) if not fields.untitled else None
        if labelled and labelled[0] == "title" and labelled[1].strip():
            fields.title = clean_text(inline.visible(labelled[1])).strip('"“” ')
            fields.evidence.add("label")  # "## Talk: Title": all of it is the title
            return
        if fields.untitled:
            speakers, orgs = self.people(_NUMBERED_KIND.sub(r"\g<rest>", text), inline)
            fields.add_people(speakers, orgs)
            return
        numbered = _NUMBERED_KIND.match(inline.visible(text))
        if numbered:
            fields.evidence.add("kind")
            word = numbered["kind"].lower().split()[0]
            fields.kind = word if word in KIND_WORDS else "talk"
            in_source = _NUMBERED_KIND.match(text)
            people_text = in_source["rest"] if in_source else ""
            speakers, orgs = self.people(people_text, inline)
            if speakers:
                fields.add_people(speakers, orgs)
                fields.untitled = True
                return
        if self._strong_lead(text, inline, fields):
            return
        quoted = _QUOTED.match(text) or _TALK_QUOTE.search(text)
        if quoted and "\x00" not in quoted["title"]:
            fields.title = clean_text(quoted["title"])
            rest = (quoted.groupdict().get("rest") or "").strip()
            after = _AFTER_QUOTE.match(rest)
            if after and self.names_only(after["names"], inline):
                fields.add_people(*self.people(after["names"], inline))
            return
        self._split_title(text, inline, fields)
        if _KIND_PREFIX.match(fields.title) or _KIND_SUFFIX.match(fields.title):
            fields.evidence.add("kind")  # "Keynote: …", "… – Workshop": a talk, by its kind

    def _strong_lead(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``**Title** - Ann Lee`` or ``**Title** - Harbor Conf, Lucerne CH``: the strong
        words are the title; after them, only full names are people (an event, a place
        is neither)."""
        lead = inline.strong[0] if inline.strong else ""
        stripped = text.lstrip()
        if not lead or not stripped.startswith(lead) or len(stripped) == len(lead):
            return False
        rest = stripped[len(lead) :].strip(" \t-–—:|,")
        fields.title = clean_text(lead).strip(" -–—:|")
        if rest and self.names_only(rest, inline):
            speakers, orgs = self.people(rest, inline)
            if speakers and all(_full_name(p) for p in speakers):
                fields.add_people(speakers, orgs)
        elif rest:
            by = _BY_PREFIX.match(rest)
            if by and self.names_only(rest[by.end() :], inline):
                fields.add_people(*self.people(rest[by.end() :], inline))
        return True

    def _named_link(self, text: str, inline: Inline, fields: Fields) -> bool:
        """``Name: [Title](…)``: a speaker, then the talk and its material."""
        named = _NAMED_LINK.fullmatch(text) if not fields.untitled else None
        names = _NAME_LIST.split(named["names"]) if named else []
        if not named or not all(looks_like_name(n.strip()) for n in names):
            return False
        link = inline.links[int(named["n"])]
        fields.add_people(*self.people(named["names"], inline))
        piece = self.link_piece(link, None, title_link=True)
        if piece:
            fields.media.append(piece)
            fields.evidence.add("media")
        fields.title = clean_text(link.text + inline.visible(named["tail"])).strip()
        return True

    def _plain_title(self, text: str, fields: Fields) -> None:
        """A title line with no links of its own (a link's text)."""
        text = _YEAR_NOTE.sub("", text)  # "Title - Ann Lee (2018)": when, not who
        if " | " in text:
            title, _, people = text.rpartition(" | ")
            speakers, orgs = self.people(people, Inline())
            if speakers:
                fields.title = clean_text(title)
                fields.add_people(speakers, orgs)
                return
        split = split_lifted(_clean_people(text), (), self.known_orgs)
        fields.title = split.title
        fields.add_people(split.speakers, split.organizations)

    def _split_title(self, text: str, inline: Inline, fields: Fields) -> None:
        for pattern in (_PAREN_PEOPLE, _FEATURING):
            found = pattern.fullmatch(text)
            if (
                not found
                or not found["title"].strip()
                or not self.names_only(found["names"], inline)
            ):
                continue
            speakers, orgs = self.people(found["names"], inline)
            if all(p.url or " " in p.name for p in speakers):  # "(Ann Lee)", not "(CAPI)"
                self._title_part(found["title"], inline, fields)
                fields.add_people(speakers, orgs)
                return
        if " | " in text:
            title, _, people = text.rpartition(" | ")
            if self.names_only(people, inline):
                fields.title = clean_text(inline.visible(title))
                fields.add_people(*self.people(people, inline))
                return
        cut = list(_BY.finditer(text))
        by = [text[: cut[-1].start()], text[cut[-1].end() :]] if cut else [text]
        if (
            len(by) == 2
            and not _DASHES.search(by[1])
            and "\x00" not in by[0]
            and self.names_only(by[1], inline)
            and (fields.media or all(p.url or " " in p.name for p in self.people(by[1], inline)[0]))
        ):
            fields.title = clean_text(inline.visible(by[0]))
            fields.add_people(*self.people(by[1], inline))
            return
        split = split_lifted(_clean_people(text), _pairs(inline), self.known_orgs)
        first = _NAMES_FIRST.fullmatch(text) if not split.speakers else None
        if first and self.names_only(first["names"], inline):
            speakers, orgs = self.people(first["names"], inline)
            # Only linked names: "Apache Mesos: An Introduction" is a title, not a person.
            if speakers and all(p.url and is_profile_url(p.url) for p in speakers):
                fields.add_people(speakers, orgs)  # "[Jane Doe](…): Queues at Scale"
                self._title_part(first["title"], inline, fields)
                return
        fields.title = split.title
        fields.add_people(split.speakers, split.organizations)
        title_slot = re.fullmatch(r"\s*\x00(\d+)\x00[\s,:\-–—]*", text.split(" - ")[0])
        if split.speakers and title_slot:  # "[Title](deck) - Name": the title's own link
            piece = self.link_piece(inline.links[int(title_slot[1])], None, title_link=True)
            if piece:
                fields.media.append(piece)
                fields.evidence.add("media")

    def _title_part(self, text: str, inline: Inline, fields: Fields) -> None:
        """The title of a line whose people are read apart; a title that is one link links
        to the talk's material."""
        slot = ONE_SLOT.fullmatch(text)
        if slot:
            piece = self.link_piece(inline.links[int(slot[1])], None, title_link=True)
            if piece:
                fields.media.append(piece)
                fields.evidence.add("media")
        fields.title = clean_text(inline.visible(text)).strip(" ,-–—:|")

    def _attr_list(self, text: str, fields: Fields) -> str:
        found = _ATTR_LIST.search(text) if "{" in text else None
        if not found:
            return text
        fields.classes.update(c[1:] for c in found["attrs"].split() if c.startswith("."))
        return text[: found.start()]

    def _line_media(self, text: str, inline: Inline, fields: Fields) -> str:
        """Take a line's media links (``([Slides](…), [Video](…))``) out of its text."""
        if "\x00" not in text:
            return text

        def take(found: re.Match[str]) -> str:
            link = inline.links[int(found[1])]
            role = self.media_role(link.text)
            if role is None and self.labels.get(link.text.casefold()) == "other":
                return ""  # "([Code](…))": a link beside the talk, not its title
            aside = text[found.start() - 1 : found.start()] == "("  # "([Demo](…))"
            if role is None and not link.images and not (aside and _known_aside(link)):
                return found[0]
            piece = self.link_piece(link, role)
            if piece is None:
                return found[0]
            fields.media.append(piece)
            fields.evidence.add("media")
            return ""

        taken = SLOT.sub(take, text)
        if taken != text:
            taken = _EMPTY_GROUP.sub("", taken).strip()
            taken = re.sub(r"(?:\s*(?:,|and|&|\+))+\s*$", "", taken).strip()
        return taken

    # -- a unit's other lines ------------------------------------------------------------

    def body_line(self, text: str, inline: Inline, line: int, fields: Fields) -> None:
        """One line of a unit's body (a paragraph's line, a list item's first line)."""
        visible = inline.visible(text).strip()
        labelled = self.label(text)
        if labelled is None and visible.endswith(":") and looks_like_name(visible[:-1]):
            labelled = ("bio", "")  # "Ann Lee:" over her bio
        if labelled:
            role, rest = labelled
            fields.bio = role == "bio"
            if role == "speakers":
                speakers, orgs = self.people(rest, inline)
                if speakers:
                    fields.speakers.clear()
                    fields.add_people(speakers, orgs)
                    fields.evidence.add("person")
                    fields.explicit = True
            elif role == "title":
                title = inline.visible(rest).strip().strip('"“”').strip()
                if title:
                    fields.title = clean_text(title)
                    fields.evidence.add("label")
            elif role in ("slides", "video"):
                self.labelled_media(rest, inline, role, line, fields)
            elif role == "abstract" and inline.visible(rest).strip():
                fields.abstract.append(clean_text(inline.visible(rest)))
            return
        if fields.bio:
            return
        if fields.label_role in ("slides", "video") and "\x00" in text:
            self.labelled_media(text, inline, fields.label_role, line, fields)
            return
        if "{{" in visible:
            self._shortcodes(visible, inline, line, fields)
        media_only = self.media_only(text, inline, fields)
        if media_only or not visible:
            return
        presented = _PRESENTED_BY.match(text)
        if presented and not fields.explicit:
            speakers, orgs = self.people(presented["names"], inline)
            if speakers:
                fields.speakers.clear()
                fields.add_people(speakers, orgs)
                fields.evidence.add("person")
                fields.explicit = True
                return
        if _EVENT_LINE.match(visible):
            return
        if "http" in visible:
            self._written_urls(visible, inline, line, fields)
        if "\x00" in text:
            self._labelled_links(text, inline, fields)
        fields.prose += 1
        names = _without_media_links(text, inline, self) if "\x00" in text else text
        if fields.prose == 1 and not fields.speakers and self.names_only(names, inline):
            speakers, orgs = self.people(names, inline)
            if all(p.url or " " in p.name for p in speakers):  # full names, not "Queues."
                fields.add_people(speakers, orgs)
                fields.explicit = True
                return
        if fields.untitled and not fields.title and len(visible) < 120:
            fields.title = clean_text(visible)
            return
        given = _GIVEN_BY.search(visible) if " by " in visible.lower() else None
        if given and not fields.explicit:
            names = re.split(r"\s+(?:at|on|in|during)\s+|[,.;(]", visible[given.end() :])[0]
            if looks_like_name(names.strip()):
                fields.speakers.clear()
                fields.add_people([Party(names.strip())], ())
                fields.explicit = True
        if not _PLACEHOLDER.match(visible):
            fields.abstract.append(clean_text(visible))

    def _labelled_links(self, text: str, inline: Inline, fields: Fields) -> None:
        """Links named as media inside a sentence (``… and the [slides](…)``): the talk's,
        kept as written."""
        for n in SLOT.findall(text):
            link = inline.links[int(n)]
            role = self.media_role(link.text)
            piece = self.link_piece(link, role) if role else None
            if piece is not None:
                fields.media.append(piece)
                fields.evidence.add("media")

    def _shortcodes(self, visible: str, inline: Inline, line: int, fields: Fields) -> None:
        """Hugo's players written in the page (``{{< youtube id="…" >}}``): read, and shown
        as written (a tool other than Hugo shows them as text)."""
        for found in _SHORTCODE.finditer(visible):
            if any(found[0] in code for code in inline.code):
                continue  # shown as code, never read
            args = found["args"]
            named = _SHORTCODE_ARG.search(args)
            value = named[2] if named else args.split()[0].strip("\"'") if args.split() else ""
            url = _SHORTCODE_URLS[found["name"].lower()].format(value)
            hit = providers.find(url)
            if hit is not None:
                fields.media.append(Piece(hit.media(None, line), line))
                fields.evidence.add("media")

    def _written_urls(self, visible: str, inline: Inline, line: int, fields: Fields) -> None:
        """A player's URL written as text: a link or image whose syntax broke
        (``[![] "title"](image.png https://…)``) is read by its URL, and said so."""
        broken = "](" in visible or "[![" in visible
        for url in _URL.findall(visible):
            if any(url in code for code in inline.code):
                continue  # code is shown, never read
            hit = providers.find(url)
            if hit is None or hit.embed_url is None:
                continue
            fields.media.append(Piece(hit.media(None, line, url), line))
            fields.evidence.add("media")
            if broken:
                fields.warnings.append(
                    (line, f"malformed link or image; its URL is read as {hit.provider.label}")
                )

    def labelled_media(
        self, rest: str, inline: Inline, role: str, line: int, fields: Fields
    ) -> None:
        found = False
        for n in SLOT.findall(rest):
            piece = self.link_piece(inline.links[int(n)], role)
            if piece:
                fields.media.append(piece)
                found = True
        for url in _URL.findall(rest):
            if any(url in code for code in inline.code):
                continue
            link = Link(url, url, line)
            piece = self.link_piece(link, role)
            if piece:
                fields.media.append(piece)
                found = True
        if found:
            fields.evidence.add("media")

    def is_media_field(self, text: str, inline: Inline) -> bool:
        """Whether a line is media links named as such only (``[Slides](…), [Video](…)``)."""
        slots = SLOT.findall(text)
        return (
            bool(slots)
            and all(self.media_role(inline.links[int(n)].text) for n in slots)
            and bool(_STRAY.match(SLOT.sub("", text)))
        )

    def media_only(self, text: str, inline: Inline, fields: Fields) -> bool:
        """Read a line that holds media links only (``[Slides](…), [Video](…)``)."""
        slots = SLOT.findall(text)
        if not slots:
            return False
        pieces = []
        for n in slots:
            link = inline.links[int(n)]
            if link.images and self.link_piece(link, None):
                continue  # a linked thumbnail: read with the embeds
            piece = self.link_piece(link, self.media_role(link.text))
            if piece is None:
                return False
            pieces.append(piece)
        rest = SLOT.sub("", text)
        if not (_STRAY.match(rest) or _REMARKS.fullmatch(rest)):
            return False  # words beside the links: read as a line of text
        fields.media.extend(pieces)
        fields.evidence.add("media")
        return True

    def embeds(
        self, inline: Inline, fields: Fields, empty_lines: set[int], lines: range | None = None
    ) -> None:
        """The iframes and linked images of a block: the talk's media."""
        for embed in inline.embeds:
            if lines is not None and embed.line not in lines:
                continue
            piece = self.embed_piece(embed)
            if piece is None:
                if embed.src or not embed.closed:
                    fields.warnings.append((embed.line, _embed_note(embed)))
                continue
            if not embed.closed:
                fields.warnings.append((embed.line, _embed_note(embed)))
            elif embed.line in empty_lines and piece.media.embed_url:
                piece = Piece(piece.media, piece.line, (embed.line, embed.line + 1))
            fields.media.append(piece)
            fields.evidence.add("media")
        for link in inline.links:
            if not link.images or (lines is not None and link.line not in lines):
                continue
            piece = self.link_piece(link, None)
            if piece is None or piece.page_link:
                continue
            if link.line in empty_lines:
                piece = Piece(piece.media, piece.line, (link.line, link.line + 1))
            fields.media.append(piece)
            fields.evidence.add("media")


_PLACE = re.compile(r"\s[A-Z]{2}$")
"""``San Diego CA``: a city and its state or country code."""


def _full_name(person: Party) -> bool:
    """A person's full name (or a profile link), not a place (``Boston MA``)."""
    if person.url:
        return True
    return " " in person.name and not _PLACE.search(person.name)


def _without_media_links(text: str, inline: Inline, reader: Reader) -> str:
    """A line's text without its media links (read apart), for the names beside them."""

    def keep(found: re.Match[str]) -> str:
        return "" if reader.media_role(inline.links[int(found[1])].text) else found[0]

    return SLOT.sub(keep, text)


def _known_aside(link: Link) -> bool:
    """A short label on a known player's link, in parentheses after a title
    (``([Demo](youtu.be/…))``): the talk's media."""
    hit = providers.find(link.href.strip())
    return hit is not None and len(link.text.split()) <= 2


def _embed_note(embed: Embed) -> str:
    if not embed.closed:
        return "malformed embed: <iframe> tag not closed; left as written"
    if providers.is_known_host(embed.src):
        return f"embed URL form not recognized: {embed.src}; left as written"
    host = re.sub(r"^[a-z]+://", "", embed.src).split("/")[0] or embed.src
    return f"iframe from unknown host {host}; left as written (no card embed is built for it)"


def _pairs(inline: Inline) -> list[tuple[str, str]]:
    return [(clean_text(link.text), link.href.strip().strip("<>")) for link in inline.links]


def _clean_people(text: str) -> str:
    """People text without the blanks authors leave (``Cosmo __``, ``…, ?``), handles, a
    leading "By" and a sentence's final period."""
    if "_" in text or "?" in text:
        text = _PLACEHOLDERS.sub("", text)
    if "@" in text:
        text = _HANDLE.sub("", text)
    text = _BY_PREFIX.sub("", _EDGE_SYMBOLS.sub("", text.strip(" ,")))
    return _FINAL_PERIOD.sub("", text)


def _image_title(link: Link) -> str | None:
    for image in link.images:
        if image.title:
            return _player_title(image.title)
    return None


def _player_title(title: str | None) -> str | None:
    if not title:
        return None
    title = clean_text(title)
    title = _MEDIA_TITLE_SUFFIX.sub("", title)
    return None if title.lower() in _PLAYER_TITLES else title


def _is_material(href: str) -> bool:
    """Whether a talk title's link points at its material (a repository, a deck, a PDF)."""
    parts = providers.url_parts(href)
    host = parts.host.removeprefix("www.")
    if host in _CODE_HOSTS:
        return parts.path.strip("/").count("/") >= 1
    return bool(_MATERIAL_PATH.search(parts.path))


def _is_safe(href: str) -> bool:
    scheme = providers.url_parts(href).scheme
    return scheme in ("http", "https") or (not scheme and ":" not in href.split("/")[0])


def block_lines_empty(inline: Inline) -> set[int]:
    """The source lines of a block whose visible text is empty (an embed's own line)."""
    return {line for line, text in inline.lines() if not inline.visible(text).strip(" \xa0\t")}


def unit_body(
    reader: Reader, blocks: Iterable[Block], fields: Fields, lines: range | None = None
) -> None:
    """Read the blocks under a unit's own line (only the source ``lines`` given, if any)."""
    for block in blocks:
        if block.kind == "heading":
            fields.label_role = reader.heading_label(block)
            fields.bio = fields.label_role == "bio"
            continue
        if block.kind in ("code", "rule"):
            continue
        if block.kind == "item":
            item_lines(reader, block, fields, lines)
        elif block.children:
            unit_body(reader, block.children, fields, lines)
        elif block.inline is not None:
            inline_lines(reader, block.inline, fields, lines)


def item_lines(reader: Reader, item: Block, fields: Fields, lines: range | None) -> None:
    """A list item inside a unit: its lines, then its nested blocks."""
    unit_body(reader, item.children, fields, lines)


def inline_lines(reader: Reader, inline: Inline, fields: Fields, lines: range | None) -> None:
    before = len(fields.abstract)
    if inline.embeds or any(link.images for link in inline.links):
        reader.embeds(inline, fields, block_lines_empty(inline), lines)
    for line, text in inline.lines():
        if lines is None or line in lines:
            reader.body_line(text, inline, line, fields)
    if len(fields.abstract) > before + 1:  # one paragraph
        fields.abstract[before:] = [" ".join(fields.abstract[before:])]
